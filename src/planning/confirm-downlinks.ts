/**
 * Did a downlink apply? The valve answers each command of a frame with a reply (`ef`) carrying a result code for
 * that command's ID, echoes a frame's sequence check (`ff <n>`) and order check (`fe <n>`), and reports settings
 * back. This matches what it sent up to the frames sent down, command by command.
 *
 * A reply goes to the frame whose sequence echo came last (the valve answers a frame's commands after echoing its
 * check, in order, across as many uplinks as it takes), to a command of that ID not yet answered; else to the
 * earliest such command of any frame; else it matches nothing, and is listed as unmatched.
 */
import { hexOf } from '../base/bytes';
import { CodecError, valueError } from '../base/errors';
import type { Rec } from '../base/caller-input';
import { decode, encodeCommands, frameBytes } from '../codec/frame';
import { REPLY_RESULTS } from '../tables';
import { plannedCommand } from './commands';
import type { PlannedCommand } from './commands';
import { settingsHex } from './plan-settings';
import { listItems, reportedSettings, uplinkData } from './reported-settings';
import { isPlainData, ownRecord } from '../base/caller-input';

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
  /** What settled it: its reply, or the setting reported back. */
  by?: 'reply' | 'report';
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
}

/** A frame sent: a planned frame (or any object with `bytes` or `hex`), its bytes, or its hex. */
export type SentFrame = { bytes?: ArrayLike<number>; hex?: string } | ArrayLike<number> | string;

/** The frame `sent[i]` as bytes; what is no frame is refused at `sent[i]`. */
function sentBytes(frame: unknown, i: number): number[] {
  try {
    return frameOfSent(frame, i);
  } catch (e) {
    if (!(e instanceof CodecError) || e.path === undefined || !/^frame\b/.test(e.path)) throw e;
    const path = `sent[${i}]` + e.path.slice('frame'.length);
    throw new CodecError(e.code, path + e.message.slice(e.path.length), { path, offset: e.offset });
  }
}

function frameOfSent(frame: unknown, i: number): number[] {
  const f = isPlainData(frame, `sent[${i}]`) ? ownRecord(frame, `sent[${i}]`) : undefined;
  if (f === undefined) return frameBytes(frame, undefined);
  if (f.bytes !== undefined) return frameBytes(f.bytes, undefined);
  if (f.hex !== undefined) return frameBytes(f.hex, undefined);
  throw valueError('INVALID_TYPE', `sent[${i}]`, frame, 'is not a frame; expected a planned frame (with bytes or hex), bytes or hex');
}

/** A frame's sequence number and commands, as the valve answers them. */
function frameOf(bytes: number[]): { sequence?: number; commands: ConfirmedCommand[] } {
  let sequence: number | undefined;
  const commands: ConfirmedCommand[] = [];
  for (const call of decode(bytes)) {
    const serviceId = 'serviceId' in call ? (call.serviceId as string) : undefined;
    for (const command of encodeCommands(call as never)) {
      // The first sequence check names the frame; it is answered by its echo, not by a reply.
      if (command[0] === 0xff && sequence === undefined) sequence = command[1];
      else commands.push({ ...plannedCommand(command, serviceId), status: 'pending' });
    }
  }
  return { sequence, commands };
}

/**
 * Matches the valve's `uplinks` (in the order they arrived: decoded data, uplinks carrying it as `data`, or frames)
 * to the frames `sent` (in the order they were sent), and says per frame whether it was delivered and per command
 * whether it was applied, rejected, superseded or is still pending. Answers that match no frame are listed.
 */
export function confirmDownlinks(sent: readonly SentFrame[], uplinks: readonly unknown[]): Confirmation {
  const sentItems = listItems(sent, 'sent', 'frames');
  const received = listItems(uplinks, 'uplinks', 'uplinks (decoded data, or frames)');
  const frames: ConfirmedFrame[] = sentItems.map((f, i) => {
    const bytes = sentBytes(f, i);
    const { sequence, commands } = frameOf(bytes);
    const frame: ConfirmedFrame = { hex: hexOf(bytes), delivered: false, commands };
    if (sequence !== undefined) frame.sequence = sequence;
    return frame;
  });
  // A command carried again by a later frame is superseded, unless it is answered.
  for (let i = 0; i < frames.length; i++) {
    for (const c of frames[i].commands) {
      const later = frames.findIndex((f, j) => j > i && f.commands.some((d) => d.id === c.id));
      if (later >= 0) c.supersededBy = later;
    }
  }
  const unmatched: UnmatchedAnswer[] = [];
  let current: ConfirmedFrame | undefined;
  const settle = (frame: ConfirmedFrame, c: ConfirmedCommand, uplink: number, result: number | undefined) => {
    frame.delivered = true;
    c.uplink = uplink;
    if (result === undefined) c.by = 'report';
    else {
      c.by = 'reply';
      c.result = result;
      if (result !== 0) c.reason = result < REPLY_RESULTS.length ? REPLY_RESULTS[result].name : `result ${result}`;
    }
  };
  /** The first command of ID `id` not yet settled: in the current frame, else in any, in the order sent. */
  const open = (id: string, accept: (c: ConfirmedCommand) => boolean = () => true): [ConfirmedFrame, ConfirmedCommand] | undefined => {
    for (const frame of current === undefined ? frames : [current, ...frames]) {
      const c = frame.commands.find((d) => d.by === undefined && d.id === id && accept(d));
      if (c !== undefined) return [frame, c];
    }
    return undefined;
  };
  for (let k = 0; k < received.length; k++) {
    const data = uplinkData(received[k], k);
    const echo = data.check_sequence_number_reply as Rec | undefined;
    if (echo !== undefined && typeof echo === 'object') {
      const n = echo.sequence_number as number;
      // The first frame of that number not yet delivered (numbers repeat after 255), else the last one of it.
      const candidates = frames.filter((f) => f.sequence === n);
      const frame = candidates.find((f) => !f.delivered) || candidates[candidates.length - 1];
      if (frame === undefined) unmatched.push({ uplink: k, sequence: n });
      else {
        frame.delivered = true;
        current = frame;
      }
    }
    if (typeof data.check_order_reply === 'number') {
      const order = data.check_order_reply;
      const found = open('0XFE', (c) => c.hex === 'fe' + ('0' + order.toString(16)).slice(-2));
      if (found === undefined) unmatched.push({ uplink: k, order });
      else settle(found[0], found[1], k, 0);
    }
    for (const reply of (Array.isArray(data.ans) ? data.ans : []) as UnmatchedAnswer['reply'][]) {
      const r = reply as NonNullable<UnmatchedAnswer['reply']>;
      const found = open(r.id);
      if (found === undefined) unmatched.push({ uplink: k, reply: r });
      else settle(found[0], found[1], k, r.result);
    }
    // A setting reported back with the value sent settles what no reply has.
    const reported = settingsHex(reportedSettings([data]), 'uplinks');
    for (const frame of frames) {
      for (const c of frame.commands) if (c.by === undefined && reported[c.id] === c.hex) settle(frame, c, k, undefined);
    }
  }
  // As read: each command's status first, then what settled it.
  const out = frames.map((frame) => {
    const commands = frame.commands.map((c) => {
      const status: CommandStatus = c.by === undefined ? (c.supersededBy !== undefined ? 'superseded' : 'pending') : c.result === undefined || c.result === 0 ? 'applied' : 'rejected';
      const done: ConfirmedCommand = { id: c.id, path: c.path, hex: c.hex, status };
      if (c.by !== undefined) done.by = c.by;
      if (c.result !== undefined) done.result = c.result;
      if (c.reason !== undefined) done.reason = c.reason;
      if (c.uplink !== undefined) done.uplink = c.uplink;
      if (status === 'superseded') done.supersededBy = c.supersededBy;
      return done;
    });
    return frame.sequence === undefined ? { hex: frame.hex, delivered: frame.delivered, commands } : { sequence: frame.sequence, hex: frame.hex, delivered: frame.delivered, commands };
  });
  return { frames: out, unmatched };
}
