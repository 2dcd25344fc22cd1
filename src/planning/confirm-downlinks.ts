/**
 * Did a downlink apply? The valve answers each command of a frame with a reply (`ef`) carrying a result code for
 * that command's ID, echoes a frame's sequence check (`ff <n>`) and order check (`fe <n>`), and reports settings
 * back. This matches what it sent up to the frames sent down, command by command, taking each uplink's commands
 * in the order the valve wrote them:
 *
 * - a frame's sequence check is its first command (`ff <n>` anywhere else is a check like any other, answered by
 *   its echo, and the confirmation warns that such a frame's replies come before its echo);
 * - a sequence echo delivers the frame of that number (of frames sent again unchanged, the last copy, and a later
 *   echo of it is a new answer for it; of different frames with one number, the first not yet delivered, and the
 *   confirmation warns of the clash); that frame is then the current one. An echo of a number no frame carries
 *   leaves no frame current;
 * - a reply goes to the first unanswered command of its ID in the current frame, else to one there that a report
 *   had settled (the reply is the command's own answer); a frame without a sequence check cannot be current, so
 *   a reply that finds nothing there goes to the first such frame's unanswered command of its ID; what matches
 *   nothing (a reply repeated, a frame never sent) is listed as unmatched;
 * - a setting reported back with the value sent applies that command, once its frame is delivered;
 * - a setting (not a service: each call is its own) unanswered that a later frame sets again is superseded.
 */
import { hexOf } from '../base/bytes';
import { isPlainData, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { valueError } from '../base/errors';
import { decode, encodeCommands, frameBytes } from '../codec/frame';
import { payloadTextBytes } from '../base/base64';
import { uplinkCommands } from '../codec/uplink-commands';
import { decodeUplink } from '../codec/uplink-codec';
import { REPLY_RESULTS } from '../tables';
import { plannedCommand, settingsHex } from './commands';
import type { PlannedCommand } from './commands';
import { foldInto } from './reported-settings';
import { atItem, listItems, uplinkBytes } from './uplinks';

/** Where a command stands. */
export type CommandStatus = 'applied' | 'rejected' | 'pending' | 'superseded';

/** A command sent, and where it stands. */
export interface ConfirmedCommand extends PlannedCommand {
  /**
   * `applied`: its reply says success (0), or the valve reported the setting back with the value sent;
   * `rejected`: its reply says otherwise (`result`, `reason`); `superseded`: unanswered, and a later frame carries
   * the same command ID; `pending`: nothing yet.
   */
  status: CommandStatus;
  /** The reply's result code (0 success … 9 error write apply). */
  result?: number;
  /** What the result code means (`"error write params"`). */
  reason?: string;
  /** What settled it: its reply, the setting reported back, or (an order check) its echo. */
  by?: 'reply' | 'report' | 'echo';
  /** The index of the uplink that settled it. */
  uplink?: number;
  /** The index of the later frame that carries its ID again. */
  supersededBy?: number;
}

/** A frame sent, and where its commands stand. */
export interface ConfirmedFrame {
  /** The number of its sequence check, if it carries one. */
  sequence?: number;
  hex: string;
  /** Its sequence echo arrived, or a reply to one of its commands did. */
  delivered: boolean;
  /** The index of the last frame that is this one sent again unchanged (it answers for both). */
  sentAgainAs?: number;
  commands: ConfirmedCommand[];
}

/** What the valve sent that matches no frame sent: a reply, or an echo. */
export interface UnmatchedAnswer {
  /** The index of the uplink it came in. */
  uplink: number;
  reply?: { result: number; length: number; id: string; name?: string };
  /** An echoed sequence number no frame carries. */
  sequence?: number;
  /** An echoed order-check value no frame carries. */
  order?: number;
}

export interface Confirmation {
  frames: ConfirmedFrame[];
  unmatched: UnmatchedAnswer[];
  /** What makes the matching uncertain: different frames that carry one sequence number. */
  warnings?: string[];
}

/** A frame sent: a planned frame (or any object with `bytes` or `hex`), its bytes, or its hex. */
export type SentFrame = { bytes?: ArrayLike<number>; hex?: string } | ArrayLike<number> | string;

/** The frame `sent[i]` as bytes; what is no frame is refused at `sent[i]`. */
function sentBytes(frame: unknown, i: number): number[] {
  const path = `sent[${i}]`;
  try {
    const f = isPlainData(frame, path) ? ownRecord(frame, path) : undefined;
    if (f === undefined) return typeof frame === 'string' ? payloadTextBytes(frame, 'auto', 'frame') : frameBytes(frame, undefined);
    if (f.bytes !== undefined) return frameBytes(f.bytes, undefined);
    if (f.hex !== undefined) return frameBytes(f.hex, undefined);
    throw valueError('INVALID_TYPE', 'frame', frame, 'is not a frame; expected a planned frame (with bytes or hex), bytes or hex');
  } catch (e) {
    throw atItem(path, e);
  }
}

/** A frame's sequence number and commands, as the valve answers them. */
function frameOf(bytes: number[], i: number): { sequence?: number; commands: ConfirmedCommand[]; settings: ConfirmedCommand[] } {
  let sequence: number | undefined;
  const commands: ConfirmedCommand[] = [];
  let calls;
  try {
    calls = decode(bytes);
  } catch (e) {
    throw atItem(`sent[${i}]`, e);
  }
  const settings: ConfirmedCommand[] = [];
  for (const call of calls) {
    const serviceId = 'serviceId' in call ? (call.serviceId as string) : undefined;
    for (const command of encodeCommands(call as never)) {
      // A sequence check that opens the frame names it; another is a command answered by its echo.
      if (command[0] === 0xff && commands.length === 0 && sequence === undefined) sequence = command[1];
      else {
        const c: ConfirmedCommand = { ...plannedCommand(command, serviceId), status: 'pending' };
        commands.push(c);
        if (serviceId === undefined) settings.push(c);
      }
    }
  }
  return { sequence, commands, settings };
}

/** One thing an uplink says, in the order the valve wrote it. */
type Answer = { echo: number } | { order: number } | { reply: NonNullable<UnmatchedAnswer['reply']> } | { report: Rec };

/** What uplink bytes say, command by command. */
function answersOf(bytes: number[]): Answer[] {
  const out: Answer[] = [];
  for (const command of uplinkCommands(bytes)) {
    const data = decodeUplink(command) as unknown as Rec;
    const echo = data.check_sequence_number_reply as { sequence_number: number } | undefined;
    if (echo !== undefined) out.push({ echo: echo.sequence_number });
    else if (data.check_order_reply !== undefined) out.push({ order: data.check_order_reply as number });
    else if (data.ans !== undefined) for (const reply of data.ans as NonNullable<UnmatchedAnswer['reply']>[]) out.push({ reply });
    else out.push({ report: data });
  }
  return out;
}

/**
 * Matches the valve's `uplinks` (in the order they arrived: frames, decoded data, uplinks carrying either, or the
 * servers' events) to the frames `sent` (in the order they were sent), and says per frame whether it was delivered
 * and per command whether it was applied, rejected, superseded or is still pending (see this module's comment for
 * how). Answers that match no frame are listed.
 */
export function confirmDownlinks(sent: readonly SentFrame[], uplinks: readonly unknown[]): Confirmation {
  const sentItems = listItems(sent, 'sent', 'frames');
  const received = listItems(uplinks, 'uplinks', 'uplinks (frames, or decoded data)');
  const warnings: string[] = [];
  /** What is settings among each frame's commands (the rest are services, queries and checks). */
  const setting = new Set<ConfirmedCommand>();
  const frames: ConfirmedFrame[] = sentItems.map((f, i) => {
    const bytes = sentBytes(f, i);
    const { sequence, commands, settings } = frameOf(bytes, i);
    for (const c of settings) setting.add(c);
    if (sequence === undefined && commands.some((c) => c.hex.slice(0, 2) === 'ff')) {
      warnings.push(`frame ${i + 1}'s sequence check is not its first command: the replies before its echo may be taken for another frame's`);
    }
    const frame: ConfirmedFrame = { hex: hexOf(bytes), delivered: false, commands };
    if (sequence !== undefined) frame.sequence = sequence;
    return frame;
  });
  const sets = (c: ConfirmedCommand) => setting.has(c);
  frames.forEach((f, i) => {
    // The same frame sent again: the copies are one, answered by the last.
    let again = -1;
    for (let j = i + 1; j < frames.length; j++) if (frames[j].hex === f.hex) again = j;
    if (again >= 0) f.sentAgainAs = again;
    else if (f.sequence !== undefined) {
      const clash = frames.findIndex((g, j) => j > i && g.sequence === f.sequence && g.hex !== f.hex && !frames.some((h, k) => k > j && h.hex === g.hex));
      if (clash >= 0) warnings.push(`frames ${i + 1} and ${clash + 1} carry the same sequence number ${f.sequence}: their echoes cannot be told apart; give each frame its own (options.sequence)`);
    }
    // A setting command sent again by a later frame is superseded, unless it is answered.
    for (const c of f.commands) {
      const later = sets(c) ? frames.findIndex((g, j) => j > i && g.hex !== f.hex && g.commands.some((d) => d.id === c.id && sets(d))) : -1;
      if (later >= 0) c.supersededBy = later;
    }
  });
  const live = frames.filter((f) => f.sentAgainAs === undefined);
  const deliveries = new Map<ConfirmedFrame, number>();
  /** How many times `frame` was sent (itself and its copies). */
  const copies = (frame: ConfirmedFrame) => frames.filter((f) => f.hex === frame.hex).length;
  const reopen = (c: ConfirmedCommand) => {
    delete c.by;
    delete c.result;
    delete c.reason;
    delete c.uplink;
  };
  const unmatched: UnmatchedAnswer[] = [];
  let current: ConfirmedFrame | undefined;
  const settle = (frame: ConfirmedFrame, c: ConfirmedCommand, uplink: number, by: 'reply' | 'report' | 'echo', result?: number) => {
    reopen(c);
    c.uplink = uplink;
    c.by = by;
    if (by === 'report') return;
    frame.delivered = true;
    if (result === undefined) return;
    c.result = result;
    if (result !== 0) c.reason = result < REPLY_RESULTS.length ? REPLY_RESULTS[result].name : `result ${result}`;
  };
  const open = (frame: ConfirmedFrame | undefined, test: (c: ConfirmedCommand) => boolean) => (frame === undefined ? undefined : frame.commands.find((c) => c.by === undefined && test(c)));
  /** The first unanswered command that passes `test` in a frame without a sequence check (none can be current), with its frame. */
  const unnumbered = (test: (c: ConfirmedCommand) => boolean): [ConfirmedFrame, ConfirmedCommand] | undefined => {
    for (const f of live) {
      const c = f.sequence === undefined ? open(f, test) : undefined;
      if (c !== undefined) return [f, c];
    }
    return undefined;
  };
  /** Settles what `found` holds, or lists `answer` as matching nothing. */
  const settleOr = (found: [ConfirmedFrame, ConfirmedCommand] | undefined, k: number, by: 'reply' | 'echo', result: number | undefined, answer: UnmatchedAnswer) => {
    if (found === undefined) unmatched.push(answer);
    else settle(found[0], found[1], k, by, result);
  };
  for (let k = 0; k < received.length; k++) {
    const bytes = uplinkBytes(received[k], k);
    if (bytes === undefined) continue;
    let answers: Answer[];
    try {
      answers = answersOf(bytes);
    } catch (e) {
      throw atItem(`uplinks[${k}]`, e);
    }
    for (const a of answers) {
      if ('echo' in a) {
        // An extra check of the current frame, else the frame of that number, else an extra check of a frame without one.
        const check = (c: ConfirmedCommand) => c.hex === 'ff' + hexOf([a.echo]);
        const extra = open(current, check);
        if (extra !== undefined && current !== undefined) {
          settle(current, extra, k, 'echo');
          continue;
        }
        const candidates = live.filter((f) => f.sequence === a.echo);
        const frame = candidates.find((f) => !f.delivered) || candidates[candidates.length - 1];
        if (frame === undefined) {
          settleOr(unnumbered(check), k, 'echo', undefined, { uplink: k, sequence: a.echo });
          // The frame echoed last is none sent: what follows answers nothing known.
          current = undefined;
          continue;
        }
        // A frame sent more than once is answered anew by each delivery: the last answer decides.
        deliveries.set(frame, (deliveries.get(frame) || 0) + 1);
        if (frame.delivered && (deliveries.get(frame) as number) <= copies(frame)) for (const c of frame.commands) reopen(c);
        frame.delivered = true;
        current = frame;
      } else if ('order' in a) {
        const check = (c: ConfirmedCommand) => c.hex === 'fe' + hexOf([a.order]);
        const own = open(current, check);
        settleOr(own !== undefined && current !== undefined ? [current, own] : unnumbered(check), k, 'echo', undefined, { uplink: k, order: a.order });
      } else if ('reply' in a) {
        const id = a.reply.id;
        // The command's own answer: an unanswered one in the frame it answers, else one a report had settled there.
        const own = open(current, (c) => c.id === id) || (current === undefined ? undefined : current.commands.find((c) => c.by === 'report' && c.id === id));
        settleOr(own !== undefined && current !== undefined ? [current, own] : unnumbered((c) => c.id === id), k, 'reply', a.reply.result, { uplink: k, reply: a.reply });
      } else {
        // A setting reported back with the value sent, after its frame was delivered.
        const settings: Rec = {};
        foldInto(settings, a.report);
        if (Object.keys(settings).length === 0) continue;
        const reported = settingsHex(settings, `uplinks[${k}]`);
        for (const frame of live) {
          if (!frame.delivered) continue;
          for (const c of frame.commands) if (c.by === undefined && sets(c) && reported[c.id] === c.hex) settle(frame, c, k, 'report');
        }
      }
    }
  }
  // As read: each command's status first, then what settled it.
  const out = frames.map((frame) => {
    // A copy sent again is answered by its last copy.
    const answering = frame.sentAgainAs === undefined ? frame : frames[frame.sentAgainAs];
    const commands = frame.commands.map((own, n) => {
      const c = answering.commands[n];
      // Copies stand as one: superseded only when the last copy is.
      const status: CommandStatus =
        c.by === undefined ? (c.supersededBy !== undefined ? 'superseded' : 'pending') : c.result === undefined || c.result === 0 ? 'applied' : 'rejected';
      const done: ConfirmedCommand = { id: own.id, path: own.path, hex: own.hex, status };
      if (c.by !== undefined) done.by = c.by;
      if (c.result !== undefined) done.result = c.result;
      if (c.reason !== undefined) done.reason = c.reason;
      if (c.uplink !== undefined) done.uplink = c.uplink;
      if (status === 'superseded') done.supersededBy = c.supersededBy;
      return done;
    });
    const confirmed: ConfirmedFrame = frame.sequence === undefined ? { hex: frame.hex, delivered: answering.delivered, commands } : { sequence: frame.sequence, hex: frame.hex, delivered: answering.delivered, commands };
    if (frame.sentAgainAs !== undefined) confirmed.sentAgainAs = frame.sentAgainAs;
    return confirmed;
  });
  return warnings.length === 0 ? { frames: out, unmatched } : { frames: out, unmatched, warnings };
}
