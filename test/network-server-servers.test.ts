/**
 * What the network servers do beyond the TS013 calls: The Things Stack's normalizeUplink (its normalized
 * payload schema, checked here as the Device Repository's schema states it), and warnings for ChirpStack,
 * which keeps only `data` and `errors`, through a device variable.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import fc from 'fast-check';
import { decodeUplink as libraryDecodeUplink } from '../src';
import * as entry from '../src/network-server/entry';
import { normalizeUplink } from '../src/network-server/normalize';
import { rawUplinkArb } from './support/arbitraries';
import { callIn, chirpstackV4, es5Context, loadQuickJS } from './support/runtimes';

const SCRIPT = fs.readFileSync(path.join(__dirname, '..', 'codecs', 'wt102.js'), 'utf8');

beforeAll(async () => {
  await loadQuickJS();
}, 60_000);

/**
 * The normalized payload schema's rules for what the WT102 fills (The Things Network's Device Repository,
 * lib/payload.json): an array of measurements, each with only `time` (RFC 3339 date-time) and `air`,
 * whose only property here is `temperature`, a number of at least -273.15 °C.
 */
function schemaProblems(data: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) return ['not an array of measurements'];
  data.forEach((m, i) => {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return void problems.push(`[${i}] is not an object`);
    for (const k of Object.keys(m)) if (k !== 'time' && k !== 'air') problems.push(`[${i}].${k} is not in the schema`);
    const { time, air } = m as { time?: unknown; air?: unknown };
    if (time !== undefined && !(typeof time === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(time))) problems.push(`[${i}].time is not RFC 3339`);
    if (air !== undefined) {
      if (air === null || typeof air !== 'object') return void problems.push(`[${i}].air is not an object`);
      for (const k of Object.keys(air)) if (k !== 'temperature') problems.push(`[${i}].air.${k} is not filled by the WT102`);
      const t = (air as { temperature?: unknown }).temperature;
      if (!(typeof t === 'number' && t >= -273.15)) problems.push(`[${i}].air.temperature is not a temperature`);
    }
  });
  return problems;
}

describe('normalizeUplink (The Things Stack)', () => {
  test('a report gives its ambient temperature; history records give theirs at their time; nothing else is measured', () => {
    expect(normalizeUplink({ data: libraryDecodeUplink('0e01660832660855') })).toEqual({ data: [{ air: { temperature: 21.5 } }] });
    expect(normalizeUplink({ data: libraryDecodeUplink('ed0180b326690166080055ed0190c12669') })).toEqual({
      data: [{ time: '2025-11-26T08:00:00Z', air: { temperature: 21.5 } }],
    });
    expect(normalizeUplink({ data: libraryDecodeUplink('0055') })).toEqual({ data: [] });
    expect(normalizeUplink({ data: { temperature: -300 } })).toEqual({ data: [] });
    // A reading outside the sensor's range, which decoding warns about, is no measurement.
    expect(normalizeUplink({ data: libraryDecodeUplink('01ff7f') })).toEqual({ data: [] });
    // Nor is a record of target time (mode 0), or of a mode decoding does not know.
    expect(normalizeUplink({ data: libraryDecodeUplink('ed0080b32669016608') })).toEqual({ data: [] });
    expect(normalizeUplink({ data: [] } as never)).toEqual({ errors: ['normalizeUplink: data is not decoded WT102 data'] });
    expect(normalizeUplink(null as never)).toEqual({ errors: ['normalizeUplink: data is not decoded WT102 data'] });
  });

  test('property: whatever a valve sends, the normalized payload fits the schema, and the script gives the library\'s', () => {
    const ctx = es5Context(SCRIPT);
    fc.assert(
      fc.property(rawUplinkArb, (frame) => {
        let data: unknown;
        try {
          data = libraryDecodeUplink(frame);
        } catch {
          return;
        }
        delete (data as { warnings?: unknown }).warnings;
        const normalized = normalizeUplink({ data });
        expect(schemaProblems(normalized.data)).toEqual([]);
        expect(callIn(ctx, 'normalizeUplink', { data })).toEqual(normalized);
      }),
      { numRuns: 300 },
    );
  });

  test('in The Things Stack\'s order: decodeUplink, then normalizeUplink of its data, in one ES5 context', () => {
    const ctx = es5Context(SCRIPT);
    const decoded = callIn(ctx, 'decodeUplink', { bytes: [0xed, 0x01, 0x80, 0xb3, 0x26, 0x69, 0x01, 0x66, 0x08], fPort: 85 }) as { data: unknown };
    expect(callIn(ctx, 'normalizeUplink', { data: decoded.data })).toEqual({ data: [{ time: '2025-11-26T08:00:00Z', air: { temperature: 21.5 } }] });
    expect(callIn(ctx, 'normalizeUplink', { data: 5 })).toEqual({ errors: ['normalizeUplink: data is not decoded WT102 data'] });
    // A getter that throws is an error, not an exception, as for every TS013 call.
    expect(vm.runInContext('JSON.stringify(normalizeUplink({ get data() { throw new Error("no") } }))', ctx)).toBe('{"errors":["normalizeUplink: no"]}');
    for (const thrown of ['null', 'undefined', '"text"', '{ message: 5 }']) {
      const r = JSON.parse(vm.runInContext(`JSON.stringify(normalizeUplink({ get data() { throw ${thrown} } }))`, ctx)) as { errors: unknown[] };
      expect(r.errors.every((m) => typeof m === 'string')).toBe(true);
    }
  });
});

describe('warnings for ChirpStack: the device variable warnings_in_data', () => {
  const OUT_OF_RANGE = { bytes: [0x01, 0x58, 0x1b], fPort: 85 };
  const WARNING = 'byte 1: temperature (0x01): 70 °C is out of range -20…60 °C';

  test('without it, warnings are beside data (ChirpStack drops them); with it, they are in data too', () => {
    expect(entry.decodeUplink(OUT_OF_RANGE)).toEqual({ data: { temperature: 70 }, warnings: [WARNING] });
    expect(entry.decodeUplink({ ...OUT_OF_RANGE, variables: { warnings_in_data: 'true' } })).toEqual({ data: { temperature: 70, warnings: [WARNING] }, warnings: [WARNING] });
    expect(entry.decodeUplink({ ...OUT_OF_RANGE, variables: { warnings_in_data: 'false' } })).toEqual({ data: { temperature: 70 }, warnings: [WARNING] });
    // No warnings, no key.
    expect(entry.decodeUplink({ bytes: [0x00, 0x55], fPort: 85, variables: { warnings_in_data: 'true' } })).toEqual({ data: { battery: 85 } });
  });

  test('in ChirpStack v4 (QuickJS, its module template), the script puts them into data when the variable is set', () => {
    expect(chirpstackV4(SCRIPT, 'decodeUplink', { ...OUT_OF_RANGE, variables: { warnings_in_data: 'true' } })).toEqual({ data: { temperature: 70, warnings: [WARNING] }, warnings: [WARNING] });
    expect(chirpstackV4(SCRIPT, 'decodeUplink', { ...OUT_OF_RANGE, variables: {} })).toEqual({ data: { temperature: 70 }, warnings: [WARNING] });
    expect(chirpstackV4(SCRIPT, 'decodeUplink', { bytes: [0x00, 0x55], fPort: 85, variables: { warnings_in_data: 'true' } })).toEqual({ data: { battery: 85 } });
  });
});
