// The npm `buffer` package as the ES module ChirpStack v4 serves its codec scripts
// (`import { Buffer } from "buffer"`), shared by the test harness and the benchmark.
'use strict';
const path = require('path');
const esbuild = require('esbuild');

let source;

function chirpstackBufferModule() {
  if (source === undefined) {
    source = esbuild.buildSync({
      stdin: { contents: "export { Buffer } from 'buffer/';", resolveDir: path.join(__dirname, '..'), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      mainFields: ['main'],
    }).outputFiles[0].text;
  }
  return source;
}

module.exports = { chirpstackBufferModule };
