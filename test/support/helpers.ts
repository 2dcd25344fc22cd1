/** Small helpers shared by the test files. */
import fc from 'fast-check';
import { CodecError } from '../../src';

/** The CodecError `fn` throws; fails the test if it throws anything else, or nothing. */
export function caught(fn: () => unknown): CodecError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CodecError) return e;
    throw new Error(`expected a CodecError, got ${String(e)}`);
  }
  throw new Error('expected a CodecError, but nothing was thrown');
}

/** Random bytes, and valid frames with random damage, so that decoding gets past the first byte. */
export function noisy(frames: fc.Arbitrary<number[]>, maxLength: number): fc.Arbitrary<number[]> {
  return fc.oneof(
    fc.uint8Array({ maxLength }).map((b) => Array.from(b)),
    fc.tuple(frames, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat({ max: 3 })).map(([f, at, byte, mode]) => {
      const g = f.slice();
      const i = at % g.length;
      if (mode === 0) g[i] = byte;
      else if (mode === 1) g.splice(i, 1);
      else if (mode === 2) g.push(byte);
      else g.length = i;
      return g;
    }),
  );
}

/** Asserts that `fn` throws a CodecError whose path is `path` and whose message begins with it. */
export function expectRefusedAt(fn: () => unknown, path: string): void {
  const e = caught(fn);
  expect(e.path).toBe(path);
  expect(e.message.startsWith(`${path}: `)).toBe(true);
}
