/**
 * How each kind of field is validated, written and read. The command tables only
 * declare fields; every direction (encode, strict decode, lenient uplink decode)
 * goes through the compiled form built here.
 */
import { CodecError, describeValue } from '../base/errors';
import type { CodecErrorCode } from '../base/errors';
import { allQueryableCommandIds, commandIdFromBytes, queryableName } from '../schema/command-ids';
import type { BitsField, EnumField, Field, Fields, HexField, IntWire, StringField, VersionField } from '../schema/fields';
import { ENCODES_READINGS, FAST_PATHS } from '../base/features';
import { ByteReader, hexByte, hexDigitBytes, hexOf } from '../base/bytes';
import { isoFromSeconds, parseDateInput } from '../base/dates';
import { arrayLength, ownItem, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, isFiniteNumber, isInteger } from '../base/es5';
import { utf8Decode, utf8Encode } from '../base/utf8';

/**
 * How decoded enums are spelt: `string` is the seed's form for services ("1"),
 * `number` the maker's codec form for settings and uplinks (1).
 */
export type EnumStyle = 'string' | 'number';

/** Decoding context. With `warnings`, readings out of range are kept and reported there instead of refused. */
export interface ReadContext {
  warnings: string[] | undefined;
  /** Warnings past WARNING_LIMIT: how many, and the byte of the first. */
  left: number;
  leftAt: number;
}

/**
 * The most warnings one frame lists. A frame of bad readings (a 20 MB uplink of `00 65`
 * pairs has ten million) would otherwise hold more warning text than data; the rest are
 * counted, and one last line says how many were left out.
 */
export const WARNING_LIMIT = 100;

/** Records a warning about byte `at` (`ctx.warnings` must be set). */
export function warn(ctx: ReadContext, at: number, message: string): void {
  const list = ctx.warnings as string[];
  if (list.length < WARNING_LIMIT) list.push(`byte ${at}: ${message}`);
  else if (ctx.left++ === 0) ctx.leftAt = at;
}

/** The warnings of a decoded frame, with the line for those left out. */
export function warningsOf(ctx: ReadContext): string[] {
  const list = ctx.warnings as string[];
  if (ctx.left > 0) {
    list.push(`byte ${ctx.leftAt}: ${ctx.left} more warning${ctx.left === 1 ? '' : 's'} left out; at most ${WARNING_LIMIT} are listed`);
  }
  return list;
}

const WIRE_SIZE: { [w in IntWire]: number } = { u8: 1, u16: 2, u32: 4, i16: 2 };
const WIRE_RANGE: { [w in IntWire]: [number, number] } = {
  u8: [0, 0xff],
  u16: [0, 0xffff],
  u32: [0, 0xffffffff],
  i16: [-0x8000, 0x7fff],
};

function unitText(unit?: string): string {
  return unit ? (unit === '%' ? '%' : ' ' + unit) : '';
}

function rangeText(min: number, max: number, unit?: string): string {
  return `${min}…${max}${unitText(unit)}`;
}

function enumText(field: EnumField, style: EnumStyle): string {
  const parts: string[] = [];
  for (const v of field.values) parts.push(`${style === 'string' ? `"${v.value}"` : v.value} (${v.name})`);
  return parts.join(', ');
}

function bitsRange(f: BitsField): [number, number] {
  return [f.min === undefined ? 0 : f.min, f.max === undefined ? Math.pow(2, f.width) - 1 : f.max];
}

/**
 * The allowed values of a field descriptor (one of the tables', or one shaped like them), in
 * words, as the codec's errors and help give them. Anything that is not such a descriptor is
 * refused with a CodecError.
 */
export function allowedText(field: Field, style: EnumStyle = 'string'): string {
  if (style !== 'string' && style !== 'number') {
    throw new CodecError('INVALID_OPTION', `style: ${describeValue(style)} is not "string" or "number"`, { path: 'style' });
  }
  return allowedTextOf(checkedField(field), style);
}

/** A copy of a caller's field descriptor with what `allowedTextOf` reads, checked. */
function checkedField(given: unknown): Field {
  const f = ownRecord(given, 'field');
  const refused = (why: string) =>
    new CodecError('INVALID_TYPE', `field: ${describeValue(given)} is not a field descriptor such as SERVICES.set_target_temperature.inputs.value: ${why}`, {
      path: 'field',
    });
  if (f === undefined) throw refused('not an object');
  const numbers = (...keys: string[]) => {
    for (const k of keys) if (!isFiniteNumber(f[k])) throw refused(`its ${k} is ${describeValue(f[k])}, not a finite number`);
  };
  const integers = (...keys: string[]) => {
    for (const k of keys) if (f[k] !== undefined && !(isInteger(f[k]) && (f[k] as number) >= 0 && (f[k] as number) <= 0xffff)) throw refused(`its ${k} is ${describeValue(f[k])}, not an integer 0…65535`);
  };
  switch (f.kind) {
    case 'int':
    case 'decimal':
      numbers('min', 'max');
      if (f.unit !== undefined && typeof f.unit !== 'string') throw refused(`its unit is ${describeValue(f.unit)}, not text`);
      return { kind: f.kind, min: f.min, max: f.max, unit: f.unit } as Field;
    case 'enum': {
      const n = arrayLength(f.values, 'field.values');
      if (n < 0) throw refused('its values are not an array');
      const values: { value: number; name: string }[] = [];
      for (let i = 0; i < n; i++) {
        const v = ownRecord(ownItem(f.values, i, 'field.values'), `field.values[${i}]`);
        if (v === undefined || !isInteger(v.value) || typeof v.name !== 'string') throw refused(`its values[${i}] is not { value: an integer, name: text }`);
        values.push({ value: v.value, name: v.name });
      }
      return { kind: 'enum', values } as Field;
    }
    case 'bits':
      integers('min', 'max');
      if (!(isInteger(f.width) && f.width >= 1 && f.width <= 8)) throw refused(`its width is ${describeValue(f.width)}, not 1…8`);
      return { kind: 'bits', width: f.width, shift: 0, min: f.min, max: f.max } as Field;
    case 'string':
    case 'hex':
      if (!isInteger(f.size) || f.size < 0) throw refused(`its size is ${describeValue(f.size)}, not a byte count`);
      return { kind: f.kind, size: f.size } as Field;
    case 'version':
      if (f.format !== 'major.minor' && f.format !== 'firmware') throw refused(`its format is ${describeValue(f.format)}, not "major.minor" or "firmware"`);
      return { kind: 'version', format: f.format } as Field;
    case 'struct': {
      const fields = ownRecord(f.fields, 'field.fields');
      if (fields === undefined) throw refused('its fields are not an object');
      return { kind: 'struct', fields: fields as Fields } as Field;
    }
    case 'bool':
    case 'date':
    case 'queryLength':
    case 'commandId':
      return { kind: f.kind } as Field;
  }
  throw refused(`its kind ${describeValue(f.kind)} is not a field kind`);
}

/** `allowedText` of a descriptor of the codec's own tables. */
export function allowedTextOf(field: Field, style: EnumStyle = 'string'): string {
  switch (field.kind) {
    case 'int':
      return `an integer ${rangeText(field.min, field.max, field.unit)}`;
    case 'decimal':
      return `a number ${rangeText(field.min, field.max, field.unit)} (resolution 0.01)`;
    case 'enum':
      return `one of ${enumText(field, style)}`;
    case 'bool':
      return '0 or 1 (or true/false)';
    case 'bits': {
      const [min, max] = bitsRange(field);
      return field.width === 1 && min === 0 && max === 1 ? '0 or 1 (or true/false)' : `an integer ${min}…${max}`;
    }
    case 'date':
      return 'an ISO-8601 date-time with a time-zone designator, a Date, or integer Unix seconds (uint32)';
    case 'queryLength':
      return 'an integer 1…15 equal to the number of command-ID bytes (optional: derived when absent)';
    case 'commandId':
      return 'a queryable command ID such as "0X6E01" (case-insensitive, 0x prefix optional)';
    case 'string':
      return `text of at most ${field.size} UTF-8 bytes`;
    case 'hex':
      return `${field.size * 2} hex digits`;
    case 'version':
      return field.format === 'firmware' ? 'a version such as "v1.2" or "v1.2-r3-a1-u2-t5"' : 'a version such as "v1.2"';
    case 'struct':
      return `an object with ${Object.keys(field.fields).join(', ')}`;
  }
}

/** `base.name`, or `base` alone for a bare value (whose name is empty). */
function join(base: string, name: string): string {
  return name ? base + '.' + name : base;
}

function invalid(code: CodecErrorCode, path: string, value: unknown, what: string): CodecError {
  return new CodecError(code, `${path}: ${describeValue(value)} ${what}`, { path });
}

// Digit strings as the seed spells enums: no sign on zero ("-0"), no leading zeros, no spaces.
const DIGITS = /^(0|-?[1-9][0-9]*)$/;
const HEX_ID = /^(?:0[xX])?((?:[0-9a-fA-F]{2})+)$/;
const HEX_TEXT = /^(?:[0-9a-fA-F]{2})*$/;

/**
 * Every queryable command ID in canonical spelling → its bytes: a shortcut for the common
 * spelling. What may be queried is `queryableCommandName`'s to say.
 */
function queryableBytes(): { [id: string]: number[] } {
  // A plain cache rather than `lazy()`: the network-server build drops this with the fast path.
  if (QUERYABLE_BYTES === undefined) {
    QUERYABLE_BYTES = dict<number[]>();
    for (const id of allQueryableCommandIds()) QUERYABLE_BYTES[id] = hexDigitBytes(id.slice(2));
  }
  return QUERYABLE_BYTES;
}
let QUERYABLE_BYTES: { [id: string]: number[] } | undefined;

/* ------------------------------------------------------------------ compiled form */

interface CField {
  readonly name: string;
  readonly field: Field;
  readonly aliases: readonly string[];
  /** Index of the selector this field depends on, or -1. */
  readonly whenIndex: number;
  readonly whenIs: readonly number[];
  /** Some later sibling depends on this field: its value decides the layout, so it is never lenient. */
  readonly selector: boolean;
  /** For `bits`: first of the fields that share a byte. */
  readonly bitsStart: boolean;
  readonly sub?: CStruct;
}

interface CStruct {
  readonly fields: readonly CField[];
  readonly names: readonly string[];
  /** Accepted key (name or alias) → field index. */
  readonly keys: { [key: string]: number };
  readonly style: EnumStyle;
  /**
   * Readings (uplink bodies): encode accepts anything the wire type holds, so that a
   * simulator can build the out-of-range frames that decoding reports with a warning.
   */
  readonly loose: boolean;
}

function compileStruct(fields: Fields, style: EnumStyle, loose: boolean): CStruct {
  const names = Object.keys(fields);
  const keys = dict<number>();
  names.forEach((n, i) => {
    keys[n] = i;
    for (const a of fields[n].aliases || []) keys[a] = i;
  });
  const selectors = dict<true>();
  for (const n of names) {
    const w = fields[n].when;
    if (w) selectors[w.field] = true;
    const f = fields[n];
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
    return {
      name,
      field,
      aliases: field.aliases || [],
      whenIndex: w ? names.indexOf(w.field) : -1,
      whenIs: w ? w.is : [],
      selector: selectors[name] === true,
      bitsStart,
      sub: field.kind === 'struct' ? compileStruct(field.fields, style, loose) : undefined,
    };
  });
  return { fields: list, names, keys, style, loose };
}

/* ------------------------------------------------------------------ encoding */

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
function givenKey(input: Rec, cf: CField, path: string): string {
  let key = cf.name;
  for (let i = 0; i < cf.aliases.length; i++) {
    const a = cf.aliases[i];
    if (input[a] !== undefined) {
      if (input[key] !== undefined) {
        throw invalid('INVALID_CALL', `${path}.${a}`, input[a], `duplicates ${key}; give one of them`);
      }
      key = a;
    }
  }
  return key;
}

function encodeStruct(s: CStruct, given: unknown, path: string, out: number[]): void {
  // A snapshot of the caller's own properties: each is read once, none is inherited.
  const input = ownRecord(given, path);
  if (input === undefined) {
    throw invalid('INVALID_TYPE', path, given, `is not an object; expected { ${s.names.join(', ')} }`);
  }
  for (const key in input) {
    if (s.keys[key] === undefined) {
      const p = `${path}.${key}`;
      const allowed = s.names.length ? `allowed: ${s.names.join(', ')}` : 'it takes none';
      throw new CodecError('UNKNOWN_INPUT', `${p}: unknown key; ${allowed}`, { path: p });
    }
  }
  const vals = unset(s.fields.length);
  let bitsAt = -1;
  let lengthAt = -1;
  let lengthGiven: unknown;
  let lengthField: CField | undefined;
  for (let i = 0; i < s.fields.length; i++) {
    const cf = s.fields[i];
    const key = cf.aliases.length ? givenKey(input, cf, path) : cf.name;
    let value = input[key];
    if (cf.whenIndex >= 0 && cf.whenIs.indexOf(vals[cf.whenIndex]) < 0) {
      if (value !== undefined) {
        const sel = s.names[cf.whenIndex];
        throw invalid(
          'UNKNOWN_INPUT',
          `${path}.${cf.name}`,
          value,
          `is not allowed when ${sel} is ${vals[cf.whenIndex]}; it goes with ${sel} ${cf.whenIs.join(' or ')}`,
        );
      }
      continue;
    }
    const f = cf.field;
    if (f.kind === 'queryLength') {
      // Patched once the command ID it measures has been written.
      lengthAt = out.length;
      lengthGiven = value;
      lengthField = cf;
      out.push(0);
      continue;
    }
    if (value === undefined) {
      if ((f.kind === 'enum' || f.kind === 'bits') && f.optional) value = f.default === undefined ? 0 : f.default;
      else {
        const p = `${path}.${cf.name}`;
        throw new CodecError('MISSING_INPUT', `${p}: missing; expected ${allowedTextOf(f, s.style)}`, { path: p });
      }
    }
    if (f.kind === 'bits') {
      if (cf.bitsStart) {
        bitsAt = out.length;
        out.push(0);
      }
      const v = encodeBits(f, value, `${path}.${cf.name}`, ENCODES_READINGS && s.loose && !cf.selector);
      out[bitsAt] |= v << f.shift;
      vals[i] = v;
      continue;
    }
    vals[i] = encodeValue(cf, value, path, out, s, vals, key);
  }
  if (lengthField !== undefined) {
    const n = out.length - lengthAt - 1;
    if (lengthGiven !== undefined) {
      const p = `${path}.${lengthField.name}`;
      if (!isInteger(lengthGiven)) {
        throw invalid('INVALID_TYPE', p, lengthGiven, `is not an integer; expected ${allowedTextOf(lengthField.field)}`);
      }
      if (lengthGiven !== n) {
        const of = (lengthField.field as { of: string }).of;
        throw invalid('LENGTH_MISMATCH', p, lengthGiven, `does not match ${of}, which has ${n} byte${n === 1 ? '' : 's'}; omit length or pass ${n}`);
      }
    }
    out[lengthAt] = n;
  }
}

function flag(value: unknown): number {
  if (value === 0 || value === 1) return value;
  if (value === true || value === 'true' || value === '1') return 1;
  if (value === false || value === 'false' || value === '0') return 0;
  return -1;
}

function encodeBits(f: BitsField, value: unknown, path: string, loose: boolean): number {
  const [min, max] = loose ? [0, (1 << f.width) - 1] : bitsRange(f);
  if (f.width === 1 && min === 0 && max === 1) {
    const v = flag(value);
    if (v < 0) throw invalid('INVALID_TYPE', path, value, `is not a flag; expected ${allowedTextOf(f)}`);
    return v;
  }
  if (!isInteger(value)) throw invalid('INVALID_TYPE', path, value, `is not an integer; expected ${allowedTextOf(f)}`);
  if (value < min || value > max) throw invalid('OUT_OF_RANGE', path, value, `is out of range ${min}…${max}`);
  return value;
}

function writeInt(out: number[], v: number, wire: IntWire): void {
  if (wire === 'i16' && v < 0) v += 0x10000;
  const size = WIRE_SIZE[wire];
  for (let i = 0; i < size; i++) {
    out.push(v & 0xff);
    v = Math.floor(v / 256); // not >>> 8: that would misbehave for values above 2^31 in u32
  }
}

function encodeNumber(value: unknown, base: string, name: string, f: Field, style: EnumStyle): number {
  if (typeof value !== 'number' || !isFiniteNumber(value)) {
    const what = `is not a ${typeof value === 'number' ? 'finite ' : ''}number; expected ${allowedTextOf(f, style)}`;
    throw badValue(base, name, value, 'INVALID_TYPE', what);
  }
  return value;
}

/** The error for the value of `base.name`: the path is only built when there is an error. */
function badValue(base: string, name: string, value: unknown, code: CodecErrorCode, what: string): CodecError {
  return invalid(code, join(base, name), value, what);
}

/** Validates one value, appends its bytes, and returns its wire number (for selectors and date order). */
function encodeValue(cf: CField, value: unknown, base: string, out: number[], s: CStruct, vals: number[], name = cf.name): number {
  const f = cf.field;
  // Readings accept whatever their wire type holds (see CStruct.loose); selectors never do.
  // Only encodeUplink encodes readings: the network-server script leaves this out.
  const lenient = ENCODES_READINGS && s.loose && !cf.selector;
  switch (f.kind) {
    case 'int': {
      const v = encodeNumber(value, base, name, f, s.style);
      if (!isInteger(v)) throw badValue(base, name, value, 'NOT_INTEGER', `is not an integer; expected ${allowedTextOf(f)}`);
      const [min, max] = lenient ? WIRE_RANGE[f.wire] : [f.min, f.max];
      if (v < min || v > max) throw badValue(base, name, value, 'OUT_OF_RANGE', `is out of range ${rangeText(min, max, f.unit)}`);
      writeInt(out, v, f.wire);
      return v;
    }
    case 'decimal': {
      const v = encodeNumber(value, base, name, f, s.style);
      // Range-checked before rounding so that 35.004 is refused rather than sent as 35.00.
      if (!lenient && (v < f.min || v > f.max)) {
        throw badValue(base, name, value, 'OUT_OF_RANGE', `is out of range ${rangeText(f.min, f.max, f.unit)}`);
      }
      const h = Math.round(v * 100) || 0;
      const [lo, hi] = WIRE_RANGE[f.wire];
      if (h < lo || h > hi) {
        throw badValue(base, name, value, 'OUT_OF_RANGE', `does not fit the wire: ${h} hundredths is outside ${f.wire} (${lo}…${hi})`);
      }
      writeInt(out, h, f.wire);
      return h;
    }
    case 'enum': {
      let n = NaN;
      if (typeof value === 'number') n = value;
      else if (typeof value === 'string') {
        if (DIGITS.test(value)) n = +value;
        else if (f.output === 'name') for (const e of f.values) if (e.name === value) n = e.value;
      }
      for (let i = 0; i < f.values.length; i++) {
        if (f.values[i].value === n) {
          writeInt(out, n, f.wire || 'u8');
          return n;
        }
      }
      if (lenient && isInteger(n)) {
        const [lo, hi] = WIRE_RANGE[f.wire || 'u8'];
        if (n >= lo && n <= hi) {
          writeInt(out, n, f.wire || 'u8');
          return n;
        }
      }
      throw badValue(base, name, value, 'INVALID_ENUM', `is not an allowed value; expected ${allowedTextOf(f, s.style)}`);
    }
    case 'bool': {
      const v = lenient && isInteger(value) && value >= 0 && value <= 255 ? value : flag(value);
      if (v < 0) throw badValue(base, name, value, 'INVALID_TYPE', `is not a flag; expected ${allowedTextOf(f)}`);
      out.push(v);
      return v;
    }
    case 'date': {
      const r = parseDateInput(value);
      if (!r.ok) throw badValue(base, name, value, 'INVALID_DATE', r.reason);
      if (f.notBefore !== undefined) {
        const before = vals[s.keys[f.notBefore]];
        if (r.seconds < before) {
          throw badValue(base, name, value, 'OUT_OF_RANGE', `is before ${f.notBefore} (${isoFromSeconds(before)}); it must be at or after it`);
        }
      }
      writeInt(out, r.seconds, 'u32');
      return r.seconds;
    }
    case 'commandId': {
      const bytes = parseCommandId(value, join(base, name));
      for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
      return bytes.length;
    }
    case 'string':
    case 'hex':
    case 'version':
      // Only uplinks carry these; the network-server script encodes downlinks alone and leaves them out.
      if (ENCODES_READINGS) {
        encodeReading(f, value, join(base, name), out);
        return 0;
      }
      throw badValue(base, name, value, 'INVALID_CALL', 'cannot be encoded here');
    case 'struct':
      encodeStruct(cf.sub as CStruct, value, join(base, name), out);
      return 0;
    case 'bits':
    case 'queryLength':
      // Handled in encodeStruct, which knows the neighbouring bytes.
      throw badValue(base, name, value, 'INVALID_CALL', 'cannot be encoded alone');
  }
}

/** Validates and appends a value of a kind that only uplinks carry: text, hex, a version. */
function encodeReading(f: StringField | HexField | VersionField, value: unknown, path: string, out: number[]): void {
  switch (f.kind) {
    case 'string': {
      if (typeof value !== 'string') throw invalid('INVALID_TYPE', path, value, `is not text; expected ${allowedTextOf(f)}`);
      const bytes = utf8Encode(value);
      if (bytes === undefined) throw invalid('INVALID_VALUE', path, value, 'has a lone surrogate, which UTF-8 cannot carry');
      if (bytes.indexOf(0) >= 0) throw invalid('INVALID_VALUE', path, value, 'contains a NUL character, which ends the text on the wire');
      if (bytes.length > f.size) throw invalid('OUT_OF_RANGE', path, value, `is ${bytes.length} UTF-8 bytes; at most ${f.size} fit`);
      for (let i = 0; i < f.size; i++) out.push(i < bytes.length ? bytes[i] : 0);
      return;
    }
    case 'hex': {
      if (typeof value !== 'string' || value.length !== f.size * 2 || !HEX_TEXT.test(value)) {
        throw invalid('INVALID_VALUE', path, value, `is not ${allowedTextOf(f)}`);
      }
      const bytes = hexDigitBytes(value);
      for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
      return;
    }
    case 'version': {
      const bytes = parseVersion(value, f.format);
      if (bytes === undefined) throw invalid('INVALID_VALUE', path, value, `is not ${allowedTextOf(f)}`);
      for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
      return;
    }
  }
}

function parseCommandId(value: unknown, path: string): number[] {
  if (FAST_PATHS && typeof value === 'string') {
    const table = queryableBytes();
    if (hasOwnKey(table, value)) return table[value]; // canonical spelling
  }
  const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
  if (m === null) throw invalid('INVALID_COMMAND_ID', path, value, 'is not a command ID; expected a hex string such as "0X6E01"');
  if (queryableName('0X' + m[1].toUpperCase()) === undefined) {
    throw invalid(
      'INVALID_COMMAND_ID',
      path,
      value,
      'is not a queryable command; expected a listed ID ("0XDA", "0X6E01", "0XD9"…) or "0X6E<schedule 00…0F><00…05|09>"',
    );
  }
  return hexDigitBytes(m[1]);
}

const VERSION_2 = /^v(\d{1,3})\.(\d{1,3})$/;
const VERSION_6 = /^v(\d{1,3})\.(\d{1,3})(?:-r(\d{1,3}))?(?:-a(\d{1,3}))?(?:-u(\d{1,3}))?(?:-t(\d{1,3}))?$/;

function parseVersion(value: unknown, format: 'major.minor' | 'firmware'): number[] | undefined {
  if (typeof value !== 'string') return undefined;
  const m = (format === 'firmware' ? VERSION_6 : VERSION_2).exec(value);
  if (m === null) return undefined;
  const bytes: number[] = [];
  for (let i = 1; i < m.length; i++) {
    const part = m[i];
    // The decoder leaves zero suffixes out, so "-r0" would not come back the same.
    if (i > 2 && part !== undefined && +part === 0) return undefined;
    const n = part === undefined ? 0 : +part;
    if (n > 255 || (part !== undefined && part.length > 1 && part.charAt(0) === '0')) return undefined;
    bytes.push(n);
  }
  return bytes;
}

/* ------------------------------------------------------------------ decoding */

type What = () => string;

/** A value read at `at` that is not allowed: a warning when reading leniently, an error otherwise. */
function problem(r: ByteReader, ctx: ReadContext, cf: CField, at: number, what: What, message: string): void {
  message = `${join(what(), cf.name)}: ${message}`;
  // Selectors decide the layout of what follows: they cannot be merely suspicious.
  if (ctx.warnings && !cf.selector) warn(ctx, at, message);
  else throw r.error('INVALID_VALUE', at, message);
}

function readInt(r: ByteReader, wire: IntWire, what: What): number {
  const v = r.uint(WIRE_SIZE[wire], what);
  return wire === 'i16' && v >= 0x8000 ? v - 0x10000 : v;
}

function decodeStruct(s: CStruct, r: ByteReader, what: What, ctx: ReadContext): { [name: string]: unknown } {
  const obj: { [name: string]: unknown } = {};
  const vals = unset(s.fields.length);
  let bits = 0;
  for (let i = 0; i < s.fields.length; i++) {
    const cf = s.fields[i];
    if (cf.whenIndex >= 0 && cf.whenIs.indexOf(vals[cf.whenIndex]) < 0) continue;
    const f = cf.field;
    const at = r.pos;
    let value: unknown;
    if (f.kind === 'bits') {
      if (cf.bitsStart) bits = r.uint(1, what);
      const v = (bits >> f.shift) & ((1 << f.width) - 1);
      const [min, max] = bitsRange(f);
      if (v < min || v > max) problem(r, ctx, cf, cf.bitsStart ? at : at - 1, what, `${v} is out of range ${min}…${max}`);
      vals[i] = v;
      value = v;
    } else {
      value = decodeValue(cf, r, what, ctx, s, vals, i);
    }
    if ((f.kind === 'enum' || f.kind === 'bits') && f.optional && vals[i] === (f.default === undefined ? 0 : f.default)) continue;
    obj[cf.name] = value;
  }
  return obj;
}

function decodeValue(cf: CField, r: ByteReader, what: What, ctx: ReadContext, s: CStruct, vals: number[], i: number): unknown {
  const f = cf.field;
  const at = r.pos;
  switch (f.kind) {
    case 'int': {
      const v = readInt(r, f.wire, what);
      if (v < f.min || v > f.max) problem(r, ctx, cf, at, what, `${v} is out of range ${rangeText(f.min, f.max, f.unit)}`);
      return (vals[i] = v);
    }
    case 'decimal': {
      const raw = readInt(r, f.wire, what);
      if (raw < Math.round(f.min * 100) || raw > Math.round(f.max * 100)) {
        problem(r, ctx, cf, at, what, `${raw / 100}${unitText(f.unit)} is out of range ${rangeText(f.min, f.max, f.unit)}`);
      }
      vals[i] = raw;
      return raw / 100;
    }
    case 'enum': {
      const v = readInt(r, f.wire || 'u8', what);
      vals[i] = v;
      for (let k = 0; k < f.values.length; k++) {
        if (f.values[k].value === v) return f.output === 'name' ? f.values[k].name : s.style === 'string' ? '' + v : v;
      }
      problem(r, ctx, cf, at, what, `${v} is not an allowed value; expected ${allowedTextOf(f, s.style)}`);
      return s.style === 'string' ? '' + v : v;
    }
    case 'bool': {
      const v = r.uint(1, what);
      if (v > 1) problem(r, ctx, cf, at, what, `${v} is not a flag (0 or 1)`);
      return (vals[i] = v);
    }
    case 'date': {
      const v = r.uint(4, what);
      if (f.notBefore !== undefined) {
        const before = vals[s.keys[f.notBefore]];
        if (v < before) {
          problem(r, ctx, cf, at, what, `${isoFromSeconds(v)} is before ${f.notBefore} (${isoFromSeconds(before)})`);
        }
      }
      vals[i] = v;
      return isoFromSeconds(v);
    }
    case 'queryLength': {
      const b = r.uint(1, what);
      if (b >> 4 !== 0 || b === 0) {
        throw r.error('INVALID_VALUE', at, `${join(what(), cf.name)}: byte 0x${hexByte(b)} is not a query length; expected high nibble 0 and length 1…15`);
      }
      return (vals[i] = b);
    }
    case 'commandId': {
      const n = vals[s.keys[f.lengthFrom]];
      const bytes = r.bytes(n, what);
      const id = commandIdFromBytes(bytes);
      if (queryableName(id) === undefined) throw r.error('INVALID_VALUE', at, `${join(what(), cf.name)}: ${id} is not a queryable command ID`);
      vals[i] = n;
      return id;
    }
    case 'string': {
      const bytes = r.bytes(f.size, what);
      let end = bytes.indexOf(0);
      if (end < 0) end = bytes.length;
      for (let k = end; k < bytes.length; k++) {
        if (bytes[k] !== 0) {
          problem(r, ctx, cf, at + k, what, `byte ${k} of the text follows its NUL terminator and is not NUL`);
          break;
        }
      }
      const text = utf8Decode(bytes, 0, end);
      if (text === undefined) {
        // "?" rather than U+FFFD: it is one byte, so encodeUplink gives back text that fits and reads the same.
        problem(r, ctx, cf, at, what, `is not valid UTF-8; bytes outside ASCII are shown as "?"`);
        let shown = '';
        for (let k = 0; k < end; k++) shown += bytes[k] < 0x80 ? String.fromCharCode(bytes[k]) : '?';
        return shown;
      }
      return text;
    }
    case 'hex':
      return hexOf(r.bytes(f.size, what));
    case 'version': {
      const b = r.bytes(f.format === 'firmware' ? 6 : 2, what);
      let v = `v${b[0]}.${b[1]}`;
      if (f.format === 'firmware') {
        const tags = ['r', 'a', 'u', 't'];
        for (let k = 0; k < 4; k++) if (b[k + 2] !== 0) v += `-${tags[k]}${b[k + 2]}`;
      }
      return v;
    }
    case 'struct':
      return decodeStruct(cf.sub as CStruct, r, () => join(what(), cf.name), ctx);
    case 'bits':
      throw r.error('INVALID_VALUE', at, `${join(what(), cf.name)}: a bit field cannot be read alone`);
  }
}

/* ------------------------------------------------------------------ bodies */

/** A command body compiled from its declaration: one object, or one bare value ("(value)" settings). */
export interface Body {
  /** Validates `value` and appends its bytes; `path` names it in errors. */
  encode(value: unknown, path: string, out: number[]): void;
  /** Reads the body at `r.pos`; `what` names the command for errors. */
  decode(r: ByteReader, what: What, ctx: ReadContext): unknown;
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
    private readonly loose: boolean,
    private readonly bare: boolean,
    private readonly emptyIsUndefined: boolean,
  ) {}

  private struct(): CStruct {
    return this.compiled || (this.compiled = compileStruct(this.fields, this.style, this.loose));
  }

  encode(value: unknown, path: string, out: number[]): void {
    if (!this.bare) {
      encodeStruct(this.struct(), value === undefined && this.emptyIsUndefined ? {} : value, path, out);
      return;
    }
    const field = this.fields[''];
    if (value === undefined) throw new CodecError('MISSING_INPUT', `${path}: missing; expected ${allowedTextOf(field, this.style)}`, { path });
    if (field.kind === 'bits') out.push(encodeBits(field, value, path, ENCODES_READINGS && this.loose) << field.shift);
    else {
      const s = this.struct();
      encodeValue(s.fields[0], value, path, out, s, unset(1));
    }
  }

  decode(r: ByteReader, what: What, ctx: ReadContext): unknown {
    const s = this.struct();
    return this.bare ? decodeValue(s.fields[0], r, what, ctx, s, unset(1), 0) : decodeStruct(s, r, what, ctx);
  }
}

/** A body that is an object of `fields` (services' inputs, structured settings, events). */
export function compileBody(fields: Fields, style: EnumStyle, opts: { emptyIsUndefined?: boolean; loose?: boolean } = {}): Body {
  return new CompiledBody(fields, style, opts.loose === true, false, opts.emptyIsUndefined === true);
}

/** A body that is one bare value: `{temperature_unit: 1}` rather than an object. */
export function compileValue(field: Field, style: EnumStyle, loose = false): Body {
  return new CompiledBody({ '': field }, style, loose, true, false);
}

/** A body for any declared value: an object for a struct, a bare value otherwise. */
export function compileField(field: Field, style: EnumStyle, loose = false): Body {
  return field.kind === 'struct' ? compileBody(field.fields, style, { loose }) : compileValue(field, style, loose);
}
