/** The main job, `npm start`, run as a user runs it. */
import { spawnSync } from 'child_process';
import * as path from 'path';

test('the demo encodes, decodes and re-encodes every example and exits 0', () => {
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'dist', 'demo.js')], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('Every example encoded, decoded and re-encoded to the same bytes.');
  expect(r.stdout).toMatch(/set_target_temperature\s+\{"value":21\.5\}\s+5a6608\s+yes/);
  expect(r.stdout).toMatch(/daylight_saving_time\s.*c6013c035778000a57b400\s+yes/);
  expect(r.stdout).not.toMatch(/\sNO\s*$/m);
});
