/**
 * Command IDs that the `ef` command query accepts (PROTOCOL.md §3).
 *
 * IDs are byte strings in the order written: `0X6E01` is `6e 01`, never the
 * little-endian number 0x016e.
 */
import { toHex } from '../codec/bytes';
import { dict } from '../codec/es5';

export interface QueryableCommand {
  /** The seed's spelling, upper case with the `0X` prefix. */
  readonly id: string;
  readonly name: string;
  /** `seed`: the maker's service page; `model`: only in the maker's newer object model. */
  readonly source: 'seed' | 'model';
}

export const QUERYABLE_COMMANDS = [
  { id: '0XDA', name: 'Product Version', source: 'seed' },
  { id: '0X00', name: 'Battery', source: 'seed' },
  { id: '0X02', name: 'Motor Stroke', source: 'seed' },
  { id: '0X04', name: 'Current Valve Opening', source: 'seed' },
  { id: '0X60', name: 'Temperature Unit', source: 'seed' },
  { id: '0X61', name: 'Ambient Temperature Source Setting', source: 'seed' },
  { id: '0X62', name: 'Ambient Temperature Display Enable', source: 'seed' },
  { id: '0X6300', name: 'Heating Date', source: 'seed' },
  { id: '0X6301', name: 'Heating Period Reporting Interval', source: 'seed' },
  { id: '0X6302', name: 'Non-heating Period Reporting Interval', source: 'seed' },
  { id: '0X6303', name: 'Non-heating Period Valve Status', source: 'seed' },
  { id: '0X6500', name: 'Temperature Control Enable', source: 'seed' },
  { id: '0X6501', name: 'Target Temperature Resolution', source: 'seed' },
  { id: '0X6504', name: 'Minimum of Target Temperature Adjustment Range', source: 'seed' },
  { id: '0X6505', name: 'Maximum of Target Temperature Adjustment Range', source: 'seed' },
  { id: '0X6506', name: 'Temperature Control Mode Settings', source: 'seed' },
  { id: '0X66', name: 'Open Window Detection', source: 'seed' },
  { id: '0X68', name: 'Freeze Protection', source: 'seed' },
  { id: '0X69', name: 'Forced Heating Enable', source: 'seed' },
  { id: '0X6A', name: 'Child Lock', source: 'seed' },
  { id: '0X6B', name: 'Effective Stroke', source: 'seed' },
  { id: '0X6C', name: 'Temperature Calibration Settings', source: 'seed' },
  { id: '0X6D', name: 'Temperature Threshold Alarm', source: 'seed' },
  { id: '0X6E00', name: 'Schedule Enable', source: 'seed' },
  { id: '0X6E01', name: 'Schedule Time', source: 'seed' },
  { id: '0X6E02', name: 'Schedule Repeat Day', source: 'seed' },
  { id: '0X6E03', name: 'Schedule Temperature Control Mode', source: 'seed' },
  { id: '0X6E04', name: 'Schedule Target Temperature', source: 'seed' },
  { id: '0X6E05', name: 'Schedule Target Valve Opening', source: 'seed' },
  { id: '0X6E09', name: 'Schedule Reporting Interval', source: 'seed' },
  { id: '0X6F', name: 'Local Modification Report', source: 'seed' },
  { id: '0XC7', name: 'Time Zone', source: 'seed' },
  { id: '0XC6', name: 'Daylight Saving Time', source: 'seed' },
  { id: '0XC500', name: 'Data Storage Enable', source: 'seed' },
  { id: '0XC501', name: 'Data Retransmission Enable', source: 'seed' },
  { id: '0XC502', name: 'Data Retransmission Interval', source: 'seed' },
  { id: '0XC503', name: 'Data Retrieval Interval', source: 'seed' },
  { id: '0XD9', name: 'OEM ID', source: 'model' },
  { id: '0XC8', name: 'Device Status', source: 'model' },
  { id: '0X03', name: 'Motor Position', source: 'model' },
] as const satisfies readonly QueryableCommand[];

/** A listed `object_command` in the seed's spelling. */
export type ObjectCommand = (typeof QUERYABLE_COMMANDS)[number]['id'];

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
  return '0X' + toHex(bytes).toUpperCase();
}

Object.freeze(QUERYABLE_COMMANDS);
for (const c of QUERYABLE_COMMANDS) Object.freeze(c);

const LISTED = dict<string>();
for (const c of QUERYABLE_COMMANDS) LISTED[c.id] = c.name;

/**
 * The name of a queryable command ID (canonical `0X…` spelling), or undefined
 * when the ID may not be queried.
 */
export function queryableCommandName(id: string): string | undefined {
  const listed = LISTED[id];
  if (listed !== undefined) return listed;
  // 3-byte schedule-addressed form: 0X6E <00…0F> <sub>
  if (id.length !== 8 || id.slice(0, 4) !== '0X6E') return undefined;
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
