/** `queryLength`: the byte count of the command ID a query carries after it (a nibble, 1…15). */
import type { QueryLengthField } from '../../schema/fields';
import type { Kind } from '../site';
import { asNumber, bareDescriptor, countLater } from './shared';

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
