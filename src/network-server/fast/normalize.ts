/** The fast path's `normalizeUplink`: the same function as the full codec's, in a part of its own (WT102_STORE). */
import { normalizeUplink } from '../normalize';
import type { NormalizeResult } from '../normalize';

export function run(_text: string, _layout: readonly number[], _k: number, input: { data?: unknown }): NormalizeResult {
  return normalizeUplink(input);
}
