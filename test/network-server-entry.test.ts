/** The network-server entry points in-process (the script runs them in QuickJS and ES5 contexts too). */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { encode, SCHEDULE, SERVICES, SETTINGS } from '../src';
import { Decode, decodeDownlink, Decoder, decodeUplink, Encode, encodeDownlink, Encoder } from '../src/network-server/entry';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';

test('decodeUplink: data, warnings (including an unexpected fPort), errors', () => {
  expect(decodeUplink({ bytes: [0x00, 0x55], fPort: 85 })).toEqual({ data: { battery: 85 } });
  expect(decodeUplink({ bytes: [0x00, 0x55] })).toEqual({ data: { battery: 85 } });
  expect(decodeUplink({ bytes: [0x00, 0x65], fPort: 2 })).toEqual({
    data: { battery: 101 },
    warnings: ['fPort 2: the WT102 uses fPort 85', 'byte 1: battery (0x00): 101 is out of range 0…100%'],
  });
  expect(decodeUplink({ bytes: [0x01] }).errors?.[0]).toMatch(/^byte 1: temperature \(0x01\) is truncated/);
  // Network servers give bytes as an array: hex text is refused, with what is expected.
  expect(decodeUplink({ bytes: 'nope' as never }).errors).toEqual(['frame: "nope" is not a frame; expected an array of bytes']);
});

test('encodeDownlink: every accepted shape of data', () => {
  const bytes = { bytes: [0x5a, 0x66, 0x08], fPort: 85 };
  expect(encodeDownlink({ data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } } })).toEqual(bytes);
  expect(encodeDownlink({ data: [{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }] })).toEqual(bytes);
  expect(encodeDownlink({ data: { calls: [{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }] } })).toEqual(bytes);
  expect(encodeDownlink({ data: { set_target_temperature: { value: 21.5 } } })).toEqual(bytes);
  expect(encodeDownlink({ data: { properties: { temperature_unit: 1 } } })).toEqual({ bytes: [0x60, 0x01], fPort: 85 });
  // The maker's object: its settings first (in the table's order), then its services, whatever the key order.
  expect(encodeDownlink({ data: { temperature_unit: 1, reboot: {}, time_zone: 60 } })).toEqual({ bytes: [0x60, 0x01, 0xc7, 0x3c, 0x00, 0xbe], fPort: 85 });
});

test.each([
  [{}, 'data: empty'],
  [null, 'data: null is not a call'],
  [{ rebooot: {} }, 'data.rebooot: neither a WT102 service nor a setting'],
  // The maker's codec objects: errors name the keys as written, with no call index or `properties.`.
  [{ set_target_temperature: { value: 99 } }, 'set_target_temperature.value: 99 is out of range 5…35 °C'],
  [{ reboot: {}, temp_control: { enable: 5 } }, 'temp_control.enable: 5 is not a flag; expected 0 or 1 (or true/false)'],
  [{ temperature_unit: 1, temp_control: {} }, 'temp_control: no settings given; expected at least one of enable,'],
  [{ temperature_unit: 1, temp_control: { enabled: 1 } }, 'temp_control.enabled: unknown setting; allowed: enable,'],
  [{ schedule_settings: [{ id: 16, enable: 1 }] }, 'schedule_settings[0].id: 16 is not a schedule id'],
  // Library-shaped data gives the library's messages.
  [[{ serviceId: 'reboot' }, { properties: { temp_control: { enable: 5 } } }], '[1] properties.temp_control.enable: 5 is not a flag'],
])('encodeDownlink(%j) returns errors, and Encode/Encoder throw the same', (data, message) => {
  expect(encodeDownlink({ data }).errors?.[0]).toMatch(new RegExp('^' + message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  expect(() => Encode(85, data)).toThrow(message);
  expect(() => Encoder(data, 85)).toThrow(message);
});

test('a missing or odd input object gives errors, not a TypeError', () => {
  const message = (v: string) => [`input: ${v} is not the input object a network server passes`];
  expect(decodeUplink(undefined as never)).toEqual({ errors: message('undefined') });
  expect(encodeDownlink(null as never)).toEqual({ errors: message('null') });
  expect(decodeDownlink([0x5a] as never)).toEqual({ errors: message('an array of 1') });
});

test('decodeDownlink: the calls, a port warning, errors', () => {
  expect(decodeDownlink({ bytes: [0xbe], fPort: 85 })).toEqual({ data: { calls: [{ serviceId: 'reboot', inputs: {} }] } });
  expect(decodeDownlink({ bytes: [0xbe], fPort: 1 }).warnings).toEqual(['fPort 1: the WT102 uses fPort 85']);
  expect(decodeDownlink({ bytes: [0x00] }).errors?.[0]).toMatch(/^byte 0: unknown downlink command/);
});

test('Decode / Decoder return the data and throw on errors', () => {
  expect(Decode(85, [0x00, 0x55])).toEqual({ battery: 85 });
  expect(Decoder([0x00, 0x55], 85)).toEqual({ battery: 85 });
  expect(() => Decode(85, [0x01])).toThrow(/truncated/);
  expect(Encode(85, { reboot: {} })).toEqual([0xbe]);
});

/**
 * The maker's object is written in one order whatever the order of its keys (ChirpStack v3 hands it over
 * from a Go map, v4 with its keys sorted): for every pair of its commands, each with a value from the
 * fixtures, both key orders give the same answer, in the library and in the script; settings come first.
 */
describe("the maker's object: one order for every pair of its commands", () => {
  const values: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const v of services.vectors) {
    if (!seen.has(v.call.serviceId)) values.push([v.call.serviceId, (v.call as { inputs?: unknown }).inputs ?? {}]);
    seen.add(v.call.serviceId);
  }
  for (const v of settings.vectors) {
    for (const [key, value] of Object.entries(v.properties)) if (!seen.has(key)) values.push([key, value]), seen.add(key);
  }
  // The maker's queries by object path (`req`), its own example.
  values.push(['req', ['temp_control.enable', 'schedule_settings.1', 'child_lock']]);
  const pairs: [string, unknown, string, unknown][] = [];
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) pairs.push([...values[i], ...values[j]]);
  const script = vm.createContext({});
  vm.runInContext(fs.readFileSync(path.join(__dirname, '..', 'codecs', 'wt102.js'), 'utf8'), script);
  const inScript = (data: unknown) => JSON.parse(vm.runInContext(`JSON.stringify(encodeDownlink(${JSON.stringify({ data })}))`, script) as string) as unknown;

  test('every service, every top-level setting and `req` is there', () => {
    const wanted = [...Object.keys(SERVICES), ...new Set(SETTINGS.map((s) => s.path[0])), SCHEDULE.key, 'req'];
    expect(values.map(([k]) => k).sort()).toEqual(wanted.sort());
    expect(pairs.length).toBe((wanted.length * (wanted.length - 1)) / 2);
  });

  test('both key orders, library and script, give the same answer; a setting comes before a service', () => {
    const isSetting = (key: string) => SETTINGS.some((s) => s.path[0] === key) || key === 'schedule_settings';
    for (const [a, va, b, vb] of pairs) {
      const one = encodeDownlink({ data: { [a]: va, [b]: vb } });
      const other = encodeDownlink({ data: { [b]: vb, [a]: va } });
      expect(other).toEqual(one);
      // The library's encode takes the maker's object too, with the same answer.
      let library: unknown;
      try {
        library = { bytes: Array.from(encode({ [b]: vb, [a]: va } as never)), fPort: 85 };
      } catch (e) {
        library = { errors: [(e as Error).message] };
      }
      expect(library).toEqual(one);
      expect(inScript({ [b]: vb, [a]: va })).toEqual(JSON.parse(JSON.stringify(one)));
      if (one.bytes !== undefined && isSetting(a) !== isSetting(b)) {
        const setting = isSetting(a) ? encodeDownlink({ data: { [a]: va } }) : encodeDownlink({ data: { [b]: vb } });
        expect(one.bytes.slice(0, setting.bytes?.length)).toEqual(setting.bytes);
      }
    }
  });
});
