/**
 * Lists as commands write them: a schedule's entry (`{ id, …fields }`, a command per field, the only list a
 * downlink carries) and, for encode-uplink.ts, replies and history records. Apart from encode-settings.ts, so
 * that the network-server script compiles this only for a message that writes a schedule.
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, sortedKeys } from '../base/es5';
import { keyedListPlan } from './commands';
import type { Command, Placement, Writing } from './commands';
import { keyedList } from './keyed-list';
import type { KeyedList, ListSlot } from './keyed-list';
import { celsiusValue, twinsIn } from './twins';
import type { DecimalField } from '../schema/fields';

const keyedLists = /* @__PURE__ */ dict<KeyedList>();

/** The keyed list a command placed in `entry` writes its entries by, built once from its plan. */
function keyedListOf(c: Command): KeyedList {
  return keyedLists[c.name] || (keyedLists[c.name] = keyedList(c.command[0], keyedListPlan(c)));
}

type ListPlacement = Extract<Placement, { items: string }>;

/** Writes a scope's commands (writeScope, which only uplinks need: a parameter, so that the script can leave it out). */
type ScopeWriter = (obj: Rec, base: Path, out: number[], how: Writing, top: boolean) => void;

/** Checks one item of a list of command `c`'s values and writes it; returns what of it is a scope of its own. */
export type ItemWriter = (c: Command, item: unknown, path: Path, out: number[], how: Writing, starts?: number[]) => Rec | undefined;

/**
 * A keyed list's entry (the only list a downlink carries): `{ id, …fields }`, written a command per
 * field: `6e <id> <sub> <value>`. Settings take the table's order of fields, whatever the caller's
 * key order; reported entries (`how.device`) the order decoding found them in.
 */
export const writeEntry: ItemWriter = (c, given, path, out, how, starts) => {
  const list = keyedListOf(c);
  const command = list.command;
  const { entryKey, noun, entryName, min, max } = list.plan;
  const entry = ownRecord(given, path);
  if (entry === undefined) throw valueError('INVALID_TYPE', path, given, `is not a ${noun} object`);
  const device = how.device;
  // A key that is no field's may be the maker's twin of a temperature (twins.ts; a downlink's only).
  let twins: { [key: string]: string } | undefined;
  for (const key in entry) {
    if (!device && key !== entryKey && !hasOwnKey(list.byKey, key)) {
      twins = twinsIn(entry, path, (k) => (hasOwnKey(list.byKey, k) ? list.byKey[k].plan.d : undefined));
      break;
    }
  }
  const id = entry[entryKey];
  if (!isInteger(id) || id < min || id > max) {
    const expected = `expected an integer ${list.ids} (${entryName}${min + 1}…${max + 1})`;
    // Missing reads as missing, as any other input's does ("undefined is not a schedule id" did not).
    if (id === undefined) throw pathError('MISSING_INPUT', step(path, entryKey), `missing; ${expected}`);
    throw valueError('OUT_OF_RANGE', step(path, entryKey), id, `is not a ${noun} ${entryKey}; ${expected}`);
  }
  const fieldNames = () => Object.keys(list.byKey).join(', ');
  const fields: ListSlot[] = [];
  let unknown: string[] | undefined;
  // The twin each field given by one was given under.
  const twinOf = twins === undefined ? undefined : dict<string>();
  for (const key in entry) {
    if (key === entryKey) continue;
    const name = twins !== undefined && hasOwnKey(twins, key) ? twins[key] : key;
    if (!hasOwnKey(list.byKey, name)) (unknown || (unknown = [])).push(key);
    else if (entry[key] !== undefined) {
      fields.push(list.byKey[name]);
      if (twinOf !== undefined && name !== key) twinOf[name] = key;
    }
  }
  if (unknown !== undefined) throw pathError('UNKNOWN_INPUT', step(path, sortedKeys(unknown)[0]), `unknown ${noun} field; allowed: ${entryKey}, ${fieldNames()}`);
  if (fields.length === 0) throw pathError('EMPTY', path, `${noun} ${id} has no fields to set; expected at least one of ${fieldNames()}`);
  const turn = device ? fields : list.slots;
  for (let k = 0; k < turn.length; k++) {
    const f = turn[k];
    if (!device && fields.indexOf(f) < 0) continue;
    if (starts) starts.push(out.length);
    out.push(command, id, f.sub);
    const twin = twinOf === undefined ? undefined : twinOf[f.key];
    const at = step(path, twin || f.key);
    const value = twin === undefined ? entry[f.key] : celsiusValue(twin, entry[twin], f.plan.d as DecimalField, at);
    (device ? device.body(`${list.plan.key}.${f.key}`, f.field) : f.body).encode(value, at, out);
  }
  return undefined;
};

/**
 * Writes a list of the values of command `c` (schedules, replies, records): a non-empty array,
 * each item checked and written (`write`) before the next is read, so that a long list stops at
 * the frame limit instead of being read whole first. What an item leaves to write (a record's
 * readings) is written after it by `scope`.
 */
export function writeList(c: Command, list: unknown, base: Path, out: number[], how: Writing, write: ItemWriter, starts?: number[], scope?: ScopeWriter): void {
  const p = c.place as ListPlacement;
  const n = arrayLength(list, base);
  if (n <= 0) throw valueError('INVALID_TYPE', base, list, `is not ${p.to === 'entry' ? keyedListOf(c).expected : `a non-empty array of ${p.items}`}`);
  for (let i = 0; i < n; i++) {
    const path = step(base, i);
    const rest = write(c, ownItem(list, i, base), path, out, how, starts);
    if (rest !== undefined && scope) scope(rest, path, out, how, false);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge(base, `the first ${i + 1} ${p.items} take ${out.length} bytes`);
  }
}
