/**
 * The network-server script in the engines of the servers that run it, beyond QuickJS and V8 (which
 * test/network-server*.test.ts run): otto, as ChirpStack v3 runs it, and goja, the engine family of The
 * Things Stack. The script reads its parts back with Function.prototype.toString and compiles them with
 * indirect eval: both must do that, compiling only the parts a message needs, and its results must be the
 * library's. `npm run test:engines` builds the runners
 * (scripts/engines.sh: Debian's Go packages) and runs this file; CI runs it after `npm test`.
 */
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as entry from '../../src/network-server/entry';
import { decodeUplink, encodeHex } from '../../src';
import { normalizeUplink } from '../../src/network-server/normalize';
import services from '../../fixtures/services.json';
import uplinks from '../../fixtures/uplinks.json';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'codecs', 'wt102.js');
const FULL = path.join(ROOT, 'codecs', 'wt102-full.js');
const UPLINK_TAB = path.join(ROOT, 'codecs', 'tts', 'uplink.js');
const DOWNLINK_TAB = path.join(ROOT, 'codecs', 'tts', 'downlink.js');
const MAKER_TAB = path.join(ROOT, 'codecs', 'tts', 'uplink-maker.js');
const runner = (engine: string) => {
  const bin = path.join(ROOT, '.engines', engine, engine);
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run npm run test:engines (scripts/engines.sh builds it)`);
  return bin;
};
type Out = { out?: unknown; parts?: string; error?: string };
const otto = (script: string, ...args: string[]): Out => JSON.parse(execFileSync(runner('otto'), [script, ...args], { encoding: 'utf8' }));
const goja = (script: string, fn: string, input: unknown): Out => JSON.parse(execFileSync(runner('goja'), [script, fn, JSON.stringify(input)], { encoding: 'utf8' }));
const bytesOf = (hex: string) => Array.from(Buffer.from(hex, 'hex'));
const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the library to refuse this');
};
const PERIODIC = '0e01660832660855';
const OUT_OF_RANGE = '0e016608326608ff'; // battery 255 %: a warning, whose words (and its range's) are parts of their own

describe('otto (ChirpStack v3)', () => {
  test('gives back the source text of a function, comments included, and compiles text with indirect eval', () => {
    expect(otto(SCRIPT, 'eval', '85', `(function () { /*kept*/ }).toString().indexOf('/*kept*/') >= 0 && (0, eval)('0, function () { return 2; }')() === 2`).out).toBe(true);
  });

  test('Decode: the periodic report with the part that reads uplinks and its legacy entry points alone; a reading out of range with the words of its warning; a bad frame', () => {
    expect(otto(SCRIPT, 'decode', '85', PERIODIC)).toEqual({ out: entry.Decode(85, bytesOf(PERIODIC)), parts: 'network-server/legacy-decode,read-uplink' });
    expect(otto(SCRIPT, 'decode', '85', OUT_OF_RANGE)).toEqual({
      out: entry.Decode(85, bytesOf(OUT_OF_RANGE)),
      parts: 'network-server/legacy-decode,read-uplink,engine/read-problems,engine/words',
    });
    expect(otto(SCRIPT, 'decode', '85', 'ef').error).toBe(`Error: ${messageOf(() => entry.Decode(85, [0xef]))}`);
  });

  test('Encode: a call with the part that writes and its legacy entry points alone; a call it refuses, with the library message', () => {
    const call = { serviceId: 'set_target_temperature', inputs: { value: 21.5 } };
    expect(otto(SCRIPT, 'encode', '85', JSON.stringify(call))).toEqual({ out: [0x5a, 0x66, 0x08], parts: 'network-server/legacy-encode,write' });
    const bad = { set_target_temperature: { value: 99 } };
    expect(otto(SCRIPT, 'encode', '85', JSON.stringify(bad)).error).toBe(`Error: ${(entry.encodeDownlink({ data: bad }) as { errors: string[] }).errors[0]}`);
  });

  test('Encode: a JSON null, which arrives in otto as undefined, gets the library\'s answer for the null', () => {
    for (const call of [
      { serviceId: 'reboot', inputs: null },
      { serviceId: 'request_command_queries', inputs: { length: null, object_command: '0X6E01' } },
      { calls: [{ serviceId: 'reboot' }, null] },
    ]) {
      for (const script of [SCRIPT, FULL]) {
        const got = otto(script, 'encode', '85', JSON.stringify(call));
        expect(got.out).toBeUndefined();
        expect(got.error).toBe(`Error: ${messageOf(() => encodeHex(((call as { calls?: unknown }).calls ?? call) as never))}`);
      }
    }
  });

  test('a message with % in it arrives intact through Go\'s formatting', () => {
    const bad = { serviceId: 'set_target_valve_opening_degree', inputs: { value: 101 } };
    const message = messageOf(() => encodeHex(bad as never));
    expect(message).toContain('0…100%');
    // otto shows a thrown error as `Error: <message>`, the message passed through Go's fmt.
    for (const script of [SCRIPT, FULL]) expect(otto(script, 'encode', '85', JSON.stringify(bad)).error).toBe(`Error: ${message}`);
  });

  test("Encode: the maker's object gives the same bytes on every run, whatever order Go's map hands its keys over in", () => {
    const data = { reboot: {}, set_target_temperature: { value: 21.5 }, temp_control: { enable: 1 }, temperature_unit: 1, child_lock: { enable: 1, system_button: 0, func_button: 1 } };
    const expected = (entry.encodeDownlink({ data }) as { bytes: number[] }).bytes;
    expect(Buffer.from(expected).toString('hex')).toBe('6001650001' + '6a0102' + '5a6608' + 'be');
    for (const script of [SCRIPT, FULL]) {
      for (let run = 0; run < 15; run++) expect(otto(script, 'encode', '85', JSON.stringify(data)).out).toEqual(expected);
    }
  });

  test('one refusal for one input, whatever order Go hands the keys over in; TTN v2\'s Encoder too gets % through', () => {
    const data = { temp_control: { y: 1 }, heating_period_settings: { x: 1 }, set_target_temperature: { b: 1, a: 1 } };
    const expected = `Error: ${(entry.encodeDownlink({ data }) as { errors: string[] }).errors[0]}`;
    for (let run = 0; run < 10; run++) expect(otto(SCRIPT, 'encode', '85', JSON.stringify(data)).error).toBe(expected);
    const bad = { serviceId: 'set_target_valve_opening_degree', inputs: { value: 101 } };
    expect(otto(SCRIPT, 'eval', '85', `Encoder(${JSON.stringify(bad)}, 85)`).error).toBe(`Error: ${messageOf(() => encodeHex(bad as never))}`);
  });

  test('a refusal names the first of several unknown keys in the order of code units, by the sort of each engine below U+D800 and by hand beyond', () => {
    for (const keys of [['zz', 'B', '_a', '\u00e9', 'a'], ['\ue000', '\ud83d\ude00', '\uffff']]) {
      const data = Object.fromEntries(keys.map((k) => [k, 1]));
      const expected = (entry.encodeDownlink({ data }) as { errors: string[] }).errors[0];
      expect(expected).toMatch(keys[0] === 'zz' ? /^data\.B: / : /^data\.\ud83d\ude00: /);
      // otto holds a string from Go as code points (an emoji is one character there, its charCodeAt 0xf600): beyond the BMP it has no code units to order by.
      if (keys[0] === 'zz') expect(otto(SCRIPT, 'encode', '85', JSON.stringify(data)).error).toBe(`Error: ${expected}`);
      expect(goja(SCRIPT, 'encodeDownlink', { data }).out).toEqual({ errors: [expected] });
    }
  });

  test("the maker's Fahrenheit and Celsius twins, in a service, a settings group and a schedule, and both at once refused (and in goja, the console's Downlink tab)", () => {
    const data = { set_target_temperature: { fahrenheit_value: 70 }, temp_control: { fahrenheit_under_temperature_side_deadband: 33 }, schedule_settings: [{ id: 2, celsius_target_temperature: 21 }] };
    const expected = (entry.encodeDownlink({ data }) as { bytes: number[] }).bytes;
    expect(Buffer.from(expected).toString('hex')).toBe('65023800' + '6e02043408' + '5a3f08');
    for (const script of [SCRIPT, FULL]) for (let run = 0; run < 5; run++) expect(otto(script, 'encode', '85', JSON.stringify(data)).out).toEqual(expected);
    const both = { temp_control: { celsius_under_temperature_side_deadband: 1, fahrenheit_under_temperature_side_deadband: 33 } };
    expect(otto(SCRIPT, 'encode', '85', JSON.stringify(both)).error).toBe(`Error: ${(entry.encodeDownlink({ data: both }) as { errors: string[] }).errors[0]}`);
    for (const file of [SCRIPT, DOWNLINK_TAB]) expect(goja(file, 'encodeDownlink', { data }).out).toEqual({ bytes: expected, fPort: 85 });
  });

  test("the maker's queries by object path (req), in one order whatever Go hands over, and a refusal as the library's (and in goja)", () => {
    const data = { reboot: {}, req: ['temp_control.enable', 'schedule_settings.1', 'child_lock'], temp_control: { enable: 1 } };
    const expected = (entry.encodeDownlink({ data }) as { bytes: number[] }).bytes;
    expect(Buffer.from(expected).toString('hex')).toBe('650001' + 'be' + 'ef026500ef026e01ef016a');
    for (let run = 0; run < 10; run++) expect(otto(SCRIPT, 'encode', '85', JSON.stringify(data)).out).toEqual(expected);
    // Refusals name paths in the tables' order, although otto's JSON.parse (of the stored plans) keeps none.
    for (const bad of [{ req: ['battery', 'temp_contrl.enable'] }, { req: ['schedule_settings'] }, { req: ['schedule_settings.7'] }]) {
      expect(otto(SCRIPT, 'encode', '85', JSON.stringify(bad)).error).toBe(`Error: ${(entry.encodeDownlink({ data: bad }) as { errors: string[] }).errors[0]}`);
    }
    expect(goja(SCRIPT, 'encodeDownlink', { data }).out).toEqual({ bytes: expected, fPort: 85 });
    expect((goja(DOWNLINK_TAB, 'encodeDownlink', { data }).out as { errors: string[] }).errors[0]).toMatch(/^req: queries by object path do not fit in the console's Downlink tab/);
  });

  test("Decode with the device variable maker_forms: the maker's twins of every temperature, as the library gives them", () => {
    const expected = JSON.parse(JSON.stringify(decodeUplink(PERIODIC, { maker: true })));
    expect(expected.fahrenheit_temperature).toBe(70.7);
    for (const script of [SCRIPT, FULL]) {
      expect(otto(script, 'eval', '85', `Decode(85, ${JSON.stringify(bytesOf(PERIODIC))}, {"maker_forms": "true"})`).out).toEqual(expected);
    }
    expect(goja(MAKER_TAB, 'decodeUplink', { bytes: bytesOf(PERIODIC), fPort: 85 }).out).toEqual({ data: expected });
  });

  test('codecs/wt102-full.js gives the same', () => {
    expect(otto(FULL, 'decode', '85', PERIODIC).out).toEqual(entry.Decode(85, bytesOf(PERIODIC)));
  });
});

describe('goja (The Things Stack)', () => {
  test('gives back the source text of a function, comments included, and compiles text with indirect eval', () => {
    fs.writeFileSync(path.join(ROOT, '.engines', 'probe.js'), `function probe() { return (function () { /*kept*/ }).toString().indexOf('/*kept*/') >= 0 && (0, eval)('0, function () { return 2; }')() === 2; }`);
    expect(goja(path.join(ROOT, '.engines', 'probe.js'), 'probe', null).out).toBe(true);
  });

  test.each(uplinks.vectors.map((v) => [v.description, v.hex] as const))('decodeUplink: %s', (_d, hex) => {
    const input = { bytes: bytesOf(hex), fPort: 85 };
    expect(goja(SCRIPT, 'decodeUplink', input).out).toEqual(JSON.parse(JSON.stringify(entry.decodeUplink(input))));
  });

  const decodable = uplinks.vectors.map((v) => [v.description, entry.decodeUplink({ bytes: bytesOf(v.hex), fPort: 85 }).data] as const).filter(([, data]) => data !== undefined);
  test.each(decodable)('normalizeUplink of what decodeUplink gives: %s', (_d, data) => {
    expect(goja(SCRIPT, 'normalizeUplink', { data }).out).toEqual(JSON.parse(JSON.stringify(normalizeUplink({ data }))));
  });

  test.each(services.vectors.map((v) => [`${v.call.serviceId}: ${v.description}`, v.call, v.hex] as const))('encodeDownlink and decodeDownlink: %s', (_d, call, hex) => {
    expect(goja(SCRIPT, 'encodeDownlink', { data: call }).out).toEqual({ bytes: bytesOf(hex), fPort: 85 });
    const frame = { bytes: bytesOf(hex), fPort: 85 };
    expect(goja(SCRIPT, 'decodeDownlink', frame).out).toEqual(JSON.parse(JSON.stringify(entry.decodeDownlink(frame))));
  });

  test.each(uplinks.vectors.map((v) => [v.description, v.hex] as const))('the console\'s Uplink tab (codecs/tts/uplink.js): decodeUplink and normalizeUplink: %s', (_d, hex) => {
    const input = { bytes: bytesOf(hex), fPort: 85 };
    const decoded = entry.decodeUplink(input);
    expect(goja(UPLINK_TAB, 'decodeUplink', input).out).toEqual(JSON.parse(JSON.stringify(decoded)));
    if (decoded.data !== undefined) expect(goja(UPLINK_TAB, 'normalizeUplink', { data: decoded.data }).out).toEqual(JSON.parse(JSON.stringify(normalizeUplink({ data: decoded.data }))));
  });

  test.each(services.vectors.map((v) => [`${v.call.serviceId}: ${v.description}`, v.call, v.hex] as const))('the console\'s Downlink tab (codecs/tts/downlink.js): %s', (_d, call, hex) => {
    expect(goja(DOWNLINK_TAB, 'encodeDownlink', { data: call }).out).toEqual({ bytes: bytesOf(hex), fPort: 85 });
    const frame = { bytes: bytesOf(hex), fPort: 85 };
    expect(goja(DOWNLINK_TAB, 'decodeDownlink', frame).out).toEqual(JSON.parse(JSON.stringify(entry.decodeDownlink(frame))));
  });

  test('each message compiles only the part it needs', () => {
    expect(goja(SCRIPT, 'decodeUplink', { bytes: bytesOf(PERIODIC), fPort: 85 }).parts).toBe('read-uplink');
    expect(goja(SCRIPT, 'encodeDownlink', { data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } } }).parts).toBe('write');
    expect(goja(SCRIPT, 'decodeDownlink', { bytes: [0x5a, 0x66, 0x08], fPort: 85 }).parts).toBe('read-downlink');
  });
});

/**
 * Random inputs (fast-check with a fixed seed, so that a failure repeats): frames made from the fixtures'
 * (a byte changed, cut short or added to) and from nothing, and service calls with an input replaced by
 * any JSON value. Each goes, as JSON, to wt102.js and the console tab that takes it in goja, and to wt102.js
 * in otto as ChirpStack v3 calls it; every answer must be the library's for the same JSON.
 */
describe('random inputs in goja and otto, answered as the library answers them', () => {
  const hexes = [...uplinks.vectors, ...services.vectors].map((v) => v.hex);
  const frameArb = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 12 }).map((a) => Array.from(a)),
    fc
      .tuple(fc.constantFrom(...hexes), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'cut', 'add'))
      .map(([hex, at, byte, how]) => {
        const bytes = bytesOf(hex);
        const i = at % bytes.length;
        if (how === 'set') bytes[i] = byte;
        else if (how === 'cut') bytes.length = Math.max(1, i);
        else bytes.push(byte);
        return bytes;
      }),
  );
  const callArb = fc.tuple(fc.constantFrom(...services.vectors.map((v) => v.call)), fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([call, value, pick]) => {
    const inputs: Record<string, unknown> = { ...((call as { inputs?: Record<string, unknown> }).inputs ?? {}) };
    const keys = Object.keys(inputs);
    inputs[keys.length ? keys[pick % keys.length] : 'extra'] = value;
    return JSON.parse(JSON.stringify({ serviceId: call.serviceId, inputs })) as unknown;
  });
  const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  const settle = (fn: () => unknown): { out?: unknown; error?: string } => {
    try {
      return { out: json(fn()) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  test.each(fc.sample(frameArb, { numRuns: 40, seed: 22 }).map((bytes) => [Buffer.from(bytes).toString('hex')] as const))('frame %s', (hex) => {
    const input = { bytes: bytesOf(hex), fPort: 85 };
    const up = json(entry.decodeUplink(input));
    expect(goja(SCRIPT, 'decodeUplink', input).out).toEqual(up);
    expect(goja(UPLINK_TAB, 'decodeUplink', input).out).toEqual(up);
    const down = json(entry.decodeDownlink(input));
    expect(goja(SCRIPT, 'decodeDownlink', input).out).toEqual(down);
    expect(goja(DOWNLINK_TAB, 'decodeDownlink', input).out).toEqual(down);
    const legacy = settle(() => entry.Decode(85, input.bytes));
    const got = otto(SCRIPT, 'decode', '85', hex);
    if (legacy.error !== undefined) expect(got.error).toBe(`Error: ${(up as { errors: string[] }).errors[0]}`);
    else expect(got.out).toEqual(legacy.out);
  });

  test.each(fc.sample(callArb, { numRuns: 40, seed: 22 }).map((call) => [JSON.stringify(call)] as const))('call %s', (text) => {
    const data = JSON.parse(text) as unknown;
    const lib = json(entry.encodeDownlink({ data })) as { bytes?: number[]; errors?: string[] };
    expect(goja(SCRIPT, 'encodeDownlink', { data }).out).toEqual(lib);
    expect(goja(DOWNLINK_TAB, 'encodeDownlink', { data }).out).toEqual(lib);
    const got = otto(SCRIPT, 'encode', '85', text);
    if (lib.errors !== undefined) expect(got.error).toBe(`Error: ${lib.errors[0]}`);
    else expect(got.out).toEqual(lib.bytes);
  });
});
