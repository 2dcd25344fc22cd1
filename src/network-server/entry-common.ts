/**
 * What the network-server entry points share (entry.ts): the shapes servers pass and take, the input
 * object's check, how a thrown error becomes a message.
 */
import { valueError } from '../base/errors';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';

export interface UplinkInput {
  bytes: number[];
  fPort?: number;
  recvTime?: unknown;
  variables?: unknown;
}
export interface DownlinkInput {
  data: unknown;
  variables?: unknown;
}
export interface DecodeResult<T> {
  data?: T;
  warnings?: string[];
  errors?: string[];
}
export interface EncodeResult {
  bytes?: number[];
  fPort?: number;
  warnings?: string[];
  errors?: string[];
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export /** The input object the network server passes, as a snapshot; anything else is refused by name rather than with a TypeError. */
function checkedInput(input: unknown): Rec {
  const rec = ownRecord(input, 'input');
  if (rec === undefined) {
    throw valueError('INVALID_TYPE', 'input', input, 'is not the input object a network server passes');
  }
  return rec;
}
