/** `int`: an integer in a range, on a wire of 1, 2 or 4 bytes (`i16` signed). */
import { isInteger } from '../../base/es5';
import type { IntField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asNumber, checkedNumber, rangeDescriptor, wireRange, wireSize } from './shared';
import { rangeText } from '../words';

export const INT: Kind<IntField> = {
  allowed: (f) => `an integer ${rangeText(f.min, f.max, f.unit)}`,
  doc: { word: 'int', fromText: asNumber, descriptor: rangeDescriptor },
  write(f, value, at) {
    const v = checkedNumber(value, f, at);
    if (!isInteger(v)) throw refuseValue(at, 'NOT_INTEGER', value, `is not an integer; expected ${this.allowed(f, at.s.style)}`);
    if (v < f.min || v > f.max) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(f.min, f.max, f.unit)}`);
    at.w.uintLE(v, wireSize(f.wire));
    return v;
  },
  device: {
    // Any integer the wire holds: a device may send what the range does not allow.
    write(f, value, at) {
      if (typeof value !== 'number' || !isFinite(value)) return INT.write(f, value, at); // the same refusal
      if (!isInteger(value)) throw refuseValue(at, 'NOT_INTEGER', value, `is not an integer; expected ${INT.allowed(f, at.s.style)}`);
      // Indexed, not destructured: this runs for every reading.
      const range = wireRange(f.wire);
      if (value < range[0] || value > range[1]) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(range[0], range[1], f.unit)}`);
      at.w.uintLE(value, wireSize(f.wire));
      return value;
    },
  },
};
