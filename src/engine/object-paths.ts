/**
 * The maker's object paths of command IDs (its codec since January 2026 names a reply's `id` by path): a
 * setting's path (`temp_control.enable`), a reading's key (`battery`), and a schedule's `schedule_settings.<n>`
 * (the 2-byte `6e <n>`, as the maker's codec queries schedule n) and `schedule_settings.<n>.<field>` (the
 * 3-byte `6e <n> <sub>`).
 */
import { hasOwnKey } from '../base/es5';
import { READING_PATHS } from '../schema/command-ids';
import { settingOfHex } from './commands';

/** The object path of a command ID (`0X…`, as the codec spells it), if it has one. */
export function pathOfId(id: string): string | undefined {
  const hex = id.slice(2).toLowerCase();
  if (READING_PATHS[id.slice(2)] !== undefined) return READING_PATHS[id.slice(2)];
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
