/**
 * Reading text, as device information carries it (product name, serial number…). Apart from read-uplink-only.ts
 * so that the network-server script compiles the UTF-8 decoder only for a frame that holds text, not for every
 * reply to a downlink.
 */
import { utf8Decode } from '../base/utf8';
import type { FieldPlan } from './plans';
import type { Reading } from './reading';
import { problemSaying } from './read-problems';

/** NUL-padded UTF-8 text. */
export function readText(r: Reading, f: FieldPlan, bytes: number[]): string {
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  for (let k = end; k < bytes.length; k++) {
    if (bytes[k] !== 0) {
      problemSaying(r, f, r.start + k, `byte ${k} of the text follows its NUL terminator and is not NUL`);
      break;
    }
  }
  const text = utf8Decode(bytes, 0, end);
  if (text !== undefined) return text;
  // "?" rather than U+FFFD: it is one byte, so encodeUplink gives back text that fits and reads the same.
  problemSaying(r, f, r.start, `is not valid UTF-8; bytes outside ASCII are shown as "?"`);
  let shown = '';
  for (let k = 0; k < end; k++) shown += bytes[k] < 0x80 ? String.fromCharCode(bytes[k]) : '?';
  return shown;
}
