/**
 * Every command of the protocol as one list of rows, built from the tables (src/schema/) on
 * first use: its ID bytes, its body, and its **placement**, which says where its value goes in
 * decoded output and where encoding finds it. The engine (decode.ts, encode-downlink.ts, encode-uplink.ts) runs them all;
 * nothing there or here knows one command from another: what differs is the tables' data.
 */
import { byteError, pathError, step, valueError } from '../base/errors';
import type { Path } from '../base/errors';
import { ByteReader, hexByte, hexOf } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy } from '../base/es5';
import type { Field } from '../schema/fields';
import { SERVICE_ROWS } from '../schema/services';
import type { ServiceRow } from '../schema/services';
import { SCHEDULE_ROWS, SETTING_ROWS } from '../schema/settings';
import type { KeyedListRow } from '../schema/settings';
import { HISTORY_RECORD, REPLY, UPLINK_ROWS } from '../schema/uplinks';
import type { ListRow, UplinkRow } from '../schema/uplinks';
import type { ReadContext } from './read-context';
import { compileBody, compileField } from './struct';
import type { Body } from './struct';

/** How values are written: strictly (downlinks), or as a device writes them (encodeUplink). */
export interface Writing {
  /** The writers of readings, which take what a device may send (encodeUplink); undefined for downlinks. */
  readonly reading: Reading | undefined;
}

/** Writing as a downlink: only what is allowed. */
export const STRICT_WRITING: Writing = { reading: undefined };

/** What only encodeUplink writes with (reading-kinds.ts): the network-server script leaves it out. */
export interface Reading {
  /** The body of command `name` as a device writes it. */
  body(name: string, field: Field): Body;
  /** Checks an item of a list of command `c`'s values (a reply, a record); returns its snapshot, undefined if it is no object. */
  item(c: Command, item: unknown, path: Path): Rec | undefined;
}

/** Where a command's value goes in decoded output, and where encoding finds it. */
export type Placement =
  /** A service call, `{serviceId: name, inputs}` (downlinks). */
  | { readonly to: 'call' }
  /** `scope[key]`: a reading, an event or a bare setting. */
  | { readonly to: 'key'; readonly key: string }
  /** `scope[key][member]`: a member of a group of settings. */
  | { readonly to: 'member'; readonly key: string; readonly member: string }
  /** A field of an entry of the keyed list `scope[key]` (schedules, keyed by `id`). */
  | { readonly to: 'entry'; readonly key: string; readonly items: string; readonly list: KeyedList }
  /** An item appended to the list `scope[key]` (replies). */
  | { readonly to: 'append'; readonly key: string; readonly items: string }
  /** An item appended to `root[key]` that holds the commands after it (history records). */
  | { readonly to: 'record'; readonly key: string; readonly items: string };

export interface Command {
  /** Its name in output and messages: a service id, a setting's path, an uplink key. */
  readonly name: string;
  readonly command: readonly number[];
  readonly place: Placement;
  /** Where settings take their turn in a frame (a properties object is written in this order); -1 for others. */
  readonly rank: number;
  /** Sent down (services, settings), sent up (readings, events, replies, records, settings), or both. */
  readonly down: boolean;
  readonly up: boolean;
  /** How its body is read and written; undefined for a command with no body (reported as `1`). */
  readonly body: Body | undefined;
  /**
   * The declaration of its body (a service's inputs as a struct), for the readings' writers
   * (encodeUplink) and the script's fast table; undefined for a command with no body or a keyed list's.
   */
  readonly field: Field | undefined;
  /** Names the command in messages: `temp_control.enable (0x6500)`; built only for a message. */
  readonly what: Path;
  /** An event's copies to top-level keys (docs/PROTOCOL.md §6). */
  readonly copies: CopyPlan | undefined;
}

/**
 * The copies an event makes to top-level keys, resolved from the table's `'*.field'` /
 * `'branch.field'` patterns into field → key, per branch.
 */
export interface CopyPlan {
  /** Field of the event itself → key. */
  readonly own: { [field: string]: string };
  /** Branch → field → key, for the branches named explicitly. */
  readonly branch: { [branch: string]: { [field: string]: string } };
  /** Field of any branch → key. */
  readonly any: { [field: string]: string };
}

/** One field of one entry of a keyed list, as its command carries it: `6e <id> <sub> <value>`. */
export interface EntryValue {
  readonly id: number;
  /** The field's name in the entry, and its place in the table's order. */
  readonly key: string;
  readonly seq: number;
  readonly value: unknown;
}

/** Names a command in errors, as `name (0x5a)`. */
export function commandLabel(name: string, command: readonly number[]): () => string {
  return () => `${name} (0x${hexOf(command)})`;
}

function copyPlan(copies: UplinkRow['copies']): CopyPlan | undefined {
  if (copies === undefined) return undefined;
  const plan: CopyPlan = { own: dict(), branch: dict(), any: dict() };
  for (const from of Object.keys(copies)) {
    const to = copies[from];
    const dot = from.indexOf('.');
    if (dot < 0) plan.own[from] = to;
    else if (from.slice(0, dot) === '*') plan.any[from.slice(dot + 1)] = to;
    else (plan.branch[from.slice(0, dot)] || (plan.branch[from.slice(0, dot)] = dict()))[from.slice(dot + 1)] = to;
  }
  return plan;
}

/**
 * The copies an event value makes: [key, value] pairs in the order of its fields. `value` is
 * decoded output, or a caller's data when encoding (`path` names it then): either way only its
 * own properties are read.
 */
export function copiesOf(plan: CopyPlan | undefined, value: unknown, path: Path): [string, unknown][] {
  const out: [string, unknown][] = [];
  const v = plan === undefined ? undefined : ownRecord(value, path);
  if (plan === undefined || v === undefined) return out;
  for (const k in v) {
    const inner = ownRecord(v[k], step(path, k));
    if (inner !== undefined) {
      const named = plan.branch[k];
      for (const kk in inner) {
        const to = named !== undefined && named[kk] !== undefined ? named[kk] : plan.any[kk];
        if (to !== undefined) out.push([to, inner[kk]]);
      }
    } else if (plan.own[k] !== undefined) out.push([plan.own[k], v[k]]);
  }
  return out;
}

/* ------------------------------------------------------------------ keyed lists (schedules) */

/** One field of the entries of a keyed list: its sub-command, its place in the table's order, its body. */
export interface ListSlot {
  readonly key: string;
  readonly sub: number;
  readonly seq: number;
  readonly field: Field;
  readonly body: Body;
}

/** A keyed list's command (`6e`), as the engine reads and writes it. */
export interface KeyedList extends Body {
  readonly row: KeyedListRow;
  /** The list as messages name what it must be: `a non-empty array of schedules ({ id: 0…15, … })`. */
  readonly expected: string;
  /** Checks one entry (`path` names it) and writes a command per field it sets, each start in `starts`. */
  writeEntry(given: unknown, path: Path, out: number[], how: Writing, starts?: number[]): void;
}

/**
 * The command of a keyed list (`6e`): an entry's key and a sub-command, which name the entry and
 * its field, then that field's value. A list of `{ id, …fields }` is written a command per field:
 * settings in the table's order of fields, whatever the caller's key order; reported entries
 * (`how.reading`) in the order decoding found them in.
 */
export function keyedList(row: KeyedListRow): KeyedList {
  const { key: listKey, command, entryKey, noun } = row;
  const min = row.ids.min;
  const max = row.ids.max;
  const slots: ListSlot[] = Object.keys(row.fields).map((key, seq) => {
    const f = row.fields[key];
    return { key, sub: f.sub, seq, field: f.field, body: compileField(f.field, 'number') };
  });
  const bySub = dict<ListSlot>();
  const byKey = dict<ListSlot>();
  for (const f of slots) {
    bySub[f.sub] = f;
    byKey[f.key] = f;
  }
  const ids = `${min}…${max}`;
  const label = commandLabel(listKey, [command])();
  const fieldNames = () => Object.keys(byKey).join(', ');

  function writeEntry(given: unknown, path: Path, out: number[], how: Writing, starts?: number[]): void {
    const entry = ownRecord(given, path);
    if (entry === undefined) throw valueError('INVALID_TYPE', path, given, `is not a ${noun} object`);
    const id = entry[entryKey];
    if (!isInteger(id) || id < min || id > max) {
      throw valueError(id === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', step(path, entryKey), id, `is not a ${noun} ${entryKey}; expected an integer ${ids} (${row.entryName}${min + 1}…${max + 1})`);
    }
    const fields: ListSlot[] = [];
    for (const key in entry) {
      if (key === entryKey) continue;
      if (!hasOwnKey(byKey, key)) throw pathError('UNKNOWN_INPUT', step(path, key), `unknown ${noun} field; allowed: ${entryKey}, ${fieldNames()}`);
      if (entry[key] !== undefined) fields.push(byKey[key]);
    }
    if (fields.length === 0) throw pathError('EMPTY', path, `${noun} ${id} has no fields to set; expected at least one of ${fieldNames()}`);
    const reading = how.reading;
    const turn = reading ? fields : slots;
    for (let k = 0; k < turn.length; k++) {
      const f = turn[k];
      if (!reading && fields.indexOf(f) < 0) continue;
      if (starts) starts.push(out.length);
      out.push(command, id, f.sub);
      (reading ? reading.body(`${listKey}.${f.key}`, f.field) : f.body).encode(entry[f.key], step(path, f.key), out);
    }
  }

  return {
    row,
    expected: `a non-empty array of ${row.items} ({ ${entryKey}: ${ids}, … })`,
    writeEntry,
    encode: (value, path, out) => writeEntry(value, path, out, STRICT_WRITING),
    decode(r: ByteReader, _what: Path, ctx: ReadContext): EntryValue {
      const start = r.pos - 1;
      const idAt = r.pos;
      const id = r.uint(1, listKey);
      if (id < min || id > max) throw byteError('INVALID_VALUE', idAt, `${label}: ${noun} ${entryKey} ${id} is not ${ids}`);
      const sub = r.uint(1, () => `${label} ${noun} ${id}`);
      const f = bySub[sub];
      if (f === undefined) throw byteError('UNKNOWN_COMMAND', start, `${label}: unknown ${noun} sub-command 0x${hexByte(sub)}; cannot read the rest of the frame`);
      const what = commandLabel(`${listKey}[${entryKey} ${id}].${f.key}`, [command, id, sub]);
      return { id, key: f.key, seq: f.seq, value: f.body.decode(r, what, ctx) };
    },
  };
}

/* ------------------------------------------------------------------ the list */

/** `dirs`: 1 sent down, 2 sent up, 3 both. */
function row(name: string, command: readonly number[], place: Placement, body: Body | undefined, field: Field | undefined, dirs: number, rank: number, copies?: CopyPlan): Command {
  return { name, command, place, rank, down: (dirs & 1) > 0, up: (dirs & 2) > 0, body, field, what: commandLabel(name, command), copies };
}

const DOWN = 1;
const UP = 2;
const BOTH = 3;

/**
 * Every command, in the tables' order: services, settings (with the schedules where they take
 * their turn), then what only the valve sends. `byName` finds settings by path, services by id,
 * readings by key.
 */
export const commands = /* @__PURE__ */ lazy(() => {
  const list: Command[] = [];
  const services: { readonly [id: string]: ServiceRow } = SERVICE_ROWS;
  for (const id of Object.keys(services)) {
    const inputs = services[id].inputs;
    list.push(row(id, services[id].command, { to: 'call' }, compileBody(inputs, 'string', { emptyIsUndefined: true }), { kind: 'struct', fields: inputs }, DOWN, -1));
  }
  let rank = 0;
  for (const s of SETTING_ROWS) {
    const [key, member] = s.path;
    const place: Placement = member === undefined ? { to: 'key', key } : { to: 'member', key, member };
    list.push(row(s.path.join('.'), s.command, place, compileField(s.body, 'number'), s.body, BOTH, rank++));
    if (key === SCHEDULE_ROWS.after) {
      const keyed = keyedList(SCHEDULE_ROWS);
      list.push(row(SCHEDULE_ROWS.key, [SCHEDULE_ROWS.command], { to: 'entry', key: SCHEDULE_ROWS.key, items: SCHEDULE_ROWS.items, list: keyed }, keyed, undefined, BOTH, rank++));
    }
  }
  for (const u of UPLINK_ROWS as readonly UplinkRow[]) {
    list.push(row(u.key, u.command, { to: 'key', key: u.key }, u.body === undefined ? undefined : compileField(u.body, 'number'), u.body, UP, -1, copyPlan(u.copies)));
  }
  const listRow = (r: ListRow, to: 'append' | 'record') => row(r.key, [r.command], { to, key: r.key, items: r.items }, compileField(r.body, 'number'), r.body, UP, -1);
  list.push(listRow(REPLY, 'append'), listRow(HISTORY_RECORD, 'record'));
  const byName = dict<Command>();
  for (const c of list) byName[c.name] = c;
  return { list, byName };
});
