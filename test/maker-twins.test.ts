/**
 * The maker's Fahrenheit and Celsius twins of every temperature (its codec since April 2026): `fahrenheit_k`
 * (°F, taken as round((F − 32) / 1.8, 2 decimals) °C) and `celsius_k` beside every temperature key `k`.
 * The temperatures are found in the tables (every `decimal` field in °C), their values in the fixtures'
 * frames (bytes from docs/PROTOCOL.md); the conversion is computed here, apart from the codec's.
 */
import { allQueryableCommandIds, CodecError, commandIdOfPath, decodeUplink, encodeHex, encodeUplink, objectPathOfCommandId, SERVICES, SETTINGS, SCHEDULE, UPLINKS } from '../src';
import type { DownlinkCall } from '../src';
import { encodeData } from '../src/network-server/entry';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import uplinks from '../fixtures/uplinks.json';
import { caught } from './support/helpers';
import { callIn, es5Context } from './support/runtimes';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildScripts } = require('../scripts/build-codecs.js') as {
  buildScripts: () => Promise<{ script: string; consoleFiles: [string, string][] }>;
};

type Rec = { [key: string]: unknown };
type Decl = { kind: string; unit?: string; min?: number; max?: number; aliases?: readonly string[]; fields?: { [k: string]: Decl } };

/** The maker's °C → °F, to 2 decimals (toFixed: decimal rounding, as its figures show). */
const fahrenheit = (c: number) => Number((c * 1.8 + 32).toFixed(2));
const isTemperature = (d: Decl | undefined) => d !== undefined && d.kind === 'decimal' && d.unit === '°C';

/** Where a temperature sits in a caller's object: the object, its key there, and the field's name in the tables. */
interface Site {
  readonly obj: Rec;
  readonly key: string;
  readonly field: string;
}

/** The temperatures of `value`, an object of `fields`, at any depth. */
function sitesIn(value: unknown, fields: { [k: string]: Decl }, out: Site[], where: string): void {
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Rec;
  for (const key of Object.keys(obj)) {
    const name = Object.keys(fields).find((n) => n === key || (fields[n].aliases || []).includes(key));
    if (name === undefined) continue;
    const d = fields[name];
    if (isTemperature(d) && typeof obj[key] === 'number') out.push({ obj, key, field: `${where}.${name}` });
    if (d.kind === 'struct') sitesIn(obj[key], d.fields || {}, out, `${where}.${name}`);
  }
}

const SCHEDULE_FIELDS: { [k: string]: Decl } = {};
for (const [k, slot] of Object.entries(SCHEDULE.fields)) SCHEDULE_FIELDS[k] = (slot as { field: Decl }).field;

/** The temperatures of a settings object: bare settings, groups' members, schedules' fields. */
function settingSites(props: Rec, out: Site[]): void {
  for (const top of Object.keys(props)) {
    if (top === SCHEDULE.key) {
      for (const entry of props[top] as Rec[]) sitesIn(entry, SCHEDULE_FIELDS, out, top);
      continue;
    }
    const rows = SETTINGS.filter((r) => r.path[0] === top);
    if (rows.length === 1 && rows[0].path.length === 1) sitesIn(props, { [top]: rows[0].body as Decl }, out, '');
    else sitesIn(props[top], Object.fromEntries(rows.map((r) => [r.path[1], r.body as Decl])), out, top);
  }
}

/** Every temperature field the tables declare, as `where.name`. */
function declaredTemperatures(): Set<string> {
  const found = new Set<string>();
  const walk = (fields: { [k: string]: Decl }, where: string) => {
    for (const [n, d] of Object.entries(fields)) {
      if (isTemperature(d)) found.add(`${where}.${n}`);
      if (d.kind === 'struct') walk(d.fields || {}, `${where}.${n}`);
    }
  };
  for (const [id, s] of Object.entries(SERVICES)) walk(s.inputs as { [k: string]: Decl }, id);
  for (const r of SETTINGS) walk({ [r.path[r.path.length - 1]]: r.body as Decl }, r.path.length === 1 ? '' : r.path[0]);
  walk(SCHEDULE_FIELDS, SCHEDULE.key);
  return found;
}

/** Each fixture whose input holds a temperature: how to encode it, and that input. */
const CASES: { name: string; input: Rec; hex: string; sites: (input: Rec) => Site[] }[] = [
  ...services.vectors.map((v) => ({
    name: v.description,
    input: v.call as Rec,
    hex: v.hex,
    sites: (input: Rec) => {
      const out: Site[] = [];
      sitesIn(input.inputs, SERVICES[input.serviceId as keyof typeof SERVICES].inputs as { [k: string]: Decl }, out, input.serviceId as string);
      return out;
    },
  })),
  ...settings.vectors.map((v) => ({
    name: v.description,
    input: { properties: v.properties } as Rec,
    hex: v.hex,
    sites: (input: Rec) => {
      const out: Site[] = [];
      settingSites(input.properties as Rec, out);
      return out;
    },
  })),
].filter((c) => c.sites(structuredClone(c.input)).length > 0);

/** `input` with the `i`-th temperature's key replaced by `key(k)` and its value by `value(v)`; the site as found (its key `k`). */
function twinned(c: (typeof CASES)[number], i: number, key: (k: string) => string, value: (v: number) => number): { input: Rec; site: Site } {
  const input = structuredClone(c.input);
  const site = c.sites(input)[i];
  const entries = Object.entries(site.obj).map(([k, v]) => (k === site.key ? [key(k), value(v as number)] : [k, v]));
  for (const k of Object.keys(site.obj)) delete site.obj[k];
  Object.assign(site.obj, Object.fromEntries(entries));
  return { input, site };
}

describe("the maker's twins as input", () => {
  test('the fixtures hold every temperature field of the tables (so that each is tried below)', () => {
    const tried = new Set<string>();
    for (const c of CASES) for (const s of c.sites(structuredClone(c.input))) tried.add(s.field);
    expect([...declaredTemperatures()].filter((f) => !tried.has(f))).toEqual([]);
  });

  const each = CASES.flatMap((c) => c.sites(structuredClone(c.input)).map((s, i) => [`${c.name}: ${s.field}`, c, i] as const));

  test.each(each)('%s: fahrenheit_k and celsius_k give the frame k gives', (_name, c, i) => {
    expect(encodeHex(twinned(c, i, (k) => `fahrenheit_${k}`, fahrenheit).input as unknown as DownlinkCall)).toBe(c.hex);
    expect(encodeHex(twinned(c, i, (k) => `celsius_${k}`, (v) => v).input as unknown as DownlinkCall)).toBe(c.hex);
  });

  test.each(each)('%s: two keys for one temperature are refused, naming both', (_name, c, i) => {
    for (const [first, second] of [
      ['fahrenheit_', 'celsius_'],
      ['', 'fahrenheit_'],
      ['celsius_', ''],
    ]) {
      const { input, site } = twinned(c, i, (k) => first + k, (v) => v);
      const base = site.key;
      site.obj[second + base] = 50;
      const e = caught(() => encodeHex(input as unknown as DownlinkCall));
      expect(e).toBeInstanceOf(CodecError);
      expect((e as CodecError).code).toBe('INVALID_CALL');
      expect((e as CodecError).message).toContain(`${first}${base}`);
      expect((e as CodecError).message).toMatch(new RegExp(`\\b${second}${base}\\b`));
    }
  });

  test("the maker's own example, and rounding at the edges of a range (70, 41, 95, −4 °F)", () => {
    const target = (inputs: Rec) => encodeHex({ serviceId: 'set_target_temperature', inputs } as unknown as DownlinkCall);
    expect(target({ fahrenheit_value: 70 })).toBe('5a3f08'); // 21.11 °C
    expect(target({ fahrenheit_value: 41 })).toBe('5af401'); // 5 °C, the least target
    expect(target({ fahrenheit_value: 95 })).toBe('5aac0d'); // 35 °C, the most
    expect(target({ fahrenheit_value: 69.99 })).toBe('5a3f08'); // 21.105… → 21.11
    expect(target({ fahrenheit_value: 69.98 })).toBe('5a3e08'); // 21.1
    expect(encodeHex({ serviceId: 'set_temperature', inputs: { fahrenheit_value: -4 } } as unknown as DownlinkCall)).toBe('5b30f8'); // −20 °C
    // The maker's object form too (the network-server scripts' `encodeDownlink`).
    expect(encodeData({ set_target_temperature: { fahrenheit_value: 70 } })).toEqual([0x5a, 0x3f, 0x08]);
  });

  test('°F out of the range converted, or not a number, is refused in °F words at the twin', () => {
    const target = (inputs: Rec) => caught(() => encodeHex({ serviceId: 'set_target_temperature', inputs } as unknown as DownlinkCall)) as CodecError;
    expect(target({ fahrenheit_value: 40.99 }).message).toBe('set_target_temperature.fahrenheit_value: 40.99 is out of range 41…95 °F');
    expect(target({ fahrenheit_value: 95.01 }).code).toBe('OUT_OF_RANGE');
    expect(target({ fahrenheit_value: '70' }).message).toBe(
      'set_target_temperature.fahrenheit_value: "70" is not a number; expected a number 41…95 °F (resolution 0.01)',
    );
    expect(target({ fahrenheit_value: NaN }).code).toBe('INVALID_TYPE');
    expect(target({ celsius_value: 99 }).message).toBe('set_target_temperature.celsius_value: 99 is out of range 5…35 °C');
  });

  test('a twin is refused where its temperature would be: in a branch its selector turns off, by the key and value given', () => {
    const away = structuredClone(settings.vectors.find((v) => 'auto_away_settings' in v.properties)!.properties.auto_away_settings) as Rec;
    away.energy_saving_settings = { mode: 1, energy_saving_valve_opening_degree: 5, fahrenheit_energy_saving_temperature: 70 };
    expect(caught(() => encodeHex({ properties: { auto_away_settings: away } } as unknown as DownlinkCall)).message).toBe(
      'properties.auto_away_settings.energy_saving_settings.fahrenheit_energy_saving_temperature: 70 is not allowed when mode is 1; it goes with mode 0',
    );
  });

  test('the refusal of two keys for one temperature, and the first refusal of a frame, whatever order the keys come in', () => {
    const first = (props: Rec) => caught(() => encodeHex({ properties: props } as unknown as DownlinkCall)).message;
    const orders = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((o) => [x, ...o])));
    const cases: [string, [string, unknown][], string][] = [
      ['temp_control', [['celsius_under_temperature_side_deadband', 1], ['fahrenheit_under_temperature_side_deadband', 33.8], ['under_temperature_side_deadband', 1]], 'properties.temp_control.celsius_under_temperature_side_deadband: 1 duplicates under_temperature_side_deadband; give one of them'],
      ['temp_control', [['celsius_under_temperature_side_deadband', 100], ['fahrenheit_under_temperature_side_deadband', 33]], 'properties.temp_control.fahrenheit_under_temperature_side_deadband: 33 duplicates celsius_under_temperature_side_deadband; give one of them'],
      // A twin's value is checked in its turn: what comes before it in the table is refused first.
      ['temp_control', [['enable', 7], ['fahrenheit_under_temperature_side_deadband', 3200]], 'properties.temp_control.enable: 7 is not a flag; expected 0 or 1 (or true/false)'],
    ];
    for (const [group, entries, message] of cases) for (const o of orders(entries)) expect(first({ [group]: Object.fromEntries(o) })).toBe(message);
    for (const o of orders<[string, unknown]>([['id', 99], ['fahrenheit_target_temperature', 700]])) {
      expect(first({ schedule_settings: [Object.fromEntries(o)] })).toMatch(/^properties\.schedule_settings\[0\]\.id: 99 is not a schedule id/);
    }
    for (const o of orders<[string, unknown]>([['id', 2], ['bogus', 1], ['fahrenheit_target_temperature', 700]])) {
      expect(first({ schedule_settings: [Object.fromEntries(o)] })).toMatch(/^properties\.schedule_settings\[0\]\.bogus: unknown schedule field/);
    }
  });

  test('what a device sends (encodeUplink) takes no twin: they are the maker\'s downlink forms', () => {
    const report = { report_type: 1, target_temperature_for_heating: { fahrenheit_environment_temperature: 70, current_valve_opening: 50, target_temperature: 21.5, battery_level: 85 } };
    expect(caught(() => encodeUplink({ periodic_reporting: report } as never)).code).toBe('UNKNOWN_INPUT');
    expect(caught(() => encodeUplink({ schedule_settings: [{ id: 0, fahrenheit_target_temperature: 70 }] } as never)).code).toBe('UNKNOWN_INPUT');
  });

  test('a twin of what is not a temperature is an unknown key, in every place', () => {
    expect((caught(() => encodeHex({ serviceId: 'set_target_valve_opening_degree', inputs: { fahrenheit_value: 50 } } as unknown as DownlinkCall)) as CodecError).code).toBe('UNKNOWN_INPUT');
    expect((caught(() => encodeHex({ properties: { temp_control: { fahrenheit_enable: 1 } } } as unknown as DownlinkCall)) as CodecError).code).toBe('UNKNOWN_INPUT');
    expect((caught(() => encodeHex({ properties: { schedule_settings: [{ id: 0, celsius_enable: 1 }] } } as unknown as DownlinkCall)) as CodecError).code).toBe('UNKNOWN_INPUT');
  });
});

describe("the maker's twins as input, in the network-server scripts (codecs/wt102.js, the console's Downlink tab)", () => {
  const scripts: [string, string][] = [];
  beforeAll(async () => {
    const { script, consoleFiles } = await buildScripts();
    scripts.push(['wt102.js', script], ...consoleFiles.filter(([f]) => path.basename(f) === 'downlink.js').map(([f, t]): [string, string] => [`tts/${path.basename(f)}`, t]));
  }, 60_000);

  test('every temperature of the fixtures, by its Fahrenheit twin, gives the frame; two keys give the library\'s refusal', () => {
    expect(scripts.map(([name]) => name)).toEqual(['wt102.js', 'tts/downlink.js']);
    for (const [, text] of scripts) {
      const ctx = es5Context(text);
      for (const c of CASES) {
        c.sites(structuredClone(c.input)).forEach((_site, i) => {
          const { input } = twinned(c, i, (k) => `fahrenheit_${k}`, fahrenheit);
          expect(callIn(ctx, 'encodeDownlink', { data: input })).toEqual({ bytes: Array.from(Buffer.from(c.hex, 'hex')), fPort: 85 });
          const both = twinned(c, i, (k) => `celsius_${k}`, (v) => v);
          both.site.obj[`fahrenheit_${both.site.key}`] = 70;
          expect(callIn(ctx, 'encodeDownlink', { data: both.input })).toEqual({ errors: [caught(() => encodeHex(both.input as unknown as DownlinkCall)).message] });
        });
      }
    }
  });
});

/** The maker's object path of every command ID that a query may carry, from the tables: a setting's path, a reading's key, a schedule's index and field. */
const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
/** Every queryable ID's path, from the tables: a setting's path, a reading's key, a schedule's index and field. */
const expected: [string, string][] = [];
for (const r of SETTINGS) expected.push([hex(r.command), r.path.join('.')]);
for (const u of UPLINKS) expected.push([hex(u.command as readonly number[]), u.key]);
for (let n = 0; n <= SCHEDULE.ids.max; n++) {
  expected.push([hex([SCHEDULE.command, n]), `${SCHEDULE.key}.${n}`]);
  for (const [field, slot] of Object.entries(SCHEDULE.fields)) expected.push([hex([SCHEDULE.command, n, (slot as { sub: number }).sub]), `${SCHEDULE.key}.${n}.${field}`]);
}
const queryable = new Set(allQueryableCommandIds());
// Settings and schedules have their path whatever ID a reply echoes; of the readings, those a query may carry.
const pathOf = new Map(
  expected.filter(([h]) => !UPLINKS.some((u) => hex(u.command as readonly number[]) === h) || queryable.has('0X' + h.toUpperCase())).map(([h, p]) => ['0X' + h.toUpperCase(), p]),
);

describe("the maker's twins as output, on request (decodeUplink(frame, { maker: true }))", () => {
  /** The keys decoding an uplink gives a number under, from the tables: temperatures, and every other number. */
  const names = { temps: new Set<string>(), others: new Set<string>() };
  const walk = (name: string, d: Decl | undefined) => {
    if (d === undefined) return;
    if (d.kind === 'struct') for (const [n, f] of Object.entries(d.fields || {})) walk(n, f);
    else (isTemperature(d) ? names.temps : names.others).add(name);
  };
  for (const u of UPLINKS) {
    const body = u.body as Decl | undefined;
    walk(u.key, body);
    // An event's copies (`field`, `*.field`, `branch.field`) to top-level keys take the copied field's kind.
    for (const [from, to] of Object.entries((u.copies || {}) as { [k: string]: string })) {
      const [branch, field] = from.includes('.') ? from.split('.') : [undefined, from];
      const branches = branch === undefined ? [body] : Object.entries(body?.fields || {}).filter(([b]) => branch === '*' || b === branch).map(([, d]) => d);
      for (const b of branches) if (b?.fields?.[field] !== undefined) walk(to, b.fields[field]);
    }
  }
  for (const r of SETTINGS) walk(r.path[r.path.length - 1], r.body as Decl);
  for (const [k, d] of Object.entries(SCHEDULE_FIELDS)) walk(k, d);
  const twins = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(twins)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.entries(v).flatMap(([k, x]) => (typeof x === 'number' && names.temps.has(k) ? [[k, x], [`fahrenheit_${k}`, fahrenheit(x)], [`celsius_${k}`, x]] : [[k, twins(x)]])),
          )
        : v;

  test('no key is a temperature in one place and another number in another (the twins are given by key)', () => {
    expect([...names.temps].filter((n) => names.others.has(n))).toEqual([]);
    expect(names.temps.size).toBeGreaterThan(10);
  });

  // Uplinks, and settings, which the valve reports with the same layout it takes them in.
  const frames = [...uplinks.vectors, ...uplinks.warnings, ...settings.vectors.map((v) => ({ ...v, description: `settings: ${v.description}` }))].map(
    (v) => [v.description, v.hex] as const,
  );
  // A reply's id becomes its object path too (tested below).
  const paths = (data: { ans?: { id: string }[] }) => ({ ...data, ...(data.ans ? { ans: data.ans.map((a) => ({ ...a, id: pathOf.get(a.id) ?? a.id })) } : {}) });
  test.each(frames)('%s: every temperature joined by its twins, right after it; nothing else changed', (_d, hex) => {
    const plain = paths(decodeUplink(hex) as never);
    expect(decodeUplink(hex, { maker: true })).toEqual(twins(plain));
    expect(Object.keys(decodeUplink(hex, { maker: true }))).toEqual(Object.keys(twins(plain) as object));
  });

  test('the fixtures hold every temperature key of the tables (so that each is tried above)', () => {
    const seen = new Set<string>();
    const look = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(look);
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) (typeof x === 'number' ? seen.add(k) : look(x));
    };
    for (const [, hex] of frames) look(decodeUplink(hex));
    expect([...names.temps].filter((n) => !seen.has(n)).sort()).toEqual([]);
  });

  test('rounding as the maker rounds, to 0.01 °F: 21.11 °C is 70 °F, −20 is −4, 5 is 41, −20.26 is −4.47', () => {
    const f = (hex: string) => decodeUplink(hex, { maker: true }).fahrenheit_temperature;
    expect(f('013f08')).toBe(70);
    expect(f('0130f8')).toBe(-4);
    expect(f('01f401')).toBe(41);
    expect(f('0116f8')).toBe(-4.47);
    expect(decodeUplink('013f08', { maker: true }).celsius_temperature).toBe(21.11);
  });

  test('the option is checked as every option is', () => {
    expect(caught(() => decodeUplink('0055', { maker: 1 as unknown as boolean })).message).toBe('options.maker: 1 is not true or false');
    expect(decodeUplink('0055', { maker: false })).toEqual({ battery: 85 });
    expect(decodeUplink('AFU=', { encoding: 'base64', maker: true })).toEqual({ battery: 85 });
  });
});

describe("replies' ids as the maker's object paths, on request (decodeUplink(frame, { maker: true }))", () => {
  const cases = expected.filter(([h]) => queryable.has('0X' + h.toUpperCase()));

  test('every queryable ID has a path: the listed ones, and each schedule field of each schedule', () => {
    expect(new Set(cases.map(([h]) => '0X' + h.toUpperCase()))).toEqual(queryable);
    expect(cases).toHaveLength(queryable.size);
  });

  test.each(cases)('a reply about %s gives its id as %s', (h, path) => {
    const frame = 'ef' + (h.length / 2).toString(16).padStart(2, '0') + h;
    const plain = decodeUplink(frame);
    const reply = { ...(plain.ans as object[])[0], id: path };
    expect(decodeUplink(frame, { maker: true })).toEqual({ ans: [reply] });
  });

  test("the maker's own examples, and an echo of what no query carries stays an ID", () => {
    expect(decodeUplink('ef026500', { maker: true }).ans?.[0].id).toBe('temp_control.enable');
    expect(decodeUplink('ef036e0100', { maker: true }).ans?.[0].id).toBe('schedule_settings.1.enable');
    expect(decodeUplink('ef015a', { maker: true }).ans?.[0].id).toBe('0X5A');
  });
});

describe("the maker's command queries by object path (`req`, its codec's since January 2026)", () => {
  /** Every queryable ID and its path, from the tables (above); the frame is the maker's: `ef`, the ID's length, the ID. */
  const cases = [...pathOf].filter(([id]) => queryable.has(id));
  const query = (id: string) => 'ef' + ((id.length - 2) / 2).toString(16).padStart(2, '0') + id.slice(2).toLowerCase();
  const hexOf = (bytes: number[]) => Buffer.from(bytes).toString('hex');

  test('every queryable ID is asked for by its path, one `ef` query each, in the order given', () => {
    expect(cases).toHaveLength(queryable.size);
    for (const [id, p] of cases) expect([p, hexOf(encodeData({ req: [p] }))]).toEqual([p, query(id)]);
    const all = cases.map(([, p]) => p).reverse();
    expect(hexOf(encodeData({ req: all }))).toBe(cases.map(([id]) => query(id)).reverse().join(''));
  });

  test("the maker's own example, and the library's two lookups", () => {
    expect(hexOf(encodeData({ req: ['temp_control.enable', 'schedule_settings.1', 'child_lock'] }))).toBe('ef026500ef026e01ef016a');
    for (const [id, p] of cases) {
      expect(commandIdOfPath(p)).toBe(id);
      expect(objectPathOfCommandId(id)).toBe(p);
    }
    expect(objectPathOfCommandId('0x6e0301')).toBe('schedule_settings.3.start_time');
    expect([objectPathOfCommandId('0X5A'), objectPathOfCommandId('zz'), objectPathOfCommandId('0X6')]).toEqual([undefined, undefined, undefined]);
    expect(caught(() => objectPathOfCommandId(5 as unknown as string))).toBeInstanceOf(CodecError);
  });

  test("`req` takes its turn just after request_command_queries' own, whatever the key order (settings first)", () => {
    const parts: [string, unknown][] = [
      ['temp_control', { enable: 1 }],
      ['request_command_queries', { object_command: '0XDA' }],
      ['req', ['battery']],
      ['reboot', {}],
    ];
    // Settings, then services in the service table's order (reboot before request_command_queries there), req after the latter.
    const rank = (k: string) => (k === 'temp_control' ? -1 : k === 'req' ? Object.keys(SERVICES).indexOf('request_command_queries') + 0.5 : Object.keys(SERVICES).indexOf(k));
    const expectedHex = [...parts].sort((a, b) => rank(a[0]) - rank(b[0])).map(([k]) => (k === 'temp_control' ? '650001' : k === 'reboot' ? 'be' : k === 'req' ? 'ef0100' : 'ef01da')).join('');
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]) {
      const obj = Object.fromEntries(order.map((i) => parts[i]));
      expect(hexOf(encodeData(obj))).toBe(expectedHex);
    }
  });

  test('a path that names no query is refused with the closest one, a group with its parts; `req` must be a non-empty list', () => {
    const refusal = (req: unknown) => caught(() => encodeData({ req })) as CodecError;
    expect(refusal(['temp_contrl.enable']).message).toBe('req[0]: "temp_contrl.enable" names no command that may be queried; did you mean "temp_control.enable"?');
    expect(refusal(['battery', 'schedule_settings.2.enabl']).message).toMatch(/^req\[1\]: .* did you mean "schedule_settings\.2\.enable"\?$/);
    expect(refusal(['temp_control']).message).toBe(
      'req[0]: "temp_control" is not queried whole; ask for its parts: ' +
        cases.map(([, p]) => p).filter((p) => p.startsWith('temp_control.')).join(', '),
    );
    // A schedule the service page has no 2-byte ID for is asked for field by field.
    expect(refusal(['schedule_settings.7']).message).toMatch(/^req\[0\]: "schedule_settings\.7" is not queried whole; ask for its parts: schedule_settings\.7\.enable, /);
    expect(refusal(['x'.repeat(300000)]).message).toMatch(/names no command that may be queried; expected the path of an ID/);
    // A list whole: its first parts, and how many there are.
    const scheduleParts = cases.map(([, p]) => p).filter((p) => p.startsWith('schedule_settings.'));
    expect(refusal(['schedule_settings']).message).toBe(
      `req[0]: "schedule_settings" is not queried whole; ask for its parts: ${scheduleParts.slice(0, 12).join(', ')}, … (${scheduleParts.length} in all)`,
    );
    // A slip in any one segment is found, whatever the others hold.
    expect(refusal(['schedule_settings.12.targt_temperature']).message).toMatch(/did you mean "schedule_settings\.12\.target_temperature"\?$/);
    expect(refusal(['schedul_settings.12.target_temperature']).message).toMatch(/did you mean "schedule_settings\.12\.target_temperature"\?$/);
    for (const bad of [[], 'battery', { 0: 'battery' }, null, [5], [undefined]]) {
      const e = refusal(bad);
      expect([e.code, e.path]).toEqual([Array.isArray(bad) && bad.length > 0 ? 'INVALID_COMMAND_ID' : 'INVALID_TYPE', Array.isArray(bad) && bad.length > 0 ? 'req[0]' : 'req']);
    }
  });

  test('in the network-server script as in the library; the console\'s Downlink tab, which has no room for paths, says what to send instead', async () => {
    const { script, consoleFiles } = await buildScripts();
    const tab = consoleFiles.find(([f]) => path.basename(f) === 'downlink.js')![1];
    const ctx = es5Context(script);
    const inputs: unknown[] = [
      { req: cases.map(([, p]) => p) },
      { req: ['temp_contrl.enable'] },
      { req: ['schedule_settings'] },
      { req: ['schedule_settings.3.enabl', 'z'.repeat(60)] },
      { req: [] },
      { reboot: {}, req: ['version'] },
    ];
    for (const data of inputs) {
      let want: unknown;
      try {
        want = { bytes: encodeData(data), fPort: 85 };
      } catch (e) {
        want = { errors: [(e as Error).message] };
      }
      expect(callIn(ctx, 'encodeDownlink', { data })).toEqual(want);
    }
    expect(callIn(es5Context(tab), 'encodeDownlink', { data: { req: ['version'] } })).toEqual({
      errors: ['req: queries by object path do not fit in the console\'s Downlink tab: ask by ID (request_command_queries, "0X6500"), or use codecs/ttn/wt102.js'],
    });
  }, 60_000);
});
