/**
 * Command IDs that the `ef` command query accepts (docs/PROTOCOL.md §3). Their names and the maker's object
 * paths are command-id-names.ts's: what writes a query needs only the IDs (the network-server script compiles
 * the names only for a message that gives one).
 *
 * IDs are byte strings in the order written: `0X6E01` is `6e 01`, never the
 * little-endian number 0x016e.
 */
import { hexOf } from '../base/bytes';
import { dict, lazy } from '../base/es5';
import { SCHEDULES as SCHEDULE } from './schedules';

// Text rather than nested literals: the network-server script parses every byte on every message, and a
// string is the cheapest thing to parse.
/** The IDs the maker's service page lists, in its order: each is `0X` and these hex digits. */
export const SERVICE_PAGE_IDS = 'DA 00 02 04 60 61 62 6300 6301 6302 6303 6500 6501 6504 6505 6506 66 68 69 6A 6B 6C 6D 6E00 6E01 6E02 6E03 6E04 6E05 6E09 6F C7 C6 C500 C501 C502 C503';
/** IDs only in the maker's newer object model. */
export const MODEL_IDS = 'D9 C8 03';

/** The `0X…` IDs of a space-separated list, as a type. */
type IdsOf<T extends string> = T extends `${infer Hex} ${infer Rest}` ? `0X${Hex}` | IdsOf<Rest> : `0X${T}`;

/** A listed `object_command` in the maker's spelling. */
export type ObjectCommand = IdsOf<typeof SERVICE_PAGE_IDS> | IdsOf<typeof MODEL_IDS>;

/** The schedule fields' sub-commands, from the service page's own `0X6E0n` IDs. */
export const SCHEDULE_SUBS = /* @__PURE__ */ lazy(() => {
  const subs: number[] = [];
  for (const hex of SERVICE_PAGE_IDS.split(' ')) if (hex.length === 4 && hex.slice(0, 2) === '6E') subs.push(parseInt(hex.slice(2), 16));
  return subs;
});

/** Upper-case `0X…` spelling of command-ID bytes. */
export function commandIdFromBytes(bytes: ArrayLike<number>): string {
  return '0X' + hexOf(bytes).toUpperCase();
}

/** The listed IDs (`0X…`). */
export const LISTED = /* @__PURE__ */ lazy(() => {
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

/** Every queryable ID in canonical spelling: the listed ones, then the schedule-addressed ones. */
export function allQueryableCommandIds(): string[] {
  // From the ID lists, not QUERYABLE_COMMANDS: the network-server scripts need no names for this.
  const ids = Object.keys(LISTED());
  for (let schedule = 0; schedule <= SCHEDULE.ids.max; schedule++) {
    for (const sub of SCHEDULE_SUBS()) ids.push(commandIdFromBytes([SCHEDULE.command, schedule, sub]));
  }
  return ids;
}
