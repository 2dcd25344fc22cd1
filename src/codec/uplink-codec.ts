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
import type { UplinkData } from '../schema/uplink-data';

export type { CommandReply, HistoryRecord, ReportedSchedule, ReportedSettings, UplinkData, UplinkReadings } from '../schema/uplink-data';

/** Decodes everything the valve sends up (bytes, or text: hex, or base64 with `{ encoding: 'base64' }`) into the maker's output shape. */
export function decodeUplink(frame: Uint8Array | ArrayLike<number> | string, options?: DecodeOptions): UplinkData {
  return decodeUplinkFrame(frameBytes(frame, options));
}

/** `decodeUplink` of a frame already checked to be bytes. */
export function decodeUplinkFrame(bytes: number[]): UplinkData {
  return decodeUplinkCommands(bytes) as unknown as UplinkData;
}
