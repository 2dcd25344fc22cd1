/**
 * A keyed list's command (schedules, `6e`): an entry's key and a sub-command name the entry and its
 * field, then that field's value. Built from the list's plan (plans.ts's ListPlan), apart from
 * commands.ts, so that what writes it needs no table.
 */
import { dict } from '../base/es5';
import type { Field } from '../schema/fields';
import { DOWNLINK_KINDS } from './kinds';
import type { FieldPlan, ListPlan } from './plans';
import { bodyOfPlan } from './struct';
import type { Body } from './struct';

/** One field of the entries of a keyed list: its sub-command, its declaration and body. */
export interface ListSlot {
  readonly key: string;
  readonly sub: number;
  /** Its declaration (the library's; a network-server script's plans hold it as `plan.d`) and its plan. */
  readonly field: Field;
  readonly plan: FieldPlan;
  readonly body: Body;
}

/** A keyed list's command (`6e`), as the engine writes it (encode-lists.ts's `writeEntry`); read by its plan. */
export interface KeyedList {
  /** Its command ID (one byte) and its plan: key, entry key and range, words. */
  readonly command: number;
  readonly plan: ListPlan;
  /** Its entries' fields, in the table's order, and by name. */
  readonly slots: readonly ListSlot[];
  readonly byKey: { readonly [key: string]: ListSlot };
  /** The entry keys allowed, in words: `0…15`. */
  readonly ids: string;
  /** The list as messages name what it must be: `a non-empty array of schedules ({ id: 0…15, … })`. */
  readonly expected: string;
}

/** The keyed list of command `command` whose plan is `plan`, its fields compiled on first use. */
export function keyedList(command: number, plan: ListPlan): KeyedList {
  // In the table's order (`seq`), whatever order the plan's object gives its keys in (otto's JSON.parse keeps none).
  const slots: ListSlot[] = [];
  for (const sub in plan.subs) {
    const s = plan.subs[sub];
    slots[s.seq] = { key: s.key, sub: +sub, field: s.field, plan: s.body, body: bodyOfPlan(s.body, 'number', DOWNLINK_KINDS, false) };
  }
  const byKey = dict<ListSlot>();
  for (const f of slots) byKey[f.key] = f;
  const ids = `${plan.min}…${plan.max}`;
  return { command, plan, slots, byKey, ids, expected: `a non-empty array of ${plan.items} ({ ${plan.entryKey}: ${ids}, … })` };
}
