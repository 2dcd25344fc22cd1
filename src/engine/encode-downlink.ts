/**
 * Encoding downlinks: a command's bytes, and service calls. Settings objects, which split by their
 * placements into commands written in the table's order, are encode-settings.ts's (the network-server
 * script compiles them only for a message that holds settings).
 */
import { pathError, valueError } from '../base/errors';
import { step } from '../base/path';
import type { Path } from '../base/path';
import { isPlainData } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { lazy, sortedKeys } from '../base/es5';
import { bodyOf, downlinkCommandNamed, downlinkCommands } from './commands';
import type { Command } from './commands';
import type { Body } from './struct';


export function writeCommand(c: Command, body: Body, value: unknown, path: Path, out: number[], starts?: number[], others?: boolean): void {
  if (starts) starts.push(out.length);
  for (let i = 0; i < c.command.length; i++) out.push(c.command[i]);
  body.encode(value, path, out, others);
}

/* ------------------------------------------------------------------ calls */

const serviceIds = /* @__PURE__ */ lazy(() => {
  const ids: string[] = [];
  for (const c of downlinkCommands().list) if (c.place.to === 'call') ids.push(c.name);
  return ids;
});

/** A key of a call that is not the call's (`serviceID`), under `base`. */
function unknownCallKey(base: Path, keys: string[]) {
  return pathError('INVALID_CALL', step(base, sortedKeys(keys)[0]), 'unknown key in the call; allowed: serviceId, inputs');
}

/** Validates one `{serviceId, inputs}` call (a snapshot of the caller's object) and appends its command to `out`. */
export function writeCall(item: Rec, out: number[]): void {
  const serviceId = item.serviceId;
  let unknown: string[] | undefined;
  for (const key in item) if (key !== 'serviceId' && key !== 'inputs') (unknown || (unknown = [])).push(key);
  // A key that is not the call's (`serviceID`) is named first when the service id is missing.
  if (unknown !== undefined && typeof serviceId !== 'string') throw unknownCallKey('', unknown);
  if (typeof serviceId !== 'string') {
    throw valueError('INVALID_CALL', 'serviceId', serviceId, 'is not a string; expected a service id such as "reboot"');
  }
  const c = serviceNamed(serviceId);
  if (c === undefined) {
    throw valueError('UNKNOWN_SERVICE', 'serviceId', serviceId, `is not a WT102 service; allowed: ${serviceIds().join(', ')}`);
  }
  if (unknown !== undefined) throw unknownCallKey(serviceId, unknown);
  const inputs = item.inputs;
  if (inputs !== undefined && !isPlainData(inputs, step(serviceId, 'inputs'))) {
    throw valueError('INVALID_TYPE', step(serviceId, 'inputs'), inputs, 'is not an object of inputs');
  }
  writeCommand(c, bodyOf(c), inputs, serviceId, out);
}

/** The service whose id is `id`, if there is one. */
function serviceNamed(id: string): Command | undefined {
  const c = downlinkCommandNamed(id);
  return c !== undefined && c.place.to === 'call' ? c : undefined;
}

export function isServiceId(key: string): boolean {
  return serviceNamed(key) !== undefined;
}

/** Where a service takes its turn in the service table (docs/PROTOCOL.md §2–§4, the maker's service page's order); -1 for none. */
export function serviceRank(id: string): number {
  return serviceNamed(id) === undefined ? -1 : serviceIds().indexOf(id);
}
