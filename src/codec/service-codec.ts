/** Service calls ⇄ commands, driven entirely by the service table. */
import { CodecError, describeValue } from '../errors';
import type { ServiceSpec } from '../schema/services';
import { SERVICES } from '../schema/services';
import { ByteReader, hexByte, toHex } from './bytes';
import { dict, hasOwnKey } from './es5';
import { compileBody } from './field-codecs';
import type { Body } from './field-codecs';

const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;
const SERVICE_IDS = Object.keys(TABLE);
const BODIES = dict<Body>();
for (const id of SERVICE_IDS) BODIES[id] = compileBody(TABLE[id].inputs);

/** Prefix tree of command ID bytes → serviceId, for decoding. */
interface CommandNode {
  serviceId?: string;
  next?: { [byte: number]: CommandNode };
}
const COMMANDS: CommandNode = {};
for (const id of SERVICE_IDS) {
  let node = COMMANDS;
  for (const b of TABLE[id].command) {
    node.next = node.next || {};
    node = node.next[b] = node.next[b] || {};
  }
  node.serviceId = id;
}

const CALL_KEYS = dict<true>();
CALL_KEYS.serviceId = true;
CALL_KEYS.inputs = true;

/** Looks up a service by id, refusing prototype keys such as `toString`. */
function serviceOf(serviceId: unknown): ServiceSpec {
  if (typeof serviceId !== 'string') {
    throw new CodecError('INVALID_CALL', `serviceId: ${describeValue(serviceId)} is not a string; expected a service id such as "reboot"`, {
      path: 'serviceId',
    });
  }
  if (!hasOwnKey(TABLE, serviceId)) {
    throw new CodecError('UNKNOWN_SERVICE', `serviceId: ${describeValue(serviceId)} is not a WT102 service; allowed: ${SERVICE_IDS.join(', ')}`, {
      path: 'serviceId',
    });
  }
  return TABLE[serviceId];
}

/** Validates one `{serviceId, inputs}` call and appends its command to `out`. */
export function encodeServiceCall(call: unknown, out: number[]): void {
  if (typeof call !== 'object' || call === null || Array.isArray(call)) {
    throw new CodecError('INVALID_CALL', `call: ${describeValue(call)} is not a service call; expected { serviceId, inputs }`);
  }
  const c = call as { [key: string]: unknown };
  const spec = serviceOf(c.serviceId);
  const serviceId = c.serviceId as string;
  for (const key in c) {
    if (hasOwnKey(c, key) && CALL_KEYS[key] !== true) {
      throw new CodecError('INVALID_CALL', `${serviceId}.${key}: unknown key in the call; allowed: serviceId, inputs`, {
        path: `${serviceId}.${key}`,
      });
    }
  }
  const body = BODIES[serviceId];
  const values = body.parse(c.inputs, serviceId);
  for (let i = 0; i < spec.command.length; i++) out.push(spec.command[i]);
  body.write(values, out);
}

/** A decoded service call in canonical form. */
export interface DecodedCall {
  serviceId: string;
  inputs: { [name: string]: unknown };
}

/** Reads one command at `r.pos` and returns it as a canonical call. */
export function decodeServiceCommand(r: ByteReader): DecodedCall {
  const start = r.pos;
  let node: CommandNode | undefined = COMMANDS;
  while (node.serviceId === undefined) {
    if (r.remaining === 0) {
      throw r.error('TRUNCATED', r.pos, `command ${describeBytes(r.buf, start, r.pos)} is truncated`);
    }
    const b = r.buf[r.pos];
    node = node.next && node.next[b];
    if (node === undefined) {
      throw r.error('UNKNOWN_COMMAND', start, `unknown downlink command ID 0x${hexByte(r.buf[start])}; cannot read the rest of the frame`);
    }
    r.pos++;
  }
  const serviceId = node.serviceId;
  const end = r.pos;
  const inputs = BODIES[serviceId].read(r, () => `${serviceId} (0x${describeBytes(r.buf, start, end)})`);
  return { serviceId, inputs };
}

function describeBytes(buf: ArrayLike<number>, from: number, to: number): string {
  return toHex(Array.prototype.slice.call(buf, from, to) as number[]);
}
