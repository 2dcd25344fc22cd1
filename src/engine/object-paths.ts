/**
 * The maker's object paths of command IDs (its codec since January 2026 names a reply's `id` by path): a
 * setting's path (`temp_control.enable`), a reading's key (`battery`), and a schedule's `schedule_settings.<n>`
 * (the 2-byte `6e <n>`, as the maker's codec queries schedule n) and `schedule_settings.<n>.<field>` (the
 * 3-byte `6e <n> <sub>`).
 */
import { valueError } from '../base/errors';
import { dict, hasOwnKey, lazy } from '../base/es5';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { arrayLength, MAX_FRAME_BYTES, ownItem, tooLarge } from '../base/caller-input';
import { closest } from '../base/suggest';
import { commandIdFromBytes, isQueryable } from '../schema/command-ids';
import { READING_PATHS } from '../schema/command-id-names';
import { hexDigitBytes, hexOf } from '../base/bytes';
import { downlinkCommands, settingOfHex } from './commands';
import type { Command } from './commands';
import type { ListPlan } from './plans';

/** The object path of a command ID (`0X…`, as the codec spells it), if it has one. */
export function pathOfId(id: string): string | undefined {
  const hex = id.slice(2).toLowerCase();
  // Own keys only: what a polluted Object.prototype holds is no reading's.
  if (hasOwnKey(READING_PATHS, id.slice(2))) return READING_PATHS[id.slice(2)];
  const own = settingOfHex(hex);
  if (own !== undefined && own.list === undefined) return own.name;
  // A schedule's: its list's ID, then the schedule's index and, in the 3-byte form, its field's sub-command.
  const list = hex.length === 4 || hex.length === 6 ? settingOfHex(hex.slice(0, 2)) : undefined;
  if (list === undefined || list.list === undefined) return undefined;
  const n = parseInt(hex.slice(2, 4), 16);
  const s = parseInt(hex.slice(4), 16);
  const sub = hex.length === 6 && hasOwnKey(list.list.subs, s) ? list.list.subs[s] : undefined;
  if (n < list.list.min || n > list.list.max || (hex.length === 6 && sub === undefined)) return undefined;
  return sub === undefined ? `${list.name}.${n}` : `${list.name}.${n}.${sub.key}`;
}

/** A keyed list's plan (its entries' range and fields), by the list's name: read once. */
const lists = /* @__PURE__ */ dict<ListPlan>();
function listOf(c: Command): ListPlan {
  return lists[c.name] || (lists[c.name] = (settingOfHex(hexOf(c.command)) as { list: ListPlan }).list);
}

/**
 * The ID bytes an object path names, whether a query may carry them or not: a reading's key, a setting's path,
 * a keyed list's `<list>.<n>` (its 2-byte ID) or `<list>.<n>.<field>` (3 bytes). Found forward, by name: the
 * network-server script finds a command by searching its stored plans, so no table of every path is made.
 */
function bytesOfPath(path: string): ArrayLike<number> | undefined {
  for (const hex of Object.keys(READING_PATHS)) if (READING_PATHS[hex] === path) return hexDigitBytes(hex);
  const byName = downlinkCommands().byName;
  if (hasOwnKey(byName, path)) return byName[path].place.to === 'key' || byName[path].place.to === 'member' ? byName[path].command : undefined;
  // List indexes as numbers, as the maker writes them (no sign, no leading zero).
  const m = /^([^.]+)\.(0|[1-9][0-9]?)(?:\.([^.]+))?$/.exec(path);
  const c = m !== null && hasOwnKey(byName, m[1]) ? byName[m[1]] : undefined;
  if (m === null || c === undefined || c.place.to !== 'entry') return undefined;
  const list = listOf(c);
  const n = +m[2];
  if (n < list.min || n > list.max) return undefined;
  if (m[3] === undefined) return [c.command[0], n];
  for (const sub in list.subs) if (list.subs[sub].key === m[3]) return [c.command[0], n, +sub];
  return undefined;
}

/** The command ID (`0X…`) of an object path, when a query may carry it. */
function queryableIdOfPath(path: string): string | undefined {
  const bytes = bytesOfPath(path);
  const id = bytes === undefined ? undefined : commandIdFromBytes(bytes);
  return id !== undefined && isQueryable(id) ? id : undefined;
}

/**
 * Every object path a query may carry, in the tables' order: made only for a refusal, to suggest the closest.
 * Each path beside its bytes, as bytesOfPath finds them (a test holds the two to every queryable ID).
 */
const queryablePaths = /* @__PURE__ */ lazy(() => {
  const paths: string[] = [];
  const add = (path: string, bytes: ArrayLike<number>) => {
    if (isQueryable(commandIdFromBytes(bytes))) paths.push(path);
  };
  for (const hex of Object.keys(READING_PATHS)) add(READING_PATHS[hex], hexDigitBytes(hex));
  for (const c of downlinkCommands().list) {
    if (c.place.to === 'key' || c.place.to === 'member') add(c.name, c.command);
    if (c.place.to !== 'entry') continue;
    const list = listOf(c);
    // The fields in the table's order (`seq`): otto's JSON.parse keeps no order of keys.
    const subs: number[] = [];
    for (const sub in list.subs) subs[list.subs[sub].seq] = +sub;
    for (let n = list.min; n <= list.max; n++) {
      add(`${c.name}.${n}`, [c.command[0], n]);
      for (let k = 0; k < subs.length; k++) add(`${c.name}.${n}.${list.subs[subs[k]].key}`, [c.command[0], n, subs[k]]);
    }
  }
  return paths;
});

/**
 * The path closest to `path`, segment by segment: each of its segments the closest of those the paths have
 * there, under the segments before it. A slip in one segment is found whatever the others hold, and each
 * comparison is of one short name with a few dozen: comparing whole paths with every path costs tens of
 * milliseconds in the interpreters the scripts run in (otto) for a long, wrong path.
 */
function closestPath(path: string, paths: readonly string[]): string | undefined {
  const words = path.split('.');
  let prefix = '';
  for (let i = 0; i < words.length; i++) {
    const start = i === 0 ? '' : prefix + '.';
    const options: string[] = [];
    for (let k = 0; k < paths.length; k++) {
      if (paths[k].indexOf(start) !== 0) continue;
      const rest = paths[k].slice(start.length);
      const segment = rest.indexOf('.') < 0 ? rest : rest.slice(0, rest.indexOf('.'));
      if (options.indexOf(segment) < 0) options.push(segment);
    }
    const word = options.indexOf(words[i]) >= 0 ? words[i] : closest(words[i], options);
    if (word === undefined) return undefined;
    prefix = start + word;
  }
  return paths.indexOf(prefix) >= 0 ? prefix : undefined;
}

/** The command ID of each object path of a list (the maker's `req`) in order; a query is 3 bytes or more. */
export function eachIdOfPath(paths: unknown, at: Path, each: (id: string) => void): void {
  const n = arrayLength(paths, at);
  if (n <= 0) throw valueError('INVALID_TYPE', at, paths, 'is not a non-empty array of object paths such as "temp_control.enable"');
  if (n * 3 > MAX_FRAME_BYTES) throw tooLarge(at, `${n} queries take ${n * 3} bytes or more`);
  for (let i = 0; i < n; i++) each(idOfPath(ownItem(paths, i, at), step(at, i)));
}

/**
 * The command ID (`0X…`) a query by object path asks for, as the maker's codec takes paths in `req`
 * (`"temp_control.enable"` → `0X6500`, `"schedule_settings.1.enable"` → `0X6E0100`). A path that names no
 * command a query may carry is refused at `at`: with the paths under it when it names a group (a group is
 * not queried whole), else with the closest path there is.
 */
export function idOfPath(path: unknown, at: Path): string {
  const id = typeof path === 'string' ? queryableIdOfPath(path) : undefined;
  if (id !== undefined) return id;
  if (typeof path !== 'string') throw valueError('INVALID_COMMAND_ID', at, path, 'is not an object path; expected text such as "temp_control.enable"');
  const paths = queryablePaths();
  const under = paths.filter((p) => p.indexOf(path + '.') === 0);
  if (under.length > 0) {
    const listed = under.length > 12 ? `${under.slice(0, 12).join(', ')}, … (${under.length} in all)` : under.join(', ');
    throw valueError('INVALID_COMMAND_ID', at, path, `is not queried whole; ask for its parts: ${listed}`);
  }
  const near = closestPath(path, paths);
  throw valueError(
    'INVALID_COMMAND_ID',
    at,
    path,
    `names no command that may be queried; ${near === undefined ? 'expected the path of an ID that request_command_queries may ask for, such as "temp_control.enable", "battery" or "schedule_settings.1.enable"' : `did you mean ${JSON.stringify(near)}?`}`,
  );
}

/**
 * The command ID a query by the maker's object path asks for (`"temp_control.enable"` → `"0X6500"`), to send as
 * request_command_queries' `object_command`; a CodecError when the path names no command that may be queried.
 */
export function commandIdOfPath(path: string): string {
  return idOfPath(path, 'path');
}

/**
 * The maker's object path of a command ID (`"0X6500"` → `"temp_control.enable"`; any case, `0x` optional), as its
 * codec names a reply's `id`; undefined for an ID that has none.
 */
export function objectPathOfCommandId(id: string): string | undefined {
  if (typeof id !== 'string') throw valueError('INVALID_TYPE', 'id', id, 'is not a command ID; expected text such as "0X6500"');
  const m = /^(?:0x)?((?:[0-9a-f]{2})+)$/i.exec(id);
  return m === null ? undefined : pathOfId('0X' + m[1].toUpperCase());
}
