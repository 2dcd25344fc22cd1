/** `wt102 simulate`: the virtual valve of wt102-codec/testing at a terminal, kept in a state file. */
import { CodecError, describeValue } from '../base/errors';
import { rerooted } from '../base/error-paths';
import { payloadTextBytes } from '../base/base64';
import { encodeData } from '../network-server/entry';
import { closest } from '../base/suggest';
import { createValve } from '../testing/valve';
import type { ValveUplink } from '../testing/valve';
import { UsageError, integerOption, define, parseJson, argumentText, writeFile, readInput, UNPRINTABLE_IN_JSON, escapeChar, json } from './io';
import type { CliIO } from './io';

export interface SimulateOptions {
  json?: string;
  state?: string;
  set: string[];
  advance?: string;
  show?: boolean;
  jsonl?: boolean;
}

/** Commander's collector of a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return previous.concat(value);
}

/**
 * `wt102 simulate`: the virtual valve of `wt102-codec/testing`, kept between runs in a state file. In this order: the
 * readings of `--set` change (their events are printed), the downlink is received (its answers), the clock moves on
 * `--advance` seconds (its reports); then the state is written back.
 */
export function simulate(downlink: string | undefined, opts: SimulateOptions, io: CliIO): void {
  if (downlink !== undefined && opts.json !== undefined) throw new UsageError('give the downlink as a payload or as --json, not both');
  if (downlink === undefined && opts.json === undefined && opts.set.length === 0 && opts.advance === undefined && !opts.show) {
    throw new UsageError('simulate: nothing to do; give a downlink (hex or base64, or --json), --set, --advance or --show');
  }
  const readings: { [name: string]: unknown } = {};
  for (const word of opts.set) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set: ${describeValue(word)} is not reading=value`);
    const text = word.slice(eq + 1);
    const name = word.slice(0, eq);
    if (Object.prototype.hasOwnProperty.call(readings, name)) throw new UsageError(`--set: ${name} is given twice; give each reading once`);
    define(readings, name, text.trim() !== '' && isFinite(Number(text)) ? Number(text) : text);
  }
  const seconds = opts.advance === undefined ? undefined : integerOption(opts.advance, '--advance');
  // The downlink is read before anything changes: a payload that cannot be read leaves the state as it was.
  let bytes: number[] | undefined;
  if (opts.json !== undefined) {
    const { text, from } = argumentText(opts.json, io, '--json');
    bytes = encodeData(parseJson(text, from));
  } else if (downlink !== undefined) bytes = payloadTextBytes(argumentText(downlink, io, 'simulate').text, 'auto', 'downlink');
  const stateFile = opts.state;
  let saved: unknown;
  if (stateFile !== undefined) {
    let text: string | undefined;
    try {
      text = readInput(io, stateFile);
    } catch (e) {
      // No file yet: a new valve, whose state is written there.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--state: cannot read ${JSON.stringify(stateFile)} (${(e as Error).message})`);
    }
    if (text !== undefined) {
      try {
        saved = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`--state: ${JSON.stringify(stateFile)} is not valid JSON (${(e as Error).message})`);
      }
    }
  }
  let valve;
  try {
    valve = createValve(saved as never);
  } catch (e) {
    if (e instanceof CodecError) {
      // The file holds createValve's options: its keys as the file has them (`readings.battery`), not `options.…`.
      const named = rerooted(e, 'options', '');
      throw new CodecError(e.code, `--state ${JSON.stringify(stateFile)}: ${named.message}`, { path: named.path, offset: e.offset });
    }
    throw e;
  }
  const sent: ValveUplink[] = [];
  if (opts.set.length > 0) {
    const known = Object.keys(valve.readings);
    for (const name of Object.keys(readings)) {
      if (known.indexOf(name) < 0) {
        const best = closest(name, known);
        throw new UsageError(`--set: ${describeValue(name)} is not a reading; ${best === undefined ? `allowed: ${known.join(', ')}` : `did you mean ${JSON.stringify(best)}?`}`);
      }
    }
    try {
      sent.push(...valve.set(readings as never));
    } catch (e) {
      // The valve names the reading as readings.<name>: here it is what --set gave.
      if (e instanceof CodecError) throw new CodecError(e.code, `--set ${e.message.replace(/^readings\./, '')}`, { path: e.path });
      throw e;
    }
  }
  if (bytes !== undefined) sent.push(...valve.receive(bytes));
  if (seconds !== undefined) sent.push(...valve.advance(seconds));
  const state: { [key: string]: unknown } = { settings: valve.settings, readings: valve.readings, time: valve.time, history: valve.history };
  // What the valve refuses is kept as the file gave it.
  if (typeof saved === 'object' && saved !== null && (saved as { refuse?: unknown }).refuse !== undefined) state.refuse = (saved as { refuse: unknown }).refuse;
  if (stateFile !== undefined) writeFile(io, stateFile, JSON.stringify(state, null, 2) + '\n');
  const lines: string[] = [];
  for (let i = 0; i < sent.length; i++) {
    const u = sent[i];
    if (opts.jsonl) lines.push(JSON.stringify({ fPort: u.fPort, hex: u.hex, data: u.data }).replace(UNPRINTABLE_IN_JSON, escapeChar) + '\n');
    else lines.push(`uplink ${i + 1} of ${sent.length}, fPort ${u.fPort}: ${u.hex}\n${json(u.data)}`);
  }
  if (sent.length === 0 && !opts.jsonl && !opts.show) lines.push('the valve sent nothing\n');
  if (opts.show) lines.push(opts.jsonl ? JSON.stringify(state) + '\n' : json(state));
  io.out(lines.join(''));
}

