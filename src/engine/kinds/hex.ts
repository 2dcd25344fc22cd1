/** `hex`: a fixed number of bytes shown as hex digits (a serial number, an EUI); only uplinks carry it. */
import { hexDigitBytes } from '../../base/bytes';
import type { HexField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, cannotWrite, sizeDescriptor, uplinkOnly } from './shared';

const HEX_TEXT = /^(?:[0-9a-fA-F]{2})*$/;
const allowedHex = (f: HexField) => `${f.size * 2} hex digits`;

export const HEX: Kind<HexField> = {
  allowed: uplinkOnly,
  doc: { word: 'text', fromText: asText, descriptor: sizeDescriptor },
  write: cannotWrite,
  device: {
    allowed: allowedHex,
    write(f, value, at) {
      if (typeof value !== 'string' || value.length !== f.size * 2 || !HEX_TEXT.test(value)) {
        throw refuseValue(at, 'INVALID_VALUE', value, `is not ${allowedHex(f)}`);
      }
      at.w.bytes(hexDigitBytes(value));
      return 0;
    },
  },
};
