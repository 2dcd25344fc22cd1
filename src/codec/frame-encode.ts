/** Downlink frames: sequences of commands, concatenated with no separator (docs/PROTOCOL.md §1). Encoding; decoding is frame-decode.ts's. */
import { CodecError, isCodecError, pathError, valueError } from '../base/errors';
import type { ServiceCall, ServiceId, ServiceInputs } from '../schema/services';
import type { Properties } from '../schema/properties';
import { encodeMakerObject, isMakerObject } from './maker-object';
import { hexOf, toUint8Array } from '../base/bytes';
import { arrayLength, MAX_FRAME_BYTES, ownItem, ownRecord, readOptions, tooLarge } from '../base/caller-input';
import { hasOwnKey, isInteger } from '../base/es5';
import { writeCall } from '../engine/encode-downlink';
import { writeSettings } from '../engine/encode-settings';
import type { SettingsCall } from './frame-decode';


/** What `encode` takes: a service call or a settings object, alone or several in an array. */
export type DownlinkCall = ServiceCall | SettingsCall;

/**
 * The maker's codec object, which `encode` takes too: service ids and settings at top level, and `req`, queries by
 * the maker's object paths. Written in one order whatever the order of its keys: settings (the settings table's
 * order), then services (the service table's), `req` right after request_command_queries.
 */
export type MakerObject = { readonly [S in ServiceId]?: ServiceInputs<S> } & Properties & {
  readonly req?: readonly string[];
  // A call's keys make a call, not a maker's object (so that a misspelt call is a compile error).
  readonly serviceId?: never;
  readonly inputs?: never;
  readonly properties?: never;
};


export interface EncodeOptions {
  /** Refuse frames longer than this many bytes (e.g. the region's limit at the current data rate). */
  maxPayloadSize?: number;
}

function checkOptions(given: unknown): number | undefined {
  if (given === undefined) return undefined;
  const max = readOptions(given, ['maxPayloadSize'], false).maxPayloadSize;
  if (max !== undefined && !(isInteger(max) && max >= 1)) {
    throw valueError('INVALID_OPTION', 'options.maxPayloadSize', max, 'is not a positive integer');
  }
  return max;
}

/** Appends one call: `{properties}` for settings, `{serviceId, inputs}` otherwise. `starts` collects command offsets. */
function encodeItem(given: unknown, out: number[], starts?: number[]): void {
  const item = ownRecord(given, 'call');
  if (item === undefined) {
    throw valueError('INVALID_CALL', 'call', given, 'is not a service call or settings; expected { serviceId, inputs } or { properties }');
  }
  if (hasOwnKey(item, 'properties')) {
    for (const key in item) {
      if (key !== 'properties') {
        throw pathError('INVALID_CALL', key, 'unknown key beside properties; a settings call is { properties } alone');
      }
    }
    writeSettings(item.properties, 'properties', out, starts);
  } else {
    if (starts) starts.push(out.length);
    writeCall(item, out);
  }
}

/**
 * What the library's `encode` functions take: calls and settings (encodeFrame), or the maker's codec object
 * (`{"set_target_temperature": {"value": 21.5}}`), as the network-server scripts and the CLI take it.
 */
function frameOf(call: unknown, starts?: number[]): number[] {
  const rec = arrayLength(call, 'call') < 0 ? ownRecord(call, 'call') : undefined;
  if (rec === undefined || !isMakerObject(rec)) return encodeFrame(call, starts);
  // What the scripts' decodeDownlink gives, `{ calls: […] }`, is taken back as the scripts take it.
  const keys = Object.keys(rec);
  return keys.length === 1 && keys[0] === 'calls' ? encodeFrame(rec.calls, starts) : encodeMakerObject(rec, '', starts);
}

/** Encodes into a plain array: the form network-server scripts need. */
export function encodeToArray(call: DownlinkCall | readonly DownlinkCall[] | MakerObject, options?: EncodeOptions): number[] {
  const max = checkOptions(options);
  const out = frameOf(call);
  if (max !== undefined && out.length > max) {
    throw pathError('PAYLOAD_TOO_LARGE', 'frame', `${out.length} bytes exceed maxPayloadSize ${max}; send fewer commands per frame`);
  }
  return out;
}

/** The commands of a call or calls, each as its own bytes, in frame order. */
export function encodeCommands(call: DownlinkCall | readonly DownlinkCall[] | MakerObject): number[][] {
  const starts: number[] = [];
  const out = frameOf(call, starts);
  const commands: number[][] = [];
  for (let i = 0; i < starts.length; i++) commands.push(out.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : out.length));
  return commands;
}

/** `encodeToArray` without options. */
export function encodeFrame(call: unknown, starts?: number[]): number[] {
  const out: number[] = [];
  const n = arrayLength(call, 'call');
  if (n < 0) {
    encodeItem(call, out, starts);
    if (out.length > MAX_FRAME_BYTES) throw tooLarge('call', `it takes ${out.length} bytes`);
    return out;
  }
  if (n === 0) throw pathError('EMPTY', 'calls', 'the array is empty; there is nothing to send');
  for (let i = 0; i < n; i++) {
    const item = ownItem(call, i, ''); // its path is `[i]`, as the errors of its contents are
    try {
      encodeItem(item, out, starts);
    } catch (e) {
      throw isCodecError(e) ? withIndex(e, i) : e;
    }
    if (out.length > MAX_FRAME_BYTES) throw tooLarge('calls', `the first ${i + 1} calls take ${out.length} bytes`);
  }
  return out;
}

function withIndex(e: CodecError, i: number): CodecError {
  const path = e.path === undefined ? `[${i}]` : `[${i}].${e.path}`;
  return new CodecError(e.code, `[${i}] ${e.message}`, { path });
}

/** Encodes service calls and settings, in order, into one frame of exact downlink bytes. */
export function encode(call: DownlinkCall | readonly DownlinkCall[] | MakerObject, options?: EncodeOptions): Uint8Array {
  return toUint8Array(encodeToArray(call, options));
}

/** As `encode`, as lowercase hex with no separators. */
export function encodeHex(call: DownlinkCall | readonly DownlinkCall[] | MakerObject, options?: EncodeOptions): string {
  return hexOf(encodeToArray(call, options));
}
