/**
 * CodecError as the package exports it. The package ships a CommonJS build and an ES module build (which
 * bundlers can tree-shake); an application may load both (its own code `import`s, a dependency `require`s),
 * and each build has its own class. So that `instanceof CodecError` holds whichever build threw the error, the
 * class recognizes every CodecError: an Error of that name with a code. (The network-server scripts keep
 * the plain class: they have one build.)
 */
import { CodecError } from '../base/errors';

if (typeof Symbol === 'function' && typeof Symbol.hasInstance === 'symbol') {
  const own = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(CodecError, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (own.call(this, value)) return true;
      // Another build's CodecError: only for the class itself (a subclass keeps the plain rule).
      return this === CodecError && value instanceof Error && value.name === 'CodecError' && typeof (value as { code?: unknown }).code === 'string';
    },
  });
}

export { CodecError };
