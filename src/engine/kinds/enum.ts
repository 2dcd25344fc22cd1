/** `enum`: one of listed numbers (each with a name), on a wire of 1 byte unless the table says otherwise. */
import { isInteger } from '../../base/es5';
import { ownItem, ownRecord, arrayLength } from '../../base/caller-input';
import { step } from '../../base/path';
import type { EnumField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { enumText } from '../words';
import { asText, enumNumber, wireRange, wireSize } from './shared';

export const ENUM: Kind<EnumField> = {
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
        at.w.uintLE(n, wireSize(f.wire || 'u8'));
        return n;
      }
    }
    throw refuseValue(at, 'INVALID_ENUM', value, `is not an allowed value; expected ${this.allowed(f, at.s.style)}`);
  },
  device: {
    // Any number the wire holds (a device may send one the table does not list); else as a downlink: listed names, or its refusal.
    write(f, value, at) {
      const n = enumNumber(f, value);
      const range = wireRange(f.wire || 'u8');
      if (!isInteger(n) || n < range[0] || n > range[1]) return ENUM.write(f, value, at);
      at.w.uintLE(n, wireSize(f.wire || 'u8'));
      return n;
    },
  },
};
