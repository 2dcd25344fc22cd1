/** The TypeScript type of a properties object, derived from the settings table. */
import type { Field, InputValue, Simplify, UnionToIntersection } from './fields';
import type { SCHEDULE_ROWS as SCHEDULE, SETTING_ROWS as SETTINGS } from './settings';

type Entry = (typeof SETTINGS)[number];

type Slot<E> = E extends { path: readonly [infer A extends string]; body: infer B extends Field }
  ? { [K in A]?: InputValue<B> }
  : E extends { path: readonly [infer A extends string, infer S extends string]; body: infer B extends Field }
    ? { [K in A]?: { [L in S]?: InputValue<B> } }
    : never;

type ScheduleFields = (typeof SCHEDULE)['fields'];

/** One schedule: its id (0…15 = Schedule1…16) and the fields to set, each sent as `6e <id> <sub>`. */
export type ScheduleSettings = { id: number } & {
  [K in keyof ScheduleFields]?: InputValue<ScheduleFields[K]['field']>;
};

/** Settings keyed by the maker's codec names (docs/PROTOCOL.md §5). */
export type Properties = Simplify<UnionToIntersection<Slot<Entry>> & { schedule_settings?: readonly ScheduleSettings[] }>;

