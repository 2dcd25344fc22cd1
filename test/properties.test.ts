/** Property tests: the arbitraries come from SERVICES, the oracle and the frame writer are independent of the codec. */
import fc from 'fast-check';
import { CodecError, decode, encode } from '../src';
import type { ServiceCall } from '../src';
import { anyValidCall, invalidCall, SERVICE_IDS, validCommandBytes, validFrame } from './support/arbitraries';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 500) };

test('1. decode(encode(call)) is the canonical form of the call', () => {
  fc.assert(
    fc.property(anyValidCall, ({ call, canonical }) => {
      expect(decode(encode(call as ServiceCall))).toEqual([canonical]);
    }),
    runs,
  );
});

test('1b. lists of calls round-trip in order', () => {
  fc.assert(
    fc.property(fc.array(anyValidCall, { minLength: 1, maxLength: 8 }), (calls) => {
      expect(decode(encode(calls.map((c) => c.call) as ServiceCall[]))).toEqual(calls.map((c) => c.canonical));
    }),
    runs,
  );
});

test('2. encode(decode(frame)) reproduces any valid frame', () => {
  fc.assert(
    fc.property(validFrame, (frame) => {
      expect(Array.from(encode(decode(frame)))).toEqual(frame);
    }),
    runs,
  );
});

/** Random bytes, and valid frames with random damage, so that decoding gets past the first byte. */
const noisyFrame = fc.oneof(
  fc.uint8Array({ maxLength: 40 }).map((b) => Array.from(b)),
  fc
    .tuple(validFrame, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat({ max: 3 }))
    .map(([f, at, byte, mode]) => {
      const g = f.slice();
      const i = at % g.length;
      if (mode === 0) g[i] = byte;
      else if (mode === 1) g.splice(i, 1);
      else if (mode === 2) g.push(byte);
      else g.length = i;
      return g;
    }),
);

test('3. decode of arbitrary bytes returns re-encodable calls or throws a CodecError', () => {
  fc.assert(
    fc.property(noisyFrame, (frame) => {
      let calls;
      try {
        calls = decode(frame);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
        const err = e as CodecError;
        expect(err.offset).toBeGreaterThanOrEqual(0);
        expect(err.offset).toBeLessThanOrEqual(frame.length);
        return;
      }
      expect(Array.from(encode(calls))).toEqual(frame);
    }),
    { numRuns: runs.numRuns * 4 },
  );
});

test('4. invalid calls throw a CodecError naming the right path', () => {
  fc.assert(
    fc.property(invalidCall, ({ call, path }) => {
      let thrown: unknown;
      try {
        encode(call as ServiceCall);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CodecError);
      expect((thrown as CodecError).path).toBe(path);
      expect((thrown as CodecError).message.startsWith(`${path}: `)).toBe(true);
    }),
    runs,
  );
});

test('4b. anything at all given to encode throws only CodecErrors', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.array(fc.anything())), (value) => {
      try {
        encode(value as ServiceCall);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
      }
    }),
    runs,
  );
});

test('every service has a command-bytes arbitrary', () => {
  for (const id of SERVICE_IDS) {
    const [sample] = fc.sample(validCommandBytes(id), 1);
    expect(sample.length).toBeGreaterThanOrEqual(1);
  }
});
