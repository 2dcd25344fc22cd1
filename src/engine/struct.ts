/**
 * Command bodies: the fields a table declares, compiled once (on first use) and written or read
 * in wire order. What is particular to a kind of field is its record in kinds.ts; what is common
 * to all is here: keys and aliases, selectors (`when`), defaults, bit fields sharing a byte.
 */
import { pathError, step, valueError } from '../base/errors';
import type { Path } from '../base/errors';
import { ByteReader, ByteWriter } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict } from '../base/es5';
import type { Field, Fields } from '../schema/fields';
import { KINDS, refuseValue } from './kinds';
import type { EnumStyle, Kind, Kinds, ReadSite, WriteSite } from './kinds';
import type { ReadContext } from './read-context';

export interface CField {
  readonly name: string;
  readonly field: Field;
  /** How its values are written and read: the struct's kinds, or the strict ones for a selector. */
  readonly kind: Kind;
  readonly aliases: readonly string[];
  /** Index of the selector this field depends on, or -1. */
  readonly whenIndex: number;
  readonly whenIs: readonly number[];
  /** Some later sibling depends on this field: its value decides the layout, so it is never lenient. */
  readonly selector: boolean;
  /** For `bits`: first of the fields that share a byte. */
  readonly bitsStart: boolean;
  /** Derived from what follows when not given (a length, a command's name): never missing. */
  readonly derived: boolean;
  /** The value it takes when left out (`defaultOf`), undefined when it is required. */
  readonly fallback: number | undefined;
  readonly sub: CStruct | undefined;
}

export interface CStruct {
  readonly fields: readonly CField[];
  readonly names: readonly string[];
  /** Accepted key (name or alias) → field index. */
  readonly keys: { [key: string]: number };
  readonly style: EnumStyle;
  /** The wire numbers of its fields before any is written or read: all -1 (copied, which is quicker than building). */
  readonly unset: readonly number[];
}

export function compileStruct(fields: Fields, style: EnumStyle, kinds: Kinds): CStruct {
  const names = Object.keys(fields);
  const keys = dict<number>();
  names.forEach((n, i) => {
    keys[n] = i;
    for (const a of fields[n].aliases || []) keys[a] = i;
  });
  const selectors = dict<true>();
  for (const n of names) {
    const f = fields[n];
    if (f.when) selectors[f.when.field] = true;
    if (f.kind === 'queryLength') selectors[f.of] = true;
    if (f.kind === 'commandId') selectors[f.lengthFrom] = true;
  }
  let bitsUsed = 0;
  const list: CField[] = names.map((name) => {
    const field = fields[name];
    let bitsStart = false;
    if (field.kind === 'bits') {
      const mask = ((1 << field.width) - 1) << field.shift;
      bitsStart = (bitsUsed & mask) !== 0 || bitsUsed === 0;
      bitsUsed = bitsStart ? mask : bitsUsed | mask;
    } else bitsUsed = 0;
    const w = field.when;
    const selector = selectors[name] === true;
    // A field `of` a sibling (a length, a name) is derived from it: never missing.
    const derived = (field as { of?: string }).of !== undefined;
    return {
      name,
      field,
      // A selector decides what follows: even a lenient writer takes only its listed values (a count it derives itself).
      kind: (selector && !derived ? KINDS : kinds)[field.kind] as Kind,
      aliases: field.aliases || [],
      whenIndex: w ? names.indexOf(w.field) : -1,
      whenIs: w ? w.is : [],
      selector,
      bitsStart,
      derived,
      fallback: defaultOf(field),
      sub: field.kind === 'struct' ? compileStruct(field.fields, style, kinds) : undefined,
    };
  });
  return { fields: list, names, keys, style, unset: unset(list.length) };
}

/**
 * The wire numbers of a struct's fields, all set to -1 (no value): an array with holes would
 * read a polluted Array.prototype for a selector that was left out.
 */
function unset(n: number): number[] {
  const vals: number[] = [];
  for (let i = 0; i < n; i++) vals.push(-1);
  return vals;
}

/** The key under which the caller gave a field: its name, or one alias (both at once is ambiguous). */
function givenKey(input: Rec, cf: CField, path: Path): string {
  let key = cf.name;
  for (let i = 0; i < cf.aliases.length; i++) {
    const a = cf.aliases[i];
    if (input[a] !== undefined) {
      if (input[key] !== undefined) {
        throw valueError('INVALID_CALL', step(path, a), input[a], `duplicates ${key}; give one of them`);
      }
      key = a;
    }
  }
  return key;
}

function writeSite(s: CStruct, path: Path, w: ByteWriter, vals: number[]): WriteSite {
  return { s, vals, path, w, cf: s.fields[0], key: '', bitsAt: -1, later: undefined };
}

/**
 * Checks a caller's object of fields and writes it in wire order. With `others`, `given` is a
 * snapshot already (ownRecord's), whose keys that are not fields of the struct are left alone.
 */
export function writeStruct(s: CStruct, given: unknown, path: Path, w: ByteWriter, others?: boolean): void {
  // A snapshot of the caller's own properties: each is read once, none is inherited.
  const input = others ? (given as Rec) : ownRecord(given, path);
  if (input === undefined) {
    throw valueError('INVALID_TYPE', path, given, `is not an object; expected { ${s.names.join(', ')} }`);
  }
  if (!others) for (const key in input) {
    if (s.keys[key] === undefined) {
      const allowed = s.names.length ? `allowed: ${s.names.join(', ')}` : 'it takes none';
      throw pathError('UNKNOWN_INPUT', step(path, key), `unknown key; ${allowed}`);
    }
  }
  const at = writeSite(s, path, w, s.unset.slice());
  for (let i = 0; i < s.fields.length; i++) {
    const cf = s.fields[i];
    const key = cf.aliases.length ? givenKey(input, cf, path) : cf.name;
    let value = input[key];
    at.cf = cf;
    at.key = cf.name;
    if (cf.whenIndex >= 0 && cf.whenIs.indexOf(at.vals[cf.whenIndex]) < 0) {
      if (value !== undefined) {
        const sel = s.names[cf.whenIndex];
        throw refuseValue(at, 'UNKNOWN_INPUT', value, `is not allowed when ${sel} is ${at.vals[cf.whenIndex]}; it goes with ${sel} ${cf.whenIs.join(' or ')}`);
      }
      continue;
    }
    const f = cf.field;
    if (value === undefined && !cf.derived) {
      const fallback = cf.fallback;
      if (fallback === undefined) throw pathError('MISSING_INPUT', step(path, cf.name), `missing; expected ${cf.kind.allowed(f, s.style)}`);
      value = fallback;
    }
    at.key = key;
    at.vals[i] = cf.kind.write(f, value, at);
  }
  if (at.later) at.later();
}

/** The value an optional field takes when left out (0 unless the table says otherwise); undefined for a required one. */
export function defaultOf(f: Field): number | undefined {
  if ((f.kind === 'enum' || f.kind === 'bits') && f.optional) return f.default === undefined ? 0 : f.default;
  return undefined;
}

function readSite(s: CStruct, r: ByteReader, what: Path, ctx: ReadContext, vals: number[], out?: { [name: string]: unknown }): ReadSite {
  return { s, vals, r, what, ctx, at: 0, wire: -1, cf: s.fields[0], byte: 0, out };
}

/** Reads the fields of a struct in wire order into an object. */
export function readStruct(s: CStruct, r: ByteReader, what: Path, ctx: ReadContext): { [name: string]: unknown } {
  const obj: { [name: string]: unknown } = {};
  if (s.fields.length === 0) return obj; // no site to set up (a service without inputs)
  const at = readSite(s, r, what, ctx, s.unset.slice(), obj);
  for (let i = 0; i < s.fields.length; i++) {
    const cf = s.fields[i];
    if (cf.whenIndex >= 0 && cf.whenIs.indexOf(at.vals[cf.whenIndex]) < 0) continue;
    at.cf = cf;
    at.at = r.pos;
    at.wire = -1;
    const f = cf.field;
    const value = cf.kind.read(f, at);
    at.vals[i] = at.wire;
    // An optional field at its default is left out, as the caller may leave it out; so is a name not known.
    if (at.wire === cf.fallback || value === undefined) continue;
    obj[cf.name] = value;
  }
  return obj;
}

/** A command body compiled from its declaration: one object, or one bare value ("(value)" settings). */
export interface Body {
  /** Validates `value` and appends its bytes; `path` names it in errors. With `others`, `value` is a snapshot (ownRecord's) that may hold keys other than its fields. */
  encode(value: unknown, path: Path, out: number[], others?: boolean): void;
  /** Reads the body at `r.pos`; `what` names the command for errors. */
  decode(r: ByteReader, what: Path, ctx: ReadContext): unknown;
}

/**
 * A command body: an object of fields, or one bare value (`{temperature_unit: 1}`), which is
 * a one-field struct whose field has an empty name, so that paths and messages name the value
 * itself. Compiled on first use: network servers start the script afresh for every message,
 * and one message touches few of the tables' bodies. A class rather than closures, because the
 * tables create one per command at start-up, and closures cost more to create.
 */
class CompiledBody implements Body {
  private compiled: CStruct | undefined;

  constructor(
    private readonly fields: Fields,
    private readonly style: EnumStyle,
    private readonly kinds: Kinds,
    private readonly bare: boolean,
    private readonly emptyIsUndefined: boolean,
  ) {}

  private struct(): CStruct {
    return this.compiled || (this.compiled = compileStruct(this.fields, this.style, this.kinds));
  }

  encode(value: unknown, path: Path, out: number[], others?: boolean): void {
    const w = new ByteWriter(out);
    if (!this.bare) {
      writeStruct(this.struct(), value === undefined && this.emptyIsUndefined ? {} : value, path, w, others);
      return;
    }
    const s = this.struct();
    const cf = s.fields[0];
    if (value === undefined) {
      throw pathError('MISSING_INPUT', path, `missing; expected ${cf.kind.allowed(cf.field, this.style)}`);
    }
    const at = writeSite(s, path, w, s.unset.slice());
    at.cf = cf;
    cf.kind.write(cf.field, value, at);
  }

  decode(r: ByteReader, what: Path, ctx: ReadContext): unknown {
    const s = this.struct();
    if (!this.bare) return readStruct(s, r, what, ctx);
    const at = readSite(s, r, what, ctx, s.unset.slice());
    at.cf = s.fields[0];
    at.at = r.pos;
    return at.cf.kind.read(at.cf.field, at);
  }
}

/** A body that is an object of `fields` (services' inputs, structured settings, events). */
export function compileBody(fields: Fields, style: EnumStyle, opts: { emptyIsUndefined?: boolean; kinds?: Kinds } = {}): Body {
  return new CompiledBody(fields, style, opts.kinds || KINDS, false, opts.emptyIsUndefined === true);
}

/** A body for any declared value: an object for a struct, a bare value otherwise. */
export function compileField(field: Field, style: EnumStyle, kinds: Kinds = KINDS): Body {
  return field.kind === 'struct' ? new CompiledBody(field.fields, style, kinds, false, false) : new CompiledBody({ '': field }, style, kinds, true, false);
}
