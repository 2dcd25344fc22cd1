/**
 * The network-server script (codecs/wt102.js, the library's own modules in parts compiled on demand): at
 * every entry point it gives what the library's entry points give, for random valid and invalid inputs
 * built inside the script's own context, as a network server's JSON input is, for inputs that are not
 * plain data, and in a context whose prototypes are polluted.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as entry from '../src/network-server/entry';
import { anyValidCall, invalidCall, invalidProperties, propertiesArb, rawUplinkArb, uplinkArb, validFrame } from './support/arbitraries';
import { noisy } from './support/helpers';

const SCRIPT = fs.readFileSync(path.join(__dirname, '..', 'codecs', 'wt102.js'), 'utf8');
const NAMES = ['decodeUplink', 'encodeDownlink', 'decodeDownlink', 'Decode', 'Encode', 'Decoder', 'Encoder'] as const;
type Name = (typeof NAMES)[number];
const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };

/** A context running the script, as a network server's: its own realm. */
const ctx = vm.createContext({});
vm.runInContext(SCRIPT, ctx);

/** The outcome as JSON data, or what was thrown (name, code, message). */
function settle(fn: () => unknown): unknown {
  try {
    return { returned: JSON.parse(JSON.stringify(fn()) ?? 'null') };
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; message?: unknown };
    return { threw: { name: err.name, code: err.code, message: err.message } };
  }
}

/** Entry point `name` of the script with `args` built in its context, and of the library with the same args; returns both. */
function both(name: Name, args: unknown[]): { script: unknown; library: unknown } {
  const source = `[${args.map((a) => fc.stringify(a)).join(', ')}]`;
  let made: () => unknown[];
  try {
    // Rebuilt from source in each realm; a value that has no source (an object without a
    // prototype, a Map…) is passed as it is, from this realm.
    vm.runInContext(`var ARGS = ${source};`, ctx);
    made = () => new Function(`return ${source};`)() as unknown[];
  } catch {
    (ctx as { ARGS?: unknown }).ARGS = args;
    made = () => args;
  }
  const script = settle(() => vm.runInContext(`${name}.apply(null, ARGS)`, ctx));
  const library = settle(() => (entry[name] as (...a: unknown[]) => unknown)(...made()));
  return { script, library };
}

const calls = fc.oneof(
  anyValidCall.map((c) => c.call as unknown),
  propertiesArb.map((p) => ({ properties: p.given }) as unknown),
  propertiesArb.map((p) => p.given as unknown), // the maker's object form
  anyValidCall.map((c) => ({ [c.call.serviceId]: c.call.inputs ?? {} }) as unknown),
  invalidCall.map((c) => c.call),
  invalidProperties.map((c) => c.call),
  fc.array(anyValidCall.map((c) => c.call as unknown), { maxLength: 3 }),
);
const uplinkFrames = fc.oneof(noisy(uplinkArb.map((u) => u.bytes), 64), rawUplinkArb, uplinkArb.map((u) => u.bytes));
const port = fc.oneof(fc.constant(85), fc.constant(85), fc.constant(undefined), fc.integer({ min: 1, max: 223 }));

/** Each entry point with its arguments gives the same in the script as in the library. */
function expectSame(cases: [Name, unknown[]][]): void {
  for (const [name, args] of cases) {
    const r = both(name, args);
    expect(r.script).toEqual(r.library);
  }
}

describe('the script gives what the library gives, at every entry point', () => {
  test('encodeDownlink, Encode, Encoder', () => {
    fc.assert(
      fc.property(calls, (c) => expectSame([['encodeDownlink', [{ data: c }]], ['Encode', [85, c]], ['Encoder', [c, 85]]])),
      runs,
    );
  });

  test('decodeUplink, Decode, Decoder', () => {
    fc.assert(
      fc.property(uplinkFrames, port, (bytes, fPort) => expectSame([['decodeUplink', [{ bytes, fPort, variables: {} }]], ['Decode', [fPort, bytes]], ['Decoder', [bytes, fPort]]])),
      runs,
    );
  });

  test('decodeDownlink', () => {
    fc.assert(
      fc.property(noisy(validFrame, 40), port, (bytes, fPort) => expectSame([['decodeDownlink', [{ bytes, fPort }]]])),
      runs,
    );
  });

  test('inputs that are not plain data: a getter, an inherited key, a hole, a prototype of its own', () => {
    // [entry point, its argument as source, with C.gets counting the reads of getters]
    const cases: [Name, string][] = [
      ['decodeUplink', `Object.defineProperty({ fPort: 85 }, 'bytes', { enumerable: true, get: function () { C.gets++; return [0x5a, 0x66, 0x08]; } })`],
      ['decodeUplink', `{ bytes: Object.defineProperty([0x01, 0x55], 1, { enumerable: true, get: function () { C.gets++; return 0x55; } }), fPort: 85 }`],
      ['encodeDownlink', `{ data: Object.defineProperty({ serviceId: 'set_target_temperature' }, 'inputs', { enumerable: true, get: function () { C.gets++; return { value: 21.5 }; } }) }`],
      ['encodeDownlink', `{ data: Object.create({ serviceId: 'reboot' }) }`],
      ['decodeUplink', `{ bytes: [0x01, , 0x03], fPort: 85 }`],
      ['encodeDownlink', `{ data: { serviceId: 'set_target_temperature', inputs: Object.create({ value: 21.5 }) } }`],
      // A `__proto__` key, as JSON.parse makes it: a key, not a prototype.
      ['encodeDownlink', `JSON.parse('{"data":{"__proto__":{"temperature_unit":1}}}')`],
      ['encodeDownlink', `JSON.parse('{"data":{"reboot":{},"__proto__":{"temperature_unit":1}}}')`],
      // null is not an object of inputs, even for a service that takes none.
      ['encodeDownlink', `{ data: { reboot: null } }`],
      ['encodeDownlink', `{ data: { serviceId: 'reboot', inputs: null } }`],
      // Properties that are not enumerable are not read.
      ['decodeUplink', `Object.defineProperty({}, 'bytes', { value: [0, 50] })`],
      ['encodeDownlink', `Object.defineProperty({}, 'data', { value: { reboot: {} } })`],
      ['encodeDownlink', `{ data: Object.defineProperty({}, 'properties', { value: { temperature_unit: 1 } }) }`],
      ['encodeDownlink', `{ data: { serviceId: 'set_target_temperature', inputs: Object.defineProperty({}, 'value', { value: 21.5 }) } }`],
      ['decodeUplink', `Object.defineProperty({ bytes: [0, 50] }, 'fPort', { get: function () { C.gets++; return 85; } })`],
      // An array whose get trap answers what its descriptors do not.
      ['decodeUplink', `{ bytes: new Proxy([0, 50], { get: function (o, k, r) { return k === '1' ? '5' : Reflect.get(o, k, r); } }), fPort: 85 }`],
    ];
    for (const [name, arg] of cases) {
      const scriptC = vm.runInContext('C = { gets: 0 }', ctx) as { gets: number };
      const script = settle(() => vm.runInContext(`${name}(${arg})`, ctx));
      const libraryC = { gets: 0 };
      const library = settle(() => (entry[name] as (a: unknown) => unknown)(new Function('C', `return (${arg});`)(libraryC)));
      expect(script).toEqual(library);
      // A getter is read as often as the library reads it: once.
      expect(scriptC.gets).toBe(libraryC.gets);
    }
    // -0 as a flag is written as given, as the library writes it.
    const flag = `{ data: { properties: { environment_temperature_display_enable: -0 } } }`;
    expect(vm.runInContext(`Object.is(encodeDownlink(${flag}).bytes[1], -0)`, ctx)).toBe(Object.is((entry.encodeDownlink(new Function(`return ${flag};`)()) as { bytes: number[] }).bytes[1], -0));
  });

  test('in a context whose prototypes are polluted, it gives what the full codec (wt102-full.js) gives there', () => {
    const FULL = fs.readFileSync(path.join(__dirname, '..', 'codecs', 'wt102-full.js'), 'utf8');
    const pollution = [
      `Object.defineProperty(Object.prototype, 'value', { value: 21.5, writable: true })`,
      `Object.defineProperty(Object.prototype, 'bytes', { value: [0, 50], writable: true })`,
      `Object.defineProperty(Object.prototype, 'get', { get: function () { C.gets++; return undefined; } })`,
      `Object.defineProperty(Object.prototype, 'battery', { set: function (v) { C.sets.push(v); }, get: function () { return undefined; } })`,
      `Object.defineProperty(Object.prototype, 'value', { set: function (v) { C.sets.push(v); } })`,
    ];
    const calls = [
      `encodeDownlink({ data: { set_target_temperature: {} } })`,
      `decodeUplink({ fPort: 85 })`,
      `decodeUplink({ bytes: [0, 50], fPort: 85 })`,
      `decodeUplink({ bytes: [8, 50], fPort: 85 })`,
      `encodeDownlink({ data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } } })`,
    ];
    for (const polluted of pollution) {
      for (const call of calls) {
        const run = (code: string) => {
          const c = vm.createContext({});
          vm.runInContext(code, c);
          vm.runInContext(`var C = { gets: 0, sets: [] }; ${polluted};`, c);
          return { result: settle(() => JSON.parse(vm.runInContext(`JSON.stringify(${call})`, c) as string)), seen: JSON.parse(vm.runInContext('JSON.stringify(C)', c) as string) };
        };
        expect({ polluted, call, ...run(SCRIPT) }).toEqual({ polluted, call, ...run(FULL) });
      }
    }
  });
});
