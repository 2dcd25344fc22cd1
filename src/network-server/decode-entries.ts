/**
 * The entry points that read (entry.ts): TS013 `decodeUplink` and `decodeDownlink` (ChirpStack v3's
 * `Decode` and TTN v2's `Decoder` are legacy-decode.ts's). Apart from those that write, which they need
 * nothing of: the network-server script compiles each group only for the messages that need it.
 */
import { describeValue } from '../base/errors';
import { decodeFrame, DOWNLINK_FPORT } from '../codec/frame-decode';
import type { DecodedDownlink } from '../codec/frame-decode';
import { decodeUplinkFrame } from '../codec/uplink-codec';
import type { UplinkData } from '../codec/uplink-codec';
import { checkedBytes } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import { hasOwnKey } from '../base/es5';
import { inMakerForms } from '../engine/maker-forms';
import { checkedInput, message } from './entry-common';
import type { DecodeResult, UplinkInput } from './entry-common';

function portWarning(fPort: unknown): string[] {
  return fPort === undefined || fPort === DOWNLINK_FPORT ? [] : [`fPort ${describeValue(fPort)}: the WT102 uses fPort ${DOWNLINK_FPORT}`];
}

/** Network servers give bytes as an array of numbers. */
function frameBytes(bytes: unknown): number[] {
  return checkedBytes(bytes, 'an array of bytes');
}

/** The data and warnings of the uplink `bytes` (the legacy entry points' too: legacy-decode.ts). */
export function uplinkData(bytes: unknown): { data: UplinkData; warnings: string[] } {
  const data = decodeUplinkFrame(frameBytes(bytes));
  const warnings = hasOwnKey(data, 'warnings') ? (data.warnings as string[]) : [];
  delete data.warnings;
  return { data, warnings };
}

/** Whether the device's variable `name` is true (ChirpStack's variables are text: `"true"`). */
function variableSet(variables: unknown, name: string): boolean {
  const v = ownRecord(variables, 'input.variables');
  return v !== undefined && (v[name] === 'true' || v[name] === true);
}

/** What gives decoded data in the maker's current forms (maker-forms.ts), when asked. */
type Forms = (data: UplinkData, variables: unknown) => UplinkData;

/** The maker's forms when the device's variable `maker_forms` is true (ChirpStack). */
export const formsAsked: Forms = (data, variables) => (variableSet(variables, 'maker_forms') ? (inMakerForms(data) as UplinkData) : data);

/**
 * TS013 `decodeUplink` (never throws; errors are returned), in the maker's forms where `forms` gives them.
 * ChirpStack keeps only `data` and `errors` of what a codec returns, so a ChirpStack user sets the device
 * variable `warnings_in_data` to `true` to see the warnings.
 */
function uplinkAnswer(input: UplinkInput, forms: Forms | undefined): DecodeResult<UplinkData> {
  try {
    const given = checkedInput(input);
    const r = uplinkData(given.bytes);
    const data = forms === undefined ? r.data : forms(r.data, given.variables);
    const warnings = portWarning(given.fPort).concat(r.warnings);
    if (warnings.length && variableSet(given.variables, 'warnings_in_data')) data.warnings = warnings;
    return warnings.length ? { data, warnings } : { data };
  } catch (e) {
    return { errors: [message(e)] };
  }
}

/** TS013 `decodeUplink` (ChirpStack v4, the Device Repository): the maker's forms when the device's variable `maker_forms` is true. */
export function decodeUplink(input: UplinkInput): DecodeResult<UplinkData> {
  return uplinkAnswer(input, formsAsked);
}

/** As The Things Stack's console calls it, which passes no variables: as it is (codecs/tts/uplink.js). */
export function decodeUplinkAsIs(input: UplinkInput): DecodeResult<UplinkData> {
  return uplinkAnswer(input, undefined);
}

/** Always in the maker's forms (codecs/tts/uplink-maker.js: The Things Stack passes no variable to ask). */
export function decodeUplinkInMakerForms(input: UplinkInput): DecodeResult<UplinkData> {
  return uplinkAnswer(input, (data) => inMakerForms(data) as UplinkData);
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
