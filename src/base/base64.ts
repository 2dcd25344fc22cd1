/** Base64 by hand: the core has no Buffer, and ES5 engines have no btoa or atob. */
import { checkedBytes, hexBytes, readHex, spaceTrimmed, toUint8Array } from './bytes';
import { MAX_FRAME_BYTES, readOptions, tooLarge } from './caller-input';
import { quoted, valueError } from './errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes the codec has made or checked. */
export function base64Of(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((i + 1 < bytes.length ? bytes[i + 1] : 0) << 8) | (i + 2 < bytes.length ? bytes[i + 2] : 0);
    s += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    s += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return s;
}

/** Standard base64 (with padding) of bytes; anything that is not a byte is refused. */
export function toBase64(bytes: Uint8Array | ArrayLike<number>): string {
  return base64Of(checkedBytes(bytes, 'a Uint8Array or an array of bytes', 'bytes'));
}

/**
 * Reads standard base64 (padding optional, surrounding whitespace ignored) into `out`; returns why the
 * text is not base64 (in words), or undefined when it is. Only the canonical spelling of each byte
 * string is taken: unused bits of the last character must be zero, as every encoder writes them.
 */
export function readBase64(text: string, name: string, out: number[]): string | undefined {
  // Surrounding space as the hex reader takes it (ASCII only), so that text reads alike whatever its margins.
  const t = text.slice(...spaceTrimmed(text));
  const body = t.replace(/={1,2}$/, '');
  if (t.length !== body.length && t.length % 4 !== 0) return 'its padding does not make the length a multiple of 4';
  if (body.length % 4 === 1) return `its ${body.length} characters cannot end a byte (a length of 4n+1 never can)`;
  if (body.length === 0) return 'it is empty';
  if (Math.floor((body.length * 3) / 4) > MAX_FRAME_BYTES) throw tooLarge(name, `the text holds more than ${MAX_FRAME_BYTES} bytes`);
  let bits = 0;
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const v = ALPHABET.indexOf(body.charAt(i));
    if (v < 0) return `character ${i} (${quoted(body.charAt(i))}) is not a base64 digit`;
    bits = (bits << 6) | v;
    n += 6;
    if (n >= 8) {
      n -= 8;
      out.push((bits >> n) & 0xff);
      bits &= (1 << n) - 1;
    }
  }
  if (bits !== 0) return 'its last character has bits set that no byte uses (not how base64 is written)';
  return undefined;
}

const BASE64_EXPECTED = 'expected standard base64 such as "WmYI"';

/** `fromBase64`, with `name` naming the text in errors. */
export function base64Bytes(text: unknown, name: string): number[] {
  if (typeof text !== 'string') throw valueError('INVALID_TYPE', name, text, `is not base64 text; ${BASE64_EXPECTED}`);
  const out: number[] = [];
  const why = readBase64(text, name, out);
  if (why !== undefined) throw valueError('INVALID_BASE64', name, text, `is not base64: ${why}; ${BASE64_EXPECTED}`);
  return out;
}

/** The bytes of standard base64 text (what ChirpStack's and The Things Stack's APIs carry). */
export function fromBase64(text: string): Uint8Array {
  return toUint8Array(base64Bytes(text, 'text'));
}

/** How a payload given as text is written: hex, base64, or (the CLI's default) whichever it reads as, hex first. */
export type PayloadEncoding = 'hex' | 'base64';

/**
 * The bytes of a payload given as text: hex by default, base64 when `encoding` says so; with
 * `auto`, hex when the text reads as hex, else base64 (the CLI's rule), refused with both reasons.
 */
export function payloadTextBytes(text: unknown, encoding: PayloadEncoding | 'auto', name: string): number[] {
  if (encoding === 'base64') return base64Bytes(text, name);
  if (encoding === 'hex' || typeof text !== 'string') return hexBytes(text, name);
  const out: number[] = [];
  const notHex = readHex(text, name, out);
  if (notHex === undefined) return out;
  const bytes: number[] = [];
  const notBase64 = readBase64(text, name, bytes);
  if (notBase64 === undefined) return bytes;
  throw valueError('INVALID_HEX', name, text, `is neither hex (${notHex}) nor base64 (${notBase64})`);
}

/** The `encoding` option of `decode` and `decodeUplink`: how a frame given as text is written. */
export function frameEncoding(options: unknown): PayloadEncoding {
  const o = readOptions(options, ['encoding'], true);
  const e = o.encoding;
  if (e === undefined || e === 'hex' || e === 'base64') return e === undefined ? 'hex' : e;
  throw valueError('INVALID_OPTION', 'options.encoding', e, 'is not "hex" or "base64"');
}
