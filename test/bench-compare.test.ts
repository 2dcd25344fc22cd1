/** `scripts/bench-compare.js` runs as its usage says: a table of every bench row, or a usage error. Its timings are not judged here. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const script = path.join(root, 'scripts', 'bench-compare.js');

test('comparing a checkout with itself prints every row of the bench, both directions, with its ratios', () => {
  const r = spawnSync(process.execPath, [script, root, '1'], { encoding: 'utf8', env: { ...process.env, BENCH_BATCHES: '1' } });
  expect(r.status).toBe(0);
  const bench = fs.readFileSync(path.join(root, 'scripts', 'bench.js'), 'utf8');
  const names = [...bench.matchAll(/name: '([^']+)'/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThanOrEqual(11);
  const rows = r.stdout.split('\n').filter((l) => /^\| .+ \| \d+ \| \d+ \| \d+\.\d\d× \| \d+\.\d\d× \|$/.test(l));
  expect(rows.map((l) => l.split(' | ')[0].slice(2))).toEqual(names.flatMap((n) => [`${n} encode`, `${n} decode`]));
});

test('without a built checkout to compare with, it says how to run it and exits 2', () => {
  for (const args of [[], [path.join(root, 'no-such-checkout')], [root, '0']]) {
    const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: expect.stringContaining('usage: node scripts/bench-compare.js OTHER_CHECKOUT [rounds]') });
  }
});
