/** Frames: sequences of commands, concatenated with no separator (PROTOCOL.md §1). */
import { CodecError, describeValue } from '../errors';
import type { CanonicalServiceCall, ServiceCall } from '../schema/services';
import { ByteReader, toByteArray, toHex } from './bytes';
import { isInteger } from './es5';
import { decodeServiceCommand, encodeServiceCall } from './service-codec';

/** Milesight's application port for downlinks. */
export const DOWNLINK_FPORT = 85;

export interface EncodeOptions {
  /** Refuse frames longer than this many bytes (e.g. the region's limit at the current data rate). */
  maxPayloadSize?: number;
}

function checkOptions(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CodecError('INVALID_OPTION', `options: ${describeValue(options)} is not an options object`, { path: 'options' });
  }
  for (const key of Object.keys(options)) {
    if (key !== 'maxPayloadSize') {
      throw new CodecError('INVALID_OPTION', `options.${key}: unknown option; allowed: maxPayloadSize`, { path: `options.${key}` });
    }
  }
  const max = (options as EncodeOptions).maxPayloadSize;
  if (max !== undefined && !(isInteger(max) && max >= 1)) {
    throw new CodecError('INVALID_OPTION', `options.maxPayloadSize: ${describeValue(max)} is not a positive integer`, {
      path: 'options.maxPayloadSize',
    });
  }
  return max;
}

/** Encodes into a plain array: the form network-server scripts need. */
export function encodeToArray(call: ServiceCall | readonly ServiceCall[], options?: EncodeOptions): number[] {
  const max = checkOptions(options);
  const out: number[] = [];
  if (Array.isArray(call)) {
    if (call.length === 0) throw new CodecError('EMPTY', 'calls: the array is empty; there is nothing to send');
    for (let i = 0; i < call.length; i++) {
      try {
        encodeServiceCall(call[i], out);
      } catch (e) {
        throw e instanceof CodecError ? withIndex(e, i) : e;
      }
    }
  } else {
    encodeServiceCall(call, out);
  }
  if (max !== undefined && out.length > max) {
    throw new CodecError(
      'PAYLOAD_TOO_LARGE',
      `frame: ${out.length} bytes exceed maxPayloadSize ${max}; send fewer commands per frame`,
    );
  }
  return out;
}

function withIndex(e: CodecError, i: number): CodecError {
  const path = e.path === undefined ? `[${i}]` : `[${i}].${e.path}`;
  return new CodecError(e.code, `[${i}] ${e.message}`, { path });
}

/** Encodes one service call, or several in order into one frame, to the exact downlink bytes. */
export function encode(call: ServiceCall | readonly ServiceCall[], options?: EncodeOptions): Uint8Array {
  const bytes = encodeToArray(call, options);
  // Copying element by element is several times faster than `new Uint8Array(array)` on V8.
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out;
}

/** As `encode`, as lowercase hex with no separators. */
export function encodeHex(call: ServiceCall | readonly ServiceCall[], options?: EncodeOptions): string {
  return toHex(encodeToArray(call, options));
}

/**
 * Decodes a downlink frame (bytes or hex) into its calls, in frame order and in the
 * seed's canonical form. Accepts exactly the frames `encode` can produce.
 */
export function decode(frame: Uint8Array | ArrayLike<number> | string): CanonicalServiceCall[] {
  const bytes = toByteArray(frame);
  if (bytes.length === 0) throw new CodecError('EMPTY', 'byte 0: the frame is empty; expected at least one command', { offset: 0 });
  const r = new ByteReader(bytes);
  const calls: CanonicalServiceCall[] = [];
  while (r.remaining > 0) calls.push(decodeServiceCommand(r) as CanonicalServiceCall);
  return calls;
}
