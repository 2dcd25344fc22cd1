/**
 * What several kinds of field share: wire sizes and ranges, the words for ranges, how a value
 * read that is not allowed is reported, the accepted spellings of numbers and enums (a flag's are
 * bool.ts's; a count derived once what it counts is written is query-length.ts's).
 */
import { describeValue } from '../../base/errors';
import { isFiniteNumber, isInteger } from '../../base/es5';
import type { Rec } from '../../base/caller-input';
import type { EnumField, Field, IntWire } from '../../schema/fields';
import { refuseValue } from '../site';
import type { DescriptorCheck, WriteSite } from '../site';

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



/** A finite number, or the refusal of what is not one. */
export function checkedNumber(value: unknown, f: Field, at: WriteSite): number {
  if (typeof value !== 'number' || !isFiniteNumber(value)) {
    const what = `is not a ${typeof value === 'number' ? 'finite ' : ''}number; expected ${at.field.kind.allowed(f, at.s.style)}`;
    throw refuseValue(at, 'INVALID_TYPE', value, what);
  }
  return value;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** How the CLI types `key=text` for a numeric kind: a number when it reads as one. */
export const asNumber = (text: string): unknown => (NUMBER_TEXT.test(text) ? Number(text) : text);
/** How the CLI types `key=text` for other kinds: the text, for the codec to judge. */
export const asText = (text: string): unknown => text;

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

/** The bytes of the sibling `of` that the field at hand follows: `end` is where they end. */
export function bytesBefore(at: WriteSite, of: string, buf: ArrayLike<number>, end: number): number[] {
  const n = at.vals[at.s.keys[of]];
  return Array.prototype.slice.call(buf, end - n, end) as number[];
}

/**
 * A kind that only uplinks carry (text, hex, versions): downlinks cannot hold it, and its writer
 * and the words for what it allows are a device's (`device`).
 */
export function cannotWrite(_f: Field, value: unknown, at: WriteSite): number {
  throw refuseValue(at, 'INVALID_CALL', value, 'cannot be encoded here');
}
export function uplinkOnly(): string {
  return 'a value only uplinks carry';
}

/* ------------------------------------------------------------------ callers' descriptors (allowedText) */

export function rangeDescriptor(f: Rec, check: DescriptorCheck): Field {
  check.numbers('min', 'max');
  if (f.unit !== undefined && typeof f.unit !== 'string') throw check.refused(`its unit is ${describeValue(f.unit)}, not text`);
  return { kind: f.kind, min: f.min, max: f.max, unit: f.unit } as Field;
}
export function sizeDescriptor(f: Rec, check: DescriptorCheck): Field {
  if (!isInteger(f.size) || f.size < 0) throw check.refused(`its size is ${describeValue(f.size)}, not a byte count`);
  return { kind: f.kind, size: f.size } as Field;
}
/** A kind whose words depend on nothing but its kind. */
export function bareDescriptor(f: Rec): Field {
  return { kind: f.kind } as Field;
}
