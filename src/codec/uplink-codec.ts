/**
 * Uplinks (device → server): telemetry, events, replies, history records, device
 * information and reported settings (docs/PROTOCOL.md §5–§6), in the maker's output shape.
 *
 * Strict about structure (unknown ID, truncation, trailing bytes are errors with the
 * offset); lenient about readings (a value outside its range is kept and reported in
 * `warnings`).
 */
import { describeValue, refuse } from '../base/errors';
import { commandIdFromBytes, queryableName } from '../schema/command-ids';
import { SERVICES } from '../schema/services';
import type { ServiceSpec } from '../schema/services';
import { SCHEDULE, SETTINGS } from '../schema/settings';
import { HISTORY, REPLY_COMMAND, REPLY_KEY, REPLY_RESULTS, UPLINKS } from '../schema/uplinks';
import type { UplinkSpec } from '../schema/uplinks';
import { ByteReader, frameReader, hexDigitBytes, toByteArray, toUint8Array } from '../base/bytes';
import { CommandTrie, commandLabel } from './command-trie';
import type { Handler } from './command-trie';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy } from '../base/es5';
import { compileField, warn, warningsOf } from './field-codecs';
import type { Body, ReadContext } from './field-codecs';
import { addSettingHandlers, isSettingKey, mergeSetting, settingSlot, writeSchedules } from './settings-codec';
import type { SettingFragment } from './settings-codec';

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

/** A history record: when, and the readings that belong to it. */
export interface HistoryRecord {
  /** Left out when 1 (historical time, what a retrieval returns); 0 is target time. */
  mode?: number;
  /** Unix seconds. */
  timestamp: number;
  [reading: string]: unknown;
}

/** A decoded uplink: the maker's keys (see the README's uplink table), plus `warnings` when a reading was out of range. */
export interface UplinkData {
  [key: string]: unknown;
  ans?: CommandReply[];
  history?: HistoryRecord[];
  warnings?: string[];
}

interface Entry {
  readonly spec: UplinkSpec;
  readonly body?: Body;
}

const ENTRIES = dict<Entry>();
for (const spec of UPLINKS) {
  ENTRIES[spec.key] = {
    spec,
    body: spec.body === undefined ? undefined : compileField(spec.body, 'number', true),
  };
}

/** Names of downlink commands, for replies about them: queryable names first, then service and setting ids. */
const commandNames = /* @__PURE__ */ lazy(() => {
  const names = dict<string>();
  const serviceTable: { readonly [id: string]: ServiceSpec } = SERVICES;
  for (const id of Object.keys(serviceTable)) names[commandIdFromBytes(serviceTable[id].command)] = id;
  for (const s of SETTINGS) names[commandIdFromBytes(s.command)] = s.path.join('.');
  return names;
});

function replyName(id: string): string | undefined {
  const queryable = queryableName(id);
  if (queryable !== undefined) return queryable;
  const names = commandNames();
  return hasOwnKey(names, id) ? names[id] : undefined;
}

type UplinkFragment =
  | SettingFragment
  | { kind: 'value'; entry: Entry; value: unknown }
  | { kind: 'reply'; reply: CommandReply }
  | { kind: 'history'; mode: number; timestamp: number };

const uplinkTrie = /* @__PURE__ */ lazy(() => {
  const trie = new CommandTrie<Handler<UplinkFragment>>('uplink');
  for (const spec of UPLINKS) {
    const entry = ENTRIES[spec.key];
    const what = commandLabel(spec.key, spec.command);
    trie.add(spec.command, (r, _start, ctx) => ({
      kind: 'value',
      entry,
      value: entry.body === undefined ? 1 : entry.body.decode(r, what, ctx),
    }));
  }
  addSettingHandlers(trie, true);
  trie.add([REPLY_COMMAND], (r, _start, ctx) => {
    const at = r.pos;
    const b = r.uint(1, () => `${REPLY_KEY} (0xef)`);
    const result = b >> 4;
    const length = b & 15;
    if (length === 0) throw r.error('INVALID_VALUE', at, `${REPLY_KEY} (0xef): length 0; a reply echoes 1…15 command-ID bytes`);
    if (result >= REPLY_RESULTS.length && ctx.warnings) {
      warn(ctx, at, `${REPLY_KEY} (0xef).result: ${result} is not a known result (0…${REPLY_RESULTS.length - 1})`);
    }
    const id = commandIdFromBytes(r.bytes(length, () => `${REPLY_KEY} (0xef)`));
    const reply: CommandReply = { result, length, id };
    const name = replyName(id);
    if (name !== undefined) reply.name = name;
    return { kind: 'reply', reply };
  });
  trie.add([HISTORY.command], (r, _start, ctx) => {
    const at = r.pos;
    const mode = r.uint(1, () => `${HISTORY.key} (0xed)`);
    if (mode > 1 && ctx.warnings) warn(ctx, at, `${HISTORY.key} (0xed).mode: ${mode} is not a known mode (0 target time, 1 historical time)`);
    const timestamp = r.uint(4, () => `${HISTORY.key} (0xed)`);
    return { kind: 'history', mode, timestamp };
  });
  return trie;
});


/**
 * The copies an event makes to top-level keys, in the order of its fields
 * (docs/PROTOCOL.md §6, "Top-level copies"). The table's `'*.field'` / `'branch.field'`
 * patterns are resolved once, per entry, into branch → field → key.
 */
interface CopyPlan {
  /** Field of the event itself → key. */
  readonly own: { [field: string]: string };
  /** Branch → field → key, for the branches named explicitly. */
  readonly branch: { [branch: string]: { [field: string]: string } };
  /** Field of any branch → key. */
  readonly any: { [field: string]: string };
}

const copyPlans = /* @__PURE__ */ lazy(() => {
  const plans = dict<CopyPlan>();
  for (const spec of UPLINKS) {
    if (spec.copies === undefined) continue;
    const plan: CopyPlan = { own: dict(), branch: dict(), any: dict() };
    for (const from of Object.keys(spec.copies)) {
      const to = spec.copies[from];
      const dot = from.indexOf('.');
      if (dot < 0) plan.own[from] = to;
      else if (from.slice(0, dot) === '*') plan.any[from.slice(dot + 1)] = to;
      else (plan.branch[from.slice(0, dot)] || (plan.branch[from.slice(0, dot)] = dict()))[from.slice(dot + 1)] = to;
    }
    plans[spec.key] = plan;
  }
  return plans;
});

/**
 * The copies an event value makes: [key, value] pairs in the order of its fields. `value` is
 * decoded output, or a caller's data when encoding (`path` names it then): either way only its
 * own properties are read.
 */
function copiesOf(spec: UplinkSpec, value: unknown, path: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  const plan = copyPlans()[spec.key];
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

/** Decodes everything the valve sends up into the maker's output shape. */
export function decodeUplink(frame: Uint8Array | ArrayLike<number> | string): UplinkData {
  return decodeUplinkFrame(toByteArray(frame));
}

/** `decodeUplink` of a frame already checked to be bytes. */
export function decodeUplinkFrame(bytes: number[]): UplinkData {
  const r = frameReader(bytes);
  const ctx: ReadContext = { warnings: [], left: 0, leftAt: 0 };
  const data: UplinkData = {};
  let history: HistoryRecord[] | undefined;
  let scope: { [k: string]: unknown } = data;
  // Keys set by a command of their own (not by a copy) in this scope, to warn about repeats.
  let reported = dict<true>();
  let state = { rank: -1, order: -1 };
  const trie = uplinkTrie();
  while (r.rest() > 0) {
    const start = r.pos;
    const frag = trie.read(r)(r, start, ctx);
    switch (frag.kind) {
      case 'history': {
        const record: HistoryRecord = frag.mode === HISTORY.defaultMode ? { timestamp: frag.timestamp } : { mode: frag.mode, timestamp: frag.timestamp };
        (history || (history = data.history = [])).push(record);
        scope = record;
        reported = dict<true>();
        state = { rank: -1, order: -1 };
        break;
      }
      case 'reply':
        if (!hasOwnKey(scope, REPLY_KEY)) scope[REPLY_KEY] = [];
        (scope[REPLY_KEY] as CommandReply[]).push(frag.reply);
        break;
      case 'value': {
        const key = frag.entry.spec.key;
        if (reported[key] === true) warn(ctx, start, `${key} is reported twice; the last value is kept`);
        reported[key] = true;
        scope[key] = frag.value;
        const copies = copiesOf(frag.entry.spec, frag.value, key);
        for (let i = 0; i < copies.length; i++) scope[copies[i][0]] = copies[i][1];
        break;
      }
      default:
        mergeSetting(scope, frag, state, false, ctx, start);
    }
  }
  const warnings = warningsOf(ctx);
  if (warnings.length > 0) data.warnings = warnings;
  return data;
}

/* ------------------------------------------------------------------ encoding (device simulation) */

/**
 * Builds the frame a device would send for `data` (the inverse of `decodeUplink`):
 * commands in the order of the object's keys, history records last. Top-level
 * copies of event readings are recognised and not sent twice; `warnings` is ignored.
 */
export function encodeUplinkToArray(given: UplinkData): number[] {
  const data = ownRecord(given, 'data');
  if (data === undefined) refuse('INVALID_TYPE', 'data', `${describeValue(given)} is not an uplink object`);
  const out: number[] = [];
  encodeScope(data, 'data', out, true);
  const history = data[HISTORY.key];
  if (history !== undefined) {
    const n = arrayLength(history, 'data.history');
    if (n <= 0) refuse('INVALID_TYPE', 'data.history', `${describeValue(history)} is not a non-empty array of records`);
    for (let i = 0; i < n; i++) {
      const path = `data.history[${i}]`;
      const item = ownItem(history, i, 'data.history');
      const rec = ownRecord(item, path);
      if (rec === undefined) refuse('INVALID_TYPE', path, `${describeValue(item)} is not a history record`);
      const mode = rec.mode === undefined ? HISTORY.defaultMode : rec.mode;
      if (!isInteger(mode) || mode < 0 || mode > 255) refuse('OUT_OF_RANGE', `${path}.mode`, `${describeValue(rec.mode)} is not a mode byte (0 target time, 1 historical time)`);
      const ts = rec.timestamp;
      if (!isInteger(ts) || ts < 0 || ts > 0xffffffff) refuse(ts === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', `${path}.timestamp`, `${describeValue(ts)} is not uint32 Unix seconds`);
      out.push(HISTORY.command, mode, ts & 0xff, (ts >>> 8) & 0xff, (ts >>> 16) & 0xff, (ts >>> 24) & 0xff);
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
  if (keys.length === 0 && top && obj[HISTORY.key] === undefined) refuse('EMPTY', base, 'nothing to encode');
}

/** The value decoding gives for the command of uplink key `key`, written as `chunk`. */
function readBack(key: string, chunk: number[]): unknown {
  const entry = ENTRIES[key];
  if (entry.body === undefined) return 1;
  const r = new ByteReader(chunk);
  r.pos = entry.spec.command.length;
  return entry.body.decode(r, () => key, { warnings: [], left: 0, leftAt: 0 });
}

/** The command(s) of one key of uplink data. */
function encodeKey(key: string, value: unknown, path: string, out: number[]): void {
  if (key === REPLY_KEY) encodeReplies(value, path, out);
  else if (hasOwnKey(ENTRIES, key)) {
    const entry = ENTRIES[key];
    for (let i = 0; i < entry.spec.command.length; i++) out.push(entry.spec.command[i]);
    if (entry.body !== undefined) entry.body.encode(value, path, out);
    else if (value !== 1) refuse('INVALID_VALUE', path, `${describeValue(value)} must be 1 (the command has no body)`);
  } else if (isSettingKey(key)) encodeSettingKey(key, value, path, out);
  else refuse('UNKNOWN_INPUT', path, 'unknown uplink key');
}

function encodeSettingKey(key: string, value: unknown, path: string, out: number[]): void {
  const bare = settingSlot(key, undefined);
  if (bare !== undefined) {
    for (const b of bare.spec.command) out.push(b);
    bare.reading.encode(value, path, out);
    return;
  }
  if (key === SCHEDULE.key) {
    writeSchedules(value, path, out, true);
    return;
  }
  const group = ownRecord(value, path);
  if (group === undefined) refuse('INVALID_TYPE', path, `${describeValue(value)} is not an object of settings`);
  let n = 0;
  for (const sub in group) {
    const slot = settingSlot(key, sub);
    if (slot === undefined) refuse('UNKNOWN_INPUT', `${path}.${sub}`, 'unknown setting');
    for (const b of slot.spec.command) out.push(b);
    slot.reading.encode(group[sub], `${path}.${sub}`, out);
    n++;
  }
  if (n === 0) refuse('EMPTY', path, 'no settings given');
}

const HEX_ID = /^0[xX]((?:[0-9a-fA-F]{2}){1,15})$/;

function encodeReplies(value: unknown, path: string, out: number[]): void {
  const n = arrayLength(value, path);
  if (n <= 0) refuse('INVALID_TYPE', path, `${describeValue(value)} is not a non-empty array of replies`);
  for (let i = 0; i < n; i++) {
    const p = `${path}[${i}]`;
    const item = ownItem(value, i, path);
    const rep = ownRecord(item, p);
    if (rep === undefined) refuse('INVALID_TYPE', p, `${describeValue(item)} is not a reply { result, length, id }`);
    for (const k in rep) {
      if (k !== 'result' && k !== 'length' && k !== 'id' && k !== 'name') {
        refuse('UNKNOWN_INPUT', `${p}.${k}`, 'unknown key; allowed: result, length, id, name');
      }
    }
    const m = typeof rep.id === 'string' ? HEX_ID.exec(rep.id) : null;
    if (m === null) refuse('INVALID_COMMAND_ID', `${p}.id`, `${describeValue(rep.id)} is not a command ID such as "0X6E01" (1…15 bytes)`);
    const id = '0X' + m[1].toUpperCase();
    const len = m[1].length / 2;
    if (!isInteger(rep.result) || rep.result < 0 || rep.result > 15) refuse('OUT_OF_RANGE', `${p}.result`, `${describeValue(rep.result)} is not a result 0…15`);
    if (rep.length !== undefined && rep.length !== len) refuse('LENGTH_MISMATCH', `${p}.length`, `${describeValue(rep.length)} does not match id, which has ${len} bytes`);
    if (rep.name !== undefined && rep.name !== replyName(id)) {
      refuse('INVALID_VALUE', `${p}.name`, `${describeValue(rep.name)} is not the name of ${id} (${describeValue(replyName(id))})`);
    }
    out.push(REPLY_COMMAND, (rep.result << 4) | len);
    const bytes = hexDigitBytes(m[1]);
    for (let k = 0; k < len; k++) out.push(bytes[k]);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(path, `the first ${i + 1} replies take ${out.length} bytes`);
  }
}

/** As `encodeUplinkToArray`, as a Uint8Array. */
export function encodeUplink(data: UplinkData): Uint8Array {
  return toUint8Array(encodeUplinkToArray(data));
}
