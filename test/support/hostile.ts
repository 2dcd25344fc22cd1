/**
 * Values an attacker (or a careless library) can hand to a public function: objects whose
 * getters throw, revoked Proxies, Proxies whose every trap throws or that answer differently
 * on each read, boxed primitives, Maps, RegExps, Errors, Promises, fake Dates, class
 * instances, objects from another realm, array-likes with lying lengths. Each is made fresh
 * by a factory, so that a Proxy that counts its reads starts at zero.
 */
import fc from 'fast-check';
import * as vm from 'vm';

/** Keys that some part of the API reads: a throwing getter under one of them is reached. */
export const READ_KEYS = [
  'serviceId', 'inputs', 'properties', 'calls', 'value', 'state', 'time', 'start_time', 'object_command', 'length',
  'temp_control', 'enable', 'schedule_settings', 'id', 'maxPayloadSize', 'region', 'dataRate', 'direction',
  'repeaterCompatible', 'fOptsLength', 'confirmed', 'fPort', 'data', 'bytes', 'devAddr', 'fCnt', 'nwkSKey', 'appSKey',
  'fCntMsb', 'battery', 'temperature', 'history', 'timestamp', 'mode', 'ans', 'result', 'kind', 'min', 'max', 'values',
  '0', '1',
];

class Thrown extends Error {
  constructor(where: string) {
    super(`hostile ${where}`);
  }
}

const ALL_TRAPS = [
  'get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct',
] as const;

function throwingProxy<T extends object>(target: T): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of ALL_TRAPS) (handler as Record<string, unknown>)[trap] = () => {
    throw new Thrown(`trap ${trap}`);
  };
  return new Proxy(target, handler);
}

function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** A plain object whose `key` is an enumerable getter that throws (an error, or a non-Error value). */
function throwingGetter(key: string, valueThrown: boolean): object {
  return Object.defineProperty({ serviceId: 'reboot' }, key, {
    enumerable: true,
    get() {
      // eslint-disable-next-line no-throw-literal
      if (valueThrown) throw { message: { toString: () => { throw new Thrown('message'); } } };
      throw new Thrown(`getter ${key}`);
    },
  });
}

/** An array whose element `i` is a getter that throws. */
function throwingElement(i: number): unknown[] {
  const a: unknown[] = [0xbe, 0xbe, 0xbe];
  Object.defineProperty(a, i, { enumerable: true, get: () => { throw new Thrown(`element ${i}`); } });
  return a;
}

/** A Proxy over a plain object that answers each read of `key` with the next of `answers`. */
export function shiftingProxy(target: Record<string, unknown>, key: string, answers: unknown[]): Record<string, unknown> {
  let n = 0;
  return new Proxy(target, {
    get(t, k, r) {
      if (k === key) return answers[Math.min(n++, answers.length - 1)];
      return Reflect.get(t, k, r);
    },
  });
}

/** A Proxy over an array that claims `length` elements and answers every index with `element`. */
function lyingArray(length: unknown, element: unknown): unknown[] {
  return new Proxy([] as unknown[], {
    get(t, k, r) {
      if (k === 'length') return length;
      if (typeof k === 'string' && /^\d+$/.test(k)) return element;
      return Reflect.get(t, k, r);
    },
    has: (_t, k) => typeof k === 'string' && /^\d+$/.test(k),
    getOwnPropertyDescriptor(t, k) {
      if (typeof k === 'string' && /^\d+$/.test(k)) return { value: element, enumerable: true, configurable: true, writable: true };
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
}

class CallLike {
  serviceId = 'reboot';
  inputs = {};
}

const toPrimitiveBomb = {
  [Symbol.toPrimitive]() {
    throw new Thrown('toPrimitive');
  },
  toString() {
    throw new Thrown('toString');
  },
  valueOf() {
    throw new Thrown('valueOf');
  },
};

const otherRealm = vm.runInNewContext('({ plain: { serviceId: "reboot", inputs: {} }, array: [0x5a, 0x66, 0x08], date: new Date(0) })') as {
  plain: object;
  array: number[];
  date: Date;
};

/** Factories of hostile values, each with a name for the test report. */
export const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['a revoked Proxy of an object', () => revoked({})],
  ['a revoked Proxy of an array', () => revoked([])],
  ['a revoked Proxy of a function', () => revoked(() => 1)],
  ['a Proxy whose every trap throws', () => throwingProxy({ serviceId: 'reboot' })],
  ['a Proxy of an array whose every trap throws', () => throwingProxy([0xbe])],
  ...READ_KEYS.map((k): [string, () => unknown] => [`an object whose "${k}" getter throws`, () => throwingGetter(k, false)]),
  ['an object whose getter throws a value whose message throws', () => throwingGetter('inputs', true)],
  ['an array whose element 0 throws', () => throwingElement(0)],
  ['an array whose element 2 throws', () => throwingElement(2)],
  ['a Proxy array claiming 2^32-1 valid bytes', () => lyingArray(2 ** 32 - 1, 0xbe)],
  ['a Proxy array claiming 2^20+1 valid bytes', () => lyingArray(2 ** 20 + 1, 0xbe)],
  ['a Proxy array claiming a length of -1', () => lyingArray(-1, 0xbe)],
  ['a Proxy array claiming a length of 1.5', () => lyingArray(1.5, 0xbe)],
  ['a Proxy array claiming a length that is an object', () => lyingArray(toPrimitiveBomb, 0xbe)],
  ['an object whose toString and valueOf throw', () => toPrimitiveBomb],
  ['a boxed Number', () => new Number(21.5)],
  ['a boxed String', () => new String('reboot')],
  ['a boxed Boolean', () => new Boolean(true)],
  ['a boxed BigInt', () => Object(BigInt(1))],
  ['a boxed Symbol', () => Object(Symbol('s'))],
  ['a Map of a call', () => new Map<string, unknown>([['serviceId', 'reboot'], ['inputs', {}]])],
  ['a Set', () => new Set([0xbe])],
  ['a RegExp', () => /reboot/],
  ['an Error', () => Object.assign(new Error('e'), { serviceId: 'reboot' })],
  ['a Promise', () => Object.assign(Promise.resolve(1), { serviceId: 'reboot' })],
  ['a class instance of a call', () => new CallLike()],
  ['a fake Date', () => ({ getTime: () => 0, [Symbol.toStringTag]: 'Date' })],
  ['a Date subclass', () => new (class extends Date {})(0)],
  ['an invalid Date', () => new Date(NaN)],
  ['a Date of another realm', () => otherRealm.date],
  ['a plain object of another realm', () => otherRealm.plain],
  ['an array of another realm', () => otherRealm.array],
  ['an object with no prototype', () => Object.assign(Object.create(null), { serviceId: 'reboot' })],
  ['an object whose prototype is a call', () => Object.create({ serviceId: 'reboot', inputs: {} })],
  ['a function with a call on it', () => Object.assign(() => 1, { serviceId: 'reboot' })],
  ['a sparse array', () => [0x5a, , 0x08]], // eslint-disable-line no-sparse-arrays
  ['an array-like', () => ({ length: 2, 0: 0x5a, 1: 0x66 })],
  ['an array-like claiming 1e10', () => ({ length: 1e10 })],
  ['an Int8Array of -1', () => new Int8Array([-1])],
  ['a Float64Array of 1.5', () => new Float64Array([1.5])],
  ['a Uint16Array of 256', () => new Uint16Array([256])],
  ['a Buffer', () => Buffer.from([0xbe])],
  ['an ArrayBuffer', () => new ArrayBuffer(2)],
  ['a DataView', () => new DataView(new ArrayBuffer(2))],
  ['a hex text with a no-break space', () => '5a\u00a06608'],
  ['a hex text with a control character', () => '5a\u001b6608'],
  ['a hex text with a space inside a byte', () => '5a6 608'],
  ['a text of escape sequences', () => '\u001b[2J\u009b31m\u202e'],
  ['"-0"', () => '-0'],
  ['-0', () => -0],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['2^53', () => 2 ** 53],
  ['a symbol', () => Symbol('s')],
  ['a BigInt', () => BigInt(5)],
];

/**
 * A value made on demand. fast-check inspects what it generates (it asks `cloneMethod in value`),
 * which a revoked Proxy answers with a TypeError: so the arbitraries below generate recipes, and
 * the properties make the values inside the test. A recipe prints as what it makes.
 */
export type Recipe = (() => unknown) & { [fc.toStringMethod]?: () => string };

function recipe(make: () => unknown, name: string): Recipe {
  return Object.assign(make, { [fc.toStringMethod]: () => name });
}

/** One hostile value. */
export const hostileArb: fc.Arbitrary<Recipe> = fc.constantFrom(...HOSTILE).map(([name, make]) => recipe(make, name));

/** Anything at all: fast-check's `anything()` with every option on, or a hostile value. */
export const anythingArb: fc.Arbitrary<Recipe> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    })
    .map((v) => recipe(() => v, fc.stringify(v))),
  hostileArb,
);

/**
 * A recipe for `value` with one node replaced by what `leaf` makes: the value itself, a
 * property of an object in it or an element of an array in it (chosen by `pick`), so that
 * hostile values reach the codec's inner layers rather than only its front door.
 */
export function planted(value: unknown, leaf: Recipe, pick: number): Recipe {
  return recipe(() => plant(value, leaf(), pick), `${fc.stringify(value)} with ${fc.stringify(leaf)} planted at #${pick}`);
}

function plant(value: unknown, leaf: unknown, pick: number): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) v.forEach((x, i) => (nodes.push({ parent: v, key: i }), walk(x, depth + 1)));
    else for (const k of Object.keys(v)) nodes.push({ parent: v as Record<string, unknown>, key: k }), walk((v as Record<string, unknown>)[k], depth + 1);
  };
  const copy = structuredClone(value);
  walk(copy, 0);
  if (nodes.length === 0 || pick % (nodes.length + 1) === nodes.length) return leaf;
  const { parent, key } = nodes[pick % (nodes.length + 1)];
  (parent as Record<string | number, unknown>)[key] = leaf;
  return copy;
}
