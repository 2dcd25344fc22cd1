/** Service calls ⇄ commands, driven entirely by the service table. */
import { pathError, valueError } from '../base/errors';
import type { ServiceRow } from '../schema/services';
import { SERVICE_ROWS } from '../schema/services';
import { commandLabel } from './command-trie';
import type { HandlerSink } from './command-trie';
import { isPlainData } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict } from '../base/es5';
import { compileBody } from '../engine/struct';
import type { Body } from '../engine/struct';

const TABLE: { readonly [id: string]: ServiceRow } = SERVICE_ROWS;
const SERVICE_IDS = Object.keys(TABLE);
const BODIES = dict<Body>();
for (const id of SERVICE_IDS) BODIES[id] = compileBody(TABLE[id].inputs, 'string', { emptyIsUndefined: true });

const CALL_KEYS = dict<true>();
CALL_KEYS.serviceId = true;
CALL_KEYS.inputs = true;

/** Looks up a service by id, refusing prototype keys such as `toString`. */
function serviceOf(serviceId: unknown): ServiceRow {
  if (typeof serviceId !== 'string') {
    throw valueError('INVALID_CALL', 'serviceId', serviceId, 'is not a string; expected a service id such as "reboot"');
  }
  if (BODIES[serviceId] === undefined) {
    throw valueError('UNKNOWN_SERVICE', 'serviceId', serviceId, `is not a WT102 service; allowed: ${SERVICE_IDS.join(', ')}`);
  }
  return TABLE[serviceId];
}

/** Validates one `{serviceId, inputs}` call (a snapshot of the caller's object) and appends its command to `out`. */
export function encodeServiceCall(c: Rec, out: number[]): void {
  const spec = serviceOf(c.serviceId);
  const serviceId = c.serviceId as string;
  for (const key in c) {
    if (CALL_KEYS[key] !== true) {
      throw pathError('INVALID_CALL', `${serviceId}.${key}`, 'unknown key in the call; allowed: serviceId, inputs');
    }
  }
  const inputs = c.inputs;
  if (inputs !== undefined && !isPlainData(inputs, `${serviceId}.inputs`)) {
    throw valueError('INVALID_TYPE', `${serviceId}.inputs`, inputs, 'is not an object of inputs');
  }
  for (let i = 0; i < spec.command.length; i++) out.push(spec.command[i]);
  BODIES[serviceId].encode(inputs, serviceId, out);
}

/** A decoded service call in canonical form. */
export interface DecodedCall {
  serviceId: string;
  inputs: { [name: string]: unknown };
}

/** Registers a decoder for every service command. */
export function addServiceHandlers(trie: HandlerSink<{ kind: 'call'; call: DecodedCall }>): void {
  for (const serviceId of SERVICE_IDS) {
    const command = TABLE[serviceId].command;
    const what = commandLabel(serviceId, command);
    const body = BODIES[serviceId];
    trie.add(command, (r, _start, ctx) => ({
      kind: 'call',
      call: { serviceId, inputs: body.decode(r, what, ctx) as DecodedCall['inputs'] },
    }));
  }
}
