/** Base64 by hand: the core has no Buffer, and ES5 engines have no btoa. */
import { checkedBytes } from './bytes';

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
