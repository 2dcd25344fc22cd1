/** `queryLength`: the byte count of the command ID a query carries after it (a nibble, 1…15). */
import { byteError } from '../../base/errors';
import { hexByte } from '../../base/bytes';
import type { QueryLengthField } from '../../schema/fields';
import type { Kind } from '../site';
import { asNumber, bareDescriptor, countLater, readText } from './shared';

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
  read(_f, at) {
    const b = at.r.uint(1, at.what);
    if (b >> 4 !== 0 || b === 0) {
      throw byteError('INVALID_VALUE', at.start, `${readText(at)}: byte 0x${hexByte(b)} is not a query length; expected high nibble 0 and length 1…15`);
    }
    return (at.wire = b);
  },
};
