/**
 * The command tables as the library exports them: views of the rows in src/schema/, each row's
 * documentation beside what the engine reads, in the shapes the library has always exported.
 * The codec reads its ranges from the rows, so rows and views are deep-frozen here, where callers
 * can reach them: no caller can widen a range at run time.
 * Their objects (not their arrays) also lose their prototype, so that an optional property a row
 * leaves out (`wire`, `aliases`, `optional`…) cannot be supplied by a polluted Object.prototype.
 * The network-server script does not import this module: it runs alone in its engine, where
 * nothing else could change or pollute its tables, and every message would pay for the walk.
 */
import { ID_NAMES } from './schema/command-id-names';
import { MODEL_IDS, SCHEDULE_SUBS, SERVICE_PAGE_IDS } from './schema/command-ids';
import { hexOf } from './base/bytes';
import { SCHEDULES } from './schema/schedules';
import { SERVICE_ROWS } from './schema/services';
import type { ServiceRow, ServiceSpec, ServiceTable } from './schema/services';
import type { Fields } from './schema/fields';
import { SCHEDULE_ROWS, SETTING_ROWS } from './schema/settings';
import type { SettingSpec } from './schema/settings';
import { HISTORY_RECORD, REPLY, UPLINK_ROWS } from './schema/uplinks';
import type { UplinkRow, UplinkSpec } from './schema/uplinks';
import type { EnumValue } from './schema/fields';

function deepFreeze<T extends object>(o: T): T {
  if (!Array.isArray(o)) Object.setPrototypeOf(o, null);
  Object.freeze(o);
  for (const k of Object.keys(o)) {
    const v = (o as { [k: string]: unknown })[k];
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) deepFreeze(v);
  }
  return o;
}

/** A field list with each field's documentation label put back into it, as the library has always exported it. */
function labelled(fields: Fields, labels: { readonly [name: string]: string } | undefined): Fields {
  if (labels === undefined) return fields;
  const out: { [name: string]: Fields[string] } = {};
  for (const name of Object.keys(fields)) out[name] = labels[name] === undefined ? fields[name] : { ...fields[name], label: labels[name] };
  return out;
}

function serviceView(row: ServiceRow): ServiceSpec {
  const view = {
    title: row.doc.title,
    description: row.doc.description,
    command: row.command,
    inputs: labelled(row.inputs, row.doc.labels),
    source: row.doc.source,
    example: row.doc.example,
  };
  return row.doc.note === undefined ? view : { ...view, note: row.doc.note };
}

/** The service table, keyed by service id (docs/PROTOCOL.md §2–§4). */
export const SERVICES = {} as ServiceTable;
for (const id of Object.keys(SERVICE_ROWS) as (keyof ServiceTable)[]) (SERVICES as { [id: string]: ServiceSpec })[id] = serviceView(SERVICE_ROWS[id]);

/** The exported form of setting rows: each row's documentation beside what the engine reads. */
type SettingViews<T extends readonly unknown[]> = {
  readonly [I in keyof T]: Omit<T[I], 'doc'> & { readonly title: string; readonly description: string; readonly example?: SettingSpec['example'] };
};

/** The settings table, in frame order (docs/PROTOCOL.md §5). */
export const SETTINGS = SETTING_ROWS.map((row) => {
  const view: SettingSpec = { path: row.path, command: row.command, title: row.doc.title, description: row.doc.description, body: row.body };
  return 'example' in row.doc ? { ...view, example: row.doc.example } : view;
}) as unknown as SettingViews<typeof SETTING_ROWS>;

/** Schedules: `6e <id 0…15> <sub> body`, one command per field present (docs/PROTOCOL.md §5). */
export const SCHEDULE = {
  key: SCHEDULE_ROWS.key,
  command: SCHEDULE_ROWS.command,
  after: SCHEDULE_ROWS.after,
  ids: SCHEDULE_ROWS.ids,
  fields: SCHEDULE_ROWS.fields,
  description: SCHEDULE_ROWS.doc.description,
  examples: SCHEDULE_ROWS.doc.examples,
} as const;

/** What the valve sends up, besides the settings it reports (docs/PROTOCOL.md §6). */
export const UPLINKS: readonly UplinkSpec[] = (UPLINK_ROWS as readonly UplinkRow[]).map((row) => {
  const view: UplinkSpec = { key: row.key, command: row.command, title: row.doc.title, example: row.doc.example };
  return { ...view, ...(row.body === undefined ? {} : { body: row.body }), ...(row.copies === undefined ? {} : { copies: row.copies }) };
});

/** History records: `ed <mode u8> <timestamp u32>`, then the readings that belong to it (docs/PROTOCOL.md §6). */
export const HISTORY = {
  key: HISTORY_RECORD.key,
  command: HISTORY_RECORD.command,
  modes: HISTORY_RECORD.body.fields.mode.values,
  defaultMode: HISTORY_RECORD.body.fields.mode.default,
  /** An example frame: one record (hex). */
  example: HISTORY_RECORD.doc.example,
} as const;

/** What the result of an `ef` reply means, by its value (docs/PROTOCOL.md §3). */
export const REPLY_RESULTS: readonly EnumValue[] = REPLY.doc.results.map((name, value) => ({ value, name }));

export interface QueryableCommand {
  /** The maker's spelling (its service page's), upper case with the `0X` prefix. */
  readonly id: string;
  readonly name: string;
  /** `seed` (the value's name for it): the maker's service page; `model`: only in the maker's newer object model. */
  readonly source: 'seed' | 'model';
}

/** The IDs that the `ef` command query accepts, with the maker's names (schema/command-ids.ts, command-id-names.ts). */
function queryRows(): QueryableCommand[] {
  const row = (source: QueryableCommand['source']) => (hex: string) => ({ id: '0X' + hex, name: ID_NAMES[hex], source });
  return SERVICE_PAGE_IDS.split(' ').map(row('seed')).concat(MODEL_IDS.split(' ').map(row('model')));
}

export const QUERYABLE_COMMANDS: readonly QueryableCommand[] = /* @__PURE__ */ queryRows();

/**
 * Schedule fields addressable as `6e <schedule 0…15> <sub>`; the device stores schedules per
 * index, so the maker's 2-byte `0X6E0n` cannot name one schedule. They are the service page's own
 * `0X6E0n` rows, without the word "Schedule".
 */
export const SCHEDULE_QUERY_SUBCOMMANDS: readonly { readonly sub: number; readonly name: string }[] = /* @__PURE__ */ (() =>
  SCHEDULE_SUBS().map((sub) => ({ sub, name: ID_NAMES['6E' + hexOf([sub]).toUpperCase()].slice(SCHEDULES.entryName.length + 1) })))();

// The rows the engine reads, and the views made of them: both are out of callers' reach.
const ROWS = [SERVICE_ROWS, SETTING_ROWS, SCHEDULE_ROWS, UPLINK_ROWS, REPLY, HISTORY_RECORD];
for (const table of [...ROWS, SERVICES, SETTINGS, SCHEDULE, UPLINKS, HISTORY, REPLY_RESULTS, QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS]) deepFreeze(table);

