/**
 * A frame being read (read.ts), and where: the bytes and the position, the warnings so far, and what
 * messages name. The reading of its bytes is read-bytes.ts's.
 */
import type { Rec } from '../base/caller-input';
import type { FieldPlan, ReadPlan } from './plans';

/** A frame being read, and where. */
export interface Reading {
  readonly bytes: readonly number[];
  pos: number;
  /**
   * Uplinks: a value out of range is kept, and this keeps the warning (read-problems.ts's `warn`); downlinks,
   * which have none, refuse it.
   */
  readonly warn: ((r: Reading, at: number, message: string) => void) | undefined;
  readonly warnings: string[];
  /** Warnings past the limit (read-problems.ts): how many, and the byte of the first. */
  left: number;
  leftAt: number;
  /** What messages name the command being read by: its name and ID bytes (an entry's own, for a schedule). */
  name: string;
  id: readonly number[];
  /** The names of the structs around the field being read. */
  readonly path: string[];
  /** Services spell enums as digit strings. */
  style: string | undefined;
  /** Finds a command's plan by its ID (its `n` bytes as one big-endian number): commands sent up, or sent down. */
  readonly find: (id: number, n: number) => ReadPlan | true | undefined;
  /** Reads the kinds only one direction carries: read-uplink-only.ts's, or read-downlink-only.ts's (`vals`: its struct's values so far). */
  readonly more: (r: Reading, f: FieldPlan, vals: readonly number[], out: Rec) => unknown;
  /** Where the field being read begins, its wire number (-1 for none), the byte a run of bit fields shares. */
  start: number;
  wire: number;
  byte: number;
}

/** One field of one entry of a keyed list, as its command carries it: `6e <id> <sub> <value>`. */
export interface EntryValue {
  readonly id: number;
  /** The field's name in the entry, and its place in the table's order. */
  readonly key: string;
  readonly seq: number;
  readonly value: unknown;
}
