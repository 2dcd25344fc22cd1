/** Settings (`{properties: …}`) ⇄ commands, driven by the settings table. */
import { byteError, pathError, valueError } from '../base/errors';
import type { ScheduleFieldSpec, SettingRow } from '../schema/settings';
import type { Field } from '../schema/fields';
import { SCHEDULE_ROWS as SCHEDULE, SETTING_ROWS as SETTINGS } from '../schema/settings';
import { hexByte } from '../base/bytes';
import { commandLabel } from './command-trie';
import type { HandlerSink } from './command-trie';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy } from '../base/es5';
import { compileField } from '../engine/struct';
import type { Body } from '../engine/struct';
import { warn } from '../engine/read-context';
import type { ReadContext } from '../engine/read-context';

/** One decoded setting command, before it is merged into a properties object. */
export type SettingFragment =
  | { kind: 'setting'; rank: number; path: readonly string[]; value: unknown }
  | { kind: 'schedule'; rank: number; id: number; order: number; key: string; value: unknown };

export interface Slot {
  readonly spec: SettingRow;
  readonly rank: number;
  readonly body: Body;
  readonly name: string;
}

const SLOTS: Slot[] = [];
let SCHEDULE_RANK = -1;
for (const spec of SETTINGS) {
  SLOTS.push({
    spec,
    rank: SLOTS.length + (SCHEDULE_RANK >= 0 ? 1 : 0),
    body: compileField(spec.body, 'number'),
    name: spec.path.join('.'),
  });
  if (spec.path[0] === SCHEDULE.after) SCHEDULE_RANK = SLOTS.length;
}

export interface ScheduleSlot {
  readonly key: string;
  readonly sub: number;
  readonly order: number;
  readonly field: Field;
  readonly body: Body;
}
const SCHEDULE_FIELDS: ScheduleSlot[] = Object.keys(SCHEDULE.fields).map((key, order) => {
  const f = (SCHEDULE.fields as { readonly [name: string]: ScheduleFieldSpec })[key];
  return { key, sub: f.sub, order, field: f.field, body: compileField(f.field, 'number') };
});
const SCHEDULE_BY_SUB = dict<ScheduleSlot>();
const SCHEDULE_BY_KEY = dict<ScheduleSlot>();
for (const f of SCHEDULE_FIELDS) {
  SCHEDULE_BY_SUB[f.sub] = f;
  SCHEDULE_BY_KEY[f.key] = f;
}

/** Top-level keys of bare settings, and of groups (sub-key → slot); with the schedules' key, in table order. */
const BARE = dict<Slot>();
const GROUPS = dict<{ [sub: string]: Slot }>();
const TOP_KEYS: string[] = [];
for (const s of SLOTS) {
  const [top, sub] = s.spec.path;
  if (sub === undefined) BARE[top] = s;
  else (GROUPS[top] || (GROUPS[top] = dict<Slot>()))[sub] = s;
  if (TOP_KEYS.indexOf(top) < 0) TOP_KEYS.push(top);
}
TOP_KEYS.push(SCHEDULE.key);

/** The schedule ids, as messages spell them: `0…15`. */
const SCHEDULE_IDS = `${SCHEDULE.ids.min}…${SCHEDULE.ids.max}`;

export function isSettingKey(key: string): boolean {
  return hasOwnKey(BARE, key) || hasOwnKey(GROUPS, key) || key === SCHEDULE.key;
}

/** `base.key`, or `key` alone when the settings are at top level (the maker's codec objects). */
function under(base: string, key: string): string {
  return base ? base + '.' + key : key;
}

/**
 * Validates a properties object and appends one command per setting it touches, in
 * table order. With `starts`, the offset where each command begins is recorded there.
 * `base` names the object in errors; empty, the settings' own names are the paths.
 */
export function encodeProperties(given: unknown, base: string, out: number[], starts?: number[]): void {
  const props = ownRecord(given, base);
  if (props === undefined) throw valueError('INVALID_TYPE', base || 'data', given, 'is not an object of settings');
  let count = 0;
  // Only the settings given are visited (not the whole table), then put in table order.
  const chosen: { slot: Slot; value: unknown }[] = [];
  for (const key in props) {
    const value = props[key];
    if (hasOwnKey(BARE, key)) {
      if (value !== undefined) chosen.push({ slot: BARE[key], value });
    } else if (hasOwnKey(GROUPS, key)) {
      const group = GROUPS[key];
      if (value !== undefined) {
        const allowed = () => Object.keys(group).join(', ');
        const members = ownRecord(value, under(base, key));
        if (members === undefined) throw valueError('INVALID_TYPE', under(base, key), value, `is not an object; expected { ${allowed()} }`);
        let n = 0;
        for (const sub in members) {
          if (!hasOwnKey(group, sub)) throw pathError('UNKNOWN_INPUT', `${under(base, key)}.${sub}`, `unknown setting; allowed: ${allowed()}`);
          if (members[sub] !== undefined) {
            n++;
            chosen.push({ slot: group[sub], value: members[sub] });
          }
        }
        if (n === 0) throw pathError('EMPTY', under(base, key), `no settings given; expected at least one of ${allowed()}`);
      }
    } else if (key !== SCHEDULE.key) {
      throw pathError('UNKNOWN_INPUT', under(base, key), `unknown setting; allowed: ${TOP_KEYS.join(', ')}`);
    }
    if (value !== undefined) count++;
  }
  // The maker's codec objects have their settings at top level (base ''): the object is the data.
  if (count === 0) throw pathError('EMPTY', base || 'data', 'no settings given; there is nothing to send');

  chosen.sort((a, b) => a.slot.rank - b.slot.rank);
  const schedules = props[SCHEDULE.key];
  let scheduleDone = schedules === undefined;
  for (const { slot, value } of chosen) {
    if (!scheduleDone && slot.rank > SCHEDULE_RANK) {
      scheduleDone = true;
      writeSchedules(schedules, under(base, SCHEDULE.key), out, undefined, starts);
    }
    if (starts) starts.push(out.length);
    for (const b of slot.spec.command) out.push(b);
    slot.body.encode(value, under(base, slot.name), out);
  }
  if (!scheduleDone) writeSchedules(schedules, under(base, SCHEDULE.key), out, undefined, starts);
}

/**
 * Writes a `schedule_settings` list, for settings and for reported uplink data alike: a non-empty
 * array of `{ id, …fields }`, each with known fields and at least one of them, one
 * `6e <id> <sub>` command per field. Settings write each schedule's fields in sub-command order
 * (the table's), whatever the caller's key order; reported schedules (`reading`: their bodies)
 * keep the order decoding found them in. Each schedule is checked and written before the next is
 * read, so that a long list stops at the frame limit instead of being read whole first.
 */
export function writeSchedules(list: unknown, base: string, out: number[], reading: ((f: ScheduleSlot) => Body) | undefined, starts?: number[]): void {
  const n = arrayLength(list, base);
  if (n <= 0) {
    throw valueError('INVALID_TYPE', base, list, `is not a non-empty array of schedules ({ id: ${SCHEDULE_IDS}, … })`);
  }
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
      if (!hasOwnKey(SCHEDULE_BY_KEY, key)) {
        throw pathError('UNKNOWN_INPUT', `${path}.${key}`, `unknown schedule field; allowed: id, ${Object.keys(SCHEDULE_BY_KEY).join(', ')}`);
      }
      if (entry[key] !== undefined) fields.push(SCHEDULE_BY_KEY[key]);
    }
    if (fields.length === 0) {
      throw pathError('EMPTY', path, `schedule ${id} has no fields to set; expected at least one of ${Object.keys(SCHEDULE_BY_KEY).join(', ')}`);
    }
    const order = reading ? fields : SCHEDULE_FIELDS;
    for (let k = 0; k < order.length; k++) {
      const f = order[k];
      if (!reading && fields.indexOf(f) < 0) continue;
      if (starts) starts.push(out.length);
      out.push(SCHEDULE.command, id, f.sub);
      (reading ? reading(f) : f.body).encode(entry[f.key], `${path}.${f.key}`, out);
    }
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(base, `the first ${i + 1} schedules take ${out.length} bytes`);
  }
}

/** Registers a handler for every setting command (out-of-range values warn or refuse, as the reading context says). */
export function addSettingHandlers(trie: HandlerSink<SettingFragment>): void {
  for (const slot of SLOTS) {
    const body = slot.body;
    const what = commandLabel(slot.name, slot.spec.command);
    trie.add(slot.spec.command, (r, _start, ctx) => ({
      kind: 'setting',
      rank: slot.rank,
      path: slot.spec.path,
      value: body.decode(r, what, ctx),
    }));
  }
  trie.add([SCHEDULE.command], (r, start, ctx) => {
    const idAt = r.pos;
    const id = r.uint(1, () => SCHEDULE.key);
    if (id > SCHEDULE.ids.max) throw byteError('INVALID_VALUE', idAt, `${SCHEDULE.key} (0x6e): schedule id ${id} is not ${SCHEDULE_IDS}`);
    const sub = r.uint(1, () => `${SCHEDULE.key} (0x6e) schedule ${id}`);
    const f = SCHEDULE_BY_SUB[sub];
    if (f === undefined) {
      throw byteError('UNKNOWN_COMMAND', start, `${SCHEDULE.key} (0x6e): unknown schedule sub-command 0x${hexByte(sub)}; cannot read the rest of the frame`);
    }
    const what = commandLabel(`${SCHEDULE.key}[id ${id}].${f.key}`, [SCHEDULE.command, id, sub]);
    const value = f.body.decode(r, what, ctx);
    return { kind: 'schedule', rank: SCHEDULE_RANK, id, order: f.order, key: f.key, value };
  });
}

/**
 * Merges a fragment into a properties object. `strict` (downlink decode) merges only
 * what one `encode` of that object would emit in this order, so that re-encoding gives
 * the same bytes; it returns false when a new object must be started. Otherwise
 * (uplinks) everything merges, a repeated setting replacing the earlier one with a warning.
 */
export function mergeSetting(
  target: { [k: string]: unknown },
  frag: SettingFragment,
  state: { rank: number; order: number },
  strict: boolean,
  ctx?: ReadContext,
  at = 0,
): boolean {
  if (frag.kind === 'setting') {
    if (strict && frag.rank <= state.rank) return false;
    const [top, sub] = frag.path;
    if (sub === undefined) {
      if (hasOwnKey(target, top) && ctx) warn(ctx, at, `${top} is reported twice; the last value is kept`);
      target[top] = frag.value;
    } else {
      const group = (hasOwnKey(target, top) ? target[top] : (target[top] = {})) as { [k: string]: unknown };
      if (hasOwnKey(group, sub) && ctx) warn(ctx, at, `${top}.${sub} is reported twice; the last value is kept`);
      group[sub] = frag.value;
    }
    state.rank = frag.rank;
    state.order = -1;
    return true;
  }
  if (strict && frag.rank < state.rank) return false;
  const list = (hasOwnKey(target, SCHEDULE.key) ? target[SCHEDULE.key] : (target[SCHEDULE.key] = [])) as { [k: string]: unknown }[];
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  // Downlinks: only what one `encode` would emit in this order. Uplinks: a field joins the list's
  // last entry when that entry is of the same schedule and lacks the field, whatever command came in
  // between, so that encodeUplink (which writes each entry's fields together) gives the same list back.
  const sameEntry =
    last !== undefined && last.id === frag.id && (strict ? state.rank === frag.rank && frag.order > state.order : !hasOwnKey(last, frag.key));
  if (sameEntry) last[frag.key] = frag.value;
  else list.push({ id: frag.id, [frag.key]: frag.value });
  state.rank = frag.rank;
  state.order = frag.order;
  return true;
}

const slotByPath = /* @__PURE__ */ lazy(() => {
  const slots = dict<Slot>();
  for (const s of SLOTS) slots[s.name] = s;
  return slots;
});

/** The setting at `top` (a bare setting) or `top.sub` (a member of a group), if there is one. */
export function settingSlot(top: string, sub: string | undefined): Slot | undefined {
  const name = sub === undefined ? top : `${top}.${sub}`;
  const slots = slotByPath();
  return hasOwnKey(slots, name) ? slots[name] : undefined;
}
