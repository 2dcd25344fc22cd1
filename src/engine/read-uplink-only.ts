/**
 * Reading the kinds only uplinks carry: text, hex, versions and a command's name (device information,
 * replies). Apart from the reader (read.ts), so that the network-server script compiles it only for a
 * frame that holds one.
 */
import { hexOf } from '../base/bytes';
import type { Rec } from '../base/caller-input';
import { utf8Decode } from '../base/utf8';
import { commandNameOf } from './commands';
import type { FieldPlan } from './plans';
import { bytesOf } from './read-bytes';
import type { Reading } from './reading';
import { problemSaying } from './read-problems';

export function readUplinkOnly(r: Reading, f: FieldPlan, out: Rec): unknown {
  const d = f.d;
  switch (d.kind) {
    case 'commandName':
      return commandNameOf(out[d.of] as string);
    case 'string':
      return readText(r, f, bytesOf(r, d.size));
    case 'hex':
      return hexOf(bytesOf(r, d.size));
    case 'version': {
      const b = bytesOf(r, d.format === 'firmware' ? 6 : 2);
      let v = `v${b[0]}.${b[1]}`;
      if (d.format === 'firmware') {
        const tags = ['r', 'a', 'u', 't'];
        for (let k = 0; k < 4; k++) if (b[k + 2] !== 0) v += `-${tags[k]}${b[k + 2]}`;
      }
      return v;
    }
  }
  throw new Error(`read: no reader for ${d.kind}`);
}

/** NUL-padded UTF-8 text. */
function readText(r: Reading, f: FieldPlan, bytes: number[]): string {
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
