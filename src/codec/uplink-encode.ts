/**
 * Uplink frames built from data (the inverse of `decodeUplink`), for tests and device simulators.
 * Readings are written as a device writes them (engine/kinds/: each kind's `device` writer), which take values outside their
 * range as far as the wire type holds: the frames that decoding warns about can be built too.
 * The network-server script decodes uplinks but never builds them, and leaves this module out.
 */
import { toUint8Array } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { dict, isInteger } from '../base/es5';
import type { Field } from '../schema/fields';
import { HISTORY_RECORD, REPLY } from '../schema/uplinks';
import type { Command } from '../engine/commands';
import { writeUplink } from '../engine/encode-uplink';
import type { Writing } from '../engine/commands';
import { deviceKinds, KINDS } from '../engine/kinds';
import { compileField } from '../engine/struct';
import type { Body } from '../engine/struct';
import type { UplinkData } from './uplink-codec';

/** The body of a command as a device writes it: readings outside their range included. Compiled on first use. */
const readingBodies = dict<Body>();
const AS_A_DEVICE: Writing = {
  device: {
    body: (name: string, field: Field) => readingBodies[name] || (readingBodies[name] = compileField(field, 'number', deviceKinds(), KINDS)),
    item: checkItem,
  },
};

const REPLY_KEYS = Object.keys(REPLY.body.fields);
/** A reply's echoed ID: `0x` and 1…15 bytes (its length is a nibble). */
const REPLY_ID = /^0[xX]((?:[0-9a-fA-F]{2}){1,15})$/;

/**
 * Replies and records are refused in their own words, checked in their own order (a reply's ID
 * before its result), as 1.1 did: the engine then writes what passes, with nothing left to refuse
 * but a reply's name (which it words the same). Other items are checked by their bodies alone.
 */
function checkItem(c: Command, item: unknown, path: Path): Rec | undefined {
  const rec = ownRecord(item, path);
  if (c.name === REPLY.key) {
    if (rec === undefined) throw valueError('INVALID_TYPE', path, item, `is not a reply { result, length, id }`);
    for (const k in rec) if (REPLY_KEYS.indexOf(k) < 0) throw pathError('UNKNOWN_INPUT', step(path, k), `unknown key; allowed: ${REPLY_KEYS.join(', ')}`);
    const m = typeof rec.id === 'string' ? REPLY_ID.exec(rec.id) : null;
    if (m === null) throw valueError('INVALID_COMMAND_ID', step(path, 'id'), rec.id, 'is not a command ID such as "0X6E01" (1…15 bytes)');
    const result = rec.result;
    if (!isInteger(result) || result < 0 || result > 15) throw valueError('OUT_OF_RANGE', step(path, 'result'), result, 'is not a result 0…15');
    const n = m[1].length / 2;
    if (rec.length !== undefined && rec.length !== n) throw valueError('LENGTH_MISMATCH', step(path, 'length'), rec.length, `does not match id, which has ${n} bytes`);
  } else if (c.name === HISTORY_RECORD.key) {
    if (rec === undefined) throw valueError('INVALID_TYPE', path, item, 'is not a history record');
    const mode = rec.mode;
    if (mode !== undefined && !(isInteger(mode) && mode >= 0 && mode <= 255)) {
      throw valueError('OUT_OF_RANGE', step(path, 'mode'), mode, 'is not a mode byte (0 target time, 1 historical time)');
    }
    const ts = rec.timestamp;
    if (!isInteger(ts) || ts < 0 || ts > 0xffffffff) throw valueError(ts === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', step(path, 'timestamp'), ts, 'is not uint32 Unix seconds');
  }
  return rec;
}

/**
 * Builds the frame a device would send for `data` (the inverse of `decodeUplink`):
 * commands in the order of the object's keys, history records last. Top-level
 * copies of event readings are recognised and not sent twice; `warnings` is ignored.
 */
export function encodeUplinkToArray(given: UplinkData): number[] {
  return writeUplink(given, AS_A_DEVICE);
}

/** As `encodeUplinkToArray`, as a Uint8Array. */
export function encodeUplink(data: UplinkData): Uint8Array {
  return toUint8Array(encodeUplinkToArray(data));
}
