/**
 * A downlink's commands as the valve answers them: each with the command ID its reply (`ef`) echoes and, for a
 * setting, its object path. A setting's reply echoes the setting's own ID (`65 00` for a group's member, `60`
 * otherwise), a schedule field's its three bytes (`6e 01 00`), a query the ID queried, any other service its one
 * byte.
 */
import { hexOf } from '../base/bytes';
import { CodecError, pathError, valueError } from '../base/errors';
import { rerooted } from '../base/error-paths';
import { arrayLength, isPlainData, ownItem, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { encodeCommands } from '../codec/frame';
import { commandIdFromBytes } from '../schema/command-ids';
import { objectPathOfCommandId } from '../engine/object-paths';
import { SCHEDULE, SETTINGS } from '../tables';
import { isSettingKey } from '../engine/encode-settings';

/** One command of a downlink: its bytes and the ID its reply echoes; a setting's object path. */
export interface PlannedCommand {
  /** The ID the valve's reply echoes, as replies spell it (`"0X6500"`). */
  readonly id: string;
  /** A setting's object path (`"temp_control.enable"`, `"schedule_settings.1.enable"`); a service's id. */
  readonly path: string;
  /** The command's bytes, as hex. */
  readonly hex: string;
}

/** The bytes of a command's ID as its reply echoes them. */
export function echoedIdBytes(command: readonly number[]): number[] {
  if (command[0] === SCHEDULE.command) return command.slice(0, 3);
  // A query is answered by the ID it asks for: `ef <length> <id…>`.
  if (command[0] === 0xef) return command.slice(2, 2 + (command[1] & 0x0f));
  const two = SETTINGS.some((s) => s.command.length === 2 && s.command[0] === command[0] && s.command[1] === command[1]);
  return command.slice(0, two ? 2 : 1);
}

/** The key of a schedule's number in its entries. */
const ENTRY_KEY = 'id';

/** A command as planned and confirmed: its ID, path and hex; `serviceId` names what is no setting. */
export function plannedCommand(command: readonly number[], serviceId?: string): PlannedCommand {
  const id = commandIdFromBytes(echoedIdBytes(command));
  const path = serviceId === undefined ? objectPathOfCommandId(id) : serviceId;
  return { id, path: path === undefined ? id : path, hex: hexOf(command) };
}

/**
 * The commands of a settings object, one per setting or schedule field, in the order the valve takes them (the
 * tables'). A value the codec refuses is refused here, its path starting at `name` instead of `properties`.
 */
export function settingCommands(settings: unknown, name: string): PlannedCommand[] {
  let commands: number[][];
  try {
    commands = encodeCommands({ properties: settings } as never);
  } catch (e) {
    throw e instanceof CodecError ? rerooted(e, 'properties', name) : e;
  }
  return commands.map((c) => plannedCommand(c));
}

/**
 * The command (hex) of each setting in `reported` (a settings object, at `name`), by the ID its reply echoes. A setting is written on its own,
 * a group's members and a schedule's fields each on their own, so that one value the codec would not write (an
 * uplink is read leniently) leaves the others known; that one is taken as unknown, and sent.
 */
export function settingsHex(reported: unknown, name: string): { [id: string]: string } {
  const settings = ownRecord(reported, name);
  if (settings === undefined) throw valueError('INVALID_OPTION', name, reported, 'is not a settings object');
  const known: { [id: string]: string } = {};
  const learn = (part: Rec) => {
    try {
      for (const c of settingCommands(part, name)) known[c.id] = c.hex;
      return true;
    } catch {
      return false;
    }
  };
  for (const key of Object.keys(settings)) {
    const value = settings[key];
    if (!isSettingKey(key)) {
      throw pathError('UNKNOWN_INPUT', `${name}.${key}`, 'unknown setting; expected a settings object (as reportedSettings gives it)');
    }
    if (learn({ [key]: value })) continue;
    // Not written whole: its parts one by one, where it has parts (read as plain data: what reading them throws is
    // refused at the setting).
    const at = `${name}.${key}`;
    const n = key === SCHEDULE.key ? arrayLength(value, at) : -1;
    if (n >= 0) {
      for (let i = 0; i < n; i++) {
        const entry = ownItem(value, i, at);
        const fields = isPlainData(entry, `${at}[${i}]`) ? ownRecord(entry, `${at}[${i}]`) : undefined;
        if (fields === undefined) continue;
        for (const field of Object.keys(fields)) if (field !== ENTRY_KEY) learn({ [key]: [{ [ENTRY_KEY]: fields[ENTRY_KEY], [field]: fields[field] }] });
      }
    } else {
      const members = isPlainData(value, at) ? ownRecord(value, at) : undefined;
      if (members !== undefined) for (const member of Object.keys(members)) learn({ [key]: { [member]: members[member] } });
    }
  }
  return known;
}
