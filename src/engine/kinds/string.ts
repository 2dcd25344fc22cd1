/** `string`: UTF-8 text in a fixed number of bytes, NUL-padded; only uplinks carry it. */
import { utf8Decode, utf8Encode } from '../../base/utf8';
import type { StringField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, cannotWrite, problem, sizeDescriptor, uplinkOnly } from './shared';

const allowedText = (f: StringField) => `text of at most ${f.size} UTF-8 bytes`;

export const STRING: Kind<StringField> = {
  allowed: uplinkOnly,
  doc: { word: 'text', fromText: asText, descriptor: sizeDescriptor },
  write: cannotWrite,
  read(f, at) {
    const bytes = at.r.bytes(f.size, at.what);
    let end = bytes.indexOf(0);
    if (end < 0) end = bytes.length;
    for (let k = end; k < bytes.length; k++) {
      if (bytes[k] !== 0) {
        problem(at, at.start + k, `byte ${k} of the text follows its NUL terminator and is not NUL`);
        break;
      }
    }
    const text = utf8Decode(bytes, 0, end);
    if (text !== undefined) return text;
    // "?" rather than U+FFFD: it is one byte, so encodeUplink gives back text that fits and reads the same.
    problem(at, at.start, `is not valid UTF-8; bytes outside ASCII are shown as "?"`);
    let shown = '';
    for (let k = 0; k < end; k++) shown += bytes[k] < 0x80 ? String.fromCharCode(bytes[k]) : '?';
    return shown;
  },
  device: {
    allowed: allowedText,
    write(f, value, at) {
      if (typeof value !== 'string') throw refuseValue(at, 'INVALID_TYPE', value, `is not text; expected ${allowedText(f)}`);
      const bytes = utf8Encode(value);
      if (bytes === undefined) throw refuseValue(at, 'INVALID_VALUE', value, 'has a lone surrogate, which UTF-8 cannot carry');
      if (bytes.indexOf(0) >= 0) throw refuseValue(at, 'INVALID_VALUE', value, 'contains a NUL character, which ends the text on the wire');
      if (bytes.length > f.size) throw refuseValue(at, 'OUT_OF_RANGE', value, `is ${bytes.length} UTF-8 bytes; at most ${f.size} fit`);
      for (let i = 0; i < f.size; i++) at.w.out.push(i < bytes.length ? bytes[i] : 0);
      return 0;
    },
  },
};
