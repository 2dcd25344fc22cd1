/**
 * Where a field kind (kinds/) works, and the walk over a compiled struct that sets it up: a
 * struct's fields are written or read in wire order, each by its kind, at a site that holds the
 * struct, the wire numbers of the fields already done (selectors, lengths and date order look back
 * at them) and the field at hand. Compiling a struct from its declaration is struct.ts's job; this
 * module imports no kind, so that the struct kind (kinds/struct.ts) can walk a nested struct.
 */
import { duplicateError, pathError, valueError } from '../base/errors';
import { step, under } from '../base/path';
import type { CodecError, CodecErrorCode, Path } from '../base/errors';
import type { ByteWriter } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import { sortedKeys } from '../base/es5';
import type { Rec } from '../base/caller-input';
import type { Field } from '../schema/fields';
import { isTemperature } from '../schema/builders';
import { celsiusValue } from './twins';

/**
 * How decoded enums are spelt: `string` is the maker's service-page form for services ("1"),
 * `number` the maker's codec form for settings and uplinks (1).
 */
export type EnumStyle = 'string' | 'number';

/** A kind of field as the engine runs it: the words for what it allows, its writer and its reader. */
export interface Kind<F extends Field = Field> {
  /** The allowed values in words, for errors and help. */
  allowed(f: F, style: EnumStyle): string;
  /** What the docs and the CLI need, apart from what the engine reads (the network-server script leaves it out). */
  doc: {
    /** The maker's type word for it (its service page's `int`, `float`, `enum`…). */
    word: string;
    /** How `key=text` on the command line is typed: a number, or the text for the codec to judge. */
    fromText(text: string): unknown;
    /**
     * A copy of a caller's descriptor of this kind with what `allowed` reads, checked (`allowedText`
     * takes descriptors shaped like the tables'); `check` refuses what is not so.
     */
    descriptor(f: Rec, check: DescriptorCheck): Field;
  };
  /** Checks `value` and writes it; returns its wire number (for the selectors, lengths and dates after it). */
  write(f: F, value: unknown, at: WriteSite): number;
  /**
   * How a device writes it (encodeUplink), where that differs: a device may send numbers its
   * range does not allow (decoding warns about them), and kinds only uplinks carry. Read by
   * kinds/index.ts's DEVICE_KINDS; the network-server script leaves it out.
   */
  device?: {
    allowed?(f: F, style: EnumStyle): string;
    write?(f: F, value: unknown, at: WriteSite): number;
  };
}

/** What `doc.descriptor` checks a caller's descriptor with: each throws a CodecError naming what is wrong. */
export interface DescriptorCheck {
  refused(why: string): CodecError;
  /** Its properties `keys` are finite numbers. */
  numbers(...keys: string[]): void;
  /** Its properties `keys`, where present, are integers 0…65535. */
  integers(...keys: string[]): void;
}

export type Kinds = { readonly [K in Field['kind']]: Kind<Extract<Field, { kind: K }>> };

/**
 * A field as the reader (read.ts) takes it, its **plan**: its name ('' for a bare value), its declaration
 * (`d`: kind, wire, range, unit, values…, as the tables give it), and what compiling its struct found out.
 * Plain data (JSON holds it whole); every property is set, undefined where it does not apply.
 */
export interface FieldPlan {
  readonly name: string;
  readonly d: Field;
  /** date (`notBefore`), commandId (`lengthFrom`): the index of the sibling it refers to. */
  readonly siblingAt: number | undefined;
  /** Present only when the sibling at `when` has one of the numbers in `whenIs`. */
  readonly when: number | undefined;
  readonly whenIs: readonly number[] | undefined;
  /** Later siblings depend on it (its value decides the layout): a value out of range is an error, never a warning. */
  readonly selector: true | undefined;
  /** bits: the first of a run that shares a byte. */
  readonly byteStart: true | undefined;
  /** The value an optional field takes when left out (`defaultOf`), and is left out of output at; undefined when it is required. */
  readonly fallback: number | undefined;
  /** An event's field that is also copied to a top-level key (docs/PROTOCOL.md §6). */
  readonly copy: string | undefined;
  /** A struct's fields. */
  readonly fields: readonly FieldPlan[] | undefined;
}

/** A field of a compiled struct: its plan, and what writing it needs besides. */
export interface CompiledField {
  readonly plan: FieldPlan;
  /** How its values are written: the struct's kinds, or the strict ones for a selector. */
  readonly kind: Kind;
  readonly aliases: readonly string[];
  /** Derived from what follows when not given (a length, a command's name): never missing. */
  readonly derived: boolean;
  /** A struct's fields, compiled (its plan's `fields`). */
  readonly sub: CompiledStruct | undefined;
}

export interface CompiledStruct {
  readonly fields: readonly CompiledField[];
  readonly names: readonly string[];
  /** Accepted key (name or alias) → field index. */
  readonly keys: { [key: string]: number };
  readonly style: EnumStyle;
  /** The wire numbers of its fields before any is written or read: all -1 (copied, which is quicker than building). */
  readonly unset: readonly number[];
}

/** Where a value is written: its struct and path, the wire numbers of its siblings so far, the field at hand. */
export interface WriteSite {
  readonly s: CompiledStruct;
  readonly vals: number[];
  /** The struct's path; the field's is `path.key`. */
  readonly path: Path;
  readonly w: ByteWriter;
  field: CompiledField;
  /** The key the caller gave the field under: its name, an alias or a temperature's twin. */
  key: string;
  /** Where the byte that the current run of bit fields shares is. */
  bitsAt: number;
  /** Work left until the struct is written (a query length, patched once its command ID is). */
  later: (() => void) | undefined;
}


/** The one way a written value is refused: `path.key: <value> <what>`, at the key the caller gave it under. */
export function refuseValue(at: WriteSite, code: CodecErrorCode, value: unknown, what: string): CodecError {
  return valueError(code, under(at.path, at.key), value, what);
}

/** The key under which the caller gave a field: its name, or one alias or twin (two at once is ambiguous). */
function givenKey(input: Rec, cf: CompiledField, path: Path): string {
  let key = cf.plan.name;
  for (let i = 0; i < cf.aliases.length; i++) {
    const a = cf.aliases[i];
    if (input[a] !== undefined) {
      if (input[key] !== undefined) {
        throw duplicateError(path, a, input[a], key);
      }
      key = a;
    }
  }
  return key;
}

export function writeSite(s: CompiledStruct, path: Path, w: ByteWriter, vals: number[]): WriteSite {
  return { s, vals, path, w, field: s.fields[0], key: '', bitsAt: -1, later: undefined };
}

/**
 * Checks a caller's object of fields and writes it in wire order. With `others`, `given` is a
 * snapshot already (ownRecord's), whose keys that are not fields of the struct are left alone.
 */
export function writeStruct(s: CompiledStruct, given: unknown, path: Path, w: ByteWriter, others?: boolean): void {
  // A snapshot of the caller's own properties: each is read once, none is inherited.
  const input = others ? (given as Rec) : ownRecord(given, path);
  if (input === undefined) {
    throw valueError('INVALID_TYPE', path, given, `is not an object; expected { ${s.names.join(', ')} }`);
  }
  if (!others) {
    // Of several unknown keys, the first in one order (sortedKeys), whatever order the caller's object had.
    let unknown: string[] | undefined;
    for (const key in input) if (s.keys[key] === undefined) (unknown || (unknown = [])).push(key);
    if (unknown !== undefined) {
      const allowed = s.names.length ? `allowed: ${s.names.join(', ')}` : 'it takes none';
      throw pathError('UNKNOWN_INPUT', step(path, sortedKeys(unknown)[0]), `unknown key; ${allowed}`);
    }
  }
  const at = writeSite(s, path, w, s.unset.slice());
  for (let i = 0; i < s.fields.length; i++) {
    const cf = s.fields[i];
    const p = cf.plan;
    const key = cf.aliases.length ? givenKey(input, cf, path) : p.name;
    let value = input[key];
    at.field = cf;
    // A value that its selector does not allow is named as the caller gave it (an alias, a twin).
    at.key = key;
    if (p.when !== undefined && (p.whenIs as readonly number[]).indexOf(at.vals[p.when]) < 0) {
      if (value !== undefined) {
        const sel = s.names[p.when];
        throw refuseValue(at, 'UNKNOWN_INPUT', value, `is not allowed when ${sel} is ${at.vals[p.when]}; it goes with ${sel} ${(p.whenIs as readonly number[]).join(' or ')}`);
      }
      continue;
    }
    const f = p.d;
    if (value === undefined && !cf.derived) {
      const fallback = p.fallback;
      if (fallback === undefined) throw pathError('MISSING_INPUT', step(path, p.name), `missing; expected ${cf.kind.allowed(f, s.style)}`);
      value = fallback;
    }
    // A temperature's Fahrenheit twin is given in °F (twins.ts); a field's name never starts so.
    if (key.lastIndexOf('fahrenheit_', 0) === 0 && isTemperature(f)) value = celsiusValue(key, value, f, step(path, key));
    at.vals[i] = cf.kind.write(f, value, at);
  }
  if (at.later) at.later();
}

