/**
 * Uplinks (device → server): telemetry, events, replies, history records, device
 * information and reported settings (docs/PROTOCOL.md §5–§6), in the maker's output shape.
 *
 * Strict about structure (unknown ID, truncation, trailing bytes are errors with the
 * offset); lenient about readings (a value outside its range is kept and reported in
 * `warnings`).
 */
import { frameBytes } from './frame-decode';
import type { DecodeOptions } from './frame-decode';
import { decodeUplinkCommands } from '../engine/read';
import { inMakerForms } from '../engine/maker-forms';
import { readOptions } from '../base/caller-input';
import { valueError } from '../base/errors';
import type { UplinkData } from '../schema/uplink-data';

export type { CommandReply, HistoryRecord, ReportedSchedule, ReportedSettings, UplinkData, UplinkReadings } from '../schema/uplink-data';

export interface DecodeUplinkOptions extends DecodeOptions {
  /**
   * Also the maker's current forms (its codec since 2026): beside every temperature `k`, at any depth, its
   * twins `fahrenheit_k` (round(k × 1.8 + 32, 2 decimals)) and `celsius_k` (k). Off by default: they double
   * every temperature.
   */
  maker?: boolean;
}

/** Decoded uplink data with the maker's forms (`{ maker: true }`); the twins of nested temperatures are there too, untyped. */
export type MakerUplinkData = UplinkData & { readonly [twin: `fahrenheit_${string}` | `celsius_${string}`]: number };

/**
 * Decodes everything the valve sends up (bytes, or text: hex, or base64 with `{ encoding: 'base64' }`) into the
 * maker's output shape; with `{ maker: true }`, its current forms too.
 */
export function decodeUplink(frame: Uint8Array | ArrayLike<number> | string, options: DecodeUplinkOptions & { maker: true }): MakerUplinkData;
export function decodeUplink(frame: Uint8Array | ArrayLike<number> | string, options?: DecodeUplinkOptions): UplinkData;
export function decodeUplink(frame: Uint8Array | ArrayLike<number> | string, options?: DecodeUplinkOptions): UplinkData {
  const o = readOptions(options, ['encoding', 'maker'], true);
  if (o.maker !== undefined && typeof o.maker !== 'boolean') throw valueError('INVALID_OPTION', 'options.maker', o.maker, 'is not true or false');
  const data = decodeUplinkFrame(frameBytes(frame, o.encoding === undefined ? undefined : { encoding: o.encoding as DecodeOptions['encoding'] }));
  return o.maker === true ? (inMakerForms(data) as UplinkData) : data;
}

/** `decodeUplink` of a frame already checked to be bytes. */
export function decodeUplinkFrame(bytes: number[]): UplinkData {
  return decodeUplinkCommands(bytes) as unknown as UplinkData;
}
