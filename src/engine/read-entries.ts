/**
 * Schedules as frames carry them: each field of an entry a command of its own (`6e <id> <sub> <value>`),
 * which the reader (read.ts) finds here and puts into its entry. Apart from the reader, so that the
 * network-server script compiles this only for a frame that holds a schedule.
 */
import type { Rec } from '../base/caller-input';
import { hasOwnKey } from '../base/es5';
import type { FieldPlan, ListPlan } from './plans';
import { badSchedule, label, truncated } from './read-problems';
import { uint } from './read-bytes';
import type { EntryValue, Reading } from './reading';

/** A schedule's field (`6e <id> <sub> <value>`) at `r.pos`, just after the command ID; its value read by `read` (read.ts's readBody). */
export function readEntry(r: Reading, list: ListPlan, read: (r: Reading, body: FieldPlan, copies: undefined) => unknown): EntryValue {
  r.start = r.pos - 1;
  const id = uint(r, 1, list.key);
  if (id < list.min || id > list.max) badSchedule(r, list, id, -1);
  if (r.pos >= r.bytes.length) truncated(r, 1, label(r) + ' ' + list.noun + ' ' + id);
  const sub = r.bytes[r.pos++];
  const slot = hasOwnKey(list.subs, sub) ? list.subs[sub] : undefined;
  if (slot === undefined) badSchedule(r, list, id, sub);
  // Messages name the entry's field: `schedule_settings[id 2].enable (0x6e0200)`.
  r.name = list.key + '[' + list.entryKey + ' ' + id + '].' + slot.key;
  r.id = [r.id[0], id, sub];
  return { id, key: slot.key, seq: slot.seq, value: read(r, slot.body, undefined) };
}

/** A field of an entry of a keyed list: into the list's last entry (of the same key) when it `joins`, else a new one. */
export function putEntry(scope: Rec, key: string, entryKey: string, v: EntryValue, joins: boolean | undefined): void {
  const list = (hasOwnKey(scope, key) ? scope[key] : (scope[key] = [])) as Rec[];
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  // `joins` undefined: an uplink's field joins an entry that lacks it.
  if (last !== undefined && last[entryKey] === v.id && (joins === undefined ? !hasOwnKey(last, v.key) : joins)) last[v.key] = v.value;
  else {
    const entry: Rec = {};
    entry[entryKey] = v.id;
    entry[v.key] = v.value;
    list.push(entry);
  }
}
