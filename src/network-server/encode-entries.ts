/**
 * The entry points that write (entry.ts): TS013 `encodeDownlink`, ChirpStack v3 `Encode`, TTN v2
 * `Encoder`, and what they take: a call, settings, `{calls}`, or the maker's codec object.
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import { encodeFrame } from '../codec/frame-encode';
import { DOWNLINK_FPORT } from '../codec/fport';
import { isServiceId, isSettingKey, serviceRank, writeSettings } from '../engine/encode-downlink';
import { arrayLength, asJsonNulls, ownRecord } from '../base/caller-input';
import { eachIdOfPath } from '../engine/object-paths';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, sortedKeys } from '../base/es5';
import { checkedInput, forGoFormatting, message } from './entry-common';
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
  const out: number[] = [];
  eachMakerCall(
    data,
    (serviceId, inputs) => out.push(...encodeFrame({ serviceId, inputs })),
    (settings) => writeSettings(settings, '', out),
  );
  return out;
}

/**
 * The maker's codec object (service and setting ids at top level) in one order whatever the order of
 * its keys, as the maker's encoder writes it: its settings first, as one settings object (no prototype;
 * written in the settings table's order), then its services in the service table's order. Key order
 * cannot be relied on: ChirpStack v3 hands the object over from a Go map (in a new order every time),
 * ChirpStack v4 as a protobuf Struct (keys sorted). A key that is neither is refused before anything is
 * written (the first such key in one order, `sortedKeys`, for the same reason). `req` holds command queries
 * by object path (its codec's since January 2026): each is a request_command_queries call for that ID.
 */
export function eachMakerCall(data: Rec, call: (serviceId: string, inputs: unknown) => void, settings: (run: Rec) => void): void {
  let run: Rec | undefined;
  const services: string[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(data)) {
    if (isServiceId(key) || key === REQ) services.push(key);
    else if (isSettingKey(key)) (run || (run = dict<unknown>()))[key] = data[key];
    else unknown.push(key);
  }
  if (unknown.length > 0) throw pathError('UNKNOWN_SERVICE', step('data', sortedKeys(unknown)[0]), 'neither a WT102 service nor a setting');
  // Settings left undefined are absent; only when nothing else is sent do they make the refusal (EMPTY).
  let given = false;
  for (const key in run) if (run[key] !== undefined) given = true;
  if (run !== undefined && (given || services.length === 0)) settings(run);
  services.sort((a, b) => makerRank(a) - makerRank(b));
  for (let i = 0; i < services.length; i++) {
    if (services[i] === REQ) eachIdOfPath(data[REQ], REQ, (id) => call(QUERY, { object_command: id }));
    else call(services[i], data[services[i]]);
  }
}

/** The maker's command queries by object path (`"req": ["temp_control.enable", …]`), and the service that sends each. */
const REQ = 'req';
const QUERY = 'request_command_queries';

/** Where a key of the maker's object takes its turn: `req`'s queries just after the service that sends them. */
function makerRank(key: string): number {
  return key === REQ ? serviceRank(QUERY) + 0.5 : serviceRank(key);
}

/** TS013 `encodeDownlink`: never throws; errors are returned. */
export function encodeDownlink(input: DownlinkInput): EncodeResult {
  try {
    return { bytes: encodeData(checkedInput(input).data), fPort: DOWNLINK_FPORT };
  } catch (e) {
    return { errors: [message(e)] };
  }
}

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
