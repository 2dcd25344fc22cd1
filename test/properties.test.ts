/**
 * Property tests for downlinks (services and settings). The arbitraries come from
 * SERVICES and SETTINGS; the expected bytes and canonical forms are computed in
 * test/support/arbitraries.ts, independently of the codec.
 */
import fc from 'fast-check';
import { CodecError, decode, encode } from '../src';
import type { DownlinkCall } from '../src';
import { expectRefusedAt, noisy } from './support/helpers';
import { anyValidCall, invalidCall, invalidProperties, propertiesArb, SERVICE_IDS, validCall, validFrame } from './support/arbitraries';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };

describe('services', () => {
  test('1. decode(encode(call)) is the canonical form of the call, and the bytes are as docs/PROTOCOL.md lays them out', () => {
    fc.assert(
      fc.property(anyValidCall, ({ call, canonical, bytes }) => {
        const frame = encode(call as DownlinkCall);
        expect(Array.from(frame)).toEqual(bytes);
        expect(decode(frame)).toEqual([canonical]);
      }),
      runs,
    );
  });

  test('1b. lists of calls round-trip in order', () => {
    fc.assert(
      fc.property(fc.array(anyValidCall, { minLength: 1, maxLength: 8 }), (calls) => {
        expect(decode(encode(calls.map((c) => c.call) as DownlinkCall[]))).toEqual(calls.map((c) => c.canonical));
      }),
      runs,
    );
  });

  test('every service has a generator', () => {
    for (const id of SERVICE_IDS) expect(fc.sample(validCall(id), 1)[0].bytes.length).toBeGreaterThanOrEqual(1);
  });

  test('4. invalid calls throw a CodecError naming the right path', () => {
    fc.assert(
      fc.property(invalidCall, ({ call, path }) => expectRefusedAt(() => encode(call as DownlinkCall), path)),
      runs,
    );
  });
});

describe('settings', () => {
  test('1. decode(encode({properties})) is its canonical form, and the bytes are in table order', () => {
    fc.assert(
      fc.property(propertiesArb, ({ given, canonical, bytes }) => {
        const frame = encode({ properties: given } as DownlinkCall);
        expect(Array.from(frame)).toEqual(bytes);
        expect(decode(frame)).toEqual([{ properties: canonical }]);
      }),
      runs,
    );
  });

  test('1b. settings and service calls mixed in one array round-trip in order', () => {
    const item = fc.oneof(
      anyValidCall.map((c) => ({ given: c.call, canonical: c.canonical })),
      propertiesArb.map((p) => ({ given: { properties: p.given }, canonical: { properties: p.canonical } })),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        const decoded = decode(encode(items.map((i) => i.given) as DownlinkCall[]));
        // Consecutive settings objects may come back merged into one: re-encoding must still give the same bytes.
        expect(Array.from(encode(decoded))).toEqual(Array.from(encode(items.map((i) => i.canonical) as DownlinkCall[])));
      }),
      runs,
    );
  });

  test('4. invalid settings throw a CodecError naming the right path', () => {
    fc.assert(
      fc.property(invalidProperties, ({ call, path }) => expectRefusedAt(() => encode(call as DownlinkCall), path)),
      runs,
    );
  });
});

test('2. encode(decode(frame)) reproduces any valid downlink frame', () => {
  fc.assert(
    fc.property(validFrame, (frame) => {
      expect(Array.from(encode(decode(frame)))).toEqual(frame);
    }),
    runs,
  );
});

test('3. decode of arbitrary bytes returns re-encodable calls or throws a CodecError with an offset in the frame', () => {
  fc.assert(
    fc.property(noisy(validFrame, 48), (frame) => {
      let items;
      try {
        items = decode(frame);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
        expect((e as CodecError).offset).toBeGreaterThanOrEqual(0);
        expect((e as CodecError).offset).toBeLessThanOrEqual(frame.length);
        return;
      }
      expect(Array.from(encode(items))).toEqual(frame);
    }),
    { numRuns: runs.numRuns * 4 },
  );
});

test('4b. anything at all given to encode throws only CodecErrors', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.anything(), fc.array(fc.anything()), fc.anything().map((properties) => ({ properties }))),
      (value) => {
        try {
          encode(value as DownlinkCall);
        } catch (e) {
          expect(e).toBeInstanceOf(CodecError);
        }
      },
    ),
    runs,
  );
});
