/**
 * ES5-only stand-ins for ES2015 built-ins. The core is bundled into network-server
 * scripts that run on ES5.1 engines (The Things Stack's goja, ChirpStack v3's otto),
 * where `Number.isInteger`, `Map`, `Array.prototype.find` and friends may be missing.
 */

export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && isFinite(x);
}

export function isInteger(x: unknown): x is number {
  return isFiniteNumber(x) && Math.floor(x) === x;
}

const hasOwn = Object.prototype.hasOwnProperty;

export function hasOwnKey(obj: object, key: string | number): boolean {
  return hasOwn.call(obj, key);
}

/** A dictionary with no prototype, so that keys such as `__proto__` or `toString` are plain keys. */
export function dict<V>(): { [key: string]: V } {
  return Object.create(null) as { [key: string]: V };
}

/**
 * The time value of a genuine Date of any realm (a subclass's too), or undefined for anything
 * else. `Date.prototype.getTime` reads the internal time slot, so neither an object that only
 * looks like a Date (`Symbol.toStringTag`, a `getTime` of its own) nor a Proxy passes. Never throws.
 */
export function dateValue(x: unknown): number | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  try {
    return Date.prototype.getTime.call(x);
  } catch (e) {
    return undefined;
  }
}

/**
 * An object literal's kind of object: its prototype is null or an `Object.prototype` (of any
 * realm, whose own prototype is null). Maps, boxed numbers, RegExps, Dates, class instances and
 * arrays are not. May throw for a Proxy whose trap throws: callers read it inside a guard.
 */
export function isPlainObject(x: object): boolean {
  if (Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * A value built on first use. Network servers evaluate the script afresh for every message,
 * and one message needs only some of the lookup tables (an uplink never needs the downlink trie).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value === undefined ? (value = build()) : value);
}

/** `a` before `b` (below 0) or after (above), by their UTF-16 code units, compared by hand: otto and goja compare strings by their UTF-8 bytes. */
function byCodeUnits(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * `keys` in the order of their UTF-16 code units, the same in every engine: where a refusal could name
 * one of several keys, it names the first in this order, whatever order the caller's object had (a
 * network server may hand it over in any). Otto alone differs beyond the BMP: it holds a string from Go as
 * code points (an emoji is one character there), so it has no code units to order such keys by.
 */
export function sortedKeys(keys: readonly string[]): string[] {
  // An object's keys are distinct, so any sort gives the one order whatever comparisons an engine makes (an
  // insertion sort here took seconds for a caller's object of 20,000 keys). Otto and goja order strings by their
  // UTF-8 bytes, which agree with the code units except between a surrogate pair and U+E000…U+FFFF; where no
  // key holds either, the engine's own sort, in native code, is used (comparing by hand cost otto 1.7 ms over a
  // settings object). The test reaches U+FFFF, not only the surrogates: goja's and otto's RegExp see a surrogate
  // pair as one character, so only the other side of such a pair can be seen there.
  return keys.slice().sort(/[\ud800-\uffff]/.test(keys.join('')) ? byCodeUnits : undefined);
}
