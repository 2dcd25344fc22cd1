/**
 * Command IDs that the `ef` command query accepts (docs/PROTOCOL.md §3).
 *
 * IDs are byte strings in the order written: `0X6E01` is `6e 01`, never the
 * little-endian number 0x016e.
 */
import { hexOf } from '../base/bytes';
import { dict } from '../base/es5';
import { CodecError, describeValue } from '../base/errors';

export interface QueryableCommand {
  /** The seed's spelling, upper case with the `0X` prefix. */
  readonly id: string;
  readonly name: string;
  /** `seed`: the maker's service page; `model`: only in the maker's newer object model. */
  readonly source: 'seed' | 'model';
}

// Rows rather than objects: the network-server script parses every byte on every message.
/** The IDs the maker's service page lists, with its names, in its order. */
const SEED_QUERIES = [
  ['0XDA', 'Product Version'],
  ['0X00', 'Battery'],
  ['0X02', 'Motor Stroke'],
  ['0X04', 'Current Valve Opening'],
  ['0X60', 'Temperature Unit'],
  ['0X61', 'Ambient Temperature Source Setting'],
  ['0X62', 'Ambient Temperature Display Enable'],
  ['0X6300', 'Heating Date'],
  ['0X6301', 'Heating Period Reporting Interval'],
  ['0X6302', 'Non-heating Period Reporting Interval'],
  ['0X6303', 'Non-heating Period Valve Status'],
  ['0X6500', 'Temperature Control Enable'],
  ['0X6501', 'Target Temperature Resolution'],
  ['0X6504', 'Minimum of Target Temperature Adjustment Range'],
  ['0X6505', 'Maximum of Target Temperature Adjustment Range'],
  ['0X6506', 'Temperature Control Mode Settings'],
  ['0X66', 'Open Window Detection'],
  ['0X68', 'Freeze Protection'],
  ['0X69', 'Forced Heating Enable'],
  ['0X6A', 'Child Lock'],
  ['0X6B', 'Effective Stroke'],
  ['0X6C', 'Temperature Calibration Settings'],
  ['0X6D', 'Temperature Threshold Alarm'],
  ['0X6E00', 'Schedule Enable'],
  ['0X6E01', 'Schedule Time'],
  ['0X6E02', 'Schedule Repeat Day'],
  ['0X6E03', 'Schedule Temperature Control Mode'],
  ['0X6E04', 'Schedule Target Temperature'],
  ['0X6E05', 'Schedule Target Valve Opening'],
  ['0X6E09', 'Schedule Reporting Interval'],
  ['0X6F', 'Local Modification Report'],
  ['0XC7', 'Time Zone'],
  ['0XC6', 'Daylight Saving Time'],
  ['0XC500', 'Data Storage Enable'],
  ['0XC501', 'Data Retransmission Enable'],
  ['0XC502', 'Data Retransmission Interval'],
  ['0XC503', 'Data Retrieval Interval'],
] as const;
/** IDs only in the maker's newer object model. */
const MODEL_QUERIES = [
  ['0XD9', 'OEM ID'],
  ['0XC8', 'Device Status'],
  ['0X03', 'Motor Position'],
] as const;

function queryRows(rows: readonly (readonly [string, string])[], source: QueryableCommand['source']): QueryableCommand[] {
  return rows.map(([id, name]) => ({ id, name, source }));
}

export const QUERYABLE_COMMANDS: readonly QueryableCommand[] = queryRows(SEED_QUERIES, 'seed').concat(queryRows(MODEL_QUERIES, 'model'));

/** A listed `object_command` in the seed's spelling. */
export type ObjectCommand = (typeof SEED_QUERIES)[number][0] | (typeof MODEL_QUERIES)[number][0];

/**
 * Schedule fields addressable as `6e <schedule 0…15> <sub>`; the device stores
 * schedules per index, so the seed's 2-byte `0X6E0n` cannot name one schedule.
 */
export const SCHEDULE_QUERY_SUBCOMMANDS: readonly { readonly sub: number; readonly name: string }[] = [
  { sub: 0x00, name: 'Enable' },
  { sub: 0x01, name: 'Time' },
  { sub: 0x02, name: 'Repeat Day' },
  { sub: 0x03, name: 'Temperature Control Mode' },
  { sub: 0x04, name: 'Target Temperature' },
  { sub: 0x05, name: 'Target Valve Opening' },
  { sub: 0x09, name: 'Reporting Interval' },
];
export const SCHEDULE_COUNT = 16;
export const SCHEDULE_COMMAND = 0x6e;

/** Upper-case `0X…` spelling of command-ID bytes. */
export function commandIdFromBytes(bytes: ArrayLike<number>): string {
  return '0X' + hexOf(bytes).toUpperCase();
}


const LISTED = dict<string>();
for (const c of QUERYABLE_COMMANDS) LISTED[c.id] = c.name;

/**
 * The name of a queryable command ID (canonical `0X…` spelling), or undefined
 * when the ID may not be queried.
 */
export function queryableCommandName(id: string): string | undefined {
  if (typeof id !== 'string') {
    throw new CodecError('INVALID_TYPE', `id: ${describeValue(id)} is not a command ID; expected text such as "0X6E01"`, { path: 'id' });
  }
  return queryableName(id);
}

/** `queryableCommandName` of an ID the codec has spelt itself. */
export function queryableName(id: string): string | undefined {
  const listed = LISTED[id];
  if (listed !== undefined) return listed;
  // 3-byte schedule-addressed form: 0X6E <00…0F> <sub>, four upper-case hex digits (parseInt alone would take "-1").
  if (!/^0X6E[0-9A-F]{4}$/.test(id)) return undefined;
  const schedule = parseInt(id.slice(4, 6), 16);
  const sub = parseInt(id.slice(6, 8), 16);
  if (!(schedule < SCHEDULE_COUNT)) return undefined;
  for (const f of SCHEDULE_QUERY_SUBCOMMANDS) {
    if (f.sub === sub) return `Schedule${schedule + 1} ${f.name}`;
  }
  return undefined;
}

/** Every queryable ID in canonical spelling: the listed ones, then the schedule-addressed ones. */
export function allQueryableCommandIds(): string[] {
  const ids: string[] = QUERYABLE_COMMANDS.map((c) => c.id);
  for (let schedule = 0; schedule < SCHEDULE_COUNT; schedule++) {
    for (const f of SCHEDULE_QUERY_SUBCOMMANDS) {
      ids.push(commandIdFromBytes([SCHEDULE_COMMAND, schedule, f.sub]));
    }
  }
  return ids;
}
