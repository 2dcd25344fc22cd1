/**
 * Encoding uplinks (`encodeUplink`): the frame a device would send for decoded data, commands in the
 * order of the object's keys, records last, written with the readings' writers (which take values a
 * device may send out of range). The network-server script, which encodes downlinks alone, leaves
 * this module out.
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { MAX_FRAME_BYTES, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, lazy } from '../base/es5';
import { downlinkGroup, uplinkCommands } from './commands';
import { copiesOf } from './copies';
import type { Command, DeviceWriting, Writing } from './commands';
import { readUplinkValue } from './read';
import type { Field } from '../schema/fields';
import { writeCommand } from './encode-downlink';
import { writeEntry, writeList } from './encode-lists';
import type { ItemWriter } from './encode-lists';

/**
 * An item of an uplink's list: a keyed list's entry; a reply; a record, whose own fields make its
 * command and the rest of which (its readings) is returned, to be written after it.
 */
const writeItem: ItemWriter = (c, item, path, out, how, starts) => {
  if (c.place.to === 'entry') return writeEntry(c, item, path, out, how, starts);
  const device = how.device as DeviceWriting;
  const rec = device.item(c, item, path);
  // A record's own fields make its command, and the rest of it (readings) is returned: writeScope skips its fields.
  const record = c.place.to === 'record';
  writeCommand(c, device.body(c.name, c.field as Field), rec === undefined ? item : rec, path, out, starts, record);
  return record ? rec : undefined;
};

/** The command whose items hold the commands after them (history records). */
const recordCommand = /* @__PURE__ */ lazy(() => {
  for (const c of uplinkCommands().list) if (c.place.to === 'record') return c;
  throw new Error('no record command in the tables');
});

/** The names of a record's own fields (mode, timestamp): a list, as a scope's every key is looked for in it. */
const recordFields = /* @__PURE__ */ lazy(() => Object.keys((recordCommand().field as Field & { kind: 'struct' }).fields));

/**
 * Builds the frame a device would send for `data` (the inverse of `decodeUplinkCommands` of an
 * uplink): commands in the order of the object's keys, records last. Top-level copies of event
 * readings are recognised and not sent twice; `warnings` is ignored.
 */
export function writeUplink(given: unknown, how: Writing): number[] {
  const data = ownRecord(given, 'data');
  if (data === undefined) throw valueError('INVALID_TYPE', 'data', given, 'is not an uplink object');
  const out: number[] = [];
  writeScope(data, 'data', out, how, true);
  return out;
}

/**
 * The commands of one scope (the frame, or a record), in the order of its keys.
 *
 * Decoding copies an event's readings to top-level keys (`temperature`…), and the last command
 * that writes a key wins, be it an event or a reading of its own. So a key that holds what the
 * last event writing it copies is a copy, with no command of its own; and a key that holds
 * something else is a reading that came after every such event, and is written after them,
 * at the end of the scope, or decoding would give the event's value back instead of it. Each
 * key is encoded once, and what its events copy is read back from the bytes written, as
 * decoding will read them: the caller's objects are not read a second time.
 */
function writeScope(obj: Rec, base: Path, out: number[], how: Writing, top: boolean): void {
  const start = out.length;
  const keys: string[] = [];
  const owners: (Command | undefined)[] = [];
  // Until an event turns up, each key's commands are written in place (`ends`: where each ends). From the
  // first event on, each key gets a chunk of its own, to be put in order (copiesLast) once all are written.
  const ends: number[] = [];
  let chunks: number[][] | undefined;
  let size = start;
  const record = recordCommand();
  const own = recordFields();
  for (const key in obj) {
    // At top level, the records are written last; in a record, its own fields are its command.
    if (top ? key === 'warnings' || key === record.name : own.indexOf(key) >= 0) continue;
    const to = chunks === undefined ? out : [];
    const c = writeKey(key, obj[key], step(base, key), to, how);
    owners.push(c);
    keys.push(key);
    if (chunks !== undefined) {
      chunks.push(to);
      size += to.length;
    } else {
      ends.push((size = out.length));
      if (c !== undefined && c.copies !== undefined) {
        chunks = [];
        for (let i = 0; i < ends.length; i++) chunks.push(out.slice(i === 0 ? start : ends[i - 1], ends[i]));
      }
    }
    if (size > MAX_FRAME_BYTES) throw tooLarge(base, `its first ${keys.length} keys take ${size} bytes`);
  }
  if (chunks !== undefined) {
    const order = copiesLast(keys, owners, chunks);
    out.length = start;
    for (let i = 0; i < order.length; i++) {
      const chunk = chunks[order[i]];
      for (let k = 0; k < chunk.length; k++) out.push(chunk[k]);
    }
  }
  if (!top) return;
  // A record may hold no readings (the device sends the bare header); the frame itself must say something.
  const records = obj[record.name];
  if (keys.length === 0 && records === undefined) throw pathError('EMPTY', base, 'nothing to encode');
  // The records last, each followed by its readings: writeList calls back here, so that V8 compiles one copy of
  // this function for both kinds of scope, not one inlined into each caller.
  if (records !== undefined) writeList(record, records, step(base, record.name), out, how, writeItem, undefined, writeScope);
}

/**
 * Which keys' commands are written, in which order, when events are among them: the copies
 * are left out, and a key that holds something else than what its last event copies goes
 * after the events (see writeScope).
 */
function copiesLast(keys: string[], owners: (Command | undefined)[], chunks: number[][]): number[] {
  // What decoding gives for each key's command, read back once, when it is needed.
  const back: unknown[] = [];
  const readBack = (i: number) => (hasOwnKey(back, i) ? back[i] : (back[i] = decoded(owners[i] as Command, chunks[i])));
  const lastCopy = dict<unknown>();
  for (let i = 0; i < keys.length; i++) {
    const c = owners[i];
    if (c === undefined || c.copies === undefined) continue;
    const copies = copiesOf(c.copies, readBack(i), keys[i]);
    for (let k = 0; k < copies.length; k++) lastCopy[copies[k][0]] = copies[k][1];
  }
  const order: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (!(keys[i] in lastCopy)) order.push(i);
    else if (owners[i] === undefined || lastCopy[keys[i]] !== readBack(i)) after.push(i);
  }
  return order.concat(after);
}

/** The value decoding gives for command `c`, written as `chunk`. */
function decoded(c: Command, chunk: number[]): unknown {
  return c.field === undefined ? 1 : readUplinkValue(chunk);
}

/** The command(s) of one key of uplink data; returns the command of a reading or a bare setting. */
function writeKey(key: string, value: unknown, path: Path, out: number[], how: Writing): Command | undefined {
  const device = how.device as DeviceWriting;
  const c = uplinkCommands().byName[key];
  const p = c === undefined ? undefined : c.place;
  if (c !== undefined && p !== undefined && c.up && p.to !== 'member' && p.to !== 'record') {
    if (p.to === 'append' || p.to === 'entry') {
      // A list is held to the frame limit by its own bytes, apart from the keys written before it.
      const chunk: number[] = [];
      writeList(c, value, path, chunk, how, writeItem);
      for (let k = 0; k < chunk.length; k++) out.push(chunk[k]);
    }
    else if (c.field !== undefined) writeCommand(c, device.body(c.name, c.field), value, path, out);
    else {
      for (let i = 0; i < c.command.length; i++) out.push(c.command[i]);
      if (value !== 1) throw valueError('INVALID_VALUE', path, value, 'must be 1 (the command has no body)');
    }
    return c;
  }
  const group = downlinkGroup(key);
  if (group === undefined) throw pathError('UNKNOWN_INPUT', path, 'unknown uplink key');
  const members = ownRecord(value, path);
  if (members === undefined) throw valueError('INVALID_TYPE', path, value, 'is not an object of settings');
  let n = 0;
  for (const sub in members) {
    const m = group[sub];
    if (m === undefined) throw pathError('UNKNOWN_INPUT', step(path, sub), 'unknown setting');
    writeCommand(m, device.body(m.name, m.field as Field), members[sub], step(path, sub), out);
    n++;
  }
  if (n === 0) throw pathError('EMPTY', path, 'no settings given');
  return undefined;
}
