/**
 * The package as users get it: `npm pack`, installed into a fresh project, used from
 * CommonJS, from an ES module, from TypeScript (tsc --noEmit), and through its bin.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// `--ignore-scripts`: `npm test` has just built dist/, and a rebuild here would race the other test files reading it.
let project = '';
let files: string[] = [];

beforeAll(() => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-pack-'));
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = path.join(work, 'consumer');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed[0].filename)], { cwd: project, stdio: 'ignore' });
}, 180_000);

/** `tsc -p dir` with this repository's TypeScript, as a consumer's build would run it. */
function typeCheck(dir: string): { status: number | null; output: string } {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

test('the playground is in the tarball, whole: it loads nothing from the network', () => {
  expect(files).toContain('dist/playground.html');
  const html = fs.readFileSync(path.join(project, 'node_modules', 'wt102-codec', 'dist', 'playground.html'), 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  // No script, style, image or link that a browser would fetch from elsewhere.
  expect(html.match(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi)).toBeNull();
  expect(html).toContain('WT102 payload playground');
});

test('the tarball holds what users need and nothing else', () => {
  expect(files).toEqual(
    expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'CONTRIBUTING.md', 'dist/index.js', 'dist/index.mjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/lorawan/index.js', 'codecs/wt102.js', 'docs/PROTOCOL.md', 'fixtures/uplinks.json']),
  );
  expect(files.filter((f) => /^(src|test|scripts|\.ci)\//.test(f) || f.endsWith('.tgz'))).toEqual([]);
});

test('every link of the installed README files leads to a file of the package (and every anchor to a heading)', () => {
  const installed = path.join(project, 'node_modules', 'wt102-codec');
  const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s/g, '-');
  const checked: string[] = [];
  for (const readme of ['README.md', 'codecs/README.md', 'CONTRIBUTING.md']) {
    const text = fs.readFileSync(path.join(installed, readme), 'utf8');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const [target, anchor] = m[1].split('#');
      if (/^[a-z]+:/.test(target)) continue;
      const file = target === '' ? path.join(installed, readme) : path.join(installed, path.dirname(readme), target);
      expect([readme, m[1], fs.existsSync(file)]).toEqual([readme, m[1], true]);
      if (anchor !== undefined && file.endsWith('.md')) {
        const headings = (fs.readFileSync(file, 'utf8').match(/^#+ .*$/gm) || []).map((h) => anchorOf(h.replace(/^#+ /, '')));
        expect([readme, m[1], headings.includes(anchor)]).toEqual([readme, m[1], true]);
      }
      checked.push(m[1]);
    }
  }
  expect(checked).toEqual(expect.arrayContaining(['docs/PROTOCOL.md', 'CHANGELOG.md', 'CONTRIBUTING.md']));
});

test("the fixtures say where their bytes come from within the package (docs/PROTOCOL.md), not outside it", () => {
  for (const f of files.filter((x) => /^fixtures\/.*\.json$/.test(x))) {
    const source = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'wt102-codec', f), 'utf8'))._source ?? '';
    expect([f, /\.\.\//.test(source)]).toEqual([f, false]);
  }
});

test('CommonJS: require the root and the LoRaWAN entry', () => {
  const out = node(['-e', "const w = require('wt102-codec'); const l = require('wt102-codec/lorawan'); console.log(w.encodeHex({ serviceId: 'request_command_queries', inputs: { object_command: '0X6E01' } }), typeof l.parsePhy)"]);
  expect(out.trim()).toBe('ef026e01 function');
});

test('ES module: named imports; instanceof CodecError holds whichever build (ES module, CommonJS, LoRaWAN) threw', () => {
  const out = node([
    '--input-type=module',
    '-e',
    "import { decode, CodecError } from 'wt102-codec'; import { createRequire } from 'module'; import { buildDownlinkPhy, parsePhy } from 'wt102-codec/lorawan';" +
      "const cjs = createRequire(import.meta.url)('wt102-codec'); const fails = (f) => { try { f(); } catch (x) { return x; } };" +
      "const e = fails(() => decode('00')), c = fails(() => cjs.decode('00')), l = fails(() => parsePhy('zz', { nwkSKey: '00' }));" +
      "console.log(JSON.stringify(decode('5a6608')), [e, c, l].map((x) => [x instanceof CodecError, x instanceof cjs.CodecError].join()).join(' '), new Error('x') instanceof CodecError, typeof buildDownlinkPhy)",
  ]);
  expect(out.trim()).toBe('[{"serviceId":"set_target_temperature","inputs":{"value":21.5}}] true,true true,true true,true false function');
});

test('the ES module build is tree-shaken by a bundler: encodeHex alone is about half the library (it was 92 KB and more)', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const size = async (code: string) => {
    const r = await esbuild.build({ stdin: { contents: code, resolveDir: project }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    return r.outputFiles[0].contents.length;
  };
  const one = await size("import { encodeHex } from 'wt102-codec'; console.log(encodeHex({ serviceId: 'reboot' }));");
  const all = await size("import * as wt102 from 'wt102-codec'; console.log(wt102);");
  console.log(`a browser bundle (esbuild, minified) of encodeHex alone: ${one} bytes; of the whole library: ${all} bytes`);
  expect(one).toBeLessThan(64 * 1024);
  expect(one).toBeLessThan(all * 0.75);
});

test.each(['commonjs', 'module'])('TypeScript (%s consumer, moduleResolution node16) type-checks, and catches a misspelt service', (type) => {
  const dir = path.join(project, `ts-${type}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type }));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, target: 'es2020', types: [] }, files: ['good.ts'] }),
  );
  fs.writeFileSync(
    path.join(dir, 'good.ts'),
    "import { encode, decodeUplink, type ServiceCall } from 'wt102-codec';\n" +
      "import { parsePhy } from 'wt102-codec/lorawan';\n" +
      "const call: ServiceCall = { serviceId: 'set_target_temperature', inputs: { value: 21.5 } };\n" +
      'export const bytes: Uint8Array = encode(call);\n' +
      "export const battery = decodeUplink('0055').battery;\n" +
      'export const p = parsePhy;\n',
  );
  expect(typeCheck(dir)).toEqual({ status: 0, output: '' });
  fs.writeFileSync(path.join(dir, 'good.ts'), "import type { ServiceCall } from 'wt102-codec';\nexport const c: ServiceCall = { serviceId: 'set_target_temprature', inputs: { value: 1 } };\n");
  const bad = typeCheck(dir);
  expect(bad.status).not.toBe(0);
  expect(bad.output).toContain('set_target_temprature');
});

test.each([
  ['module commonjs + moduleResolution node10 (typesVersions)', { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }],
  ['exactOptionalPropertyTypes, without skipLibCheck', { module: 'node16', moduleResolution: 'node16', exactOptionalPropertyTypes: true, skipLibCheck: false }],
])('TypeScript consumer, %s: the root and the LoRaWAN entry type-check', (name, options) => {
  const dir = path.join(project, `ts-${name.replace(/\W+/g, '-')}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2020', types: [], ...options }, files: ['use.ts'] }));
  fs.writeFileSync(
    path.join(dir, 'use.ts'),
    "import { encode, decodeUplink, SETTINGS, type ServiceCall, type Properties } from 'wt102-codec';\n" +
      "import { parsePhy, buildDownlinkPhy } from 'wt102-codec/lorawan';\n" +
      "const call: ServiceCall = { serviceId: 'set_target_temperature', inputs: { value: 21.5 } };\n" +
      "const props: Properties = { temp_control: { enable: 1 }, schedule_settings: [{ id: 2, start_time: 390 }] };\n" +
      'export const bytes: Uint8Array = encode([call, { properties: props }]);\n' +
      "export const battery = decodeUplink('0055').battery;\n" +
      'export const first = SETTINGS[0].title;\n' +
      'export const p = [parsePhy, buildDownlinkPhy];\n' +
      "import { fixtures, chirpstackUplinkEvent, payloadFromEnvelope, type UplinkFixture } from 'wt102-codec/testing';\n" +
      'export const u: readonly UplinkFixture[] = fixtures.uplinks;\n' +
      "export const port: number = payloadFromEnvelope(chirpstackUplinkEvent('016608')).fPort;\n" +
      "import { planSettings, confirmDownlinks, reportedSettings, type PlannedFrame, type Confirmation } from 'wt102-codec';\n" +
      "import { createValve, type ValveUplink } from 'wt102-codec/testing';\n" +
      "const frames: PlannedFrame[] = planSettings({ temp_control: { enable: 0 } }, { region: 'EU868', dataRate: 0 });\n" +
      'const replies: ValveUplink[] = frames.flatMap((f) => createValve().receive(f.bytes));\n' +
      "export const confirmed: Confirmation['frames'][number]['commands'][number]['status'] = confirmDownlinks(frames, replies).frames[0].commands[0].status;\n" +
      'export const reported: Record<string, unknown> = reportedSettings(replies);\n',
  );
  expect(typeCheck(dir)).toEqual({ status: 0, output: '' });
});

test('wt102-codec/testing: the fixtures travel with the package, from CommonJS and ES modules', () => {
  expect(node(['-e', "const t = require('wt102-codec/testing'); console.log(t.fixtures.uplinks.length > 30, t.payloadFromEnvelope(t.ttsUplinkMessage('016608')).hex)"]).trim()).toBe('true 016608');
  expect(node(['--input-type=module', '-e', "import { fixtures, chirpstackUplinkEvent } from 'wt102-codec/testing'; console.log(fixtures.downlinks.length > 100, chirpstackUplinkEvent('0055').object.battery)"]).trim()).toBe('true 85');
});

test('the wt102 bin runs from the installed package', () => {
  const bin = path.join(project, 'node_modules', '.bin', 'wt102');
  const r = spawnSync(bin, ['encode', 'request_command_queries', 'object_command=0X6E01'], { encoding: 'utf8' });
  expect(r.stdout).toBe('ef026e01\n');
  expect(r.status).toBe(0);
  // Its commands in modules of their own (dist/cli/): plan, simulate, confirm, and the playground's page beside them.
  expect(spawnSync(bin, ['plan', '{"temperature_unit": 0}', '--max-size', '51', '--json'], { encoding: 'utf8' }).stdout).toMatch(/"hex": "ff006000"/);
  expect(spawnSync(bin, ['simulate', 'ff006000', '--jsonl'], { encoding: 'utf8' }).stdout).toMatch(/^\{"fPort":85,"hex":"ff00ef0160"/);
  expect(spawnSync(bin, ['confirm', 'ff006000', 'ff00ef0160'], { encoding: 'utf8' }).status).toBe(0);
  expect(spawnSync(bin, ['playground', '--path'], { encoding: 'utf8' }).stdout.trim()).toBe(path.join(fs.realpathSync(path.join(project, 'node_modules', 'wt102-codec')), 'dist', 'playground.html'));
});

test('planning and the virtual valve from ES modules and CommonJS', () => {
  const script =
    "const frames = planSettings({ temperature_unit: 0 }, { maxPayloadSize: 51 }); const valve = createValve();" +
    'console.log(confirmDownlinks(frames, frames.flatMap((f) => valve.receive(f.bytes))).frames[0].commands[0].status)';
  expect(node(['--input-type=module', '-e', "import { planSettings, confirmDownlinks } from 'wt102-codec'; import { createValve } from 'wt102-codec/testing';" + script]).trim()).toBe('applied');
  expect(node(['-e', "const { planSettings, confirmDownlinks } = require('wt102-codec'); const { createValve } = require('wt102-codec/testing');" + script]).trim()).toBe('applied');
});

test('npm install <path-to-a-clone> builds the clone (its prepare installs the build tools first) and works', () => {
  // A clone as a user makes it: the committed tree, no node_modules, no dist.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-clone-'));
  const clone = path.join(work, 'wt102-codec');
  execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'ignore' });
  // The clone gets this checkout's prepare script, whatever is committed (the test runs on uncommitted work too).
  fs.copyFileSync(path.join(ROOT, 'scripts', 'prepare.js'), path.join(clone, 'scripts', 'prepare.js'));
  const consumer = path.join(work, 'consumer');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const r = spawnSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', clone], { cwd: consumer, encoding: 'utf8' });
  expect(r.status).toBe(0);
  const out = execFileSync(process.execPath, ['-e', "console.log(require('wt102-codec').encodeHex({ serviceId: 'reboot' }))"], { cwd: consumer, encoding: 'utf8' });
  expect(out.trim()).toBe('be');
}, 300_000);
