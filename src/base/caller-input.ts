/**
 * How the codec reads what a caller gives it. Every object and array of a caller's is read
 * through these helpers, and only once:
 *
 * - only own properties count, so a polluted `Object.prototype` (`serviceId`, `value`…) is
 *   never read as an input;
 * - only plain data is accepted: object literals (any realm, or a null prototype) and arrays,
 *   not Maps, boxed numbers, RegExps, Errors, Promises or class instances;
 * - an object's properties are copied once, so a getter cannot give one value to the check
 *   and another to the bytes;
 * - anything that throws while being read (a getter, a Proxy's trap, a revoked Proxy) becomes
 *   a CodecError that names the place, instead of escaping as a TypeError.
 */
import { CodecError, describeValue, pathError, step, unreadable, valueError } from './errors';
import type { Path } from './errors';
import { hasOwnKey, isInteger, isPlainObject } from './es5';

/**
 * The largest frame the codec reads or writes: 1 MiB, some 4,000 times the largest LoRaWAN
 * payload (242 bytes). Longer byte arrays and hex texts, and lists of more items (each item
 * is at least one byte on the wire), are refused before they are read; an encoding that grows
 * past it stops there. So no input, not even a Proxy that claims billions of elements or a list
 * that holds the same long list a million times, can make the codec run out of memory.
 */
export const MAX_FRAME_BYTES = 0x100000;

/** The error for a frame, text or list longer than MAX_FRAME_BYTES. */
export function tooLarge(path: Path, what: string): CodecError {
  return pathError('PAYLOAD_TOO_LARGE', path, `${what}; the codec reads and writes frames of at most 1 MiB (${MAX_FRAME_BYTES} bytes)`);
}

/** A snapshot of a caller's object: its own enumerable properties, over an empty prototype. */
export type Rec = { [key: string]: unknown };

/**
 * The prototype of every snapshot: empty, with no prototype of its own, so that a key the caller
 * did not give reads as undefined whatever Object.prototype holds. (A snapshot with no prototype
 * at all would do the same, but V8 keeps such objects in dictionary mode, where `for…in` costs
 * several times as much.) Snapshots never leave the codec, so nothing else can reach it.
 */
const SNAPSHOT = Object.create(null) as object;

/**
 * Whether an own undefined in a caller's object or array is read as null: ChirpStack v3 (otto) hands
 * `Encode` its JSON object through Go, where a JSON null becomes undefined. True only while
 * `asJsonNulls` runs.
 */
let undefinedIsNull = false;

/**
 * Runs `read` with every own undefined of the caller's objects and arrays read as the null it was in
 * JSON (see `undefinedIsNull`): each value is still read once, when the codec reaches it.
 */
export function asJsonNulls<T>(read: () => T): T {
  const before = undefinedIsNull;
  undefinedIsNull = true;
  try {
    return read();
  } finally {
    undefinedIsNull = before;
  }
}

/**
 * A caller's plain object as a snapshot of its own enumerable properties, or undefined when
 * `value` is not a plain object. Throws only when reading it throws (then with the path of
 * the property, or of the object).
 */
export function ownRecord(value: unknown, path: Path): Rec | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let key: string | undefined;
  try {
    if (!isPlainObject(value)) return undefined;
    const keys = Object.keys(value);
    const out = Object.create(SNAPSHOT) as Rec;
    for (let i = 0; i < keys.length; i++) {
      key = keys[i];
      const v = (value as Rec)[key];
      out[key] = v === undefined && undefinedIsNull ? null : v;
    }
    return out;
  } catch (e) {
    throw unreadable(key === undefined ? path : step(path, key), e);
  }
}

/** Whether a caller's value is a plain object (see `ownRecord`); reading it is guarded the same way. */
export function isPlainData(value: unknown, path: Path): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return isPlainObject(value);
  } catch (e) {
    throw unreadable(path, e);
  }
}

/**
 * The length of a caller's array, or -1 when `value` is not an array. The elements are read
 * one at a time with `ownItem`, so that a huge or hostile array is refused at its first bad
 * element rather than copied first.
 */
export function arrayLength(value: unknown, path: Path): number {
  if (typeof value !== 'object' || value === null) return -1;
  let n: unknown;
  try {
    if (!Array.isArray(value)) return -1;
    n = value.length;
  } catch (e) {
    throw unreadable(path, e);
  }
  // Only a Proxy can claim a length that an array cannot have.
  if (!isInteger(n) || n < 0 || n > 0xffffffff) {
    throw pathError('INVALID_TYPE', path, `an array whose length is ${describeValue(n)}; expected plain data`);
  }
  if (n > MAX_FRAME_BYTES) throw tooLarge(path, `${n} items are more than one frame can carry`);
  return n;
}

/** Element `i` of a caller's array or array-like: undefined for a hole (never an inherited value). */
export function ownItem(list: unknown, i: number, path: Path): unknown {
  try {
    if (!hasOwnKey(list as object, i)) return undefined;
    const v = (list as ArrayLike<unknown>)[i];
    return v === undefined && undefinedIsNull ? null : v;
  } catch (e) {
    throw unreadable(step(path, i), e);
  }
}

/**
 * A caller's options object as a snapshot, every key of it one of `allowed` (an unknown key is
 * refused at `options.<key>`, a mistyped option never ignored). `undefined` is `{}` when the
 * options are `optional`.
 */
export function readOptions(given: unknown, allowed: readonly string[], optional: boolean): Rec {
  const options = given === undefined && optional ? (Object.create(SNAPSHOT) as Rec) : ownRecord(given, 'options');
  if (options === undefined) {
    throw valueError('INVALID_OPTION', 'options', given, `is not an options object; allowed: { ${allowed.join(', ')} }`);
  }
  for (const key in options) {
    if (allowed.indexOf(key) < 0) {
      throw pathError('INVALID_OPTION', `options.${key}`, `unknown option; allowed: ${allowed.join(', ')}`);
    }
  }
  return options;
}
