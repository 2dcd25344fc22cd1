/** The built `wt102` binary, run as a user runs it. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import { UPLINKS } from '../src';

const BIN = path.join(__dirname, '..', 'dist', 'cli.js');

function wt102(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test('the bin is declared and has a shebang', () => {
  const pkg = require('../package.json');
  expect(pkg.bin.wt102).toBe('dist/cli.js');
  expect(require('fs').readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
});

test('encode request_command_queries object_command=0X6E01 prints ef026e01', () => {
  const r = wt102('encode', 'request_command_queries', 'object_command=0X6E01');
  expect(r).toEqual({ stdout: 'ef026e01\n', stderr: '', status: 0 });
});

test.each([
  [['set_target_temperature', 'value=21.5'], '5a6608'],
  [['set_temperature', 'value=-5.25'], '5bf3fd'],
  [['set_opening_window', 'state=1'], '5d01'],
  [['delete_schedule', 'type=255'], '5eff'],
  [['retrieve_historical_data_by_time_range', 'start_time=2025-11-26T08:00:00Z', 'end_time=2025-11-26T09:00:00Z'], 'bb80b3266990c12669'],
  [['retrieve_historical_data_by_time', 'time=1764144000'], 'ba80b32669'],
  [['request_command_queries', 'length=2', 'object_command=0x6500'], 'ef026500'],
  [['reboot'], 'be'],
  // The maker's Fahrenheit twin: 70 °F is 21.11 °C (its own example).
  [['set_target_temperature', 'fahrenheit_value=70'], '5a3f08'],
  [['set_target_temperature', 'celsius_value=21.5'], '5a6608'],
  [['--json', '{"temp_control": {"fahrenheit_under_temperature_side_deadband": 33}}'], '65023800'],
  // The maker's queries by object path (its own example).
  [['--json', '{"req": ["temp_control.enable", "schedule_settings.1", "child_lock"]}'], 'ef026500ef026e01ef016a'],
])('encode %j', (args, hex) => {
  expect(wt102('encode', ...args)).toEqual({ stdout: `${hex}\n`, stderr: '', status: 0 });
});

test('encode --json with a misspelt object path in req names the closest, status 2', () => {
  expect(wt102('encode', '--json', '{"req": ["temp_contrl.enable"]}')).toEqual({
    stdout: '',
    stderr: 'wt102: req[0]: "temp_contrl.enable" names no command that may be queried; did you mean "temp_control.enable"?\n',
    status: 2,
  });
});

test('--json takes a call or an array of calls', () => {
  const frame = services.frames[0];
  expect(wt102('encode', '--json', JSON.stringify(frame.calls)).stdout).toBe(`${frame.hex}\n`);
  expect(wt102('encode', '--json', '{"serviceId":"set_target_valve_opening_degree","inputs":{"value":50}}').stdout).toBe('5932\n');
});

test('--base64 and --fport', () => {
  const r = wt102('encode', 'set_target_temperature', 'value=21.5', '--base64', '--fport');
  expect(r.stdout).toBe(`85 ${Buffer.from('5a6608', 'hex').toString('base64')}\n`);
  expect(r.status).toBe(0);
});

test('decode prints the calls as JSON, from hex or base64', () => {
  const frame = services.frames[0];
  const fromHex = wt102('decode', frame.hex);
  expect(fromHex.status).toBe(0);
  expect(JSON.parse(fromHex.stdout)).toEqual(frame.calls);
  const fromBase64 = wt102('decode', Buffer.from(frame.hex, 'hex').toString('base64'));
  expect(JSON.parse(fromBase64.stdout)).toEqual(frame.calls);
  expect(JSON.parse(wt102('decode', '--base64', Buffer.from('be', 'hex').toString('base64')).stdout)).toEqual([
    { serviceId: 'reboot', inputs: {} },
  ]);
});

test('services lists every service with inputs, ranges and an example frame', () => {
  const r = wt102('services');
  expect(r.status).toBe(0);
  const ids = new Set(services.vectors.map((v) => v.call.serviceId));
  for (const id of ids) expect(r.stdout).toContain(id);
  expect(r.stdout).toContain('5…35 °C');
  expect(r.stdout).toContain('→ 5a6608');
  expect(r.stdout).toContain('→ bb80b3266990c12669');
  expect(r.stdout).toContain('→ ef026e01');
});

test.each([
  [['encode', 'set_target_temperature', 'value=99'], 'set_target_temperature.value: 99 is out of range 5…35 °C'],
  [['encode', 'set_target_temprature', 'value=21'], 'is neither a service nor a setting; did you mean "set_target_temperature"?'],
  [['encode', 'delete_schedule', 'type=16'], 'delete_schedule.type'],
  [['encode', 'set_target_temperature', 'value=abc'], 'set_target_temperature.value'],
  [['encode', 'set_target_temperature', '21.5'], 'key=value'],
  [['encode', '--json', '{not json'], '--json'],
  [['encode', '--json', '[]'], 'empty'],
  [['encode'], 'serviceId'],
  [['decode', '5a66'], 'byte 1'],
  [['decode', 'not a frame!'], 'is neither hex ('],
  [['encode', '--nonsense'], 'unknown option'],
  [['frobnicate'], 'unknown command'],
])('error %j: one line on stderr, exit 2', (args, fragment) => {
  const r = wt102(...args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(fragment);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
});

test('the package root gives the API to require() and to import', () => {
  const root = path.join(__dirname, '..');
  const cjs = spawnSync(process.execPath, ['-e', "const w = require('wt102-codec'); process.stdout.write(w.encodeHex({ serviceId: 'request_command_queries', inputs: { object_command: '0X6E01' } }))"], { cwd: root, encoding: 'utf8' });
  expect(cjs.stdout).toBe('ef026e01');
  const esm = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "import { decode, CodecError, SERVICES, DOWNLINK_FPORT } from 'wt102-codec'; process.stdout.write(JSON.stringify([decode('5a6608'), typeof CodecError, Object.keys(SERVICES).length, DOWNLINK_FPORT]))"],
    { cwd: root, encoding: 'utf8' },
  );
  expect(JSON.parse(esm.stdout)).toEqual([[{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }], 'function', 23, 85]);
});

describe('settings and uplinks', () => {
  test('encode --json takes a properties object', () => {
    const r = wt102('encode', '--json', '{"properties":{"temp_control":{"enable":1,"target_temperature_resolution":0}}}');
    expect(r).toEqual({ stdout: '650001650100\n', stderr: '', status: 0 });
  });

  test('decode returns settings frames as properties', () => {
    expect(JSON.parse(wt102('decode', '6d0104e803b80b').stdout)).toEqual([
      { properties: { temperature_alarm_settings: { enable: 1, threshold_condition: 4, threshold_min: 10, threshold_max: 30 } } },
    ]);
  });

  test('decode --uplink prints the maker-shaped data', () => {
    const r = wt102('decode', '--uplink', 'ed0180b326690166080055');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ history: [{ timestamp: 1764144000, temperature: 21.5, battery: 85 }] });
  });

  test("decode --uplink --maker adds each temperature's twins, as the maker's codec gives them; --maker alone is a usage error", () => {
    const r = wt102('decode', '--uplink', '--maker', 'ed0180b326690166080055');
    expect(r.status).toBe(0);
    // 21.5 °C is 70.7 °F.
    expect(JSON.parse(r.stdout)).toEqual({ history: [{ timestamp: 1764144000, temperature: 21.5, fahrenheit_temperature: 70.7, celsius_temperature: 21.5, battery: 85 }] });
    const bad = wt102('decode', '--maker', '5a6608');
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', 'wt102: --maker goes with --uplink: downlinks are decoded to calls\n']);
  });

  test('encode --uplink --json builds a device frame', () => {
    expect(wt102('encode', '--uplink', '--json', '{"battery":85}').stdout).toBe('0055\n');
  });

  test('settings lists every setting with an example frame', () => {
    const r = wt102('settings');
    expect(r.status).toBe(0);
    for (const key of ['temperature_unit', 'temp_control.mode_settings', 'schedule_settings', 'daylight_saving_time', 'motor_controllable_range']) {
      expect(r.stdout).toContain(key);
    }
    expect(r.stdout).toContain('→ c6013c035778000a57b400');
    expect(r.stdout).toContain('→ 6e02018601');
  });

  test.each([
    [['encode', '--json', '{"properties":{"temp_control":{"enable":2}}}'], 'properties.temp_control.enable'],
    [['decode', '--uplink', '0166'], 'byte 1'],
    [['encode', '--uplink', 'reboot'], '--uplink'],
  ])('error %j: one line on stderr, exit 2', (args, fragment) => {
    const r = wt102(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(fragment);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('from service call to radio frame', () => {
  const KEYS = ['--nwkskey', '44024241ed4ce9a68c6a8bc055233fd3', '--appskey', 'ec925802ae430ca77fd3dd73cb2cc588'];
  const b64 = Buffer.from('5a6608', 'hex').toString('base64');

  test('--chirpstack and --ttn print ready-to-send bodies', () => {
    expect(JSON.parse(wt102('encode', 'set_target_temperature', 'value=21.5', '--chirpstack').stdout)).toEqual({
      queueItem: { confirmed: false, fPort: 85, data: b64 },
    });
    expect(JSON.parse(wt102('encode', 'set_target_temperature', 'value=21.5', '--ttn', '--confirmed').stdout)).toEqual({
      downlinks: [{ f_port: 85, frm_payload: b64, priority: 'NORMAL', confirmed: true }],
    });
  });

  test('--region --dr splits into frames that fit, or fails for a command that cannot', () => {
    const call = { serviceId: 'retrieve_historical_data_by_time_range', inputs: { start_time: 0, end_time: 1 } };
    const r = wt102('encode', '--json', JSON.stringify([call, call, call, call, call]), '--region', 'US915', '--dr', '8');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.length / 2)).toEqual([27, 18]);
    expect(lines.join('')).toBe('bb0000000001000000'.repeat(5));
    const bad = wt102('encode', '--json', JSON.stringify(call), '--region', 'US915', '--dr', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('dataRate');
  });

  test('--phy builds a frame that decode-phy reads back; keys also come from the environment', () => {
    const phy = wt102('encode', 'set_target_temperature', 'value=21.5', '--phy', '--devaddr', '26011bda', '--fcnt', '7', ...KEYS);
    expect(phy.status).toBe(0);
    const back = wt102('decode-phy', phy.stdout.trim(), ...KEYS);
    expect(JSON.parse(back.stdout)).toMatchObject({ direction: 'down', devAddr: '26011bda', fCnt: 7, fPort: 85, downlink: [{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }] });
    const env = spawnSync(process.execPath, [BIN, 'decode-phy', phy.stdout.trim()], {
      encoding: 'utf8',
      env: { ...process.env, WT102_NWKSKEY: KEYS[1], WT102_APPSKEY: KEYS[3] },
    });
    expect(JSON.parse(env.stdout).payload).toBe('5a6608');
  });

  test.each([
    [['encode', 'reboot', '--phy', '--devaddr', '26011bda', '--fcnt', '1', '--nwkskey', 'abc', '--appskey', '44024241ed4ce9a68c6a8bc055233fd3'], 'nwkSKey'],
    [['encode', 'reboot', '--phy', '--devaddr', '2601', '--fcnt', '1', ...KEYS], 'devAddr'],
    [['encode', 'reboot', '--phy', '--devaddr', '26011bda', '--fcnt', '4294967296', ...KEYS], 'fCnt'],
    [['encode', 'reboot', '--phy', '--devaddr', '26011bda', ...KEYS], '--fcnt'],
    [['decode-phy', '40F17DBE4900020001954378762B11FF0D', '--nwkskey', '00000000000000000000000000000000', '--appskey', 'ec925802ae430ca77fd3dd73cb2cc588'], 'MIC'],
  ])('%j: one line, exit 2, no key printed', (args, fragment) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, WT102_NWKSKEY: '', WT102_APPSKEY: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(fragment);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const k of ['44024241ed4ce9a68c6a8bc055233fd3', 'ec925802ae430ca77fd3dd73cb2cc588']) expect(r.stderr).not.toContain(k);
  });
});

test('the bin reads a payload from standard input, prints its version, and suggests what a misspelling meant', () => {
  const piped = spawnSync(process.execPath, [BIN, 'decode', '--uplink', '-'], { input: '0055\n', encoding: 'utf8' });
  expect({ stdout: piped.stdout, status: piped.status }).toEqual({ stdout: JSON.stringify({ battery: 85 }, null, 2) + '\n', status: 0 });
  expect(wt102('--version')).toEqual({ stdout: `${require('../package.json').version}\n`, stderr: '', status: 0 });
  const typo = wt102('encode', 'set_target_temprature', 'value=21.5');
  expect(typo.status).toBe(2);
  expect(typo.stderr).toMatch(/did you mean "set_target_temperature"\?\n$/);
});

test('wt102 playground prints the page\'s path, or serves the page on 127.0.0.1', async () => {
  const where = wt102('playground', '--path');
  expect(where.status).toBe(0);
  expect(where.stdout.trim()).toBe(path.join(__dirname, '..', 'dist', 'playground.html'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require('child_process') as typeof import('child_process');
  const server = spawn(process.execPath, [BIN, 'playground', '--port', '0']);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(d.toString());
        if (m) resolve(m[0]);
      });
      server.on('exit', () => reject(new Error('the server stopped')));
    });
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe(require('fs').readFileSync(path.join(__dirname, '..', 'dist', 'playground.html'), 'utf8'));
    // A port that is taken: one line that says so and how to choose another, status 2 (it was 0).
    const busy = spawnSync(process.execPath, [BIN, 'playground', '--port', new URL(url).port], { encoding: 'utf8', timeout: 20_000 });
    expect([busy.status, busy.stdout]).toEqual([2, '']);
    expect(busy.stderr).toMatch(/^wt102: playground: listen EADDRINUSE: .*; port \d+ is taken: choose another with --port \(0 takes a free one\)\n$/);
  } finally {
    server.kill();
  }
  expect(wt102('playground', '--path', '--port', '1').stderr).toContain('--port goes with serving the page');
  // A port out of range is a usage error (it was an internal error).
  expect(wt102('playground', '--port', '70000')).toEqual({ stdout: '', stderr: 'wt102: --port: 70000 is not a port; expected 0…65535 (0 takes a free one)\n', status: 2 });
});

describe('an output that cannot be written, an input without end: one line, status 2', () => {
  test('standard output closed early (a pipe into `head`): no stack trace', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawn } = require('child_process') as typeof import('child_process');
    // 400,000 characters of hex: more than a pipe holds, so the CLI writes after the reader has gone.
    const calls = JSON.stringify({ calls: Array(200000).fill({ serviceId: 'reboot' }) });
    const cli = spawn(process.execPath, [BIN, 'encode', '--json', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    cli.stdout.once('data', () => cli.stdout.destroy());
    cli.stdin.end(calls);
    const status = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    expect([status, stderr]).toEqual([2, 'wt102: cannot write to standard output (EPIPE)\n']);
  });

  test('a full disk (/dev/full): no stack trace', () => {
    const fs = require('fs') as typeof import('fs');
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'services'], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect([r.status, r.stderr]).toEqual([2, 'wt102: cannot write to standard output (ENOSPC)\n']);
    } finally {
      fs.closeSync(full);
    }
  });

  test('a file or standard input without end stops at 8 MiB and says so', async () => {
    expect(wt102('decode', '@/dev/zero')).toEqual({
      stdout: '',
      stderr: 'wt102: decode: cannot read "/dev/zero" (it holds more than 8 MiB, the most the CLI reads: a frame is at most 1 MiB)\n',
      status: 2,
    });
    // `yes 5a | wt102 decode -`: standard input that never ends.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawn } = require('child_process') as typeof import('child_process');
    const cli = spawn(process.execPath, [BIN, 'decode', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    cli.stdin.on('error', () => undefined);
    const line = Buffer.from('5a\n'.repeat(64 * 1024));
    let open = true;
    const feed = () => {
      while (open && cli.stdin.write(line));
      if (open) cli.stdin.once('drain', feed);
    };
    feed();
    const status = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    open = false;
    expect([status, stderr]).toEqual([2, 'wt102: decode: cannot read standard input (it holds more than 8 MiB, the most the CLI reads: a frame is at most 1 MiB)\n']);
  }, 30_000);
});

test('a 300,000-character name is refused as any unknown name is: one line, no suggestion sought (it took 11 s)', () => {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-huge-')), 'call.json');
  const name = 'a'.repeat(300000);
  for (const data of [{ serviceId: name }, { [name]: {} }, { serviceId: 'reboot', inputs: { [name]: 1 } }, { req: [name] }]) {
    fs.writeFileSync(file, JSON.stringify(data));
    const r = wt102('encode', '--json', '@' + file);
    expect([r.status, r.stdout, r.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(r.stderr).not.toContain('did you mean');
  }
});

describe('settings as key=value, enum labels, uplinks, the missing payload (issue 24)', () => {
  /** A settings fixture as the CLI's words: the setting's key, then each field dotted (`value=` for a bare setting). */
  const wordsOf = (properties: { [key: string]: unknown }): string[] | undefined => {
    const keys = Object.keys(properties);
    if (keys.length !== 1) return undefined;
    const flat = (v: unknown, base: string): string[] =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as object).flatMap(([k, x]) => flat(x, base ? `${base}.${k}` : k)) : [`${base}=${v}`];
    const value = properties[keys[0]];
    if (Array.isArray(value)) return value.length === 1 ? [keys[0], ...flat(value[0], '')] : undefined;
    return [keys[0], ...(value !== null && typeof value === 'object' ? flat(value, '') : [`value=${value}`])];
  };
  const cases = (settings.vectors as { description: string; properties: { [key: string]: unknown }; hex: string }[])
    .map((v) => [v.description, wordsOf(v.properties), v.hex] as const)
    .filter((c): c is readonly [string, string[], string] => c[1] !== undefined);

  test('there are cases of every kind: bare, struct, group, schedule', () => {
    const keys = new Set(cases.map(([, w]) => w[0]));
    for (const key of ['temperature_unit', 'temperature_source_settings', 'temp_control', 'schedule_settings']) expect(keys).toContain(key);
  });

  test.each(cases)('every settings fixture of one setting, as words: %s', (_d, words, hex) => {
    expect(wt102('encode', ...words)).toEqual({ stdout: `${hex}\n`, stderr: '', status: 0 });
  });

  test("an enum's label as `wt102 services` lists it, in any case, spaces or underscores", () => {
    expect(wt102('encode', 'set_opening_window', 'state=open').stdout).toBe(wt102('encode', 'set_opening_window', 'state=1').stdout);
    expect(wt102('encode', 'temperature_source_settings', 'type=external_ntc', 'external_ntc_reception.timeout=30', 'external_ntc_reception.timeout_response=Switch to Internal NTC').stdout).toBe('61011e0002\n');
    // A label that is no value's is refused by the codec, by name.
    expect(wt102('encode', 'set_opening_window', 'state=ajar').stderr).toBe('wt102: set_opening_window.state: "ajar" is not an allowed value; expected one of "0" (Normal), "1" (Open)\n');
  });

  test('a misspelt field of a setting gets a suggestion; a setting without fields says how to give them', () => {
    expect(wt102('encode', 'temp_control', 'enabl=1').stderr).toMatch(/^wt102: properties\.temp_control\.enabl: unknown setting; .*; did you mean "enable"\?\n$/);
    expect(wt102('encode', 'temp_control')).toEqual({ stdout: '', stderr: 'wt102: temp_control: give its fields as key=value (see `wt102 settings temp_control`)\n', status: 2 });
  });

  test('wt102 uplinks lists every uplink key, one in full, and suggests for a misspelt one', () => {
    const all = wt102('uplinks');
    expect(all.status).toBe(0);
    for (const key of [...UPLINKS.map((u) => u.key), 'ans', 'history']) expect(all.stdout).toMatch(new RegExp(`^${key}  \\(0x[0-9a-f]+\\)`, 'm'));
    expect(wt102('uplinks', 'temperature').stdout).toBe('temperature  (0x01)  Ambient Temperature\n    value: float, a number -20…60 °C (resolution 0.01)\n    example: 016608 → {"temperature":21.5}\n');
    expect(wt102('uplinks', 'temprature')).toEqual({ stdout: '', stderr: 'wt102: "temprature" is not what the valve sends up; did you mean "temperature"?\n', status: 2 });
  });

  test('a missing payload points at - (standard input) and @file', () => {
    expect(wt102('decode')).toEqual({
      stdout: '',
      stderr: "wt102: missing required argument 'payload': give it as hex or base64, @file to read a file, or - to read standard input (`... | wt102 decode -`)\n",
      status: 2,
    });
  });
});

test('simulate keeps the valve in a file between runs, written whole', () => {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-simulate-'));
  const state = path.join(dir, 'valve.json');
  try {
    // 5a6608: set_target_temperature 21.5 (docs/PROTOCOL.md); the valve replies ef015a.
    expect(wt102('simulate', '--state', state, '5a6608', '--jsonl').stdout).toBe('{"fPort":85,"hex":"ef015a","data":{"ans":[{"result":0,"length":1,"id":"0X5A","name":"set_target_temperature"}]}}\n');
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).readings.target_temperature).toBe(21.5);
    expect(wt102('simulate', '--state', state, '--set', 'temperature=20').stdout).toBe('the valve sent nothing\n');
    // ef0100: a query of the battery, reported as 00 <%>: 85 % is 0x55.
    expect(wt102('simulate', '--state', state, 'ef0100').stdout.split('\n')[0]).toBe('uplink 1 of 1, fPort 85: 0055ef0100');
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).readings.temperature).toBe(20);
    expect(fs.readdirSync(dir)).toEqual(['valve.json']);
    expect(wt102('simulate', '--state', state, '--set', 'battery=none')).toMatchObject({ status: 2, stdout: '' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('plan, simulate and confirm: the whole loop at a terminal, with files', () => {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-loop-'));
  const at = (name: string) => path.join(dir, name);
  try {
    fs.writeFileSync(at('wanted.json'), JSON.stringify({ temperature_unit: 0, temp_control: { enable: 0 } }));
    const plan = wt102('plan', at('wanted.json'), '--region', 'EU868', '--dr', '0', '--json');
    expect(plan.status).toBe(0);
    fs.writeFileSync(at('sent.json'), plan.stdout);
    const frames = JSON.parse(plan.stdout) as { hex: string }[];
    // ff00: sequence 0; 6000: °C; 650000: temperature control off (docs/PROTOCOL.md's layouts).
    expect(frames.map((f) => f.hex)).toEqual(['ff006000650000']);
    const sent = wt102('simulate', '--state', at('valve.json'), frames[0].hex, '--jsonl');
    fs.writeFileSync(at('uplinks.txt'), sent.stdout);
    expect(wt102('confirm', at('sent.json'), at('uplinks.txt'))).toMatchObject({ status: 0, stderr: '' });
    // The valve now reports what is wanted: a query of everything, then nothing left to plan.
    fs.writeFileSync(at('all.txt'), wt102('simulate', '--state', at('valve.json'), 'ee', '--jsonl').stdout);
    expect(wt102('plan', at('wanted.json'), '--region', 'EU868', '--dr', '0', '--reported', at('all.txt')).stdout).toBe('nothing to send: the valve reports the wanted settings already\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
