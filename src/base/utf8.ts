/** UTF-8 by hand: ES5 engines (goja, otto) have no TextEncoder/TextDecoder. */

/** Encodes text as UTF-8 bytes. Lone surrogates are refused (they have no UTF-8 form). */
export function utf8Encode(text: string): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return undefined;
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Decodes well-formed UTF-8 (shortest forms only); undefined for anything else. */
export function utf8Decode(bytes: ArrayLike<number>, from: number, to: number): string | undefined {
  let s = '';
  let i = from;
  while (i < to) {
    const b = bytes[i];
    let c: number;
    let n: number;
    if (b < 0x80) {
      c = b;
      n = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      c = b & 31;
      n = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      c = b & 15;
      n = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      c = b & 7;
      n = 3;
    } else return undefined;
    for (let k = 1; k <= n; k++) {
      const cb = bytes[i + k];
      if (i + k >= to || (cb & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (cb & 63);
    }
    if ((n === 2 && c < 0x800) || (n === 3 && (c < 0x10000 || c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff)) {
      return undefined;
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      s += String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else s += String.fromCharCode(c);
    i += n + 1;
  }
  return s;
}
