/**
 * The entry points that read (entry.ts): TS013 `decodeUplink` and `decodeDownlink`, ChirpStack v3
 * `Decode`, TTN v2 `Decoder`. Apart from those that write, which they need nothing of: the
 * network-server script compiles each group only for the messages that need it.
 */
import { describeValue } from '../base/errors';
import { decodeFrame, DOWNLINK_FPORT } from '../codec/frame-decode';
import type { DecodedDownlink } from '../codec/frame-decode';
import { decodeUplinkFrame } from '../codec/uplink-codec';
import type { UplinkData } from '../codec/uplink-codec';
import { checkedBytes } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import { hasOwnKey } from '../base/es5';
import { checkedInput, forGoFormatting, message } from './entry-common';
import type { DecodeResult, UplinkInput } from './entry-common';

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

/** ChirpStack v3 `Decode`: returns the data, throws on error (`%` written `%%`, for Go's formatting). */
export function Decode(_fPort: number, bytes: number[]): UplinkData {
  return forGoFormatting(() => uplinkData(bytes).data);
}

/** TTN v2 `Decoder`: returns the data, throws on error (TTN v2 ran otto too: as `Decode`). */
export function Decoder(bytes: number[], _port: number): UplinkData {
  return forGoFormatting(() => uplinkData(bytes).data);
}
