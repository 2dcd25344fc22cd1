/**
 * The entry point that writes (entry.ts): TS013 `encodeDownlink` (ChirpStack v3's `Encode` and TTN v2's
 * `Encoder` are legacy-encode.ts's), and what they all take: a call, settings, `{calls}`, or the maker's
 * codec object.
 */
import { pathError, valueError } from '../base/errors';
import { encodeFrame } from '../codec/frame-encode';
import { encodeMakerObject } from '../codec/maker-object';
import { DOWNLINK_FPORT } from '../codec/fport';
import { arrayLength, ownRecord } from '../base/caller-input';
import { hasOwnKey } from '../base/es5';
import { checkedInput, message } from './entry-common';
import type { DownlinkInput, EncodeResult } from './entry-common';

/**
 * Encodes what `encodeDownlink` takes: a service call, a settings object, an array of those,
 * `{calls: […]}` (what `decodeDownlink` returns), or the maker's own codec object (service and
 * setting ids at top level: `{"set_target_temperature": {"value": 21.5}}`).
 */
export function encodeData(given: unknown): number[] {
  if (arrayLength(given, 'data') >= 0) return encodeFrame(given);
  const data = ownRecord(given, 'data');
  if (data === undefined) {
    throw valueError('INVALID_CALL', 'data', given, 'is not a call, a settings object or the maker\'s codec object');
  }
  // A call, settings, or a call whose service id is misspelt (`serviceID`): refused as a call.
  if (hasOwnKey(data, 'serviceId') || hasOwnKey(data, 'properties') || hasOwnKey(data, 'inputs')) return encodeFrame(data);
  const keys = Object.keys(data);
  if (keys.length === 1 && keys[0] === 'calls') return encodeFrame(data.calls);
  // The maker's codec object. Errors name its keys as the caller wrote them (`temp_control.enable`, not `[1].properties…`).
  if (keys.length === 0) throw pathError('EMPTY', 'data', 'empty; there is nothing to send');
  return encodeMakerObject(data, 'data');
}

/** TS013 `encodeDownlink`: never throws; errors are returned. */
export function encodeDownlink(input: DownlinkInput): EncodeResult {
  try {
    return { bytes: encodeData(checkedInput(input).data), fPort: DOWNLINK_FPORT };
  } catch (e) {
    return { errors: [message(e)] };
  }
}
