/**
 * Each kind of field, defined once: the words for what it allows, its type word for the docs,
 * how the CLI types `key=text` for it, how a value is checked and written, and how it is read.
 * A new kind is one record here (and, if uplinks may carry it, one in reading-kinds.ts).
 *
 * Writers and readers work at a site: the struct being written or read, the wire numbers of the
 * fields already done (selectors, lengths and date order look back at them) and the field at hand.
 */
import { byteError, CodecError, describeValue, pathText, step, under, valueError } from '../base/errors';
import type { CodecErrorCode, Path } from '../base/errors';
import { ByteReader, ByteWriter, hexByte, hexDigitBytes, hexOf } from '../base/bytes';
import { isoFromSeconds, parseDateInput } from '../base/dates';
import { dict, isFiniteNumber, isInteger } from '../base/es5';
import { arrayLength, ownItem, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { utf8Decode } from '../base/utf8';
import { commandIdFromBytes, commandNameOf, queryableName } from '../schema/command-ids';
import type { BitsField, EnumField, Field, Fields, IntWire } from '../schema/fields';
import { warn } from './read-context';
import type { ReadContext } from './read-context';
import type { CField, CStruct } from './struct';
import { readStruct, writeStruct } from './struct';

/**
 * How decoded enums are spelt: `string` is the maker's service-page form for services ("1"),
 * `number` the maker's codec form for settings and uplinks (1).
 */
export type EnumStyle = 'string' | 'number';

/** Where a value is written: its struct and path, the wire numbers of its siblings so far, the field at hand. */
export interface WriteSite {
  readonly s: CStruct;
  readonly vals: number[];
  /** The struct's path; the field's is `path.key`. */
  readonly path: Path;
  readonly w: ByteWriter;
  cf: CField;
  /** The key the caller gave the field under: its name or an alias. */
  key: string;
  /** Where the byte that the current run of bit fields shares is. */
  bitsAt: number;
  /** Work left until the struct is written (a query length, patched once its command ID is). */
  later: (() => void) | undefined;
}

/** Where a value is read: its struct and command, the wire numbers of its siblings so far, the field at hand. */
export interface ReadSite {
  readonly s: CStruct;
  readonly vals: number[];
  readonly r: ByteReader;
  /** Where the field at hand begins. */
  at: number;
  /** Its wire number, once read (for the selectors, lengths and dates after it); -1 for none. */
  wire: number;
  /** Names the command in errors: a path whose root is the command's label, a function called only for an error. */
  readonly what: Path;
  readonly ctx: ReadContext;
  cf: CField;
  /** The byte the current run of bit fields shares. */
  byte: number;
  /** The values read so far, by name (a bare value has none). */
  readonly out: { readonly [name: string]: unknown } | undefined;
}

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
  /** Reads a value at `at.r.pos` (`at.at`), and sets its wire number in `at.wire`. */
  read(f: F, at: ReadSite): unknown;
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

/* ------------------------------------------------------------------ shared pieces */

/**
 * The bytes of a wire type. A comparison, not a table: a table looked up by the wire's name is a
 * megamorphic load in V8 (every field of every command passes through the same site), which costs
 * a reading about as much as the rest of it.
 */
export function wireSize(wire: IntWire): number {
  return wire === 'u8' ? 1 : wire === 'u32' ? 4 : 2;
}
export const WIRE_RANGE: { [w in IntWire]: [number, number] } = {
  u8: [0, 0xff],
  u16: [0, 0xffff],
  u32: [0, 0xffffffff],
  i16: [-0x8000, 0x7fff],
};

/** The range of a wire type: compared, not looked up by name, as `wireSize` is. */
export function wireRange(wire: IntWire): readonly [number, number] {
  return wire === 'u8' ? WIRE_RANGE.u8 : wire === 'u32' ? WIRE_RANGE.u32 : wire === 'u16' ? WIRE_RANGE.u16 : WIRE_RANGE.i16;
}

function unitText(unit?: string): string {
  return unit ? (unit === '%' ? '%' : ' ' + unit) : '';
}

export function rangeText(min: number, max: number, unit?: string): string {
  return `${min}…${max}${unitText(unit)}`;
}

export function bitsRange(f: BitsField): [number, number] {
  return [f.min === undefined ? 0 : f.min, f.max === undefined ? Math.pow(2, f.width) - 1 : f.max];
}

/** The one way a written value is refused: `path.key: <value> <what>`, at the key the caller gave it under. */
export function refuseValue(at: WriteSite, code: CodecErrorCode, value: unknown, what: string): CodecError {
  return valueError(code, under(at.path, at.key), value, what);
}

/** What the field being read is, in messages: `label.name` (`label` for a bare value). */
function readText(at: ReadSite): string {
  return pathText(under(at.what, at.cf.name));
}

/**
 * A value read that is not allowed: a warning when reading leniently, an error otherwise. A field
 * that has words of its own for a wire number `v` outside its range (`says`) is worded with them.
 */
export function problem(at: ReadSite, offset: number, message: string, v?: number): void {
  const says = at.cf.field.says;
  message = says !== undefined && v !== undefined ? pathText(at.what) + says.replace('%', '' + v) : `${readText(at)}: ${message}`;
  // Selectors decide the layout of what follows: they cannot be merely suspicious.
  if (at.ctx.warnings && !at.cf.selector) warn(at.ctx, offset, message);
  else throw byteError('INVALID_VALUE', offset, message);
}

export function readInt(at: ReadSite, wire: IntWire): number {
  const v = at.r.uint(wireSize(wire), at.what);
  return wire === 'i16' && v >= 0x8000 ? v - 0x10000 : v;
}

function number(value: unknown, f: Field, at: WriteSite): number {
  if (typeof value !== 'number' || !isFiniteNumber(value)) {
    const what = `is not a ${typeof value === 'number' ? 'finite ' : ''}number; expected ${at.cf.kind.allowed(f, at.s.style)}`;
    throw refuseValue(at, 'INVALID_TYPE', value, what);
  }
  return value;
}

/** A 0/1 flag from its accepted spellings, or -1. */
export function flag(value: unknown): number {
  if (value === 0 || value === 1) return value;
  if (value === true || value === 'true' || value === '1') return 1;
  if (value === false || value === 'false' || value === '0') return 0;
  return -1;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const asNumber = (text: string): unknown => (NUMBER_TEXT.test(text) ? Number(text) : text);
const asText = (text: string): unknown => text;

// Digit strings as the maker's service page spells enums: no sign on zero ("-0"), no leading zeros, no spaces.
const DIGITS = /^(0|-?[1-9][0-9]*)$/;
/** A command ID as hex text, `0x` optional: its digits in group 1. */
export const HEX_ID = /^(?:0[xX])?((?:[0-9a-fA-F]{2})+)$/;

/** The enum value a caller means: a number, its digit string, or (for named enums) its name; NaN otherwise. */
export function enumNumber(f: EnumField, value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (DIGITS.test(value)) return +value;
    if (f.output === 'name') for (const e of f.values) if (e.name === value) return e.value;
  }
  return NaN;
}

function enumText(f: EnumField, style: EnumStyle): string {
  const parts: string[] = [];
  for (const v of f.values) parts.push(`${style === 'string' ? `"${v.value}"` : v.value} (${v.name})`);
  return parts.join(', ');
}

/** The bytes of the queryable IDs met in their canonical spelling, by ID (at most the 152 there are). */
const CANONICAL_ID_BYTES = dict<number[]>();

function commandIdBytes(value: unknown, at: WriteSite): number[] {
  // The canonical spelling ("0X6E01"), what decoding gives and most callers send, is looked up as it is.
  if (typeof value === 'string') {
    const known = CANONICAL_ID_BYTES[value];
    if (known !== undefined) return known;
    if (queryableName(value) !== undefined) return (CANONICAL_ID_BYTES[value] = hexDigitBytes(value.slice(2)));
  }
  const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
  if (m === null) throw refuseValue(at, 'INVALID_COMMAND_ID', value, 'is not a command ID; expected a hex string such as "0X6E01"');
  if (queryableName('0X' + m[1].toUpperCase()) === undefined) {
    throw refuseValue(
      at,
      'INVALID_COMMAND_ID',
      value,
      'is not a queryable command; expected a listed ID ("0XDA", "0X6E01", "0XD9"…) or "0X6E<schedule 00…0F><00…05|09>"',
    );
  }
  return hexDigitBytes(m[1]);
}

/**
 * A byte count of what follows in the struct (a query's or a reply's length), derived once it is
 * written and then `set`; a `value` given must match it. `from` is the byte the count starts after.
 */
export function countLater(at: WriteSite, of: string, value: unknown, from: number, allowed: () => string, set: (n: number) => void): void {
  const w = at.w;
  const key = at.key;
  at.later = () => {
    const n = w.out.length - from - 1;
    if (value !== undefined) {
      at.key = key;
      if (!isInteger(value)) throw refuseValue(at, 'INVALID_TYPE', value, `is not an integer; expected ${allowed()}`);
      if (value !== n) {
        throw refuseValue(at, 'LENGTH_MISMATCH', value, `does not match ${of}, which has ${n} byte${n === 1 ? '' : 's'}; omit ${key} or pass ${n}`);
      }
    }
    set(n);
  };
}

/**
 * A kind that only uplinks carry (text, hex, versions): this engine reads it, and what only writing
 * it needs, its writer and the words for what it allows, is in reading-kinds.ts.
 */
function cannotWrite(_f: Field, value: unknown, at: WriteSite): number {
  throw refuseValue(at, 'INVALID_CALL', value, 'cannot be encoded here');
}
function uplinkOnly(): string {
  return 'a value only uplinks carry';
}

/* ------------------------------------------------------------------ callers' descriptors (allowedText) */

function rangeDescriptor(f: Rec, check: DescriptorCheck): Field {
  check.numbers('min', 'max');
  if (f.unit !== undefined && typeof f.unit !== 'string') throw check.refused(`its unit is ${describeValue(f.unit)}, not text`);
  return { kind: f.kind, min: f.min, max: f.max, unit: f.unit } as Field;
}
function sizeDescriptor(f: Rec, check: DescriptorCheck): Field {
  if (!isInteger(f.size) || f.size < 0) throw check.refused(`its size is ${describeValue(f.size)}, not a byte count`);
  return { kind: f.kind, size: f.size } as Field;
}
/** A kind whose words depend on nothing but its kind. */
function bareDescriptor(f: Rec): Field {
  return { kind: f.kind } as Field;
}

/* ------------------------------------------------------------------ the kinds */

export const KINDS: Kinds = {
  int: {
    allowed: (f) => `an integer ${rangeText(f.min, f.max, f.unit)}`,
    doc: { word: 'int', fromText: asNumber, descriptor: rangeDescriptor },
    write(f, value, at) {
      const v = number(value, f, at);
      if (!isInteger(v)) throw refuseValue(at, 'NOT_INTEGER', value, `is not an integer; expected ${this.allowed(f, at.s.style)}`);
      if (v < f.min || v > f.max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(f.min, f.max, f.unit)}`);
      at.w.le(v, wireSize(f.wire));
      return v;
    },
    read(f, at) {
      const v = readInt(at, f.wire);
      if (v < f.min || v > f.max) problem(at, at.at, `${v} is out of range ${rangeText(f.min, f.max, f.unit)}`, v);
      return (at.wire = v);
    },
  },
  decimal: {
    allowed: (f) => `a number ${rangeText(f.min, f.max, f.unit)} (resolution 0.01)`,
    doc: { word: 'float', fromText: asNumber, descriptor: rangeDescriptor },
    write(f, value, at) {
      const v = number(value, f, at);
      // Range-checked before rounding so that 35.004 is refused rather than sent as 35.00.
      if (v < f.min || v > f.max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(f.min, f.max, f.unit)}`);
      return writeHundredths(f.wire, v, value, at);
    },
    read(f, at) {
      const raw = readInt(at, f.wire);
      if (raw < Math.round(f.min * 100) || raw > Math.round(f.max * 100)) {
        problem(at, at.at, `${raw / 100}${unitText(f.unit)} is out of range ${rangeText(f.min, f.max, f.unit)}`);
      }
      at.wire = raw;
      return raw / 100;
    },
  },
  enum: {
    allowed: (f, style) => `one of ${enumText(f, style)}`,
    doc: {
      word: 'enum',
      fromText: asText,
      descriptor(f, check) {
        const n = arrayLength(f.values, 'field.values');
        if (n < 0) throw check.refused('its values are not an array');
        const values: { value: number; name: string }[] = [];
        for (let i = 0; i < n; i++) {
          const v = ownRecord(ownItem(f.values, i, 'field.values'), step('field.values', i));
          if (v === undefined || !isInteger(v.value) || typeof v.name !== 'string') throw check.refused(`its values[${i}] is not { value: an integer, name: text }`);
          values.push({ value: v.value, name: v.name });
        }
        return { kind: 'enum', values };
      },
    },
    write(f, value, at) {
      const n = enumNumber(f, value);
      for (let i = 0; i < f.values.length; i++) {
        if (f.values[i].value === n) {
          at.w.le(n, wireSize(f.wire || 'u8'));
          return n;
        }
      }
      throw refuseValue(at, 'INVALID_ENUM', value, `is not an allowed value; expected ${this.allowed(f, at.s.style)}`);
    },
    read(f, at) {
      const v = readInt(at, f.wire || 'u8');
      at.wire = v;
      for (let k = 0; k < f.values.length; k++) {
        if (f.values[k].value === v) return f.output === 'name' ? f.values[k].name : at.s.style === 'string' ? '' + v : v;
      }
      problem(at, at.at, `${v} is not an allowed value; expected ${this.allowed(f, at.s.style)}`, v);
      return at.s.style === 'string' ? '' + v : v;
    },
  },
  bool: {
    allowed: () => '0 or 1 (or true/false)',
    doc: { word: 'bool', fromText: asText, descriptor: bareDescriptor },
    write(f, value, at) {
      const v = flag(value);
      if (v < 0) throw refuseValue(at, 'INVALID_TYPE', value, `is not a flag; expected ${this.allowed(f, at.s.style)}`);
      at.w.out.push(v);
      return v;
    },
    read(_f, at) {
      const v = at.r.uint(1, at.what);
      if (v > 1) problem(at, at.at, `${v} is not a flag (0 or 1)`, v);
      return (at.wire = v);
    },
  },
  bits: {
    allowed(f) {
      const [min, max] = bitsRange(f);
      return f.width === 1 && min === 0 && max === 1 ? '0 or 1 (or true/false)' : `an integer ${min}…${max}`;
    },
    doc: {
      word: 'int',
      fromText: asNumber,
      descriptor(f, check) {
        check.integers('min', 'max');
        if (!(isInteger(f.width) && f.width >= 1 && f.width <= 8)) throw check.refused(`its width is ${describeValue(f.width)}, not 1…8`);
        return { kind: 'bits', width: f.width, shift: 0, min: f.min as number | undefined, max: f.max as number | undefined };
      },
    },
    write: (f, value, at) => writeBits(f, value, at, bitsRange(f)),
    read(f, at) {
      // Bit fields that do not overlap share one byte, which the first of them reads.
      if (at.cf.bitsStart) at.byte = at.r.uint(1, at.what);
      else at.at--;
      const v = (at.byte >> f.shift) & ((1 << f.width) - 1);
      if ((f.min !== undefined && v < f.min) || (f.max !== undefined && v > f.max)) {
        const [min, max] = bitsRange(f);
        problem(at, at.at, `${v} is out of range ${min}…${max}`, v);
      }
      return (at.wire = v);
    },
  },
  date: {
    allowed: () => 'an ISO-8601 date-time with a time-zone designator, a Date, or integer Unix seconds (uint32)',
    doc: { word: 'date', fromText: (text) => (/^\d+$/.test(text) ? Number(text) : text), descriptor: bareDescriptor },
    write(f, value, at) {
      const r = parseDateInput(value);
      if (!r.ok) throw refuseValue(at, 'INVALID_DATE', value, r.reason);
      if (f.notBefore !== undefined) {
        const before = at.vals[at.s.keys[f.notBefore]];
        if (r.seconds < before) {
          throw refuseValue(at, 'OUT_OF_RANGE', value, `is before ${f.notBefore} (${isoFromSeconds(before)}); it must be at or after it`);
        }
      }
      at.w.le(r.seconds, 4);
      return r.seconds;
    },
    read(f, at) {
      const v = at.r.uint(4, at.what);
      if (f.notBefore !== undefined) {
        const before = at.vals[at.s.keys[f.notBefore]];
        if (v < before) problem(at, at.at, `${isoFromSeconds(v)} is before ${f.notBefore} (${isoFromSeconds(before)})`);
      }
      at.wire = v;
      return isoFromSeconds(v);
    },
  },
  queryLength: {
    allowed: () => 'an integer 1…15 equal to the number of command-ID bytes (optional: derived when absent)',
    doc: { word: 'int', fromText: asNumber, descriptor: bareDescriptor },
    write(f, value, at) {
      // A byte kept for now: it is set once the command ID it measures has been written.
      const w = at.w;
      const lengthAt = w.keep();
      countLater(at, f.of, value, lengthAt, () => this.allowed(f, at.s.style), (n) => (w.out[lengthAt] = n));
      return -1;
    },
    read(_f, at) {
      const b = at.r.uint(1, at.what);
      if (b >> 4 !== 0 || b === 0) {
        throw byteError('INVALID_VALUE', at.at, `${readText(at)}: byte 0x${hexByte(b)} is not a query length; expected high nibble 0 and length 1…15`);
      }
      return (at.wire = b);
    },
  },
  commandId: {
    allowed: () => 'a queryable command ID such as "0X6E01" (case-insensitive, 0x prefix optional)',
    doc: { word: 'enum', fromText: asText, descriptor: bareDescriptor },
    // Only queryable IDs are sent down; any ID (`any`, a reply's echo) is written by reading-kinds.ts.
    write(_f, value, at) {
      const bytes = commandIdBytes(value, at);
      at.w.bytes(bytes);
      return bytes.length;
    },
    read(f, at) {
      const n = at.vals[at.s.keys[f.lengthFrom]];
      const id = commandIdFromBytes(at.r.bytes(n, at.what));
      if (!f.any && queryableName(id) === undefined) throw byteError('INVALID_VALUE', at.at, `${readText(at)}: ${id} is not a queryable command ID`);
      at.wire = n;
      return id;
    },
  },
  commandName: {
    allowed: uplinkOnly,
    doc: {
      word: 'text',
      fromText: asText,
      descriptor(f, check) {
        if (typeof f.of !== 'string') throw check.refused(`its of is ${describeValue(f.of)}, not the name of a field`);
        return { kind: 'commandName', of: f.of };
      },
    },
    write: cannotWrite,
    read: (f, at) => commandNameOf((at.out as { [name: string]: string })[f.of]),
  },
  string: {
    allowed: uplinkOnly,
    doc: { word: 'text', fromText: asText, descriptor: sizeDescriptor },
    write: cannotWrite,
    read(f, at) {
      const bytes = at.r.bytes(f.size, at.what);
      let end = bytes.indexOf(0);
      if (end < 0) end = bytes.length;
      for (let k = end; k < bytes.length; k++) {
        if (bytes[k] !== 0) {
          problem(at, at.at + k, `byte ${k} of the text follows its NUL terminator and is not NUL`);
          break;
        }
      }
      const text = utf8Decode(bytes, 0, end);
      if (text !== undefined) return text;
      // "?" rather than U+FFFD: it is one byte, so encodeUplink gives back text that fits and reads the same.
      problem(at, at.at, `is not valid UTF-8; bytes outside ASCII are shown as "?"`);
      let shown = '';
      for (let k = 0; k < end; k++) shown += bytes[k] < 0x80 ? String.fromCharCode(bytes[k]) : '?';
      return shown;
    },
  },
  hex: {
    allowed: uplinkOnly,
    doc: { word: 'text', fromText: asText, descriptor: sizeDescriptor },
    write: cannotWrite,
    read: (f, at) => hexOf(at.r.bytes(f.size, at.what)),
  },
  version: {
    allowed: uplinkOnly,
    doc: {
      word: 'text',
      fromText: asText,
      descriptor(f, check) {
        if (f.format !== 'major.minor' && f.format !== 'firmware') throw check.refused(`its format is ${describeValue(f.format)}, not "major.minor" or "firmware"`);
        return { kind: 'version', format: f.format };
      },
    },
    write: cannotWrite,
    read(f, at) {
      const b = at.r.bytes(f.format === 'firmware' ? 6 : 2, at.what);
      let v = `v${b[0]}.${b[1]}`;
      if (f.format === 'firmware') {
        const tags = ['r', 'a', 'u', 't'];
        for (let k = 0; k < 4; k++) if (b[k + 2] !== 0) v += `-${tags[k]}${b[k + 2]}`;
      }
      return v;
    },
  },
  struct: {
    allowed: (f) => `an object with ${Object.keys(f.fields).join(', ')}`,
    doc: {
      word: 'object',
      fromText: asText,
      descriptor(f, check) {
        const fields = ownRecord(f.fields, 'field.fields');
        if (fields === undefined) throw check.refused('its fields are not an object');
        return { kind: 'struct', fields: fields as Fields };
      },
    },
    write(_f, value, at) {
      writeStruct(at.cf.sub as CStruct, value, under(at.path, at.key), at.w);
      return 0;
    },
    read: (_f, at) => readStruct(at.cf.sub as CStruct, at.r, under(at.what, at.cf.name), at.ctx),
  },
};

/** Writes a value in hundredths (a decimal), refusing what the wire type cannot hold. */
export function writeHundredths(wire: IntWire, v: number, value: unknown, at: WriteSite): number {
  const h = Math.round(v * 100) || 0;
  // Looked up, not compared (wireRange): the script carries this writer, and has no bytes to spare; decimals are few.
  const range = WIRE_RANGE[wire];
  if (h < range[0] || h > range[1]) throw refuseValue(at, 'OUT_OF_RANGE', value, `does not fit the wire: ${h} hundredths is outside ${wire} (${range[0]}…${range[1]})`);
  at.w.le(h, wireSize(wire));
  return h;
}

/** Writes a bit field into the byte its run shares, checked against `[min, max]`. */
export function writeBits(f: BitsField, value: unknown, at: WriteSite, [min, max]: [number, number]): number {
  let v: number;
  if (f.width === 1 && min === 0 && max === 1) {
    v = flag(value);
    if (v < 0) throw refuseValue(at, 'INVALID_TYPE', value, `is not a flag; expected ${KINDS.bits.allowed(f, at.s.style)}`);
  } else {
    if (!isInteger(value)) throw refuseValue(at, 'INVALID_TYPE', value, `is not an integer; expected ${KINDS.bits.allowed(f, at.s.style)}`);
    if (value < min || value > max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${min}…${max}`);
    v = value;
  }
  if (at.cf.bitsStart) at.bitsAt = at.w.keep();
  at.w.out[at.bitsAt] |= v << f.shift;
  return v;
}
