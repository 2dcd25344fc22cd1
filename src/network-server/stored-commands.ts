/**
 * The commands as the network-server script finds them (codecs/wt102.js). The library builds every
 * command from the tables (src/engine/commands.ts); a script started afresh for every message cannot
 * afford that, so its parts are built with this module in that one's place: each command's plan
 * (src/engine/plans.ts), made at build time from the same commands, is stored as text, and parsed only
 * when a frame holds its ID. Everything else is the library's own code.
 *
 * The stored text (WT102_PLANS, handed to each part by the script): a line break, index lines, a blank line, then the
 * plans as JSON one after another. An index line is `u` (sent up) or `d` (sent down), the command ID's
 * bytes in hex, the name a reply about that ID gives the command (`-` for none: a keyed list's), and where
 * its plan begins after the blank line and how long it is; a line whose place is `-` is the start of longer IDs.
 */
import { hexByte } from '../base/bytes';
import type { ReadPlan } from '../engine/plans';
import { queryableName } from '../schema/command-ids';

/** The stored text, a parameter of the script's part that this module is built into. */
declare const WT102_PLANS: string;

/** As commands.ts's: the plan of the command sent up whose ID is `id` (`n` bytes), `true` for the start of a longer ID. */
export function findUplinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planAt(indexLine('u ' + idHex(id, n) + ' '));
}

/** As commands.ts's, for a command sent down. */
export function findDownlinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planAt(indexLine('d ' + idHex(id, n) + ' '));
}

/** An ID of `n` bytes in hex, as the index spells it. */
function idHex(id: number, n: number): string {
  let hex = '';
  for (let i = n - 1; i >= 0; i--) hex += hexByte(Math.floor(id / Math.pow(256, i)) % 256);
  return hex;
}

/** The plan an index line points at. */
function planAt(line: string[] | undefined): ReadPlan | true | undefined {
  if (line === undefined) return undefined;
  if (line[3] === '-') return true;
  return JSON.parse(WT102_PLANS.substr(WT102_PLANS.indexOf('\n\n') + 2 + +line[3], +line[4])) as ReadPlan;
}

/** The index line that starts with `start`, in its words (the text starts with a line break, and JSON has none). */
function indexLine(start: string): string[] | undefined {
  const at = WT102_PLANS.indexOf('\n' + start) + 1;
  return at > 0 ? WT102_PLANS.slice(at, WT102_PLANS.indexOf('\n', at)).split(' ') : undefined;
}

/** As commands.ts's: what a downlink command ID (`0X6500`) names, its queryable name first. */
export function commandNameOf(id: string): string | undefined {
  const queryable = queryableName(id);
  if (queryable !== undefined) return queryable;
  const line = indexLine('d ' + id.slice(2).toLowerCase() + ' ');
  return line === undefined || line[2] === '-' ? undefined : line[2];
}
