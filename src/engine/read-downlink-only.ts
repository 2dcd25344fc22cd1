/**
 * Reading the kinds only downlinks carry: a history window's dates and a query's length (services). Apart from
 * the reader (read.ts), as read-uplink-only.ts is, so that what reads uplinks (the script's part, the console's
 * Uplink tab) has none of it. The script's part that reads downlinks holds it: an on-demand part of its own cost
 * every dated service and every query 0.3 M instructions more to decode, and saved the others 0.02 M.
 */
import { isoFromSeconds } from '../base/dates';
import type { FieldPlan } from './plans';
import { problem, refused } from './read-problems';
import { uint } from './read-bytes';
import type { Reading } from './reading';

/** Reads `f`, a date or a query's length, at `r.pos` (its struct's values so far in `vals`, by index) and sets `r.wire`. */
export function readDownlinkOnly(r: Reading, f: FieldPlan, vals: readonly number[]): unknown {
  let v: number;
  if (f.d.kind === 'date') {
    v = r.wire = uint(r, 4);
    if (f.siblingAt !== undefined && v < vals[f.siblingAt]) problem(r, f, r.start, v, vals[f.siblingAt]);
    return isoFromSeconds(v);
  }
  // A query's length is the low nibble of its byte, and never 0. (No other kind reaches here: a kind added to the
  // downlink kinds and read by neither read.ts nor this would fail the round-trip properties of every service and
  // setting, test/properties.test.ts, rather than a throw that every console Downlink tab would carry.)
  v = uint(r, 1);
  if (v >> 4 !== 0 || v === 0) refused(r, f, v);
  return (r.wire = v);
}
