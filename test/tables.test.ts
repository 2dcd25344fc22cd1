/**
 * The command tables, held to what the decoder's tries take for granted: within each direction,
 * no command ID is declared twice, and none is a prefix of another (a prefix would be read as
 * the shorter command, and the rest of the frame as garbage).
 */
import { servicesText, settingsText } from '../src/docs';
import { decodeUplink, HISTORY, QUERYABLE_COMMANDS, REPLY_RESULTS, SCHEDULE, SERVICES, SETTINGS, UPLINKS } from '../src';
import uplinkFixtures from '../fixtures/uplinks.json';
import { commandIdFromBytes } from '../src/schema/command-ids';
import { HISTORY_RECORD, REPLY } from '../src/schema/uplinks';
import type { ServiceSpec } from '../src';
import type { Field, Fields } from '../src/schema/fields';
import { DOWNLINK_KINDS, KINDS } from '../src/engine/kinds';

const hex = (bytes: readonly number[]) => Buffer.from(bytes).toString('hex');

const downlink: [string, readonly number[]][] = [
  ...Object.entries(SERVICES as Record<string, ServiceSpec>).map(([id, s]): [string, readonly number[]] => [id, s.command]),
  ...SETTINGS.map((s): [string, readonly number[]] => [s.path.join('.'), s.command]),
  [SCHEDULE.key, [SCHEDULE.command]],
];
const uplink: [string, readonly number[]][] = [
  ...UPLINKS.map((u): [string, readonly number[]] => [u.key, u.command]),
  ...SETTINGS.map((s): [string, readonly number[]] => [s.path.join('.'), s.command]),
  [SCHEDULE.key, [SCHEDULE.command]],
  ['ans', [0xef]],
  [HISTORY.key, [HISTORY.command]],
];

/** Pairs of commands where one ID equals or begins the other. */
function clashes(commands: [string, readonly number[]][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < commands.length; i++) {
    for (let j = i + 1; j < commands.length; j++) {
      const [a, ca] = commands[i];
      const [b, cb] = commands[j];
      const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
      if (hex(long).startsWith(hex(short))) out.push(`${a} (${hex(ca)}) and ${b} (${hex(cb)})`);
    }
  }
  return out;
}

test.each([
  ['downlink', downlink],
  ['uplink', uplink],
])('%s command IDs are unique and none is a prefix of another', (_direction, commands) => {
  expect(commands.length).toBeGreaterThan(30);
  expect(clashes(commands)).toEqual([]);
});

test('the check finds a clash when there is one', () => {
  expect(clashes([['a', [0x65]], ['b', [0x65, 0x00]], ['c', [0x66]], ['d', [0x66]]])).toEqual(['a (65) and b (6500)', 'c (66) and d (66)']);
});

test('every reply result up to the last known one has a name, and no more', () => {
  expect(REPLY.doc.results).toHaveLength(REPLY.body.fields.result.max + 1);
  expect(REPLY_RESULTS.map((r) => r.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test("a field's own decoding words (says) name its value once, and the reply's agree with the row's range", () => {
  const says = [REPLY.body.fields.result.says, REPLY.body.fields.length.says, HISTORY_RECORD.body.fields.mode.says];
  for (const text of says) expect(text.split('%')).toHaveLength(2);
  expect(REPLY.body.fields.result.says).toContain(`(0…${REPLY.body.fields.result.max})`);
  expect(HISTORY_RECORD.body.fields.mode.says).toContain(HISTORY.modes.map((m) => `${m.value} ${m.name.toLowerCase()}`).join(', '));
});

test("every command ID of one or two bytes is spelled 0X and upper-case hex, the listed ones as the list spells them", () => {
  const spelled = (bytes: number[]) => '0X' + bytes.map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  const listed = new Set(QUERYABLE_COMMANDS.map((c) => c.id));
  let found = 0;
  for (let a = 0; a < 256; a++) {
    for (const bytes of [[a], ...Array.from({ length: 256 }, (_, b) => [a, b])]) {
      const id = commandIdFromBytes(bytes);
      if (id !== spelled(bytes)) throw new Error(`${bytes} spelled ${id}`);
      if (listed.has(id)) found++;
    }
  }
  expect(found).toBe(QUERYABLE_COMMANDS.filter((c) => c.id.length <= 6).length);
  expect(commandIdFromBytes([0x6e, 0x00, 0x01])).toBe('0X6E0001');
});

test('every queryable ID has its name, once: the IDs and the names are kept apart (what writes a downlink needs no name)', () => {
  expect(QUERYABLE_COMMANDS.length).toBe(40);
  expect(new Set(QUERYABLE_COMMANDS.map((c) => c.id)).size).toBe(QUERYABLE_COMMANDS.length);
  for (const c of QUERYABLE_COMMANDS) expect([c.id, typeof c.name, c.name.length > 0]).toEqual([c.id, 'string', true]);
  // From the fixtures (docs/PROTOCOL.md's replies): the names an uplink gives.
  expect(QUERYABLE_COMMANDS.find((c) => c.id === '0XDA')?.name).toBe('Product Version');
  expect(QUERYABLE_COMMANDS.find((c) => c.id === '0X6E01')?.name).toBe('Schedule Time');
});

test('every queryable ID the lists name is a command of the tables, or a field of a schedule', () => {
  const ids = new Set<string>();
  const add = (command: readonly number[]) => ids.add('0X' + command.map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase());
  SETTINGS.forEach((s) => add(s.command));
  UPLINKS.forEach((u) => add(u.command));
  const scheduleSubs = new Set<number>(Object.values(SCHEDULE.fields).map((f) => f.sub));
  const stray = QUERYABLE_COMMANDS.filter((c) => {
    if (ids.has(c.id)) return false;
    // The maker's 2-byte 0X6E0n names a schedule field without a schedule (SCHEDULE_QUERY_SUBCOMMANDS).
    return !(c.id.length === 6 && c.id.startsWith('0X' + SCHEDULE.command.toString(16).toUpperCase()) && scheduleSubs.has(parseInt(c.id.slice(4), 16)));
  });
  expect(stray.map((c) => c.id)).toEqual([]);
});

test('every service, setting and the schedules have a one-line description, which the listings show', () => {
  const described: [string, string][] = [
    ...Object.entries(SERVICES).map(([id, s]) => [id, s.description] as [string, string]),
    ...SETTINGS.map((s) => [s.path.join('.'), s.description] as [string, string]),
    [SCHEDULE.key, SCHEDULE.description],
  ];
  for (const [name, text] of described) {
    expect({ name, ok: /^[A-Z][^\n]{9,180}\.$/.test(text) }).toEqual({ name, ok: true });
  }
  const listing = servicesText() + settingsText();
  for (const [, text] of described) expect(listing).toContain(text);
  // reset and reboot, side by side in the table, say how they differ.
  expect(SERVICES.reset.description).toMatch(/erases every setting/);
  expect(SERVICES.reboot.description).toMatch(/kept/);
});

test('services and settings are made only of the kinds a downlink can carry (DOWNLINK_KINDS), and those are every kind but what only uplinks carry', () => {
  const kinds = new Set<string>();
  const field = (f: Field): void => {
    kinds.add(f.kind);
    if (f.kind === 'struct') fields(f.fields);
  };
  const fields = (fs: Fields): void => Object.values(fs).forEach(field);
  for (const s of Object.values(SERVICES as Record<string, ServiceSpec>)) fields(s.inputs);
  for (const s of SETTINGS) field(s.body);
  for (const f of Object.values(SCHEDULE.fields)) field(f.field);
  expect([...kinds].filter((k) => !(k in DOWNLINK_KINDS))).toEqual([]);
  expect(Object.keys(KINDS).filter((k) => !(k in DOWNLINK_KINDS)).sort()).toEqual(['commandName', 'hex', 'string', 'version']);
});

test('every uplink row has an example frame: a command of a fixture frame, decoding to that row alone, without warnings', () => {
  // fixtures/uplinks.json holds frames from docs/PROTOCOL.md or worked out by hand from its layouts.
  const vectors = (uplinkFixtures as { vectors: { hex: string }[] }).vectors.map((v) => v.hex);
  const rows: [string, string][] = [...UPLINKS.map((u): [string, string] => [u.key, u.example]), ['history', HISTORY.example], ['ans', (REPLY.doc as { example: string }).example]];
  expect(rows).toHaveLength(UPLINKS.length + 2);
  for (const [key, example] of rows) {
    // A command of a fixture frame: at a byte boundary of one of them.
    expect([key, vectors.some((v) => v.split('').some((_c, i) => i % 2 === 0 && v.startsWith(example, i)))]).toEqual([key, true]);
    const data = decodeUplink(example) as Record<string, unknown>;
    expect([key, data.warnings]).toEqual([key, undefined]);
    // The row's own key first; any other key is a copy the row declares.
    expect([key, Object.keys(data)[0]]).toEqual([key, key]);
  }
});
