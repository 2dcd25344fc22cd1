/**
 * A keyed list's command (schedules, `6e`): an entry's key and a sub-command name the entry and its
 * field, then that field's value. Apart from commands.ts so that what writes it needs no table.
 */
import { dict } from '../base/es5';
import type { Field } from '../schema/fields';
import type { KeyedListRow } from '../schema/settings';
import { DOWNLINK_KINDS } from './kinds';
import { compileField } from './struct';
import type { Body } from './struct';

/** One field of the entries of a keyed list: its sub-command, its place in the table's order, its body. */
export interface ListSlot {
  readonly key: string;
  readonly sub: number;
  readonly seq: number;
  readonly field: Field;
  readonly body: Body;
}

/** A keyed list's command (`6e`), as the engine reads it; encode-downlink.ts's `writeEntry` writes its entries. */
export interface KeyedList {
  readonly row: KeyedListRow;
  /** Its entries' fields, in the table's order, and by name. */
  readonly slots: readonly ListSlot[];
  readonly byKey: { readonly [key: string]: ListSlot };
  /** The entry keys allowed, in words: `0…15`. */
  readonly ids: string;
  /** The list as messages name what it must be: `a non-empty array of schedules ({ id: 0…15, … })`. */
  readonly expected: string;
}

/** The keyed list of `row`, its fields compiled on first use. */
export function keyedList(row: KeyedListRow): KeyedList {
  const entryKey = row.entryKey;
  const min = row.ids.min;
  const max = row.ids.max;
  const slots: ListSlot[] = Object.keys(row.fields).map((key, seq) => {
    const f = row.fields[key];
    return { key, sub: f.sub, seq, field: f.field, body: compileField(f.field, 'number', DOWNLINK_KINDS) };
  });
  const byKey = dict<ListSlot>();
  for (const f of slots) byKey[f.key] = f;
  const ids = `${min}…${max}`;
  const list: KeyedList = {
    row,
    slots,
    byKey,
    ids,
    expected: `a non-empty array of ${row.items} ({ ${entryKey}: ${ids}, … })`,
  };
  return list;
}

