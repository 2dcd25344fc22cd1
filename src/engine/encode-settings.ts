/**
 * Encoding settings objects: split by their placements into commands, written in the table's order
 * (encode-downlink.ts writes each command; encode-lists.ts the schedules' entries).
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { hasOwnKey, lazy, sortedKeys } from '../base/es5';
import { bodyOf, downlinkCommandNamed, downlinkCommands, downlinkGroup, fieldOf } from './commands';
import type { Command, Writing } from './commands';
import { writeCommand } from './encode-downlink';
import { writeEntry, writeList } from './encode-lists';
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
