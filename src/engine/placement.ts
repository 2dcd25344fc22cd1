/**
 * The placement engine: one engine for every command of commands.ts, in both directions.
 *
 * Decoding looks each command up, reads its body and puts the value where its placement says:
 * a service call, a key or a group member of the current scope, an entry of a keyed list, an
 * item appended to a list, or a record that becomes the scope of what follows. Encoding splits
 * an object by the same placements into commands, puts them in order and writes them.
 *
 * Downlinks and uplinks differ only in strictness, a parameter here: downlinks refuse what
 * uplinks only warn about, merge only what one `encode` would write in that order (so that
 * re-encoding gives the same bytes), and are written in the table's order; uplinks keep the
 * order they are given in, and are written with the readings' writers (which take values a
 * device may send out of range).
 */
import { pathError, step, valueError } from '../base/errors';
import type { Path } from '../base/errors';
import { ByteReader, frameReader } from '../base/bytes';
import { arrayLength, isPlainData, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, lazy } from '../base/es5';
import { FAST_PATHS } from '../base/features';
import { CommandTrie } from './command-trie';
import { commands, copiesOf, STRICT_WRITING } from './commands';
import type { Command, EntryValue, Placement, Reading, Writing } from './commands';
import { lenientReading, STRICT_READING, warn, warningsOf } from './read-context';
import type { ReadContext } from './read-context';
import type { Body } from './struct';

import type { Field } from '../schema/fields';

export type { Writing };

/* ================================================================== decoding */

const tries = /* @__PURE__ */ lazy(() => {
  const down = new CommandTrie<Command>('downlink');
  const up = new CommandTrie<Command>('uplink');
  for (const c of commands().list) {
    if (c.down) down.add(c.command, c);
    if (c.up) up.add(c.command, c);
  }
  return { down, up };
});

/** What a frame decodes to: downlinks a list of calls and settings objects, uplinks one object. */
export interface Placed {
  readonly items: Rec[];
  readonly root: Rec;
}

// Shared by every downlink decoding: nothing writes a strict Placer's root (downlinks have no records).
// Frozen, so that a write would throw instead of leaking into the next decoding.
const NO_ROOT: Rec = FAST_PATHS ? Object.freeze({}) : {};

/** Puts decoded values where their commands' placements say. */
class Placer implements Placed {
  readonly items: Rec[] = [];
  /** A downlink has no root object: it is a list of calls and settings. */
  readonly root: Rec = FAST_PATHS && this.strict ? NO_ROOT : {};
  /** Where keys, members and entries go: the settings object being filled, the uplink, or its current record. */
  private scope: Rec | undefined = undefined;
  /** Names set by a command of their own (not by a copy) in this scope, to warn about repeats. */
  private reported: string[] | undefined = undefined;
  /** The rank of the last setting put in this scope, and the table order of the last schedule field. */
  private rank = -1;
  private seq = -1;

  constructor(
    private readonly strict: boolean,
    private readonly ctx: ReadContext,
  ) {
    if (!strict) this.scope = this.root;
  }

  place(c: Command, value: unknown, at: number): void {
    const p = c.place;
    if (p.to === 'call') {
      this.items.push({ serviceId: c.name, inputs: value });
      this.scope = undefined;
      return;
    }
    if (p.to === 'record') {
      (hasOwnKey(this.root, p.key) ? (this.root[p.key] as unknown[]) : (this.root[p.key] = [])).push(value);
      this.scope = value as Rec;
      this.reported = undefined;
      this.rank = this.seq = -1;
      return;
    }
    let scope = this.scope;
    if (scope === undefined || !this.fits(c)) {
      // A downlink setting that one `encode` of the settings so far would not write here starts a new object.
      scope = this.scope = {};
      this.items.push({ properties: scope });
      this.rank = this.seq = -1;
    }
    this.put(scope, c, value, at);
  }

  /** Strictly, a setting fits only after the ones before it in the table, a schedule field after those of its entry. */
  private fits(c: Command): boolean {
    if (!this.strict || c.rank < 0) return true;
    return c.place.to === 'entry' ? c.rank >= this.rank : c.rank > this.rank;
  }

  private put(scope: Rec, c: Command, value: unknown, at: number): void {
    const p = c.place;
    if (p.to === 'append') {
      if (!hasOwnKey(scope, p.key)) scope[p.key] = [];
      (scope[p.key] as unknown[]).push(value);
      return;
    }
    if (p.to === 'entry') {
      const v = value as EntryValue;
      const id = p.list.row.entryKey;
      const list = (hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = [])) as Rec[];
      const last = list.length > 0 ? list[list.length - 1] : undefined;
      // Downlinks: only what one `encode` would emit in this order. Uplinks: a field joins the list's
      // last entry when that entry is of the same schedule and lacks the field, whatever command came in
      // between, so that encodeUplink (which writes each entry's fields together) gives the same list back.
      const same = last !== undefined && last[id] === v.id && (this.strict ? this.rank === c.rank && v.seq > this.seq : !hasOwnKey(last, v.key));
      if (same) last[v.key] = v.value;
      else list.push({ [id]: v.id, [v.key]: v.value });
      this.rank = c.rank;
      this.seq = v.seq;
      return;
    }
    if (!this.strict) {
      // A list, not a prototype-less dictionary, which is slow to create: a scope holds a few names.
      const reported = this.reported || (this.reported = []);
      if (reported.indexOf(c.name) >= 0) warn(this.ctx, at, `${c.name} is reported twice; the last value is kept`);
      else reported.push(c.name);
    }
    if (p.to === 'key') scope[p.key] = value;
    else if (p.to === 'member') ((hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {})) as Rec)[p.member] = value;
    if (c.copies !== undefined) {
      const copies = copiesOf(c.copies, value, c.name);
      for (let i = 0; i < copies.length; i++) scope[copies[i][0]] = copies[i][1];
    }
    this.rank = c.rank;
    this.seq = -1;
  }
}

/**
 * Reads every command of a frame and places its value. Downlinks (`strict`) refuse any value out
 * of range; uplinks keep it, and the warnings are returned in `root.warnings`.
 */
export function decodeCommands(bytes: number[], strict: boolean): Placed {
  const r = frameReader(bytes);
  const ctx = strict ? STRICT_READING : lenientReading();
  const trie = strict ? tries().down : tries().up;
  const out = new Placer(strict, ctx);
  while (r.rest() > 0) {
    const start = r.pos;
    const c = trie.read(r);
    out.place(c, c.body === undefined ? 1 : c.body.decode(r, c.what, ctx), start);
  }
  if (!strict) {
    const warnings = warningsOf(ctx);
    if (warnings.length > 0) out.root.warnings = warnings;
  }
  return out;
}

/* ================================================================== encoding */


/** The settings at top level of a properties object: bare ones, groups (member → command), and the schedules' list. */
const settingKeys = /* @__PURE__ */ lazy(() => {
  const bare = dict<Command>();
  const groups = dict<{ [member: string]: Command }>();
  const top: string[] = [];
  let entry: Command | undefined;
  for (const c of commands().list) {
    if (!c.down || c.rank < 0) continue;
    const p = c.place;
    if (p.to === 'entry') {
      entry = c;
      continue;
    }
    if (p.to === 'key') bare[p.key] = c;
    else if (p.to === 'member') (groups[p.key] || (groups[p.key] = dict<Command>()))[p.member] = c;
    else continue;
    if (top.indexOf(p.key) < 0) top.push(p.key);
  }
  const list = (entry as Command).name;
  top.push(list);
  return { bare, groups, top, entry: entry as Command, list };
});

export function isSettingKey(key: string): boolean {
  const s = settingKeys();
  return hasOwnKey(s.bare, key) || hasOwnKey(s.groups, key) || key === s.list;
}

function writeCommand(c: Command, body: Body, value: unknown, path: Path, out: number[], starts?: number[], others?: boolean): void {
  if (starts) starts.push(out.length);
  for (let i = 0; i < c.command.length; i++) out.push(c.command[i]);
  body.encode(value, path, out, others);
}

/* ------------------------------------------------------------------ calls */

const serviceIds = /* @__PURE__ */ lazy(() => {
  const ids: string[] = [];
  for (const c of commands().list) if (c.place.to === 'call') ids.push(c.name);
  return ids;
});

/** Validates one `{serviceId, inputs}` call (a snapshot of the caller's object) and appends its command to `out`. */
export function writeCall(item: Rec, out: number[]): void {
  const serviceId = item.serviceId;
  if (typeof serviceId !== 'string') {
    throw valueError('INVALID_CALL', 'serviceId', serviceId, 'is not a string; expected a service id such as "reboot"');
  }
  const c = serviceNamed(serviceId);
  if (c === undefined) {
    throw valueError('UNKNOWN_SERVICE', 'serviceId', serviceId, `is not a WT102 service; allowed: ${serviceIds().join(', ')}`);
  }
  for (const key in item) {
    if (key !== 'serviceId' && key !== 'inputs') throw pathError('INVALID_CALL', step(serviceId, key), 'unknown key in the call; allowed: serviceId, inputs');
  }
  const inputs = item.inputs;
  if (inputs !== undefined && !isPlainData(inputs, step(serviceId, 'inputs'))) {
    throw valueError('INVALID_TYPE', step(serviceId, 'inputs'), inputs, 'is not an object of inputs');
  }
  writeCommand(c, c.body as Body, inputs, serviceId, out);
}

/** The service whose id is `id`, if there is one. */
function serviceNamed(id: string): Command | undefined {
  const c = commands().byName[id];
  return c !== undefined && c.place.to === 'call' ? c : undefined;
}

export function isServiceId(key: string): boolean {
  return serviceNamed(key) !== undefined;
}

/* ------------------------------------------------------------------ settings, in the table's order */

/**
 * Validates a properties object and appends one command per setting it touches, in
 * table order. With `starts`, the offset where each command begins is recorded there.
 * `base` names the object in errors; empty, the settings' own names are the paths.
 */
export function writeSettings(given: unknown, base: Path, out: number[], starts?: number[]): void {
  const props = ownRecord(given, base);
  if (props === undefined) throw valueError('INVALID_TYPE', base || 'data', given, 'is not an object of settings');
  const keys = settingKeys();
  let count = 0;
  // Only the settings given are visited (not the whole table), then put in table order.
  const chosen: { c: Command; value: unknown }[] = [];
  for (const key in props) {
    const value = props[key];
    if (hasOwnKey(keys.bare, key)) {
      if (value !== undefined) chosen.push({ c: keys.bare[key], value });
    } else if (hasOwnKey(keys.groups, key)) {
      const group = keys.groups[key];
      if (value !== undefined) {
        const allowed = () => Object.keys(group).join(', ');
        const at = step(base, key);
        const members = ownRecord(value, at);
        if (members === undefined) throw valueError('INVALID_TYPE', at, value, `is not an object; expected { ${allowed()} }`);
        let n = 0;
        for (const sub in members) {
          if (!hasOwnKey(group, sub)) throw pathError('UNKNOWN_INPUT', step(at, sub), `unknown setting; allowed: ${allowed()}`);
          if (members[sub] !== undefined) {
            n++;
            chosen.push({ c: group[sub], value: members[sub] });
          }
        }
        if (n === 0) throw pathError('EMPTY', at, `no settings given; expected at least one of ${allowed()}`);
      }
    } else if (key === keys.list) {
      if (value !== undefined) chosen.push({ c: keys.entry, value });
    } else {
      throw pathError('UNKNOWN_INPUT', step(base, key), `unknown setting; allowed: ${keys.top.join(', ')}`);
    }
    if (value !== undefined) count++;
  }
  // The maker's codec objects have their settings at top level (base ''): the object is the data.
  if (count === 0) throw pathError('EMPTY', base || 'data', 'no settings given; there is nothing to send');
  chosen.sort((a, b) => a.c.rank - b.c.rank);
  for (const { c, value } of chosen) {
    const path = step(base, c.name);
    if (c.place.to === 'entry') writeList(c, value, path, out, STRICT_WRITING, writeEntry, starts);
    else writeCommand(c, c.body as Body, value, path, out, starts);
  }
}

/* ------------------------------------------------------------------ lists (schedule fields, replies, records) */

type ListPlacement = Extract<Placement, { items: string }>;

/** Writes a scope's commands (writeScope, which only uplinks need: a parameter, so that the script can leave it out). */
type ScopeWriter = (obj: Rec, base: Path, out: number[], how: Writing, top: boolean) => void;

/** Checks one item of a list of command `c`'s values and writes it; returns what of it is a scope of its own. */
type ItemWriter = (c: Command, item: unknown, path: Path, out: number[], how: Writing, starts?: number[]) => Rec | undefined;

/** A keyed list's entry: a command per field (the only list a downlink carries). */
const writeEntry: ItemWriter = (c, item, path, out, how, starts) => {
  (c.place as Extract<Placement, { to: 'entry' }>).list.writeEntry(item, path, out, how, starts);
  return undefined;
};

/**
 * Writes a list of the values of command `c` (schedules, replies, records): a non-empty array,
 * each item checked and written (`write`) before the next is read, so that a long list stops at
 * the frame limit instead of being read whole first. What an item leaves to write (a record's
 * readings) is written after it by `scope`.
 */
function writeList(c: Command, list: unknown, base: Path, out: number[], how: Writing, write: ItemWriter, starts?: number[], scope?: ScopeWriter): void {
  const p = c.place as ListPlacement;
  const n = arrayLength(list, base);
  if (n <= 0) throw valueError('INVALID_TYPE', base, list, `is not ${p.to === 'entry' ? p.list.expected : `a non-empty array of ${p.items}`}`);
  for (let i = 0; i < n; i++) {
    const path = step(base, i);
    const rest = write(c, ownItem(list, i, base), path, out, how, starts);
    if (rest !== undefined && scope) scope(rest, path, out, how, false);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(base, `the first ${i + 1} ${p.items} take ${out.length} bytes`);
  }
}

/* ------------------------------------------------------------------ uplinks, in the order given */

/**
 * An item of an uplink's list: a keyed list's entry; a reply; a record, whose own fields make its
 * command and the rest of which (its readings) is returned, to be written after it.
 */
const writeItem: ItemWriter = (c, item, path, out, how, starts) => {
  if (c.place.to === 'entry') return writeEntry(c, item, path, out, how, starts);
  const reading = how.reading as Reading;
  const rec = reading.item(c, item, path);
  // A record's own fields make its command, and the rest of it (readings) is returned: writeScope skips its fields.
  const record = c.place.to === 'record';
  writeCommand(c, reading.body(c.name, c.field as Field), rec === undefined ? item : rec, path, out, starts, record);
  return record ? rec : undefined;
};

/** The command whose items hold the commands after them (history records). */
const recordCommand = /* @__PURE__ */ lazy(() => {
  for (const c of commands().list) if (c.place.to === 'record') return c;
  throw new Error('no record command in the tables');
});

/** The names of a record's own fields (mode, timestamp): a list, as a scope's every key is looked for in it. */
const recordFields = /* @__PURE__ */ lazy(() => Object.keys((recordCommand().field as Field & { kind: 'struct' }).fields));

/**
 * Builds the frame a device would send for `data` (the inverse of `decodeCommands` of an
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
  if (c.body === undefined) return 1;
  const r = new ByteReader(chunk);
  r.pos = c.command.length;
  return c.body.decode(r, c.name, lenientReading());
}

/** The command(s) of one key of uplink data; returns the command of a reading or a bare setting. */
function writeKey(key: string, value: unknown, path: Path, out: number[], how: Writing): Command | undefined {
  const reading = how.reading as Reading;
  const c = commands().byName[key];
  const p = c === undefined ? undefined : c.place;
  if (c !== undefined && p !== undefined && c.up && p.to !== 'member' && p.to !== 'record') {
    if (p.to === 'append' || p.to === 'entry') {
      // A list is held to the frame limit by its own bytes, apart from the keys written before it.
      const chunk: number[] = [];
      writeList(c, value, path, chunk, how, writeItem);
      for (let k = 0; k < chunk.length; k++) out.push(chunk[k]);
    }
    else if (c.field !== undefined) writeCommand(c, reading.body(c.name, c.field), value, path, out);
    else {
      for (let i = 0; i < c.command.length; i++) out.push(c.command[i]);
      if (value !== 1) throw valueError('INVALID_VALUE', path, value, 'must be 1 (the command has no body)');
    }
    return c;
  }
  const group = settingKeys().groups[key];
  if (group === undefined) throw pathError('UNKNOWN_INPUT', path, 'unknown uplink key');
  const members = ownRecord(value, path);
  if (members === undefined) throw valueError('INVALID_TYPE', path, value, 'is not an object of settings');
  let n = 0;
  for (const sub in members) {
    const m = group[sub];
    if (m === undefined) throw pathError('UNKNOWN_INPUT', step(path, sub), 'unknown setting');
    writeCommand(m, reading.body(m.name, m.field as Field), members[sub], step(path, sub), out);
    n++;
  }
  if (n === 0) throw pathError('EMPTY', path, 'no settings given');
  return undefined;
}

