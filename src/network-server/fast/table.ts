/**
 * The network-server script's fast path reads one small table entry per command it meets,
 * stored as JSON text in the script and parsed on demand (fast-path.ts). This module makes those
 * entries from the engine's rows, at build time (scripts/build-codecs.js); the script never
 * imports it.
 *
 * An entry holds what the fast path needs to read and write the command when nothing is wrong:
 * its placement, rank, enum style, body and copies. A command whose body or placement the fast
 * path does not handle (schedules, replies, records, dates, command IDs, text) gets no entry: the
 * fast path gives way to the full codec when it meets one.
 */
import { commands } from '../../engine/commands';
import { KINDS } from '../../engine/kinds';
import { compileStruct, defaultOf } from '../../engine/struct';
import type { Command } from '../../engine/commands';
import type { Field, Fields } from '../../schema/fields';

/** Placement codes of an entry. */
export const enum Place {
  Call = 0,
  Key = 1,
  Member = 2,
}

/** Field kinds of an entry. */
export const enum Kind {
  Int = 1,
  Decimal = 2,
  Enum = 3,
  Bool = 4,
  Bits = 5,
  Struct = 6,
  /** A struct kept as an entry of its own (an event's branch), read only when the message has it. */
  Ref = 7,
}

/** Size in bytes, negative when signed. */
const WIRE: { [wire: string]: number } = { u8: 1, u16: 2, u32: 4, i16: -2 };

/** A field as the fast path reads it, or undefined when it does not handle the kind. */
type FastField = unknown[];

function fastStruct(f: Field & { kind: 'struct' }, outOfLine: OutOfLine, copyTo: CopyTo): FastField | undefined {
  const fields = fastFields(f.fields, outOfLine, copyTo);
  if (fields === undefined) return undefined;
  // A branch (a struct that a selector chooses) of a command only read: its own entry.
  return f.when && outOfLine ? [Kind.Ref, outOfLine([Kind.Struct, fields])] : [Kind.Struct, fields];
}

/** A command's body struct, with the copies of its own fields and of its branches' fields. */
function fastStruct0(f: Field & { kind: 'struct' }, outOfLine: OutOfLine, own: CopyTo, branchCopy: ((branch: string) => CopyTo) | undefined): FastField | undefined {
  const fields = fastFields(f.fields, outOfLine, own, branchCopy);
  return fields && [Kind.Struct, fields];
}

/** Where a struct field goes when it is kept out of line: stores it, returns its key. */
type OutOfLine = ((ff: FastField) => string) | undefined;

/** A decimal's bound in hundredths, which must be exact (as the schema's two-decimal bounds are). */
function hundredths(x: number): number {
  const h = Math.round(x * 100);
  if (h / 100 !== x) throw new Error(`fast table: ${x} is not a whole number of hundredths`);
  return h;
}

function fastField(f: Field, outOfLine: OutOfLine): FastField | undefined {
  switch (f.kind) {
    case 'int':
      return [Kind.Int, WIRE[f.wire], f.min, f.max];
    case 'decimal':
      return [Kind.Decimal, WIRE[f.wire], hundredths(f.min), hundredths(f.max)];
    case 'enum':
      return trim([Kind.Enum, WIRE[f.wire || 'u8'], f.values.map((v) => v.value), f.output === 'name' ? f.values.map((v) => v.name) : 0]);
    case 'bool':
      return [Kind.Bool];
    case 'bits':
      return [Kind.Bits, f.shift, f.width, f.min === undefined ? 0 : f.min, f.max === undefined ? Math.pow(2, f.width) - 1 : f.max];
    case 'struct':
      return fastStruct(f, outOfLine, undefined);
    default:
      return undefined;
  }
}

/** Trailing zeros, -1s and false-ish values left out: the decoder reads them as undefined. */
function trim(a: unknown[]): unknown[] {
  while (a.length > 0 && (a[a.length - 1] === 0 || a[a.length - 1] === undefined)) a.pop();
  return a;
}

/** The key a field's value is also copied to (an event's readings: the engine's CopyPlan), by field name. */
type CopyTo = ((name: string) => string | undefined) | undefined;

/**
 * The fields of a struct: `[name, field, copyTo, whenIndex + 1, whenIs, bitsStart, optional, default]`, in
 * wire order, as struct.ts compiles them.
 */
function fastFields(fields: Fields, outOfLine: OutOfLine, copyTo?: CopyTo, branchCopy?: (branch: string) => CopyTo): unknown[] | undefined {
  // Bit fields sharing a byte and selectors, as the engine compiles them.
  const compiled = compileStruct(fields, 'number', KINDS).fields;
  const out: unknown[] = [];
  for (let i = 0; i < compiled.length; i++) {
    const { name, d: f, byteStart: bitsStart, when, whenIs: whenList } = compiled[i];
    const whenIndex = when === undefined ? -1 : when;
    const whenIs = whenList || [];
    const ff = f.kind === 'struct' && branchCopy ? fastStruct(f, outOfLine, branchCopy(name)) : fastField(f, outOfLine);
    if (ff === undefined) return undefined;
    const dflt = defaultOf(f);
    const to = f.kind === 'struct' && branchCopy ? undefined : copyTo && copyTo(name);
    out.push(trim([name, ff, to || 0, whenIndex + 1, whenIndex < 0 ? 0 : whenIs, bitsStart ? 1 : 0, dflt === undefined ? 0 : 1, dflt || 0]));
  }
  return out;
}

/** The entry of a command, or undefined when the fast path leaves it to the full codec. */
function entryOf(c: Command, outOfLine: OutOfLine): unknown[] | undefined {
  const field = c.field;
  const p = c.place;
  const place = p.to === 'call' ? Place.Call : p.to === 'key' ? Place.Key : p.to === 'member' ? Place.Member : -1;
  if (place < 0) return undefined;
  let body: unknown = 0;
  // An event's copies, resolved per field: a field of the event itself, or of one of its branches.
  const plan = c.copies;
  const own: CopyTo = plan && ((name) => plan.own[name]);
  const branchCopy = plan && ((branch: string): CopyTo => (name) => (plan.branch[branch] && plan.branch[branch][name]) || plan.any[name]);
  if (field !== undefined) {
    const ff = field.kind === 'struct' ? fastStruct0(field, outOfLine, own, branchCopy) : fastField(field, outOfLine);
    if (ff === undefined) return undefined;
    // A bare value ("(value)" settings) is a field of its own, not a one-field object.
    body = field.kind === 'struct' ? ff : [0, ff];
  }
  return trim([c.name, c.command, (c.down ? 1 : 0) | (c.up ? 2 : 0), place, body, c.rank + 1, place === Place.Call ? 1 : 0]);
}

export interface FastTable {
  /**
   * `#id:offset,length` for each entry (the ID's bytes in decimal, dot-separated: `#101.0:`; `d` or `u` after
   * an ID that two commands share, one sent down and one up; `/n` after an event's ID for its branch n),
   * in base 36 into `entries`, then `#`; what only comes up first.
   */
  readonly index: string;
  /** The entries, one after another: services first, which encoding finds by name (`["reboot",`); an event's branches after it. */
  readonly entries: string;
}

/** JSON with everything outside printable ASCII escaped: the table is stored in a comment, read back as text. */
function ascii(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => '\\u' + ('000' + ch.charCodeAt(0).toString(16)).slice(-4));
}

/** The entries of every command the fast path handles, and their index. */
export function fastTable(): FastTable {
  // Index lines of what only comes up (readings, events and their branches) first: uplinks are most
  // messages, and the index is searched from its start.
  const upLines: string[] = [];
  const lines: string[] = [];
  let entries = '';
  const add = (key: string, value: unknown, up: boolean) => {
    const text = ascii(value);
    (up ? upLines : lines).push(`#${key}:${entries.length.toString(36)},${text.length.toString(36)}`);
    entries += text;
  };
  // An ID that means one command sent down and another sent up (0xee) is indexed per direction: `238d`, `238u`.
  const seen = new Map<string, number>();
  for (const c of commands().list) {
    const key = c.command.join('.');
    seen.set(key, (seen.get(key) || 0) + 1);
  }
  for (const c of commands().list) {
    const shared = (seen.get(c.command.join('.')) as number) > 1;
    if (shared && c.up && c.down) throw new Error(`fast table: ${c.name} shares its ID with a command of the same direction`);
    const id = c.command.join('.') + (shared ? (c.up ? 'u' : 'd') : '');
    // Commands only read (events) keep their branches out of line: a message reads one branch.
    const refs: unknown[] = [];
    const e = entryOf(c, c.down ? undefined : (ff) => `${id}/${refs.push(ff) - 1}`);
    if (e === undefined) continue;
    add(id, e, !c.down);
    refs.forEach((ff, k) => add(`${id}/${k}`, ff, true));
  }
  return { index: upLines.concat(lines).join('') + '#', entries };
}
