/**
 * `commandId`: a command's ID bytes as hex text ("0X6E01"), as many as a sibling (`lengthFrom`)
 * counts. Downlinks send only queryable IDs; a reply's echo (`any`) may be any ID.
 */
import { hexDigitBytes } from '../../base/bytes';
import { dict } from '../../base/es5';
import { isQueryable } from '../../schema/command-ids';
import type { CommandIdField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind, WriteSite } from '../site';
import { asText, bareDescriptor, HEX_ID } from './shared';

/** The bytes of the queryable IDs met in their canonical spelling, by ID (at most the 152 there are). */
const CANONICAL_ID_BYTES = dict<number[]>();

function commandIdBytes(value: unknown, at: WriteSite): number[] {
  // The canonical spelling ("0X6E01"), what decoding gives and most callers send, is looked up as it is.
  if (typeof value === 'string') {
    const known = CANONICAL_ID_BYTES[value];
    if (known !== undefined) return known;
    if (isQueryable(value)) return (CANONICAL_ID_BYTES[value] = hexDigitBytes(value.slice(2)));
  }
  const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
  if (m === null) throw refuseValue(at, 'INVALID_COMMAND_ID', value, 'is not a command ID; expected a hex string such as "0X6E01"');
  if (!isQueryable('0X' + m[1].toUpperCase())) {
    throw refuseValue(
      at,
      'INVALID_COMMAND_ID',
      value,
      'is not a queryable command; expected a listed ID ("0XDA", "0X6E01", "0XD9"…) or "0X6E<schedule 00…0F><00…05|09>"',
    );
  }
  return hexDigitBytes(m[1]);
}

const ANY_ID = 'a command ID of 1…15 bytes such as "0X6E01"';

export const COMMAND_ID: Kind<CommandIdField> = {
  allowed: () => 'a queryable command ID such as "0X6E01" (case-insensitive, 0x prefix optional)',
  doc: { word: 'enum', fromText: asText, descriptor: bareDescriptor },
  write(_f, value, at) {
    const bytes = commandIdBytes(value, at);
    at.w.bytes(bytes);
    return bytes.length;
  },
  device: {
    allowed: (f, style) => (f.any ? ANY_ID : COMMAND_ID.allowed(f, style)),
    write(f, value, at) {
      if (!f.any) return COMMAND_ID.write(f, value, at);
      const m = typeof value === 'string' ? HEX_ID.exec(value) : null;
      // At most 15 bytes: a reply's length is a nibble.
      if (m === null || m[1].length > 30) throw refuseValue(at, 'INVALID_COMMAND_ID', value, `is not ${ANY_ID}`);
      at.w.bytes(hexDigitBytes(m[1]));
      return m[1].length / 2;
    },
  },
};
