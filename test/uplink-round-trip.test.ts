/**
 * The uplink fixed point: for any frame a device could send, encodeUplink of the decoded data
 * decodes to the same data. Readings that an event's copy would overwrite, schedule fields split
 * by other commands, repeats, out-of-range readings and bad text all survive the round trip.
 */
import fc from 'fast-check';
import { CodecError, decodeUplink, encodeUplink, toHex } from '../src';
import type { UplinkData } from '../src';
import { rawUplinkArb } from './support/arbitraries';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) * 4 };

function data(frame: string | number[] | Uint8Array): UplinkData {
  const { warnings: _ignored, ...rest } = decodeUplink(frame);
  return rest;
}

describe('cases', () => {
  test('a reading after an event that copies to its key keeps its own value', () => {
    // window alarm (copies 15.25 to temperature), auto-away report (copies 20), then a reading of -20.
    const frame = '0d2101f5050c2001d00740060130f8';
    const decoded = data(frame);
    expect(decoded.temperature).toBe(-20);
    const again = encodeUplink(decoded);
    expect(data(again)).toEqual(decoded);
    // The reading is written after the events whose copies it must win over.
    expect(toHex(again)).toBe('0d2101f5050c2001d00740060130f8');
  });

  test('a copy equal to the reading it follows sends no command of its own', () => {
    const decoded = data('0e01660832660855'); // periodic report: copies temperature, valve, target, battery
    expect(toHex(encodeUplink(decoded))).toBe('0e01660832660855');
  });

  test('schedule fields split by another command stay one entry, and come back as one', () => {
    const frame = '6e020001' + '6f01' + '6e02018601';
    expect(data(frame)).toEqual({ schedule_settings: [{ id: 2, enable: 1, start_time: 390 }], change_report_enable: 1 });
    expect(data(encodeUplink(data(frame)))).toEqual(data(frame));
  });

  test('a schedule field reported again starts a new entry, which stays one', () => {
    const frame = '6e020001' + '6e020000' + '6e02018601';
    expect(data(frame)).toEqual({ schedule_settings: [{ id: 2, enable: 1 }, { id: 2, enable: 0, start_time: 390 }] });
    expect(data(encodeUplink(data(frame)))).toEqual(data(frame));
  });

  test('text that is not UTF-8 is shown with "?" and re-encodes to the same text', () => {
    const frame = 'de' + 'ff'.repeat(32);
    const decoded = decodeUplink(frame);
    expect(decoded.product_name).toBe('?'.repeat(32));
    expect(decoded.warnings).toEqual(['byte 1: product_name (0xde): is not valid UTF-8; bytes outside ASCII are shown as "?"']);
    expect(data(encodeUplink(data(frame)))).toEqual(data(frame));
  });

  test('history records keep their own copies and readings', () => {
    // Record 1: battery reading 50, then a low-battery alarm copying 10 to battery, then a reading of 40.
    const frame = 'ed0100000000' + '0032' + '080a' + '0028';
    const decoded = data(frame);
    expect(decoded.history).toEqual([{ timestamp: 0, battery: 40, low_battery_alarm: { value: 10 } }]);
    expect(data(encodeUplink(decoded))).toEqual(decoded);
  });
});

test('property: encodeUplink(decodeUplink(frame)) decodes to the same data, for any frame a device could send', () => {
  let decoded = 0;
  fc.assert(
    fc.property(rawUplinkArb, (frame) => {
      let first: UplinkData;
      try {
        first = data(frame);
      } catch (e) {
        // A frame the decoder refuses (a schedule id over 15, a truncated reply) has no data to keep.
        expect(e).toBeInstanceOf(CodecError);
        return;
      }
      decoded++;
      expect(data(encodeUplink(first))).toEqual(first);
    }),
    runs,
  );
  // The generator mostly makes frames that decode: the property is not vacuous.
  expect(decoded).toBeGreaterThan(runs.numRuns / 2);
});
