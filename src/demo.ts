/**
 * The main job (`npm start`): encode the example of every service and every setting,
 * decode each frame back, and decode the uplink examples of docs/PROTOCOL.md §6.
 */
import { decode, decodeUplink, encodeHex, encodeUplinkToArray, SCHEDULE, SERVICES, SETTINGS, toHex } from './index';
import type { DownlinkCall, ServiceSpec } from './index';

const table: { readonly [id: string]: ServiceSpec } = SERVICES;
let failures = 0;

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}

/** Encodes, decodes back, and checks that the decoded form encodes to the same bytes. */
function roundTrip(label: string, call: DownlinkCall, shown: unknown): string[] {
  const hex = encodeHex(call);
  const back = decode(hex);
  const ok = encodeHex(back) === hex;
  if (!ok) failures++;
  const json = JSON.stringify(shown);
  return [label, json.length > 60 ? json.slice(0, 59) + '…' : json, hex, ok ? 'yes' : 'NO'];
}

console.log('Services (downlink, fPort 85)\n');
const serviceRows = [['service', 'inputs', 'frame (hex)', 'decodes back']];
const calls: DownlinkCall[] = [];
for (const serviceId of Object.keys(table)) {
  const call = { serviceId, inputs: table[serviceId].example } as DownlinkCall;
  calls.push(call);
  serviceRows.push(roundTrip(serviceId, call, table[serviceId].example));
}
printTable(serviceRows);
const all = encodeHex(calls);
console.log(`\nAll ${calls.length} calls in one frame (${all.length / 2} bytes):\n${all}\n`);

console.log('Settings (downlink, fPort 85)\n');
const settingRows = [['setting', 'value', 'frame (hex)', 'decodes back']];
for (const s of SETTINGS) {
  if (!('example' in s) || !s.example) continue;
  const value = s.example.value;
  const properties = s.path.length === 1 ? { [s.path[0]]: value } : { [s.path[0]]: { [s.path[1]]: value } };
  settingRows.push(roundTrip(s.path.join('.'), { properties } as DownlinkCall, value));
}
for (const e of SCHEDULE.examples) {
  settingRows.push(roundTrip(SCHEDULE.key, { properties: { schedule_settings: e.value } } as DownlinkCall, e.value));
}
printTable(settingRows);

console.log('\nUplinks (from the valve)\n');
for (const hex of ['0e01660832660855', 'ed0180b326690166080055', 'ef026e01', '01581b']) {
  const data = decodeUplink(hex);
  const again = toHex(encodeUplinkToArray(data));
  if (again !== hex) failures++;
  console.log(`${hex}\n  → ${JSON.stringify(data)}\n  → re-encoded: ${again}${again === hex ? '' : '  (DIFFERS)'}`);
}

if (failures > 0) {
  console.error(`\n${failures} example(s) did not round-trip`);
  process.exitCode = 1;
} else {
  console.log('\nEvery example encoded, decoded and re-encoded to the same bytes.');
}
