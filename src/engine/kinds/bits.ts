/** `bits`: a bit field; neighbouring bit fields that do not overlap share one byte. */
import { describeValue } from '../../base/errors';
import { isInteger } from '../../base/es5';
import type { BitsField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind, WriteSite } from '../site';
import { asNumber } from './shared';
import { flag } from './bool';
import { countLater } from './query-length';

function bitsRange(f: BitsField): [number, number] {
  return [f.min === undefined ? 0 : f.min, f.max === undefined ? Math.pow(2, f.width) - 1 : f.max];
}

/** Writes a bit field into the byte its run shares, checked against `[min, max]`. */
function writeBits(f: BitsField, value: unknown, at: WriteSite, [min, max]: [number, number]): number {
  let v: number;
  if (f.width === 1 && min === 0 && max === 1) {
    v = flag(value);
    if (v < 0) throw refuseValue(at, 'INVALID_TYPE', value, `is not a flag; expected ${BITS.allowed(f, at.s.style)}`);
  } else {
    if (!isInteger(value)) throw refuseValue(at, 'INVALID_TYPE', value, `is not an integer; expected ${BITS.allowed(f, at.s.style)}`);
    if (value < min || value > max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${min}…${max}`);
    v = value;
  }
  if (at.field.plan.byteStart) at.bitsAt = at.w.reserve();
  at.w.out[at.bitsAt] |= v << f.shift;
  return v;
}

export const BITS: Kind<BitsField> = {
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
  device: {
    write(f, value, at) {
      if (f.of === undefined) return writeBits(f, value, at, [0, (1 << f.width) - 1]);
      // A count of the bytes of `of` (a reply's length): set once they are written.
      if (at.field.plan.byteStart) at.bitsAt = at.w.reserve();
      const out = at.w.out;
      const byteAt = at.bitsAt;
      countLater(at, f.of, value, byteAt, () => BITS.allowed(f, at.s.style), (n) => (out[byteAt] |= n << f.shift));
      return -1;
    },
  },
};
