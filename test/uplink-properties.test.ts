/** Property tests for uplinks, with generators derived from UPLINKS, SETTINGS and SCHEDULE. */
import fc from 'fast-check';
import { CodecError, decodeUplink, encodeUplink } from '../src';
import type { UplinkData } from '../src';
import { invalidUplink, uplinkArb } from './support/arbitraries';
import { expectRefusedAt, noisy } from './support/helpers';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };

test('1. decodeUplink(encodeUplink(x)) equals x, and the bytes are as docs/PROTOCOL.md lays them out', () => {
  fc.assert(
    fc.property(uplinkArb, ({ given, canonical, bytes }) => {
      const frame = encodeUplink(given as UplinkData);
      expect(Array.from(frame)).toEqual(bytes);
      expect(decodeUplink(frame)).toEqual(canonical);
      expect(decodeUplink(encodeUplink(canonical as UplinkData))).toEqual(canonical);
    }),
    runs,
  );
});

test('2. encodeUplink(decodeUplink(frame)) reproduces valid frames, history records included', () => {
  fc.assert(
    fc.property(uplinkArb, ({ bytes }) => {
      expect(Array.from(encodeUplink(decodeUplink(bytes)))).toEqual(bytes);
    }),
    runs,
  );
});

const noisyUplink = noisy(uplinkArb.map((u) => u.bytes), 64);

test('3. arbitrary bytes: decodeUplink returns data or throws a CodecError, never anything else', () => {
  fc.assert(
    fc.property(noisyUplink, (frame) => {
      let data: UplinkData;
      try {
        data = decodeUplink(frame);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
        expect((e as CodecError).offset).toBeGreaterThanOrEqual(0);
        expect((e as CodecError).offset).toBeLessThanOrEqual(frame.length);
        return;
      }
      expect(typeof data).toBe('object');
      if (data.warnings) for (const w of data.warnings) expect(w).toMatch(/^byte \d+: /);
      // Without warnings every reading is well-formed, so the data can be built again.
      else expect(() => encodeUplink(data)).not.toThrow();
    }),
    { numRuns: runs.numRuns * 4 },
  );
});

test('4. anything at all given to encodeUplink throws only CodecErrors', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('battery', 'temperature', 'temp_control', 'history', 'ans', 'schedule_settings', 'version'), fc.anything())), (value) => {
      try {
        encodeUplink(value as UplinkData);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
      }
    }),
    runs,
  );
});

test('4b. invalid uplink data throws a CodecError naming the right path', () => {
  fc.assert(
    fc.property(invalidUplink, ({ call, path }) => expectRefusedAt(() => encodeUplink(call as UplinkData), path)),
    runs,
  );
});
