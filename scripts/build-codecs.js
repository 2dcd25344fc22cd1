#!/usr/bin/env node
// Builds codecs/wt102.js: one ES5.1 script for ChirpStack v3/v4 and The Things Stack,
// from src/network-server/entry.ts, and codecs/ttn/wt102-codec.yaml from the fixtures.
// esbuild bundles (it cannot emit ES5), the TypeScript compiler lowers to ES5, and
// esbuild minifies the ES5 result. `--check` fails instead of writing when the
// committed files differ from a fresh build.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'codecs', 'wt102.js');
const GLOBAL = 'WT102_CODEC';
const ENTRY_POINTS = ['decodeUplink', 'encodeDownlink', 'decodeDownlink', 'Decode', 'Encode', 'Decoder', 'Encoder'];

function buildScript() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const bundled = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src', 'network-server', 'entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2017',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  }).outputFiles[0].text;
  const es5 = ts.transpileModule(bundled, {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.None, removeComments: true, noEmitHelpers: false },
  }).outputText;
  // The helpers TypeScript adds (__assign, __extends…) stay inside one function scope with the codec.
  const wrapped =
    `var ${GLOBAL} = (function () {\n${es5}\nreturn ${GLOBAL};\n})();\n` +
    ENTRY_POINTS.map((name) => `function ${name}(a, b, c) { return ${GLOBAL}.${name}(a, b, c); }`).join('\n') +
    '\n';
  const minified = esbuild.transformSync(wrapped, { minify: true, target: 'es5', charset: 'utf8', legalComments: 'none' }).code;
  return (
    `// wt102-codec ${pkg.version}: Milesight WT102 codec for ChirpStack v3/v4 and The Things Stack.\n` +
    `// Generated from src/ by \`npm run build:codecs\`; do not edit. Entry points: ${ENTRY_POINTS.join(', ')}.\n` +
    minified
  );
}

module.exports = { buildScript, OUT };

if (require.main === module) {
  const script = buildScript();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== script) {
      console.error('codecs/wt102.js is stale: run npm run build:codecs');
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUT, script);
    console.log(`codecs/wt102.js: ${Buffer.byteLength(script)} bytes`);
  }
}
