/** An uplink frame split into its commands, in the order the valve wrote them. */
import { decodeUplink } from './uplink-codec';

/**
 * The first `most` commands of an uplink frame, one by one: from each boundary, the shortest run of bytes that
 * decodes (no command ID is the start of another, and a command's length follows from its ID and bytes). A frame
 * that does not decode leaves its rest as one last piece.
 */
export function uplinkCommands(bytes: readonly number[], most = Infinity): number[][] {
  const out: number[][] = [];
  for (let start = 0; start < bytes.length && out.length < most; ) {
    let end = start + 1;
    while (end <= bytes.length) {
      try {
        decodeUplink(bytes.slice(start, end));
        break;
      } catch {
        end++;
      }
    }
    if (end > bytes.length) end = bytes.length;
    out.push(bytes.slice(start, end));
    start = end;
  }
  return out;
}
