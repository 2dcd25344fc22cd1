#!/usr/bin/env node
// Cost per message of codecs/wt102.js in ChirpStack v4's conditions: a fresh QuickJS runtime,
// the script wrapped in ChirpStack's module template with the npm `buffer` package, one call.
// Reported as the median time per call minus the same for an empty codec script.
// QuickJS runs here as WebAssembly; ChirpStack runs it natively, so absolute figures are higher.
// With QJS=/path/to/qjs (a native QuickJS build), the same calls are also timed natively:
// each evaluates the whole script afresh (in one runtime, so runtime creation is not counted).
'use strict';
const fs = require('fs');
const path = require('path');
const { chirpstackBufferModule } = require('./chirpstack-buffer-module');
const { execFileSync, spawnSync } = require('child_process');
const os = require('os');
const { getQuickJS } = require('quickjs-emscripten');

const ROOT = path.join(__dirname, '..');
const script = fs.readFileSync(path.join(ROOT, 'codecs', 'wt102.js'), 'utf8');
const EMPTY =
  'function decodeUplink(input) { return { data: {} }; }\nfunction encodeDownlink(input) { return { bytes: [] }; }\nfunction decodeDownlink(input) { return { data: {} }; }';
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
  const downlinkFrame = { bytes: [0x5a, 0x66, 0x08], fPort: 85, variables: {} };
  for (let i = 0; i < 5; i++) run(QuickJS, script, 'decodeUplink', uplink); // warm up the WebAssembly
  const empty = median(QuickJS, EMPTY, 'decodeUplink', uplink, N);
  const rows = [
    ['decodeUplink (periodic report)', median(QuickJS, script, 'decodeUplink', uplink, N)],
    ['encodeDownlink (set_target_temperature)', median(QuickJS, script, 'encodeDownlink', downlink, N)],
    ['decodeDownlink (5a6608)', median(QuickJS, script, 'decodeDownlink', downlinkFrame, N)],
  ];
  console.log(`\nChirpStack v4 harness (QuickJS as WebAssembly), codecs/wt102.js ${Buffer.byteLength(script)} bytes; median of ${N}; empty script ${empty.toFixed(2)} ms`);
  console.log('| call | ms per message | minus empty script |');
  console.log('|---|---:|---:|');
  for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms - empty).toFixed(2)} |`);
  if (process.env.QJS) {
    native(process.env.QJS, [
      ['decodeUplink (periodic report)', 'decodeUplink', uplink],
      ['encodeDownlink (set_target_temperature)', 'encodeDownlink', downlink],
      ['decodeDownlink (5a6608)', 'decodeDownlink', downlinkFrame],
    ]);
  }
})();

/** Times the calls in a native `qjs`: the script and the call evaluated afresh each time, minus the empty script. */
function native(qjs, calls) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-qjs-'));
  const file = path.join(dir, 'bench.js');
  fs.writeFileSync(
    file,
    `import * as std from 'std';
const code = std.loadFile(${JSON.stringify(path.join(ROOT, 'codecs', 'wt102.js'))});
const empty = ${JSON.stringify(EMPTY)};
function time(src, n) { for (let i = 0; i < 20; i++) std.evalScript(src); const t0 = Date.now(); for (let i = 0; i < n; i++) std.evalScript(src); return (Date.now() - t0) / n; }
const calls = ${JSON.stringify(calls)};
const out = [];
for (const [name, fn, input] of calls) {
  const call = ';' + fn + '(' + JSON.stringify(input) + ')';
  out.push([name, time(code + call, 500), time(empty + call, 500)]);
}
print(JSON.stringify(out));
`,
  );
  try {
    const rows = JSON.parse(execFileSync(qjs, ['--std', file], { encoding: 'utf8' }));
    // `qjs -h` prints the version first, and exits with status 1.
    const version = spawnSync(qjs, ['-h'], { encoding: 'utf8' }).stdout.split('\n')[0];
    console.log(`\nNative ${version}: mean of 500 evaluations per call`);
    console.log('| call | ms per message | minus empty script |');
    console.log('|---|---:|---:|');
    for (const [name, ms, emptyMs] of rows) console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms - emptyMs).toFixed(2)} |`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
