/**
 * How each kind of field is validated, written and read. One handler a kind;
 * the command tables only declare fields, and every direction goes through here.
 */
import { describeValue, CodecError } from '../errors';
import { allQueryableCommandIds, commandIdFromBytes } from '../schema/command-ids';
import type { EnumField, Field, Fields, UintWire } from '../schema/fields';
import { isoFromSeconds, parseDateInput } from './dates';
import { dict, hasOwnKey, isFiniteNumber, isInteger } from './es5';
import { ByteReader, hexByte } from './bytes';

/** A validated field value as it goes on the wire: an integer, or ID bytes for a command ID. */
export type WireValue = number | number[];

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

function invalid(code: CodecError['code'], base: string, name: string, value: unknown, what: string): CodecError {
  const path = `${base}.${name}`;
  return new CodecError(code, `${path}: ${describeValue(value)} ${what}`, { path });
}

const DIGITS = /^(0|[1-9][0-9]*)$/;
const HEX_ID = /^(?:0[xX])?((?:[0-9a-fA-F]{2})+)$/;

/** Every queryable command ID in canonical spelling → its bytes, built once. */
const QUERYABLE_BYTES = dict<number[]>();
for (const id of allQueryableCommandIds()) {
  const bytes: number[] = [];
  for (let i = 2; i < id.length; i += 2) bytes.push(parseInt(id.slice(i, i + 2), 16));
  QUERYABLE_BYTES[id] = bytes;
}

function parseCommandId(value: unknown, base: string, name: string): number[] {
  if (typeof value === 'string' && hasOwnKey(QUERYABLE_BYTES, value)) return QUERYABLE_BYTES[value]; // canonical spelling
  const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
  if (m === null) {
    throw invalid('INVALID_COMMAND_ID', base, name, value, 'is not a command ID; expected a hex string such as "0X6E01"');
  }
  const id = '0X' + m[1].toUpperCase();
  if (!hasOwnKey(QUERYABLE_BYTES, id)) {
    throw invalid(
      'INVALID_COMMAND_ID',
      base,
      name,
      value,
      'is not a queryable command; expected one of the seed\'s IDs ("0XDA", "0X6E01", … see `wt102 services`), ' +
        '"0XD9", "0XC8", "0X03", or "0X6E<schedule 00…0F><00…05|09>"',
    );
  }
  return QUERYABLE_BYTES[id];
}

/**
 * A command body compiled from its field declarations: validation, writing and
 * reading in wire order, with the per-call work reduced to what the values need.
 */
export interface Body {
  readonly names: readonly string[];
  readonly fields: readonly Field[];
  /** Validates `inputs` (an object of the caller's) and returns wire values in field order. */
  parse(inputs: unknown, base: string): WireValue[];
  write(values: readonly WireValue[], out: number[]): void;
  /** Reads the body at `r.pos`; `what` names the command for errors. */
  read(r: ByteReader, what: () => string): { [name: string]: unknown };
}

export function compileBody(fields: Fields): Body {
  const names = Object.keys(fields);
  const list = names.map((n) => fields[n]);
  const index = dict<number>();
  names.forEach((n, i) => (index[n] = i));
  // Derived fields (a query's length) are validated after the field they derive from.
  const order = names.map((_, i) => i).filter((i) => list[i].kind !== 'queryLength');
  const derived = names.map((_, i) => i).filter((i) => list[i].kind === 'queryLength');

  function unknownInput(base: string, key: string): CodecError {
    return new CodecError(
      'UNKNOWN_INPUT',
      `${base}.${key}: unknown input; ${names.length ? `allowed: ${names.join(', ')}` : `${base} takes no inputs`}`,
      { path: `${base}.${key}` },
    );
  }

  return {
    names,
    fields: list,
    parse(inputs, base) {
      if (inputs === undefined) inputs = {};
      else if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs) || inputs instanceof Date) {
        throw new CodecError('INVALID_TYPE', `${base}.inputs: ${describeValue(inputs)} is not an object of inputs`, {
          path: `${base}.inputs`,
        });
      }
      const given = inputs as { [name: string]: unknown };
      for (const key in given) {
        if (hasOwnKey(given, key) && !hasOwnKey(index, key)) throw unknownInput(base, key);
      }
      const values: WireValue[] = new Array(list.length);
      for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const value = hasOwnKey(given, names[i]) ? given[names[i]] : undefined;
        if (value === undefined) {
          const path = `${base}.${names[i]}`;
          throw new CodecError('MISSING_INPUT', `${path}: missing; expected ${allowedText(list[i])}`, { path });
        }
        values[i] = parseValue(list[i], value, base, names[i], values, index);
      }
      for (let k = 0; k < derived.length; k++) {
        const i = derived[k];
        const field = list[i] as Extract<Field, { kind: 'queryLength' }>;
        const ofBytes = (values[index[field.of]] as number[]).length;
        const value = hasOwnKey(given, names[i]) ? given[names[i]] : undefined;
        if (value !== undefined) {
          if (!isInteger(value)) {
            throw invalid('INVALID_TYPE', base, names[i], value, `is not an integer; expected ${allowedText(field)}`);
          }
          if (value !== ofBytes) {
            throw invalid(
              'LENGTH_MISMATCH',
              base,
              names[i],
              value,
              `does not match ${field.of}, which has ${ofBytes} byte${ofBytes === 1 ? '' : 's'}; omit length or pass ${ofBytes}`,
            );
          }
        }
        values[i] = ofBytes;
      }
      return values;
    },
    write(values, out) {
      for (let i = 0; i < list.length; i++) writeValue(list[i], values[i], out);
    },
    read(r, what) {
      const read: WireValue[] = new Array(list.length);
      const inputs: { [name: string]: unknown } = {};
      for (let i = 0; i < list.length; i++) inputs[names[i]] = readValue(list[i], r, what, names[i], read, index);
      return inputs;
    },
  };
}

function parseValue(
  field: Field,
  value: unknown,
  base: string,
  name: string,
  parsed: WireValue[],
  index: { [name: string]: number },
): WireValue {
  switch (field.kind) {
    case 'int':
      if (typeof value !== 'number') {
        throw invalid('INVALID_TYPE', base, name, value, `is not a number; expected ${allowedText(field)}`);
      }
      if (!isFiniteNumber(value)) {
        throw invalid('INVALID_TYPE', base, name, value, `is not a finite number; expected ${allowedText(field)}`);
      }
      if (!isInteger(value)) throw invalid('NOT_INTEGER', base, name, value, `is not an integer; expected ${allowedText(field)}`);
      if (value < field.min || value > field.max) {
        throw invalid('OUT_OF_RANGE', base, name, value, `is out of range ${rangeText(field.min, field.max, field.unit)}`);
      }
      return value;
    case 'temperature': {
      if (typeof value !== 'number' || !isFiniteNumber(value)) {
        throw invalid('INVALID_TYPE', base, name, value, `is not a finite number; expected ${allowedText(field)}`);
      }
      // Range-checked before rounding so that 35.004 is refused rather than sent as 35.00.
      if (value < field.min || value > field.max) {
        throw invalid('OUT_OF_RANGE', base, name, value, `is out of range ${rangeText(field.min, field.max, field.unit)}`);
      }
      const hundredths = Math.round(value * 100);
      return hundredths === 0 ? 0 : hundredths;
    }
    case 'enum': {
      let n = -1;
      if (typeof value === 'number') n = value;
      else if (typeof value === 'string' && DIGITS.test(value)) n = +value;
      for (let i = 0; i < field.values.length; i++) if (field.values[i].value === n) return n;
      throw invalid('INVALID_ENUM', base, name, value, `is not an allowed value; expected ${allowedText(field)}`);
    }
    case 'date': {
      const r = parseDateInput(value);
      if (!r.ok) throw invalid('INVALID_DATE', base, name, value, r.reason);
      if (field.notBefore !== undefined) {
        const before = parsed[index[field.notBefore]] as number;
        if (r.seconds < before) {
          throw invalid(
            'OUT_OF_RANGE',
            base,
            name,
            value,
            `is before ${field.notBefore} (${isoFromSeconds(before)}); it must be at or after it`,
          );
        }
      }
      return r.seconds;
    }
    case 'commandId':
      return parseCommandId(value, base, name);
    case 'queryLength':
      // Derived after its sibling; never reached through here.
      throw invalid('INVALID_CALL', base, name, value, 'is derived');
  }
}

/** Appends a field's wire value to `out`. */
function writeValue(field: Field, value: WireValue, out: number[]): void {
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
 * Reads one field from `r`, validating it as strictly as `parse` validates
 * inputs, and returns the canonical value. `what` names the command for errors.
 */
function readValue(
  field: Field,
  r: ByteReader,
  what: () => string,
  name: string,
  read: WireValue[],
  index: { [name: string]: number },
): unknown {
  const at = r.pos;
  const i = index[name];
  switch (field.kind) {
    case 'int': {
      const v = r.uint(WIRE_SIZE[field.wire], what);
      if (v < field.min || v > field.max) {
        throw r.error('INVALID_VALUE', at, `${what()}.${name}: ${v} is out of range ${rangeText(field.min, field.max, field.unit)}`);
      }
      read[i] = v;
      return v;
    }
    case 'temperature': {
      const raw = r.int16(what);
      if (raw < field.min * 100 || raw > field.max * 100) {
        throw r.error(
          'INVALID_VALUE',
          at,
          `${what()}.${name}: ${raw / 100} °C is out of range ${rangeText(field.min, field.max, field.unit)}`,
        );
      }
      read[i] = raw;
      return raw / 100;
    }
    case 'enum': {
      const v = r.uint(1, what);
      for (let k = 0; k < field.values.length; k++) {
        if (field.values[k].value === v) {
          read[i] = v;
          return '' + v;
        }
      }
      throw r.error('INVALID_VALUE', at, `${what()}.${name}: ${v} is not an allowed value; expected ${allowedText(field)}`);
    }
    case 'date': {
      const v = r.uint(4, what);
      if (field.notBefore !== undefined) {
        const before = read[index[field.notBefore]] as number;
        if (v < before) {
          throw r.error(
            'INVALID_VALUE',
            at,
            `${what()}.${name}: ${isoFromSeconds(v)} is before ${field.notBefore} (${isoFromSeconds(before)})`,
          );
        }
      }
      read[i] = v;
      return isoFromSeconds(v);
    }
    case 'queryLength': {
      const b = r.uint(1, what);
      if (b >> 4 !== 0 || b === 0) {
        throw r.error(
          'INVALID_VALUE',
          at,
          `${what()}.${name}: byte 0x${hexByte(b)} is not a query length; expected high nibble 0 and length 1…15`,
        );
      }
      read[i] = b;
      return b;
    }
    case 'commandId': {
      const n = read[index[field.lengthFrom]] as number;
      const bytes = r.bytes(n, what);
      const id = commandIdFromBytes(bytes);
      if (!hasOwnKey(QUERYABLE_BYTES, id)) {
        throw r.error('INVALID_VALUE', at, `${what()}.${name}: ${id} is not a queryable command ID`);
      }
      read[i] = bytes;
      return id;
    }
  }
}
