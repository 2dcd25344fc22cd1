/** Byte-level helpers: hex text, input normalisation and a bounds-checked reader. */
import { byteError, CodecError, describeValue, pathText, quoted, step, unreadable, valueError } from './errors';
import type { Path } from './errors';
import { MAX_FRAME_BYTES, tooLarge } from './caller-input';
import { hasOwnKey, isInteger } from './es5';

const HEX = '0123456789abcdef';

export function hexByte(b: number): string {
  return HEX[b >> 4] + HEX[b & 15];
}

/** Lowercase hex with no separators, of bytes the codec has made or checked. */
export function hexOf(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
  return s;
}

/** Lowercase hex with no separators. Takes what `decode` takes as bytes; anything that is not a byte is refused. */
export function toHex(bytes: Uint8Array | ArrayLike<number>): string {
  return hexOf(checkedBytes(bytes, 'a Uint8Array or an array of bytes', 'bytes'));
}

/** A Uint8Array of `bytes`. Copying element by element is several times faster than `new Uint8Array(array)` on V8. */
export function toUint8Array(bytes: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out;
}

/** The value of a hex digit's character code, or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32; // lower case
  return c >= 97 && c <= 102 ? c - 87 : -1;
}

/** ASCII whitespace (no Unicode spaces: a no-break space in a payload is a copy-and-paste accident). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A character for a message: printable ASCII quoted, anything else as its code point. */
function charName(c: number): string {
  return c > 32 && c < 127 ? quoted(String.fromCharCode(c)) : `U+${(c + 0x10000).toString(16).slice(1).toUpperCase()}`;
}

/** What a hex text must be, for the messages that refuse one. */
const HEX_EXPECTED = 'expected pairs of 0-9a-f digits, optionally separated by spaces or colons';

/**
 * Reads hex text into bytes: pairs of digits (any case), optionally after `0x`, optionally
 * separated *between* bytes by ASCII whitespace or colons (`ef 02 6e 01`, `ef:02:6e:01`), with
 * whitespace around the whole allowed. A separator inside a byte, any other character, or a
 * lone digit is an INVALID_HEX error that says where.
 */
export function fromHex(text: string): number[] {
  return hexBytes(text, 'frame');
}

/** `fromHex`, with `name` naming the text in errors. */
export function hexBytes(text: unknown, name: string): number[] {
  if (typeof text !== 'string') {
    throw valueError('INVALID_TYPE', name, text, 'is not hex text; expected pairs of hex digits such as "5a6608"');
  }
  const out: number[] = [];
  const why = readHex(text, name, out);
  if (why !== undefined) throw valueError('INVALID_HEX', name, text, `is not hex: ${why}; ${HEX_EXPECTED}`);
  return out;
}

/** Where `text` starts and ends without the ASCII spaces around it (the hex and base64 readers take it so). */
export function spaceTrimmed(text: string): [start: number, end: number] {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * Reads hex text as `fromHex` does, into `out`; returns why the text is not hex (where it goes
 * wrong, in words), or undefined when it is. For callers that try hex before another form.
 */
export function readHex(text: string, name: string, out: number[]): string | undefined {
  const [start, end] = spaceTrimmed(text);
  let i = start;
  if (end - i >= 2 && text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120) i += 2; // 0x
  while (i < end) {
    const hi = hexDigit(text.charCodeAt(i));
    const lo = i + 1 < end ? hexDigit(text.charCodeAt(i + 1)) : -2;
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? i : i + 1;
      if (hi >= 0 && lo === -2) return `it ends with a lone hex digit (${out.length * 2 + 1} digits in all; bytes take two each)`;
      if (hi >= 0 && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 58)) return `character ${at} splits byte ${out.length}; separators go between bytes`;
      return `character ${at} (${charName(text.charCodeAt(at))}) is not a hex digit`;
    }
    if (out.length === MAX_FRAME_BYTES) throw tooLarge(name, `the text holds more than ${MAX_FRAME_BYTES} bytes`);
    out.push(hi * 16 + lo);
    i += 2;
    if (i < end && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 58)) {
      // Between two bytes: whitespace, at most one colon, whitespace.
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i < end && text.charCodeAt(i) === 58) i++;
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) return 'it ends with a separator';
    }
  }
  return undefined;
}

/** The bytes of a string of hex digit pairs that has already been checked. */
export function hexDigitBytes(digits: string): number[] {
  const out: number[] = new Array(digits.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.substr(i * 2, 2), 16);
  return out;
}

/**
 * Normalises what `decode` accepts (bytes, array-like of numbers, or hex text)
 * into a plain array, rejecting anything that is not a byte.
 */
export function toByteArray(frame: unknown, name = 'frame'): number[] {
  return typeof frame === 'string' ? hexBytes(frame, name) : checkedBytes(frame, 'a Uint8Array, an array of bytes or a hex string', name);
}

/**
 * A plain copy of a caller's bytes: a Uint8Array, an array or an array-like of integers 0…255,
 * own elements only (a hole is refused, never filled from a prototype). `expected` says what the
 * caller accepts and `name` names the value, for the error.
 */
export function checkedBytes(frame: unknown, expected: string, name = 'frame'): number[] {
  if (typeof frame !== 'object' || frame === null) {
    throw valueError('INVALID_TYPE', name, frame, `is not a frame; expected ${expected}`);
  }
  let n: unknown;
  try {
    n = (frame as ArrayLike<unknown>).length;
  } catch (e) {
    throw unreadable(name, e);
  }
  if (!(isInteger(n) && n >= 0 && n <= 0xffffffff)) {
    throw valueError('INVALID_TYPE', name, frame, `is not a frame (its length is ${describeValue(n)}); expected ${expected}`);
  }
  if (n > MAX_FRAME_BYTES) throw tooLarge(name, `${n} bytes`);
  const out: number[] = [];
  let i = 0;
  let b: unknown;
  try {
    for (; i < n; i++) {
      b = hasOwnKey(frame, i) ? (frame as ArrayLike<unknown>)[i] : undefined;
      // An integer 0…255 is the one number its low eight bits (`& 255`) equal.
      if (typeof b !== 'number' || (b & 255) !== b) break;
      out.push(b);
    }
  } catch (e) {
    throw unreadable(step(name, i), e);
  }
  if (i < n) throw new CodecError('INVALID_BYTE', `${name}[${i}]: ${describeValue(b)} is not a byte 0…255`, { path: `${name}[${i}]`, offset: i });
  return out;
}

/** A reader over a frame, which must hold at least one command. */
export function frameReader(bytes: number[]): ByteReader {
  if (bytes.length === 0) throw byteError('EMPTY', 0, 'the frame is empty; expected at least one command');
  return new ByteReader(bytes);
}

/**
 * A cursor over a frame that throws a CodecError with the offset instead of reading
 * past the end. `what` names the command, as a path (`Path`) whose text is only written
 * when there is an error to report.
 */
export class ByteReader {
  pos = 0;
  constructor(readonly buf: ArrayLike<number>) {}

  /** Bytes left to read. A method, not a getter: an ES5 getter costs the script a defineProperty. */
  rest(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number, what: Path): void {
    if (this.buf.length - this.pos < n) {
      throw byteError(
        'TRUNCATED',
        this.pos,
        `${pathText(what)} is truncated: needs ${n} more byte${n === 1 ? '' : 's'}, the frame has ${this.rest()}`,
      );
    }
  }

  uint(size: number, what: Path): number {
    this.need(size, what);
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + this.buf[this.pos + i];
    this.pos += size;
    return v;
  }

  bytes(n: number, what: Path): number[] {
    this.need(n, what);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.buf[this.pos + i]);
    this.pos += n;
    return out;
  }
}

/**
 * The writing side of ByteReader: a frame being built, little-endian, with room kept for a
 * byte that is only known later (a query's length, a byte of bit fields).
 */
export class ByteWriter {
  constructor(readonly out: number[] = []) {}

  /** Appends an unsigned or two's-complement integer of `size` bytes (the value must fit). */
  uintLE(v: number, size: number): void {
    if (v < 0) v += Math.pow(2, size * 8);
    for (let i = 0; i < size; i++) {
      this.out.push(v & 0xff);
      v = Math.floor(v / 256); // not >>> 8: that would misbehave for values above 2^31 in a u32
    }
  }

  bytes(bytes: ArrayLike<number>): void {
    for (let i = 0; i < bytes.length; i++) this.out.push(bytes[i]);
  }

  /** Appends a 0 to be set later (in `out`), and returns where it is. */
  reserve(): number {
    this.out.push(0);
    return this.out.length - 1;
  }
}
