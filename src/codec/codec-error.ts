/**
 * CodecError as the package exports it. The package ships a CommonJS build and an ES module build (which
 * bundlers can tree-shake); an application may load both (its own code `import`s, a dependency `require`s),
 * and each build has its own class. So that `instanceof CodecError` holds whichever build threw the error, the
 * class recognizes every CodecError: an Error of that name with a code. (The network-server scripts keep
 * the plain class: they have one build.)
 */
import { CodecError } from '../base/errors';
import type { CodecErrorCode } from '../base/errors';

/** Every code a CodecError may carry (a test holds it to the type's). */
export const CODES: readonly CodecErrorCode[] = [
  'INVALID_CALL', 'UNKNOWN_SERVICE', 'UNKNOWN_INPUT', 'MISSING_INPUT', 'INVALID_TYPE', 'NOT_INTEGER', 'OUT_OF_RANGE', 'INVALID_ENUM',
  'INVALID_DATE', 'INVALID_COMMAND_ID', 'LENGTH_MISMATCH', 'EMPTY', 'INVALID_OPTION', 'PAYLOAD_TOO_LARGE', 'INVALID_HEX', 'INVALID_BASE64',
  'INVALID_BYTE', 'UNKNOWN_COMMAND', 'TRUNCATED', 'INVALID_VALUE', 'INVALID_PHY', 'MIC_MISMATCH',
];

if (typeof Symbol === 'function' && typeof Symbol.hasInstance === 'symbol') {
  const own = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(CodecError, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (own.call(this, value)) return true;
      // Another build's CodecError: only for the class itself (a subclass keeps the plain rule), an Error named
      // so whose code is one of ours. Reading a hostile object's properties may throw: then it is none.
      if (this !== CodecError || !(value instanceof Error)) return false;
      try {
        return value.name === 'CodecError' && CODES.indexOf((value as { code?: unknown }).code as CodecErrorCode) >= 0;
      } catch (e) {
        return false;
      }
    },
  });
}

export { CodecError };
