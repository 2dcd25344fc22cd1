/**
 * Reading a frame's bytes, as read.ts and read-uplink-only.ts take them: integers and runs of bytes, ending in
 * the one error every reader shares, the frame ending too soon (worded in read-problems.ts, with the others).
 */
import { truncated } from './read-problems';
import type { Reading } from './reading';

/** An unsigned little-endian integer of `n` bytes; `what` names what is read when the frame ends first. */
export function uint(r: Reading, n: number, what?: string): number {
  if (r.pos + n > r.bytes.length) truncated(r, n, what);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + r.bytes[r.pos + i];
  r.pos += n;
  return v;
}

export function bytesOf(r: Reading, n: number): number[] {
  if (r.pos + n > r.bytes.length) truncated(r, n);
  const out = r.bytes.slice(r.pos, r.pos + n) as number[];
  r.pos += n;
  return out;
}
