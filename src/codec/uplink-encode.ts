/**
 * Uplink frames built from data (the inverse of `decodeUplink`), for tests and device simulators.
 * Readings are written with the reading kinds (reading-kinds.ts), which take values outside their
 * range as far as the wire type holds: the frames that decoding warns about can be built too.
 * The network-server script decodes uplinks but never builds them, and leaves this module out.
 */
import { describeValue, pathError, valueError } from '../base/errors';
import { ByteReader, ByteWriter, hexDigitBytes, toUint8Array } from '../base/bytes';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger } from '../base/es5';
import { HISTORY_RECORD as HISTORY, REPLY_COMMAND, REPLY_KEY } from '../schema/uplinks';
import { SCHEDULE_ROWS as SCHEDULE } from '../schema/settings';
import { lenientReading } from '../engine/read-context';
import { READING_KINDS } from '../engine/reading-kinds';
import { compileField } from '../engine/struct';
import type { Body } from '../engine/struct';
import { copiesOf, ENTRIES, replyName } from './uplink-codec';
import type { UplinkData } from './uplink-codec';
import { isSettingKey, settingSlot, writeSchedules } from './settings-codec';
import type { ScheduleSlot, Slot } from './settings-codec';

/** The body of a command as a device writes it: readings outside their range included. Compiled on first use. */
const readingBodies = dict<Body>();
function readingBody(name: string, field: import('../schema/fields').Field): Body {
  return readingBodies[name] || (readingBodies[name] = compileField(field, 'number', READING_KINDS));
}
const entryBody = (key: string): Body | undefined => {
  const body = ENTRIES[key].spec.body;
  return body === undefined ? undefined : readingBody(key, body);
};
const slotBody = (slot: Slot): Body => readingBody(slot.name, slot.spec.body);
const scheduleBody = (f: ScheduleSlot): Body => readingBody(`${SCHEDULE.key}.${f.key}`, f.field);


/**
 * Builds the frame a device would send for `data` (the inverse of `decodeUplink`):
 * commands in the order of the object's keys, history records last. Top-level
 * copies of event readings are recognised and not sent twice; `warnings` is ignored.
 */
export function encodeUplinkToArray(given: UplinkData): number[] {
  const data = ownRecord(given, 'data');
  if (data === undefined) throw valueError('INVALID_TYPE', 'data', given, 'is not an uplink object');
  const out: number[] = [];
  encodeScope(data, 'data', out, true);
  const history = data[HISTORY.key];
  if (history !== undefined) {
    const n = arrayLength(history, 'data.history');
    if (n <= 0) throw valueError('INVALID_TYPE', 'data.history', history, 'is not a non-empty array of records');
    for (let i = 0; i < n; i++) {
      const path = `data.history[${i}]`;
      const item = ownItem(history, i, 'data.history');
      const rec = ownRecord(item, path);
      if (rec === undefined) throw valueError('INVALID_TYPE', path, item, 'is not a history record');
      const mode = rec.mode === undefined ? HISTORY.defaultMode : rec.mode;
      if (!isInteger(mode) || mode < 0 || mode > 255) throw valueError('OUT_OF_RANGE', `${path}.mode`, rec.mode, 'is not a mode byte (0 target time, 1 historical time)');
      const ts = rec.timestamp;
      if (!isInteger(ts) || ts < 0 || ts > 0xffffffff) throw valueError(ts === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', `${path}.timestamp`, ts, 'is not uint32 Unix seconds');
      out.push(HISTORY.command, mode);
      new ByteWriter(out).le(ts, 4);
      encodeScope(rec, path, out, false);
      if (out.length > MAX_FRAME_BYTES) throw tooLarge('data.history', `the first ${i + 1} records take ${out.length} bytes`);
    }
  }
  return out;
}

/**
 * The commands of one scope (the frame, or a history record), in the order of its keys.
 *
 * Decoding copies an event's readings to top-level keys (`temperature`…), and the last command
 * that writes a key wins, be it an event or a reading of its own. So a key that holds what the
 * last event writing it copies is a copy, with no command of its own; and a key that holds
 * something else is a reading that came after every such event, and is written after them,
 * at the end of the scope, or decoding would give the event's value back instead of it. Each
 * key is encoded once, and what its events copy is read back from the bytes written, as
 * decoding will read them: the caller's objects are not read a second time.
 */
function encodeScope(obj: Rec, base: string, out: number[], top: boolean): void {
  const keys: string[] = [];
  const chunks: number[][] = [];
  let size = out.length;
  for (const key in obj) {
    if (top && (key === 'warnings' || key === HISTORY.key)) continue;
    // A history record's own fields, not readings.
    if (!top && (key === 'mode' || key === 'timestamp')) continue;
    const chunk: number[] = [];
    encodeKey(key, obj[key], `${base}.${key}`, chunk);
    keys.push(key);
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_FRAME_BYTES) throw tooLarge(base, `its first ${keys.length} keys take ${size} bytes`);
  }
  const lastCopy = dict<unknown>();
  for (let i = 0; i < keys.length; i++) {
    if (!hasOwnKey(ENTRIES, keys[i]) || ENTRIES[keys[i]].spec.copies === undefined) continue;
    const copies = copiesOf(ENTRIES[keys[i]].spec, readBack(keys[i], chunks[i]), keys[i]);
    for (let k = 0; k < copies.length; k++) lastCopy[copies[k][0]] = copies[k][1];
  }
  const after: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] in lastCopy) {
      if (lastCopy[keys[i]] !== readBack(keys[i], chunks[i])) after.push(i);
      continue;
    }
    for (let k = 0; k < chunks[i].length; k++) out.push(chunks[i][k]);
  }
  for (let i = 0; i < after.length; i++) for (let k = 0; k < chunks[after[i]].length; k++) out.push(chunks[after[i]][k]);
  // A history record may hold no readings (the device sends the bare header); the frame itself must say something.
  if (keys.length === 0 && top && obj[HISTORY.key] === undefined) throw pathError('EMPTY', base, 'nothing to encode');
}

/** The value decoding gives for the command of uplink key `key`, written as `chunk`. */
function readBack(key: string, chunk: number[]): unknown {
  const entry = ENTRIES[key];
  if (entry.body === undefined) return 1;
  const r = new ByteReader(chunk);
  r.pos = entry.spec.command.length;
  return entry.body.decode(r, () => key, lenientReading());
}

/** The command(s) of one key of uplink data. */
function encodeKey(key: string, value: unknown, path: string, out: number[]): void {
  if (key === REPLY_KEY) encodeReplies(value, path, out);
  else if (hasOwnKey(ENTRIES, key)) {
    const entry = ENTRIES[key];
    const body = entryBody(key);
    for (let i = 0; i < entry.spec.command.length; i++) out.push(entry.spec.command[i]);
    if (body !== undefined) body.encode(value, path, out);
    else if (value !== 1) throw valueError('INVALID_VALUE', path, value, 'must be 1 (the command has no body)');
  } else if (isSettingKey(key)) encodeSettingKey(key, value, path, out);
  else throw pathError('UNKNOWN_INPUT', path, 'unknown uplink key');
}

function encodeSettingKey(key: string, value: unknown, path: string, out: number[]): void {
  const bare = settingSlot(key, undefined);
  if (bare !== undefined) {
    for (const b of bare.spec.command) out.push(b);
    slotBody(bare).encode(value, path, out);
    return;
  }
  if (key === SCHEDULE.key) {
    writeSchedules(value, path, out, scheduleBody);
    return;
  }
  const group = ownRecord(value, path);
  if (group === undefined) throw valueError('INVALID_TYPE', path, value, 'is not an object of settings');
  let n = 0;
  for (const sub in group) {
    const slot = settingSlot(key, sub);
    if (slot === undefined) throw pathError('UNKNOWN_INPUT', `${path}.${sub}`, 'unknown setting');
    for (const b of slot.spec.command) out.push(b);
    slotBody(slot).encode(group[sub], `${path}.${sub}`, out);
    n++;
  }
  if (n === 0) throw pathError('EMPTY', path, 'no settings given');
}

const HEX_ID = /^0[xX]((?:[0-9a-fA-F]{2}){1,15})$/;

function encodeReplies(value: unknown, path: string, out: number[]): void {
  const n = arrayLength(value, path);
  if (n <= 0) throw valueError('INVALID_TYPE', path, value, 'is not a non-empty array of replies');
  for (let i = 0; i < n; i++) {
    const p = `${path}[${i}]`;
    const item = ownItem(value, i, path);
    const rep = ownRecord(item, p);
    if (rep === undefined) throw valueError('INVALID_TYPE', p, item, 'is not a reply { result, length, id }');
    for (const k in rep) {
      if (k !== 'result' && k !== 'length' && k !== 'id' && k !== 'name') {
        throw pathError('UNKNOWN_INPUT', `${p}.${k}`, 'unknown key; allowed: result, length, id, name');
      }
    }
    const m = typeof rep.id === 'string' ? HEX_ID.exec(rep.id) : null;
    if (m === null) throw valueError('INVALID_COMMAND_ID', `${p}.id`, rep.id, 'is not a command ID such as "0X6E01" (1…15 bytes)');
    const id = '0X' + m[1].toUpperCase();
    const len = m[1].length / 2;
    if (!isInteger(rep.result) || rep.result < 0 || rep.result > 15) throw valueError('OUT_OF_RANGE', `${p}.result`, rep.result, 'is not a result 0…15');
    if (rep.length !== undefined && rep.length !== len) throw valueError('LENGTH_MISMATCH', `${p}.length`, rep.length, `does not match id, which has ${len} bytes`);
    if (rep.name !== undefined && rep.name !== replyName(id)) {
      throw valueError('INVALID_VALUE', `${p}.name`, rep.name, `is not the name of ${id} (${describeValue(replyName(id))})`);
    }
    out.push(REPLY_COMMAND, (rep.result << 4) | len);
    new ByteWriter(out).bytes(hexDigitBytes(m[1]));
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(path, `the first ${i + 1} replies take ${out.length} bytes`);
  }
}

/** As `encodeUplinkToArray`, as a Uint8Array. */
export function encodeUplink(data: UplinkData): Uint8Array {
  return toUint8Array(encodeUplinkToArray(data));
}
