/**
 * Encoding settings objects: split by their placements into commands, written in the table's order
 * (encode-downlink.ts writes each command). The lists (`writeList`) serve encode-uplink.ts as well.
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isInteger, lazy, sortedKeys } from '../base/es5';
import { bodyOf, downlinkCommandNamed, downlinkCommands, downlinkGroup, fieldOf, keyedListOf } from './commands';
import type { Command, Placement, Writing } from './commands';
import { writeCommand } from './encode-downlink';
import type { ListSlot } from './keyed-list';
import { celsiusValue, twinsIn } from './twins';
import type { DecimalField } from '../schema/fields';

/** Writing as a downlink: only what is allowed. */
const STRICT_WRITING: Writing = { device: undefined };

/** The keys at top level of a properties object, in the table's order: what a refusal of an unknown one lists. */
const topKeys = /* @__PURE__ */ lazy(() => {
  const top: string[] = [];
  let list = '';
  for (const c of downlinkCommands().list) {
    const p = c.place;
    // The schedules' list last, as the maker's object model has it.
    if (p.to === 'entry') list = c.name;
    else if (p.to !== 'call' && top.indexOf(p.key) < 0) top.push(p.key);
  }
  top.push(list);
  return top;
});

/** The setting at top level of a properties object named `key`: a bare one, or the schedules' list (a group's key is none). */
function topSetting(key: string): Command | undefined {
  const c = downlinkCommandNamed(key);
  return c !== undefined && (c.place.to === 'key' || c.place.to === 'entry') ? c : undefined;
}

/** Whether `key` may be at top level of a properties object: a setting's, a group's or the schedules' list's. */
export function isSettingKey(key: string): boolean {
  return topSetting(key) !== undefined || downlinkGroup(key) !== undefined;
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
  const chosen = chooseSettings(props, base);
  chosen.sort((a, b) => a.c.rank - b.c.rank);
  for (const { c, value, twin, name } of chosen) {
    const path = step(base, name || c.name);
    if (c.place.to === 'entry') writeList(c, value, path, out, STRICT_WRITING, writeEntry, starts);
    else writeCommand(c, bodyOf(c), twin ? celsiusValue(twin, value, fieldOf(c) as DecimalField, path) : value, path, out, starts);
  }
}

/** A setting a properties object sets: its command and value; a temperature given by a twin, the twin and its name (`temp_control.fahrenheit_…`). */
interface Chosen {
  readonly c: Command;
  readonly value: unknown;
  readonly twin?: string;
  readonly name?: string;
}

/**
 * The settings a properties object sets, each with its value. Only the settings given are visited (not
 * the whole table), in one order (sortedKeys), so that a refusal names the same key at fault whatever
 * order the caller's object had; they are written in the table's order.
 */
function chooseSettings(props: Rec, base: Path): Chosen[] {
  const order = sortedKeys(Object.keys(props));
  let count = 0;
  const chosen: Chosen[] = [];
  for (let k = 0; k < order.length; k++) {
    const key = order[k];
    const value = props[key];
    // Each key looked up alone: the network-server script makes only the commands a message names.
    const c = topSetting(key);
    const group = c === undefined ? downlinkGroup(key) : undefined;
    if (c !== undefined) {
      if (value !== undefined) chosen.push({ c, value });
    } else if (group !== undefined) {
      if (value !== undefined) {
        const allowed = () => Object.keys(group).join(', ');
        const at = step(base, key);
        const members = ownRecord(value, at);
        if (members === undefined) throw valueError('INVALID_TYPE', at, value, `is not an object; expected { ${allowed()} }`);
        // A key that is no member's may be the maker's twin of a temperature (twins.ts).
        let twins: { [key: string]: string } | undefined;
        for (const sub in members) {
          if (!hasOwnKey(group, sub)) {
            twins = twinsIn(members, at, (k) => (hasOwnKey(group, k) ? fieldOf(group[k]) : undefined));
            break;
          }
        }
        let n = 0;
        const subs = sortedKeys(Object.keys(members));
        for (let m = 0; m < subs.length; m++) {
          const sub = subs[m];
          const name = twins !== undefined && hasOwnKey(twins, sub) ? twins[sub] : sub;
          if (!hasOwnKey(group, name)) throw pathError('UNKNOWN_INPUT', step(at, sub), `unknown setting; allowed: ${allowed()}`);
          if (members[sub] !== undefined) {
            n++;
            chosen.push(name === sub ? { c: group[sub], value: members[sub] } : { c: group[name], value: members[sub], twin: sub, name: `${key}.${sub}` });
          }
        }
        if (n === 0) throw pathError('EMPTY', at, `no settings given; expected at least one of ${allowed()}`);
      }
    } else {
      throw pathError('UNKNOWN_INPUT', step(base, key), `unknown setting; allowed: ${topKeys().join(', ')}`);
    }
    if (value !== undefined) count++;
  }
  // The maker's codec objects have their settings at top level (base ''): the object is the data.
  if (count === 0) throw pathError('EMPTY', base || 'data', 'no settings given; there is nothing to send');
  return chosen;
}

/* ------------------------------------------------------------------ lists (schedule fields, replies, records) */

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
