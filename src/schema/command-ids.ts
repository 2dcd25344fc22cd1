/**
 * Command IDs that the `ef` command query accepts (docs/PROTOCOL.md §3).
 *
 * IDs are byte strings in the order written: `0X6E01` is `6e 01`, never the
 * little-endian number 0x016e.
 */
import { hexOf } from '../base/bytes';
import { dict } from '../base/es5';
import { valueError } from '../base/errors';
import { SCHEDULES as SCHEDULE } from './schedules';

export interface QueryableCommand {
  /** The maker's spelling (its service page's), upper case with the `0X` prefix. */
  readonly id: string;
  readonly name: string;
  /** `seed` (the value's name for it): the maker's service page; `model`: only in the maker's newer object model. */
  readonly source: 'seed' | 'model';
}

// Lines of text rather than nested literals: the network-server script parses every byte on
// every message, and a string is the cheapest thing to parse. Each line: the ID's bytes, a name.
/** The IDs the maker's service page lists, with its names, in its order. */
const SERVICE_PAGE_QUERIES = `
DA Product Version
00 Battery
02 Motor Stroke
04 Current Valve Opening
60 Temperature Unit
61 Ambient Temperature Source Setting
62 Ambient Temperature Display Enable
6300 Heating Date
6301 Heating Period Reporting Interval
6302 Non-heating Period Reporting Interval
6303 Non-heating Period Valve Status
6500 Temperature Control Enable
6501 Target Temperature Resolution
6504 Minimum of Target Temperature Adjustment Range
6505 Maximum of Target Temperature Adjustment Range
6506 Temperature Control Mode Settings
66 Open Window Detection
68 Freeze Protection
69 Forced Heating Enable
6A Child Lock
6B Effective Stroke
6C Temperature Calibration Settings
6D Temperature Threshold Alarm
6E00 Schedule Enable
6E01 Schedule Time
6E02 Schedule Repeat Day
6E03 Schedule Temperature Control Mode
6E04 Schedule Target Temperature
6E05 Schedule Target Valve Opening
6E09 Schedule Reporting Interval
6F Local Modification Report
C7 Time Zone
C6 Daylight Saving Time
C500 Data Storage Enable
C501 Data Retransmission Enable
C502 Data Retransmission Interval
C503 Data Retrieval Interval
`;
/** IDs only in the maker's newer object model. */
const MODEL_QUERIES = `
D9 OEM ID
C8 Device Status
03 Motor Position
`;

/** The `0X…` IDs of lines of text, as a type. */
type IdsOf<T extends string> = T extends `${infer Line}\n${infer Rest}` ? IdOf<Line> | IdsOf<Rest> : IdOf<T>;
type IdOf<Line extends string> = Line extends `${infer Hex} ${string}` ? `0X${Hex}` : never;

function queryRows(text: string, source: QueryableCommand['source']): QueryableCommand[] {
  const rows: QueryableCommand[] = [];
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) rows.push({ id: '0X' + line.slice(0, space), name: line.slice(space + 1), source });
  }
  return rows;
}

export const QUERYABLE_COMMANDS: readonly QueryableCommand[] = queryRows(SERVICE_PAGE_QUERIES, 'seed').concat(queryRows(MODEL_QUERIES, 'model'));

/** A listed `object_command` in the maker's spelling. */
export type ObjectCommand = IdsOf<typeof SERVICE_PAGE_QUERIES> | IdsOf<typeof MODEL_QUERIES>;

/**
 * Schedule fields addressable as `6e <schedule 0…15> <sub>`; the device stores schedules per
 * index, so the maker's 2-byte `0X6E0n` cannot name one schedule. They are the service page's own
 * `0X6E0n` rows, without the word "Schedule".
 */
export const SCHEDULE_QUERY_SUBCOMMANDS: readonly { readonly sub: number; readonly name: string }[] = QUERYABLE_COMMANDS.filter(
  (c) => c.id.length === 6 && c.id.slice(0, 4) === '0X6E',
).map((c) => ({ sub: parseInt(c.id.slice(4), 16), name: c.name.slice(SCHEDULE.entryName.length + 1) }));

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
    throw valueError('INVALID_TYPE', 'id', id, 'is not a command ID; expected text such as "0X6E01"');
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
  if (!(schedule <= SCHEDULE.ids.max)) return undefined;
  for (const f of SCHEDULE_QUERY_SUBCOMMANDS) {
    if (f.sub === sub) return `${SCHEDULE.entryName}${schedule + 1} ${f.name}`;
  }
  return undefined;
}

/** Every queryable ID in canonical spelling: the listed ones, then the schedule-addressed ones. */
export function allQueryableCommandIds(): string[] {
  const ids: string[] = QUERYABLE_COMMANDS.map((c) => c.id);
  for (let schedule = 0; schedule <= SCHEDULE.ids.max; schedule++) {
    for (const f of SCHEDULE_QUERY_SUBCOMMANDS) {
      ids.push(commandIdFromBytes([SCHEDULE.command, schedule, f.sub]));
    }
  }
  return ids;
}
