/** `queryLength`: the byte count of the command ID a query carries after it (a nibble, 1…15). */
import { isInteger } from '../../base/es5';
import type { QueryLengthField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind, WriteSite } from '../site';
import { asNumber, bareDescriptor } from './shared';

/**
 * A byte count of what follows in the struct (a query's or a reply's length), derived once it is
 * written and then `set`; a `value` given must match it. `from` is the byte the count starts after. Here rather
 * than in shared.ts, though a device's bit field counts a reply's length so too (bits.ts): the network-server
 * script compiles it only for a query.
 */
export function countLater(at: WriteSite, of: string, value: unknown, from: number, allowed: () => string, set: (n: number) => void): void {
  const w = at.w;
  const key = at.key;
  at.later = () => {
    const n = w.out.length - from - 1;
    if (value !== undefined) {
      at.key = key;
      if (!isInteger(value)) throw refuseValue(at, 'INVALID_TYPE', value, `is not an integer; expected ${allowed()}`);
      if (value !== n) {
        throw refuseValue(at, 'LENGTH_MISMATCH', value, `does not match ${of}, which has ${n} byte${n === 1 ? '' : 's'}; omit ${key} or pass ${n}`);
      }
    }
    set(n);
  };
}

export const QUERY_LENGTH: Kind<QueryLengthField> = {
  allowed: () => 'an integer 1…15 equal to the number of command-ID bytes (optional: derived when absent)',
  doc: { word: 'int', fromText: asNumber, descriptor: bareDescriptor },
  write(f, value, at) {
    // A byte kept for now: it is set once the command ID it measures has been written.
    const w = at.w;
    const lengthAt = w.reserve();
    countLater(at, f.of, value, lengthAt, () => this.allowed(f, at.s.style), (n) => (w.out[lengthAt] = n));
    return -1;
  },
};
