/**
 * The maker's codec object: service ids and settings at top level (`{"set_target_temperature": {"value": 21.5},
 * "temp_control": {"enable": 1}}`), and `req`, its queries by object path. What the network-server scripts'
 * `encodeDownlink`, the CLI's `--json` and the library's `encode` take beside calls and settings.
 */
import { pathError } from '../base/errors';
import { step } from '../base/path';
import { MAX_FRAME_BYTES, ownRecord, tooLarge } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { dict, sortedKeys } from '../base/es5';
import { isServiceId, serviceRank, writeCall } from '../engine/encode-downlink';
import { isSettingKey, writeSettings } from '../engine/encode-settings';
import { eachIdOfPath } from '../engine/object-paths';

/**
 * The frame of a maker's codec object (a snapshot: `ownRecord`), named under `root` in errors; with `starts`, the
 * offset where each command begins. Errors name its keys as the caller wrote them (`temp_control.enable`).
 */
export function encodeMakerObject(data: Rec, root: string, starts?: number[]): number[] {
  const out: number[] = [];
  eachMakerCall(
    data,
    root,
    (serviceId, inputs) => {
      if (starts) starts.push(out.length);
      writeCall(ownRecord({ serviceId, inputs }, root) as Rec, out);
      if (out.length > MAX_FRAME_BYTES) throw tooLarge(root || 'call', `its calls take ${out.length} bytes`);
    },
    (settings) => writeSettings(settings, '', out, starts),
  );
  return out;
}

/**
 * Whether a caller's object (not a list) is the maker's codec object for the library's `encode`: an object without
 * a call's or settings' key, in any case (`serviceID` is a misspelt call, refused as one).
 */
export function isMakerObject(data: Rec): boolean {
  for (const key in data) if (/^(serviceid|inputs|properties)$/i.test(key)) return false;
  return true;
}

/**
 * The maker's codec object (service and setting ids at top level) in one order whatever the order of
 * its keys, as the maker's encoder writes it: its settings first, as one settings object (no prototype;
 * written in the settings table's order), then its services in the service table's order. Key order
 * cannot be relied on: ChirpStack v3 hands the object over from a Go map (in a new order every time),
 * ChirpStack v4 as a protobuf Struct (keys sorted). A key that is neither is refused before anything is
 * written (the first such key in one order, `sortedKeys`, for the same reason), named under `root` (`data.x`). `req` holds command queries
 * by object path (its codec's since January 2026): each is a request_command_queries call for that ID.
 */
export function eachMakerCall(data: Rec, root: string, call: (serviceId: string, inputs: unknown) => void, settings: (run: Rec) => void): void {
  let run: Rec | undefined;
  const services: string[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(data)) {
    // A service left undefined is absent, as a setting is: `{reset: wanted ? {} : undefined}` must not reset the valve.
    if (isServiceId(key) || key === REQ) data[key] !== undefined && services.push(key);
    else if (isSettingKey(key)) (run || (run = dict<unknown>()))[key] = data[key];
    else unknown.push(key);
  }
  if (unknown.length > 0) throw pathError('UNKNOWN_SERVICE', step(root, sortedKeys(unknown)[0]), 'neither a WT102 service nor a setting');
  // Settings left undefined are absent; only when nothing else is sent do they make the refusal (EMPTY).
  let given = false;
  for (const key in run) if (run[key] !== undefined) given = true;
  if (run !== undefined && (given || services.length === 0)) settings(run);
  else if (services.length === 0) throw pathError('EMPTY', root || 'call', 'nothing to send');
  services.sort((a, b) => makerRank(a) - makerRank(b));
  for (let i = 0; i < services.length; i++) {
    if (services[i] === REQ) eachIdOfPath(data[REQ], REQ, (id) => call(QUERY, { object_command: id }));
    else call(services[i], data[services[i]]);
  }
}

/** The maker's command queries by object path (`"req": ["temp_control.enable", …]`), and the service that sends each. */
const REQ = 'req';
const QUERY = 'request_command_queries';

/** Where a key of the maker's object takes its turn: `req`'s queries just after the service that sends them. */
function makerRank(key: string): number {
  return key === REQ ? serviceRank(QUERY) + 0.5 : serviceRank(key);
}

