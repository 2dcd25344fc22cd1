/**
 * Inputs of absurd size are handled in time linear in their size, or rejected with a
 * clear error; nothing recurses into caller data, so depth cannot exhaust the stack.
 * (How fast is measured by `npm run bench`, not here.)
 */
import { decode, decodeUplink, encode, encodeUplink } from '../src';
import type { DownlinkCall, UplinkData } from '../src';
import { caught } from './support/helpers';

function deepObject(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let cur = root;
  for (let i = 0; i < depth; i++) cur = (cur.a = {}) as Record<string, unknown>;
  return root;
}

test('a 1 MB hex string decodes (333,333 commands) or is refused at its first bad byte', () => {
  expect(decode('5a6608'.repeat(333_333))).toHaveLength(333_333);
  expect(caught(() => decode('aa'.repeat(500_000)))).toMatchObject({ code: 'UNKNOWN_COMMAND', offset: 0 });
  expect(caught(() => decode('z'.repeat(1_000_000)))).toMatchObject({ code: 'INVALID_HEX' });
  expect(caught(() => decode('5a6608'.repeat(100_000) + '5a66'))).toMatchObject({ code: 'TRUNCATED', offset: 300_001 });
});

test('frames given as bytes, small and large, read whole or up to their first bad byte', () => {
  const frame = (n: number) => encode(new Array(n).fill({ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }));
  // 3, 4,095 and 300,000 bytes: the small frames' copy is made at its size, the large one's grown.
  for (const n of [1, 1_365, 100_000]) {
    const bytes = frame(n);
    expect(decode(bytes)).toHaveLength(n);
    expect(decode(Array.from(bytes))).toHaveLength(n);
    const bad = Array.from(bytes);
    bad[bad.length - 1] = 256;
    expect(caught(() => decode(bad))).toMatchObject({ code: 'INVALID_BYTE', offset: bad.length - 1 });
    expect(caught(() => decode(bytes.subarray(0, bytes.length - 1)))).toMatchObject({ code: 'TRUNCATED', offset: bytes.length - 2 }); // where its value begins
  }
});

test('an array of 100,000 calls encodes to one frame', () => {
  const calls: DownlinkCall[] = new Array(100_000).fill({ serviceId: 'set_target_temperature', inputs: { value: 21.5 } });
  expect(encode(calls)).toHaveLength(300_000);
  const bad = calls.slice();
  bad[99_999] = { serviceId: 'set_target_temperature', inputs: { value: 99 } };
  expect(caught(() => encode(bad)).path).toBe('[99999].set_target_temperature.value');
});

test('deeply nested objects are refused where they stand, without recursion', () => {
  const deep = deepObject(100_000);
  expect(caught(() => encode({ serviceId: 'set_target_temperature', inputs: { value: deep } } as never)).code).toBe('INVALID_TYPE');
  expect(caught(() => encode({ properties: { temp_control: deep } } as never)).path).toBe('properties.temp_control.a');
  expect(caught(() => encodeUplink({ temperature_alarm: deep } as UplinkData)).path).toBe('data.temperature_alarm.a');
});

test('an array-like that claims 2^32-1 bytes is refused before a byte is read; a short one at its first missing byte', () => {
  expect(caught(() => decode({ length: 2 ** 32 - 1 } as never))).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', path: 'frame' });
  expect(caught(() => decode({ length: 3, 0: 0xbe } as never))).toMatchObject({ code: 'INVALID_BYTE', offset: 1 });
});

test('a 1 MB uplink of repeated readings decodes, with the first 100 warnings and a count of the rest', () => {
  const data = decodeUplink('0055'.repeat(250_000));
  expect(data.battery).toBe(85);
  expect(data.warnings).toHaveLength(101);
  expect(data.warnings?.[99]).toBe('byte 200: battery is reported twice; the last value is kept');
  expect(data.warnings?.[100]).toBe('byte 202: 249899 more warnings left out; at most 100 are listed');
  expect(encodeUplink({ history: new Array(100_000).fill({ timestamp: 1 }) })).toHaveLength(600_000);
});
