/** `string`: UTF-8 text in a fixed number of bytes, NUL-padded; only uplinks carry it. */
import { utf8Encode } from '../../base/utf8';
import type { StringField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, cannotWrite, sizeDescriptor, uplinkOnly } from './shared';

const allowedText = (f: StringField) => `text of at most ${f.size} UTF-8 bytes`;

export const STRING: Kind<StringField> = {
  allowed: uplinkOnly,
  doc: { word: 'text', fromText: asText, descriptor: sizeDescriptor },
  write: cannotWrite,
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
