/** `date`: a moment as Unix seconds on a u32 wire; ISO-8601 text both ways. */
import { isoFromSeconds, parseDateInput } from '../../base/dates';
import type { DateField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { bareDescriptor } from './shared';

export const DATE: Kind<DateField> = {
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
    at.w.uintLE(r.seconds, 4);
    return r.seconds;
  },
};
