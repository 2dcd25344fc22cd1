/**
 * Command IDs that the `ef` command query accepts (docs/PROTOCOL.md §3).
 *
 * IDs are byte strings in the order written: `0X6E01` is `6e 01`, never the
 * little-endian number 0x016e.
 */
import { hexOf } from '../base/bytes';
import { dict, lazy } from '../base/es5';
import { valueError } from '../base/errors';
import { SCHEDULES as SCHEDULE } from './schedules';

export interface QueryableCommand {
  /** The maker's spelling (its service page's), upper case with the `0X` prefix. */
  readonly id: string;
  readonly name: string;
  /** `seed` (the value's name for it): the maker's service page; `model`: only in the maker's newer object model. */
  readonly source: 'seed' | 'model';
}

// Text rather than nested literals: the network-server script parses every byte on every message, and a
// string is the cheapest thing to parse.
/** The IDs the maker's service page lists, in its order: each is `0X` and these hex digits. */
const SERVICE_PAGE_IDS = 'DA 00 02 04 60 61 62 6300 6301 6302 6303 6500 6501 6504 6505 6506 66 68 69 6A 6B 6C 6D 6E00 6E01 6E02 6E03 6E04 6E05 6E09 6F C7 C6 C500 C501 C502 C503';
/** IDs only in the maker's newer object model. */
const MODEL_IDS = 'D9 C8 03';

/**
 * The maker's name of each ID above (its service page's, its object model's): what decoded uplinks name a
 * reply to a query by, and the docs. Apart from the IDs because what writes and reads a downlink needs only
 * those (The Things Stack's Downlink tab carries no name); a test holds both to the same IDs.
 */
const NAMES: { readonly [hex: string]: string } = {
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

/** The `0X…` IDs of a space-separated list, as a type. */
type IdsOf<T extends string> = T extends `${infer Hex} ${infer Rest}` ? `0X${Hex}` | IdsOf<Rest> : `0X${T}`;

function queryRows(): QueryableCommand[] {
  const row = (source: QueryableCommand['source']) => (hex: string) => ({ id: '0X' + hex, name: NAMES[hex], source });
  return SERVICE_PAGE_IDS.split(' ').map(row('seed')).concat(MODEL_IDS.split(' ').map(row('model')));
}

export const QUERYABLE_COMMANDS: readonly QueryableCommand[] = /* @__PURE__ */ queryRows();

/** A listed `object_command` in the maker's spelling. */
export type ObjectCommand = IdsOf<typeof SERVICE_PAGE_IDS> | IdsOf<typeof MODEL_IDS>;

/** The schedule fields' sub-commands, from the service page's own `0X6E0n` IDs. */
const SCHEDULE_SUBS = /* @__PURE__ */ lazy(() => {
  const subs: number[] = [];
  for (const hex of SERVICE_PAGE_IDS.split(' ')) if (hex.length === 4 && hex.slice(0, 2) === '6E') subs.push(parseInt(hex.slice(2), 16));
  return subs;
});

/**
 * Schedule fields addressable as `6e <schedule 0…15> <sub>`; the device stores schedules per
 * index, so the maker's 2-byte `0X6E0n` cannot name one schedule. They are the service page's own
 * `0X6E0n` rows, without the word "Schedule".
 */
export const SCHEDULE_QUERY_SUBCOMMANDS: readonly { readonly sub: number; readonly name: string }[] = /* @__PURE__ */ (() =>
  SCHEDULE_SUBS().map((sub) => ({ sub, name: NAMES['6E' + hexOf([sub]).toUpperCase()].slice(SCHEDULE.entryName.length + 1) })))();

/** Upper-case `0X…` spelling of command-ID bytes. */
export function commandIdFromBytes(bytes: ArrayLike<number>): string {
  return '0X' + hexOf(bytes).toUpperCase();
}

/** The listed IDs (`0X…`). */
const LISTED = /* @__PURE__ */ lazy(() => {
  const listed = dict<true>();
  for (const hex of (SERVICE_PAGE_IDS + ' ' + MODEL_IDS).split(' ')) listed['0X' + hex] = true;
  return listed;
});

/** Whether a command ID (canonical `0X…` spelling, as the codec spells it) may be queried: listed, or a schedule's field. */
export function isQueryable(id: string): boolean {
  if (LISTED()[id] === true) return true;
  // 3-byte schedule-addressed form: 0X6E <00…0F> <sub>, four upper-case hex digits (parseInt alone would take "-1").
  return /^0X6E[0-9A-F]{4}$/.test(id) && parseInt(id.slice(4, 6), 16) <= SCHEDULE.ids.max && SCHEDULE_SUBS().indexOf(parseInt(id.slice(6, 8), 16)) >= 0;
}

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
  if (LISTED()[id] === true) return NAMES[id.slice(2)];
  return `${SCHEDULE.entryName}${parseInt(id.slice(4, 6), 16) + 1} ${NAMES['6E' + id.slice(6)].slice(SCHEDULE.entryName.length + 1)}`;
}

/** Every queryable ID in canonical spelling: the listed ones, then the schedule-addressed ones. */
export function allQueryableCommandIds(): string[] {
  // From the ID lists, not QUERYABLE_COMMANDS: the network-server scripts need no names for this.
  const ids = Object.keys(LISTED());
  for (let schedule = 0; schedule <= SCHEDULE.ids.max; schedule++) {
    for (const sub of SCHEDULE_SUBS()) ids.push(commandIdFromBytes([SCHEDULE.command, schedule, sub]));
  }
  return ids;
}
