/** `decimal`: a number in hundredths (resolution 0.01) on an integer wire; temperatures. */
import type { DecimalField, IntWire } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind, WriteSite } from '../site';
import { asNumber, checkedNumber, rangeDescriptor, WIRE_RANGE, wireSize } from './shared';
import { rangeText } from '../words';

/** Writes a value in hundredths, refusing what the wire type cannot hold. */
function writeHundredths(wire: IntWire, v: number, value: unknown, at: WriteSite): number {
  const h = Math.round(v * 100) || 0;
  // Looked up, not compared (wireRange): decimals are few.
  const range = WIRE_RANGE[wire];
  if (h < range[0] || h > range[1]) throw refuseValue(at, 'OUT_OF_RANGE', value, `does not fit the wire: ${h} hundredths is outside ${wire} (${range[0]}…${range[1]})`);
  at.w.uintLE(h, wireSize(wire));
  return h;
}

export const DECIMAL: Kind<DecimalField> = {
  allowed: (f) => `a number ${rangeText(f.min, f.max, f.unit)} (resolution 0.01)`,
  doc: { word: 'float', fromText: asNumber, descriptor: rangeDescriptor },
  write(f, value, at) {
    const v = checkedNumber(value, f, at);
    // Range-checked before rounding so that 35.004 is refused rather than sent as 35.00.
    if (v < f.min || v > f.max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(f.min, f.max, f.unit)}`);
    return writeHundredths(f.wire, v, value, at);
  },
  device: {
    // Any number the wire holds in hundredths.
    write(f, value, at) {
      if (typeof value !== 'number' || !isFinite(value)) return DECIMAL.write(f, value, at); // the same refusal
      return writeHundredths(f.wire, value, value, at);
    },
  },
};
