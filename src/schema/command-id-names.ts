/**
 * The maker's names of the command IDs that the `ef` command query accepts (command-ids.ts), and the object
 * paths of those that are readings: what decoded replies and the docs name them by.
 */
import { valueError } from '../base/errors';
import { isQueryable, LISTED } from './command-ids';
import { SCHEDULES as SCHEDULE } from './schedules';

/**
 * The maker's name of each ID command-ids.ts lists (its service page's, its object model's): what decoded
 * uplinks name a reply to a query by, and the docs. Apart from the IDs because what writes and reads a
 * downlink needs only those (The Things Stack's Downlink tab carries no name); a test holds both to the same IDs.
 */
export const ID_NAMES: { readonly [hex: string]: string } = {
  DA: 'Product Version',
  '00': 'Battery',
  '02': 'Motor Stroke',
  '04': 'Current Valve Opening',
  '60': 'Temperature Unit',
  '61': 'Ambient Temperature Source Setting',
  '62': 'Ambient Temperature Display Enable',
  '6300': 'Heating Date',
  '6301': 'Heating Period Reporting Interval',
  '6302': 'Non-heating Period Reporting Interval',
  '6303': 'Non-heating Period Valve Status',
  '6500': 'Temperature Control Enable',
  '6501': 'Target Temperature Resolution',
  '6504': 'Minimum of Target Temperature Adjustment Range',
  '6505': 'Maximum of Target Temperature Adjustment Range',
  '6506': 'Temperature Control Mode Settings',
  '66': 'Open Window Detection',
  '68': 'Freeze Protection',
  '69': 'Forced Heating Enable',
  '6A': 'Child Lock',
  '6B': 'Effective Stroke',
  '6C': 'Temperature Calibration Settings',
  '6D': 'Temperature Threshold Alarm',
  '6E00': 'Schedule Enable',
  '6E01': 'Schedule Time',
  '6E02': 'Schedule Repeat Day',
  '6E03': 'Schedule Temperature Control Mode',
  '6E04': 'Schedule Target Temperature',
  '6E05': 'Schedule Target Valve Opening',
  '6E09': 'Schedule Reporting Interval',
  '6F': 'Local Modification Report',
  C7: 'Time Zone',
  C6: 'Daylight Saving Time',
  C500: 'Data Storage Enable',
  C501: 'Data Retransmission Enable',
  C502: 'Data Retransmission Interval',
  C503: 'Data Retrieval Interval',
  D9: 'OEM ID',
  C8: 'Device Status',
  '03': 'Motor Position',
};

/**
 * The maker's object paths of the queryable IDs that are readings (its codec's keys for them, as the uplinks
 * table has them: a test holds the two together). A setting's path is its own (engine/object-paths.ts).
 */
export const READING_PATHS: { readonly [hex: string]: string } = {
  DA: 'version',
  '00': 'battery',
  '02': 'motor_total_stroke',
  '04': 'valve_opening_degree',
  D9: 'oem_id',
  C8: 'device_status',
  '03': 'motor_position',
};

/**
 * The name of a queryable command ID (canonical `0X…` spelling), or undefined
 * when the ID may not be queried.
 */
export function queryableCommandName(id: string): string | undefined {
  if (typeof id !== 'string') {
    throw valueError('INVALID_TYPE', 'id', id, 'is not a command ID; expected text such as "0X6E01"');
  }
  return queryableName(id);
}

/** `queryableCommandName` of an ID the codec has spelt itself. */
export function queryableName(id: string): string | undefined {
  if (!isQueryable(id)) return undefined;
  if (LISTED()[id] === true) return ID_NAMES[id.slice(2)];
  return `${SCHEDULE.entryName}${parseInt(id.slice(4, 6), 16) + 1} ${ID_NAMES['6E' + id.slice(6)].slice(SCHEDULE.entryName.length + 1)}`;
}
