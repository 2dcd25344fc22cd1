#!/usr/bin/env node
// Builds codecs/wt102.js, one ES5.1 script for ChirpStack v3/v4 and The Things Stack, from
// src/network-server/entry.ts; and codecs/ttn/wt102-codec.yaml from the fixtures.
//
// esbuild bundles (it cannot emit ES5), the TypeScript compiler lowers the bundle to ES5,
// and terser minifies it. Documentation is left out: every row keeps it in one `doc`
// sub-object (titles, labels, notes, examples, sources; a field kind's type word), which
// nothing at run time reads, and every byte is parsed on every message. `--check` fails
// instead of writing when the committed files differ from a fresh build.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const ts = require('typescript');
const { minify } = require('terser');
const { kitFiles, KIT_SCRIPTS } = require('./catalog-kits');
// Prettier's standalone build: its main entry loads plugins by dynamic import, which jest's VM refuses.
const prettier = require('prettier/standalone');
const PRETTIER_PLUGINS = [require('prettier/plugins/babel'), require('prettier/plugins/estree')];

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'codecs', 'wt102.js');
const FULL_SCRIPT = path.join(ROOT, 'codecs', 'wt102-full.js');
const YAML = path.join(ROOT, 'codecs', 'ttn', 'wt102-codec.yaml');
// The Device Repository wants the script beside the YAML (a file name, no path): a copy of codecs/wt102.js.
const TTN_SCRIPT = path.join(ROOT, 'codecs', 'ttn', 'wt102.js');
const GLOBAL = 'WT102_CODEC';
/**
 * The Things Stack console takes one formatter per tab, each at most 40,960 bytes: a file per tab, each
 * the library's own modules for that tab's functions (src/network-server/tts-*.ts), lowered to ES5 and
 * minified as any minifier does (whitespace, comments, local names; property names as they are).
 */
const CONSOLE_TABS = [
  { file: path.join(ROOT, 'codecs', 'tts', 'uplink.js'), tab: 'Uplink', entry: 'tts-uplink.ts', names: ['decodeUplink', 'normalizeUplink'], readOnly: true },
  { file: path.join(ROOT, 'codecs', 'tts', 'uplink-maker.js'), tab: 'Uplink', entry: 'tts-uplink-maker.ts', names: ['decodeUplink', 'normalizeUplink'], readOnly: true },
  // Object paths (`req`) do not fit in the tab's 40,960 bytes: a stand-in refuses them (see that module).
  { file: path.join(ROOT, 'codecs', 'tts', 'downlink.js'), tab: 'Downlink', entry: 'tts-downlink.ts', names: ['encodeDownlink', 'decodeDownlink'], standIns: { 'engine/object-paths': 'network-server/tts-downlink-no-paths' } },
];
const ENTRY_POINTS = ['decodeUplink', 'encodeDownlink', 'decodeDownlink', 'Decode', 'Encode', 'Decoder', 'Encoder'];
// `doc` (every row's and kind's documentation) and `device` (a kind's writer for encodeUplink, which the script has not).
const DOC_KEYS = new Set(['doc', 'device']);

/** Removes the properties named in `keys` (`doc`, `device`…) from the object literals of a table (or kind) module. */
function stripKeys(code, file, keys) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const transformer = (ctx) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && keys.has(p.name.text)));
        node = ts.factory.updateObjectLiteralExpression(node, kept);
      }
      return ts.visitEachChild(node, visit, ctx);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
  const result = ts.transform(source, [transformer]);
  return ts.createPrinter().printFile(result.transformed[0]);
}

/**
 * Turns template literals into `+` chains before lowering: TypeScript lowers them to
 * `"".concat(…)` calls, which are longer. Every interpolated value here is a string or
 * a number, for which `+` and a template literal give the same text.
 */
function templatesToConcat(ctx) {
  const f = ts.factory;
  const visit = (node) => {
    if (ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      // A text of several lines: a literal per line, joined, so that no line of the script is long.
      const lines = node.text.split(/(?<=\n)/);
      if (lines.length < 3) return f.createStringLiteral(node.text);
      return f.createParenthesizedExpression(lines.map((l) => f.createStringLiteral(l)).reduce((a, b) => f.createBinaryExpression(a, ts.SyntaxKind.PlusToken, b)));
    }
    if (ts.isTemplateExpression(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      let expr = f.createStringLiteral(node.head.text);
      for (const span of node.templateSpans) {
        expr = f.createBinaryExpression(expr, ts.SyntaxKind.PlusToken, f.createParenthesizedExpression(ts.visitNode(span.expression, visit)));
        if (span.literal.text) expr = f.createBinaryExpression(expr, ts.SyntaxKind.PlusToken, f.createStringLiteral(span.literal.text));
      }
      return f.createParenthesizedExpression(expr);
    }
    return ts.visitEachChild(node, visit, ctx);
  };
  return (sf) => ts.visitNode(sf, visit);
}

/**
 * Smaller stand-ins for TypeScript's ES5 helpers (emitted with `noEmitHelpers`). They cover
 * what this code base does with them: one class extending Error, object spread of plain
 * objects, array spread of arrays. A spread copies own enumerable keys (none of undefined or
 * null), as Object.keys lists them: in QuickJS that costs a third of a for…in filtered by
 * hasOwnProperty (binding every setting at once, about 170 spreads, was 0.55 M instructions dearer).
 */
const HELPER_FNS = {
  __extends: 'function __extends(d, b) { function F() { this.constructor = d; } F.prototype = b.prototype; d.prototype = new F(); }',
  __assign: `function __assign(t) {
  for (var i = 1; i < arguments.length; i++) { var s = arguments[i], keys = s == null ? [] : Object.keys(s); for (var k = 0; k < keys.length; k++) t[keys[k]] = s[keys[k]]; }
  return t;
}`,
  __spreadArray: 'function __spreadArray(to, from) { return to.concat(Array.prototype.slice.call(from)); }',
};
const HELPERS = `\n${Object.values(HELPER_FNS).join('\n')}\n`;

/**
 * The plugins of every bundle. `readOnly`: the bundle only decodes (The Things Stack's Uplink tab),
 * so each kind's writer (`write`) is left out with its documentation.
 */
const plugins = (readOnly) => [
  {
    // The tables are built by calls (builders), which esbuild must otherwise assume have effects: a table
    // module is left out of a bundle that uses nothing of it (The Things Stack's Downlink tab, no uplink row).
    name: 'pure-tables',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/(.*\/)?(services|settings|uplinks|builders|enums|ranges)$/ }, (args) => {
        const file = path.join(args.resolveDir, args.path) + '.ts';
        return /[\\/]src[\\/]schema[\\/]/.test(file) ? { path: file, sideEffects: false } : undefined;
      });
    },
  },
  {
    name: 'strip-docs',
    setup(build) {
      const kindKeys = readOnly ? new Set([...DOC_KEYS, 'write']) : DOC_KEYS;
      // What only decodes names a service in a reply by its command, and reads no inputs (uplinks carry no call).
      const serviceKeys = readOnly ? new Set([...DOC_KEYS, 'inputs']) : DOC_KEYS;
      const keysOf = (file) => (/[\\/]kinds[\\/]/.test(file) ? kindKeys : /[\\/]schema[\\/]services\.ts$/.test(file) ? serviceKeys : DOC_KEYS);
      build.onLoad({ filter: /[\\/]src[\\/](schema|engine[\\/]kinds)[\\/][^\\/]+\.ts$/ }, (args) => ({
        contents: stripKeys(fs.readFileSync(args.path, 'utf8'), args.path, keysOf(args.path)),
        loader: 'ts',
      }));
    },
  },
];

/** `entry` and what it imports as one ES2020 module (esbuild), for lowering to ES5; `options` are esbuild's, added. */
async function bundled(entry, options) {
  const bundle = await esbuild.build({
    ...(entry === undefined ? {} : { entryPoints: [entry] }),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
  return options.metafile ? { text: bundle.outputFiles[0].text, metafile: bundle.metafile } : bundle.outputFiles[0].text;
}

/**
 * Bundles `entry` (esbuild), lowers it to ES5 (TypeScript) and returns the body of a function
 * that ends by returning its exports `names` as `{name: value}`. `readOnly`: see `plugins`.
 */
async function es5Body(entry, names, readOnly = false, standIns = {}) {
  const SRC = path.join(ROOT, 'src');
  // A module the bundle takes another in place of (`standIns`, by module name under src/).
  const standIn = {
    name: 'stand-ins',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const m = path.relative(SRC, path.join(args.resolveDir, args.path)).replace(/\\/g, '/');
        const to = standIns[m] === undefined ? undefined : path.join(SRC, standIns[m] + '.ts');
        // The stand-in itself may take what it does not replace from the module it stands for.
        return to === undefined || to === args.importer ? undefined : { path: to };
      });
    },
  };
  // Minifying before lowering lets esbuild fold and drop what the lowered code would hide from terser.
  let code = await bundled(path.join(SRC, 'network-server', entry), { minify: true, plugins: [standIn, ...plugins(readOnly)] });
  // The bundle ends with `export{a as decodeUplink,…}`: it becomes the object the entry points call.
  const exportAt = code.search(/export\s*\{[^}]*\};?\s*$/);
  const exported = code.slice(code.indexOf('{', exportAt) + 1, code.indexOf('}', exportAt)).split(',').map((s) => s.trim().split(/\s+as\s+/));
  const local = Object.fromEntries(exported.map(([inner, outer]) => [outer || inner, inner]));
  code = code.slice(0, exportAt) + `return{${names.map((name) => `${name}:${local[name]}`).join(',')}};`;
  return ts.transpileModule(HELPERS + code, {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.None, removeComments: true, noEmitHelpers: true },
    transformers: { before: [templatesToConcat] },
  }).outputText;
}

/* ---------- The script's parts: the library's own modules, compiled on demand ---------- */

/**
 * Modules a part reaches only through WT102_LAZY, each a part of its own: what a message needs only when
 * something is wrong (the words of a problem, errors), only for some commands or keys (dates, command IDs,
 * what only uplinks carry, the maker's twins of temperatures), or only on some servers (the legacy entry
 * points of ChirpStack v3 and TTN v2). A part that uses one compiles it when it first calls it.
 */
const ON_DEMAND = ['network-server/legacy-decode', 'network-server/legacy-encode', 'engine/encode-settings', 'engine/encode-lists', 'engine/kinds/flags', 'engine/kinds/date', 'engine/kinds/query-length', 'engine/kinds/command-id', 'codec/maker-object', 'engine/read-problems', 'engine/read-entries', 'base/errors', 'schema/command-ids', 'schema/command-id-names', 'engine/read-uplink-only', 'engine/read-text', 'engine/words', 'engine/command-list', 'base/dates', 'engine/twins', 'engine/maker-forms', 'engine/object-paths'];
/**
 * ON_DEMAND parts that take the modules their host part holds from it rather than carry their own copy:
 * writing settings and the maker's object is compiled only for a message that holds them, and uses the
 * service calls' writer, the kinds and the rest of the write part; so do the kinds that only settings or a few
 * services write (the downlink kinds' table reads them through getters: src/engine/kinds/index.ts); the legacy entry points
 * call the TS013 ones' code.
 */
const HOSTED = {
  'network-server/legacy-decode': 'read-uplink',
  'network-server/legacy-encode': 'write',
  'engine/encode-settings': 'write',
  'engine/encode-lists': 'write',
  'engine/kinds/flags': 'write',
  'engine/kinds/date': 'write',
  'engine/kinds/query-length': 'write',
  'engine/kinds/command-id': 'write',
  'codec/maker-object': 'write',
};
/** The parts that find commands in the stored plans (src/network-server/stored-commands.ts) instead of the tables. */
const READS_PLANS = new Set(['read-uplink', 'read-downlink', 'write', 'engine/encode-settings', 'codec/maker-object', 'engine/read-uplink-only', 'engine/maker-forms', 'engine/object-paths']);

/**
 * Part `name` (src/network-server/parts/<name>.ts, or an ON_DEMAND module) as readable ES5: bundled by
 * esbuild with the other ON_DEMAND modules left out, lowered to ES5 and CommonJS by TypeScript, and each
 * `require` of a module left out made a WT102_LAZY call. Its text is a function `(exports, WT102_LAZY,
 * WT102_PLANS)` that fills `exports`. A HOSTED part leaves out what its host holds too (`hostModules`); the
 * host, given `hostExports` (module → names its hosted parts take), exports those as well. Gives the text, the
 * bundle before lowering, and the modules it holds.
 */
async function partText(name, hostExports = {}, hostModules = new Set()) {
  const SRC = path.join(ROOT, 'src');
  const entry = ON_DEMAND.includes(name) ? path.join(SRC, name + '.ts') : path.join(SRC, 'network-server', 'parts', name + '.ts');
  const moduleOf = (file) => path.relative(SRC, file).replace(/\\/g, '/').replace(/\.ts$/, '');
  const host = HOSTED[name];
  const onDemand = {
    name: 'on-demand',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        // A directory's import (`./kinds`) is of its index module, as the bundle's inputs name it.
        const dir = moduleOf(path.join(args.resolveDir, args.path));
        const m = fs.existsSync(path.join(SRC, dir, 'index.ts')) ? dir + '/index' : dir;
        if (m !== name && ON_DEMAND.includes(m)) return { path: 'wt102:' + m, external: true };
        // A hosted part takes what its host holds from the host (`wt102:@write/engine/struct`): one copy of each module.
        const held = m === 'engine/commands' ? 'network-server/stored-commands' : m;
        if (hostModules.has(held)) return { path: `wt102:@${host}/${held}`, external: true };
        if (m === 'engine/commands' && READS_PLANS.has(name)) return { path: path.join(SRC, 'network-server', 'stored-commands.ts') };
        return undefined;
      });
    },
  };
  // A host also exports what its hosted parts take from it (`hostExports`: module → names).
  const extra = Object.entries(hostExports).map(([m, names]) => `export { ${[...names].join(', ')} } from ${JSON.stringify(path.join(SRC, m))};`);
  const options = { plugins: [onDemand, ...plugins(name !== 'write' && HOSTED[name] !== 'write')], metafile: true, absWorkingDir: ROOT };
  if (extra.length) options.stdin = { contents: `export * from ${JSON.stringify(entry)};\n${extra.join('\n')}\n`, resolveDir: SRC, sourcefile: path.join(SRC, 'network-server', 'parts', name + '-host.ts'), loader: 'ts' };
  const { text: esm, metafile } = await bundled(extra.length ? undefined : entry, options);
  const modules = new Set(Object.keys(metafile.inputs).map((f) => moduleOf(path.resolve(ROOT, f))));
  let code = ts.transpileModule(esm, {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, removeComments: false, noEmitHelpers: true },
    transformers: { before: [templatesToConcat] },
  }).outputText;
  // Each part another one takes from is one variable, `<name>_part` (`errors_part().pathError(…)`), declared where the
  // first module that takes from it begins: TypeScript declares one for each module that imports it.
  const lazy = new Map();
  const lowered = code;
  code = code
    .replace(/^"use strict";\n/, '')
    .replace(/^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);\n/m, '')
    .replace(/\/\* @__PURE__ \*\/ ?|\/\*\* @class \*\/ ?/g, '')
    // What comments esbuild keeps become line comments: a part is kept inside a block comment.
    .replace(/^([ \t]*)\/\*\*?([\s\S]*?)\*\/[ \t]*$/gm, (_, indent, body) =>
      body
        .split('\n')
        .map((line) => line.replace(/^\s*\*? ?/, '').trimEnd())
        .filter((line, i, all) => line || (i > 0 && i < all.length - 1))
        .map((line) => `${indent}// ${line}`.trimEnd())
        .join('\n'),
    )
    .replace(/^ *var (\w+) = require\("wt102:([^"]+)"\);\n/gm, (line, v, m) => {
      const part = m.replace(/^@([^/]+)\/.*$/, '$1');
      const name = part.replace(/^.*\//, '').replace(/-/g, '_') + '_part';
      const first = ![...lazy.values()].includes(name);
      lazy.set(v, name);
      return first ? line.replace(/var \w+ = require\("[^"]+"\)/, `var ${name} = WT102_LAZY(${JSON.stringify(part)})`) : '';
    })
    // A class as TypeScript lowers it is a parenthesised function expression, which QuickJS tokenizes twice (it
    // looks ahead to the closing parenthesis for an arrow function): its constructor and methods at top level.
    // (esbuild may have named the class otherwise inside: `class_1`.)
    .replace(/^var (\w+) = \(function \((_super)?\) \{\n([\s\S]*?)\n    return (\w+);\n\}\((\w*)\)\);$/gm, (_, name, sup, body, inner, base) =>
      (sup ? body.replace(/\b_super\b/g, base) : body).replace(new RegExp(`\\b${inner}\\b`, 'g'), name).replace(/^    /gm, ''),
    );
  for (const name of new Set(lazy.values())) if (new RegExp(`\\b${name}\\b`).test(lowered)) throw new Error(`build: part ${name} names ${name} already`);
  for (const [v, name] of lazy) code = code.replace(new RegExp(`\\b${v}\\.`, 'g'), `${name}().`);
  // TypeScript calls an imported function as `(0, m.f)(…)`, so that it gets no `this`; none of ours uses `this`, and
  // `m().f(…)` reads as what it is (and is four tokens fewer for each message to compile).
  code = code.replace(/\(0, (\w+)\(\)\.(\w+)\)\(/g, '$1().$2(');
  // Two spaces a level, as the sources are written (TypeScript prints four): the script is read as it is carried.
  code = code.replace(/^((?:    )+)/gm, (indent) => ' '.repeat(indent.length / 2));
  // ASCII only: QuickJS gives a function's source back at ~1.5 instructions a character when it is ASCII,
  // ~22 when one character is not. What is not ASCII is in string literals, where an escape is the same text.
  code = code.replace(/[^\x00-\x7e]/g, (ch) => '\\u' + ('000' + ch.charCodeAt(0).toString(16)).slice(-4));
  if (/\brequire\(/.test(code)) throw new Error(`build: part ${name} requires a module that is not a part`);
  // TypeScript's helpers, those the part calls (written out once per part: a part is compiled on its own).
  const helpers = Object.keys(HELPER_FNS).filter((h) => code.includes(h + '(')).map((h) => HELPER_FNS[h] + '\n');
  const text = `0, function (exports, WT102_LAZY, WT102_PLANS) {\n'use strict';\n${helpers.join('')}${code.trim()}\n}`;
  // Formatted as people read code: lines of at most 160 characters (the script is read as it is pasted).
  const formatted = (await prettier.format(text, { parser: 'babel', plugins: PRETTIER_PLUGINS, printWidth: 150, singleQuote: false, trailingComma: 'none', quoteProps: 'preserve' })).trim();
  // Prettier puts the expression in parentheses, which QuickJS would tokenize twice (see above): `0, function …` as written.
  const bare = formatted.replace(/^\(0,\n\s*/, '0, ').replace(/\}\);$/, '}').replace(/^  /gm, '');
  if (bare === formatted) throw new Error(`build: part ${name} is not formatted as expected`);
  return { text: bare, esm, modules };
}

/** A standard minification: whitespace, comments and local names; property names as they are. */
async function minified(code) {
  const min = await minify(code, {
    ecma: 5,
    // No inlining of functions: it copies the tables' small builders into each call (`{kind:"bool"}` for each
    // `bool()`), which makes the files longer, and each console tab is held to a size (test/network-server.test.ts).
    compress: { passes: 3, unsafe: true, pure_getters: true, inline: 0 },
    mangle: { toplevel: false },
    format: { comments: false },
  });
  return min.code;
}

/** The entry points, as top-level function declarations (ChirpStack and TTS look them up), calling `codec`'s. */
function declarations(codec) {
  return ENTRY_POINTS.map((name) => `function ${name}(a, b, c) { return ${codec}.${name}(a, b, c); }`).join('\n') + '\n';
}

/** The full codec (src/network-server/entry.ts): the library's engine with the TS013 and legacy entry points, as one ES5 script (codecs/wt102-full.js). */
async function buildFull() {
  const body = await es5Body('entry.ts', ENTRY_POINTS);
  const min = await minified(`var ${GLOBAL} = (function () {\n'use strict';\n${body}\n})();\n`);
  return `${min}\n${declarations(GLOBAL)}`;
}

/** Header lines of both scripts. */
function header(pkg, what) {
  return (
    `// wt102-codec ${pkg.version}: Milesight WT102 codec for ChirpStack v3/v4 and The Things Stack (ES5.1).\n` +
    `// Generated from src/ by \`npm run build:codecs\`; do not edit. ${what}\n`
  );
}

async function buildScripts() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const full = await buildFull();
  // The boot as written: readable ES5 with its comments, the entry points and how a message is answered.
  const boot = fs.readFileSync(path.join(ROOT, 'src', 'network-server', 'script', 'boot.js'), 'utf8');
  // The library's parts, readable, each in a function's comment (read back as text, compiled when needed).
  let parts = '\nvar WT102_PARTS = {};\n';
  const names = ['read-uplink', 'read-downlink', 'write', 'normalize', ...ON_DEMAND];
  const built = {};
  // What each host holds, from a build of it alone: its hosted parts take those modules from it.
  const held = {};
  for (const host of new Set(Object.values(HOSTED))) held[host] = (await partText(host)).modules;
  // Hosted parts first: what they take from their host, the host exports (module → names).
  const hostExports = {};
  for (const [name, host] of Object.entries(HOSTED)) {
    built[name] = await partText(name, {}, held[host]);
    const taken = (hostExports[host] = hostExports[host] || {});
    for (const [, list, m] of built[name].esm.matchAll(/import\s*\{([^}]*)\}\s*from\s*"wt102:@[^/"]+\/([^"]+)"/g)) {
      for (const item of list.split(',')) (taken[m] = taken[m] || new Set()).add(item.trim().split(/\s+as\s+/)[0]);
    }
    if (/from\s*"wt102:@/.test(built[name].esm.replace(/import\s*\{[^}]*\}\s*from\s*"wt102:@[^"]+"/g, ''))) throw new Error(`build: part ${name} takes from its host other than by name`);
  }
  for (const [host, taken] of Object.entries(hostExports)) {
    const seen = new Map();
    for (const [m, set] of Object.entries(taken)) for (const n of set) {
      if (seen.has(n) && seen.get(n) !== m) throw new Error(`build: ${host} would export ${n} of both ${seen.get(n)} and ${m}`);
      seen.set(n, m);
    }
  }
  for (const name of names) {
    const text = (built[name] || (built[name] = await partText(name, hostExports[name]))).text;
    // The part is kept inside a block comment, which its own `*/` would end.
    if (text.includes('*/')) throw new Error(`build: part ${name} holds "*/"`);
    parts += `WT102_PARTS[${JSON.stringify(name)}] = function () {/*${text}*/};\n`;
  }
  const { planStoreText } = require(path.join(ROOT, 'dist', 'network-server', 'plan-store.js'));
  const plans = planStoreText();
  if (plans.includes('*/') || /[^\x0a\x20-\x7e]/.test(plans)) throw new Error('build: the plans must be printable ASCII without "*/"');
  const script =
    header(pkg, 'How it works: below.') +
    boot +
    parts +
    "\n// The commands' plans (src/engine/plans.ts; src/network-server/stored-commands.ts reads them): an index of their\n" +
    '// IDs and names, then each plan as JSON.\nfunction WT102_PLANS() {/*' +
    plans +
    '*/}\n';
  const consoleFiles = [];
  for (const tab of CONSOLE_TABS) consoleFiles.push([tab.file, await buildConsoleFile(tab, pkg)]);
  return { script, full: header(pkg, 'Entry points: TS013, ChirpStack v3, TTN v2.') + full, consoleFiles };
}

/** One console tab's file: the entry points at top level, calling the tab's codec (`WT102`). */
async function buildConsoleFile({ tab, entry, names, readOnly, standIns }, pkg) {
  const body = await es5Body(entry, names, readOnly, standIns);
  const entries = names.map((name) => `function ${name}(input) { return WT102.${name}(input); }`).join('\n');
  const code = `var WT102 = (function () {\n'use strict';\n${body}\n})();\n${entries}\n`;
  const min = await minified(code);
  return (
    `// wt102-codec ${pkg.version}: Milesight WT102 codec for The Things Stack console's ${tab} tab (${names.join(', ')}; ES5.1).\n` +
    `// Generated from src/network-server/${entry} by \`npm run build:codecs\`, minified; do not edit.\n` +
    min +
    '\n'
  );
}

/* ---------- The Things Stack Device Repository codec file ---------- */

/** YAML for plain data: strings are JSON-quoted (valid YAML double-quoted scalars). */
function yaml(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    if (value.every((v) => typeof v !== 'object' || v === null)) return ' [' + value.map((v) => JSON.stringify(v)).join(', ') + ']';
    return value.map((v) => `\n${pad}-` + yaml(v, indent + 2).replace(/^\n {0,}/, ' ')).join('');
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return ' {}';
    return keys.map((k) => `\n${pad}${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : JSON.stringify(k)}:` + yaml(value[k], indent + 2)).join('');
  }
  return ' ' + JSON.stringify(value);
}

function buildYaml() {
  const lib = require(path.join(ROOT, 'dist'));
  const services = require(path.join(ROOT, 'fixtures', 'services.json'));
  const settings = require(path.join(ROOT, 'fixtures', 'settings.json'));
  const uplinks = require(path.join(ROOT, 'fixtures', 'uplinks.json'));
  const bytesOf = (hex) => Array.from(Buffer.from(hex, 'hex'));
  const pick = (list, n) => list.filter((v) => v.source === 'PROTOCOL.md example').slice(0, n);
  const { normalizeUplink } = require(path.join(ROOT, 'dist', 'network-server', 'normalize.js'));
  const uplinkExamples = pick(uplinks.vectors, 10).map((v) => ({
    description: v.description,
    input: { fPort: 85, bytes: bytesOf(v.hex) },
    output: { data: v.data },
    // What The Things Stack's normalizeUplink gives for it (the repository runs it on every example).
    normalizedOutput: normalizeUplink({ data: v.data }),
  }));
  const downlinkCalls = [
    ...pick(services.vectors, 30).filter((v) => Object.keys(v.call.inputs).length > 0).slice(0, 8).map((v) => ({ d: v.description, data: v.call, hex: v.hex })),
    ...pick(settings.vectors, 6).map((v) => ({ d: v.description, data: { properties: v.properties }, hex: v.hex })),
    { d: "the maker's codec object", data: { set_target_temperature: { value: 21.5 } }, hex: '5a6608' },
    { d: "the maker's codec object, a setting", data: { temp_control: { enable: 1 } }, hex: '650001' },
  ];
  const downlinkEncoder = downlinkCalls.map((c) => ({
    description: c.d,
    input: { data: c.data },
    output: { bytes: bytesOf(c.hex), fPort: 85 },
  }));
  const downlinkDecoder = downlinkCalls.slice(0, 10).map((c) => ({
    description: c.d,
    input: { fPort: 85, bytes: bytesOf(c.hex) },
    output: { data: { calls: lib.decode(c.hex) } },
  }));
  const doc = {
    uplinkDecoder: { fileName: 'wt102.js', examples: uplinkExamples },
    downlinkEncoder: { fileName: 'wt102.js', examples: downlinkEncoder },
    downlinkDecoder: { fileName: 'wt102.js', examples: downlinkDecoder },
  };
  return (
    '# The Things Stack Device Repository codec definition for the Milesight WT102, with wt102.js beside it\n' +
    '# (copy both into vendor/milesight-iot/). Generated by `npm run build:codecs` from the fixtures; do not edit.\n' +
    yaml(doc, 0).replace(/^\n/, '') +
    '\n'
  );
}

module.exports = { CONSOLE_TABS, buildScripts, buildYaml, SCRIPT, FULL_SCRIPT, TTN_SCRIPT, YAML, DOC_KEYS };

if (require.main === module) {
  (async () => {
    const scripts = await buildScripts();
    const outputs = [
      [SCRIPT, scripts.script],
      [FULL_SCRIPT, scripts.full],
      [TTN_SCRIPT, scripts.script],
      ...KIT_SCRIPTS.map((file) => [file, scripts.script]),
      ...scripts.consoleFiles,
      [YAML, buildYaml()],
      ...kitFiles(),
    ];
    if (process.argv.includes('--check')) {
      const stale = outputs.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
      for (const [file] of stale) console.error(`${path.relative(ROOT, file)} is stale: run npm run build:codecs`);
      process.exit(stale.length ? 1 : 0);
    }
    for (const [file, text] of outputs) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`${path.relative(ROOT, file)}: ${Buffer.byteLength(text)} bytes`);
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
