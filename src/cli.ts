#!/usr/bin/env node
/** `wt102`: the command-line adapter around the pure core. */
import { Command, CommanderError } from 'commander';
import { chirpstackBodyForPayload, decodeUplink, DOWNLINK_FPORT, encodeFrames, encodeToArray, encodeUplinkToArray, ttnBodyForPayload } from './index';
import { buildPhyFromPayload, parsePhy } from './lorawan';
import type { DownlinkCall, Region, UplinkData } from './index';
import { CodecError, describeValue } from './base/errors';
import { toHex } from './base/bytes';
import { payloadTextBytes } from './base/base64';
import { decodeFrame } from './codec/frame-decode';
import { servicesText, settingsText, uplinkKeys, uplinksText } from './docs';
import { encodeData } from './network-server/entry';
import { closest } from './base/suggest';
import { TextError } from './planning/uplink-text';
import { UsageError, requireOption, integerOption, parseJson, argumentText, failProcess, printable, json } from './cli/io';
import type { CliIO } from './cli/io';
import { callFromWords, callsOf, didYouMean, directionHint, oneEntry } from './cli/words';
import { planCommand, confirmCommand } from './cli/plan-confirm';
import type { PlanOptions } from './cli/plan-confirm';
import { collect, simulate } from './cli/simulate';
import type { SimulateOptions } from './cli/simulate';
import { servePlayground } from './cli/playground';

export { playgroundHeaders } from './cli/playground';
export { printable } from './cli/io';
export type { CliIO } from './cli/io';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../package.json') as { version: string }).version;

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

function run(argv: string[], io: CliIO): number {
  // The exit status of a run that did not fail: `confirm` says with it whether every command applied.
  let status = 0;
  const program = new Command();
  program
    .name('wt102')
    .description('Encode and decode Milesight WT102 radiator valve payloads (downlinks go to fPort 85).')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: () => undefined, // errors are printed once, by runCli
    });

  program
    .command('encode')
    .description('encode a service call or settings to the downlink frame (hex by default)')
    .argument('[serviceId]', 'a service id (see `wt102 services`), or a setting (see `wt102 settings`)')
    .argument('[inputs...]', 'inputs as key=value, e.g. value=21.5; a setting\'s fields likewise (temp_control enable=1), nested ones dotted')
    .option('--json <json>', 'JSON, or @file, or - for standard input: a call {"serviceId", "inputs"}, settings {"properties"}, an array of them, {"calls": […]}, or the maker\'s object ({"set_target_temperature": {"value": 21.5}})')
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
      let fromJson = false;
      if (opts.json !== undefined) {
        if (serviceId !== undefined) throw new UsageError('give either --json or a serviceId with key=value inputs, not both');
        const { text, from } = argumentText(opts.json, io, '--json');
        input = parseJson(text, from);
        fromJson = true;
      } else {
        if (opts.uplink) throw new UsageError('--uplink takes its data as --json');
        if (serviceId === undefined) throw new UsageError('encode: missing serviceId (or --json); see `wt102 services`');
        input = callFromWords(serviceId, words);
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
        if (outputs.length || opts.region || opts.fport) throw new UsageError('--uplink builds a bare device frame; it takes no framing options');
        const bytes = encodeUplinkToArray(input as UplinkData);
        io.out(`${opts.base64 ? Buffer.from(bytes).toString('base64') : toHex(bytes)}\n`);
        return;
      }
      let frames: number[][];
      if (opts.region !== undefined || opts.dr !== undefined) {
        if (opts.region === undefined || opts.dr === undefined) throw new UsageError('--region and --dr go together');
        // Refused as without --region, with the same message; then split.
        if (fromJson) encodeData(input);
        const calls = fromJson ? callsOf(input) : (input as DownlinkCall);
        frames = encodeFrames(calls, { region: opts.region as Region, dataRate: integerOption(opts.dr, '--dr'), repeaterCompatible: opts.repeater });
      } else frames = [fromJson ? encodeData(input) : encodeToArray(input as DownlinkCall)];
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
    .argument('<payload>', 'the frame, as hex or base64; @file or - (standard input) to read it from there')
    .option('--uplink', 'the frame came from the valve (telemetry, events, replies, history, settings)')
    .option('--hex', 'read the payload as hex')
    .option('--base64', 'read the payload as base64')
    .option('--maker', "with --uplink: the maker's current forms too (each temperature's fahrenheit_ and celsius_ twins)")
    .action((payload: string, opts: { uplink?: boolean; hex?: boolean; base64?: boolean; maker?: boolean }) => {
      if (opts.hex && opts.base64) throw new UsageError('give --hex or --base64, not both');
      if (opts.maker && !opts.uplink) throw new UsageError('--maker goes with --uplink: downlinks are decoded to calls');
      const bytes = payloadTextBytes(argumentText(payload, io, 'decode').text, opts.hex ? 'hex' : opts.base64 ? 'base64' : 'auto', 'payload');
      let result: unknown;
      try {
        // decodeFrame, not decode: the CLI's hint names its own flag (--uplink), not decodeUplink.
        result = opts.uplink ? decodeUplink(bytes, { maker: opts.maker === true }) : decodeFrame(bytes);
      } catch (e) {
        if (e instanceof CodecError) {
          const hint = directionHint(e, bytes, opts.uplink === true);
          if (hint) throw new CodecError(e.code, e.message + hint, { path: e.path, offset: e.offset });
        }
        throw e;
      }
      io.out(json(result));
    });

  program
    .command('settings')
    .description('list every setting with its fields, units, ranges and an example frame')
    .argument('[name]', 'one setting (`temp_control` or `temp_control.enable`)')
    .action((name: string | undefined) => {
      io.out(name === undefined ? settingsText() : oneEntry(name));
    });

  program
    .command('services')
    .description('list every service with its inputs, units, ranges and an example frame')
    .argument('[name]', 'one service or setting, in full')
    .action((name: string | undefined) => {
      io.out(name === undefined ? servicesText() : oneEntry(name));
    });

  program
    .command('uplinks')
    .description('list what the valve sends up: every reading and event with its fields, replies and history records')
    .argument('[name]', 'one of them (`temperature`, `ans`, `history`)')
    .action((name: string | undefined) => {
      if (name === undefined) return io.out(uplinksText());
      if (uplinkKeys().indexOf(name) >= 0) return io.out(uplinksText(name));
      const best = closest(name, uplinkKeys());
      throw new UsageError(`${describeValue(name)} is not what the valve sends up${best === undefined ? '; see `wt102 uplinks`' : `; did you mean ${JSON.stringify(best)}?`}`);
    });

  program
    .command('simulate')
    .description("a virtual WT102: it takes a downlink and prints the uplinks it sends back, hex and decoded")
    .argument('[downlink]', 'the downlink frame, as hex or base64; @file or - (standard input) to read it from there')
    .option('--json <json>', 'the downlink as JSON instead (any form `encode --json` takes), or @file, or -')
    .option('--state <file>', 'the valve\'s state (settings, readings, clock, history): read from the file if it exists, written back after')
    .option('--set <reading=value>', 'change a reading first (temperature, battery, valve_opening_degree…), which may raise alarms; repeatable', collect, [])
    .option('--advance <seconds>', "then move the valve's clock on: the periodic reports of that time")
    .option('--show', "then print the valve's state (what --state keeps)")
    .option('--jsonl', 'print each uplink as one line of JSON: {"fPort", "hex", "data"}')
    .action((downlink: string | undefined, opts: SimulateOptions) => simulate(downlink, opts, io));

  program
    .command('plan')
    .description('the downlinks that bring a valve to the wanted settings: only what differs, each frame with a sequence check')
    .argument('<wanted>', 'the wanted settings as JSON (a settings object, as `encode` takes in "properties"), or a file of it; - for standard input')
    .option('--reported <uplinks>', "the valve's uplinks so far: a file (or -) of one per line, hex or base64, or JSON")
    .option('--region <region>', 'the region (EU868, US915), with --dr: frames fit its limit')
    .option('--dr <n>', 'the downlink data rate for --region')
    .option('--no-repeater', 'with --region: the larger limits that apply where no repeater can be present')
    .option('--max-size <bytes>', 'instead of --region and --dr: the largest payload')
    .option('--sequence <n>', 'the sequence number of the first frame (0…255, default 0)')
    .option('--json', 'print the frames as JSON (what `wt102 confirm` takes as sent)')
    .action((wanted: string, opts: PlanOptions) => planCommand(wanted, opts, io));

  program
    .command('confirm')
    .description("did the downlinks apply? each command's status from the valve's uplinks")
    .argument('<sent>', 'the frames sent: a file (or -) of the JSON `wt102 plan --json` prints, or of one hex or base64 frame per line')
    .argument('<uplinks>', "the valve's uplinks in the order they came: a file (or -) of one per line, hex or base64, or JSON")
    .option('--json', 'print the result as JSON')
    .action((sent: string, uplinks: string, opts: { json?: boolean }) => {
      status = confirmCommand(sent, uplinks, opts, io);
    });

  program
    .command('playground')
    .description('the payload playground, a page that builds and reads frames in a browser: served on 127.0.0.1, or its path')
    .option('--port <n>', 'the port on 127.0.0.1 (default 8102; 0 takes a free one)')
    .option('--path', 'print the path of the page (it works opened from disk) instead of serving it')
    .action((opts: { port?: string; path?: boolean }) => servePlayground(opts, io));

  program.parse(argv);
  return status;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code: 0, 2 for any error, 70 for a bug. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    return run(['node', 'wt102', ...argv], io);
  } catch (e) {
    let message: string;
    let status = 2;
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      if (e.code === 'commander.help') return 2; // no command given: help went to stderr
      // Commander's own suggestion ("(Did you mean encode?)") is on its second line: kept, on one line.
      message = e.message.replace(/^error: /, '').split('\n').filter(Boolean).join(' ');
      if (e.code === 'commander.missingArgument' && /'payload'/.test(message)) {
        message += ': give it as hex or base64, @file to read a file, or - to read standard input (`... | wt102 decode -`)';
      }
    } else if (e instanceof CodecError) message = e.message + didYouMean(e);
    else if (e instanceof UsageError || e instanceof TextError) message = e.message;
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

// As a program (the bin); test/cli.test.ts runs it so, where coverage does not see it.
/* istanbul ignore next */
if (require.main === module) {
  // An output that cannot be written (a pipe closed before the end, as `| head` does; a full disk): one line
  // on standard error, status 2, never a stack trace. Node reports a failed write as an event, later.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    try {
      process.stderr.write(`wt102: cannot write to standard output (${e.code || e.message})\n`);
    } catch {
      // Standard error is gone too: the status says it.
    }
    failProcess(2);
  });
  process.stderr.on('error', () => failProcess(2));
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  });
}

