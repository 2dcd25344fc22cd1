/**
 * Writers for readings: what `encodeUplink` needs to build the frames a device sends (and, for the
 * kinds only uplinks carry, the words for what they allow, which the docs and `allowedText` use too). A device
 * simulator must be able to build the out-of-range frames that decoding warns about, so numbers
 * are taken as far as their wire type holds, not only within their range; and text, hex and
 * versions, which only uplinks carry, can be written. Only encodeUplink imports this module: the
 * network-server script, which encodes downlinks alone, leaves it out.
 */
import { hexDigitBytes } from '../base/bytes';
import { describeValue } from '../base/errors';
import { commandIdFromBytes, commandNameOf } from '../schema/command-ids';
import { isInteger } from '../base/es5';
import { utf8Encode } from '../base/utf8';
import { countLater, enumNumber, HEX_ID, KINDS, rangeText, refuseValue, wireRange, wireSize, writeBits, writeHundredths } from './kinds';
import type { Kinds, WriteSite } from './kinds';

const HEX_TEXT = /^(?:[0-9a-fA-F]{2})*$/;
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

/** The bytes of the sibling `of` that the field at hand follows: `end` is where they end. */
function bytesBefore(at: WriteSite, of: string, buf: ArrayLike<number>, end: number): number[] {
  const n = at.vals[at.s.keys[of]];
  return Array.prototype.slice.call(buf, end - n, end) as number[];
}

export const READING_KINDS: Kinds = {
  ...KINDS,
  int: {
    ...KINDS.int,
    write(f, value, at) {
      if (typeof value !== 'number' || !isFinite(value)) return KINDS.int.write(f, value, at); // the same refusal
      if (!isInteger(value)) throw refuseValue(at, 'NOT_INTEGER', value, `is not an integer; expected ${KINDS.int.allowed(f, at.s.style)}`);
      // Indexed, not destructured: this runs for every reading.
      const range = wireRange(f.wire);
      if (value < range[0] || value > range[1]) throw refuseValue(at, 'OUT_OF_RANGE', value, `is out of range ${rangeText(range[0], range[1], f.unit)}`);
      at.w.le(value, wireSize(f.wire));
      return value;
    },
  },
  decimal: {
    ...KINDS.decimal,
    write(f, value, at) {
      if (typeof value !== 'number' || !isFinite(value)) return KINDS.decimal.write(f, value, at); // the same refusal
      return writeHundredths(f.wire, value, value, at);
    },
  },
  enum: {
    ...KINDS.enum,
    write(f, value, at) {
      const n = enumNumber(f, value);
      const range = wireRange(f.wire || 'u8');
      // Any number the wire holds (a device may send one the table does not list); else as a downlink: listed names, or its refusal.
      if (!isInteger(n) || n < range[0] || n > range[1]) return KINDS.enum.write(f, value, at);
      at.w.le(n, wireSize(f.wire || 'u8'));
      return n;
    },
  },
  bool: {
    ...KINDS.bool,
    write(f, value, at) {
      if (!(isInteger(value) && value >= 0 && value <= 255)) return KINDS.bool.write(f, value, at);
      at.w.out.push(value);
      return value;
    },
  },
  bits: {
    ...KINDS.bits,
    write(f, value, at) {
      if (f.of === undefined) return writeBits(f, value, at, [0, (1 << f.width) - 1]);
      // A count of the bytes of `of` (a reply's length): set once they are written.
      if (at.cf.bitsStart) at.bitsAt = at.w.keep();
      const out = at.w.out;
      const byteAt = at.bitsAt;
      countLater(at, f.of, value, byteAt, () => KINDS.bits.allowed(f, at.s.style), (n) => (out[byteAt] |= n << f.shift));
      return -1;
    },
  },
  commandId: {
    ...KINDS.commandId,
    allowed: (f, style) => (f.any ? 'a command ID of 1…15 bytes such as "0X6E01"' : KINDS.commandId.allowed(f, style)),
    write(f, value, at) {
      if (!f.any) return KINDS.commandId.write(f, value, at);
      const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
      // At most 15 bytes: a reply's length is a nibble.
      if (m === null || m[1].length > 30) throw refuseValue(at, 'INVALID_COMMAND_ID', value, `is not ${this.allowed(f, at.s.style)}`);
      at.w.bytes(hexDigitBytes(m[1]));
      return m[1].length / 2;
    },
  },
  commandName: {
    ...KINDS.commandName,
    allowed: (f) => `the name of the command in ${f.of} (optional: derived when absent)`,
    write(f, value, at) {
      if (value !== undefined) {
        const id = commandIdFromBytes(bytesBefore(at, f.of, at.w.out, at.w.out.length));
        const name = commandNameOf(id);
        if (value !== name) throw refuseValue(at, 'INVALID_VALUE', value, `is not the name of ${id} (${describeValue(name)})`);
      }
      return -1;
    },
  },
  string: {
    ...KINDS.string,
    allowed: (f) => `text of at most ${f.size} UTF-8 bytes`,
    write(f, value, at) {
      if (typeof value !== 'string') throw refuseValue(at, 'INVALID_TYPE', value, `is not text; expected ${this.allowed(f, at.s.style)}`);
      const bytes = utf8Encode(value);
      if (bytes === undefined) throw refuseValue(at, 'INVALID_VALUE', value, 'has a lone surrogate, which UTF-8 cannot carry');
      if (bytes.indexOf(0) >= 0) throw refuseValue(at, 'INVALID_VALUE', value, 'contains a NUL character, which ends the text on the wire');
      if (bytes.length > f.size) throw refuseValue(at, 'OUT_OF_RANGE', value, `is ${bytes.length} UTF-8 bytes; at most ${f.size} fit`);
      for (let i = 0; i < f.size; i++) at.w.out.push(i < bytes.length ? bytes[i] : 0);
      return 0;
    },
  },
  hex: {
    ...KINDS.hex,
    allowed: (f) => `${f.size * 2} hex digits`,
    write(f, value, at) {
      if (typeof value !== 'string' || value.length !== f.size * 2 || !HEX_TEXT.test(value)) {
        throw refuseValue(at, 'INVALID_VALUE', value, `is not ${this.allowed(f, at.s.style)}`);
      }
      at.w.bytes(hexDigitBytes(value));
      return 0;
    },
  },
  version: {
    ...KINDS.version,
    allowed: (f) => (f.format === 'firmware' ? 'a version such as "v1.2" or "v1.2-r3-a1-u2-t5"' : 'a version such as "v1.2"'),
    write(f, value, at) {
      const bytes = versionBytes(value, f.format);
      if (bytes === undefined) throw refuseValue(at, 'INVALID_VALUE', value, `is not ${this.allowed(f, at.s.style)}`);
      at.w.bytes(bytes);
      return 0;
    },
  },
};
