/**
 * What the reader (read.ts) reads a command by: its **plan**, plain data made once from the command that
 * commands.ts lists from the tables, made when a frame first holds the command. Plans are data (JSON
 * holds them whole), so that a network-server script can keep them as text and parse only those a frame
 * holds, rather than build every command from the tables for every message, and still read with this
 * same reader.
 */
import { dict } from '../base/es5';
import type { Field } from '../schema/fields';
import type { KeyedListRow } from '../schema/settings';
import type { FieldPlan } from './site';
import { planStruct } from './struct';
import type { CopyOf } from './struct';

export type { FieldPlan };

/** Where a command's value goes (commands.ts's Placement): a service call, a key, a group's member, a keyed list's entry, an appended item, a record. */
export type PlaceTo = 'call' | 'key' | 'member' | 'entry' | 'append' | 'record';

/** What a plan is made of: a command as commands.ts lists it, as far as reading goes. */
export interface PlannedCommand {
  readonly name: string;
  readonly command: readonly number[];
  readonly rank: number;
  readonly place: {
    readonly to: PlaceTo;
    readonly key?: string;
    readonly member?: string;
    readonly list?: ListPlan;
  };
  /** The declaration of its body; undefined for a command with no body, or a keyed list's (its plan has its entries'). */
  readonly field: Field | undefined;
  /** Where an event's fields are copied to at top level (copies.ts). */
  readonly copies: CopyOf | undefined;
}

export interface ReadPlan {
  readonly name: string;
  readonly id: readonly number[];
  /** Where its value goes: placement `to`, with its key and member. */
  readonly to: PlaceTo;
  readonly key?: string;
  readonly member?: string;
  /** Settings: the table order in which one settings object writes them; -1 for others. */
  readonly rank: number;
  /** Services: enums decode as digit strings (the maker's service page); else as numbers. */
  readonly style?: 'string';
  /** Its body: a struct, or a bare value (a struct of one field named ''); none for a command reported as 1. */
  readonly body?: FieldPlan;
  /** A keyed list's command (schedules): its words, and its entries' fields by sub-command. */
  readonly list?: ListPlan;
}

export interface ListPlan {
  readonly key: string;
  readonly entryKey: string;
  /** What an entry is called in messages, and a list of them; the maker names entry 0 `${entryName}1`. */
  readonly noun: string;
  readonly items: string;
  readonly entryName: string;
  readonly min: number;
  readonly max: number;
  /** Its entries' fields by sub-command; `field`, the declaration, only in the library (what encodeUplink writes by). */
  readonly subs: { readonly [sub: number]: { readonly key: string; readonly seq: number; readonly field: Field; readonly body: FieldPlan } };
}

/** A body that is an object of fields: its plan's declaration (the bare value's is its one field's). */
const STRUCT: Field = { kind: 'struct', fields: {} };

/** A body's plan, from its declaration: a struct of its fields' plans, or its one field's for a bare value. */
function bodyPlanOf(field: Field, copyOf?: CopyOf): FieldPlan {
  if (field.kind !== 'struct') return planStruct({ '': field }, copyOf)[0];
  const fields = planStruct(field.fields, copyOf);
  return { name: '', d: STRUCT, siblingAt: undefined, when: undefined, whenIs: undefined, selector: undefined, byteStart: undefined, fallback: undefined, copy: undefined, fields };
}

/** A keyed list's plan, from its row: its words, and its entries' fields by sub-command, each planned as a setting's value. */
export function listPlanOf(row: KeyedListRow): ListPlan {
  const subs = dict<{ readonly key: string; readonly seq: number; readonly field: Field; readonly body: FieldPlan }>();
  Object.keys(row.fields).forEach((key, seq) => {
    const f = row.fields[key];
    subs[f.sub] = { key, seq, field: f.field, body: bodyPlanOf(f.field) };
  });
  return { key: row.key, entryKey: row.entryKey, noun: row.noun, items: row.items, entryName: row.entryName, min: row.ids.min, max: row.ids.max, subs };
}

/**
 * A command's plan (made once per command: commands.ts keeps it), from its body's declaration. Every property is there, undefined where it does not apply: nothing a polluted Object.prototype
 * could answer for.
 */
export function readPlanOf(c: PlannedCommand): ReadPlan {
  const p = c.place;
  return {
    name: c.name,
    id: c.command.slice(),
    to: p.to,
    key: p.to === 'call' ? undefined : p.key,
    member: p.to === 'member' ? p.member : undefined,
    rank: c.rank,
    style: p.to === 'call' ? 'string' : undefined,
    body: p.list !== undefined || c.field === undefined ? undefined : bodyPlanOf(c.field, c.copies),
    list: p.list,
  };
}
