/**
 * What fits in one LoRaWAN frame, packing commands into frames, and the bodies the
 * network servers' APIs take. Pure: usable in the core, the CLI and scripts alike.
 */
import { CodecError, pathError, valueError } from './base/errors';
import { DOWNLINK_FPORT, encodeCommands, encodeToArray } from './codec/frame';
import type { DownlinkCall, MakerObject } from './codec/frame';
import { base64Of } from './base/base64';
import { hexOf, toByteArray } from './base/bytes';
import { readOptions } from './base/caller-input';
import type { Rec } from './base/caller-input';
import { hasOwnKey, isInteger } from './base/es5';

export type Region = 'EU868' | 'US915';
export type Direction = 'up' | 'down';

/** Maximum FRMPayload (N) with empty FOpts: [repeater compatible, no repeater], LoRaWAN Regional Parameters 1.0.3 revA. */
const LIMITS: { [region in Region]: { [direction in Direction]: { [dr: number]: [number, number] } } } = {
  EU868: {
    up: { 0: [51, 51], 1: [51, 51], 2: [51, 51], 3: [115, 115], 4: [222, 242], 5: [222, 242], 6: [222, 242], 7: [222, 242] },
    down: { 0: [51, 51], 1: [51, 51], 2: [51, 51], 3: [115, 115], 4: [222, 242], 5: [222, 242], 6: [222, 242], 7: [222, 242] },
  },
  US915: {
    up: { 0: [11, 11], 1: [53, 53], 2: [125, 125], 3: [222, 242], 4: [222, 242] },
    down: { 8: [33, 53], 9: [109, 129], 10: [222, 242], 11: [222, 242], 12: [222, 242], 13: [222, 242] },
  },
};

const REGION_NAMES: { [name: string]: Region } = {
  EU868: 'EU868',
  'EU863-870': 'EU868',
  US915: 'US915',
  'US902-928': 'US915',
};

export interface SizeLimitOptions {
  region: Region | 'EU863-870' | 'US902-928';
  dataRate: number;
  /** Which way the frame travels; downlink by default (what this codec builds). */
  direction?: Direction;
  /** `false` for the figure where no repeater can be present; the repeater-compatible one by default. */
  repeaterCompatible?: boolean;
  /** Bytes of MAC commands riding in FOpts (0…15), taken off the payload. */
  fOptsLength?: number;
}

function optionError(path: string, value: unknown, allowed: string): CodecError {
  return valueError('INVALID_OPTION', path, value, allowed);
}

const SIZE_OPTIONS = ['region', 'dataRate', 'direction', 'repeaterCompatible', 'fOptsLength'];

/** The largest application payload, in bytes, for a region and data rate. */
export function maxPayloadSize(options: SizeLimitOptions): number {
  return sizeLimit(readOptions(options, SIZE_OPTIONS, false));
}

function sizeLimit(options: Rec): number {
  const region = typeof options.region === 'string' && hasOwnKey(REGION_NAMES, options.region) ? REGION_NAMES[options.region] : undefined;
  if (region === undefined) throw optionError('region', options.region, `is not a supported region; allowed: ${Object.keys(REGION_NAMES).join(', ')}`);
  const direction = options.direction === undefined ? 'down' : options.direction;
  if (direction !== 'up' && direction !== 'down') throw optionError('direction', direction, 'is not "up" or "down"');
  const table = LIMITS[region][direction];
  const dr = options.dataRate;
  if (!isInteger(dr) || !hasOwnKey(table, String(dr))) {
    throw optionError('dataRate', dr, `is not ${/^[AEFHILMNORSX]/.test(region) ? 'an' : 'a'} ${region} ${direction}link data rate; allowed: DR${Object.keys(table).join(', DR')}`);
  }
  const repeater = options.repeaterCompatible;
  if (repeater !== undefined && typeof repeater !== 'boolean') throw optionError('repeaterCompatible', repeater, 'is not true or false');
  const fOpts = options.fOptsLength === undefined ? 0 : options.fOptsLength;
  if (!isInteger(fOpts) || fOpts < 0 || fOpts > 15) throw optionError('fOptsLength', fOpts, 'is not an integer 0…15');
  const n = table[dr][repeater === false ? 1 : 0];
  if (n - fOpts < 1) {
    throw optionError('fOptsLength', fOpts, `bytes of MAC commands leave no room for a payload: ${region} ${direction}link DR${dr} carries at most ${n} bytes`);
  }
  return n - fOpts;
}

/** The options a frame limit is given by: `maxPayloadSize`, or those of `maxPayloadSize()`. */
export const LIMIT_OPTIONS: readonly string[] = ['maxPayloadSize', ...SIZE_OPTIONS];

/** The largest payload `given` (a snapshot of options) allows: its `maxPayloadSize`, or its region's and data rate's. */
export function payloadLimit(given: Rec): number {
  if (!hasOwnKey(given, 'maxPayloadSize')) return sizeLimit(given);
  for (const key of SIZE_OPTIONS) if (hasOwnKey(given, key)) throw pathError('INVALID_OPTION', `options.${key}`, 'goes with a region and data rate, not with maxPayloadSize');
  const max = given.maxPayloadSize;
  if (!isInteger(max) || max < 1) throw optionError('maxPayloadSize', max, 'is not a positive integer');
  return max;
}

/**
 * Packs the commands of `calls` into as few frames as possible, in order, never
 * splitting a command. A single command longer than the limit is an error.
 */
export function encodeFrames(calls: DownlinkCall | readonly DownlinkCall[] | MakerObject, limit: SizeLimitOptions | { maxPayloadSize: number }): number[][] {
  const max = payloadLimit(readOptions(limit, ['maxPayloadSize', ...SIZE_OPTIONS], false));
  const frames: number[][] = [];
  let frame: number[] = [];
  for (const command of encodeCommands(calls)) {
    if (command.length > max) {
      throw pathError('PAYLOAD_TOO_LARGE', 'frame', `command ${hexOf(command.slice(0, 3))}${command.length > 3 ? '…' : ''} is ${command.length} bytes; it does not fit in one frame of at most ${max} bytes`);
    }
    if (frame.length + command.length > max) {
      frames.push(frame);
      frame = [];
    }
    for (let i = 0; i < command.length; i++) frame.push(command[i]);
  }
  frames.push(frame);
  return frames;
}

export interface BodyOptions {
  confirmed?: boolean;
  fPort?: number;
}

function bodyOptions(given: BodyOptions | undefined): { confirmed: boolean; fPort: number } {
  const o = readOptions(given, ['confirmed', 'fPort'], true);
  if (o.confirmed !== undefined && typeof o.confirmed !== 'boolean') throw optionError('confirmed', o.confirmed, 'is not true or false');
  const fPort = o.fPort === undefined ? DOWNLINK_FPORT : o.fPort;
  if (!isInteger(fPort) || fPort < 1 || fPort > 223) throw optionError('fPort', fPort, 'is not an application port 1…223');
  return { confirmed: o.confirmed === true, fPort };
}

/** A payload given to the body builders and `buildPhyFromPayload`: the same forms as `decode` takes, and at least one byte. */
export function payloadBytes(payload: unknown): number[] {
  const bytes = toByteArray(payload, 'payload');
  if (bytes.length === 0) throw pathError('EMPTY', 'payload', 'no bytes; a downlink carries at least one command');
  return bytes;
}

/** The body of ChirpStack v4's enqueue request, `POST /api/devices/{devEui}/queue`. */
export function chirpstackEnqueueBody(calls: DownlinkCall | readonly DownlinkCall[] | MakerObject, options?: BodyOptions) {
  const o = bodyOptions(options);
  return chirpstackBody(encodeToArray(calls), o);
}

/**
 * As `chirpstackEnqueueBody`, for an already encoded payload (e.g. one frame of `encodeFrames`):
 * bytes or hex text, as `decode` takes them.
 */
export function chirpstackBodyForPayload(payload: Uint8Array | ArrayLike<number> | string, options?: BodyOptions) {
  const o = bodyOptions(options);
  return chirpstackBody(payloadBytes(payload), o);
}

function chirpstackBody(bytes: number[], o: { confirmed: boolean; fPort: number }) {
  return { queueItem: { confirmed: o.confirmed, fPort: o.fPort, data: base64Of(bytes) } };
}

/** The body of The Things Stack's downlink push (or replace) request. */
export function ttnDownlinkBody(calls: DownlinkCall | readonly DownlinkCall[] | MakerObject, options?: BodyOptions) {
  const o = bodyOptions(options);
  return ttnBody(encodeToArray(calls), o);
}

/** As `ttnDownlinkBody`, for an already encoded payload: bytes or hex text, as `decode` takes them. */
export function ttnBodyForPayload(payload: Uint8Array | ArrayLike<number> | string, options?: BodyOptions) {
  const o = bodyOptions(options);
  return ttnBody(payloadBytes(payload), o);
}

function ttnBody(bytes: number[], o: { confirmed: boolean; fPort: number }) {
  const downlink: { f_port: number; frm_payload: string; priority: string; confirmed?: boolean } = {
    f_port: o.fPort,
    frm_payload: base64Of(bytes),
    priority: 'NORMAL',
  };
  if (o.confirmed) downlink.confirmed = true;
  return { downlinks: [downlink] };
}
