/**
 * What the reader (read.ts) reads a command by: its **plan**, plain data made once from the command that
 * commands.ts compiles from the tables, made when a frame first holds the command. Plans are data (JSON
 * holds them whole), so that a network-server script can keep them as text and parse only those a frame
 * holds, rather than build every command from the tables for every message, and still read with this
 * same reader.
 */
import { dict } from '../base/es5';
import type { Field } from '../schema/fields';
import type { KeyedListRow } from '../schema/settings';
import type { CopyPlan } from './copies';
import type { CompiledStruct } from './site';
import type { Body } from './struct';

/**
 * A field as the reader takes it: its name ('' for a bare value), its declaration (`d`: kind, wire, range,
 * unit, values…, as the tables give it), and what compiling its struct found out.
 */
export interface FieldPlan {
  readonly name: string;
  readonly d: Field;
  /** date (`notBefore`), commandId (`lengthFrom`): the index of the sibling it refers to. */
  readonly siblingAt: number | undefined;
  /** Present only when the sibling at `when` has one of the numbers in `whenIs`. */
  readonly when: number | undefined;
  readonly whenIs: readonly number[] | undefined;
  /** Later siblings depend on it: a value out of range is an error, never a warning. */
  readonly selector: true | undefined;
  /** bits: the first of a run that shares a byte. */
  readonly byteStart: true | undefined;
  /** An optional field's default: left out of output when equal. */
  readonly fallback: number | undefined;
  /** An event's field that is also copied to a top-level key (docs/PROTOCOL.md §6). */
  readonly copy: string | undefined;
  /** struct */
  readonly fields: readonly FieldPlan[] | undefined;
}

/** Where a command's value goes (commands.ts's Placement): a service call, a key, a group's member, a keyed list's entry, an appended item, a record. */
export type PlaceTo = 'call' | 'key' | 'member' | 'entry' | 'append' | 'record';

/** What a plan is made of: a command as commands.ts compiles it, as far as reading goes. */
export interface PlannedCommand {
  readonly name: string;
  readonly command: readonly number[];
  readonly rank: number;
  readonly place: {
    readonly to: PlaceTo;
    readonly key?: string;
    readonly member?: string;
    readonly list?: { readonly row: KeyedListRow; readonly slots: readonly { readonly key: string; readonly sub: number; readonly seq: number; readonly body: Body }[] };
  };
  readonly body: unknown;
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
  readonly noun: string;
  readonly min: number;
  readonly max: number;
  readonly subs: { readonly [sub: number]: { readonly key: string; readonly seq: number; readonly body: FieldPlan } };
}

/**
 * The fields of a compiled struct as plans; `copyOf` names the top-level key a field is copied to. Every
 * plan has every property, undefined where it does not apply: one shape for all (quick to read in V8), and
 * nothing a polluted Object.prototype could answer for (the tables' declarations have no prototype).
 */
function fieldPlans(s: CompiledStruct, copyOf?: (name: string, branch: string | undefined) => string | undefined, branch?: string): FieldPlan[] {
  return s.fields.map((cf) => {
    const d = cf.declared as { readonly notBefore?: string; readonly lengthFrom?: string };
    const sibling = d.notBefore !== undefined ? d.notBefore : d.lengthFrom;
    return {
      name: cf.name,
      d: cf.declared,
      siblingAt: sibling === undefined ? undefined : s.keys[sibling],
      when: cf.whenIndex >= 0 ? cf.whenIndex : undefined,
      whenIs: cf.whenIndex >= 0 ? cf.whenIs : undefined,
      selector: cf.selector || undefined,
      byteStart: cf.bitsStart || undefined,
      fallback: cf.fallback,
      // Copies reach one level down: an event's own fields, and its branches' (copies.ts's copiesOf).
      copy: cf.sub === undefined && copyOf !== undefined ? copyOf(cf.name, branch) : undefined,
      fields: cf.sub === undefined ? undefined : fieldPlans(cf.sub, branch === undefined ? copyOf : undefined, cf.name),
    } as FieldPlan;
  });
}

/** A body that is an object of `fields` (a bare value is its one field instead). */
const STRUCT: Field = { kind: 'struct', fields: {} };

/** A body compiled by struct.ts, as a plan: a struct, or its one field for a bare value. */
function bodyPlan(body: Body, copyOf?: (name: string, branch: string | undefined) => string | undefined): FieldPlan {
  const compiled = body as unknown as { bare: boolean; struct(): CompiledStruct };
  const fields = fieldPlans(compiled.struct(), copyOf);
  if (compiled.bare) return fields[0];
  return { name: '', d: STRUCT, siblingAt: undefined, when: undefined, whenIs: undefined, selector: undefined, byteStart: undefined, fallback: undefined, copy: undefined, fields };
}

/** Where an event's field goes besides the event: its own copy, or its branch's, or any branch's (`readPlanOf`'s `copyOf`). */
export function copying(copies: CopyPlan | undefined): ((name: string, branch: string | undefined) => string | undefined) | undefined {
  if (copies === undefined) return undefined;
  return (name, branch) => {
    if (branch === undefined) return copies.own[name];
    const named = copies.branch[branch];
    return named !== undefined && named[name] !== undefined ? named[name] : copies.any[name];
  };
}

/**
 * A command's plan (made once per command: commands.ts keeps it); an event's with `copyOf` (`copying` of its
 * copies), which only uplinks need. Every property is there, undefined where it does not apply: nothing a
 * polluted Object.prototype could answer for.
 */
export function readPlanOf(c: PlannedCommand, copyOf?: (name: string, branch: string | undefined) => string | undefined): ReadPlan {
  const p = c.place;
  let list: ListPlan | undefined;
  if (p.list !== undefined) {
    const subs = dict<{ readonly key: string; readonly seq: number; readonly body: FieldPlan }>();
    for (const slot of p.list.slots) subs[slot.sub] = { key: slot.key, seq: slot.seq, body: bodyPlan(slot.body) };
    const row = p.list.row;
    list = { key: row.key, entryKey: row.entryKey, noun: row.noun, min: row.ids.min, max: row.ids.max, subs };
  }
  return {
    name: c.name,
    id: c.command.slice(),
    to: p.to,
    key: p.to === 'call' ? undefined : p.key,
    member: p.to === 'member' ? p.member : undefined,
    rank: c.rank,
    style: p.to === 'call' ? 'string' : undefined,
    body: p.list !== undefined || c.body === undefined ? undefined : bodyPlan(c.body as Body, copyOf),
    list,
  };
}
