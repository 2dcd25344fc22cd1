/**
 * The TypeScript type of decoded uplink data, derived from the uplink and settings tables as the
 * downlink types are: `decodeUplink('0055').battery` is a `number | undefined`, a misspelt key a
 * compile error.
 */
import type { Fields, Simplify, UnionToIntersection, When } from './fields';
import type { SCHEDULE_ROWS, SETTING_ROWS } from './settings';
import type { UPLINK_ROWS } from './uplinks';


/**
 * A value as decoding gives it: a number (an enum's number, since a valve may send one the table
 * does not list; where the table names its values, the name), text for text, hex, versions and
 * dates, an object for a struct.
 */
export type OutputValue<F> = F extends { kind: 'enum'; output: 'name'; values: readonly (infer V)[] }
  ? (V extends { name: infer N } ? N : never) | number
  : F extends { kind: 'int' | 'decimal' | 'bool' | 'bits' | 'enum' | 'queryLength' }
    ? number
    : F extends { kind: 'struct'; fields: infer S extends Fields }
      ? OutputsOf<S>
      : string;

/** Fields that a decoded object may lack: a selector's branches, optional fields at their default, names not known. */
type MaybeAbsent<T extends Fields> = {
  [K in keyof T]: T[K] extends { when: When } | { optional: true } | { kind: 'commandName' } ? K : never;
}[keyof T];

/** The object decoding gives for fields `T`. */
export type OutputsOf<T extends Fields> = Simplify<
  { [K in Exclude<keyof T, MaybeAbsent<T>>]: OutputValue<T[K]> } & { [K in MaybeAbsent<T>]?: OutputValue<T[K]> }
>;

type UplinkRowType = (typeof UPLINK_ROWS)[number];

/** What the valve sends up besides settings: each reading or event under its key (`1` for a command with no body). */
export type UplinkReadings = {
  [R in UplinkRowType as R['key']]?: R extends { body: infer B } ? OutputValue<B> : 1;
};

type SettingRowType = (typeof SETTING_ROWS)[number];
type Slot<E> = E extends { path: readonly [infer A extends string]; body: infer B }
  ? { [K in A]?: OutputValue<B> }
  : E extends { path: readonly [infer A extends string, infer S extends string]; body: infer B }
    ? { [K in A]?: { [L in S]?: OutputValue<B> } }
    : never;
type ScheduleFields = (typeof SCHEDULE_ROWS)['fields'];

/** A schedule as the valve reports it: its id and the fields it reported. */
export type ReportedSchedule = Simplify<{ id: number } & { [K in keyof ScheduleFields]?: OutputValue<ScheduleFields[K]['field']> }>;

/** Settings the valve reports, under the keys a properties object uses. */
export type ReportedSettings = Simplify<UnionToIntersection<Slot<SettingRowType>> & { schedule_settings?: ReportedSchedule[] }>;

/** A reply to a downlink command (`ef`). */
export interface CommandReply {
  /** 0 success, 1 unknown, 2 error order, … 9 error write apply (docs/PROTOCOL.md §3). */
  result: number;
  /** Number of command-ID bytes. */
  length: number;
  /** The command the reply is about, as queried: `"0X6E01"`. */
  id: string;
  /** What that command is, when it is one we know. */
  name?: string;
}

/** A history record (`ed`): when, and the readings that belong to it. */
export type HistoryRecord = Simplify<
  {
    /** Left out when 1 (historical time, what a retrieval returns); 0 is target time. */
    mode?: number;
    /** Unix seconds. */
    timestamp: number;
    /** Replies that came after the record in its frame. */
    ans?: CommandReply[];
  } & UplinkReadings &
    ReportedSettings
>;

/** A decoded uplink: readings, events and reported settings under the maker's keys, replies, history records, and warnings. */
export type UplinkData = Simplify<
  UplinkReadings &
    ReportedSettings & {
      ans?: CommandReply[];
      history?: HistoryRecord[];
      /** Readings outside their range, kept, and what else decoding noticed (`byte N: …`). */
      warnings?: string[];
    }
>;
