#!/usr/bin/env node
/** `wt102`: the command-line adapter around the pure core. */
import { Command, CommanderError } from 'commander';
import { decode, decodeUplink, DOWNLINK_FPORT, encodeToArray, encodeUplinkToArray, SERVICES } from './index';
import type { DownlinkCall, ServiceSpec, UplinkData } from './index';
import { CodecError } from './errors';
import { fromHex, toHex } from './codec/bytes';
import { servicesText, settingsText } from './docs';

/** A usage problem found by the CLI itself (not by the codec). */
class UsageError extends Error {}

const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

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
    if (eq <= 0) throw new UsageError(`"${word}" is not key=value`);
    const key = word.slice(0, eq);
    const text = word.slice(eq + 1);
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    let value: unknown = text;
    if (field && (field.kind === 'int' || field.kind === 'decimal' || field.kind === 'queryLength')) {
      if (NUMBER_TEXT.test(text)) value = Number(text);
    } else if (field && field.kind === 'date' && /^\d+$/.test(text)) {
      value = Number(text);
    }
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
const HEX = /^(?:0x)?(?:[0-9a-f]{2}|\s)+$/i;

function frameFromText(text: string, format: 'hex' | 'base64' | undefined): number[] {
  const t = text.trim();
  if (format === 'hex' || (format === undefined && HEX.test(t))) return fromHex(t);
  if (BASE64.test(t) && t.length > 0) return Array.from(Buffer.from(t, 'base64'));
  throw new UsageError(`"${text}" is neither hex nor base64`);
}

function run(argv: string[]): void {
  const program = new Command();
  program
    .name('wt102')
    .description('Encode and decode Milesight WT102 radiator valve payloads (downlinks go to fPort 85).')
    .exitOverride()
    .configureOutput({ outputError: () => undefined }); // errors are printed once, by fail()

  program
    .command('encode')
    .description('encode a service call or settings to the downlink frame (hex by default)')
    .argument('[serviceId]', 'a service id (see `wt102 services`)')
    .argument('[inputs...]', 'inputs as key=value, e.g. value=21.5')
    .option('--json <json>', 'a call {"serviceId", "inputs"}, settings {"properties"}, or an array of them, as JSON')
    .option('--uplink', 'with --json: build the uplink frame a device would send for decoded uplink data')
    .option('--base64', 'print base64 instead of hex')
    .option('--fport', `print the fPort (${DOWNLINK_FPORT}) before the payload`)
    .action((serviceId: string | undefined, words: string[], opts: { json?: string; uplink?: boolean; base64?: boolean; fport?: boolean }) => {
      let input: unknown;
      if (opts.json !== undefined) {
        if (serviceId !== undefined) throw new UsageError('give either --json or a serviceId with key=value inputs, not both');
        input = parseJson(opts.json);
      } else {
        if (opts.uplink) throw new UsageError('--uplink takes its data as --json');
        if (serviceId === undefined) throw new UsageError('encode: missing serviceId (or --json); see `wt102 services`');
        input = { serviceId, inputs: inputsFromAssignments(serviceId, words) };
      }
      const bytes = opts.uplink ? encodeUplinkToArray(input as UplinkData) : encodeToArray(input as DownlinkCall);
      const payload = opts.base64 ? Buffer.from(bytes).toString('base64') : toHex(bytes);
      process.stdout.write(opts.fport ? `${DOWNLINK_FPORT} ${payload}\n` : `${payload}\n`);
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
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    });

  program
    .command('settings')
    .description('list every setting with its fields, units, ranges and an example frame')
    .action(() => {
      process.stdout.write(settingsText());
    });

  program
    .command('services')
    .description('list every service with its inputs, units, ranges and an example frame')
    .action(() => {
      process.stdout.write(servicesText());
    });

  program.parse(argv);
}

function main(): void {
  try {
    run(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) process.exit(0); // --help, --version
      if (e.code === 'commander.help') process.exit(2); // no command given: help went to stderr
      fail(e.message.replace(/^error: /, ''));
    }
    if (e instanceof CodecError || e instanceof UsageError) fail(e.message);
    throw e;
  }
}

function fail(message: string): never {
  process.stderr.write(`wt102: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

main();
