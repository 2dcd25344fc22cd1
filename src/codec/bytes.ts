/** Byte-level helpers: hex text, input normalisation and a bounds-checked reader. */
import { CodecError, describeValue } from '../errors';
import type { CodecErrorCode } from '../errors';

const HEX = '0123456789abcdef';

export function hexByte(b: number): string {
  return HEX[b >> 4] + HEX[b & 15];
}

/** Lowercase hex with no separators. */
export function toHex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
  return s;
}

/** A Uint8Array of `bytes`. Copying element by element is several times faster than `new Uint8Array(array)` on V8. */
export function toUint8Array(bytes: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out;
}

const HEX_TEXT = /^(?:0[xX])?([0-9a-fA-F]*)$/;

/**
 * Reads hex text into bytes. Whitespace between bytes (as in `ef 02 6e 01`) and a
 * leading `0x` are allowed; anything else, or an odd number of digits, is an error.
 */
export function fromHex(text: string): number[] {
  const m = HEX_TEXT.exec(text.replace(/[\s:]+/g, ''));
  if (m === null) {
    throw new CodecError('INVALID_HEX', `frame: ${describeValue(text)} is not hex; expected pairs of 0-9a-f digits`);
  }
  const digits = m[1];
  if (digits.length % 2 !== 0) {
    throw new CodecError('INVALID_HEX', `frame: ${describeValue(text)} has an odd number of hex digits (${digits.length})`);
  }
  return hexDigitBytes(digits);
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
export function toByteArray(frame: unknown): number[] {
  return typeof frame === 'string' ? fromHex(frame) : checkedBytes(frame, 'a Uint8Array, an array of bytes or a hex string');
}

/** A plain copy of an array-like of bytes; `expected` says what the caller accepts, for the error. */
export function checkedBytes(frame: unknown, expected: string): number[] {
  if (typeof frame !== 'object' || frame === null || typeof (frame as ArrayLike<unknown>).length !== 'number') {
    throw new CodecError('INVALID_TYPE', `frame: ${describeValue(frame)} is not a frame; expected ${expected}`);
  }
  const src = frame as ArrayLike<unknown>;
  const n = src.length;
  if (!(n >= 0 && n <= 0xffffffff && Math.floor(n) === n)) {
    throw new CodecError('INVALID_TYPE', `frame: length ${describeValue(n)} is not a valid array length`);
  }
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = src[i];
    if (typeof b !== 'number' || !(b >= 0 && b <= 255) || Math.floor(b) !== b) {
      throw new CodecError('INVALID_BYTE', `frame byte ${i}: ${describeValue(b)} is not a byte 0…255`, { offset: i });
    }
    out[i] = b;
  }
  return out;
}

/** A reader over a frame, which must hold at least one command. */
export function frameReader(bytes: number[]): ByteReader {
  if (bytes.length === 0) throw new CodecError('EMPTY', 'byte 0: the frame is empty; expected at least one command', { offset: 0 });
  return new ByteReader(bytes);
}

/**
 * A cursor over a frame that throws a CodecError with the offset instead of reading
 * past the end. `what` names the command; it is a callback so that the name is only
 * built when there is an error to report.
 */
export class ByteReader {
  pos = 0;
  constructor(readonly buf: ArrayLike<number>) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  error(code: CodecErrorCode, offset: number, message: string): CodecError {
    return new CodecError(code, `byte ${offset}: ${message}`, { offset });
  }

  private need(n: number, what: () => string): void {
    if (this.buf.length - this.pos < n) {
      throw this.error(
        'TRUNCATED',
        this.pos,
        `${what()} is truncated: needs ${n} more byte${n === 1 ? '' : 's'}, the frame has ${this.remaining}`,
      );
    }
  }

  uint(size: number, what: () => string): number {
    this.need(size, what);
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + this.buf[this.pos + i];
    this.pos += size;
    return v;
  }

  bytes(n: number, what: () => string): number[] {
    this.need(n, what);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.buf[this.pos + i]);
    this.pos += n;
    return out;
  }
}
