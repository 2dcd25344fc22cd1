/**
 * The project's example frames as typed data: every uplink and downlink of fixtures/ (bytes from docs/PROTOCOL.md),
 * each with its name, direction, fPort, hex and decoded value, for tests of applications built on WT102 data.
 * Read from the package's fixtures/ folder (Node).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { DownlinkCall } from '../codec/frame';
import type { UplinkData } from '../codec/uplink-codec';

export interface UplinkFixture {
  readonly name: string;
  readonly direction: 'uplink';
  readonly fPort: 85;
  readonly hex: string;
  /** What `decodeUplink` gives for it. */
  readonly data: UplinkData;
}

export interface DownlinkFixture {
  readonly name: string;
  readonly direction: 'downlink';
  readonly fPort: 85;
  readonly hex: string;
  /** The call or settings it is the frame of (what `encode` takes). */
  readonly call: DownlinkCall;
}

/** fixtures/ beside dist/ (or src/, in a clone). */
const FOLDER = join(__dirname, '..', '..', 'fixtures');

function read(name: string): { vectors: { description: string; hex: string; data?: unknown; call?: unknown; properties?: unknown }[] } {
  return JSON.parse(readFileSync(join(FOLDER, name), 'utf8'));
}

function load(): { readonly uplinks: readonly UplinkFixture[]; readonly downlinks: readonly DownlinkFixture[] } {
  const uplinks = read('uplinks.json').vectors.map((v): UplinkFixture => ({ name: v.description, direction: 'uplink', fPort: 85, hex: v.hex, data: v.data as UplinkData }));
  const downlinks = [
    ...read('services.json').vectors.map((v): DownlinkFixture => ({ name: v.description, direction: 'downlink', fPort: 85, hex: v.hex, call: v.call as DownlinkCall })),
    ...read('settings.json').vectors.map((v): DownlinkFixture => ({ name: v.description, direction: 'downlink', fPort: 85, hex: v.hex, call: { properties: v.properties } as DownlinkCall })),
  ];
  return Object.freeze({ uplinks: Object.freeze(uplinks), downlinks: Object.freeze(downlinks) });
}

/** Every example frame: `fixtures.uplinks` (each with its decoded data), `fixtures.downlinks` (each with its call). */
export const fixtures = load();
