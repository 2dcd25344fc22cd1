#!/usr/bin/env node
// Cost per message of codecs/wt102.js in ChirpStack v4's conditions: a fresh QuickJS runtime,
// the script wrapped in ChirpStack's module template with the npm `buffer` package, one call.
// Reported as the median time per call minus the same for an empty codec script.
// QuickJS runs here as WebAssembly; ChirpStack runs it natively, so absolute figures are higher.
'use strict';
const fs = require('fs');
const path = require('path');
const { chirpstackBufferModule } = require('./chirpstack-buffer-module');
const { getQuickJS } = require('quickjs-emscripten');

const ROOT = path.join(__dirname, '..');
const script = fs.readFileSync(path.join(ROOT, 'codecs', 'wt102.js'), 'utf8');
const EMPTY = 'function decodeUplink(input) { return { data: {} }; }\nfunction encodeDownlink(input) { return { bytes: [] }; }';
const buffer = chirpstackBufferModule();

function run(QuickJS, code, fn, input) {
  const runtime = QuickJS.newRuntime();
  runtime.setModuleLoader((name) => (name === 'buffer' ? buffer : undefined));
  const ctx = runtime.newContext();
  try {
    ctx.unwrapResult(ctx.evalCode(`globalThis.chirpstack_input = ${JSON.stringify(input)};`, 'setup.js', { type: 'global' })).dispose();
    const mod = `import { Buffer } from "buffer";\n\n${code}\n\nexport default ${fn}(chirpstack_input);\n`;
    ctx.unwrapResult(ctx.evalCode(mod, 'codec.js', { type: 'module' })).dispose();
  } finally {
    ctx.dispose();
    runtime.dispose();
  }
}

function median(QuickJS, code, fn, input, n) {
  const t = [];
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    run(QuickJS, code, fn, input);
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return t[t.length >> 1];
}

(async () => {
  const QuickJS = await getQuickJS();
  const N = Number(process.env.BENCH_RUNS || 31);
  const uplink = { bytes: [0x0e, 0x01, 0x66, 0x08, 0x32, 0x66, 0x08, 0x55], fPort: 85, variables: {} };
  const downlink = { data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } }, variables: {} };
  for (let i = 0; i < 5; i++) run(QuickJS, script, 'decodeUplink', uplink); // warm up the WebAssembly
  const empty = median(QuickJS, EMPTY, 'decodeUplink', uplink, N);
  const rows = [
    ['decodeUplink (periodic report)', median(QuickJS, script, 'decodeUplink', uplink, N)],
    ['encodeDownlink (set_target_temperature)', median(QuickJS, script, 'encodeDownlink', downlink, N)],
  ];
  console.log(`\nChirpStack v4 harness (QuickJS as WebAssembly), codecs/wt102.js ${Buffer.byteLength(script)} bytes; median of ${N}; empty script ${empty.toFixed(2)} ms`);
  console.log('| call | ms per message | minus empty script |');
  console.log('|---|---:|---:|');
  for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms - empty).toFixed(2)} |`);
})();
