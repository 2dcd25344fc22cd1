/**
 * Uplink frames built from data (the inverse of `decodeUplink`), for tests and device simulators.
 * Readings are written with the reading kinds (reading-kinds.ts), which take values outside their
 * range as far as the wire type holds: the frames that decoding warns about can be built too.
 * The network-server script decodes uplinks but never builds them, and leaves this module out.
 */
import { toUint8Array } from '../base/bytes';
import { dict } from '../base/es5';
import type { Field } from '../schema/fields';
import { writeUplink } from '../engine/placement';
import type { Writing } from '../engine/placement';
import { READING_KINDS } from '../engine/reading-kinds';
import { compileField } from '../engine/struct';
import type { Body } from '../engine/struct';
import type { UplinkData } from './uplink-codec';

/** The body of a command as a device writes it: readings outside their range included. Compiled on first use. */
const readingBodies = dict<Body>();
const AS_A_DEVICE: Writing = {
  reading: {
    body: (name: string, field: Field) => readingBodies[name] || (readingBodies[name] = compileField(field, 'number', READING_KINDS)),
  },
};

/**
 * Builds the frame a device would send for `data` (the inverse of `decodeUplink`):
 * commands in the order of the object's keys, history records last. Top-level
 * copies of event readings are recognised and not sent twice; `warnings` is ignored.
 */
export function encodeUplinkToArray(given: UplinkData): number[] {
  return writeUplink(given, AS_A_DEVICE);
}

/** As `encodeUplinkToArray`, as a Uint8Array. */
export function encodeUplink(data: UplinkData): Uint8Array {
  return toUint8Array(encodeUplinkToArray(data));
}
