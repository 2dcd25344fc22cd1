/** The words of where a confirmed command stands, and of an answer that matched nothing: for the CLI's table and the playground's. */
import type { ConfirmedCommand, UnmatchedAnswer } from './confirm-downlinks';

/** How an uplink is named: by its place among the uplinks given (1-based), or by what the caller says (its line). */
export type UplinkName = (index: number) => string;

const BY_PLACE: UplinkName = (k) => `uplink ${k + 1}`;

/** What settled a command, or what stands in its way: `reply: success, uplink 1`, `sent again in frame 3`, or nothing. */
export function statusDetail(c: ConfirmedCommand, name: UplinkName = BY_PLACE): string {
  if (c.status === 'superseded') return `sent again in frame ${(c.supersededBy as number) + 1}`;
  if (c.by === undefined) return '';
  const what = c.by === 'report' ? 'reported back' : c.by === 'echo' ? 'echoed' : c.result === 0 ? 'reply: success' : `reply: ${c.reason} (${c.result})`;
  return `${what}, ${name(c.uplink as number)}`;
}

/** An answer that matched nothing sent: `uplink 2: a reply to 0X5A (set_target_temperature), result 0`. */
export function unmatchedText(u: UnmatchedAnswer, name: UplinkName = BY_PLACE): string {
  const what =
    u.reply !== undefined
      ? `a reply to ${u.reply.id}${u.reply.name ? ` (${u.reply.name})` : ''}, result ${u.reply.result}`
      : u.sequence !== undefined
        ? `the echo of sequence ${u.sequence}`
        : `the echo of order check ${u.order}`;
  return `${name(u.uplink)}: ${what}`;
}
