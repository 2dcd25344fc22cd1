#!/usr/bin/env node
// The ES module build: dist/index.mjs and dist/lorawan/index.mjs, each the library's modules bundled by esbuild
// as one ES module (not a face of the CommonJS build), so that a bundler keeps only what an application uses
// (package.json lists the only modules with side effects, `sideEffects`). An application that loads both builds has two CodecError classes;
// `instanceof CodecError` holds across them (src/codec/codec-error.ts). The types are the CommonJS build's.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/**
 * `wt102-codec/testing` reads the package's fixtures/ from disk beside its CommonJS module, which an ES module
 * bundle could not find: its ES module face re-exports the CommonJS build (what a test needs is not tree-shaken).
 */
function faceOf(entry) {
  const names = Object.keys(require(path.join(DIST, `${entry}.js`))).filter((n) => n !== 'default' && n !== '__esModule').sort();
  fs.writeFileSync(
    path.join(DIST, `${entry}.mjs`),
    `// wt102-codec's ES module face of ./${path.basename(entry)}.js (scripts/build-esm.js).\nimport cjs from './${path.basename(entry)}.js';\nexport const { ${names.join(', ')} } = cjs;\n`,
  );
  fs.writeFileSync(path.join(DIST, `${entry}.d.mts`), `export * from './${path.basename(entry)}.js';\n`);
}

(async () => {
  faceOf(path.join('testing', 'index'));
  for (const [entry, platform] of [['index', 'neutral'], [path.join('lorawan', 'index'), 'node']]) {
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', `${entry}.ts`)],
      bundle: true,
      format: 'esm',
      platform,
      target: 'es2020',
      // The LoRaWAN entry's dependencies stay the application's to install (and Node's own modules, Node's).
      external: ['lora-packet'],
      outfile: path.join(DIST, `${entry}.mjs`),
      banner: { js: `// wt102-codec's ES module build of src/${entry.replace(/\\/g, '/')}.ts (scripts/build-esm.js).` },
      legalComments: 'none',
      logLevel: 'error',
    });
    fs.writeFileSync(path.join(DIST, `${entry}.d.mts`), `export * from './${path.basename(entry)}.js';\n`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
