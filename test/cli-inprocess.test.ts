/**
 * The CLI's every option and error, run in-process (the same `runCli` the bin calls),
 * so that coverage sees it; test/cli.test.ts runs the built binary as a user would.
 */
import { runCli } from '../src/cli';
import { cli } from './support/cli';

/** The CLI with a readInput of its own. */
function runCliWith(args: string[], readInput: (source: string) => string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: {}, readInput });
  return { status, stdout, stderr };
}

const KEYS = ['--nwkskey', '44024241ed4ce9a68c6a8bc055233fd3', '--appskey', 'ec925802ae430ca77fd3dd73cb2cc588'];


test.each([
  [['encode', 'set_target_temperature', 'value=21.5'], '5a6608\n'],
  [['encode', 'set_target_temperature', 'value=21.5', '--base64'], 'WmYI\n'],
  [['encode', 'set_target_temperature', 'value=21.5', '--fport'], '85 5a6608\n'],
  [['encode', 'retrieve_historical_data_by_time', 'time=1764144000'], 'ba80b32669\n'],
  [['encode', 'retrieve_historical_data_by_time', 'time=2025-11-26T08:00:00Z'], 'ba80b32669\n'],
  [['encode', 'request_command_queries', 'length=2', 'object_command=0X6E01'], 'ef026e01\n'],
  [['encode', '--json', '{"properties":{"temperature_unit":1}}'], '6001\n'],
  [['encode', '--uplink', '--json', '{"battery":85}'], '0055\n'],
  [['encode', '--uplink', '--json', '{"battery":85}', '--base64'], 'AFU=\n'],
  [['encode', 'reboot', '--chirpstack', '--confirmed', '--port', '10'], '{"queueItem":{"confirmed":true,"fPort":10,"data":"vg=="}}\n'],
  [['encode', 'reboot', '--ttn'], '{"downlinks":[{"f_port":85,"frm_payload":"vg==","priority":"NORMAL"}]}\n'],
  [['encode', 'reboot', '--region', 'EU868', '--dr', '0', '--no-repeater'], 'be\n'],
  [['decode', '5a6608'], JSON.stringify([{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }], null, 2) + '\n'],
  [['decode', '--hex', 'be'], JSON.stringify([{ serviceId: 'reboot', inputs: {} }], null, 2) + '\n'],
  [['decode', '--base64', 'vg=='], JSON.stringify([{ serviceId: 'reboot', inputs: {} }], null, 2) + '\n'],
  [['decode', '--uplink', '0055'], JSON.stringify({ battery: 85 }, null, 2) + '\n'],
])('%j', (args, stdout) => {
  expect(cli(args)).toEqual({ stdout, stderr: '', status: 0 });
});

test('--phy: keys from options or the environment, frame counters count on across frames', () => {
  const call = JSON.stringify(new Array(6).fill({ serviceId: 'retrieve_historical_data_by_time_range', inputs: { start_time: 0, end_time: 1 } }));
  const r = cli(['encode', '--json', call, '--region', 'US915', '--dr', '8', '--phy', '--devaddr', '26011bda', '--fcnt', '65535', ...KEYS]);
  expect(r.status).toBe(0);
  const [first, second] = r.stdout.trim().split('\n');
  const env = { WT102_NWKSKEY: KEYS[1], WT102_APPSKEY: KEYS[3] };
  expect(JSON.parse(cli(['decode-phy', first], env).stdout)).toMatchObject({ fCnt: 65535 });
  expect(cli(['decode-phy', second], env).stderr).toMatch(/MIC does not match/);
  expect(JSON.parse(cli(['decode-phy', second, '--fcnt-msb', '1'], env).stdout)).toMatchObject({ fCnt: 65536 });
  const b64 = cli(['encode', 'reboot', '--phy', '--base64', '--devaddr', '26011bda', '--fcnt', '1'], env);
  expect(JSON.parse(cli(['decode-phy', b64.stdout.trim()], env).stdout).downlink).toEqual([{ serviceId: 'reboot', inputs: {} }]);
});

test('listings', () => {
  expect(cli(['services']).stdout).toContain('request_command_queries  (0xef)');
  expect(cli(['settings']).stdout).toContain('schedule_settings  (0x6e <id> <sub>)');
  expect(cli(['--help']).stdout).toContain('Usage: wt102');
  expect(cli(['help', 'encode']).stdout).toContain('--region <region>');
});

test.each([
  [['encode', 'reboot', 'x=1', '--json', '{}'], 'either --json or a serviceId'],
  [['encode', '--uplink', 'reboot'], '--uplink takes its data as --json'],
  [['encode', '--uplink', '--json', '{"battery":1}', '--ttn'], 'no framing options'],
  [['encode'], 'missing serviceId'],
  [['encode', 'reboot', '--chirpstack', '--ttn'], 'give one of --chirpstack, --ttn'],
  [['encode', 'reboot', '--region', 'EU868'], '--region and --dr go together'],
  [['encode', 'reboot', '--region', 'EU868', '--dr', 'x'], '--dr: "x" is not a whole number'],
  [['encode', 'reboot', '--phy', '--devaddr', '26011bda', '--fcnt', '1'], 'missing --nwkskey'],
  [['encode', 'reboot', '--phy', '--fcnt', '1', ...KEYS], 'missing --devaddr'],
  [['encode', 'set_target_temperature', 'value'], '"value" is not key=value'],
  [['encode', 'set_target_temperature', 'value=warm'], 'set_target_temperature.value: "warm" is not a number'],
  [['encode', 'no_such_service', 'value=1'], '"no_such_service" is neither a service nor a setting'],
  [['encode', '--json', '{'], '--json: not valid JSON'],
  [['decode', '--hex', '--base64', 'be'], 'give --hex or --base64, not both'],
  [['decode', '!!'], 'is neither hex ('],
  [['decode-phy', '40F17DBE4900020001954378762B11FF0D'], 'missing --nwkskey'],
  [['decode-phy', 'zz', ...KEYS, '--fcnt-msb', '-1'], '--fcnt-msb'],
  [['nonsense'], "unknown command 'nonsense'"],
])('%j fails with one line and exit 2', (args, fragment) => {
  const r = cli(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(fragment);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
});

test('no command prints the help on stderr with exit 2', () => {
  const r = cli([]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Usage: wt102');
});

describe('what a user meets first', () => {
  test('--version prints the package version', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(cli(['--version'])).toEqual({ stdout: `${require('../package.json').version}\n`, stderr: '', status: 0 });
  });

  test('decode reads the payload from standard input (-) or a file (@path)', () => {
    const reboot = JSON.stringify([{ serviceId: 'reboot', inputs: {} }], null, 2) + '\n';
    expect(cli(['decode', '-'], {}, { '-': 'be\n' })).toEqual({ stdout: reboot, stderr: '', status: 0 });
    expect(cli(['decode', '@frame.txt'], {}, { 'frame.txt': 'vg==' })).toEqual({ stdout: reboot, stderr: '', status: 0 });
    expect(cli(['decode', '@missing.txt'], {}, {})).toMatchObject({ status: 2, stderr: expect.stringMatching(/^wt102: decode: cannot read "missing\.txt"/) });
  });

  test('encode --json reads standard input or a file, and takes the forms the network-server script takes', () => {
    expect(cli(['encode', '--json', '-'], {}, { '-': '{"serviceId":"reboot"}' }).stdout).toBe('be\n');
    expect(cli(['encode', '--json', '@calls.json'], {}, { 'calls.json': '[{"serviceId":"reboot"}]' }).stdout).toBe('be\n');
    // The maker's codec object: services and settings at top level, written in the maker's order whatever the
    // key order: the settings (in the table's order), then the services.
    expect(cli(['encode', '--json', '{"set_target_temperature":{"value":21.5},"temp_control":{"enable":1},"temperature_unit":1}']).stdout).toBe('6001650001' + '5a6608\n');
    // What decoding gives back ({"calls": […]}), as the script's decodeDownlink returns it.
    expect(cli(['encode', '--json', '{"calls":[{"serviceId":"reboot","inputs":{}}]}']).stdout).toBe('be\n');
    // The same forms split into frames.
    expect(cli(['encode', '--json', '{"reboot":{},"temperature_unit":1}', '--region', 'EU868', '--dr', '0']).stdout).toBe('6001be\n');
    expect(cli(['encode', '--json', '-'], {}, { '-': '{' })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^wt102: --json: standard input is not valid JSON/) });
  });

  test.each([
    [['encode', 'set_target_temperatur', 'value=21.5'], 'is neither a service nor a setting', 'did you mean "set_target_temperature"?'],
    [['encode', 'temp_contrl', 'enable=1'], 'is neither a service nor a setting', 'did you mean "temp_control"?'],
    [['encode', 'set_target_temperature', 'valu=21.5'], 'set_target_temperature.valu: unknown key; allowed: value', 'did you mean "value"?'],
    [['encode', '--json', '{"properties":{"temp_contol":{"enable":1}}}'], 'properties.temp_contol: unknown setting', 'did you mean "temp_control"?'],
    [['encode', '--json', '{"properties":{"temp_control":{"enabel":1}}}'], 'properties.temp_control.enabel: unknown setting', 'did you mean "enable"?'],
    [['encode', '--json', '{"temp_contol":{"enable":1}}'], 'data.temp_contol: neither a WT102 service nor a setting', 'did you mean "temp_control"?'],
    [['services', 'set_target_temperatur'], '"set_target_temperatur" is neither a service nor a setting', 'did you mean "set_target_temperature"?'],
  ])('a misspelt name: %j suggests the name meant', (args, refusal, suggestion) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(refusal);
    expect(r.stderr.trimEnd().endsWith(suggestion)).toBe(true);
  });

  test('nothing is suggested for a name unlike any', () => {
    expect(cli(['encode', 'frobnicate']).stderr).not.toContain('did you mean');
  });

  test("commander's own suggestion for a misspelt command is kept, on one line", () => {
    expect(cli(['encod'])).toEqual({ stdout: '', stderr: "wt102: unknown command 'encod' (Did you mean encode?)\n", status: 2 });
  });

  test('a frame of the other direction says so, and how to read it', () => {
    expect(cli(['decode', '0e01660832660855']).stderr).toBe(
      'wt102: byte 0: unknown downlink command ID 0x0e; cannot read the rest of the frame; the frame reads as an uplink (sent by the valve): add --uplink\n',
    );
    expect(cli(['decode', '--uplink', '5a6608']).stderr).toBe('wt102: byte 0: unknown uplink command ID 0x5a; cannot read the rest of the frame; the frame reads as a downlink: drop --uplink\n');
    // A frame that neither direction reads gets no hint.
    expect(cli(['decode', '99']).stderr).toBe('wt102: byte 0: unknown downlink command ID 0x99; cannot read the rest of the frame\n');
  });

  test('services <name> and settings <name> show one service or setting in full', () => {
    const one = cli(['services', 'set_target_temperature']);
    expect(one.stdout.split('\n')[0]).toBe('set_target_temperature  (0x5a)  Target Temperature Setting');
    expect(one.stdout).toContain('example: {"serviceId":"set_target_temperature","inputs":{"value":21.5}} → 5a6608');
    expect(one.stdout).not.toContain('reboot');
    const group = cli(['services', 'temp_control']).stdout;
    expect(group.match(/^temp_control\.\w+ {2}\(0x65/gm)).toHaveLength(7);
    expect(cli(['settings', 'temp_control.enable']).stdout.split('\n')[0]).toBe('temp_control.enable  (0x6500)  Temperature Control Enable');
    expect(cli(['settings', 'schedule_settings']).stdout).toMatch(/^schedule_settings {2}\(0x6e <id> <sub>\)/);
  });
});

describe('after an attack review', () => {
  test('standard input that cannot be read is a usage error, not an internal one', () => {
    const r = runCliWith(['decode', '-'], () => {
      throw new Error('EISDIR: illegal operation on a directory, read');
    });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'wt102: decode: cannot read standard input (EISDIR: illegal operation on a directory, read)\n' });
  });

  test('a byte-order mark at the start of a file, and a no-break space around hex, are not taken for base64', () => {
    expect(cli(['decode', '--uplink', '@f.txt'], {}, { 'f.txt': '\ufeff0055\r\n' }).stdout).toBe(JSON.stringify({ battery: 85 }, null, 2) + '\n');
    expect(cli(['encode', '--json', '-'], {}, { '-': '\ufeff{"serviceId":"reboot"}' }).stdout).toBe('be\n');
    // A no-break space is neither hex nor base64: refused, not read as base64 bytes.
    expect(cli(['decode', '--uplink', '\u00a00055']).status).toBe(2);
  });

  test('the direction hint is given only when the other direction reads the whole frame', () => {
    expect(cli(['decode', 'ef426e01']).stderr).toContain('add --uplink');
    expect(cli(['decode', 'ef01da00']).stderr).not.toContain('--uplink');
    expect(cli(['decode', '06']).stderr).not.toContain('--uplink');
  });

  test('--json with --region refuses as without it, and takes "__proto__" as a key', () => {
    const plain = cli(['encode', '--json', '{"rebot":{}}']).stderr;
    expect(cli(['encode', '--json', '{"rebot":{}}', '--region', 'EU868', '--dr', '0']).stderr).toBe(plain);
    expect(plain).toContain('did you mean "reboot"?');
    expect(cli(['encode', '--json', '{"__proto__":{"temp_control":{"enable":1}}}', '--region', 'EU868', '--dr', '0']).stderr).toBe(cli(['encode', '--json', '{"__proto__":{"temp_control":{"enable":1}}}']).stderr);
  });

  test('suggestions: the schedules are a setting; a short word gets only a close one', () => {
    expect(cli(['encode', '--json', '{"schedule_setings":[]}']).stderr).toContain('did you mean "schedule_settings"?');
    expect(cli(['services', 'set']).stderr).not.toContain('did you mean');
  });

  test('--uplink refuses --fport, as every option that does not apply', () => {
    expect(cli(['encode', '--uplink', '--fport', '--json', '{"battery":85}']).stderr).toContain('--uplink builds a bare device frame');
  });
});

describe('settings as key=value, enum labels, uplinks, reading files (in-process, for coverage; cli.test.ts runs the binary)', () => {
  test.each([
    [['encode', 'temp_control', 'enable=1'], '650001\n'],
    [['encode', 'temperature_unit', 'value=°F'], '6001\n'],
    [['encode', 'temp_control', 'mode_settings.mode=1', 'mode_settings.valve_control.target_valve_status=50'], '65060132\n'],
    [['encode', 'schedule_settings', 'id=2', 'fahrenheit_target_temperature=70'], '6e02043f08\n'],
    [['encode', 'schedule_settings', 'id=2', ...['sun=0', 'mon=1', 'tues=1', 'wed=1', 'thur=1', 'fri=1', 'sat=0'].map((d) => `cycle_settings.execution_day_${d}`)], '6e02023e\n'],
    [['encode', 'set_opening_window', 'state=Open'], '5d01\n'],
    [['encode', 'temp_control.enable', 'value=1'], '650001\n'],
    [['encode', 'temp_control.mode_settings', 'mode=1', 'valve_control.target_valve_status=50'], '65060132\n'],
    [['encode', 'temperature_source_settings', 'type=lora_receive', 'lorawan_reception.timeout=10', 'lorawan_reception.timeout_response=keep_state'], '61020a0000\n'],
  ])('wt102 %j', (args, out) => {
    expect(cli(args)).toEqual({ status: 0, stdout: out, stderr: '' });
  });

  test.each([
    [['encode', 'temp_control'], 'wt102: temp_control: give its fields as key=value (see `wt102 settings temp_control`)\n'],
    [['encode', 'temp_control', 'enable'], 'wt102: "enable" is not key=value\n'],
    [['encode', 'temp_control', 'enable=1', 'enable=0'], 'wt102: enable is given twice; give each field once\n'],
    [['encode', 'temp_control', 'mode_settings=1', 'mode_settings.mode=1'], 'wt102: mode_settings is given as a value and as a group\n'],
    [['encode', 'temperature_unit', 'unit=1'], expect.stringMatching(/^wt102: properties\.temperature_unit: /)],
    [['uplinks', 'temprature'], 'wt102: "temprature" is not what the valve sends up; did you mean "temperature"?\n'],
    [['uplinks', 'zzzzzzzz'], 'wt102: "zzzzzzzz" is not what the valve sends up; see `wt102 uplinks`\n'],
    [['decode'], "wt102: missing required argument 'payload': give it as hex or base64, @file to read a file, or - to read standard input (`... | wt102 decode -`)\n"],
    [['playground', '--port', '70000'], 'wt102: --port: 70000 is not a port; expected 0…65535 (0 takes a free one)\n'],
    [['playground', '--path', '--port', '1'], 'wt102: --port goes with serving the page, not with --path\n'],
    [['encode', 'zzzzzzzzzzzz', 'x=1'], 'wt102: "zzzzzzzzzzzz" is neither a service nor a setting; see `wt102 services` and `wt102 settings`\n'],
    [['encode', 'temp_control.enabel', 'value=1'], 'wt102: "temp_control.enabel" is neither a service nor a setting; did you mean "temp_control.enable"?\n'],
    [['encode', 'temp_control', 'fahrenheit_under_temperature_side_deadband=abc'], expect.stringMatching(/^wt102: properties\.temp_control\.fahrenheit_under_temperature_side_deadband: "abc" is not a number/)],
  ])('wt102 %j is refused in one line', (args, err) => {
    expect(cli(args as string[])).toEqual({ status: 2, stdout: '', stderr: err });
  });

  test('wt102 playground --path prints where the page is', () => {
    const r = cli(['playground', '--path']);
    expect([r.status, r.stdout.trim().endsWith('playground.html'), r.stderr]).toEqual([0, true, '']);
  });

  test('wt102 uplinks lists every uplink, replies and records; one by name', () => {
    const all = cli(['uplinks']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^battery {2}\(0x00\) {2}Battery\n/);
    expect(all.stdout).toContain('\nans  (0xef)  Command replies');
    expect(all.stdout).toContain('\nhistory  (0xed)  Stored records');
    expect(all.stdout.trimEnd().endsWith("Settings the valve reports come back under their settings' keys: see `wt102 settings`.")).toBe(true);
    expect(cli(['uplinks', 'history']).stdout).toMatch(/^history {2}\(0xed\)/);
    expect(cli(['uplinks', 'ans']).stdout).toMatch(/^ans {2}\(0xef\)/);
  });

  test('@file is read from disk, to at most 8 MiB', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const path = require('path') as typeof import('path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-read-')), 'frame.txt');
    fs.writeFileSync(file, '5a6608\n');
    expect(cli(['decode', '@' + file])).toEqual({ status: 0, stdout: expect.stringContaining('"serviceId": "set_target_temperature"'), stderr: '' });
    expect(cli(['decode', '@/dev/zero']).stderr).toBe('wt102: decode: cannot read "/dev/zero" (it holds more than 8 MiB, the most the CLI reads: a frame is at most 1 MiB)\n');
    expect(cli(['decode', '@' + file + '.missing']).stderr).toMatch(/^wt102: decode: cannot read ".*frame\.txt\.missing" \(ENOENT/);
  });
});

describe('simulate: the virtual valve at a terminal, its state kept in a file', () => {
  /** The CLI with files in memory: `files` is what the simulator reads and writes. */
  function withFiles(files: { [path: string]: string | null }, args: string[]) {
    let stdout = '';
    let stderr = '';
    // A file given as null is a directory.
    const readInput = (source: string) => {
      if (!(source in files)) throw Object.assign(new Error(`ENOENT: no such file, open '${source}'`), { code: 'ENOENT' });
      const text = files[source];
      if (text === null) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
      return text;
    };
    const status = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: {}, readInput, writeFile: (p, t) => (files[p] = t) });
    return { status, stdout, stderr };
  }

  test('a story: a setting, a query of it, alarms, the clock; each step answered as the valve would', () => {
    const files: { [path: string]: string | null } = {};
    // Frames worked out from docs/PROTOCOL.md: ef <length> <id> is the reply; 650000 the setting reported back.
    let r = withFiles(files, ['simulate', '--state', 'v.json', '650000']);
    expect([r.status, r.stderr, r.stdout.split('\n')[0]]).toEqual([0, '', 'uplink 1 of 1, fPort 85: ef026500']);
    const state = () => JSON.parse(files['v.json'] as string);
    expect(state().settings.temp_control.enable).toBe(0);
    r = withFiles(files, ['simulate', '--state', 'v.json', '--json', '{"serviceId":"request_command_queries","inputs":{"object_command":"0X6500"}}', '--jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).hex)).toEqual(['650000ef026500']);
    // 2 °C: below the alarm's 10 °C and the freeze protection's 3 °C (the start settings).
    r = withFiles(files, ['simulate', '--state', 'v.json', '--set', 'temperature=2', '--jsonl']);
    expect(JSON.parse(r.stdout).hex).toBe('0911c8000a21c80032');
    expect(state().readings.temperature).toBe(2);
    // An hour at the start interval (6 × 10 min): six reports, the clock an hour on.
    const time = state().time;
    r = withFiles(files, ['simulate', '--state', 'v.json', '--advance', '3600', '--jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).hex.slice(0, 2))).toEqual(['0e', '0e', '0e', '0e', '0e', '0e']);
    expect(state().time).toBe(time + 3600);
    r = withFiles(files, ['simulate', '--state', 'v.json', '--show']);
    expect(JSON.parse(r.stdout)).toEqual(state());
    // Without --state: a new valve each time, nothing written.
    r = withFiles(files, ['simulate', '--set', 'temperature=21']);
    expect(r.stdout).toBe('the valve sent nothing\n');
  });

  test.each([
    [['simulate'], /nothing to do; give a downlink/],
    [['simulate', 'be', '--json', '{}'], /not both/],
    [['simulate', '--set', 'temperature'], /--set: "temperature" is not reading=value/],
    [['simulate', '--set', 'temperature=2', '--set', 'temperature=3'], /--set: temperature is given twice/],
    [['simulate', '--set', 'tempature=3'], /"tempature" is not a reading; did you mean "temperature"\?/],
    [['simulate', '--set', 'battery=200'], /--set battery: 200 is out of range; a valve reports an integer 0…100%/],
    [['simulate', '--set', 'battery=x'], /--set battery: "x" is not a number/],
    [['simulate', '--advance', '-5'], /--advance: "-5" is not a whole number/],
    [['simulate', 'zz'], /downlink: "zz" is neither hex/],
    [['simulate', '--state', 'bad.json', 'be'], /--state: "bad.json" is not valid JSON/],
    [['simulate', '--state', 'wrong.json', 'be'], /--state "wrong.json": settings\.temp_control\.enable: 5 is not a flag/],
    [['simulate', '--state', 'reading.json', 'be'], /--state "reading.json": readings\.battery: "x" is not a number/],
    [['simulate', '--state', 'list.json', 'be'], /--state "list.json": options: an array of 0 is not an options object/],
    [['simulate', '--state', 'dir', 'be'], /--state: cannot read "dir" \(EISDIR/],
  ])('simulate %j is refused in one line, the state untouched', (args, message) => {
    const files = { 'bad.json': '{', 'wrong.json': '{"settings":{"temp_control":{"enable":5}}}', 'reading.json': '{"readings":{"battery":"x"}}', 'list.json': '[]', dir: null };
    const before = JSON.stringify(files);
    const r = withFiles(files, args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.stringify(files)).toBe(before);
  });
});

describe('plan and confirm: downlinks for a wanted configuration, and whether they applied', () => {
  const files: { [path: string]: string } = {
    'wanted.json': '{"temperature_unit": 0, "temp_control": {"enable": 0}}',
    // Uplinks of a valve: 6001 (°F reported), then its replies to ff00 6000 650000: the echo, success, then 5 (error write params).
    'reported.txt': '# the valve so far\n6001\n\n',
    'up.txt': 'ff00ef0160ef526500\n',
  };
  const run = (args: string[]) => runCliWith(args, (source) => {
    if (source === 'a-directory') throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
    if (!(source in files)) throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    return files[source];
  });

  test('plan prints each frame with its hex, base64, what it sets and the API bodies', () => {
    const r = run(['plan', '@wanted.json', '--region', 'EU868', '--dr', '0']);
    expect(r).toEqual({
      status: 0,
      stderr: '',
      stdout:
        'frame 1 of 1: sequence 0, 7 bytes, fPort 85\n' +
        '  hex: ff006000650000\n' +
        '  base64: /wBgAGUAAA==\n' +
        '  sets: temperature_unit, temp_control.enable\n' +
        '  ChirpStack: {"queueItem":{"confirmed":false,"fPort":85,"data":"/wBgAGUAAA=="}}\n' +
        '  The Things Stack: {"downlinks":[{"f_port":85,"frm_payload":"/wBgAGUAAA==","priority":"NORMAL"}]}\n',
    });
    // What the valve reports already is not sent; what it all reports, nothing.
    expect(run(['plan', '@wanted.json', '--max-size', '51', '--reported', '@reported.txt', '--sequence', '9', '--json']).stdout).toMatch(/"hex": "ff096000650000"/);
    expect(run(['plan', '{"temperature_unit": 1}', '--max-size', '51', '--reported', '@reported.txt']).stdout).toBe('nothing to send: the valve reports the wanted settings already\n');
    expect(run(['plan', '@wanted.json', '--max-size', '5']).stdout.match(/^frame \d of 2/gm)).toHaveLength(2);
    expect(run(['plan', '@wanted.json', '--region', 'EU868', '--dr', '4', '--no-repeater']).status).toBe(0);
    // Files named as people name them: no @ needed for plan and confirm.
    expect(run(['plan', 'wanted.json', '--max-size', '51', '--reported', 'reported.txt']).stdout).toMatch(/^frame 1 of 1: sequence 0, 7 bytes.*\n  hex: ff006000650000\n/);
  });

  test('confirm prints a row per command, exit status 1 while one is not applied, 0 when all are', () => {
    files['sent.json'] = run(['plan', '@wanted.json', '--max-size', '51', '--json']).stdout;
    const r = run(['confirm', 'sent.json', 'up.txt']);
    expect(r.stdout).toBe(
      'frame  sequence  delivered  command                       status    detail\n' +
        '1      0         yes        temperature_unit (0X60)       applied   reply: success, line 1\n' +
        '1      0         yes        temp_control.enable (0X6500)  rejected  reply: error write params (5), line 1\n',
    );
    expect(r.status).toBe(1);
    // The same frames as lines of hex; uplinks as JSON lines (decoded data, a ChirpStack event): all applied.
    files['sent.txt'] = 'ff006000650000\n';
    files['ok.txt'] = '{"check_sequence_number_reply": {"sequence_number": 0}, "ans": [{"result": 0, "length": 1, "id": "0X60"}]}\n' +
      JSON.stringify({ deviceInfo: { devEui: '24e124000000102a' }, fPort: 85, data: Buffer.from('ef026500', 'hex').toString('base64') }) + '\n';
    const ok = run(['confirm', '@sent.txt', '@ok.txt', '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).frames[0].commands.map((c: { status: string }) => c.status)).toEqual(['applied', 'applied']);
    // What matches nothing sent is listed under the table.
    expect(run(['confirm', 'ff00', 'ef015a\nff07\nfe03']).stdout.split('\n').slice(1)).toEqual([
      'unmatched: line 1: a reply to 0X5A (set_target_temperature), result 0',
      'unmatched: line 2: the echo of sequence 7',
      'unmatched: line 3: the echo of order check 3',
      '',
    ]);
    expect(run(['confirm', 'be', 'ef01be']).stdout).toBe('frame  sequence  delivered  command        status   detail\n1      -         yes        reboot (0XBE)  applied  reply: success, line 1\n');
    // Pending and superseded read as such; superseded and then applied is all applied: status 0.
    expect(run(['confirm', 'ff006000\nff016000', 'ff01']).stdout).toMatch(/temperature_unit \(0X60\)  superseded  sent again in frame 2\n.*pending\n$/);
    const resent = run(['confirm', 'ff006000\nff016000', 'ff01ef0160']);
    expect([resent.status, resent.stdout.split('\n')[2]]).toEqual([0, '2      1         yes        temperature_unit (0X60)  applied     reply: success, line 1']);
    // Events of a server with no payload, or of another port, are passed over; two frames with one number are warned of.
    files['events.txt'] = [JSON.stringify({ deviceInfo: { devEui: '24e124000000102a' }, fPort: 85 }), JSON.stringify({ deviceInfo: {}, fPort: 10, data: '/wA=' }), 'ff00ef0160'].join('\n');
    const events = run(['confirm', 'ff006000\nff006001', 'events.txt']);
    expect(events.stdout).toMatch(/reply: success, line 3\n/);
    expect(events.stdout).toMatch(/\nwarning: frames 1 and 2 carry the same sequence number 0/);
  });

  test.each([
    [['plan', '@wanted.json'], /give --region and --dr \(or --max-size\)/],
    [['plan', '@wanted.json', '--max-size', '51', '--region', 'EU868'], /give --max-size, or --region and --dr, not both/],
    [['plan', '@wanted.json', '--max-size', '51', '--no-repeater'], /--no-repeater goes with --region/],
    [['plan', '-', '--max-size', '51', '--reported', '-'], /standard input can give the wanted settings or the uplinks, not both/],
    [['plan', '{', '--max-size', '51'], /not valid JSON/],
    [['plan', '{"temp_control": {"enable": 7}}', '--max-size', '51'], /^wt102: wanted\.temp_control\.enable: 7 is not a flag/],
    [['plan', '@wanted.json', '--max-size', '51', '--reported', 'zz'], /--reported line 1: uplink: "zz" is neither hex/],
    [['plan', '@wanted.json', '--max-size', '51', '--reported', '{"a":'], /--reported line 1: not valid JSON/],
    [['confirm', '-', '-'], /standard input can give the frames sent or the uplinks, not both/],
    [['confirm', '[1', 'ff00'], /not valid JSON/],
    [['confirm', '{"a": 1}', 'ff00'], /sent line 1: frame: .* is neither hex/],
    [['confirm', '["zz"]', 'ff00'], /sent\[0\]: "zz" is neither hex/],
    [['confirm', 'ff00', '@missing.txt'], /uplinks: cannot read "missing.txt"/],
    [['confirm', 'ff00', 'a-directory'], /uplinks: cannot read "a-directory" \(EISDIR/],
    [['plan', 'nosuchfile.json', '--max-size', '51'], /^wt102: wanted: "nosuchfile.json" is neither a file nor JSON/],
    [['plan', '@wanted.json', '--max-size', '51', '--sequence', '300'], /^wt102: --sequence: 300 is not a sequence number 0…255/],
    [['plan', '@wanted.json', '--region', 'EU868', '--dr', '9'], /^wt102: --dr: 9 is not an EU868 downlink data rate/],
    [['plan', '@wanted.json', '--region', 'eu868', '--dr', '0'], /^wt102: --region: "eu868" is not a supported region/],
    [['plan', '@wanted.json', '--max-size', '99999999999999999999'], /^wt102: --max-size: 99999999999999999999 is too large/],
    [['confirm', '', 'ff07'], /^wt102: sent: no frames in the text given/],
    [['confirm', '[]', 'ff07'], /^wt102: sent: no frames/],
    [['confirm', 'ff0760006500006a0100', 'ff07\nef0160\nef52'], /^wt102: uplinks line 3: byte 2: ans \(0xef\) is truncated/],
    [['confirm', '["ff0160"]', 'ff01'], /^wt102: sent\[0\]: byte 3: temperature_unit/],
    [['confirm', 'ff0760006500006a0100', '{\n"ans": []\n}'], /^wt102: uplinks line 1: not valid JSON .*; each uplink is one line/],
    [['confirm', 'ff0760006500006a0100', '{"ans": [null]}'], /^wt102: uplinks line 1: /],
  ])('%j is refused in one line', (args, message) => {
    const r = run(args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('simulate with files on disk', () => {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const path = require('path') as typeof import('path');
  const onDisk = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const status = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: {} });
    return { status, stdout, stderr };
  };

  test('the state is written whole, what it refuses kept; --show --jsonl prints it on one line; an unwritable file is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-state-'));
    try {
      const state = path.join(dir, 'valve.json');
      fs.writeFileSync(state, JSON.stringify({ refuse: { '0X60': 7 } }));
      // 6000: °C; refused with 7 (error write): ef 71 60.
      expect(onDisk(['simulate', '--state', state, '6000', '--jsonl']).stdout).toBe('{"fPort":85,"hex":"ef7160","data":{"ans":[{"result":7,"length":1,"id":"0X60","name":"Temperature Unit"}]}}\n');
      const saved = JSON.parse(fs.readFileSync(state, 'utf8'));
      expect([saved.refuse, saved.settings.temperature_unit]).toEqual([{ '0X60': 7 }, 1]);
      const shown = onDisk(['simulate', '--state', state, '--show', '--jsonl']).stdout;
      expect(shown.split('\n')).toHaveLength(2);
      expect(JSON.parse(shown)).toEqual(saved);
      expect(fs.readdirSync(dir)).toEqual(['valve.json']);
      const r = onDisk(['simulate', '--state', path.join(dir, 'no-such-dir', 'valve.json'), 'be']);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/^wt102: --state: cannot write ".*valve.json" \(ENOENT/);
      expect(fs.readdirSync(dir)).toEqual(['valve.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
