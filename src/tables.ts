/**
 * The command tables as the library exports them. The codec reads its ranges from them, so they
 * are deep-frozen here, where callers can reach them: no caller can widen a range at run time.
 * Their objects (not their arrays) also lose their prototype, so that an optional property a row
 * leaves out (`wire`, `aliases`, `optional`…) cannot be supplied by a polluted Object.prototype.
 * The network-server script does not import this module: it runs alone in its engine, where
 * nothing else could change or pollute its tables, and every message would pay for the walk.
 */
import { QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS } from './schema/command-ids';
import { SERVICES } from './schema/services';
import { SCHEDULE, SETTINGS } from './schema/settings';
import { HISTORY_RECORD, REPLY, UPLINKS } from './schema/uplinks';
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

/** History records: `ed <mode u8> <timestamp u32>`, then the readings that belong to it (docs/PROTOCOL.md §6). */
export const HISTORY = {
  key: HISTORY_RECORD.key,
  command: HISTORY_RECORD.command,
  modes: HISTORY_RECORD.doc.modes,
  defaultMode: HISTORY_RECORD.defaultMode,
} as const;

/** What the result of an `ef` reply means, by its value (docs/PROTOCOL.md §3). */
export const REPLY_RESULTS: readonly EnumValue[] = REPLY.doc.results.map((name, value) => ({ value, name }));

for (const table of [SERVICES, SETTINGS, SCHEDULE, UPLINKS, HISTORY, REPLY_RESULTS, QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS]) deepFreeze(table);

export { QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS, SERVICES, SCHEDULE, SETTINGS, UPLINKS };
