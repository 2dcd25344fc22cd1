/**
 * The legacy entry points that read (entry.ts): ChirpStack v3 `Decode` and TTN v2 `Decoder`, which return
 * the data and throw on error. Apart from decode-entries.ts, whose part they take it from: the network-server
 * script compiles them only for the servers that call them.
 */
import type { UplinkData } from '../codec/uplink-codec';
import { formsAsked, uplinkData } from './decode-entries';
import { forGoFormatting } from './go-formatting';

/** ChirpStack v3 `Decode`: returns the data, throws on error (`%` written `%%`, for Go's formatting); its `variables` as v4's. */
export function Decode(_fPort: number, bytes: number[], variables?: unknown): UplinkData {
  return forGoFormatting(() => formsAsked(uplinkData(bytes).data, variables));
}

/** TTN v2 `Decoder`: returns the data, throws on error (TTN v2 ran otto too: as `Decode`). */
export function Decoder(bytes: number[], _port: number): UplinkData {
  return forGoFormatting(() => uplinkData(bytes).data);
}
