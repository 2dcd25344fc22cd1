/**
 * The network-server script, built from src/ as `npm run build:codecs` builds it, run where
 * it will run: ChirpStack v4 (QuickJS in ChirpStack's module template), The Things Stack
 * (ES5.1: acorn at ecmaVersion 5, a context without ES2015+ built-ins) and ChirpStack v3.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { decode, decodeUplink, encodeHex } from '../src';
import type { DownlinkCall } from '../src';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import uplinks from '../fixtures/uplinks.json';
import invalid from '../fixtures/invalid.json';
import { callIn, chirpstackV4, es5Context, loadQuickJS, thrownIn } from './support/runtimes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildScripts } = require('../scripts/build-codecs.js') as {
  buildScripts: () => Promise<{ script: string; full: string; consoleFiles: [string, string][] }>;
};

let script = '';
/** codecs/wt102-full.js: the full codec alone. */
let full = '';
/** The Things Stack console's files, by tab. */
const tabs: { uplink: string; 'uplink-maker': string; downlink: string } = { uplink: '', 'uplink-maker': '', downlink: '' };
beforeAll(async () => {
  let consoleFiles: [string, string][];
  ({ script, full, consoleFiles } = await buildScripts());
  for (const [file, text] of consoleFiles) tabs[path.basename(file, '.js') as keyof typeof tabs] = text;
  await loadQuickJS();
}, 60_000);

const bytesOf = (hex: string) => Array.from(Buffer.from(hex, 'hex'));
const downlinks: { name: string; data: unknown; hex: string }[] = [
  ...services.vectors.map((v) => ({ name: `${v.call.serviceId}: ${v.description}`, data: v.call, hex: v.hex })),
  ...services.frames.map((f) => ({ name: f.description, data: f.calls, hex: f.hex })),
  ...settings.vectors.map((v) => ({ name: `settings: ${v.description}`, data: { properties: v.properties }, hex: v.hex })),
];
const badCalls: { name: string; data: unknown }[] = [
  ...invalid.calls.filter((c) => c.call !== null && !Array.isArray(c.call) || Array.isArray(c.call) && c.call.length > 0).map((c) => ({ name: c.description, data: c.call })),
  ...settings.invalid.map((c) => ({ name: c.description, data: 'call' in c ? c.call : { properties: c.properties } })),
];
const expectedError = (data: unknown) => {
  try {
    encodeHex(data as DownlinkCall);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the library to refuse this');
};

describe('the script itself', () => {
  test('parses as ECMAScript 5 (acorn, ecmaVersion 5)', () => {
    expect(() => acorn.parse(script, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  test('declares the entry points at top level, no Buffer, no import/export', () => {
    const ast = acorn.parse(script, { ecmaVersion: 5, sourceType: 'script' }) as unknown as { body: { type: string; id?: { name: string }; declarations?: { id: { name: string } }[] }[] };
    const names = ast.body.flatMap((n) => (n.type === 'FunctionDeclaration' ? [n.id?.name] : (n.declarations ?? []).map((d) => d.id.name)));
    for (const fn of ['decodeUplink', 'encodeDownlink', 'decodeDownlink', 'Decode', 'Encode', 'Decoder', 'Encoder', 'normalizeUplink']) expect(names).toContain(fn);
    expect(names).not.toContain('Buffer');
  });


  test('wt102-full.js is what only the library needs apart', () => {
    expect(full).not.toContain('lone surrogate'); // the text encoder, for readings only
    expect(full).not.toContain('Object.freeze'); // table freezing
  });

  test('its header says how it works and how to rebuild it', () => {
    const header = script.slice(0, script.indexOf('\nfunction '));
    expect(header).toMatch(/npm run build:codecs/);
    expect(header).toMatch(/WT102_PARTS[\s\S]*WT102_PLANS/);
  });

  test('is readable: no line over 160 characters; each part formatted ES5 that names the modules it holds, in ASCII', () => {
    const long = script.split('\n').filter((line) => line.length > 160);
    expect(long).toEqual([]);
    const parts = [...script.matchAll(/^WT102_PARTS\["([^"]+)"\] = function \(\) \{\/\*([\s\S]*?)\*\/\};$/gm)];
    expect(parts.map((p) => p[1])).toEqual(expect.arrayContaining(['read-uplink', 'read-downlink', 'write', 'normalize', 'base/errors']));
    for (const [, name, text] of parts) {
      expect({ name, parses: (() => acorn.parse(text, { ecmaVersion: 5, sourceType: 'script' }) && true)() }).toEqual({ name, parses: true });
      expect(text).toMatch(/^ *\/\/ src\/[\w/-]+\.ts$/m);
      expect(text).not.toMatch(/[^\x00-\x7e]/);
      // Formatted, not packed: short lines, indented blocks.
      expect(text.split('\n').length).toBeGreaterThan(text.length / 100);
    }
  });

  test('wt102-full.js parses as ECMAScript 5 and declares the entry points', () => {
    expect(() => acorn.parse(full, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    for (const fn of ['decodeUplink', 'encodeDownlink', 'decodeDownlink', 'Decode', 'Encode', 'Decoder', 'Encoder']) expect(full).toContain(`function ${fn}(`);
  });

  test('is strict-mode clean', () => {
    expect(() => new Function(`"use strict";\n${script}`)).not.toThrow();
  });
});

describe('ChirpStack v4 (QuickJS, module template, npm buffer)', () => {
  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('decodeUplink: %s', (_n, v) => {
    const input = { bytes: bytesOf(v.hex), fPort: 85, recvTime: '2026-11-26T08:00:00Z', variables: {} };
    expect(chirpstackV4(script, 'decodeUplink', input)).toEqual({ data: v.data });
  });

  test.each(downlinks.map((d) => [d.name, d] as const))('encodeDownlink: %s', (_n, d) => {
    expect(chirpstackV4(script, 'encodeDownlink', { data: d.data, variables: {} })).toEqual({ bytes: bytesOf(d.hex), fPort: 85 });
  });

  test.each(badCalls.map((c) => [c.name, c] as const))('encodeDownlink refuses %s with the library message', (_n, c) => {
    expect(chirpstackV4(script, 'encodeDownlink', { data: c.data, variables: {} })).toEqual({ errors: [expectedError(c.data)] });
  });

  test('reads its parts back (Function.prototype.toString keeps comments; indirect eval compiles them): a message compiles only the parts it needs', () => {
    const probe = (call: string) => `${script}\nfunction probe(input) { var r = ${call}; return { result: r, parts: Object.keys(WT102_LOAD.loaded) }; }\n`;
    const report = { bytes: bytesOf('0e01660832660855'), fPort: 85, variables: {} };
    expect(chirpstackV4(probe('decodeUplink(input)'), 'probe' as never, report)).toEqual({ result: { data: decodeUplink('0e01660832660855') }, parts: ['read-uplink'] });
    const call = { data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } }, variables: {} };
    expect(chirpstackV4(probe('encodeDownlink(input)'), 'probe' as never, call)).toEqual({ result: { bytes: [0x5a, 0x66, 0x08], fPort: 85 }, parts: ['write'] });
    // A reading out of range: the words of the warning (and of its range) are compiled only for it.
    const warned = { bytes: bytesOf('0e016608326608ff'), fPort: 85, variables: {} };
    expect(chirpstackV4(probe('decodeUplink(input)'), 'probe' as never, warned)).toMatchObject({ result: { warnings: [expect.any(String)] }, parts: ['read-uplink', 'engine/read-problems', 'engine/words'] });
  });

  test('a message without a fault compiles none of the words of faults (base/errors, engine/read-problems, engine/words)', () => {
    // Node's vm stands in for QuickJS here: which parts a message loads is the script's doing, not the engine's.
    const compiled = new vm.Script(script);
    const partsOf = (fn: string, ...args: unknown[]) => {
      const ctx = vm.createContext({});
      compiled.runInContext(ctx);
      // The TS013 entry points answer with errors and warnings; the legacy ones (ChirpStack v3, TTN v2) throw.
      const r = (ctx[fn] as (...a: unknown[]) => { errors?: unknown; warnings?: unknown })(...args);
      if (fn.charAt(0) !== fn.charAt(0).toUpperCase()) expect(r.errors ?? r.warnings).toBeUndefined();
      return Object.keys(vm.runInContext('WT102_LOAD.loaded', ctx) as object);
    };
    const loaded: { message: string; parts: string[] }[] = [];
    for (const v of uplinks.vectors) {
      loaded.push({ message: v.description, parts: partsOf('decodeUplink', { bytes: bytesOf(v.hex), fPort: 85 }) });
      loaded.push({ message: `${v.description}, by Decode`, parts: partsOf('Decode', 85, bytesOf(v.hex), {}) });
    }
    for (const d of downlinks) {
      loaded.push({ message: `${d.name}, encoded`, parts: partsOf('encodeDownlink', { data: d.data }) });
      loaded.push({ message: `${d.name}, encoded by Encode`, parts: partsOf('Encode', 85, d.data) });
      loaded.push({ message: `${d.name}, decoded`, parts: partsOf('decodeDownlink', { bytes: bytesOf(d.hex), fPort: 85 }) });
    }
    expect(loaded.filter((l) => / by (Decode|Encode)$/.test(l.message) && !l.parts.some((p) => p.indexOf('legacy') >= 0))).toEqual([]);
    expect(loaded.filter((l) => l.parts.some((p) => p === 'base/errors' || p === 'engine/read-problems' || p === 'engine/words'))).toEqual([]);
    // A reply to a downlink (the uplink every downlink brings) compiles no UTF-8 decoder; device information does.
    const replies = uplinks.vectors.filter((v) => 'ans' in v.data).map((v) => v.description);
    const texts = uplinks.vectors.filter((v) => 'product_name' in v.data).map((v) => v.description);
    expect(replies.length * texts.length).toBeGreaterThan(0);
    for (const l of loaded) if (replies.includes(l.message)) expect(l.parts).not.toContain('engine/read-text');
    for (const l of loaded) if (texts.includes(l.message)) expect(l.parts).toContain('engine/read-text');
    // The valve's nested settings are among them (a nested struct's path once compiled the errors).
    expect(downlinks.filter((d) => /temp_control|auto_away/.test(JSON.stringify(d.data))).length).toBeGreaterThan(2);
  });

  test('a bad uplink gives errors, not an exception', () => {
    const r = chirpstackV4(script, 'decodeUplink', { bytes: [0x01, 0x66], fPort: 85, variables: {} }) as { errors: string[] };
    expect(r.errors[0]).toMatch(/^byte 1: .*truncated/);
  });
});

describe('The Things Stack (ES5.1 context without ES2015+ built-ins)', () => {
  let ctx: ReturnType<typeof es5Context>;
  beforeAll(() => {
    ctx = es5Context(script);
  });

  test('the context really lacks ES2015+ built-ins', () => {
    expect(thrownIn(ctx, 'eval', 'new Map()')).toMatch(/Map/);
    expect(callIn(ctx, 'eval', 'typeof Uint8Array')).toBe('undefined');
    expect(callIn(ctx, 'eval', 'typeof Object.assign')).toBe('undefined');
  });

  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('decodeUplink: %s', (_n, v) => {
    expect(callIn(ctx, 'decodeUplink', { bytes: bytesOf(v.hex), fPort: 85 })).toEqual({ data: v.data });
  });

  test.each(uplinks.warnings.map((v) => [v.description, v] as const))('decodeUplink warns: %s', (_n, v) => {
    const r = callIn(ctx, 'decodeUplink', { bytes: bytesOf(v.hex), fPort: 85 }) as { data: unknown; warnings: string[] };
    expect(r.data).toEqual(v.data);
    expect(r.warnings).toEqual(decodeUplink(v.hex).warnings);
  });

  test.each(downlinks.map((d) => [d.name, d] as const))('encodeDownlink and decodeDownlink: %s', (_n, d) => {
    expect(callIn(ctx, 'encodeDownlink', { data: d.data })).toEqual({ bytes: bytesOf(d.hex), fPort: 85 });
    expect(callIn(ctx, 'decodeDownlink', { bytes: bytesOf(d.hex), fPort: 85 })).toEqual({ data: { calls: decode(d.hex) } });
  });

  test.each(badCalls.map((c) => [c.name, c] as const))('encodeDownlink refuses %s', (_n, c) => {
    expect(callIn(ctx, 'encodeDownlink', { data: c.data })).toEqual({ errors: [expectedError(c.data)] });
  });

  test.each(uplinks.invalid.map((f) => [f.description, f] as const))('decodeUplink reports %s', (_n, f) => {
    const r = callIn(ctx, 'decodeUplink', { bytes: bytesOf(f.hex), fPort: 85 }) as { errors: string[] };
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`byte ${f.offset}`);
  });

  test('a null input gives errors, not an exception', () => {
    for (const fn of ['decodeUplink', 'encodeDownlink', 'decodeDownlink']) {
      expect(callIn(ctx, fn, null)).toEqual({ errors: ['input: null is not the input object a network server passes'] });
    }
  });

  test("the maker's codec objects encode the same", () => {
    const cases: [unknown, string][] = [
      [{ set_target_temperature: { value: 21.5 } }, '5a6608'],
      [{ reboot: {} }, 'be'],
      [{ temp_control: { enable: 1 } }, '650001'],
      [{ request_command_queries: { length: 2, object_command: '0X6E01' } }, 'ef026e01'],
      [{ temperature_unit: 1, temp_control: { enable: 1 }, reboot: {} }, '6001650001be'],
    ];
    for (const [data, hex] of cases) expect(callIn(ctx, 'encodeDownlink', { data })).toEqual({ bytes: bytesOf(hex), fPort: 85 });
    expect((callIn(ctx, 'encodeDownlink', { data: { set_target_temprature: { value: 1 } } }) as { errors: string[] }).errors[0]).toMatch(/set_target_temprature/);
  });
});

describe("The Things Stack console's files, one per tab (codecs/tts/)", () => {
  // The console refuses a file over 40,960 bytes; 32,768 leaves room for the features still to come.
  // Both Uplink tabs are held to that room; the Downlink tab (writers and readers) is not there yet.
  const TABS = [
    ['uplink', ['decodeUplink', 'normalizeUplink'], 32_768],
    ['uplink-maker', ['decodeUplink', 'normalizeUplink'], 32_768],
    ['downlink', ['encodeDownlink', 'decodeDownlink'], 40_960],
  ] as const;

  test.each(TABS)('%s.js: ES5, its entry points %j at top level, at most %d bytes, no packed text, no property renamed', (tab, names, limit) => {
    const text = tabs[tab];
    const ast = acorn.parse(text, { ecmaVersion: 5, sourceType: 'script' }) as unknown as { body: { type: string; id?: { name: string } }[] };
    const functions = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id?.name);
    expect(functions).toEqual([...names]);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(limit);
    expect(text).not.toMatch(/\beval\(|\/\*/);
    // Property names as the library has them: a table's (`fields`, `command`, `wire`) are spelt out.
    expect(text).toMatch(/\.fields\b/);
    expect(text).toMatch(/\bcommand:/);
    expect(text).toMatch(/\bwire:/);
    expect(text.split('\n')[1]).toMatch(/npm run build:codecs/);
  });

  test('the Uplink tab decodes every fixture uplink as the library does, warnings and refusals included, and normalizes', () => {
    const ctx = es5Context(tabs.uplink);
    for (const v of [...uplinks.vectors, ...uplinks.warnings]) {
      const input = { bytes: bytesOf(v.hex), fPort: 85 };
      expect(callIn(ctx, 'decodeUplink', input)).toEqual(JSON.parse(JSON.stringify(callIn(es5Context(script), 'decodeUplink', input))));
      const data = decodeUplink(v.hex);
      expect(callIn(ctx, 'normalizeUplink', { data })).toEqual(callIn(es5Context(script), 'normalizeUplink', { data }));
    }
    for (const f of uplinks.invalid) {
      expect((callIn(ctx, 'decodeUplink', { bytes: bytesOf(f.hex), fPort: 85 }) as { errors: string[] }).errors[0]).toContain(`byte ${f.offset}`);
    }
  });

  test("the Uplink tab in the maker's forms gives what the library gives with { maker: true }, and what ChirpStack's maker_forms gives", () => {
    const ctx = es5Context(tabs['uplink-maker']);
    const chirpstack = es5Context(script);
    for (const v of [...uplinks.vectors, ...uplinks.warnings]) {
      const input = { bytes: bytesOf(v.hex), fPort: 85 };
      const r = callIn(ctx, 'decodeUplink', input) as { data: unknown };
      expect(r.data).toEqual(JSON.parse(JSON.stringify(decodeUplink(v.hex, { maker: true }), (k, x) => (k === 'warnings' ? undefined : x))));
      expect(callIn(chirpstack, 'decodeUplink', { ...input, variables: { maker_forms: 'true' } })).toEqual(r);
      expect(callIn(chirpstack, 'Decode', 85, bytesOf(v.hex), { maker_forms: 'true' })).toEqual(r.data);
      expect(callIn(ctx, 'normalizeUplink', { data: r.data })).toEqual(callIn(es5Context(tabs.uplink), 'normalizeUplink', { data: decodeUplink(v.hex) }));
    }
  });

  test('the Downlink tab encodes and decodes every fixture downlink, and refuses every bad call with the library\'s message', () => {
    const ctx = es5Context(tabs.downlink);
    for (const d of downlinks) {
      expect(callIn(ctx, 'encodeDownlink', { data: d.data })).toEqual({ bytes: bytesOf(d.hex), fPort: 85 });
      expect(callIn(ctx, 'decodeDownlink', { bytes: bytesOf(d.hex), fPort: 85 })).toEqual({ data: { calls: decode(d.hex) } });
    }
    for (const c of badCalls) expect(callIn(ctx, 'encodeDownlink', { data: c.data })).toEqual({ errors: [expectedError(c.data)] });
  });
});

describe('ChirpStack v3 and TTN v2 legacy entry points (same ES5 context)', () => {
  let ctx: ReturnType<typeof es5Context>;
  beforeAll(() => {
    ctx = es5Context(script);
  });

  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('Decode / Decoder: %s', (_n, v) => {
    expect(callIn(ctx, 'Decode', 85, bytesOf(v.hex), {})).toEqual(v.data);
    expect(callIn(ctx, 'Decoder', bytesOf(v.hex), 85)).toEqual(v.data);
  });

  test.each(downlinks.map((d) => [d.name, d] as const))('Encode / Encoder: %s', (_n, d) => {
    expect(callIn(ctx, 'Encode', 85, d.data, {})).toEqual(bytesOf(d.hex));
    expect(callIn(ctx, 'Encoder', d.data, 85)).toEqual(bytesOf(d.hex));
  });

  test.each(badCalls.map((c) => [c.name, c] as const))('Encode throws for %s', (_n, c) => {
    // ChirpStack v3 (and TTN v2) pass Encode's message through Go's fmt, where `%%` is shown as `%`.
    expect(thrownIn(ctx, 'Encode', 85, c.data, {})).toBe(expectedError(c.data).replace(/%/g, '%%'));
    expect(thrownIn(ctx, 'Encoder', c.data, 85)).toBe(expectedError(c.data).replace(/%/g, '%%'));
  });

  test('Decode throws for a bad frame', () => {
    expect(thrownIn(ctx, 'Decode', 85, [0x01, 0x66], {})).toMatch(/^byte 1: /);
  });

  test("what they throw is an Error with the library's name, code, path and offset", () => {
    const fields = (fn: string, ...args: unknown[]) =>
      JSON.parse(
        vm.runInContext(
          `(function () { try { ${fn}.apply(null, ${JSON.stringify(args)}); } catch (e) {` +
            ` return JSON.stringify({ error: e instanceof Error, name: e.name, code: e.code, path: e.path, offset: e.offset }); } })()`,
          ctx,
        ) as string,
      ) as unknown;
    const library = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const { name, code, path: p, offset } = e as { name: string; code: string; path?: string; offset?: number };
        return { error: true, name, code, path: p, offset };
      }
      throw new Error('expected the library to throw');
    };
    const call = { serviceId: 'set_target_temperature', inputs: { value: 99 } } as const;
    expect(fields('Encode', 85, call, {})).toEqual(library(() => encodeHex(call)));
    expect(fields('Decoder', [0x01, 0x66], 85)).toEqual(library(() => decodeUplink('0166')));
  });
});

describe('generated files', () => {
  test('codecs/wt102.js and wt102-full.js are what npm run build:codecs builds from src/ (a stale script fails)', async () => {
    const fs = await import('fs');
    expect(fs.readFileSync(require.resolve('../codecs/wt102.js'), 'utf8')).toBe(script);
    expect(fs.readFileSync(require.resolve('../codecs/wt102-full.js'), 'utf8')).toBe(full);
    // The Device Repository's copy, beside its YAML.
    expect(fs.readFileSync(require.resolve('../codecs/ttn/wt102.js'), 'utf8')).toBe(script);
    expect(fs.readFileSync(require.resolve('../codecs/tts/uplink.js'), 'utf8')).toBe(tabs.uplink);
    expect(fs.readFileSync(require.resolve('../codecs/tts/uplink-maker.js'), 'utf8')).toBe(tabs['uplink-maker']);
    expect(fs.readFileSync(require.resolve('../codecs/tts/downlink.js'), 'utf8')).toBe(tabs.downlink);
  });

  test('codecs/ttn/wt102-codec.yaml is what npm run build:codecs builds from the fixtures', async () => {
    const fs = await import('fs');
    const path = await import('path');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildYaml } = require('../scripts/build-codecs.js') as { buildYaml: () => string };
    expect(fs.readFileSync(path.join(__dirname, '..', 'codecs', 'ttn', 'wt102-codec.yaml'), 'utf8')).toBe(buildYaml());
  });

  test('every example of the TTS codec file holds when run through the script', async () => {
    const fs = await import('fs');
    const path = await import('path');
    const text = fs.readFileSync(path.join(__dirname, '..', 'codecs', 'ttn', 'wt102-codec.yaml'), 'utf8');
    // The file is JSON-compatible YAML written by our emitter: parse it back with a tiny reader.
    const doc = parseYaml(text) as Record<string, { examples: { input: { bytes?: number[]; data?: unknown; fPort?: number }; output: unknown }[] }>;
    const ctx = es5Context(script);
    const fns: Record<string, string> = { uplinkDecoder: 'decodeUplink', downlinkEncoder: 'encodeDownlink', downlinkDecoder: 'decodeDownlink' };
    let n = 0;
    for (const [section, fn] of Object.entries(fns)) {
      for (const ex of doc[section].examples) {
        expect(callIn(ctx, fn, ex.input)).toEqual(ex.output);
        n++;
      }
    }
    expect(n).toBeGreaterThan(20);
    // The normalized output of every uplink example, as The Things Stack gets it after decodeUplink.
    const uplinks = doc.uplinkDecoder.examples as { output: { data: unknown }; normalizedOutput?: unknown }[];
    expect(uplinks.filter((ex) => ex.normalizedOutput === undefined)).toEqual([]);
    for (const ex of uplinks) expect(callIn(ctx, 'normalizeUplink', { data: ex.output.data })).toEqual(ex.normalizedOutput);
    expect(uplinks.some((ex) => JSON.stringify(ex.normalizedOutput).includes('"time"'))).toBe(true);
  });

  test("the TTS codec file is valid under the Device Repository's codec schema (ajv, draft-07), its script a file beside it", async () => {
    const fs = await import('fs');
    const path = await import('path');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require('ajv') as typeof import('ajv').default;
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'ttn-device-repository-codec-schema.json'), 'utf8'));
    const doc = parseYaml(fs.readFileSync(path.join(__dirname, '..', 'codecs', 'ttn', 'wt102-codec.yaml'), 'utf8')) as Record<string, { fileName: string }>;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    for (const section of ['uplinkDecoder', 'downlinkEncoder', 'downlinkDecoder']) {
      expect(fs.existsSync(path.join(__dirname, '..', 'codecs', 'ttn', doc[section].fileName))).toBe(true);
    }
    // The check can fail: a path out of the folder, as this file once named, is refused.
    expect(validate({ ...doc, uplinkDecoder: { ...doc.uplinkDecoder, fileName: '../wt102.js' } })).toBe(false);
  });
});

describe("the README's section on network servers", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it in ChirpStack / The Things Stack'), readme.indexOf("## Coming from the maker's codec"));
  const examples = section
    .split('<!-- script-examples:start -->')[1]
    .split('<!-- script-examples:end -->')[0]
    .split('\n')
    .map((line) => /^\| `(.+?)`(?: \(.*\))? \| `([0-9a-f]+)` \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ data: JSON.parse(m[1]) as unknown, hex: m[2] }));

  test('every form in its table encodes to the bytes shown, in QuickJS and in the ES5 context', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const ctx = es5Context(script);
    for (const e of examples) {
      const expected = { bytes: bytesOf(e.hex), fPort: 85 };
      expect(callIn(ctx, 'encodeDownlink', { data: e.data })).toEqual(expected);
      expect(chirpstackV4(script, 'encodeDownlink', { data: e.data, variables: {} })).toEqual(expected);
    }
  });

  test('its enqueue bodies carry a call the script encodes', () => {
    const bodies = section.split('```json\n').slice(1).map((b) => JSON.parse(b.split('```')[0]) as unknown);
    expect(bodies).toHaveLength(2);
    const [chirpstack, tts] = bodies as [{ queueItem: { fPort: number; object: unknown } }, { downlinks: { f_port: number; decoded_payload: unknown }[] }];
    expect(chirpstack.queueItem.fPort).toBe(85);
    expect(tts.downlinks[0].f_port).toBe(85);
    for (const data of [chirpstack.queueItem.object, tts.downlinks[0].decoded_payload]) {
      expect(chirpstackV4(script, 'encodeDownlink', { data, variables: {} })).toEqual({ bytes: bytesOf('5a6608'), fPort: 85 });
    }
  });

  test('its error example is the message the script returns', () => {
    const r = chirpstackV4(script, 'encodeDownlink', { data: { set_target_temperature: { value: 99 } }, variables: {} }) as { errors: string[] };
    const shown = /for `\{"set_target_temperature": \{"value": 99\}\}`: `([^`]+)`/.exec(section.replace(/\s*\n\s*/g, ' '));
    expect(shown?.[1]).toBe(r.errors[0]);
  });

});

/** Reads the block YAML our emitter writes (maps, lists, flow lists of scalars, JSON scalars). */
function parseYaml(text: string): unknown {
  const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  let i = 0;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const scalar = (s: string): unknown => JSON.parse(s);
  function block(indent: number): unknown {
    if (lines[i].trimStart().startsWith('- ')) {
      const list: unknown[] = [];
      while (i < lines.length && indentOf(lines[i]) === indent && lines[i].trimStart().startsWith('- ')) {
        lines[i] = ' '.repeat(indent + 2) + lines[i].trimStart().slice(2);
        list.push(block(indent + 2));
      }
      return list;
    }
    const obj: Record<string, unknown> = {};
    while (i < lines.length && indentOf(lines[i]) === indent && !lines[i].trimStart().startsWith('- ')) {
      const line = lines[i].trim();
      const m = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/.exec(line) as RegExpExecArray;
      const key = m[1].startsWith('"') ? (JSON.parse(m[1]) as string) : m[1];
      i++;
      obj[key] = m[2] !== undefined ? scalar(m[2]) : block(indentOf(lines[i]));
    }
    return obj;
  }
  return block(0);
}
