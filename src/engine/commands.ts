/**
 * Every command of the protocol as one list of rows, built from the tables (src/schema/) on
 * first use: its ID bytes, its body, and its **placement**, which says where its value goes in
 * decoded output and where encoding finds it. The placement engine (placement.ts) runs them all;
 * nothing there knows one command from another.
 */
import { byteError, pathError, valueError } from '../base/errors';
import { ByteReader, hexByte, hexOf } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy } from '../base/es5';
import { commandIdFromBytes, queryableName } from '../schema/command-ids';
import type { Field } from '../schema/fields';
import { SERVICE_ROWS } from '../schema/services';
import type { ServiceRow } from '../schema/services';
import { SCHEDULE_ROWS as SCHEDULE, SETTING_ROWS } from '../schema/settings';
import type { ScheduleFieldSpec } from '../schema/settings';
import { HISTORY_RECORD as HISTORY, REPLY, UPLINK_ROWS } from '../schema/uplinks';
import type { UplinkRow } from '../schema/uplinks';
import { warn } from './read-context';
import type { ReadContext } from './read-context';
import { compileBody, compileField } from './struct';
import type { Body } from './struct';

/** How values are written: strictly (downlinks), or as a device writes them (encodeUplink). */
export interface Writing {
  /** The writers of readings, which take what a device may send (encodeUplink); undefined for downlinks. */
  readonly reading: Reading | undefined;
}

/** What only encodeUplink writes (reading-kinds.ts, reading-lists.ts): the network-server script leaves it out. */
export interface Reading {
  /** The body of command `name` as a device writes it. */
  body(name: string, field: Field): Body;
  /** The writers of the lists only uplinks carry, by command name. */
  readonly lists: { readonly [name: string]: ListWriter };
}

/**
 * The body of a command whose values come as a list (schedule fields, replies, records): how one
 * is read, and how one item of the list is checked and written, side by side.
 */
export interface ListBody {
  decode(r: ByteReader, what: () => string, ctx: ReadContext): unknown;
  /** How the list is written; for lists only uplinks carry (replies, records), the readings' writer (`Reading.lists`). */
  readonly writer?: ListWriter;
}

/** How a list of a command's values is written. */
export interface ListWriter {
  /** The list as messages name what it must be, and its items: `a non-empty array of replies`, `replies`. */
  readonly expected: string;
  readonly items: string;
  /**
   * Checks one item of the list (`path` names it) and writes its command(s), each start in
   * `starts`; returns what of the item the engine writes next as a scope of its own (a record's readings).
   */
  write(item: unknown, path: string, out: number[], how: Writing, starts?: number[]): Rec | undefined;
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
  | { readonly to: 'entry'; readonly key: string }
  /** An item appended to the list `scope[key]` (replies). */
  | { readonly to: 'append'; readonly key: string }
  /** An item appended to `root[key]` that holds the commands after it (history records). */
  | { readonly to: 'record'; readonly key: string };

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
  /**
   * How its body is read and written; undefined for a command with no body (reported as `1`).
   * Schedule fields, replies and records come in lists: a ListBody.
   */
  readonly body: Body | ListBody | undefined;
  /**
   * The declaration of its body (a service's inputs as a struct), for the readings' writers
   * (encodeUplink) and the script's fast table; undefined for a command with no body or one of its own.
   */
  readonly field: Field | undefined;
  /** Names the command in messages: `temp_control.enable (0x6500)`; built only for a message. */
  readonly what: () => string;
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

/** One field of one schedule, as the `6e` command carries it: `6e <id> <sub> <value>`. */
export interface ScheduleValue {
  readonly id: number;
  /** The field's name in the schedule entry, and its place in the table's order. */
  readonly key: string;
  readonly seq: number;
  readonly value: unknown;
}

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
export function copiesOf(plan: CopyPlan | undefined, value: unknown, path: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  const v = plan === undefined ? undefined : ownRecord(value, path);
  if (plan === undefined || v === undefined) return out;
  for (const k in v) {
    const inner = ownRecord(v[k], `${path}.${k}`);
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

/* ------------------------------------------------------------------ the schedules' fields */

export interface ScheduleSlot {
  readonly key: string;
  readonly sub: number;
  readonly seq: number;
  readonly field: Field;
  readonly body: Body;
}

/** The schedule's fields in the table's order, by key and by sub-command. */
export const scheduleSlots = /* @__PURE__ */ lazy(() => {
  const list: ScheduleSlot[] = Object.keys(SCHEDULE.fields).map((key, seq) => {
    const f = (SCHEDULE.fields as { readonly [name: string]: ScheduleFieldSpec })[key];
    return { key, sub: f.sub, seq, field: f.field, body: compileField(f.field, 'number') };
  });
  const bySub = dict<ScheduleSlot>();
  const byKey = dict<ScheduleSlot>();
  for (const f of list) {
    bySub[f.sub] = f;
    byKey[f.key] = f;
  }
  return { list, bySub, byKey };
});

/** The schedule ids, as messages spell them: `0…15`. */
export const SCHEDULE_IDS = `${SCHEDULE.ids.min}…${SCHEDULE.ids.max}`;

/**
 * The `6e` command: a schedule id and a sub-command, which name the entry and its field, then that
 * field's value. A list of `{ id, …fields }` is written a command per field: settings in the
 * table's order of fields, whatever the caller's key order; reported schedules (`how.reading`) in
 * the order decoding found them in.
 */
const scheduleBody: ListBody = {
  decode(r: ByteReader, _what: () => string, ctx: ReadContext): ScheduleValue {
    const start = r.pos - 1;
    const idAt = r.pos;
    const id = r.uint(1, () => SCHEDULE.key);
    if (id > SCHEDULE.ids.max) throw byteError('INVALID_VALUE', idAt, `${SCHEDULE.key} (0x6e): schedule id ${id} is not ${SCHEDULE_IDS}`);
    const sub = r.uint(1, () => `${SCHEDULE.key} (0x6e) schedule ${id}`);
    const f = scheduleSlots().bySub[sub];
    if (f === undefined) {
      throw byteError('UNKNOWN_COMMAND', start, `${SCHEDULE.key} (0x6e): unknown schedule sub-command 0x${hexByte(sub)}; cannot read the rest of the frame`);
    }
    const what = commandLabel(`${SCHEDULE.key}[id ${id}].${f.key}`, [SCHEDULE.command, id, sub]);
    return { id, key: f.key, seq: f.seq, value: f.body.decode(r, what, ctx) };
  },
  writer: {
    expected: `a non-empty array of schedules ({ id: ${SCHEDULE_IDS}, … })`,
    items: 'schedules',
    write: writeSchedule,
  },
};

function writeSchedule(given: unknown, path: string, out: number[], how: Writing, starts?: number[]): undefined {
  const slots = scheduleSlots();
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
    (reading ? reading.body(`${SCHEDULE.key}.${f.key}`, f.field) : f.body).encode(entry[f.key], `${path}.${f.key}`, out);
  }
  return undefined;
}

/* ------------------------------------------------------------------ replies and records */

/** Names of downlink commands, for replies about them: queryable names first, then service and setting names. */
export function replyName(id: string): string | undefined {
  const queryable = queryableName(id);
  if (queryable !== undefined) return queryable;
  const names = commandNames();
  return names[id];
}

const commandNames = /* @__PURE__ */ lazy(() => {
  const names = dict<string>();
  for (const c of commands().list) if (c.down && c.place.to !== 'entry') names[commandIdFromBytes(c.command)] = c.name;
  return names;
});

/** `ef`: `(result << 4) | length`, then the echoed command ID. */
const replyBody: ListBody = {
  decode(r: ByteReader, _what: () => string, ctx: ReadContext): CommandReply {
    const at = r.pos;
    const b = r.uint(1, () => `${REPLY.key} (0xef)`);
    const result = b >> 4;
    const length = b & 15;
    if (length === 0) throw byteError('INVALID_VALUE', at, `${REPLY.key} (0xef): length 0; a reply echoes 1…15 command-ID bytes`);
    if (result > REPLY.lastResult && ctx.warnings) {
      warn(ctx, at, `${REPLY.key} (0xef).result: ${result} is not a known result (0…${REPLY.lastResult})`);
    }
    const id = commandIdFromBytes(r.bytes(length, () => `${REPLY.key} (0xef)`));
    const reply: CommandReply = { result, length, id };
    const name = replyName(id);
    if (name !== undefined) reply.name = name;
    return reply;
  },
};

/** A history record: when, and the readings that belong to it. */
export interface HistoryRecord {
  /** Left out when 1 (historical time, what a retrieval returns); 0 is target time. */
  mode?: number;
  /** Unix seconds. */
  timestamp: number;
  [reading: string]: unknown;
}

/** `ed <mode u8> <timestamp u32>`; the readings after it belong to the record (its scope). */
const recordBody: ListBody = {
  decode(r: ByteReader, _what: () => string, ctx: ReadContext): HistoryRecord {
    const at = r.pos;
    const mode = r.uint(1, () => `${HISTORY.key} (0xed)`);
    if (mode > 1 && ctx.warnings) warn(ctx, at, `${HISTORY.key} (0xed).mode: ${mode} is not a known mode (0 target time, 1 historical time)`);
    const timestamp = r.uint(4, () => `${HISTORY.key} (0xed)`);
    return mode === HISTORY.defaultMode ? { timestamp } : { mode, timestamp };
  },
};

/* ------------------------------------------------------------------ the list */

/** `dirs`: 1 sent down, 2 sent up, 3 both. */
function row(name: string, command: readonly number[], place: Placement, body: Body | ListBody | undefined, field: Field | undefined, dirs: number, rank: number, copies?: CopyPlan): Command {
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
    if (key === SCHEDULE.after) list.push(row(SCHEDULE.key, [SCHEDULE.command], { to: 'entry', key: SCHEDULE.key }, scheduleBody, undefined, BOTH, rank++));
  }
  for (const u of UPLINK_ROWS) {
    list.push(row(u.key, u.command, { to: 'key', key: u.key }, u.body === undefined ? undefined : compileField(u.body, 'number'), u.body, UP, -1, copyPlan(u.copies)));
  }
  list.push(row(REPLY.key, [REPLY.command], { to: 'append', key: REPLY.key }, replyBody, undefined, UP, -1));
  list.push(row(HISTORY.key, [HISTORY.command], { to: 'record', key: HISTORY.key }, recordBody, undefined, UP, -1));
  const byName = dict<Command>();
  for (const c of list) byName[c.name] = c;
  return { list, byName };
});
