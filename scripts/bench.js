#!/usr/bin/env node
// Speed of encode and decode on a few representative frames: median ns per call
// over repeated batches. A benchmark, not a test: it asserts nothing.
// BENCH_LIB=/path/to/checkout times that checkout's build (its dist/) with these same rows:
// scripts/bench-compare.js runs two builds so.
'use strict';
const os = require('os');
const path = require('path');
const lib = process.env.BENCH_LIB ? path.resolve(process.env.BENCH_LIB, 'dist') : '../dist';
const { encode, decode, decodeUplink, encodeUplink } = require(lib);

const CASES = [
  { name: 'set_target_temperature', call: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } } },
  { name: 'reboot', call: { serviceId: 'reboot', inputs: {} } },
  { name: 'delete_schedule "255"', call: { serviceId: 'delete_schedule', inputs: { type: '255' } } },
  { name: 'request_command_queries 0X6E01', call: { serviceId: 'request_command_queries', inputs: { length: 2, object_command: '0X6E01' } } },
  {
    name: 'retrieve_historical_data_by_time_range',
    call: {
      serviceId: 'retrieve_historical_data_by_time_range',
      inputs: { start_time: '2025-11-26T08:00:00Z', end_time: '2025-11-26T09:00:00Z' },
    },
  },
  {
    name: '3 calls in one frame',
    call: [
      { serviceId: 'set_target_temperature', inputs: { value: 21.5 } },
      { serviceId: 'request_command_queries', inputs: { object_command: '0X6E01' } },
      { serviceId: 'set_opening_window', inputs: { state: '1' } },
    ],
  },
];

const SETTINGS_CASES = [
  { name: 'settings: temp_control enable + resolution', call: { properties: { temp_control: { enable: 1, target_temperature_resolution: 0 } } } },
  {
    name: 'settings: daylight_saving_time',
    call: {
      properties: {
        daylight_saving_time: {
          enable: 1, daylight_saving_time_offset: 60, start_month: 3, start_week_num: 5, start_week_day: 7,
          start_hour_min: 120, end_month: 10, end_week_num: 5, end_week_day: 7, end_hour_min: 180,
        },
      },
    },
  },
];
const UPLINK_CASES = [
  { name: 'uplink: periodic report', hex: '0e01660832660855' },
  { name: 'uplink: history record', hex: 'ed0180b326690166080055' },
  { name: 'uplink: battery + temperature', hex: '0055016608' },
];
CASES.push(...SETTINGS_CASES);

const BATCHES = Number(process.env.BENCH_BATCHES || 41);
const TARGET_BATCH_NS = 20e6;

function medianNsPerOp(fn) {
  let n = 1000;
  // Size the batch so that one batch takes about 20 ms, after a warm-up.
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const dt = Number(process.hrtime.bigint() - t0);
    if (dt > TARGET_BATCH_NS / 4) {
      n = Math.max(1, Math.round((n * TARGET_BATCH_NS) / dt));
      break;
    }
    n *= 4;
  }
  const samples = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

let sink = 0;
const rows = [];
for (const c of CASES) {
  const bytes = encode(c.call);
  const hex = Buffer.from(bytes).toString('hex');
  const encNs = medianNsPerOp(() => {
    sink += encode(c.call).length;
  });
  const decNs = medianNsPerOp(() => {
    sink += decode(bytes).length;
  });
  rows.push([c.name, hex, encNs.toFixed(0), decNs.toFixed(0)]);
}

for (const c of UPLINK_CASES) {
  const bytes = Buffer.from(c.hex, 'hex');
  const data = decodeUplink(bytes);
  const encNs = medianNsPerOp(() => {
    sink += encodeUplink(data).length;
  });
  const decNs = medianNsPerOp(() => {
    sink += Object.keys(decodeUplink(bytes)).length;
  });
  rows.push([c.name, c.hex, encNs.toFixed(0), decNs.toFixed(0)]);
}

const head = ['frame', 'hex', 'encode ns', 'decode ns'];
const all = [head, ...rows];
const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((c, i) => (i >= 2 ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ') + ' |';
console.log(`wt102-codec bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0].model.trim()} (${os.cpus().length} cores); median of ${BATCHES} batches`);
console.log(line(head));
console.log('|' + w.map((x, i) => (i >= 2 ? '-'.repeat(x + 1) + ':' : '-'.repeat(x + 2))).join('|') + '|');
for (const r of rows) console.log(line(r));
if (sink === 0) console.log('');
