import { pathText, step } from './path';
import type { Path } from './path';
import { dateValue, isPlainObject } from './es5';

/** Machine-readable reasons for a rejection. */
export type CodecErrorCode =
  | 'INVALID_CALL'
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_INPUT'
  | 'MISSING_INPUT'
  | 'INVALID_TYPE'
  | 'NOT_INTEGER'
  | 'OUT_OF_RANGE'
  | 'INVALID_ENUM'
  | 'INVALID_DATE'
  | 'INVALID_COMMAND_ID'
  | 'LENGTH_MISMATCH'
  | 'EMPTY'
  | 'INVALID_OPTION'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_HEX'
  | 'INVALID_BASE64'
  | 'INVALID_BYTE'
  | 'UNKNOWN_COMMAND'
  | 'TRUNCATED'
  | 'INVALID_VALUE'
  | 'INVALID_PHY'
  | 'MIC_MISMATCH';

/**
 * The only error `encode` and `decode` throw. The message names the service,
 * the input path (or byte offset), the value received and what is allowed.
 */
export class CodecError extends Error {
  readonly code: CodecErrorCode;
  /** `serviceId.input` for encoding errors. */
  readonly path?: string;
  /** Byte offset in the frame for decoding errors. */
  readonly offset?: number;

  constructor(code: CodecErrorCode, message: string, where: { path?: string; offset?: number } = {}) {
    super(message);
    this.name = 'CodecError';
    this.code = code;
    if (where.path !== undefined) this.path = where.path;
    if (where.offset !== undefined) this.offset = where.offset;
    // Keeps `instanceof` working when the class is down-levelled to ES5, where `super()`
    // returns a plain Error; ES5.1 engines without Object.setPrototypeOf still have __proto__.
    if (typeof Object.setPrototypeOf === 'function') Object.setPrototypeOf(this, CodecError.prototype);
    else (this as { __proto__?: object }).__proto__ = CodecError.prototype;
  }
}

/**
 * Whether `e` is a CodecError: by its class, or by its name and code where the class is down-levelled
 * to ES5 in an engine without `__proto__` (otto, ChirpStack v3's), which leaves the plain Error that
 * `super()` returned there, with the CodecError's properties but not its prototype.
 */
export function isCodecError(e: unknown): e is CodecError {
  if (e instanceof CodecError) return true;
  const named = typeof e === 'object' && e !== null ? (e as { name?: unknown; code?: unknown }) : undefined;
  return named !== undefined && named.name === 'CodecError' && typeof named.code === 'string';
}

export type { Path } from './path';
export { pathText, step, under } from './path';

/*
 * The three ways an error is built; every rejection goes through one of them, so that
 * messages always start with what they are about: `path: …` or `byte N: …`.
 */

/** The error about the caller's input at `path`: `path: message`. */
export function pathError(code: CodecErrorCode, at: Path, message: string): CodecError {
  const path = pathText(at);
  return new CodecError(code, `${path}: ${message}`, { path });
}

/** The error about a value received at `path`: `path: <the value> what`. */
export function valueError(code: CodecErrorCode, path: Path, value: unknown, what: string): CodecError {
  return pathError(code, path, `${describeValue(value)} ${what}`);
}

/** Two keys given for one value (an alias beside its field, two twins of a temperature): refused at `key`. */
export function duplicateError(path: Path, key: string, value: unknown, other: string): CodecError {
  return valueError('INVALID_CALL', step(path, key), value, `duplicates ${other}; give one of them`);
}

/** The error about the byte at `offset` of a frame: `byte N: message`. */
export function byteError(code: CodecErrorCode, offset: number, message: string): CodecError {
  return new CodecError(code, `byte ${offset}: ${message}`, { offset });
}

/**
 * Text as JSON.stringify quotes it (`"a\"b"`, control characters and lone surrogates as `\u00XX`), written
 * out by hand: otto (ChirpStack v3) quotes with Go's JSON encoder, which also escapes `<`, `>` and `&`, so
 * that a message there would not read as everywhere else.
 */
export function quoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s.charAt(i);
    if (c === 0x22 || c === 0x5c) out += '\\' + ch;
    else if (c < 0x20) out += c === 8 ? '\\b' : c === 9 ? '\\t' : c === 10 ? '\\n' : c === 12 ? '\\f' : c === 13 ? '\\r' : '\\u' + (c + 0x10000).toString(16).slice(1);
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair as it is; a lone surrogate escaped, as JSON.stringify does since ES2019.
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) out += ch + s.charAt(++i);
      else out += '\\u' + c.toString(16);
    } else out += ch;
  }
  return out + '"';
}

/** A short, safe rendering of any received value for error messages. Never throws, whatever it is given. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return quoted(value.length > 40 ? value.slice(0, 40) + '…' : value);
  }
  if (typeof value === 'number') return value === 0 && 1 / value < 0 ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  // A BigInt as written in code (`102n`): "102 is not a byte" would read as a contradiction.
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  const ms = dateValue(value);
  if (ms !== undefined) return isNaN(ms) ? 'Invalid Date' : `Date(${new Date(ms).toISOString()})`;
  // A Proxy can throw from any of these (a revoked one from all): it is then described as such.
  try {
    if (Array.isArray(value)) {
      // A Proxy's length may be anything: only a number is shown.
      const n: unknown = (value as unknown[]).length;
      return `an array of ${typeof n === 'number' ? n : '?'}`;
    }
    if (isPlainObject(value as object)) return 'an object';
    // Anything else is named by its kind, so that "an instance of Map is not an object of inputs" reads right.
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return `an instance of ${/^[A-Z][A-Za-z0-9]{0,31}$/.test(tag) && tag !== 'Object' ? tag : 'a class'}`;
  } catch (e) {
    return 'an unreadable object (reading it threw)';
  }
}

/** What was thrown, for a message: an Error's (of any realm) or anything's text message, else the value. Never throws. */
export function thrownText(thrown: unknown): string {
  try {
    const message = typeof thrown === 'object' && thrown !== null ? (thrown as { message?: unknown }).message : undefined;
    return describeValue(typeof message === 'string' ? message : thrown);
  } catch (e) {
    return 'an exception';
  }
}

/** The error for a value whose reading threw `thrown`. */
export function unreadable(path: Path, thrown: unknown): CodecError {
  return pathError('INVALID_TYPE', path, `cannot be read: reading it threw ${thrownText(thrown)}; expected plain data`);
}
