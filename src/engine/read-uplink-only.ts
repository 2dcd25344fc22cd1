/**
 * Reading the kinds only uplinks carry: text, hex, versions and a command's name (device information,
 * replies). Apart from the reader (read.ts), so that the network-server script compiles it only for a
 * frame that holds one; the text's UTF-8 is read-text.ts's, which a reply does not need.
 */
import { hexOf } from '../base/bytes';
import type { Rec } from '../base/caller-input';
import { commandNameOf } from './commands';
import type { FieldPlan } from './plans';
import { bytesOf } from './read-bytes';
import type { Reading } from './reading';
import { readText } from './read-text';

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
