#!/usr/bin/env node
// Compares this checkout's build with another's on `scripts/bench.js`' rows:
//
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
//   node scripts/bench-compare.js /tmp/before [rounds]
//
// On a shared machine a run may be slowed throughout, so runs taken one after the other compare
// badly. Each round runs both builds at the same time, each on a core of its own (taskset), and
// swaps the cores the next round: both meet the same load. Per row it prints each build's fastest
// median and their ratio, and, over each two rounds (which swapped cores), the geometric mean of
// their ratios, whose median it prints (the fastest is the steadier). Instruction counts (valgrind) miss
// what costs time here: V8's instruction-cache misses and its tiering. A benchmark: it asserts nothing.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const other = process.argv[2];
const rounds = Number(process.argv[3] || 6);
if (!other || !fs.existsSync(path.join(other, 'dist', 'index.js')) || !(rounds >= 1)) {
  console.error('usage: node scripts/bench-compare.js OTHER_CHECKOUT [rounds]   (OTHER_CHECKOUT/dist must be built)');
  process.exit(2);
}
const here = path.resolve(__dirname, '..');
const bench = path.join(__dirname, 'bench.js');
const pinned = os.cpus().length >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** One bench run of the build in `checkout`, on `cpu` when pinning: rows by name, [encode ns, decode ns]. */
function run(checkout, cpu) {
  const [cmd, args] = pinned ? ['taskset', ['-c', String(cpu), process.execPath, bench]] : [process.execPath, [bench]];
  const child = spawn(cmd, args, { env: { ...process.env, BENCH_LIB: checkout }, stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench of ${checkout} exited with ${code}`));
      const rows = new Map();
      for (const line of text.split('\n')) {
        const m = /^\| (.+?) +\| \S+ +\| +(\d+) \| +(\d+) \|$/.exec(line);
        if (m) rows.set(m[1], [Number(m[2]), Number(m[3])]);
      }
      resolve(rows);
    }),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main() {
  const runs = { other: [], here: [] };
  for (let r = 0; r < rounds; r++) {
    const [a, b] = r % 2 === 0 ? [0, 1] : [1, 0];
    let o;
    let h;
    if (pinned) [o, h] = await Promise.all([run(other, a), run(here, b)]);
    // Not pinned (one core, or no taskset): one after the other, which goes first alternating.
    else if (r % 2 === 0) (o = await run(other, 0)), (h = await run(here, 0));
    else (h = await run(here, 0)), (o = await run(other, 0));
    runs.other.push(o);
    runs.here.push(h);
    process.stderr.write(`round ${r + 1} of ${rounds}\n`);
  }
  console.log(`bench-compare — ${rounds} rounds, ${pinned ? 'both builds at once, each on its own core (swapped each round)' : 'one build after the other'}`);
  console.log(`before: ${path.resolve(other)}   now: ${here}`);
  console.log('| row | before ns (fastest) | now ns (fastest) | now/before | median of round pairs |');
  console.log('|---|---:|---:|---:|---:|');
  for (const name of runs.here[0].keys()) {
    for (const [k, what] of [[0, 'encode'], [1, 'decode']]) {
      const before = runs.other.map((m) => m.get(name)[k]);
      const now = runs.here.map((m) => m.get(name)[k]);
      const ratios = now.map((n, i) => n / before[i]);
      // Two rounds that swapped cores: the geometric mean of their ratios cancels a core that is slower throughout.
      const paired = [];
      for (let i = 0; i + 1 < ratios.length; i += 2) paired.push(Math.sqrt(ratios[i] * ratios[i + 1]));
      const best = Math.min(...now) / Math.min(...before);
      const mid = median(paired.length > 0 ? paired : ratios);
      console.log(`| ${name} ${what} | ${Math.min(...before)} | ${Math.min(...now)} | ${best.toFixed(2)}× | ${mid.toFixed(2)}× |`);
    }
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
