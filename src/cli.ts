#!/usr/bin/env node
/** `wt102`: the command-line adapter around the pure core. */
import { Command, CommanderError } from 'commander';
import { chirpstackBodyForPayload, decode, decodeUplink, DOWNLINK_FPORT, encodeFrames, encodeToArray, encodeUplinkToArray, SERVICES, ttnBodyForPayload } from './index';
import { buildPhyFromPayload, parsePhy } from './lorawan';
import type { DownlinkCall, Region, ServiceSpec, UplinkData } from './index';
import { CodecError, describeValue } from './base/errors';
import { fromHex, readHex, toHex } from './base/bytes';
import { servicesText, settingsText } from './docs';
import { KINDS } from './engine/kinds';

/** A usage problem found by the CLI itself (not by the codec). */
class UsageError extends Error {}

interface EncodeOptions {
  json?: string;
  uplink?: boolean;
  base64?: boolean;
  fport?: boolean;
  region?: string;
  dr?: string;
  repeater: boolean;
  chirpstack?: boolean;
  ttn?: boolean;
  confirmed?: boolean;
  port?: string;
  phy?: boolean;
  devaddr?: string;
  fcnt?: string;
  nwkskey?: string;
  appskey?: string;
}

function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing ${name}`);
  return value;
}

function integerOption(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${name}: ${describeValue(text)} is not a whole number`);
  return Number(text);
}

const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;

/**
 * Turns `key=value` words into inputs. The text is typed by the field it names,
 * so `value=21.5` becomes a number and `state=1` stays the seed's digit string;
 * whatever does not fit is passed through as text for the codec to reject by name.
 */
function inputsFromAssignments(serviceId: string, words: string[]): { [name: string]: unknown } {
  const fields = Object.prototype.hasOwnProperty.call(TABLE, serviceId) ? TABLE[serviceId].inputs : {};
  const inputs: { [name: string]: unknown } = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`${describeValue(word)} is not key=value`);
    const key = word.slice(0, eq);
    const text = word.slice(eq + 1);
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    if (Object.prototype.hasOwnProperty.call(inputs, key)) throw new UsageError(`${key} is given twice; give each input once`);
    const value = field ? KINDS[field.kind].doc.fromText(text) : text;
    Object.defineProperty(inputs, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return inputs;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--json: not valid JSON (${(e as Error).message})`);
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The payload's bytes: hex as the library reads it (`5a6608`, `5a 66 08`, `5a:66:08`), else base64. */
function frameFromText(text: string, format: 'hex' | 'base64' | undefined): number[] {
  if (format === 'hex') return fromHex(text);
  let asHex = '';
  if (format === undefined) {
    const bytes: number[] = [];
    const why = readHex(text, 'frame', bytes);
    if (why === undefined) return bytes;
    asHex = `; as hex, ${why}`;
  }
  const t = text.trim();
  if (BASE64.test(t) && t.length > 0) return Array.from(Buffer.from(t, 'base64'));
  throw new UsageError(`${describeValue(text)} is neither hex nor base64${asHex}`);
}

function run(argv: string[], io: CliIO): void {
  const program = new Command();
  program
    .name('wt102')
    .description('Encode and decode Milesight WT102 radiator valve payloads (downlinks go to fPort 85).')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: () => undefined, // errors are printed once, by runCli
    });

  program
    .command('encode')
    .description('encode a service call or settings to the downlink frame (hex by default)')
    .argument('[serviceId]', 'a service id (see `wt102 services`)')
    .argument('[inputs...]', 'inputs as key=value, e.g. value=21.5')
    .option('--json <json>', 'a call {"serviceId", "inputs"}, settings {"properties"}, or an array of them, as JSON')
    .option('--uplink', 'with --json: build the uplink frame a device would send for decoded uplink data')
    .option('--base64', 'print base64 instead of hex')
    .option('--fport', `print the fPort (${DOWNLINK_FPORT}) before the payload`)
    .option('--region <region>', 'split into frames that fit this region (EU868, US915) at --dr; one per line')
    .option('--dr <n>', 'data rate for --region (EU868: 0…7; US915 downlink: 8…13)')
    .option('--no-repeater', 'with --region: the larger limits that apply where no repeater can be present')
    .option('--chirpstack', 'print the ChirpStack v4 enqueue body (POST /api/devices/{devEui}/queue)')
    .option('--ttn', 'print The Things Stack downlink push body')
    .option('--confirmed', 'with --chirpstack, --ttn or --phy: a confirmed downlink')
    .option('--port <n>', `application port for --chirpstack, --ttn and --phy (default ${DOWNLINK_FPORT})`)
    .option('--phy', 'print the LoRaWAN PHYPayload (needs --devaddr, --fcnt and the session keys)')
    .option('--devaddr <hex>', 'with --phy: the DevAddr, 8 hex digits')
    .option('--fcnt <n>', 'with --phy: the 32-bit downlink frame counter (successive frames count on)')
    .option('--nwkskey <hex>', 'with --phy: NwkSKey (or the WT102_NWKSKEY environment variable)')
    .option('--appskey <hex>', 'with --phy: AppSKey (or the WT102_APPSKEY environment variable)')
    .action((serviceId: string | undefined, words: string[], opts: EncodeOptions) => {
      let input: unknown;
      if (opts.json !== undefined) {
        if (serviceId !== undefined) throw new UsageError('give either --json or a serviceId with key=value inputs, not both');
        input = parseJson(opts.json);
      } else {
        if (opts.uplink) throw new UsageError('--uplink takes its data as --json');
        if (serviceId === undefined) throw new UsageError('encode: missing serviceId (or --json); see `wt102 services`');
        input = { serviceId, inputs: inputsFromAssignments(serviceId, words) };
      }
      const outputs = [opts.chirpstack && '--chirpstack', opts.ttn && '--ttn', opts.phy && '--phy'].filter(Boolean);
      if (outputs.length > 1) throw new UsageError(`give one of ${outputs.join(', ')}`);
      // An option that applies only to another output would be ignored: refuse it instead.
      const unused: [unknown, string, string][] = [
        [opts.port, '--port', '--chirpstack, --ttn or --phy'],
        [opts.confirmed, '--confirmed', '--chirpstack, --ttn or --phy'],
        [opts.devaddr, '--devaddr', '--phy'],
        [opts.fcnt, '--fcnt', '--phy'],
        [opts.nwkskey, '--nwkskey', '--phy'],
        [opts.appskey, '--appskey', '--phy'],
      ];
      for (const [value, flag, goesWith] of unused) {
        const used = goesWith === '--phy' ? opts.phy : outputs.length > 0;
        if (value !== undefined && !used) throw new UsageError(`${flag} goes with ${goesWith}`);
      }
      if (opts.fport && outputs.length > 0) throw new UsageError('--fport goes with a bare payload, not with --chirpstack, --ttn or --phy');
      if (opts.base64 && (opts.chirpstack || opts.ttn)) throw new UsageError('--base64 goes with a bare payload or --phy: the API bodies carry base64 already');
      if (opts.repeater === false && opts.region === undefined) throw new UsageError('--no-repeater goes with --region');
      if (opts.uplink) {
        if (outputs.length || opts.region) throw new UsageError('--uplink builds a bare device frame; it takes no framing options');
        const bytes = encodeUplinkToArray(input as UplinkData);
        io.out(`${opts.base64 ? Buffer.from(bytes).toString('base64') : toHex(bytes)}\n`);
        return;
      }
      const calls = input as DownlinkCall;
      let frames: number[][];
      if (opts.region !== undefined || opts.dr !== undefined) {
        if (opts.region === undefined || opts.dr === undefined) throw new UsageError('--region and --dr go together');
        frames = encodeFrames(calls, { region: opts.region as Region, dataRate: integerOption(opts.dr, '--dr'), repeaterCompatible: opts.repeater });
      } else frames = [encodeToArray(calls)];
      const port = opts.port === undefined ? undefined : integerOption(opts.port, '--port');
      // Every frame is built before the first is printed: a failure on a later frame (a frame
      // counter past 2^32-1, say) must not leave half an answer on stdout.
      const lines: string[] = [];
      for (let i = 0; i < frames.length; i++) {
        const frame = frames[i];
        if (opts.chirpstack) lines.push(JSON.stringify(chirpstackBodyForPayload(frame, { confirmed: opts.confirmed, fPort: port })));
        else if (opts.ttn) lines.push(JSON.stringify(ttnBodyForPayload(frame, { confirmed: opts.confirmed, fPort: port })));
        else if (opts.phy) {
          const phy = buildPhyFromPayload(frame, {
            devAddr: requireOption(opts.devaddr, '--devaddr'),
            fCnt: integerOption(requireOption(opts.fcnt, '--fcnt'), '--fcnt') + i,
            nwkSKey: requireOption(opts.nwkskey ?? io.env.WT102_NWKSKEY, '--nwkskey (or WT102_NWKSKEY)'),
            appSKey: requireOption(opts.appskey ?? io.env.WT102_APPSKEY, '--appskey (or WT102_APPSKEY)'),
            fPort: port,
            confirmed: opts.confirmed === true,
          });
          lines.push(opts.base64 ? phy.base64 : phy.hex);
        } else {
          const payload = opts.base64 ? Buffer.from(frame).toString('base64') : toHex(frame);
          lines.push(opts.fport ? `${DOWNLINK_FPORT} ${payload}` : payload);
        }
      }
      io.out(lines.join('\n') + '\n');
    });

  program
    .command('decode-phy')
    .description('check, decrypt and decode a LoRaWAN PHYPayload (uplink or downlink) as JSON')
    .argument('<phy>', 'the PHYPayload, as hex or base64')
    .option('--nwkskey <hex>', 'NwkSKey (or the WT102_NWKSKEY environment variable)')
    .option('--appskey <hex>', 'AppSKey (or the WT102_APPSKEY environment variable)')
    .option('--fcnt-msb <n>', 'the upper 16 bits of the frame counter, which are not on the wire (default 0)')
    .action((phy: string, opts: { nwkskey?: string; appskey?: string; fcntMsb?: string }) => {
      const parsed = parsePhy(phy, {
        nwkSKey: requireOption(opts.nwkskey ?? io.env.WT102_NWKSKEY, '--nwkskey (or WT102_NWKSKEY)'),
        appSKey: requireOption(opts.appskey ?? io.env.WT102_APPSKEY, '--appskey (or WT102_APPSKEY)'),
        fCntMsb: opts.fcntMsb === undefined ? undefined : integerOption(opts.fcntMsb, '--fcnt-msb'),
      });
      io.out(json(parsed));
    });

  program
    .command('decode')
    .description('decode a downlink frame into service calls and settings, or an uplink into data (JSON)')
    .argument('<payload>', 'the frame, as hex or base64')
    .option('--uplink', 'the frame came from the valve (telemetry, events, replies, history, settings)')
    .option('--hex', 'read the payload as hex')
    .option('--base64', 'read the payload as base64')
    .action((payload: string, opts: { uplink?: boolean; hex?: boolean; base64?: boolean }) => {
      if (opts.hex && opts.base64) throw new UsageError('give --hex or --base64, not both');
      const bytes = frameFromText(payload, opts.hex ? 'hex' : opts.base64 ? 'base64' : undefined);
      const result = opts.uplink ? decodeUplink(bytes) : decode(bytes);
      io.out(json(result));
    });

  program
    .command('settings')
    .description('list every setting with its fields, units, ranges and an example frame')
    .action(() => {
      io.out(settingsText());
    });

  program
    .command('services')
    .description('list every service with its inputs, units, ranges and an example frame')
    .action(() => {
      io.out(servicesText());
    });

  program.parse(argv);
}

/** Where the CLI writes, and the environment it reads: the process's, or a test's. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: { [name: string]: string | undefined };
}

/**
 * Characters a terminal would act on rather than show (C0 and C1 controls, DEL, line and
 * paragraph separators, bidirectional overrides): arguments and decoded device text are
 * printed with these escaped as `\uXXXX`, so that a payload cannot move the cursor or
 * recolour the screen. JSON.stringify escapes the C0 controls itself; the rest it leaves.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  return '\\u' + (c.charCodeAt(0) + 0x10000).toString(16).slice(1);
}

/** `text` with its unprintable characters escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}

/** JSON for stdout, two-space indented, with unprintable characters escaped (it stays valid JSON). */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, escapeChar) + '\n';
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code: 0, 2 for any error, 70 for a bug. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    run(['node', 'wt102', ...argv], io);
    return 0;
  } catch (e) {
    let message: string;
    let status = 2;
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      if (e.code === 'commander.help') return 2; // no command given: help went to stderr
      message = e.message.replace(/^error: /, '').split('\n')[0];
    } else if (e instanceof CodecError || e instanceof UsageError) message = e.message;
    else {
      // Not a refusal but a bug: still one line (no stack trace), and a status of its own (EX_SOFTWARE).
      message = `internal error, please report it: ${e instanceof Error ? e.message : String(e)}`;
      status = 70;
    }
    // Escaped whole: a line break from an argument is shown, not obeyed.
    io.err(`wt102: ${printable(message)}\n`);
    return status;
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  });
}
