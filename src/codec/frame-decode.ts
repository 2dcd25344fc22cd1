/** Downlink frames read back (docs/PROTOCOL.md §1), and how a frame is given: apart from encoding (frame.ts), which reading needs nothing of. */
import type { CanonicalServiceCall } from '../schema/services';
import { toByteArray } from '../base/bytes';
import { frameEncoding, payloadTextBytes } from '../base/base64';
import type { PayloadEncoding } from '../base/base64';
import { decodeDownlinkCommands, decodeUplinkCommands } from '../engine/read';
import { CodecError, isCodecError } from '../base/errors';
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
  const bytes = frameBytes(frame, options);
  try {
    return decodeFrame(bytes);
  } catch (e) {
    // A frame the valve sends (`016608`) read as one sent to it: say which function reads it.
    if (!isCodecError(e) || e.code !== 'UNKNOWN_COMMAND' || e.offset !== 0 || !readsAsUplink(bytes)) throw e;
    throw new CodecError(e.code, `${e.message}; the frame reads whole as an uplink (what the valve sends): decodeUplink reads it`, { offset: e.offset });
  }
}

function readsAsUplink(bytes: number[]): boolean {
  try {
    decodeUplinkCommands(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes of a frame as `decode` and `decodeUplink` take it. Text that is not hex but is base64 (as the
 * network servers deliver payloads: `AFU=`) is refused with a pointer to `{ encoding: 'base64' }`: both are
 * text, and guessing would read a payload such as `AeAF`, valid both ways, wrong one way.
 */
export function frameBytes(frame: unknown, options: DecodeOptions | undefined): number[] {
  const encoding = options === undefined ? 'hex' : frameEncoding(options);
  if (typeof frame === 'string' && encoding === 'base64') return payloadTextBytes(frame, encoding, 'frame');
  try {
    return toByteArray(frame);
  } catch (e) {
    if (!isCodecError(e) || e.code !== 'INVALID_HEX' || typeof frame !== 'string' || !readsAsBase64(frame)) throw e;
    throw new CodecError(e.code, `${e.message}; it reads as base64 (as network servers deliver payloads): pass { encoding: 'base64' }`, { path: e.path });
  }
}

function readsAsBase64(text: string): boolean {
  try {
    payloadTextBytes(text, 'base64', 'frame');
    return true;
  } catch {
    return false;
  }
}

/** `decode` of a frame already checked to be bytes. */
export function decodeFrame(bytes: number[]): DecodedDownlink[] {
  return decodeDownlinkCommands(bytes) as unknown as DecodedDownlink[];
}
