/** `wt102 plan` and `wt102 confirm`: the downlinks for wanted settings, and whether they applied. */
import { chirpstackBodyForPayload, ttnBodyForPayload } from '../index';
import { CodecError, describeValue } from '../base/errors';
import { rerooted } from '../base/error-paths';
import { confirmDownlinks, planSettings, reportedSettings } from '../index';
import type { Confirmation, PlannedFrame } from '../index';
import { statusDetail, unmatchedText } from '../planning/confirm-text';
import type { UplinkName } from '../planning/confirm-text';
import { framesFromText, uplinksFromText } from '../planning/uplink-text';
import { UsageError, integerOption, parseJson, argumentText, readInput, printable, json } from './io';
import type { CliIO } from './io';

export interface PlanOptions {
  reported?: string;
  region?: string;
  dr?: string;
  repeater: boolean;
  maxSize?: string;
  sequence?: string;
  json?: boolean;
}

/**
 * The text of an argument of `plan` and `confirm`, which name files as people do (`wt102 plan wanted.json`): `-`
 * and `@file` as elsewhere; any other argument that names a file is that file's text, else it is the text itself
 * (JSON, or frames).
 */
export function fileOrText(arg: string, io: CliIO, what: string): { text: string; from: string } {
  if (arg === '-' || arg.charAt(0) === '@' || /^\s*[{[]/.test(arg)) return argumentText(arg, io, what);
  try {
    return { text: readInput(io, arg), from: arg };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Not a file: the text itself (a frame, a line of uplinks).
    if (code === 'ENOENT' || code === 'ENAMETOOLONG') return { text: arg, from: '' };
    throw new UsageError(`${what}: cannot read ${JSON.stringify(arg)} (${(e as Error).message})`);
  }
}

/** `wt102 plan`: planSettings, with the frames' hex, base64 and API bodies. */
export function planCommand(wanted: string, opts: PlanOptions, io: CliIO): void {
  if (opts.reported === '-' && wanted === '-') throw new UsageError('plan: standard input can give the wanted settings or the uplinks, not both');
  const { text, from } = fileOrText(wanted, io, 'wanted');
  if (from === '' && !/^\s*\{/.test(text)) throw new UsageError(`wanted: ${describeValue(wanted)} is neither a file nor JSON; give the wanted settings as JSON ({"temperature_unit": 1}) or a file of it`);
  const settings = parseJson(text, from, 'wanted');
  const limit: { [key: string]: unknown } = {};
  if (opts.maxSize !== undefined) {
    if (opts.region !== undefined || opts.dr !== undefined) throw new UsageError('give --max-size, or --region and --dr, not both');
    limit.maxPayloadSize = integerOption(opts.maxSize, '--max-size');
  } else {
    if (opts.region === undefined || opts.dr === undefined) throw new UsageError('plan: give --region and --dr (or --max-size): the frames must fit the downlink');
    limit.region = opts.region;
    limit.dataRate = integerOption(opts.dr, '--dr');
    if (opts.repeater === false) limit.repeaterCompatible = false;
  }
  if (opts.repeater === false && opts.region === undefined) throw new UsageError('--no-repeater goes with --region');
  if (opts.reported !== undefined) {
    const given = fileOrText(opts.reported, io, '--reported');
    limit.reported = reportedSettings(uplinksFromText(given.text, named('--reported', given.from)).map((l) => l.item));
  }
  if (opts.sequence !== undefined) limit.sequence = integerOption(opts.sequence, '--sequence');
  let frames: PlannedFrame[];
  try {
    frames = planSettings(settings as never, limit as never);
  } catch (e) {
    // The options by the flags that gave them.
    if (!(e instanceof CodecError) || e.path === undefined) throw e;
    const flag = OPTION_FLAGS[e.path.replace(/^options\./, '')];
    throw flag === undefined ? e : rerooted(e, e.path, flag);
  }
  if (opts.json) return io.out(json(frames));
  if (frames.length === 0) return io.out('nothing to send: the valve reports the wanted settings already\n');
  io.out(frames.map((f, i) => planText(f, i, frames.length)).join('\n'));
}

/** The flag of each option of planSettings. */
export const OPTION_FLAGS: { [option: string]: string } = { region: '--region', dataRate: '--dr', repeaterCompatible: '--no-repeater', maxPayloadSize: '--max-size', sequence: '--sequence', reported: '--reported' };

/** A text's name in errors: `what`, and the file it came from. */
export function named(what: string, from: string): string {
  return from === '' ? what : `${what} (${from})`;
}

/** One planned frame, as `wt102 plan` prints it. */
export function planText(f: PlannedFrame, i: number, n: number): string {
  return (
    `frame ${i + 1} of ${n}: sequence ${f.sequence}, ${f.bytes.length} bytes, fPort ${f.fPort}\n` +
    `  hex: ${f.hex}\n  base64: ${f.base64}\n` +
    `  sets: ${f.commands.map((c) => c.path).join(', ')}\n` +
    `  ChirpStack: ${JSON.stringify(chirpstackBodyForPayload(f.bytes))}\n` +
    `  The Things Stack: ${JSON.stringify(ttnBodyForPayload(f.bytes))}\n`
  );
}

/**
 * `wt102 confirm`: the status of each command sent, from the valve's uplinks. Returns the exit status: 0 when every
 * command is applied (or sent again, and applied there), 1 when one is rejected or pending (as diff says "differs").
 */
export function confirmCommand(sent: string, uplinks: string, opts: { json?: boolean }, io: CliIO): number {
  if (sent === '-' && uplinks === '-') throw new UsageError('confirm: standard input can give the frames sent or the uplinks, not both');
  const sentText = fileOrText(sent, io, 'sent');
  const frames = framesFromText(sentText.text, named('sent', sentText.from));
  if (frames.length === 0) throw new UsageError(`sent: no frames in ${sentText.from === '' ? 'the text given' : JSON.stringify(sentText.from)}; give the frames sent (wt102 plan --json)`);
  const upText = fileOrText(uplinks, io, 'uplinks');
  const lines = uplinksFromText(upText.text, named('uplinks', upText.from));
  const confirmation = confirmDownlinks(frames as never, lines.map((l) => l.item));
  io.out(opts.json ? json(confirmation) : confirmationTable(confirmation, (k) => `line ${lines[k].line}`));
  return confirmation.frames.some((f) => f.commands.some((c) => c.status === 'rejected' || c.status === 'pending')) ? 1 : 0;
}

/** `wt102 confirm`'s table: a row per command, then what matched nothing. */
export function confirmationTable(c: Confirmation, name: UplinkName): string {
  const rows: string[][] = [['frame', 'sequence', 'delivered', 'command', 'status', 'detail']];
  c.frames.forEach((f, i) => {
    for (const x of f.commands) {
      rows.push([String(i + 1), f.sequence === undefined ? '-' : String(f.sequence), f.delivered ? 'yes' : 'no', `${x.path} (${x.id})`, x.status, statusDetail(x, name)]);
    }
  });
  const widths = rows[0].map((_h, k) => Math.max(...rows.map((r) => r[k].length)));
  const lines = rows.map((r) => r.map((cell, k) => (k === r.length - 1 ? cell : cell.padEnd(widths[k]))).join('  ').trimEnd());
  for (const u of c.unmatched) lines.push(`unmatched: ${unmatchedText(u, name)}`);
  for (const w of c.warnings || []) lines.push(`warning: ${w}`);
  return lines.map(printable).join('\n') + '\n';
}

