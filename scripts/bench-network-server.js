#!/usr/bin/env node
// Cost per message of codecs/wt102.js in ChirpStack v4's conditions: a fresh QuickJS runtime, the
// script wrapped in ChirpStack's module template with the npm `buffer` package, one call.
//
// - Milliseconds, in the test harness (QuickJS as WebAssembly): median per call minus the same for
//   an empty codec script, the calls of every round interleaved (empty script included), so that a
//   busy machine slows them all alike.
// - Instructions, with QJS=/path/to/qjs (a native QuickJS: quickjs-ng or bellard's) and valgrind:
//   each message is one `qjs` process (a fresh runtime) that imports the buffer module, evaluates the
//   script and makes one call, counted by callgrind, minus the same for an empty script. Exact and
//   repeatable where milliseconds are not; ChirpStack's own figures differ by its runtime set-up.
// - Milliseconds natively, with QJS: the script and the call evaluated afresh many times in one runtime.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const { chirpstackBufferModule } = require('./chirpstack-buffer-module');
const { getQuickJS } = require('quickjs-emscripten');

const ROOT = path.join(__dirname, '..');
const script = fs.readFileSync(path.join(ROOT, 'codecs', 'wt102.js'), 'utf8');
const EMPTY =
  'function decodeUplink(input) { return { data: {} }; }\nfunction encodeDownlink(input) { return { bytes: [] }; }\nfunction decodeDownlink(input) { return { data: {} }; }';
const buffer = chirpstackBufferModule();
const CALLS = [
  ['decodeUplink (periodic report)', 'decodeUplink', { bytes: [0x0e, 0x01, 0x66, 0x08, 0x32, 0x66, 0x08, 0x55], fPort: 85, variables: {} }],
  ['encodeDownlink (set_target_temperature)', 'encodeDownlink', { data: { serviceId: 'set_target_temperature', inputs: { value: 21.5 } }, variables: {} }],
  ['decodeDownlink (5a6608)', 'decodeDownlink', { bytes: [0x5a, 0x66, 0x08], fPort: 85, variables: {} }],
];

/** One message in the harness: a fresh runtime, the module template, the call. */
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

const median = (t) => t.slice().sort((a, b) => a - b)[t.length >> 1];

/** Interleaved rounds: in each, every call with the script and with the empty script, one after another. */
function harness(QuickJS, rounds) {
  const times = CALLS.map(() => ({ script: [], empty: [] }));
  for (let r = 0; r < rounds; r++) {
    CALLS.forEach(([, fn, input], i) => {
      for (const [key, code] of [['script', script], ['empty', EMPTY]]) {
        const s = process.hrtime.bigint();
        run(QuickJS, code, fn, input);
        times[i][key].push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    });
  }
  console.log(`\nChirpStack v4 harness (QuickJS as WebAssembly), codecs/wt102.js ${Buffer.byteLength(script)} bytes; median of ${rounds} interleaved rounds`);
  console.log('| call | ms per message | minus empty script |');
  console.log('|---|---:|---:|');
  CALLS.forEach(([name], i) => {
    const ms = median(times[i].script);
    console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms - median(times[i].empty)).toFixed(2)} |`);
  });
}

/** The first line `qjs -h` prints: its name and version (it exits with status 1). */
function qjsVersion(qjs) {
  const r = spawnSync(qjs, ['-h'], { encoding: 'utf8' });
  return `${r.stdout || ''}${r.stderr || ''}`.split('\n')[0].trim();
}

/** Instructions per message in a native qjs under callgrind: one process per message, minus an empty script. */
function instructions(qjs) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('\nInstructions per message: valgrind is missing (apt-get install -y valgrind).');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-cost-'));
  try {
    fs.writeFileSync(path.join(dir, 'buffer.js'), buffer);
    const count = (code, fn, input) => {
      const file = path.join(dir, 'message.mjs');
      // The module template, with the buffer module beside it (a bare "buffer" is not resolved by qjs).
      fs.writeFileSync(file, `import { Buffer } from "./buffer.js";\n\n${code}\n\nvar chirpstack_input = ${JSON.stringify(input)};\nprint(JSON.stringify(${fn}(chirpstack_input)));\n`);
      const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', qjs, '-m', file], { encoding: 'utf8' });
      const m = /Collected : (\d+)/.exec(r.stderr || '');
      if (r.status !== 0 || m === null) throw new Error(`qjs under valgrind failed: ${(r.stderr || '').slice(-400)}`);
      return { ir: Number(m[1]), out: r.stdout.trim() };
    };
    console.log(`\nInstructions per message, ${qjsVersion(qjs)} under callgrind (a process per message), minus an empty script`);
    console.log('| call | M instructions | result |');
    console.log('|---|---:|---|');
    for (const [name, fn, input] of CALLS) {
      const s = count(script, fn, input);
      const e = count(EMPTY, fn, input);
      console.log(`| ${name} | ${((s.ir - e.ir) / 1e6).toFixed(2)} | \`${s.out.slice(0, 60)}\` |`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Milliseconds natively: the script and the call evaluated afresh (indirect eval) 300 times in one
 * runtime, minus the empty script. The code is written into the file, so neither bellard's `std`
 * nor quickjs-ng's `qjs:std` module is needed.
 */
function nativeMs(qjs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-qjs-'));
  try {
    const file = path.join(dir, 'bench.js');
    fs.writeFileSync(
      file,
      `var code = ${JSON.stringify(script)};
var empty = ${JSON.stringify(EMPTY)};
var calls = ${JSON.stringify(CALLS)};
function time(src, n) { var i, t0; for (i = 0; i < 20; i++) (0, eval)(src); t0 = Date.now(); for (i = 0; i < n; i++) (0, eval)(src); return (Date.now() - t0) / n; }
var out = [];
for (var k = 0; k < calls.length; k++) {
  var call = ';' + calls[k][1] + '(' + JSON.stringify(calls[k][2]) + ')';
  out.push([calls[k][0], time(code + call, 300), time(empty + call, 300)]);
}
print(JSON.stringify(out));
`,
    );
    const r = spawnSync(qjs, [file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`qjs failed: ${r.stderr}`);
    console.log(`\nNative ${qjsVersion(qjs)}: mean of 300 evaluations per call, in one runtime`);
    console.log('| call | ms per message | minus empty script |');
    console.log('|---|---:|---:|');
    for (const [name, ms, emptyMs] of JSON.parse(r.stdout)) console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms - emptyMs).toFixed(2)} |`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  const QuickJS = await getQuickJS();
  for (let i = 0; i < 5; i++) run(QuickJS, script, 'decodeUplink', CALLS[0][2]); // warm up the WebAssembly
  harness(QuickJS, Number(process.env.BENCH_RUNS || 31));
  if (process.env.QJS) {
    nativeMs(process.env.QJS);
    instructions(process.env.QJS);
  } else {
    console.log('\nWith QJS=/path/to/qjs (and valgrind), also natively, and in instructions per message.');
  }
})();
