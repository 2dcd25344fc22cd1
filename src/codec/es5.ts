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

export function hasOwnKey(obj: object, key: string): boolean {
  return hasOwn.call(obj, key);
}

/** A dictionary with no prototype, so that keys such as `__proto__` or `toString` are plain keys. */
export function dict<V>(): { [key: string]: V } {
  return Object.create(null) as { [key: string]: V };
}

/** A Date from any realm (`instanceof Date` fails for one made in another vm context or frame). */
export function isDate(x: unknown): x is Date {
  if (x instanceof Date) return true;
  // Only something with a getTime can be a Date of another realm; plain objects skip the slower check.
  return typeof x === 'object' && x !== null && typeof (x as Date).getTime === 'function' && Object.prototype.toString.call(x) === '[object Date]';
}

/** An object of named values: not null, an array or a Date. */
export function isRecord(x: unknown): x is { [key: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !isDate(x);
}

/**
 * A value built on first use. Network servers evaluate the script afresh for every message,
 * and one message needs only some of the lookup tables (an uplink never needs the downlink trie).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value === undefined ? (value = build()) : value);
}
