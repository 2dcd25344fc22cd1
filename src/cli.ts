#!/usr/bin/env node
/** `wt102`: the command-line adapter around the pure core. */
import { Command, CommanderError } from 'commander';
import { chirpstackBodyForPayload, decodeUplink, DOWNLINK_FPORT, encodeFrames, encodeToArray, encodeUplinkToArray, SERVICES, ttnBodyForPayload } from './index';
import { buildPhyFromPayload, parsePhy } from './lorawan';
import type { DownlinkCall, Field, Region, ServiceSpec, UplinkData } from './index';
import { CodecError, describeValue } from './base/errors';
import { toHex } from './base/bytes';
import { payloadTextBytes } from './base/base64';
import { decodeFrame } from './codec/frame-decode';
import { servicesText, settingsText, uplinkKeys, uplinksText } from './docs';
import { KINDS } from './engine/kinds';
import { isTemperature } from './schema/builders';
import { twinBase } from './engine/twins';
import { encodeData } from './network-server/entry';
import { eachMakerCall } from './codec/maker-object';
import { closest } from './base/suggest';
import { isServiceId, isSettingKey } from './engine/encode-downlink';
import { SCHEDULE, SETTINGS } from './tables';
import { createValve } from './testing/valve';
import { confirmDownlinks, planSettings, reportedSettings } from './index';
import type { Confirmation, PlannedFrame } from './index';
import { statusDetail, unmatchedText } from './planning/confirm-text';
import type { UplinkName } from './planning/confirm-text';
import { framesFromText, TextError, uplinksFromText } from './planning/uplink-text';
import type { ValveUplink } from './testing/valve';

const SCHEDULE_KEY = SCHEDULE.key;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../package.json') as { version: string }).version;

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
  if (!Number.isSafeInteger(Number(text))) throw new UsageError(`${name}: ${text} is too large`);
  return Number(text);
}

const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;

/**
 * Turns `key=value` words into inputs. The text is typed by the field it names,
 * so `value=21.5` becomes a number and `state=1` stays the maker's digit string;
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
    // A temperature's twin (`fahrenheit_value`) is typed as the temperature is.
    const twin = twinBase(key);
    const name = twin !== undefined && Object.prototype.hasOwnProperty.call(fields, twin) && isTemperature(fields[twin]) ? twin : key;
    const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    if (Object.prototype.hasOwnProperty.call(inputs, key)) throw new UsageError(`${key} is given twice; give each input once`);
    const value = typedText(field, text);
    define(inputs, key, value);
  }
  return inputs;
}

/**
 * The call `wt102 encode <name> key=value…` asks for: a service's, a setting's (`temp_control enable=1`), or a
 * group member's by its dotted path (`temp_control.enable value=1`). A name that is none of them is refused with the
 * closest one, a service or a setting.
 */
function callFromWords(name: string, words: string[]): unknown {
  if (isServiceId(name)) return { serviceId: name, inputs: inputsFromAssignments(name, words) };
  if (isSettingKey(name)) return settingFromAssignments(name, words);
  const dot = name.indexOf('.');
  const member = dot > 0 ? name.slice(dot + 1) : '';
  if (member !== '' && SETTINGS.some((s) => s.path.length === 2 && s.path[0] === name.slice(0, dot) && s.path[1] === member)) {
    // The member's own value is `value=`; its fields, if it has some, are named under it.
    const under = words.map((w) => (/^value=/.test(w) ? `${member}=${w.slice(6)}` : `${member}.${w}`));
    return settingFromAssignments(name.slice(0, dot), under);
  }
  throw neitherServiceNorSetting(name);
}

/**
 * A setting's `key=value` words as settings: `temp_control enable=1` is `{ properties: { temp_control: { enable: 1 } } }`;
 * a setting with a bare value takes `value=` (`temperature_unit value=1`); nested fields are dotted
 * (`temp_control mode_settings.mode=1`); a schedule's fields come with its `id` (`schedule_settings id=2 enable=1`).
 * Each text is typed by the field it names, as a service's inputs are.
 */
function settingFromAssignments(key: string, words: string[]): unknown {
  const rows = SETTINGS.filter((s) => s.path[0] === key);
  const bare = key !== SCHEDULE_KEY && rows.length === 1 && rows[0].path.length === 1 && rows[0].body.kind !== 'struct';
  /** The declaration a dotted name under the setting names, if it names one. */
  const fieldOf = (names: string[]): Field | undefined => {
    let field: Field | undefined;
    if (key === SCHEDULE_KEY) {
      if (names[0] === 'id') return { kind: 'int', wire: 'u8', min: SCHEDULE.ids.min, max: SCHEDULE.ids.max };
      const slot = (SCHEDULE.fields as { readonly [k: string]: { field: Field } })[names[0]];
      field = slot === undefined ? undefined : slot.field;
    } else if (rows.length === 1 && rows[0].path.length === 1) field = names[0] === 'value' || !bare ? rows[0].body : undefined;
    else field = (rows.find((r) => r.path[1] === names[0]) || { body: undefined }).body;
    const from = key !== SCHEDULE_KEY && rows.length === 1 && rows[0].path.length === 1 && !bare ? 0 : 1;
    for (let i = from; field !== undefined && i < names.length; i++) {
      field = field.kind === 'struct' && Object.prototype.hasOwnProperty.call(field.fields, names[i]) ? field.fields[names[i]] : undefined;
    }
    return field;
  };
  const value: { [name: string]: unknown } = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`${describeValue(word)} is not key=value`);
    const names = word.slice(0, eq).split('.');
    // A temperature's twin (`fahrenheit_target_temperature`) is typed as the temperature is.
    const last = names[names.length - 1];
    const twin = twinBase(last);
    const twinField = twin === undefined ? undefined : fieldOf(names.slice(0, -1).concat(twin));
    const field = twinField !== undefined && isTemperature(twinField) ? twinField : fieldOf(names);
    let at = value;
    for (let i = 0; i < names.length - 1; i++) {
      const next = Object.prototype.hasOwnProperty.call(at, names[i]) ? at[names[i]] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null)) throw new UsageError(`${names.slice(0, i + 1).join('.')} is given as a value and as a group`);
      at = (next as { [name: string]: unknown }) || define(at, names[i], {});
    }
    if (Object.prototype.hasOwnProperty.call(at, last)) throw new UsageError(`${word.slice(0, eq)} is given twice; give each field once`);
    define(at, last, typedText(field, word.slice(eq + 1)));
  }
  if (words.length === 0) throw new UsageError(`${key}: give its fields as key=value (see \`wt102 settings ${key}\`)`);
  const setting = key === SCHEDULE_KEY ? [value] : bare && Object.keys(value).length === 1 && 'value' in value ? value.value : value;
  return { properties: { [key]: setting } };
}

/** Sets an own key (`__proto__` included, as a key like any other) and returns its value. */
function define<T>(on: { [name: string]: unknown }, key: string, value: T): T {
  Object.defineProperty(on, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/**
 * `key=text` typed by the field it names: numbers for numbers; an enum's label as its value, in any case and
 * with `_` or spaces alike (`state=open` is `1`, as `wt102 services` lists `1 (Open)`); else the text, for the
 * codec to judge by name.
 */
function typedText(field: Field | undefined, text: string): unknown {
  if (field === undefined) return text;
  if (field.kind === 'enum' && !/^-?[0-9]+$/.test(text)) {
    const label = (t: string) => t.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
    const named = field.values.filter((v) => label(v.name) === label(text));
    if (named.length === 1) return String(named[0].value);
  }
  return KINDS[field.kind].doc.fromText(text);
}

function parseJson(text: string, from: string, what = '--json'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what}: ${from === '' ? '' : `${from} is `}not valid JSON (${(e as Error).message})`);
  }
}

/** An argument's text: itself (from ''), or standard input for `-`, or a file's content for `@path`. */
function argumentText(arg: string, io: CliIO, what: string): { text: string; from: string } {
  if (arg !== '-' && !(arg.charAt(0) === '@' && arg.length > 1)) return { text: arg, from: '' };
  const source = arg === '-' ? '-' : arg.slice(1);
  let text: string;
  try {
    text = readInput(io, source);
  } catch (e) {
    throw new UsageError(`${what}: cannot read ${source === '-' ? 'standard input' : describeValue(source)} (${(e as Error).message})`);
  }
  // A byte-order mark, which editors on some systems put at the start of a file, is not the payload.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, from: source === '-' ? 'standard input' : source };
}

/**
 * The calls of what `--json` holds, in the forms the network-server script takes too: a call, settings,
 * an array of them, `{"calls": […]}` (what decoding gives), or the maker's codec object (service and
 * setting ids at top level, in the maker's order: see entry.ts's eachMakerCall).
 */
function callsOf(data: unknown): DownlinkCall {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data as DownlinkCall;
  const rec = data as { [key: string]: unknown };
  if ('serviceId' in rec || 'properties' in rec) return rec as DownlinkCall;
  const keys = Object.keys(rec);
  if (keys.length === 1 && keys[0] === 'calls') return rec.calls as DownlinkCall;
  const calls: unknown[] = [];
  eachMakerCall(
    rec,
    'data',
    (serviceId, inputs) => calls.push({ serviceId, inputs }),
    (properties) => calls.push({ properties }),
  );
  return calls as unknown as DownlinkCall;
}

/* ------------------------------------------------------------------ did you mean */

/** Every service id and top-level setting key: what a maker's codec object or a serviceId may name. */
function topNames(): string[] {
  const names = Object.keys(TABLE);
  for (const s of SETTINGS) if (names.indexOf(s.path[0]) < 0) names.push(s.path[0]);
  names.push(SCHEDULE_KEY);
  return names;
}

/** `; did you mean "x"?` for an unknown service, setting or key the codec refused, or nothing. */
function didYouMean(e: CodecError): string {
  if ((e.code !== 'UNKNOWN_SERVICE' && e.code !== 'UNKNOWN_INPUT') || e.path === undefined) return '';
  const listed = /allowed: ([^;]*)$/.exec(e.message);
  const candidates = listed ? listed[1].split(', ') : topNames();
  let word = e.path.slice(e.path.lastIndexOf('.') + 1);
  if (e.path === 'serviceId') {
    const quoted = /^serviceId: ("(?:[^"\\]|\\.)*") /.exec(e.message);
    if (quoted === null) return '';
    word = JSON.parse(quoted[1]) as string;
  }
  const best = closest(word, candidates);
  return best === undefined ? '' : `; did you mean ${JSON.stringify(best)}?`;
}

/** A frame refused in this direction that the other reads whole: a hint (`0e…` is an uplink: add --uplink). */
function directionHint(e: CodecError, bytes: number[], uplink: boolean): string {
  if (e.offset === undefined) return '';
  try {
    if (uplink) decodeFrame(bytes);
    else decodeUplink(bytes);
  } catch {
    // Only a frame that the other direction reads whole gets the hint: anything less would mislead.
    return '';
  }
  return uplink ? '; the frame reads as a downlink: drop --uplink' : '; the frame reads as an uplink (sent by the valve): add --uplink';
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
      if (sent === '-' && uplinks === '-') throw new UsageError('confirm: standard input can give the frames sent or the uplinks, not both');
      const sentText = fileOrText(sent, io, 'sent');
      const frames = framesFromText(sentText.text, named('sent', sentText.from));
      if (frames.length === 0) throw new UsageError(`sent: no frames in ${sentText.from === '' ? 'the text given' : JSON.stringify(sentText.from)}; give the frames sent (wt102 plan --json)`);
      const upText = fileOrText(uplinks, io, 'uplinks');
      const lines = uplinksFromText(upText.text, named('uplinks', upText.from));
      const confirmation = confirmDownlinks(frames as never, lines.map((l) => l.item));
      io.out(opts.json ? json(confirmation) : confirmationTable(confirmation, (k) => `line ${lines[k].line}`));
      // 0: every command applied (or sent again, and applied there); 1: one rejected or pending (as diff says "differs").
      if (confirmation.frames.some((f) => f.commands.some((c) => c.status === 'rejected' || c.status === 'pending'))) status = 1;
    });

  program
    .command('playground')
    .description('the payload playground, a page that builds and reads frames in a browser: served on 127.0.0.1, or its path')
    .option('--port <n>', 'the port on 127.0.0.1 (default 8102; 0 takes a free one)')
    .option('--path', 'print the path of the page (it works opened from disk) instead of serving it')
    .action((opts: { port?: string; path?: boolean }) => {
      const page = playgroundPath();
      if (opts.path) {
        if (opts.port !== undefined) throw new UsageError('--port goes with serving the page, not with --path');
        io.out(page + '\n');
        return;
      }
      const port = opts.port === undefined ? 8102 : integerOption(opts.port, '--port');
      if (port > 65535) throw new UsageError(`--port: ${port} is not a port; expected 0…65535 (0 takes a free one)`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const http = require('http') as typeof import('http');
      const html = readInput(io, page);
      const headers = playgroundHeaders(html);
      const server = http.createServer((_req, res) => {
        res.writeHead(200, headers);
        res.end(html);
      });
      server.on('error', (e: NodeJS.ErrnoException) => {
        const hint = e.code === 'EADDRINUSE' ? `; port ${port} is taken: choose another with --port (0 takes a free one)` : '';
        io.err(`wt102: playground: ${printable(e.message)}${hint}\n`);
        (io.fail || failProcess)(2);
      });
      server.listen(port, '127.0.0.1', () => {
        const address = server.address() as { port: number };
        io.out(`The playground: http://127.0.0.1:${address.port}/ (Ctrl-C stops it)\n`);
      });
    });

  program.parse(argv);
  return status;
}

interface PlanOptions {
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
function fileOrText(arg: string, io: CliIO, what: string): { text: string; from: string } {
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
function planCommand(wanted: string, opts: PlanOptions, io: CliIO): void {
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
    if (flag === undefined) throw e;
    throw new CodecError(e.code, flag + e.message.slice(e.path.length), { path: flag });
  }
  if (opts.json) return io.out(json(frames));
  if (frames.length === 0) return io.out('nothing to send: the valve reports the wanted settings already\n');
  io.out(frames.map((f, i) => planText(f, i, frames.length)).join('\n'));
}

/** The flag of each option of planSettings. */
const OPTION_FLAGS: { [option: string]: string } = { region: '--region', dataRate: '--dr', repeaterCompatible: '--no-repeater', maxPayloadSize: '--max-size', sequence: '--sequence', reported: '--reported' };

/** A text's name in errors: `what`, and the file it came from. */
function named(what: string, from: string): string {
  return from === '' ? what : `${what} (${from})`;
}

/** One planned frame, as `wt102 plan` prints it. */
function planText(f: PlannedFrame, i: number, n: number): string {
  return (
    `frame ${i + 1} of ${n}: sequence ${f.sequence}, ${f.bytes.length} bytes, fPort ${f.fPort}\n` +
    `  hex: ${f.hex}\n  base64: ${f.base64}\n` +
    `  sets: ${f.commands.map((c) => c.path).join(', ')}\n` +
    `  ChirpStack: ${JSON.stringify(chirpstackBodyForPayload(f.bytes))}\n` +
    `  The Things Stack: ${JSON.stringify(ttnBodyForPayload(f.bytes))}\n`
  );
}

/** `wt102 confirm`'s table: a row per command, then what matched nothing. */
function confirmationTable(c: Confirmation, name: UplinkName): string {
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

interface SimulateOptions {
  json?: string;
  state?: string;
  set: string[];
  advance?: string;
  show?: boolean;
  jsonl?: boolean;
}

/** Commander's collector of a repeatable option. */
function collect(value: string, previous: string[]): string[] {
  return previous.concat(value);
}

/**
 * `wt102 simulate`: the virtual valve of `wt102-codec/testing`, kept between runs in a state file. In this order: the
 * readings of `--set` change (their events are printed), the downlink is received (its answers), the clock moves on
 * `--advance` seconds (its reports); then the state is written back.
 */
function simulate(downlink: string | undefined, opts: SimulateOptions, io: CliIO): void {
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
    if (e instanceof CodecError) throw new CodecError(e.code, `--state ${JSON.stringify(stateFile)}: ${e.message}`, { path: e.path, offset: e.offset });
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

/** Writes `text` to the file at `path`, whole or not at all (a new file renamed over the old one). */
function writeFile(io: CliIO, path: string, text: string): void {
  if (io.writeFile) return io.writeFile(path, text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path);
  } catch (e) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw new UsageError(`--state: cannot write ${JSON.stringify(path)} (${(e as Error).message})`);
  }
}

/**
 * The playground's response headers: no sniffing, no referrer, and a content security policy that lets the page
 * run its own inline script and style (by their hashes) and nothing else: it loads nothing and sends nothing.
 */
export function playgroundHeaders(html: string): { [name: string]: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const crypto = require('crypto') as typeof import('crypto');
  const hashes = (tag: string) => {
    const found: string[] = [];
    const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    for (let m = re.exec(html); m !== null; m = re.exec(html)) found.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
    return found.join(' ') || "'none'";
  };
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy':
      `default-src 'none'; script-src ${hashes('script')}; style-src ${hashes('style')}; img-src data:; ` +
      "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  };
}

/** Ends the process with `status` (a server that could not start, an output that cannot be written). */
function failProcess(status: number): void {
  process.exit(status);
}

/** dist/playground.html, beside the built CLI (or, run from the sources, in dist/). */
function playgroundPath(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  for (const candidate of [path.join(__dirname, 'playground.html'), path.join(__dirname, '..', 'dist', 'playground.html')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new UsageError('playground: dist/playground.html is missing; run npm run build');
}

/** One service or setting, in full: its block of `wt102 services` or `wt102 settings`. */
function oneEntry(name: string): string {
  if (isServiceId(name)) return servicesText(name);
  const setting = settingsText(name);
  if (setting !== '') return setting;
  throw neitherServiceNorSetting(name);
}

/** The refusal of a name that is no service, setting or group member, with the closest one (within its group, if it names one). */
function neitherServiceNorSetting(name: string): UsageError {
  const names = topNames().concat(SETTINGS.filter((s) => s.path.length > 1).map((s) => s.path.join('.')));
  const best = closest(name, isSettingKey(name.split('.')[0]) ? names.filter((n) => n.startsWith(name.split('.')[0])) : names);
  return new UsageError(`${describeValue(name)} is neither a service nor a setting${best === undefined ? '; see `wt102 services` and `wt102 settings`' : `; did you mean ${JSON.stringify(best)}?`}`);
}

/** Where the CLI writes, what it reads, and the environment it reads: the process's, or a test's. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: { [name: string]: string | undefined };
  /** The text of standard input (`-`) or of a file; by default the process's. */
  readInput?(source: string): string;
  /** Writes a file (the simulator's state); by default, to disk. */
  writeFile?(path: string, text: string): void;
  /** Ends the run with `status` after it has returned (a server that fails later); by default, the process. */
  fail?(status: number): void;
}

/**
 * The most the CLI reads from a file or standard input: a frame is at most 1 MiB, 2 MiB as hex, and JSON of
 * calls or uplinks that large is more than any valve takes. Reading stops there (`@/dev/zero`, `yes | wt102`).
 */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

function readInput(io: CliIO, source: string): string {
  if (io.readInput) return io.readInput(source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const fd = source === '-' ? 0 : fs.openSync(source, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        // A standard input that is not ready yet (a non-blocking pipe or terminal): wait a little for it.
        /* istanbul ignore next -- only a standard input that the parent made non-blocking gets here */
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        /* istanbul ignore next -- Windows' end of a pipe */
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new Error(`it holds more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most the CLI reads: a frame is at most 1 MiB`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
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
