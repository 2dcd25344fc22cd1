/** Downlink frames read back (docs/PROTOCOL.md §1), and how a frame is given: apart from encoding (frame.ts), which reading needs nothing of. */
import type { CanonicalServiceCall } from '../schema/services';
import { toByteArray } from '../base/bytes';
import { frameEncoding, payloadTextBytes } from '../base/base64';
import type { PayloadEncoding } from '../base/base64';
import { decodeDownlinkCommands } from '../engine/read';
import type { Properties } from '../schema/properties';

/** Settings to write, keyed by the maker's names: `{ properties: { temperature_unit: 1 } }`. */
export interface SettingsCall {
  properties: Properties;
}

export { DOWNLINK_FPORT } from './fport';

/** What `decode` returns for each run of commands: a service call, or the settings it wrote. */
export type DecodedDownlink = CanonicalServiceCall | SettingsCall;

/** How `decode` and `decodeUplink` read a frame given as text. */
export interface DecodeOptions {
  /** `hex` (the default: `5a6608`, `5a 66 08`, `5a:66:08`, `0x5a6608`) or `base64` (`WmYI`, what the network servers' APIs carry). */
  encoding?: PayloadEncoding;
}

/**
 * Decodes a downlink frame (bytes, or text: hex, or base64 with `{ encoding: 'base64' }`) in frame
 * order: service calls in the maker's canonical form, and each run of settings as one
 * `{properties}` object. Accepts exactly the frames `encode` can produce.
 */
export function decode(frame: Uint8Array | ArrayLike<number> | string, options?: DecodeOptions): DecodedDownlink[] {
  return decodeFrame(frameBytes(frame, options));
}

/** The bytes of a frame as `decode` and `decodeUplink` take it. */
export function frameBytes(frame: unknown, options: DecodeOptions | undefined): number[] {
  const encoding = options === undefined ? 'hex' : frameEncoding(options);
  return typeof frame === 'string' && encoding === 'base64' ? payloadTextBytes(frame, encoding, 'frame') : toByteArray(frame);
}

/** `decode` of a frame already checked to be bytes. */
export function decodeFrame(bytes: number[]): DecodedDownlink[] {
  return decodeDownlinkCommands(bytes) as unknown as DecodedDownlink[];
}
