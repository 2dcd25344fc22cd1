/**
 * The network-server builds leave out, from the tables' and kinds' object literals, every property named
 * `doc` (documentation) or `device` (a kind's writer for encodeUplink). That is only safe if no table row,
 * field, input, output or dynamic lookup uses those names as data: this test holds them to every such name
 * the tables and the API have.
 */
import { HISTORY, QUERYABLE_COMMANDS, REPLY_RESULTS, SCHEDULE, SERVICES, SETTINGS, UPLINKS } from '../src';
import type { Field, Fields, ServiceSpec } from '../src';
import { KINDS } from '../src/engine/kinds';
import { WIRE_RANGE } from '../src/engine/kinds/shared';
import { HISTORY_RECORD, REPLY } from '../src/schema/uplinks';
import { SCHEDULE_ROWS } from '../src/schema/settings';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOC_KEYS } = require('../scripts/build-codecs.js') as { DOC_KEYS: Set<string> };

/** Names that are data: what a caller writes or reads, and what the engine looks up by a value. */
function dataNames(): Set<string> {
  const names = new Set<string>();
  const field = (name: string, f: Field) => {
    names.add(name);
    names.add(f.kind);
    if ('wire' in f && f.wire) names.add(f.wire);
    for (const a of f.aliases ?? []) names.add(a);
    if (f.kind === 'struct') fields(f.fields);
  };
  const fields = (fs: Fields) => Object.entries(fs).forEach(([k, f]) => field(k, f));
  for (const [id, spec] of Object.entries(SERVICES as Record<string, ServiceSpec>)) {
    names.add(id);
    fields(spec.inputs);
  }
  for (const s of SETTINGS) {
    s.path.forEach((p) => names.add(p));
    field('', s.body);
  }
  names.add(SCHEDULE.key);
  for (const [k, f] of Object.entries(SCHEDULE.fields)) field(k, f.field);
  for (const u of UPLINKS) {
    names.add(u.key);
    if (u.body) field('', u.body);
    for (const [from, to] of Object.entries(u.copies ?? {})) from.split('.').concat(to).forEach((n) => names.add(n));
  }
  names.add(HISTORY.key);
  // Replies and records are rows like the others; a keyed list's entries are named by a key of its own.
  field(REPLY.key, REPLY.body);
  field(HISTORY_RECORD.key, HISTORY_RECORD.body);
  names.add(SCHEDULE_ROWS.entryKey);
  for (const v of [...REPLY_RESULTS, ...QUERYABLE_COMMANDS]) Object.keys(v).forEach((k) => names.add(k));
  Object.keys(KINDS).forEach((k) => names.add(k));
  Object.keys(WIRE_RANGE).forEach((k) => names.add(k));
  // The API's own keys: calls, settings, the network servers' input and output objects, decoded data.
  for (const k of ['serviceId', 'inputs', 'properties', 'calls', 'data', 'bytes', 'fPort', 'warnings', 'errors', 'variables', 'recvTime', 'ans', 'history', 'result', 'length', 'id', 'name', 'mode', 'timestamp', 'value', 'code', 'path', 'offset', 'message']) {
    names.add(k);
  }
  names.delete('');
  return names;
}

test('documentation and device writers are dropped as one key per row or kind, which no data uses', () => {
  const names = dataNames();
  expect(names.size).toBeGreaterThan(200);
  // The walk finds a field, a kind and an API key.
  for (const n of ['order', 'struct', 'bits', 'value', 'serviceId']) expect(names.has(n)).toBe(true);
  expect([...DOC_KEYS]).toEqual(['doc', 'device']);
  expect([...names].filter((n) => DOC_KEYS.has(n))).toEqual([]);
});
