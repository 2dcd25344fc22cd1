/** Payload-size limits (LoRaWAN Regional Parameters v1.0.3 revA), packing commands into frames, and the network servers' API bodies. */
import fc from 'fast-check';
import { chirpstackEnqueueBody, decode, encode, encodeFrames, maxPayloadSize, ttnDownlinkBody } from '../src';
import type { DownlinkCall, Region } from '../src';
import { anyValidCall, propertiesArb } from './support/arbitraries';
import { caught } from './support/helpers';

// LoRaWAN Regional Parameters v1.0.3 revA, the "Maximum payload size" tables of EU863-870 and
// US902-928: [region, direction, DR, repeater compatible, no repeater].
const TABLE: [Region, 'up' | 'down', number, number, number][] = [
  ...[0, 1, 2].flatMap((dr) => (['up', 'down'] as const).map((d): [Region, 'up' | 'down', number, number, number] => ['EU868', d, dr, 51, 51])),
  ['EU868', 'down', 3, 115, 115],
  ...[4, 5, 6, 7].map((dr): [Region, 'up' | 'down', number, number, number] => ['EU868', 'down', dr, 222, 242]),
  ['US915', 'up', 0, 11, 11],
  ['US915', 'up', 1, 53, 53],
  ['US915', 'up', 2, 125, 125],
  ['US915', 'up', 3, 222, 242],
  ['US915', 'up', 4, 222, 242],
  ['US915', 'down', 8, 33, 53],
  ['US915', 'down', 9, 109, 129],
  ...[10, 11, 12, 13].map((dr): [Region, 'up' | 'down', number, number, number] => ['US915', 'down', dr, 222, 242]),
];

test.each(TABLE)('%s %slink DR%d: %d bytes (%d without a repeater)', (region, direction, dataRate, withRepeater, without) => {
  expect(maxPayloadSize({ region, direction, dataRate })).toBe(withRepeater);
  expect(maxPayloadSize({ region, direction, dataRate, repeaterCompatible: false })).toBe(without);
  // 15 bytes of MAC commands leave no room at US915 uplink DR0 (11 bytes): refused, never a negative size.
  if (withRepeater > 15) expect(maxPayloadSize({ region, direction, dataRate, fOptsLength: 15 })).toBe(withRepeater - 15);
  else expect(caught(() => maxPayloadSize({ region, direction, dataRate, fOptsLength: 15 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'fOptsLength' });
  const most = Math.min(15, withRepeater - 1);
  expect(maxPayloadSize({ region, direction, dataRate, fOptsLength: most })).toBe(withRepeater - most);
});

test('the regions also go by their band names, and downlink is the default direction', () => {
  expect(maxPayloadSize({ region: 'EU863-870', dataRate: 0 })).toBe(51);
  expect(maxPayloadSize({ region: 'US902-928', dataRate: 8 })).toBe(33);
});

test.each([
  [{ region: 'AS923', dataRate: 0 }, 'region'],
  [{ region: 'US915', dataRate: 0 }, 'dataRate'],
  [{ region: 'EU868', dataRate: 8 }, 'dataRate'],
  [{ region: 'EU868', dataRate: 0, fOptsLength: 16 }, 'fOptsLength'],
  [{ region: 'EU868', dataRate: 1.5 }, 'dataRate'],
])('%j is refused', (options, path) => {
  expect(caught(() => maxPayloadSize(options as never))).toMatchObject({ code: 'INVALID_OPTION', path });
});

const item = fc.oneof(anyValidCall.map((c) => c.call), propertiesArb.map((p) => ({ properties: p.given })));
const limitArb = fc.oneof(
  fc.constantFrom(...TABLE.filter(([, d]) => d === 'down')).map(([region, , dataRate]) => ({ region, dataRate })),
  fc.integer({ min: 16, max: 80 }).map((maxPayloadSize) => ({ maxPayloadSize })),
);

test('encodeFrames: the frames concatenate to encode(calls), each fits, none splits a command, and greedy is fewest', () => {
  fc.assert(
    fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), limitArb, (calls, limit) => {
      const max = 'maxPayloadSize' in limit ? limit.maxPayloadSize : maxPayloadSize(limit as never);
      const whole = Array.from(encode(calls as DownlinkCall[]));
      let frames: number[][];
      try {
        frames = encodeFrames(calls as DownlinkCall[], limit as never);
      } catch (e) {
        // Only a single command longer than the limit may make it fail.
        expect((e as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
        return;
      }
      expect(frames.flat()).toEqual(whole);
      for (const f of frames) {
        expect(f.length).toBeLessThanOrEqual(max);
        expect(() => decode(f)).not.toThrow(); // a split command would leave a truncated frame
      }
      for (let i = 0; i + 1 < frames.length; i++) {
        const firstOfNext = Array.from(encode(decode(frames[i + 1]).slice(0, 1)));
        expect(frames[i].length + firstOfNext.length).toBeGreaterThan(max);
      }
    }),
    { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) },
  );
});

test('a command longer than the limit is an error, not a split', () => {
  const e = caught(() => encodeFrames({ serviceId: 'retrieve_historical_data_by_time_range', inputs: { start_time: 0, end_time: 1 } }, { maxPayloadSize: 8 }));
  expect(e.code).toBe('PAYLOAD_TOO_LARGE');
  expect(e.message).toContain('9 bytes');
});

test('ChirpStack v4 enqueue body and The Things Stack push body', () => {
  const call: DownlinkCall = { serviceId: 'set_target_temperature', inputs: { value: 21.5 } };
  const b64 = Buffer.from('5a6608', 'hex').toString('base64');
  expect(chirpstackEnqueueBody(call)).toEqual({ queueItem: { confirmed: false, fPort: 85, data: b64 } });
  expect(chirpstackEnqueueBody(call, { confirmed: true, fPort: 10 })).toEqual({ queueItem: { confirmed: true, fPort: 10, data: b64 } });
  expect(ttnDownlinkBody(call)).toEqual({ downlinks: [{ f_port: 85, frm_payload: b64, priority: 'NORMAL' }] });
  expect(ttnDownlinkBody(call, { confirmed: true })).toEqual({ downlinks: [{ f_port: 85, frm_payload: b64, priority: 'NORMAL', confirmed: true }] });
  expect(caught(() => ttnDownlinkBody(call, { fPort: 0 })).code).toBe('INVALID_OPTION');
});

test('base64 of every length matches Node', () => {
  fc.assert(
    fc.property(fc.array(anyValidCall, { minLength: 1, maxLength: 6 }), (calls) => {
      const c = calls.map((x) => x.call) as DownlinkCall[];
      expect(chirpstackEnqueueBody(c).queueItem.data).toBe(Buffer.from(encode(c)).toString('base64'));
    }),
  );
});
