/**
 * The network servers' JavaScript runtimes, reproduced as their sources set them up (ChirpStack's
 * src/codec/js/mod.rs, The Things Stack's pkg/messageprocessors/javascript; the README's
 * "Use it in ChirpStack / The Things Stack" says what that means for the script):
 * ChirpStack v4 (QuickJS, the script wrapped in an ES module that imports the npm
 * `buffer` package, a fresh runtime per message) and an ES5.1 context standing in for
 * The Things Stack's goja and ChirpStack v3's otto (ES2015+ built-ins removed).
 */
import * as vm from 'vm';
import { newQuickJSWASMModuleFromVariant, shouldInterruptAfterDeadline } from 'quickjs-emscripten';
import type { QuickJSSyncVariant, QuickJSWASMModule } from 'quickjs-emscripten';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chirpstackBufferModule } = require('../../scripts/chirpstack-buffer-module.js') as { chirpstackBufferModule: () => string };

let quickjs: QuickJSWASMModule | undefined;

/**
 * Loads QuickJS. The published variant loads its Emscripten module with a dynamic
 * `import()`, which jest's VM cannot run without a Node flag; `require` loads the same file.
 */
export async function loadQuickJS(): Promise<void> {
  const variant: QuickJSSyncVariant = {
    ...(releaseSync as QuickJSSyncVariant),
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    importModuleLoader: () => Promise.resolve(require('@jitl/quickjs-wasmfile-release-sync/emscripten-module')),
  };
  quickjs = await newQuickJSWASMModuleFromVariant(variant);
  // The first runs pay for V8 compiling the WebAssembly, which native QuickJS in ChirpStack never does.
  for (let i = 0; i < 3; i++) chirpstackV4('function decodeUplink(input) { return { data: {} }; }', 'decodeUplink', { bytes: [] }, 5000);
}

/**
 * Runs one ChirpStack v4 codec call: a fresh runtime, `chirpstack_input` as a global,
 * the script wrapped verbatim in ChirpStack's module template, a time limit. ChirpStack allows
 * 100 ms to its native QuickJS; QuickJS as WebAssembly on a busy test machine is several times
 * slower, so the limit here is 400 ms (what a message costs natively is `npm run bench`'s to say).
 */
export function chirpstackV4(script: string, fn: 'decodeUplink' | 'encodeDownlink', input: object, limitMs = 400): unknown {
  if (quickjs === undefined) throw new Error('call loadQuickJS() first');
  const runtime = quickjs.newRuntime();
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + limitMs));
  runtime.setModuleLoader((name) => {
    if (name === 'buffer') return chirpstackBufferModule();
    throw new Error(`ChirpStack serves no module "${name}"`);
  });
  const ctx = runtime.newContext();
  try {
    const setup = ctx.evalCode(
      `globalThis.chirpstack_input = JSON.parse(${JSON.stringify(JSON.stringify(input))});` +
        `if (chirpstack_input.recvTime) chirpstack_input.recvTime = new Date(chirpstack_input.recvTime);`,
      'setup.js',
      { type: 'global' },
    );
    ctx.unwrapResult(setup).dispose();
    const module = `import { Buffer } from "buffer";\n\n${script}\n\nexport default ${fn}(chirpstack_input);\n`;
    const exports = ctx.unwrapResult(ctx.evalCode(module, 'codec.js', { type: 'module' }));
    const value = ctx.getProp(exports, 'default');
    const json = ctx.getString(ctx.unwrapResult(ctx.evalCode('(v) => JSON.stringify(v)', 'j.js', { type: 'global' })).consume((f) => ctx.unwrapResult(ctx.callFunction(f, ctx.undefined, value))));
    value.dispose();
    exports.dispose();
    return JSON.parse(json);
  } finally {
    ctx.dispose();
    runtime.dispose();
  }
}

/** ES2015+ built-ins an ES5.1 engine (otto, and goja as documented) does not have. */
const ES2015_BUILTINS = [
  'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Proxy', 'Reflect', 'ArrayBuffer', 'DataView',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'Uint8ClampedArray', 'BigInt', 'TextEncoder', 'TextDecoder', 'structuredClone', 'globalThis',
];
const ES2015_METHODS: [string, string][] = [
  ['Object', 'assign'], ['Object', 'entries'], ['Object', 'values'], ['Object', 'setPrototypeOf'], ['Object', 'is'],
  ['Object', 'getOwnPropertySymbols'], ['Object', 'fromEntries'],
  ['Number', 'isInteger'], ['Number', 'isFinite'], ['Number', 'isNaN'], ['Number', 'parseFloat'], ['Number', 'parseInt'],
  ['Math', 'trunc'], ['Math', 'sign'], ['Math', 'log2'], ['Array', 'from'], ['Array', 'of'], ['String', 'fromCodePoint'],
  ['Array.prototype', 'includes'], ['Array.prototype', 'find'], ['Array.prototype', 'findIndex'], ['Array.prototype', 'fill'],
  ['Array.prototype', 'flat'], ['Array.prototype', 'flatMap'], ['Array.prototype', 'entries'], ['Array.prototype', 'keys'],
  ['Array.prototype', 'values'], ['Array.prototype', 'copyWithin'],
  ['String.prototype', 'padStart'], ['String.prototype', 'padEnd'], ['String.prototype', 'includes'],
  ['String.prototype', 'startsWith'], ['String.prototype', 'endsWith'], ['String.prototype', 'repeat'],
  ['String.prototype', 'codePointAt'], ['String.prototype', 'normalize'],
];

/** A context with only ES5.1 built-ins, the script loaded as a (non-module) script. */
export function es5Context(script: string): vm.Context {
  const context = vm.createContext({});
  const strip =
    ES2015_BUILTINS.map((n) => `delete this[${JSON.stringify(n)}];`).join('') +
    ES2015_METHODS.map(([o, m]) => `delete ${o}[${JSON.stringify(m)}];`).join('');
  vm.runInContext(strip, context);
  vm.runInContext(script, context, { filename: 'wt102.js' });
  return context;
}

/** Calls `fn(...args)` inside the context with arguments made there (JSON), returns the result as JSON data. */
export function callIn(context: vm.Context, fn: string, ...args: unknown[]): unknown {
  const json = vm.runInContext(
    `JSON.stringify(${fn}.apply(null, JSON.parse(${JSON.stringify(JSON.stringify(args))})))`,
    context,
  ) as string | undefined;
  return json === undefined ? undefined : JSON.parse(json);
}

/** Like callIn, but returns the message of what the call threw (or undefined if it did not throw). */
export function thrownIn(context: vm.Context, fn: string, ...args: unknown[]): string | undefined {
  return vm.runInContext(
    `(function () { try { ${fn}.apply(null, JSON.parse(${JSON.stringify(JSON.stringify(args))})); } catch (e) { return String(e && e.message); } })()`,
    context,
  ) as string | undefined;
}
