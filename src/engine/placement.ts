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
import { pathError, valueError, describeValue } from '../base/errors';
import { ByteReader, frameReader, hexDigitBytes } from '../base/bytes';
import { arrayLength, isPlainData, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy } from '../base/es5';
import { SCHEDULE_ROWS as SCHEDULE } from '../schema/settings';
import { HISTORY_RECORD as HISTORY, REPLY } from '../schema/uplinks';
import { CommandTrie } from './command-trie';
import { commands, copiesOf, replyName, SCHEDULE_IDS, scheduleSlots } from './commands';
import type { Command, CommandReply, ScheduleSlot, ScheduleValue } from './commands';
import { lenientReading, strictReading, warn, warningsOf } from './read-context';
import type { ReadContext } from './read-context';
import type { Body } from './struct';
import { ByteWriter } from '../base/bytes';
import type { Field } from '../schema/fields';

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

/** Puts decoded values where their commands' placements say. */
class Placer implements Placed {
  readonly items: Rec[] = [];
  readonly root: Rec = {};
  /** Where keys, members and entries go: the settings object being filled, the uplink, or its current record. */
  private scope: Rec | undefined;
  /** Names set by a command of their own (not by a copy) in this scope, to warn about repeats. */
  private reported = dict<true>();
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
      this.reported = dict<true>();
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
      const v = value as ScheduleValue;
      const list = (hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = [])) as Rec[];
      const last = list.length > 0 ? list[list.length - 1] : undefined;
      // Downlinks: only what one `encode` would emit in this order. Uplinks: a field joins the list's
      // last entry when that entry is of the same schedule and lacks the field, whatever command came in
      // between, so that encodeUplink (which writes each entry's fields together) gives the same list back.
      const same = last !== undefined && last.id === v.id && (this.strict ? this.rank === c.rank && v.seq > this.seq : !hasOwnKey(last, v.key));
      if (same) last[v.key] = v.value;
      else list.push({ id: v.id, [v.key]: v.value });
      this.rank = c.rank;
      this.seq = v.seq;
      return;
    }
    if (!this.strict) {
      if (this.reported[c.name] === true) warn(this.ctx, at, `${c.name} is reported twice; the last value is kept`);
      this.reported[c.name] = true;
    }
    if (p.to === 'key') scope[p.key] = value;
    else if (p.to === 'member') ((hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {})) as Rec)[p.member] = value;
    const copies = copiesOf(c.copies, value, c.name);
    for (let i = 0; i < copies.length; i++) scope[copies[i][0]] = copies[i][1];
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
  const ctx = strict ? strictReading() : lenientReading();
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

/** How a scope is written: strictly, in the table's order (downlink settings), or as a device writes it (uplinks). */
export interface Writing {
  /** The writer of a reading: a body that takes what a device may send (encodeUplink); undefined for downlinks. */
  readonly reading: ((name: string, field: Field) => Body) | undefined;
}

export const STRICT_WRITING: Writing = { reading: undefined };

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
  top.push(SCHEDULE.key);
  return { bare, groups, top, entry: entry as Command };
});

export function isSettingKey(key: string): boolean {
  const s = settingKeys();
  return hasOwnKey(s.bare, key) || hasOwnKey(s.groups, key) || key === SCHEDULE.key;
}

/** `base.key`, or `key` alone when the settings are at top level (the maker's codec objects). */
function under(base: string, key: string): string {
  return base ? base + '.' + key : key;
}

function writeCommand(c: Command, body: Body, value: unknown, path: string, out: number[], starts?: number[]): void {
  if (starts) starts.push(out.length);
  for (let i = 0; i < c.command.length; i++) out.push(c.command[i]);
  body.encode(value, path, out);
}

/* ------------------------------------------------------------------ calls */

const CALL_KEYS = dict<true>();
CALL_KEYS.serviceId = true;
CALL_KEYS.inputs = true;

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
  const c = commands().byName[serviceId];
  if (c === undefined || c.place.to !== 'call') {
    throw valueError('UNKNOWN_SERVICE', 'serviceId', serviceId, `is not a WT102 service; allowed: ${serviceIds().join(', ')}`);
  }
  for (const key in item) {
    if (CALL_KEYS[key] !== true) throw pathError('INVALID_CALL', `${serviceId}.${key}`, 'unknown key in the call; allowed: serviceId, inputs');
  }
  const inputs = item.inputs;
  if (inputs !== undefined && !isPlainData(inputs, `${serviceId}.inputs`)) {
    throw valueError('INVALID_TYPE', `${serviceId}.inputs`, inputs, 'is not an object of inputs');
  }
  writeCommand(c, c.body as Body, inputs, serviceId, out);
}

export function isServiceId(key: string): boolean {
  const c = commands().byName[key];
  return c !== undefined && c.place.to === 'call';
}

/* ------------------------------------------------------------------ settings, in the table's order */

/**
 * Validates a properties object and appends one command per setting it touches, in
 * table order. With `starts`, the offset where each command begins is recorded there.
 * `base` names the object in errors; empty, the settings' own names are the paths.
 */
export function writeSettings(given: unknown, base: string, out: number[], starts?: number[]): void {
  const props = ownRecord(given, base);
  if (props === undefined) throw valueError('INVALID_TYPE', base || 'data', given, 'is not an object of settings');
  const keys = settingKeys();
  let count = 0;
  // Only the settings given are visited (not the whole table), then put in table order.
  const chosen: { c: Command; value: unknown; path: string }[] = [];
  for (const key in props) {
    const value = props[key];
    if (hasOwnKey(keys.bare, key)) {
      if (value !== undefined) chosen.push({ c: keys.bare[key], value, path: under(base, key) });
    } else if (hasOwnKey(keys.groups, key)) {
      const group = keys.groups[key];
      if (value !== undefined) {
        const allowed = () => Object.keys(group).join(', ');
        const members = ownRecord(value, under(base, key));
        if (members === undefined) throw valueError('INVALID_TYPE', under(base, key), value, `is not an object; expected { ${allowed()} }`);
        let n = 0;
        for (const sub in members) {
          if (!hasOwnKey(group, sub)) throw pathError('UNKNOWN_INPUT', `${under(base, key)}.${sub}`, `unknown setting; allowed: ${allowed()}`);
          if (members[sub] !== undefined) {
            n++;
            chosen.push({ c: group[sub], value: members[sub], path: under(base, group[sub].name) });
          }
        }
        if (n === 0) throw pathError('EMPTY', under(base, key), `no settings given; expected at least one of ${allowed()}`);
      }
    } else if (key === SCHEDULE.key) {
      if (value !== undefined) chosen.push({ c: keys.entry, value, path: under(base, key) });
    } else {
      throw pathError('UNKNOWN_INPUT', under(base, key), `unknown setting; allowed: ${keys.top.join(', ')}`);
    }
    if (value !== undefined) count++;
  }
  // The maker's codec objects have their settings at top level (base ''): the object is the data.
  if (count === 0) throw pathError('EMPTY', base || 'data', 'no settings given; there is nothing to send');
  chosen.sort((a, b) => a.c.rank - b.c.rank);
  for (const { c, value, path } of chosen) {
    if (c.place.to === 'entry') writeEntries(value, path, out, STRICT_WRITING, starts);
    else writeCommand(c, c.body as Body, value, path, out, starts);
  }
}

/* ------------------------------------------------------------------ keyed lists (schedules) */

/**
 * Writes a `schedule_settings` list, for settings and for reported uplink data alike: a non-empty
 * array of `{ id, …fields }`, each with known fields and at least one of them, one
 * `6e <id> <sub>` command per field. Settings write each schedule's fields in sub-command order
 * (the table's), whatever the caller's key order; reported schedules keep the order decoding
 * found them in. Each schedule is checked and written before the next is read, so that a long
 * list stops at the frame limit instead of being read whole first.
 */
function writeEntries(list: unknown, base: string, out: number[], how: Writing, starts?: number[]): void {
  const n = arrayLength(list, base);
  if (n <= 0) {
    throw valueError('INVALID_TYPE', base, list, `is not a non-empty array of schedules ({ id: ${SCHEDULE_IDS}, … })`);
  }
  const slots = scheduleSlots();
  for (let i = 0; i < n; i++) {
    const path = `${base}[${i}]`;
    const given = ownItem(list, i, base);
    const entry = ownRecord(given, path);
    if (entry === undefined) throw valueError('INVALID_TYPE', path, given, 'is not a schedule object');
    const id = entry.id;
    if (!isInteger(id) || id < SCHEDULE.ids.min || id > SCHEDULE.ids.max) {
      throw valueError(id === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', `${path}.id`, id, `is not a schedule id; expected an integer ${SCHEDULE_IDS} (Schedule${SCHEDULE.ids.min + 1}…${SCHEDULE.ids.max + 1})`);
    }
    const fields: ScheduleSlot[] = [];
    for (const key in entry) {
      if (key === 'id') continue;
      if (!hasOwnKey(slots.byKey, key)) {
        throw pathError('UNKNOWN_INPUT', `${path}.${key}`, `unknown schedule field; allowed: id, ${Object.keys(slots.byKey).join(', ')}`);
      }
      if (entry[key] !== undefined) fields.push(slots.byKey[key]);
    }
    if (fields.length === 0) {
      throw pathError('EMPTY', path, `schedule ${id} has no fields to set; expected at least one of ${Object.keys(slots.byKey).join(', ')}`);
    }
    const reading = how.reading;
    const turn = reading ? fields : slots.list;
    for (let k = 0; k < turn.length; k++) {
      const f = turn[k];
      if (!reading && fields.indexOf(f) < 0) continue;
      if (starts) starts.push(out.length);
      out.push(SCHEDULE.command, id, f.sub);
      (reading ? reading(`${SCHEDULE.key}.${f.key}`, f.field) : f.body).encode(entry[f.key], `${path}.${f.key}`, out);
    }
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(base, `the first ${i + 1} schedules take ${out.length} bytes`);
  }
}

/* ------------------------------------------------------------------ uplinks, in the order given */

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
  const records = data[HISTORY.key];
  if (records !== undefined) writeRecords(records, `data.${HISTORY.key}`, out, how);
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
function writeScope(obj: Rec, base: string, out: number[], how: Writing, top: boolean): void {
  const keys: string[] = [];
  const chunks: number[][] = [];
  const owners: (Command | undefined)[] = [];
  let size = out.length;
  for (const key in obj) {
    if (top && (key === 'warnings' || key === HISTORY.key)) continue;
    // A record's own fields, not readings.
    if (!top && (key === 'mode' || key === 'timestamp')) continue;
    const chunk: number[] = [];
    owners.push(writeKey(key, obj[key], `${base}.${key}`, chunk, how));
    keys.push(key);
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_FRAME_BYTES) throw tooLarge(base, `its first ${keys.length} keys take ${size} bytes`);
  }
  const lastCopy = dict<unknown>();
  for (let i = 0; i < keys.length; i++) {
    const c = owners[i];
    if (c === undefined || c.copies === undefined) continue;
    const copies = copiesOf(c.copies, readBack(c, chunks[i]), keys[i]);
    for (let k = 0; k < copies.length; k++) lastCopy[copies[k][0]] = copies[k][1];
  }
  const after: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] in lastCopy) {
      const c = owners[i];
      if (c === undefined || lastCopy[keys[i]] !== readBack(c, chunks[i])) after.push(i);
      continue;
    }
    for (let k = 0; k < chunks[i].length; k++) out.push(chunks[i][k]);
  }
  for (let i = 0; i < after.length; i++) for (let k = 0; k < chunks[after[i]].length; k++) out.push(chunks[after[i]][k]);
  // A record may hold no readings (the device sends the bare header); the frame itself must say something.
  if (keys.length === 0 && top && obj[HISTORY.key] === undefined) throw pathError('EMPTY', base, 'nothing to encode');
}

/** The value decoding gives for command `c`, written as `chunk`. */
function readBack(c: Command, chunk: number[]): unknown {
  if (c.body === undefined) return 1;
  const r = new ByteReader(chunk);
  r.pos = c.command.length;
  return c.body.decode(r, () => c.name, lenientReading());
}

/** The command(s) of one key of uplink data; returns the command of a reading or a bare setting. */
function writeKey(key: string, value: unknown, path: string, out: number[], how: Writing): Command | undefined {
  const reading = how.reading as (name: string, field: Field) => Body;
  const c = commands().byName[key];
  const p = c === undefined ? undefined : c.place;
  if (c !== undefined && p !== undefined && c.up && p.to !== 'member' && p.to !== 'record') {
    if (p.to === 'append') writeAppended(c, value, path, out);
    else if (p.to === 'entry') writeEntries(value, path, out, how);
    else if (c.field !== undefined) writeCommand(c, reading(c.name, c.field), value, path, out);
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
    if (m === undefined) throw pathError('UNKNOWN_INPUT', `${path}.${sub}`, 'unknown setting');
    writeCommand(m, reading(m.name, m.field as Field), members[sub], `${path}.${sub}`, out);
    n++;
  }
  if (n === 0) throw pathError('EMPTY', path, 'no settings given');
  return undefined;
}

/* ------------------------------------------------------------------ appended items (replies) */

const HEX_ID = /^0[xX]((?:[0-9a-fA-F]{2}){1,15})$/;

function writeAppended(c: Command, value: unknown, path: string, out: number[]): void {
  const n = arrayLength(value, path);
  if (n <= 0) throw valueError('INVALID_TYPE', path, value, 'is not a non-empty array of replies');
  for (let i = 0; i < n; i++) {
    const p = `${path}[${i}]`;
    const item = ownItem(value, i, path);
    const rep = ownRecord(item, p);
    if (rep === undefined) throw valueError('INVALID_TYPE', p, item, 'is not a reply { result, length, id }');
    writeReply(c, rep, p, out);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(path, `the first ${i + 1} replies take ${out.length} bytes`);
  }
}

function writeReply(c: Command, rep: Rec, p: string, out: number[]): void {
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
  out.push(c.command[0], (rep.result << 4) | len);
  new ByteWriter(out).bytes(hexDigitBytes(m[1]));
}

/* ------------------------------------------------------------------ records (history) */

function writeRecords(records: unknown, base: string, out: number[], how: Writing): void {
  const n = arrayLength(records, base);
  if (n <= 0) throw valueError('INVALID_TYPE', base, records, 'is not a non-empty array of records');
  for (let i = 0; i < n; i++) {
    const path = `${base}[${i}]`;
    const item = ownItem(records, i, base);
    const rec = ownRecord(item, path);
    if (rec === undefined) throw valueError('INVALID_TYPE', path, item, 'is not a history record');
    const mode = rec.mode === undefined ? HISTORY.defaultMode : rec.mode;
    if (!isInteger(mode) || mode < 0 || mode > 255) throw valueError('OUT_OF_RANGE', `${path}.mode`, rec.mode, 'is not a mode byte (0 target time, 1 historical time)');
    const ts = rec.timestamp;
    if (!isInteger(ts) || ts < 0 || ts > 0xffffffff) throw valueError(ts === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', `${path}.timestamp`, ts, 'is not uint32 Unix seconds');
    out.push(HISTORY.command, mode);
    new ByteWriter(out).le(ts, 4);
    writeScope(rec, path, out, how, false);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(base, `the first ${i + 1} records take ${out.length} bytes`);
  }
}

export type { CommandReply };
export { REPLY };
