/**
 * The main job: encode the example call of every service, decode the frame back,
 * and show that the two agree. Run with `npm start`.
 */
import { decode, encodeHex, SERVICES } from './index';
import type { ServiceCall, ServiceSpec } from './index';

const table: { readonly [id: string]: ServiceSpec } = SERVICES;
const rows: string[][] = [['service', 'inputs', 'frame (hex)', 'decoded back', 'ok']];
let failures = 0;

for (const serviceId of Object.keys(table)) {
  const call = { serviceId, inputs: table[serviceId].example } as ServiceCall;
  const hex = encodeHex(call);
  const [back] = decode(hex);
  const ok = 'serviceId' in back && back.serviceId === serviceId && encodeHex(back) === hex;
  if (!ok) failures++;
  rows.push([serviceId, JSON.stringify(call.inputs), hex, JSON.stringify('inputs' in back ? back.inputs : back), ok ? 'yes' : 'NO']);
}

const all = rows.slice(1).map((r) => ({ serviceId: r[0], inputs: JSON.parse(r[1]) })) as ServiceCall[];
const frame = encodeHex(all);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
console.log(`\nAll ${all.length} calls in one frame (${frame.length / 2} bytes, fPort 85):\n${frame}`);
console.log(`Decoded back into ${decode(frame).length} calls.`);
if (failures > 0) {
  console.error(`${failures} service(s) did not round-trip`);
  process.exitCode = 1;
}
