/** The less-travelled paths: each refusal gives the documented code and names the right place. */
import fc from 'fast-check';
import { decode, decodeUplink, encode, encodeCommands, encodeFrames, encodeHex, encodeUplink, fromBase64, maxPayloadSize, toBase64, ttnDownlinkBody } from '../src';
import type { DownlinkCall, UplinkData } from '../src';
import { CodecError, describeValue, isCodecError, pathText, quoted, step } from '../src/base/errors';
import { closest } from '../src/base/suggest';
import { sortedKeys } from '../src/base/es5';
import { CODES, CodecError as PublicCodecError } from '../src/codec/codec-error';
import { objectPathOfCommandId } from '../src';
import { playgroundHeaders } from '../src/cli';
import { Encode, encodeData, encodeDownlink, Encoder } from '../src/network-server/entry';
import { normalizeUplink } from '../src/network-server/normalize';
import { commands } from '../src/engine/commands';
import { findDownlinkPlan, findUplinkPlan } from '../src/engine/commands';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import { buildDownlinkPhy, parsePhy } from '../src/lorawan';
import { caught } from './support/helpers';
import { oraclePhy } from './support/lorawan-oracle';

const KEYS = { nwkSKey: '44024241ed4ce9a68c6a8bc055233fd3', appSKey: 'ec925802ae430ca77fd3dd73cb2cc588' };

test('a BigInt is named as one wherever it is refused', () => {
  expect(caught(() => decode([BigInt(102)] as unknown as number[])).message).toBe('frame[0]: 102n is not a byte 0…255');
  expect(caught(() => encodeHex({ serviceId: 'set_target_valve_opening_degree', inputs: { value: BigInt(10) } } as never)).message).toBe(
    'set_target_valve_opening_degree.value: 10n is not a number; expected an integer 0…100%',
  );
});

test('describeValue renders every kind of value safely', () => {
  expect(describeValue('x'.repeat(50))).toBe(JSON.stringify('x'.repeat(40) + '…'));
  expect(describeValue(-0)).toBe('-0');
  expect(describeValue(true)).toBe('true');
  // A BigInt as code writes it: "5 is not a number" would contradict itself.
  expect(describeValue(BigInt(5))).toBe('5n');
  expect(describeValue(new Date(NaN))).toBe('Invalid Date');
  expect(describeValue(new Date(0))).toBe('Date(1970-01-01T00:00:00.000Z)');
  expect(describeValue([1, 2])).toBe('an array of 2');
  expect(describeValue(() => 1)).toBe('a function');
  expect(describeValue(Symbol('s'))).toBe('a symbol');
  expect(describeValue(undefined)).toBe('undefined');
});

describe('error paths: segments, written out for an error only', () => {
  test('a name under a name is dotted, an index bracketed, and the root "" (the maker\'s objects) adds nothing', () => {
    expect(pathText(step(step(step('data', 'history'), 0), 'timestamp'))).toBe('data.history[0].timestamp');
    expect(pathText(step(step('', 'child_lock'), 'enable'))).toBe('child_lock.enable');
    expect(pathText(step('', 3))).toBe('[3]');
    // A caller's key that is empty still shows (it is a key the codec does not know).
    expect(pathText(step('set_target_temperature', ''))).toBe('set_target_temperature.');
  });

  test.each([
    ['a record\'s field', () => encodeUplink({ history: [{ timestamp: 1 }, { timestamp: -1 }] } as never), 'data.history[1].timestamp'],
    ['a reading in a record', () => encodeUplink({ history: [{ timestamp: 1, battery: 300 }] } as never), 'data.history[0].battery'],
    ['a reply\'s field', () => encodeUplink({ ans: [{ id: '0X6E01', result: 16 }] } as never), 'data.ans[0].result'],
    ['a schedule entry\'s field', () => encode({ properties: { schedule_settings: [{ id: 0, enable: 1 }, { id: 1, target_temperature: 99 }] } }), 'properties.schedule_settings[1].target_temperature'],
    ['a member of a nested struct', () => encode({ properties: { temp_control: { mode_settings: { mode: 0, auto_control: { target_temperature: 99 } } } } }), 'properties.temp_control.mode_settings.auto_control.target_temperature'],
    ['a setting at the top of the maker\'s object', () => encodeData({ child_lock: { enable: 2 } }), 'child_lock.enable'],
    ['a service\'s input in the maker\'s object', () => encodeData({ set_target_temperature: { value: 99 } }), 'set_target_temperature.value'],
    ['an unknown key of the maker\'s object', () => encodeData({ nope: 1 }), 'data.nope'],
  ])('%s', (_name, run, path) => {
    const e = caught(run);
    expect(e.path).toBe(path);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
  });

  // Reading, the root is the command's label (made only for the error), and nested fields step below it.
  test.each([
    ['650600', 3, 'temp_control.mode_settings (0x6506).auto_control is truncated: needs 2 more bytes, the frame has 0'],
    ['6506', 2, 'temp_control.mode_settings (0x6506) is truncated: needs 1 more byte, the frame has 0'],
    ['6e0300', 3, 'schedule_settings[id 3].enable (0x6e0300) is truncated: needs 1 more byte, the frame has 0'],
    ['6e03', 2, 'schedule_settings (0x6e) schedule 3 is truncated: needs 1 more byte, the frame has 0'],
  ])('decoding %s names the field being read at byte %d', (hex, offset, message) => {
    const e = caught(() => decode(hex));
    expect(e.offset).toBe(offset);
    expect(e.message).toBe(`byte ${offset}: ${message}`);
  });
});

test('what every call shares stays as it was: the commands\' plans, and the unset wire numbers of every body', () => {
  const ids: [boolean, number, number][] = [[false, 0x5a, 1], [false, 0x6e, 1], [false, 0x6506, 2], [true, 0x0e, 1], [true, 0xed, 1], [true, 0xef, 1], [true, 0x6e, 1]];
  const plan = (up: boolean, id: number, n: number) => JSON.stringify(up ? findUplinkPlan(id, n) : findDownlinkPlan(id, n));
  const before = ids.map(([up, id, n]) => plan(up, id, n));
  for (const v of services.vectors) decode(v.hex);
  // Writing binds each command's body: every service and setting written once, and some refused.
  for (const v of services.vectors) encodeHex(v.call as DownlinkCall);
  for (const v of settings.vectors) encodeHex({ properties: v.properties } as DownlinkCall);
  for (const v of [{ serviceId: 'set_target_temperature', inputs: { value: 99 } }, { properties: { temp_control: { mode_settings: { mode: 2 } } } }]) {
    try {
      encodeHex(v as DownlinkCall);
    } catch {
      // as below
    }
  }
  for (const hex of ['5a9001', 'ff', '6e0300', '650600', 'ed0102', '0055016608ed0180b326690166080055']) {
    try {
      decodeUplink(hex);
    } catch {
      // refusals too: what they leave behind is what is checked
    }
    try {
      decode(hex);
    } catch {
      // as above
    }
  }
  expect(ids.map(([up, id, n]) => plan(up, id, n))).toEqual(before);
  let seen = 0;
  const check = (s: { unset: readonly number[]; fields: readonly { sub?: unknown }[] } | undefined) => {
    if (s === undefined) return;
    seen++;
    expect(s.unset.every((v) => v === -1)).toBe(true);
    expect(s.unset.length).toBe(s.fields.length);
    for (const f of s.fields) check(f.sub as never);
  };
  for (const c of commands().list) check((c.bound as unknown as { compiled?: never } | undefined)?.compiled);
  expect(seen).toBeGreaterThan(20);
});

describe('sortedKeys: the order of UTF-16 code units, which refusals name the first key by', () => {
  // The spec's order of strings, code unit by code unit (`<` in V8 and QuickJS).
  const specOrder = (keys: string[]) => keys.slice().sort((a, b) => (a < b ? -1 : 1));
  const distinct = (chars: string) => fc.uniqueArray(fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: 6 }), { maxLength: 12 });
  // As otto and goja sort without a comparator: by the strings' UTF-8 bytes.
  const sortingAsGo = <T>(run: () => T): T => {
    const sort = Array.prototype.sort;
    const byUtf8 = (a: unknown, b: unknown) => Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
    const spy = jest.spyOn(Array.prototype, 'sort').mockImplementation(function (this: unknown[], compare?: (a: unknown, b: unknown) => number) {
      return sort.call(this, compare ?? byUtf8);
    });
    try {
      return run();
    } finally {
      spy.mockRestore();
    }
  };

  test("whatever the engine's own order of strings: keys below U+D800 (its own sort) and beyond (compared by hand)", () => {
    for (const chars of ['aZ_09.\u00b0\u00e9\u4e00', 'a_\u00e9\ud83d\ude00\ue000\uffff']) {
      fc.assert(
        fc.property(distinct(chars), (keys) => {
          expect(sortedKeys(keys)).toEqual(specOrder(keys));
          expect(sortingAsGo(() => sortedKeys(keys))).toEqual(specOrder(keys));
        }),
      );
    }
    // Where UTF-8 bytes and code units disagree: U+E000 after a surrogate pair.
    expect(sortingAsGo(() => sortedKeys(['\ue000', '\ud83d\ude00', 'a']))).toEqual(['a', '\ud83d\ude00', '\ue000']);
    expect(sortingAsGo(() => ['\ue000', '\ud83d\ude00', 'a'].sort())).toEqual(['a', '\ue000', '\ud83d\ude00']);
    expect(sortedKeys(['b_x', 'b', 'B', '_', 'a1', 'a'])).toEqual(['B', '_', 'a', 'a1', 'b', 'b_x']);
  });
});

describe('dates', () => {
  const at = (time: unknown) => encodeHex({ serviceId: 'retrieve_historical_data_by_time', inputs: { time } } as DownlinkCall);
  test.each([
    ['2025-11-26t08:00:00z', 'ba80b32669'],
    ['2025-11-26 08:00:00Z', 'ba80b32669'],
    ['2025-11-26T08:00:00,000Z', 'ba80b32669'],
    ['2025-11-26T10:00:00+0200', 'ba80b32669'],
    ['2025-11-26T07:30-00:30', 'ba80b32669'],
  ])('accepts %s', (text, hex) => expect(at(text)).toBe(hex));
  test.each([
    ['2025-11-26T08:00:00+24:00', /time-zone offset/],
    ['2025-11-26T24:00:00Z', /calendar/],
    ['2106-02-07T06:28:16Z', /after 2106/],
    [-1, /before 1970/],
    [Infinity, /finite/],
    [new Date(NaN), /invalid Date/],
    [{}, /neither/],
    ['2025-02-29T00:00:00Z', /calendar/],
    ['2024-02-30T00:00:00Z', /calendar/],
    ['2025-13-01T00:00:00Z', /calendar/],
    ['2025-04-31T00:00:00Z', /calendar/],
    ['2025-00-10T00:00:00Z', /calendar/],
    ['2025-11-00T00:00:00Z', /calendar/],
    ['2025-11-26T08:60:00Z', /calendar/],
    // Years 0…99 are those years (Date.UTC would read 1975), before 1970.
    ['0075-01-01T00:00:00Z', /before 1970/],
  ])('refuses %s', (value, message) => {
    const e = caught(() => at(value));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toMatch(message);
  });

  // An oracle apart from the codec's (which asks Date): the proleptic Gregorian calendar by hand (Hinnant's civil_from_days).
  const civil = (seconds: number) => {
    const z = Math.floor(seconds / 86400) + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp < 10 ? mp + 3 : mp - 9;
    const two = (n: number) => String(n).padStart(2, '0');
    const rem = seconds % 86400;
    return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${two(m)}-${two(doy - Math.floor((153 * mp + 2) / 5) + 1)}T${two(Math.floor(rem / 3600))}:${two(Math.floor(rem / 60) % 60)}:${two(rem % 60)}Z`;
  };
  test('every uint32 of seconds is written as the calendar has it, and that text is read back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seconds) => {
        const hex = at(seconds);
        expect(at(civil(seconds))).toBe(hex);
        expect(decode(hex)).toEqual([{ serviceId: 'retrieve_historical_data_by_time', inputs: { time: civil(seconds) } }]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('settings', () => {
  test.each([
    [{ temp_control: 1 }, 'INVALID_TYPE', 'properties.temp_control'],
    [{ schedule_settings: [] }, 'INVALID_TYPE', 'properties.schedule_settings'],
    [{ schedule_settings: {} }, 'INVALID_TYPE', 'properties.schedule_settings'],
    [{ schedule_settings: [1] }, 'INVALID_TYPE', 'properties.schedule_settings[0]'],
    [{ schedule_settings: [{ enable: 1 }] }, 'MISSING_INPUT', 'properties.schedule_settings[0].id'],
    [{ schedule_settings: [{ id: 1, enabled: 1 }] }, 'UNKNOWN_INPUT', 'properties.schedule_settings[0].enabled'],
    [{ child_lock: { enable: 1, system_button: 2, func_button: 0 } }, 'INVALID_TYPE', 'properties.child_lock.system_button'],
    [{ child_lock: { enable: 1, system_button: 1, func_button: 0, reserved: 64 } }, 'OUT_OF_RANGE', 'properties.child_lock.reserved'],
    [{ child_lock: { enable: 1, system_button: 1, func_button: 0, reserved: 1.5 } }, 'INVALID_TYPE', 'properties.child_lock.reserved'],
    [{ temperature_source_settings: 'x' }, 'INVALID_TYPE', 'properties.temperature_source_settings'],
    [{ temperature_unit: undefined }, 'EMPTY', 'properties'],
  ])('%j → %s at %s', (properties, code, path) => {
    expect(caught(() => encode({ properties } as DownlinkCall))).toMatchObject({ code, path });
  });

  test('a properties object beside other keys, and a non-object properties value', () => {
    expect(caught(() => encode({ properties: 1 } as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'properties' });
  });
});

describe('frames and options', () => {
  test.each([
    [null, 'options'],
    [{ region: 'EU868', dataRate: 0, direction: 'sideways' }, 'direction'],
    [{ region: 'EU868', dataRate: 0, fOptsLength: -1 }, 'fOptsLength'],
  ])('maxPayloadSize(%j) names %s', (options, path) => {
    expect(caught(() => maxPayloadSize(options as never))).toMatchObject({ code: 'INVALID_OPTION', path });
  });

  test('encodeFrames refuses a bad limit, and names a short command that cannot fit', () => {
    expect(caught(() => encodeFrames({ serviceId: 'reboot' }, { maxPayloadSize: 0 }))).toMatchObject({ path: 'maxPayloadSize' });
    expect(caught(() => encodeFrames({ serviceId: 'set_target_temperature', inputs: { value: 20 } }, { maxPayloadSize: 2 })).message).toMatch(/^frame: command 5ad007 is 3 bytes; it does not fit/);
    expect(encodeFrames({ serviceId: 'reboot' }, { region: 'EU868', dataRate: 0 })).toEqual([[0xbe]]);
  });

  test('API body options are checked', () => {
    expect(caught(() => ttnDownlinkBody({ serviceId: 'reboot' }, { confirmed: 'yes' } as never))).toMatchObject({ path: 'confirmed' });
    expect(caught(() => ttnDownlinkBody({ serviceId: 'reboot' }, 1 as never))).toMatchObject({ path: 'options' });
  });

  test('encode options are checked', () => {
    expect(caught(() => encode({ serviceId: 'reboot' }, 1 as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'options' });
  });

  test('array-likes that are not frames', () => {
    expect(caught(() => decode({ length: -1 } as never))).toMatchObject({ code: 'INVALID_TYPE' });
    expect(caught(() => decode({ length: 1.5 } as never))).toMatchObject({ code: 'INVALID_TYPE' });
    expect(caught(() => decode({} as never))).toMatchObject({ code: 'INVALID_TYPE' });
    expect(caught(() => decode('cf'))).toMatchObject({ code: 'UNKNOWN_COMMAND' });
    expect(caught(() => decodeUplink('cf'))).toMatchObject({ code: 'TRUNCATED', offset: 1 });
  });
});

describe('uplink encoding refusals', () => {
  test.each([
    [{ ans: [] }, 'INVALID_TYPE', 'data.ans'],
    [{ ans: [1] }, 'INVALID_TYPE', 'data.ans[0]'],
    [{ ans: [{ result: 0, id: '0XDA', extra: 1 }] }, 'UNKNOWN_INPUT', 'data.ans[0].extra'],
    [{ ans: [{ result: 16, id: '0XDA' }] }, 'OUT_OF_RANGE', 'data.ans[0].result'],
    [{ ans: [{ result: 0, id: '0XDA', length: 2 }] }, 'LENGTH_MISMATCH', 'data.ans[0].length'],
    [{ schedule_settings: [] }, 'INVALID_TYPE', 'data.schedule_settings'],
    [{ schedule_settings: [1] }, 'INVALID_TYPE', 'data.schedule_settings[0]'],
    [{ schedule_settings: [{ id: 16, enable: 1 }] }, 'OUT_OF_RANGE', 'data.schedule_settings[0].id'],
    [{ schedule_settings: [{ id: 1, nope: 1 }] }, 'UNKNOWN_INPUT', 'data.schedule_settings[0].nope'],
    [{ schedule_settings: [{ id: 1 }] }, 'EMPTY', 'data.schedule_settings[0]'],
    [{ temp_control: 1 }, 'INVALID_TYPE', 'data.temp_control'],
    [{ temp_control: { nope: 1 } }, 'UNKNOWN_INPUT', 'data.temp_control.nope'],
    [{ temp_control: {} }, 'EMPTY', 'data.temp_control'],
    [{ all_configurations_request_by_device: 2 }, 'INVALID_VALUE', 'data.all_configurations_request_by_device'],
    [{ history: [] }, 'INVALID_TYPE', 'data.history'],
    [{ history: [1] }, 'INVALID_TYPE', 'data.history[0]'],
    [{ history: [{ mode: 256, timestamp: 0 }] }, 'OUT_OF_RANGE', 'data.history[0].mode'],
    [{ temperature_unit: 256 }, 'INVALID_ENUM', 'data.temperature_unit'],
    [{ lorawan_class: -1 }, 'INVALID_ENUM', 'data.lorawan_class'],
    [{ product_name: 'a\u0000b' }, 'INVALID_VALUE', 'data.product_name'],
    [{ product_name: '\ud800' }, 'INVALID_VALUE', 'data.product_name'],
    [{ product_name: 5 }, 'INVALID_TYPE', 'data.product_name'],
    [{ product_sn: 'xyz' }, 'INVALID_VALUE', 'data.product_sn'],
    [{ version: { hardware_version: 'v1.0', firmware_version: 'v1.2-r0' } }, 'INVALID_VALUE', 'data.version.firmware_version'],
    [{ lorawan_class: 'Class D' }, 'INVALID_ENUM', 'data.lorawan_class'],
    [1, 'INVALID_TYPE', 'data'],
  ])('%j → %s at %s', (data, code, path) => {
    expect(caught(() => encodeUplink(data as UplinkData))).toMatchObject({ code, path });
  });

  test('uplink values the wire can carry but the table does not expect are accepted', () => {
    expect(Array.from(encodeUplink({ lorawan_class: 'Class B', device_status: 7 } as UplinkData))).toEqual([0xcf, 0x00, 0x01, 0xc8, 0x07]);
    expect(decodeUplink('c807')).toMatchObject({ device_status: 7, warnings: [expect.stringMatching(/^byte 1: device_status/)] });
    expect(Array.from(encodeUplink({ history: [{ mode: 0, timestamp: 5 }] }))).toEqual([0xed, 0, 5, 0, 0, 0]);
  });
});

describe('LoRaWAN options and frames', () => {
  const base = { ...KEYS, devAddr: '26011bda', fCnt: 1 };
  test('keys as bytes or 0x-prefixed hex; DevAddr with 0x', () => {
    const a = buildDownlinkPhy({ serviceId: 'reboot' }, base).hex;
    expect(buildDownlinkPhy({ serviceId: 'reboot' }, { ...base, nwkSKey: Buffer.from(KEYS.nwkSKey, 'hex'), appSKey: '0x' + KEYS.appSKey, devAddr: '0x26011bda' }).hex).toBe(a);
    expect(parsePhy(new Uint8Array(Buffer.from(a, 'hex')), KEYS).downlink).toEqual([{ serviceId: 'reboot', inputs: {} }]);
  });
  test.each([
    [{ nwkSKey: new Uint8Array(15) }, 'nwkSKey'],
    [{ appSKey: 5 }, 'appSKey'],
    [{ fPort: 'x' }, 'fPort'],
    [{ confirmed: 1 }, 'confirmed'],
  ])('%j is refused', (bad, path) => {
    expect(caught(() => buildDownlinkPhy({ serviceId: 'reboot' }, { ...base, ...bad } as never))).toMatchObject({ code: 'INVALID_OPTION', path });
  });
  test('missing options, bad fCntMsb, a non-string PHY', () => {
    expect(caught(() => buildDownlinkPhy({ serviceId: 'reboot' }, undefined as never)).path).toBe('options');
    expect(caught(() => parsePhy('00', undefined as never)).path).toBe('options');
    expect(caught(() => parsePhy('00', { ...KEYS, fCntMsb: 70000 })).path).toBe('fCntMsb');
    expect(caught(() => parsePhy(5 as never, KEYS)).code).toBe('INVALID_PHY');
  });
  test('a join request is reported, not decoded; a confirmed uplink decodes', () => {
    const join = Buffer.concat([Buffer.from([0x00]), Buffer.alloc(18, 1), Buffer.alloc(4, 2)]);
    expect(parsePhy(join, KEYS)).toEqual({ direction: 'up', mType: 'Join Request', note: 'a Join Request frame carries no WT102 data' });
    const phy = oraclePhy({ up: true, confirmed: true, devAddr: '26011bda', fCnt: 3, fPort: 85, payload: Buffer.from('0055', 'hex'), nwkSKey: Buffer.from(KEYS.nwkSKey, 'hex'), appSKey: Buffer.from(KEYS.appSKey, 'hex') });
    expect(parsePhy(phy, KEYS)).toMatchObject({ confirmed: true, uplink: { battery: 85 } });
  });
});

describe('replies (ef) and history records (ed) are rows of the engine, refused in the words they had in 1.1', () => {
  test('a reply of length 0 is refused at its byte: the length decides how many ID bytes follow', () => {
    expect(caught(() => decodeUplink('ef00'))).toMatchObject({ code: 'INVALID_VALUE', offset: 1, message: 'byte 1: ans (0xef): length 0; a reply echoes 1…15 command-ID bytes' });
  });

  test('a result past the last known one is kept, with a warning', () => {
    expect(decodeUplink('efa16e')).toEqual({ ans: [{ result: 10, length: 1, id: '0X6E' }], warnings: ['byte 1: ans (0xef).result: 10 is not a known result (0…9)'] });
  });

  test("a reply's name comes from the command it echoes: queryable name first, then a service's or a setting's", () => {
    expect(decodeUplink('ef026e01').ans).toEqual([{ result: 0, length: 2, id: '0X6E01', name: 'Schedule Time' }]);
    expect(decodeUplink('ef015d').ans).toEqual([{ result: 0, length: 1, id: '0X5D', name: 'set_opening_window' }]);
    expect(decodeUplink('ef02c501').ans).toEqual([{ result: 0, length: 2, id: '0XC501', name: 'Data Retransmission Enable' }]);
    expect(decodeUplink('ef03010203').ans).toEqual([{ result: 0, length: 3, id: '0X010203' }]);
  });

  test('encodeUplink derives the length and the name, and checks them when given', () => {
    expect(Array.from(encodeUplink({ ans: [{ result: 1, id: '0x6e01' }] } as UplinkData))).toEqual([0xef, 0x12, 0x6e, 0x01]);
    expect(Array.from(encodeUplink({ ans: [{ result: 0, length: 2, id: '0X6E01', name: 'Schedule Time' }] }))).toEqual([0xef, 0x02, 0x6e, 0x01]);
    expect(caught(() => encodeUplink({ ans: [{ result: 0, length: 1, id: '0X6E01' }] }))).toMatchObject({
      code: 'LENGTH_MISMATCH',
      path: 'data.ans[0].length',
      message: 'data.ans[0].length: 1 does not match id, which has 2 bytes',
    });
    expect(caught(() => encodeUplink({ ans: [{ result: 0, id: '0X6E01', name: 'Battery' }] } as UplinkData))).toMatchObject({
      code: 'INVALID_VALUE',
      path: 'data.ans[0].name',
      message: 'data.ans[0].name: "Battery" is not the name of 0X6E01 ("Schedule Time")',
    });
  });

  test("encodeUplink checks a reply's keys, then its ID (0x and 1…15 bytes), then its result (a nibble), then its length", () => {
    const refused = (reply: object) => caught(() => encodeUplink({ ans: [reply] } as UplinkData));
    expect(refused({ result: 99, id: 5, extra: 1 })).toMatchObject({ code: 'UNKNOWN_INPUT', message: 'data.ans[0].extra: unknown key; allowed: result, length, id, name' });
    expect(refused({ result: 99, id: '6e01' })).toMatchObject({ code: 'INVALID_COMMAND_ID', message: 'data.ans[0].id: "6e01" is not a command ID such as "0X6E01" (1…15 bytes)' });
    expect(refused({ result: 0, id: '0X' + '00'.repeat(16) })).toMatchObject({ code: 'INVALID_COMMAND_ID', path: 'data.ans[0].id' });
    expect(refused({ result: 16, id: '0XDA', length: 5 })).toMatchObject({ code: 'OUT_OF_RANGE', message: 'data.ans[0].result: 16 is not a result 0…15' });
    expect(refused({ id: '0XDA' })).toMatchObject({ code: 'OUT_OF_RANGE', message: 'data.ans[0].result: undefined is not a result 0…15' });
    expect(refused({ result: 15, id: '0XDA', length: '1' })).toMatchObject({ code: 'LENGTH_MISMATCH', message: 'data.ans[0].length: "1" does not match id, which has 1 bytes' });
    expect(refused(['x'])).toMatchObject({ code: 'INVALID_TYPE', message: 'data.ans[0]: an array of 1 is not a reply { result, length, id }' });
    expect(Array.from(encodeUplink({ ans: [{ result: 15, id: '0XDA' }] } as UplinkData))).toEqual([0xef, 0xf1, 0xda]);
  });

  test("a record's mode is a byte, left out at its default (1); its timestamp is uint32 seconds; its other keys are its readings", () => {
    expect(decodeUplink('ed0264000000')).toEqual({
      history: [{ mode: 2, timestamp: 100 }],
      warnings: ['byte 1: history (0xed).mode: 2 is not a known mode (0 target time, 1 historical time)'],
    });
    expect(decodeUplink('ed0164000000010a09').history).toEqual([{ timestamp: 100, temperature: 23.14 }]);
    expect(Array.from(encodeUplink({ history: [{ mode: 0, timestamp: 100, temperature: 23.14 }] } as unknown as UplinkData))).toEqual([0xed, 0, 100, 0, 0, 0, 0x01, 0x0a, 0x09]);
    expect(Array.from(encodeUplink({ history: [{ mode: 2, timestamp: 100 }] } as unknown as UplinkData))).toEqual([0xed, 2, 100, 0, 0, 0]);
    const refused = (record: unknown) => caught(() => encodeUplink({ history: [record] } as unknown as UplinkData));
    expect(refused({ mode: '0', timestamp: 100 })).toMatchObject({ code: 'OUT_OF_RANGE', message: 'data.history[0].mode: "0" is not a mode byte (0 target time, 1 historical time)' });
    expect(refused({ mode: 256 })).toMatchObject({ code: 'OUT_OF_RANGE', path: 'data.history[0].mode' });
    expect(refused({ mode: 0 })).toMatchObject({ code: 'MISSING_INPUT', message: 'data.history[0].timestamp: undefined is not uint32 Unix seconds' });
    expect(refused({ timestamp: null })).toMatchObject({ code: 'OUT_OF_RANGE', message: 'data.history[0].timestamp: null is not uint32 Unix seconds' });
    expect(refused({ timestamp: 1.5 })).toMatchObject({ code: 'OUT_OF_RANGE', path: 'data.history[0].timestamp' });
    expect(refused({ timestamp: 2 ** 32 })).toMatchObject({ code: 'OUT_OF_RANGE', path: 'data.history[0].timestamp' });
    expect(refused(7)).toMatchObject({ code: 'INVALID_TYPE', message: 'data.history[0]: 7 is not a history record' });
  });
});

describe('a payload as text: bytes, hex, or base64 when it is said to be base64', () => {
  test('decode and decodeUplink read base64 with { encoding: "base64" }, hex by default', () => {
    const call = [{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }];
    expect(decode('WmYI', { encoding: 'base64' })).toEqual(call);
    expect(decode('5a:66:08', { encoding: 'hex' })).toEqual(call);
    expect(decodeUplink('AFU=', { encoding: 'base64' })).toEqual({ battery: 85 });
    expect(decodeUplink('AFU', { encoding: 'base64' })).toEqual({ battery: 85 });
    // Text that is both (every hex digit is a base64 digit) is read as it is said to be.
    expect(decodeUplink('0055')).toEqual({ battery: 85 });
    expect(caught(() => decode('WmYI'))).toMatchObject({ code: 'INVALID_HEX', path: 'frame' });
  });

  test('the encoding option is checked like every option', () => {
    expect(caught(() => decode('be', { encoding: 'b64' } as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.encoding' });
    expect(caught(() => decode('be', { encodnig: 'hex' } as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.encodnig' });
  });

  test('fromBase64 takes standard base64 and refuses what is not, saying where', () => {
    expect(Array.from(fromBase64('WmYI'))).toEqual([0x5a, 0x66, 0x08]);
    expect(Array.from(fromBase64(' vg== '))).toEqual([0xbe]);
    expect(Array.from(fromBase64(toBase64([0, 255, 128, 7])))).toEqual([0, 255, 128, 7]);
    expect(caught(() => fromBase64('vg='))).toMatchObject({ code: 'INVALID_BASE64', message: 'text: "vg=" is not base64: its padding does not make the length a multiple of 4; expected standard base64 such as "WmYI"' });
    expect(caught(() => fromBase64('v'))).toMatchObject({ code: 'INVALID_BASE64', path: 'text' });
    expect(caught(() => fromBase64('vh=='))).toMatchObject({ code: 'INVALID_BASE64', message: expect.stringContaining('bits set that no byte uses') });
    expect(caught(() => fromBase64('a-b_'))).toMatchObject({ code: 'INVALID_BASE64', message: expect.stringContaining('character 1 ("-") is not a base64 digit') });
    expect(caught(() => fromBase64(''))).toMatchObject({ code: 'INVALID_BASE64', message: expect.stringContaining('it is empty') });
    expect(caught(() => fromBase64(5 as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'text' });
  });

  test('base64 of exactly the largest frame (1 MiB) is taken, as hex of it is; a byte more is refused', () => {
    const big = Buffer.alloc(2 ** 20, 7);
    expect(fromBase64(big.toString('base64'))).toHaveLength(2 ** 20);
    expect(caught(() => fromBase64(Buffer.alloc(2 ** 20 + 1, 7).toString('base64')))).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  test("fromBase64 reads Node's base64 of 1…40 bytes back to the same bytes", () => {
    for (let n = 1; n <= 40; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      expect(Array.from(fromBase64(Buffer.from(bytes).toString('base64')))).toEqual(bytes);
    }
  });
});

test('isCodecError: a CodecError by its class, or by its name and code where ES5 lowering in an engine without __proto__ (otto) leaves a plain Error', () => {
  expect(isCodecError(new CodecError('EMPTY', 'x: empty', { path: 'x' }))).toBe(true);
  expect(isCodecError(Object.assign(new Error('x: empty'), { name: 'CodecError', code: 'EMPTY' }))).toBe(true);
  expect(isCodecError(new Error('x'))).toBe(false);
  expect(isCodecError(Object.assign(new Error('x'), { name: 'CodecError' }))).toBe(false);
  expect(isCodecError({ name: 'CodecError', code: 1 })).toBe(false);
  expect(isCodecError(null)).toBe(false);
  expect(isCodecError('CodecError')).toBe(false);
});

test('quoted: text as JSON.stringify quotes it, in every engine (otto quotes with Go, which escapes <, > and &)', () => {
  for (const s of ['', 'a"b\\c', '<&>', '\u0000\u0008\t\n\u000b\f\r\u001f', '\ud83d\ude00', '\ud800x', 'x\udc00', '\udc00\ud800', '…°C', '\u2028']) {
    expect(quoted(s)).toBe(JSON.stringify(s));
  }
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => quoted(s) === JSON.stringify(s)), { numRuns: 2000 });
});

test('closest: a suggestion for a misspelt name, none for one too far off or over 64 characters (the distance grows with its length)', () => {
  expect(closest('set_target_temprature', ['reboot', 'set_target_temperature'])).toBe('set_target_temperature');
  expect(closest('temp', ['temp_control', 'temperature_unit'])).toBe('temp_control');
  expect(closest('xyz', ['reboot'])).toBeUndefined();
  // A name over 64 characters gets none, not even itself (which a prefix would otherwise match at once).
  const huge = 'set_target_temperature'.repeat(20000);
  expect(closest(huge, [huge, 'reboot'])).toBeUndefined();
  expect(closest('s'.repeat(65), ['s'.repeat(65)])).toBeUndefined();
  expect(closest('s'.repeat(64), ['s'.repeat(63)])).toBe('s'.repeat(63));
});

describe('a refusal names the same key whatever the order of the caller\'s keys (ChirpStack v3 hands them over in any)', () => {
  const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
  const both = (make: (o: Record<string, unknown>) => unknown, o: Record<string, unknown>) => {
    const one = caught(() => encodeData(make(o)));
    const other = caught(() => encodeData(make(reversed(o))));
    expect(other.message).toBe(one.message);
    return one.message;
  };

  test('settings: unknown settings, unknown members, a group that is no object', () => {
    expect(both((o) => o, { heating_period_settings: { x: 1 }, temp_control: { y: 1 } })).toBe('heating_period_settings.x: unknown setting; allowed: heating_date_settings, heating_period_reporting_interval, non_heating_period_reporting_interval, valve_status_control');
    expect(both((o) => ({ properties: o }), { temp_control: 5, heating_period_settings: { x: 1 } })).toMatch(/^properties\.heating_period_settings\.x: unknown setting/);
    expect(both((o) => ({ temp_control: o }), { zz: 1, aa: 1 })).toMatch(/^temp_control\.aa: unknown setting/);
  });

  test("a service's inputs, a schedule's fields, a call's keys, the maker's object", () => {
    expect(both((o) => ({ serviceId: 'set_target_temperature', inputs: o }), { c: 1, b: 1, a: 1 })).toMatch(/^set_target_temperature\.a: unknown key/);
    expect(both((o) => ({ schedule_settings: [{ id: 0, ...o }] }), { x: 1, y: 1, z: 1 })).toMatch(/^schedule_settings\[0\]\.x: unknown schedule field/);
    expect(both((o) => ({ serviceId: 'reboot', ...o }), { zz: 1, aa: 1 })).toBe('reboot.aa: unknown key in the call; allowed: serviceId, inputs');
    // In the order of UTF-16 code units, which every engine gives here (their default sorts do not agree).
    expect(both((o) => o, { '\uffff': 1, '\ud83d\ude00': 1 })).toBe('data.\ud83d\ude00: neither a WT102 service nor a setting');
  });

  test('a call whose serviceId is misspelt is refused at the misspelt key', () => {
    expect(caught(() => encodeData({ serviceID: 'reboot', inputs: {} })).message).toBe('serviceID: unknown key in the call; allowed: serviceId, inputs');
  });
});

describe("ChirpStack v3's Encode and TTN v2's Encoder: undefined read as the JSON null it was, when the codec reaches it", () => {
  test('the refusal is the one encodeDownlink gives for the nulls, path included, whatever lies beyond it', () => {
    let nested: unknown = 0;
    for (let i = 0; i < 7; i++) nested = new Array(10).fill(nested);
    for (const data of [nested, { reboot: { x: new Array(3).fill(undefined) } }, { calls: [{ serviceId: 'reboot' }, undefined] }, { set_target_temperature: { value: undefined } }]) {
      const asNull = JSON.parse(JSON.stringify(data, (_k, v: unknown) => (v === undefined ? null : v))) as unknown;
      const expected = (encodeDownlink({ data: asNull }) as { errors: string[] }).errors[0];
      expect(caught(() => Encode(85, data)).message).toBe(expected.replace(/%/g, '%%'));
      expect(caught(() => Encoder(data, 85)).message).toBe(expected.replace(/%/g, '%%'));
    }
  });

  test('encodeDownlink still reads undefined as absent', () => {
    expect(encodeDownlink({ data: { reboot: {}, child_lock: undefined } })).toEqual({ bytes: [0xbe], fPort: 85 });
    expect(encodeDownlink({ data: { temperature_unit: undefined } })).toEqual({ errors: ['data: no settings given; there is nothing to send'] });
  });
});

test('normalizeUplink never throws: what a getter throws is an error', () => {
  const data = Object.defineProperty({}, 'temperature', { enumerable: true, get: () => { throw new Error('g'); } });
  expect(normalizeUplink({ data })).toEqual({ errors: ['normalizeUplink: g'] });
});

describe('hints where a new user took a wrong turn (issue 24)', () => {
  test("base64 given as hex names the option that reads it; text that is neither is refused as before", () => {
    const e = caught(() => decodeUplink('AFU='));
    expect([e.code, e.message]).toEqual([
      'INVALID_HEX',
      'frame: "AFU=" is not hex: character 2 ("U") is not a hex digit; expected pairs of 0-9a-f digits, optionally separated by spaces or colons; ' +
        "it reads as base64 (as network servers deliver payloads): pass { encoding: 'base64' }",
    ]);
    expect(decodeUplink('AFU=', { encoding: 'base64' })).toEqual(decodeUplink('0055'));
    expect(caught(() => decode('WmYI')).message).toMatch(/pass \{ encoding: 'base64' \}$/);
    expect(caught(() => decodeUplink('zz!')).message).not.toContain('base64');
  });

  test('an uplink frame given to decode says that decodeUplink reads it; a frame neither reads gets no hint', () => {
    const e = caught(() => decode('016608'));
    expect([e.code, e.offset, e.message]).toEqual([
      'UNKNOWN_COMMAND',
      0,
      'byte 0: unknown downlink command ID 0x01; cannot read the rest of the frame; the frame reads whole as an uplink (what the valve sends): decodeUplink reads it',
    ]);
    expect(caught(() => decode('0e01660832660855')).message).toMatch(/decodeUplink reads it$/);
    expect(caught(() => decode('f1')).message).not.toContain('decodeUplink');
  });

  test("encode takes the maker's codec object, as the scripts and the CLI do, in one order whatever the key order", () => {
    expect(encodeHex({ reboot: {}, temp_control: { enable: 1 } } as never)).toBe('650001be');
    expect(encodeHex({ temp_control: { enable: 1 }, reboot: {} } as never)).toBe('650001be');
    expect(encodeHex({ set_target_temperature: { fahrenheit_value: 70 } } as never)).toBe('5a3f08');
    expect(encodeHex({ req: ['temp_control.enable', 'schedule_settings.1', 'child_lock'] } as never)).toBe('ef026500ef026e01ef016a');
    expect(encodeHex({ req: ['temp_control.enable', 'schedule_settings.1', 'child_lock'] } as never)).toBe(Buffer.from(encodeData({ req: ['temp_control.enable', 'schedule_settings.1', 'child_lock'] })).toString('hex'));
    // Refusals name its keys as written; a key that is neither a service nor a setting is named.
    expect(caught(() => encodeHex({ set_target_temperature: { value: 99 } } as never)).message).toMatch(/^set_target_temperature\.value: 99 is out of range/);
    expect(caught(() => encodeHex({ reboot: {}, nope: 1 } as never)).message).toBe('nope: neither a WT102 service nor a setting');
    // Without a key of its own it is not the maker's object: a misspelt call is refused as a call.
    expect(caught(() => encodeHex({ serviceID: 'reboot' } as never)).message).toBe('serviceID: unknown key in the call; allowed: serviceId, inputs');
    // encodeCommands splits it by command.
    expect(encodeCommands({ reboot: {}, temp_control: { enable: 1 } } as never).map((c) => Buffer.from(c).toString('hex'))).toEqual(['650001', 'be']);
  });
});

describe('edges of what came with the maker\'s object and its paths', () => {
  test('a path whose command a query may not carry is refused (a setting written but not queried)', () => {
    expect(caught(() => encodeData({ req: ['temp_control.under_temperature_side_deadband'] })).message).toMatch(
      /^req\[0\]: "temp_control\.under_temperature_side_dead…" names no command that may be queried; expected the path of an ID that request_command_queries may ask for/,
    );
    // Two schedules' fields in one list: the list's plan is read once.
    expect(Buffer.from(encodeData({ req: ['schedule_settings.3.enable', 'schedule_settings.4.report_cycle'] })).toString('hex')).toBe('ef036e0300ef036e0409');
  });

  test("the maker's object takes maxPayloadSize as any call does", () => {
    expect(caught(() => encode({ reboot: {}, temp_control: { enable: 1 } } as never, { maxPayloadSize: 3 })).code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('instanceof CodecError holds for another build\'s CodecError, not for a subclass of it', () => {
    class Narrower extends CodecError {}
    const plain = new CodecError('EMPTY', 'x');
    expect([plain instanceof CodecError, plain instanceof Narrower]).toEqual([true, false]);
    const foreign = Object.assign(new Error('z'), { name: 'CodecError', code: 'EMPTY' });
    expect([foreign instanceof PublicCodecError, { name: 'CodecError', code: 'EMPTY' } instanceof PublicCodecError]).toEqual([true, false]);
  });

  test("the playground's security headers let the page's own inline script and style run, by hash, and nothing else", () => {
    const html = '<style>a{}</style><script>1</script>';
    const sha = (t: string) => `'sha256-${require('crypto').createHash('sha256').update(t).digest('base64')}'`;
    const headers = playgroundHeaders(html);
    expect(headers['content-security-policy']).toBe(
      `default-src 'none'; script-src ${sha('1')}; style-src ${sha('a{}')}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(playgroundHeaders('<p></p>')['content-security-policy']).toMatch(/^default-src 'none'; script-src 'none'; style-src 'none';/);
  });
});

describe('from the review of the maker\'s object and its paths', () => {
  test('a service left undefined is not sent (it sent bf, a factory reset); nothing at all is refused', () => {
    expect(encodeHex({ reset: undefined, temp_control: { enable: 1 } } as never)).toBe('650001');
    expect(Array.from(encodeData({ reset: undefined, temp_control: { enable: 1 } }))).toEqual([0x65, 0x00, 0x01]);
    for (const data of [{ reset: undefined }, { req: undefined }, {}]) {
      expect([caught(() => encodeHex(data as never)).code, caught(() => encodeData(data)).code]).toEqual(['EMPTY', 'EMPTY']);
    }
  });

  test('the library takes { calls } back as the scripts do; a misspelt key of the maker\'s object is named as the scripts name it', () => {
    expect(encodeHex({ calls: [{ serviceId: 'reboot' }] } as never)).toBe('be');
    expect(caught(() => encodeHex({ set_target_temprature: { value: 21.5 } } as never)).message).toBe('set_target_temprature: neither a WT102 service nor a setting');
  });

  test('a polluted Object.prototype is no reading\'s path', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['6F'] = 'evil';
    proto['6500'] = 'polluted';
    try {
      expect(caught(() => encodeData({ req: ['evil'] })).code).toBe('INVALID_COMMAND_ID');
      expect(objectPathOfCommandId('0X6500')).toBe('temp_control.enable');
      expect(objectPathOfCommandId('0X6F')).toBe('change_report_enable');
    } finally {
      delete proto['6F'];
      delete proto['6500'];
    }
  });

  test("CODES (what instanceof CodecError accepts from another build) lists the type's codes, no more", () => {
    const source = require('fs').readFileSync(require('path').join(__dirname, '..', 'src', 'base', 'errors.ts'), 'utf8') as string;
    const union = source.slice(source.indexOf('export type CodecErrorCode'), source.indexOf(';', source.indexOf('export type CodecErrorCode')));
    expect([...CODES].sort()).toEqual([...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]).sort());
    const throwing = Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('getter ran'); } });
    expect(throwing instanceof PublicCodecError).toBe(false);
    expect(Object.assign(new Error('x'), { name: 'CodecError', code: 'ECONNRESET' }) instanceof PublicCodecError).toBe(false);
  });

  test('a misspelt key of a long list is refused quickly (an insertion sort took seconds for 20,000 keys)', () => {
    const data: Record<string, unknown> = { temp_control: { enable: 1 } };
    for (let i = 20000; i > 0; i--) data[`zz${String(i).padStart(6, '0')}`] = 1;
    expect(caught(() => encodeHex(data as never)).message).toBe('zz000001: neither a WT102 service nor a setting');
  });
});
