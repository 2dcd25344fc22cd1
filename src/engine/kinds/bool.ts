/** `bool`: a flag byte, 0 or 1. */
import { isInteger } from '../../base/es5';
import type { BoolField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, bareDescriptor } from './shared';

/** A 0/1 flag from its accepted spellings, or -1 (bit fields of one bit take them too: bits.ts). */
export function flag(value: unknown): number {
  if (value === 0 || value === 1) return value;
  if (value === true || value === 'true' || value === '1') return 1;
  if (value === false || value === 'false' || value === '0') return 0;
  return -1;
}

export const BOOL: Kind<BoolField> = {
  allowed: () => '0 or 1 (or true/false)',
  doc: { word: 'bool', fromText: asText, descriptor: bareDescriptor },
  write(f, value, at) {
    const v = flag(value);
    if (v < 0) throw refuseValue(at, 'INVALID_TYPE', value, `is not a flag; expected ${this.allowed(f, at.s.style)}`);
    at.w.out.push(v);
    return v;
  },
  device: {
    // Any byte: a device may send one that is no flag.
    write(f, value, at) {
      if (!(isInteger(value) && value >= 0 && value <= 255)) return BOOL.write(f, value, at);
      at.w.out.push(value);
      return value;
    },
  },
};
