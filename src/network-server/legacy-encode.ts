/**
 * The legacy entry points that write (entry.ts): ChirpStack v3 `Encode` and TTN v2 `Encoder`, which return
 * the bytes and throw on error. Apart from encode-entries.ts, whose part they take it from: the network-server
 * script compiles them only for the servers that call them.
 */
import { asJsonNulls } from '../base/caller-input';
import { encodeData } from './encode-entries';
import { forGoFormatting } from './go-formatting';

/**
 * ChirpStack v3 `Encode`: returns the bytes, throws on error (`%` written `%%`, for Go's formatting).
 * `obj` comes from JSON through Go, so an undefined in it was a null (`asJsonNulls`).
 */
export function Encode(_fPort: number, obj: unknown): number[] {
  return forGoFormatting(() => asJsonNulls(() => encodeData(obj)));
}

/** TTN v2 `Encoder`: returns the bytes, throws on error (TTN v2 ran otto too: as `Encode`). */
export function Encoder(obj: unknown, _port: number): number[] {
  return forGoFormatting(() => asJsonNulls(() => encodeData(obj)));
}
