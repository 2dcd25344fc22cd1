#!/usr/bin/env node
// Builds dist/playground.html: the page (src/playground/page.html) with the library and its script
// (src/playground/page.ts) bundled in (esbuild), so that it works opened from disk, with no network.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'playground.html');

async function buildPlayground() {
  const bundle = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'playground', 'page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = fs.readFileSync(path.join(ROOT, 'src', 'playground', 'page.html'), 'utf8');
  const marker = '/*SCRIPT*/';
  if (!html.includes(marker)) throw new Error('build-playground: the page lacks its script marker');
  return html.replace(marker, () => script);
}

module.exports = { buildPlayground, OUT };

if (require.main === module) {
  buildPlayground()
    .then((html) => {
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      fs.writeFileSync(OUT, html);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
