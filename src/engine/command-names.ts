/**
 * What a command ID names, for a reply about it: its queryable name (schema/command-ids.ts), else the
 * name of the service or setting it is sent down as. Apart from command-ids.ts, which needs no table.
 */
import { dict, lazy } from '../base/es5';
import { commandIdFromBytes } from '../schema/command-ids';
import { queryableName } from '../schema/command-id-names';
import { SERVICE_ROWS } from '../schema/services';
import { SETTING_ROWS } from '../schema/settings';

/** The names of the commands sent down, by ID in canonical spelling: services, then settings by path. */
const downlinkNames = /* @__PURE__ */ lazy(() => {
  const names = dict<string>();
  const services: { readonly [id: string]: { readonly command: readonly number[] } } = SERVICE_ROWS;
  for (const id of Object.keys(services)) names[commandIdFromBytes(services[id].command)] = id;
  for (const s of SETTING_ROWS) names[commandIdFromBytes(s.command)] = s.path.join('.');
  return names;
});

/** What a downlink command ID names, for a reply about it: its queryable name, else a service's or a setting's. */
export function commandNameOf(id: string): string | undefined {
  const queryable = queryableName(id);
  return queryable !== undefined ? queryable : downlinkNames()[id];
}
