/**
 * Entry points for network-server codec scripts (built into codecs/wt102.js): the LoRa
 * Alliance TS013 functions that ChirpStack v4 and The Things Stack call, and the legacy
 * ones of ChirpStack v3 and TTN v2. A thin layer: all decoding and validation is the core's.
 */
import { CodecError, describeValue, isCodecError, pathError, step, valueError } from '../base/errors';
import { decodeFrame, DOWNLINK_FPORT, encodeFrame } from '../codec/frame';
import type { DecodedDownlink } from '../codec/frame';
import { decodeUplinkFrame } from '../codec/uplink-codec';
import { checkedBytes } from '../base/bytes';
import type { UplinkData } from '../codec/uplink-codec';
import { isServiceId, isSettingKey, serviceRank, writeSettings } from '../engine/encode-downlink';
import { arrayLength, asJsonNulls, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, hasOwnKey, sortedKeys } from '../base/es5';

export interface UplinkInput {
  bytes: number[];
  fPort?: number;
  recvTime?: unknown;
  variables?: unknown;
}
export interface DownlinkInput {
  data: unknown;
  variables?: unknown;
}
export interface DecodeResult<T> {
  data?: T;
  warnings?: string[];
  errors?: string[];
}
export interface EncodeResult {
  bytes?: number[];
  fPort?: number;
  warnings?: string[];
  errors?: string[];
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function portWarning(fPort: unknown): string[] {
  return fPort === undefined || fPort === DOWNLINK_FPORT ? [] : [`fPort ${describeValue(fPort)}: the WT102 uses fPort ${DOWNLINK_FPORT}`];
}

/** Network servers give bytes as an array of numbers. */
function frameBytes(bytes: unknown): number[] {
  return checkedBytes(bytes, 'an array of bytes');
}

function uplinkData(bytes: unknown): { data: UplinkData; warnings: string[] } {
  const data = decodeUplinkFrame(frameBytes(bytes));
  const warnings = hasOwnKey(data, 'warnings') ? (data.warnings as string[]) : [];
  delete data.warnings;
  return { data, warnings };
}

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
 * written (the first such key in one order, `sortedKeys`, for the same reason).
 */
export function eachMakerCall(data: Rec, call: (serviceId: string, inputs: unknown) => void, settings: (run: Rec) => void): void {
  let run: Rec | undefined;
  const services: string[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(data)) {
    if (isServiceId(key)) services.push(key);
    else if (isSettingKey(key)) (run || (run = dict<unknown>()))[key] = data[key];
    else unknown.push(key);
  }
  if (unknown.length > 0) throw pathError('UNKNOWN_SERVICE', step('data', sortedKeys(unknown)[0]), 'neither a WT102 service nor a setting');
  // Settings left undefined are absent; only when nothing else is sent do they make the refusal (EMPTY).
  let given = false;
  for (const key in run) if (run[key] !== undefined) given = true;
  if (run !== undefined && (given || services.length === 0)) settings(run);
  services.sort((a, b) => serviceRank(a) - serviceRank(b));
  for (let i = 0; i < services.length; i++) call(services[i], data[services[i]]);
}

/** The input object the network server passes, as a snapshot; anything else is refused by name rather than with a TypeError. */
function checkedInput(input: unknown): Rec {
  const rec = ownRecord(input, 'input');
  if (rec === undefined) {
    throw valueError('INVALID_TYPE', 'input', input, 'is not the input object a network server passes');
  }
  return rec;
}

/**
 * Whether the device's variables ask for warnings inside `data`: ChirpStack keeps only `data` and
 * `errors` of what a codec returns, so a ChirpStack user sets the device variable
 * `warnings_in_data` to `true` to see them.
 */
function warningsInData(variables: unknown): boolean {
  const v = ownRecord(variables, 'input.variables');
  return v !== undefined && (v.warnings_in_data === 'true' || v.warnings_in_data === true);
}

/** TS013 `decodeUplink`: never throws; errors are returned. */
export function decodeUplink(input: UplinkInput): DecodeResult<UplinkData> {
  try {
    const given = checkedInput(input);
    const r = uplinkData(given.bytes);
    const warnings = portWarning(given.fPort).concat(r.warnings);
    if (warnings.length && warningsInData(given.variables)) r.data.warnings = warnings;
    return warnings.length ? { data: r.data, warnings } : { data: r.data };
  } catch (e) {
    return { errors: [message(e)] };
  }
}

/** TS013 `encodeDownlink`: never throws; errors are returned. */
export function encodeDownlink(input: DownlinkInput): EncodeResult {
  try {
    return { bytes: encodeData(checkedInput(input).data), fPort: DOWNLINK_FPORT };
  } catch (e) {
    return { errors: [message(e)] };
  }
}

/** TS013 `decodeDownlink`: the calls a downlink carries, as `{calls: […]}`; never throws. */
export function decodeDownlink(input: UplinkInput): DecodeResult<{ calls: DecodedDownlink[] }> {
  try {
    const given = checkedInput(input);
    const warnings = portWarning(given.fPort);
    const data = { calls: decodeFrame(frameBytes(given.bytes)) };
    return warnings.length ? { data, warnings } : { data };
  } catch (e) {
    return { errors: [message(e)] };
  }
}

/**
 * A message as ChirpStack v3 shows it: a message thrown from `Decode`/`Encode` passes through Go's
 * `fmt` formatting there, which reads `%` as a verb (`100%` would arrive as `100%!(NOVERB)`).
 * Written `%%`, it arrives as `%`.
 */
function forGoFormatting<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isCodecError(e) && e.message.indexOf('%') >= 0) {
      const where: { path?: string; offset?: number } = {};
      if (e.path !== undefined) where.path = e.path;
      if (e.offset !== undefined) where.offset = e.offset;
      throw new CodecError(e.code, e.message.replace(/%/g, '%%'), where);
    }
    throw e;
  }
}

/** ChirpStack v3 `Decode`: returns the data, throws on error (`%` written `%%`, for Go's formatting). */
export function Decode(_fPort: number, bytes: number[]): UplinkData {
  return forGoFormatting(() => uplinkData(bytes).data);
}

/**
 * ChirpStack v3 `Encode`: returns the bytes, throws on error (`%` written `%%`, for Go's formatting).
 * `obj` comes from JSON through Go, so an undefined in it was a null (`asJsonNulls`).
 */
export function Encode(_fPort: number, obj: unknown): number[] {
  return forGoFormatting(() => asJsonNulls(() => encodeData(obj)));
}

/** TTN v2 `Decoder`: returns the data, throws on error (TTN v2 ran otto too: as `Decode`). */
export function Decoder(bytes: number[], _port: number): UplinkData {
  return forGoFormatting(() => uplinkData(bytes).data);
}

/** TTN v2 `Encoder`: returns the bytes, throws on error (TTN v2 ran otto too: as `Encode`). */
export function Encoder(obj: unknown, _port: number): number[] {
  return forGoFormatting(() => asJsonNulls(() => encodeData(obj)));
}

