#!/usr/bin/env node
// Cost per message of codecs/wt102.js (or BENCH_SCRIPT) in ChirpStack v4's conditions: a fresh QuickJS
// runtime, the script wrapped in ChirpStack's module template with the npm `buffer` package, one call;
// over every kind of message the fixtures hold (every uplink, warned and refused frame; every service,
// setting, multi-call frame and refused call, encoded and decoded), not a chosen few.
//
// - Milliseconds, in the test harness (QuickJS as WebAssembly): median per call minus the same for
//   an empty codec script, the calls of every round interleaved (empty script included), so that a
//   busy machine slows them all alike. Printed per kind of message (the distribution and its worst
//   message), and per message with BENCH_ALL=1.
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
const SCRIPT = process.env.BENCH_SCRIPT || path.join(ROOT, 'codecs', 'wt102.js');
const script = fs.readFileSync(SCRIPT, 'utf8');
const EMPTY =
  'function decodeUplink(input) { return { data: {} }; }\nfunction encodeDownlink(input) { return { bytes: [] }; }\nfunction decodeDownlink(input) { return { data: {} }; }';
const buffer = chirpstackBufferModule();

/** Every message of the fixtures, as [kind, name, entry point, input]. */
function messages() {
  const fixture = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', `${name}.json`), 'utf8'));
  const services = fixture('services');
  const settings = fixture('settings');
  const uplinks = fixture('uplinks');
  const invalid = fixture('invalid');
  const bytes = (hex) => Array.from(Buffer.from(hex, 'hex'));
  const up = (hex) => ({ bytes: bytes(hex), fPort: 85, variables: {} });
  const down = (data) => ({ data, variables: {} });
  const out = [];
  // What a valve sends: a reading, an event, a report, a reply, a history record, device information, a setting.
  for (const v of uplinks.vectors) out.push([v.data.history ? 'uplink: history records' : v.data.ans ? 'uplink: replies' : 'uplink: readings, events, reports, settings', v.description, 'decodeUplink', up(v.hex)]);
  for (const v of uplinks.warnings) out.push(['uplink: with a warning', v.description, 'decodeUplink', up(v.hex)]);
  for (const v of uplinks.invalid) out.push(['uplink: refused', v.description, 'decodeUplink', up(v.hex)]);
  for (const v of services.vectors) {
    out.push(['downlink: a service call, encoded', `${v.call.serviceId}: ${v.description}`, 'encodeDownlink', down(v.call)]);
    out.push(['downlink: a service call, decoded', `${v.call.serviceId}: ${v.description}`, 'decodeDownlink', up(v.hex)]);
  }
  for (const v of settings.vectors) {
    const schedule = v.properties.schedule_settings !== undefined;
    out.push([`downlink: ${schedule ? 'schedules' : 'settings'}, encoded`, v.description, 'encodeDownlink', down({ properties: v.properties })]);
    out.push([`downlink: ${schedule ? 'schedules' : 'settings'}, decoded`, v.description, 'decodeDownlink', up(v.hex)]);
  }
  for (const f of services.frames) {
    out.push(['downlink: several calls, encoded', f.description, 'encodeDownlink', down(f.calls)]);
    out.push(['downlink: several calls, decoded', f.description, 'decodeDownlink', up(f.hex)]);
  }
  for (const c of invalid.calls) if (c.call !== null) out.push(['downlink: refused, encoding', c.description, 'encodeDownlink', down(c.call)]);
  for (const c of settings.invalid) out.push(['downlink: refused, encoding', c.description, 'encodeDownlink', down('call' in c ? c.call : { properties: c.properties })]);
  for (const f of [...invalid.frames, ...settings.invalidFrames]) out.push(['downlink: refused, decoding', f.description, 'decodeDownlink', up(f.hex)]);
  for (const [description, fn, input] of largestFrames(uplinks, settings)) out.push(['largest frames', description, fn, input]);
  return out;
}

/**
 * The largest frames a message carries (issue 22 holds them to a bar of their own), made with the library from the
 * fixtures: 22 history records (242 bytes, the most a LoRaWAN payload holds), 5 schedules with every field, and
 * every setting at once (each group with the most members its fixtures set together), each encoded and decoded.
 */
function largestFrames(uplinks, settings) {
  const lib = require(path.join(ROOT, 'dist'));
  const record = uplinks.vectors.find((v) => v.description === 'history record').data.history[0];
  const records = Array.from({ length: 22 }, (_, i) => ({ ...record, timestamp: record.timestamp + 600 * i }));
  const days = { execution_day_sun: 1, execution_day_mon: 1, execution_day_tues: 0, execution_day_wed: 1, execution_day_thur: 1, execution_day_fri: 1, execution_day_sat: 0 };
  const schedules = Array.from({ length: 5 }, (_, id) => ({
    id,
    enable: 1,
    start_time: 480 + id,
    cycle_settings: days,
    temperature_control_mode: 2,
    target_temperature: 21.5,
    target_valve_status: 50,
    pre_heating_enable: 1,
    pre_heating_mode: 1,
    pre_heating_manual_time: 30,
    report_cycle: 10,
  }));
  const every = {};
  for (const v of settings.vectors) {
    for (const [key, value] of Object.entries(v.properties)) {
      if (key === 'schedule_settings') continue;
      if (every[key] === undefined) every[key] = value;
      else if (typeof value === 'object' && typeof every[key] === 'object') {
        // Members of a group join when the valve takes them together (a mode's branch excludes the others).
        const joined = { ...every[key], ...value };
        try {
          lib.encode({ properties: { [key]: joined } });
          every[key] = joined;
        } catch (e) {
          // keep what there was
        }
      }
    }
  }
  const down = (data) => ({ data, variables: {} });
  const up = (bytes) => ({ bytes: Array.from(bytes), fPort: 85, variables: {} });
  const history = lib.encodeUplink({ history: records });
  const frames = [];
  frames.push([`22 history records (${history.length} bytes)`, 'decodeUplink', up(history)]);
  for (const [name, properties] of [['5 schedules, every field', { schedule_settings: schedules }], [`every setting at once (${Object.keys(every).length} keys)`, every]]) {
    const bytes = lib.encode({ properties });
    frames.push([`${name}, encoded (${bytes.length} bytes)`, 'encodeDownlink', down({ properties })]);
    frames.push([`${name}, decoded`, 'decodeDownlink', up(bytes)]);
  }
  return frames;
}
const CALLS = messages();

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

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Per kind of message: how many, the median, the 90th percentile, the worst and which message it is. */
function distribution(rows, unit, digits) {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  console.log(`| kind of message | messages | median ${unit} | 90 % | worst | worst message |`);
  console.log('|---|---:|---:|---:|---:|---|');
  const line = (kind, list) => {
    const sorted = list.map((r) => r.cost).sort((a, b) => a - b);
    const worst = list.reduce((w, r) => (r.cost > w.cost ? r : w));
    console.log(`| ${kind} | ${list.length} | ${quantile(sorted, 0.5).toFixed(digits)} | ${quantile(sorted, 0.9).toFixed(digits)} | ${worst.cost.toFixed(digits)} | ${worst.name} |`);
  };
  for (const kind of kinds) line(kind, rows.filter((r) => r.kind === kind));
  line('**every message**', rows);
  if (process.env.BENCH_ALL) {
    console.log(`\n| message | entry point | ${unit} |\n|---|---|---:|`);
    for (const r of rows) console.log(`| ${r.kind}: ${r.name} | ${r.fn} | ${r.cost.toFixed(digits)} |`);
  }
}

/** Interleaved rounds: in each, every call with the script and with the empty script, one after another. */
function harness(QuickJS, rounds) {
  const times = CALLS.map(() => ({ script: [], empty: [] }));
  for (let r = 0; r < rounds; r++) {
    CALLS.forEach(([, , fn, input], i) => {
      for (const [key, code] of [['script', script], ['empty', EMPTY]]) {
        const s = process.hrtime.bigint();
        run(QuickJS, code, fn, input);
        times[i][key].push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    });
  }
  console.log(`\nChirpStack v4 harness (QuickJS as WebAssembly), ${path.relative(ROOT, SCRIPT)} ${Buffer.byteLength(script)} bytes; ${CALLS.length} messages, median of ${rounds} interleaved rounds each, minus the empty script`);
  distribution(
    CALLS.map(([kind, name, fn], i) => ({ kind, name, fn, cost: median(times[i].script) - median(times[i].empty) })),
    'ms',
    2,
  );
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
    console.log(`\nInstructions per message, ${qjsVersion(qjs)} under callgrind (a process per message), minus an empty script, in millions`);
    const empty = {};
    const rows = CALLS.map(([kind, name, fn, input]) => {
      if (empty[fn] === undefined) empty[fn] = count(EMPTY, fn, input).ir;
      return { kind, name, fn, cost: (count(script, fn, input).ir - empty[fn]) / 1e6 };
    });
    distribution(rows, 'M', 2);
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
var calls = ${JSON.stringify(CALLS.map(([kind, name, fn, input]) => [kind + ': ' + name, fn, input]))};
function time(src, n) { var i, t0; for (i = 0; i < 3; i++) (0, eval)(src); t0 = Date.now(); for (i = 0; i < n; i++) (0, eval)(src); return (Date.now() - t0) / n; }
var out = [];
for (var k = 0; k < calls.length; k++) {
  var call = ';' + calls[k][1] + '(' + JSON.stringify(calls[k][2]) + ')';
  out.push([calls[k][0], time(code + call, 30), time(empty + call, 30)]);
}
print(JSON.stringify(out));
`,
    );
    const r = spawnSync(qjs, [file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`qjs failed: ${r.stderr}`);
    console.log(`\nNative ${qjsVersion(qjs)}: mean of 30 evaluations per message, in one runtime, minus the empty script`);
    distribution(
      JSON.parse(r.stdout).map(([, ms, emptyMs], i) => ({ kind: CALLS[i][0], name: CALLS[i][1], fn: CALLS[i][2], cost: ms - emptyMs })),
      'ms',
      3,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Milliseconds in otto (ChirpStack v3's engine: `Decode` and `Encode`) and goja (The Things Stack's engine
 * family), with the runners `npm run test:engines` builds into .engines/ (Debian's packages, a process per
 * message, as those servers start a VM per message): wall time, best of 3, minus the same for an empty
 * script. Debian's goja is older than The Things Stack's and its otto need not be ChirpStack's: the
 * figures compare kinds of message and scripts, not servers.
 */
function engines() {
  const runner = (engine) => {
    const bin = path.join(ROOT, '.engines', engine, engine);
    return fs.existsSync(bin) ? bin : undefined;
  };
  const otto = runner('otto');
  const goja = runner('goja');
  if (!otto || !goja) {
    console.log('\nWith the runners of `npm run test:engines` (.engines/), also in otto and goja.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-engines-'));
  try {
    const empty = path.join(dir, 'empty.js');
    fs.writeFileSync(empty, `${EMPTY}\nfunction Decode(fPort, bytes) { return {}; }\nfunction Encode(fPort, obj) { return []; }\n`);
    const best = (bin, args) => {
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = process.hrtime.bigint();
        spawnSync(bin, args);
        ms = Math.min(ms, Number(process.hrtime.bigint() - t) / 1e6);
      }
      return ms;
    };
    const gojaRows = [];
    const ottoRows = [];
    for (const [kind, name, fn, input] of CALLS) {
      const json = JSON.stringify({ ...input, variables: undefined });
      gojaRows.push({ kind, name, fn, cost: best(goja, [SCRIPT, fn, json]) - best(goja, [empty, fn, json]) });
      // ChirpStack v3 has Decode and Encode only.
      const args = fn === 'decodeUplink' ? ['decode', '85', Buffer.from(input.bytes).toString('hex')] : fn === 'encodeDownlink' ? ['encode', '85', JSON.stringify(input.data)] : undefined;
      if (args) ottoRows.push({ kind, name, fn, cost: best(otto, [SCRIPT, ...args]) - best(otto, [empty, ...args]) });
    }
    console.log(`\ngoja (Debian's, .engines/goja), ${path.relative(ROOT, SCRIPT)}: wall ms per message, best of 3, minus an empty script`);
    distribution(gojaRows, 'ms', 2);
    console.log(`\notto (ChirpStack v3's engine, .engines/otto; Decode and Encode), ${path.relative(ROOT, SCRIPT)}: wall ms per message, best of 3, minus an empty script`);
    distribution(ottoRows, 'ms', 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  const QuickJS = await getQuickJS();
  for (let i = 0; i < 5; i++) run(QuickJS, script, 'decodeUplink', CALLS[0][3]); // warm up the WebAssembly
  harness(QuickJS, Number(process.env.BENCH_RUNS || 3));
  if (process.env.QJS) {
    nativeMs(process.env.QJS);
    instructions(process.env.QJS);
  } else {
    console.log('\nWith QJS=/path/to/qjs (and valgrind), also natively, and in instructions per message.');
  }
  engines();
})();
