/**
 * Uplinks (device → server): telemetry, events, replies, history records, device
 * information and reported settings (docs/PROTOCOL.md §5–§6), in the maker's output shape.
 *
 * Strict about structure (unknown ID, truncation, trailing bytes are errors with the
 * offset); lenient about readings (a value outside its range is kept and reported in
 * `warnings`).
 */
import { byteError } from '../base/errors';
import { commandIdFromBytes, queryableName } from '../schema/command-ids';
import { SERVICE_ROWS } from '../schema/services';
import type { ServiceRow } from '../schema/services';
import { SETTING_ROWS as SETTINGS } from '../schema/settings';
import { HISTORY_RECORD as HISTORY, REPLY, REPLY_COMMAND, REPLY_KEY, UPLINK_ROWS as UPLINKS } from '../schema/uplinks';
import type { UplinkRow } from '../schema/uplinks';
import { frameReader, toByteArray } from '../base/bytes';
import { CommandTrie, commandLabel } from './command-trie';
import type { Handler } from './command-trie';
import { ownRecord } from '../base/caller-input';
import { dict, hasOwnKey, lazy } from '../base/es5';
import { compileField } from '../engine/struct';
import type { Body } from '../engine/struct';
import { lenientReading, warn, warningsOf } from '../engine/read-context';
import { addSettingHandlers, mergeSetting } from './settings-codec';
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

export interface Entry {
  readonly spec: UplinkRow;
  readonly body?: Body;
}

export const ENTRIES = dict<Entry>();
for (const spec of UPLINKS) {
  ENTRIES[spec.key] = {
    spec,
    body: spec.body === undefined ? undefined : compileField(spec.body, 'number'),
  };
}

/** Names of downlink commands, for replies about them: queryable names first, then service and setting ids. */
const commandNames = /* @__PURE__ */ lazy(() => {
  const names = dict<string>();
  const serviceTable: { readonly [id: string]: ServiceRow } = SERVICE_ROWS;
  for (const id of Object.keys(serviceTable)) names[commandIdFromBytes(serviceTable[id].command)] = id;
  for (const s of SETTINGS) names[commandIdFromBytes(s.command)] = s.path.join('.');
  return names;
});

export function replyName(id: string): string | undefined {
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
  addSettingHandlers(trie);
  trie.add([REPLY_COMMAND], (r, _start, ctx) => {
    const at = r.pos;
    const b = r.uint(1, () => `${REPLY_KEY} (0xef)`);
    const result = b >> 4;
    const length = b & 15;
    if (length === 0) throw byteError('INVALID_VALUE', at, `${REPLY_KEY} (0xef): length 0; a reply echoes 1…15 command-ID bytes`);
    if (result > REPLY.lastResult && ctx.warnings) {
      warn(ctx, at, `${REPLY_KEY} (0xef).result: ${result} is not a known result (0…${REPLY.lastResult})`);
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
export function copiesOf(spec: UplinkRow, value: unknown, path: string): [string, unknown][] {
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
  const ctx = lenientReading();
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
