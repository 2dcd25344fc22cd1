/** `version`: a hardware (`v1.2`, 2 bytes) or firmware (`v1.2-r3-a1-u2-t5`, 6 bytes) version; only uplinks carry it. */
import { describeValue } from '../../base/errors';
import type { VersionField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, cannotWrite, uplinkOnly } from './shared';

const VERSION_2 = /^v(\d{1,3})\.(\d{1,3})$/;
const VERSION_6 = /^v(\d{1,3})\.(\d{1,3})(?:-r(\d{1,3}))?(?:-a(\d{1,3}))?(?:-u(\d{1,3}))?(?:-t(\d{1,3}))?$/;

function versionBytes(value: unknown, format: 'major.minor' | 'firmware'): number[] | undefined {
  if (typeof value !== 'string') return undefined;
  const m = (format === 'firmware' ? VERSION_6 : VERSION_2).exec(value);
  if (m === null) return undefined;
  const bytes: number[] = [];
  for (let i = 1; i < m.length; i++) {
    const part = m[i];
    // The decoder leaves zero suffixes out, so "-r0" would not come back the same.
    if (i > 2 && part !== undefined && +part === 0) return undefined;
    const n = part === undefined ? 0 : +part;
    if (n > 255 || (part !== undefined && part.length > 1 && part.charAt(0) === '0')) return undefined;
    bytes.push(n);
  }
  return bytes;
}

const allowedVersion = (f: VersionField) => (f.format === 'firmware' ? 'a version such as "v1.2" or "v1.2-r3-a1-u2-t5"' : 'a version such as "v1.2"');

export const VERSION: Kind<VersionField> = {
  allowed: uplinkOnly,
  doc: {
    word: 'text',
    fromText: asText,
    descriptor(f, check) {
      if (f.format !== 'major.minor' && f.format !== 'firmware') throw check.refused(`its format is ${describeValue(f.format)}, not "major.minor" or "firmware"`);
      return { kind: 'version', format: f.format };
    },
  },
  write: cannotWrite,
  device: {
    allowed: allowedVersion,
    write(f, value, at) {
      const bytes = versionBytes(value, f.format);
      if (bytes === undefined) throw refuseValue(at, 'INVALID_VALUE', value, `is not ${allowedVersion(f)}`);
      at.w.bytes(bytes);
      return 0;
    },
  },
};
