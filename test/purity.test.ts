/** The core must run where network-server scripts run: no Node globals, no module loading. */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');
// Adapters may use Node (the CLI, the demo, the LoRaWAN entry); everything else is the core.
const ADAPTERS = new Set(['cli.ts', 'demo.ts', 'lorawan/index.ts', 'testing/fixtures.ts']);
/** Folders of adapters: the CLI's commands (src/cli/). */
const ADAPTER_FOLDERS = ['cli/'];

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    const rel = path.relative(SRC, p).replace(/\\/g, '/');
    return e.name.endsWith('.ts') && !ADAPTERS.has(rel) && !ADAPTER_FOLDERS.some((d) => rel.startsWith(d)) ? [p] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

test.each(coreFiles(SRC).map((f) => [path.relative(SRC, f), f]))('%s uses no Node globals', (_name, file) => {
  const code = withoutComments(fs.readFileSync(file, 'utf8'));
  expect(code).not.toMatch(/\b(Buffer|process|require|__dirname|__filename|global|setImmediate)\b/);
  expect(code).not.toMatch(/from ['"](?:node:)?(fs|path|os|crypto|child_process|util|stream|buffer)['"]/);
});

test('there are core files to check', () => {
  expect(coreFiles(SRC).length).toBeGreaterThan(5);
});

test('the core bundles for the browser with no Node built-ins, and runs without Node globals', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(SRC, 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'wt102',
    write: false,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const code = result.outputFiles[0].text;
  expect(code).not.toMatch(/require\(["'](?:node:)?\w+["']\)/);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vm = require('vm') as typeof import('vm');
  const context = vm.createContext({});
  vm.runInContext(code, context);
  expect(vm.runInContext("wt102.encodeHex({ serviceId: 'request_command_queries', inputs: { object_command: '0X6E01' } })", context)).toBe('ef026e01');
  expect(vm.runInContext("JSON.stringify(wt102.decodeUplink('0e01660832660855').battery)", context)).toBe('85');
});
