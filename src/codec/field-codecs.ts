/**
 * How each kind of field is validated, written and read. One handler a kind;
 * the command tables only declare fields, and every direction goes through here.
 */
import { describeValue, CodecError } from '../errors';
import { commandIdFromBytes, queryableCommandName } from '../schema/command-ids';
import type { EnumField, Field, Fields, IntField, UintWire } from '../schema/fields';
import { isoFromSeconds, parseDateInput } from './dates';
import { dict, hasOwnKey, isFiniteNumber, isInteger } from './es5';
import { ByteReader, hexByte } from './bytes';

/** A validated field value as it goes on the wire: an integer, or ID bytes for a command ID. */
export type WireValue = number | number[];
export type WireValues = { [name: string]: WireValue };

const WIRE_SIZE: { [w in UintWire]: number } = { u8: 1, u16: 2, u32: 4 };

function rangeText(min: number, max: number, unit?: string): string {
  return `${min}…${max}${unit ? (unit === '%' ? '%' : ' ' + unit) : ''}`;
}

function enumText(field: EnumField): string {
  const parts: string[] = [];
  for (const v of field.values) parts.push(`"${v.value}" (${v.name})`);
  return parts.join(', ');
}

/** The allowed values of a field, in words, for errors and help. */
export function allowedText(field: Field): string {
  switch (field.kind) {
    case 'int':
      return `an integer ${rangeText(field.min, field.max, field.unit)}`;
    case 'temperature':
      return `a number ${rangeText(field.min, field.max, field.unit)} (0.01 °C resolution)`;
    case 'enum':
      return `one of ${enumText(field)}`;
    case 'date':
      return 'an ISO-8601 date-time with a time-zone designator, a Date, or integer Unix seconds (uint32)';
    case 'queryLength':
      return 'an integer 1…15 equal to the number of command-ID bytes (optional: derived when absent)';
    case 'commandId':
      return 'a queryable command ID such as "0X6E01" (case-insensitive, 0x prefix optional)';
  }
}

function invalid(code: CodecError['code'], path: string, value: unknown, what: string): CodecError {
  return new CodecError(code, `${path}: ${describeValue(value)} ${what}`, { path });
}

const DIGITS = /^(0|[1-9][0-9]*)$/;
const HEX_ID = /^(?:0[xX])?((?:[0-9a-fA-F]{2})+)$/;

function parseInt_(field: IntField, value: unknown, path: string): number {
  if (typeof value !== 'number') throw invalid('INVALID_TYPE', path, value, `is not a number; expected ${allowedText(field)}`);
  if (!isFiniteNumber(value)) throw invalid('INVALID_TYPE', path, value, `is not a finite number; expected ${allowedText(field)}`);
  if (!isInteger(value)) throw invalid('NOT_INTEGER', path, value, `is not an integer; expected ${allowedText(field)}`);
  if (value < field.min || value > field.max) {
    throw invalid('OUT_OF_RANGE', path, value, `is out of range ${rangeText(field.min, field.max, field.unit)}`);
  }
  return value;
}

function parseEnum(field: EnumField, value: unknown, path: string): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && DIGITS.test(value)) n = Number(value);
  else throw invalid('INVALID_ENUM', path, value, `is not an allowed value; expected ${allowedText(field)}`);
  for (const v of field.values) if (v.value === n) return n;
  throw invalid('INVALID_ENUM', path, value, `is not an allowed value; expected ${allowedText(field)}`);
}

function parseCommandId(value: unknown, path: string): number[] {
  const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
  if (m === null) {
    throw invalid('INVALID_COMMAND_ID', path, value, 'is not a command ID; expected a hex string such as "0X6E01"');
  }
  const bytes: number[] = [];
  for (let i = 0; i < m[1].length; i += 2) bytes.push(parseInt(m[1].slice(i, i + 2), 16));
  if (queryableCommandName(commandIdFromBytes(bytes)) === undefined) {
    throw invalid(
      'INVALID_COMMAND_ID',
      path,
      value,
      'is not a queryable command; expected one of the seed\'s IDs ("0XDA", "0X6E01", … see `wt102 services`), ' +
        '"0XD9", "0XC8", "0X03", or "0X6E<schedule 00…0F><00…05|09>"',
    );
  }
  return bytes;
}

/**
 * Validates a call's inputs and converts them to wire values.
 * `path` is the service id; input paths are `<service>.<input>`.
 */
export function parseInputs(fields: Fields, inputs: unknown, path: string): WireValues {
  if (inputs === undefined) inputs = {};
  else if (!isPlainObject(inputs)) {
    throw new CodecError('INVALID_TYPE', `${path}.inputs: ${describeValue(inputs)} is not an object of inputs`, {
      path: `${path}.inputs`,
    });
  }
  const given = inputs as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!hasOwnKey(fields, key)) {
      const known = Object.keys(fields);
      throw new CodecError(
        'UNKNOWN_INPUT',
        `${path}.${key}: unknown input; ${known.length ? `allowed: ${known.join(', ')}` : `${path} takes no inputs`}`,
        { path: `${path}.${key}` },
      );
    }
  }
  const out: WireValues = dict<WireValue>();
  let derived: string[] | undefined;
  for (const name of Object.keys(fields)) {
    const field = fields[name];
    if (field.kind === 'queryLength') {
      (derived || (derived = [])).push(name);
      continue;
    }
    const fieldPath = `${path}.${name}`;
    if (!hasOwnKey(given, name) || given[name] === undefined) {
      throw new CodecError('MISSING_INPUT', `${fieldPath}: missing; expected ${allowedText(field)}`, { path: fieldPath });
    }
    out[name] = parseValue(field, given[name], fieldPath, out);
  }
  if (derived) {
    for (const name of derived) {
      const field = fields[name] as Extract<Field, { kind: 'queryLength' }>;
      const ofBytes = (out[field.of] as number[]).length;
      const value = hasOwnKey(given, name) ? given[name] : undefined;
      if (value !== undefined) {
        const fieldPath = `${path}.${name}`;
        if (!isInteger(value)) throw invalid('INVALID_TYPE', fieldPath, value, `is not an integer; expected ${allowedText(field)}`);
        if (value !== ofBytes) {
          throw invalid(
            'LENGTH_MISMATCH',
            fieldPath,
            value,
            `does not match ${field.of}, which has ${ofBytes} byte${ofBytes === 1 ? '' : 's'}; omit length or pass ${ofBytes}`,
          );
        }
      }
      out[name] = ofBytes;
    }
  }
  return out;
}

function isPlainObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date);
}

function parseValue(field: Field, value: unknown, path: string, parsed: WireValues): WireValue {
  switch (field.kind) {
    case 'int':
      return parseInt_(field, value, path);
    case 'temperature': {
      if (typeof value !== 'number' || !isFiniteNumber(value)) {
        throw invalid('INVALID_TYPE', path, value, `is not a finite number; expected ${allowedText(field)}`);
      }
      // Range-checked before rounding so that 35.004 is refused rather than sent as 35.00.
      if (value < field.min || value > field.max) {
        throw invalid('OUT_OF_RANGE', path, value, `is out of range ${rangeText(field.min, field.max, field.unit)}`);
      }
      const hundredths = Math.round(value * 100);
      return hundredths === 0 ? 0 : hundredths;
    }
    case 'enum':
      return parseEnum(field, value, path);
    case 'date': {
      const r = parseDateInput(value);
      if (!r.ok) throw invalid('INVALID_DATE', path, value, r.reason);
      if (field.notBefore !== undefined && r.seconds < (parsed[field.notBefore] as number)) {
        const before = parsed[field.notBefore] as number;
        throw invalid(
          'OUT_OF_RANGE',
          path,
          value,
          `(${isoFromSeconds(r.seconds)}) is before ${field.notBefore} (${isoFromSeconds(before)}); it must be at or after it`,
        );
      }
      return r.seconds;
    }
    case 'commandId':
      return parseCommandId(value, path);
    case 'queryLength':
      // Derived after its sibling; never reached through here.
      throw invalid('INVALID_CALL', path, value, 'is derived');
  }
}

/** Appends a field's wire value to `out`. */
export function writeValue(field: Field, value: WireValue, out: number[]): void {
  switch (field.kind) {
    case 'int':
      writeUint(out, value as number, WIRE_SIZE[field.wire]);
      return;
    case 'temperature':
      writeUint(out, (value as number) & 0xffff, 2);
      return;
    case 'date':
      writeUint(out, value as number, 4);
      return;
    case 'enum':
    case 'queryLength':
      out.push(value as number);
      return;
    case 'commandId':
      for (const b of value as number[]) out.push(b);
      return;
  }
}

function writeUint(out: number[], v: number, size: number): void {
  for (let i = 0; i < size; i++) {
    out.push(v & 0xff);
    v = Math.floor(v / 256); // not >>> 8: that would misbehave for values above 2^31 in u32
  }
}

/**
 * Reads one field from `r`, validating it as strictly as `parseInputs` validates
 * inputs, and returns the canonical value. `what` names the command for errors.
 */
export function readValue(field: Field, r: ByteReader, what: string, name: string, read: WireValues): unknown {
  const at = r.pos;
  switch (field.kind) {
    case 'int': {
      const v = r.uint(WIRE_SIZE[field.wire], what);
      if (v < field.min || v > field.max) {
        throw r.error('INVALID_VALUE', at, `${what}.${name}: ${v} is out of range ${rangeText(field.min, field.max, field.unit)}`);
      }
      read[name] = v;
      return v;
    }
    case 'temperature': {
      const raw = r.int16(what);
      if (raw < field.min * 100 || raw > field.max * 100) {
        throw r.error(
          'INVALID_VALUE',
          at,
          `${what}.${name}: ${raw / 100} °C is out of range ${rangeText(field.min, field.max, field.unit)}`,
        );
      }
      read[name] = raw;
      return raw / 100;
    }
    case 'enum': {
      const v = r.uint(1, what);
      for (const e of field.values) {
        if (e.value === v) {
          read[name] = v;
          return String(v);
        }
      }
      throw r.error('INVALID_VALUE', at, `${what}.${name}: ${v} is not an allowed value; expected ${allowedText(field)}`);
    }
    case 'date': {
      const v = r.uint(4, what);
      if (field.notBefore !== undefined && v < (read[field.notBefore] as number)) {
        throw r.error(
          'INVALID_VALUE',
          at,
          `${what}.${name}: ${isoFromSeconds(v)} is before ${field.notBefore} (${isoFromSeconds(read[field.notBefore] as number)})`,
        );
      }
      read[name] = v;
      return isoFromSeconds(v);
    }
    case 'queryLength': {
      const b = r.uint(1, what);
      if (b >> 4 !== 0 || b === 0) {
        throw r.error(
          'INVALID_VALUE',
          at,
          `${what}.${name}: byte 0x${hexByte(b)} is not a query length; expected high nibble 0 and length 1…15`,
        );
      }
      read[name] = b;
      return b;
    }
    case 'commandId': {
      const n = read[field.lengthFrom] as number;
      const bytes = r.bytes(n, what);
      const id = commandIdFromBytes(bytes);
      if (queryableCommandName(id) === undefined) {
        throw r.error('INVALID_VALUE', at, `${what}.${name}: ${id} is not a queryable command ID`);
      }
      read[name] = bytes;
      return id;
    }
  }
}
