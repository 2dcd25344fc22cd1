/**
 * fast-check arbitraries derived from the codec's own metadata (SERVICES, SETTINGS,
 * SCHEDULE, UPLINKS). Each generated value carries the form a caller may give, the
 * canonical form decoding must return, and the bytes docs/PROTOCOL.md §1 says it takes,
 * written here by an independent little-endian writer, so that the properties do
 * not lean on the encoder.
 */
import fc from 'fast-check';
import { allQueryableCommandIds, queryableCommandName, SCHEDULE, SERVICES, SETTINGS, UPLINKS } from '../../src';
import type { Field, Fields, ServiceSpec, UplinkSpec } from '../../src';

export const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;
export const SERVICE_IDS = Object.keys(TABLE);
export const QUERYABLE_IDS = allQueryableCommandIds();
const UINT32_MAX = 0xffffffff;

export type Style = 'string' | 'number';

/** A generated value: what a caller may pass, what decoding returns, and its wire bytes. */
export interface Gen {
  given: unknown;
  canonical: unknown;
  bytes: number[];
  /** The number a selector or date order compares. */
  wire: number;
}

export function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function le(value: number, size: number): number[] {
  const v = value < 0 ? value + 2 ** (8 * size) : value;
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(Math.floor(v / 2 ** (8 * i)) % 256);
  return out;
}

const SIZE: { [w: string]: number } = { u8: 1, u16: 2, u32: 4, i16: 2 };

/** Every accepted spelling of a date, from its seconds. */
function dateForm(seconds: number): fc.Arbitrary<unknown> {
  const forms: fc.Arbitrary<unknown>[] = [fc.constant(seconds), fc.constant(isoOf(seconds)), fc.constant(new Date(seconds * 1000))];
  // The same instant written with a zone offset.
  const offsetArb = fc.integer({ min: -14 * 60, max: 14 * 60 }).map((offsetMin) => {
    const local = new Date((seconds + offsetMin * 60) * 1000).toISOString().slice(0, 19);
    const abs = Math.abs(offsetMin);
    return `${local}${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });
  if (seconds > 15 * 3600 && seconds < UINT32_MAX - 15 * 3600) forms.push(offsetArb);
  return fc.oneof(...forms);
}

const flagForms = (v: 0 | 1): unknown[] => (v ? [1, true, '1', 'true'] : [0, false, '0', 'false']);

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

const TEXT_UNITS = fc.constantFrom(...'abcXYZ019 -_./°éü中€'.split(''), '😀');

/** A valid value for `field`. */
export function valueArb(field: Field, style: Style): fc.Arbitrary<Gen> {
  switch (field.kind) {
    case 'int':
      return fc.integer({ min: field.min, max: field.max }).map((v) => ({ given: v, canonical: v, bytes: le(v, SIZE[field.wire]), wire: v }));
    case 'decimal':
      return fc
        .oneof(
          fc.integer({ min: Math.round(field.min * 100), max: Math.round(field.max * 100) }).map((h) => h / 100),
          fc.double({ min: field.min, max: field.max, noNaN: true }),
        )
        .map((v) => {
          const h = Math.round(v * 100) || 0;
          return { given: v, canonical: h / 100, bytes: le(h, SIZE[field.wire]), wire: h };
        });
    case 'enum':
      return fc.tuple(fc.constantFrom(...field.values), fc.nat({ max: 2 })).map(([e, form]) => ({
        given: form === 0 ? e.value : form === 1 ? String(e.value) : field.output === 'name' ? e.name : e.value,
        canonical: field.output === 'name' ? e.name : style === 'string' ? String(e.value) : e.value,
        bytes: le(e.value, SIZE[field.wire ?? 'u8']),
        wire: e.value,
      }));
    case 'bool':
      return fc
        .constantFrom<0 | 1>(0, 1)
        .chain((v) => fc.constantFrom(...flagForms(v)).map((given) => ({ given, canonical: v, bytes: [v], wire: v })));
    case 'bits': {
      const min = field.min ?? 0;
      const max = field.max ?? 2 ** field.width - 1;
      const isFlag = field.width === 1 && min === 0 && max === 1;
      return fc.integer({ min, max }).chain((v) =>
        (isFlag ? fc.constantFrom(...flagForms(v as 0 | 1)) : fc.constant<unknown>(v)).map((given) => ({
          given,
          canonical: v,
          bytes: [],
          wire: v,
        })),
      );
    }
    case 'date':
      return fc
        .integer({ min: 0, max: UINT32_MAX })
        .chain((s) => dateForm(s).map((given) => ({ given, canonical: isoOf(s), bytes: le(s, 4), wire: s })));
    case 'commandId':
      return fc.constantFrom(...QUERYABLE_IDS).chain((id) => {
        const hex = id.slice(2);
        const bytes = (hex.match(/../g) as string[]).map((b) => parseInt(b, 16));
        return fc
          .constantFrom(id, '0x' + hex.toLowerCase(), hex, hex.toLowerCase(), '0X' + hex.toLowerCase())
          .map((given) => ({ given, canonical: id, bytes, wire: bytes.length }));
      });
    case 'string':
      return fc
        .string({ unit: TEXT_UNITS, maxLength: field.size })
        .filter((s) => utf8Length(s) <= field.size)
        .map((s) => {
          const b = Array.from(Buffer.from(s, 'utf8'));
          return { given: s, canonical: s, bytes: [...b, ...new Array(field.size - b.length).fill(0)], wire: 0 };
        });
    case 'hex':
      return fc.tuple(fc.uint8Array({ minLength: field.size, maxLength: field.size }), fc.boolean()).map(([b, upper]) => {
        const hex = Buffer.from(b).toString('hex');
        return { given: upper ? hex.toUpperCase() : hex, canonical: hex, bytes: Array.from(b), wire: 0 };
      });
    case 'version': {
      const n = field.format === 'firmware' ? 6 : 2;
      return fc.array(fc.integer({ min: 0, max: 255 }), { minLength: n, maxLength: n }).map((b) => {
        let v = `v${b[0]}.${b[1]}`;
        ['r', 'a', 'u', 't'].forEach((tag, k) => {
          if (n === 6 && b[k + 2]) v += `-${tag}${b[k + 2]}`;
        });
        return { given: v, canonical: v, bytes: b, wire: 0 };
      });
    }
    case 'struct':
      return structArb(field.fields, style);
    case 'queryLength':
      throw new Error('queryLength is generated with its command ID');
    case 'commandName':
      throw new Error('commandName is derived from its command ID');
  }
}

/**
 * A valid object of `fields`: selectors first, then the fields they enable; bit fields
 * packed into shared bytes; optional fields sometimes omitted; aliases sometimes used.
 */
export function structArb(fields: Fields, style: Style): fc.Arbitrary<Gen> {
  const names = Object.keys(fields);
  const selectors = names.filter((n) => names.some((m) => fields[m].when?.field === n));
  const selArbs: Record<string, fc.Arbitrary<Gen>> = {};
  for (const n of selectors) selArbs[n] = valueArb(fields[n], style);
  return fc.record(selArbs).chain((sel) => {
    const active = names.filter((n) => {
      const w = fields[n].when;
      return !selectors.includes(n) && fields[n].kind !== 'queryLength' && (!w || w.is.includes(sel[w.field].wire));
    });
    const rest: Record<string, fc.Arbitrary<Gen>> = {};
    for (const n of active) rest[n] = valueArb(fields[n], style);
    return fc.tuple(fc.record(rest), fc.boolean(), fc.boolean(), fc.boolean()).map(([vals, giveLength, omitDefaults, useAliases]) => {
      const all: Record<string, Gen> = { ...sel, ...vals };
      orderDates(fields, all);
      const given: Record<string, unknown> = {};
      const canonical: Record<string, unknown> = {};
      const bytes: number[] = [];
      let bitsByte = -1;
      let bitsUsed = 0;
      for (const n of names) {
        const f = fields[n];
        if (f.kind !== 'bits') bitsUsed = 0;
        if (f.kind === 'queryLength') {
          const len = all[f.of].wire;
          if (giveLength) given[n] = len;
          canonical[n] = len;
          bytes.push(len);
          continue;
        }
        if (!(n in all)) continue;
        const g = all[n];
        const isDefault = 'default' in f && f.optional && g.wire === (f.default ?? 0);
        if (!(isDefault && omitDefaults)) given[useAliases && f.aliases?.length ? f.aliases[0] : n] = g.given;
        if (!isDefault) canonical[n] = g.canonical;
        if (f.kind === 'bits') {
          const mask = ((1 << f.width) - 1) << f.shift;
          if (bitsUsed === 0 || (bitsUsed & mask) !== 0) {
            bytes.push(0);
            bitsByte = bytes.length - 1;
            bitsUsed = 0;
          }
          bitsUsed |= mask;
          bytes[bitsByte] |= g.wire << f.shift;
        } else bytes.push(...g.bytes);
      }
      return { given, canonical, bytes, wire: 0 };
    });
  });
}

/** Swaps date values so that every `notBefore` constraint holds. */
function orderDates(fields: Fields, values: Record<string, Gen>): void {
  for (const n of Object.keys(fields)) {
    const f = fields[n];
    if (f.kind === 'date' && f.notBefore && values[n] && values[n].wire < values[f.notBefore].wire) {
      const t = values[n];
      values[n] = values[f.notBefore];
      values[f.notBefore] = t;
    }
  }
}

/* ------------------------------------------------------------------ services */

export interface GeneratedCall {
  call: { serviceId: string; inputs?: Record<string, unknown> };
  canonical: { serviceId: string; inputs: Record<string, unknown> };
  bytes: number[];
}

export function validCall(serviceId: string): fc.Arbitrary<GeneratedCall> {
  const spec = TABLE[serviceId];
  return fc.tuple(structArb(spec.inputs, 'string'), fc.boolean()).map(([g, omitEmpty]) => {
    const call: GeneratedCall['call'] = { serviceId, inputs: g.given as Record<string, unknown> };
    if (Object.keys(spec.inputs).length === 0 && omitEmpty) delete call.inputs;
    return { call, canonical: { serviceId, inputs: g.canonical as Record<string, unknown> }, bytes: [...spec.command, ...g.bytes] };
  });
}

export const anyValidCall: fc.Arbitrary<GeneratedCall> = fc.constantFrom(...SERVICE_IDS).chain(validCall);

/* ------------------------------------------------------------------ settings */

export interface GeneratedProperties {
  given: Record<string, unknown>;
  canonical: Record<string, unknown>;
  /** Commands in table order, schedules after temperature_alarm_settings (docs/PROTOCOL.md §5). */
  bytes: number[];
}

const SCHEDULE_KEYS = Object.keys(SCHEDULE.fields) as (keyof typeof SCHEDULE.fields)[];

const scheduleEntryArb: fc.Arbitrary<Gen> = fc
  .tuple(fc.integer({ min: 0, max: 15 }), fc.subarray(SCHEDULE_KEYS, { minLength: 1 }))
  .chain(([id, keys]) =>
    fc.tuple(...keys.map((k) => valueArb(SCHEDULE.fields[k].field, 'number'))).map((vals) => {
      const given: Record<string, unknown> = { id };
      const canonical: Record<string, unknown> = { id };
      const bytes: number[] = [];
      keys.forEach((k, i) => {
        given[k] = vals[i].given;
        canonical[k] = vals[i].canonical;
        bytes.push(SCHEDULE.command, id, SCHEDULE.fields[k].sub, ...vals[i].bytes);
      });
      return { given, canonical, bytes, wire: id };
    }),
  );

/** Schedules in a list; neighbours differ in id, since decoding merges neighbours of one id into one entry. */
const scheduleListArb = fc
  .array(scheduleEntryArb, { minLength: 1, maxLength: 3 })
  .filter((list) => list.every((e, i) => i === 0 || e.wire !== list[i - 1].wire));

const settingIndexes = SETTINGS.map((_, i) => i);
const scheduleAfter = SETTINGS.findIndex((s) => s.path[0] === SCHEDULE.after);

/** A valid properties object touching a random subset of settings. */
export const propertiesArb: fc.Arbitrary<GeneratedProperties> = fc
  .tuple(fc.subarray(settingIndexes), fc.option(scheduleListArb, { nil: undefined }))
  .filter(([idx, sched]) => idx.length > 0 || sched !== undefined)
  .chain(([idx, sched]) =>
    fc.tuple(...idx.map((i) => valueArb(SETTINGS[i].body, 'number'))).map((vals) => {
      const given: Record<string, Record<string, unknown> | unknown> = {};
      const canonical: Record<string, unknown> = {};
      const bytes: number[] = [];
      const put = (obj: Record<string, unknown>, path: readonly string[], v: unknown) => {
        if (path.length === 1) obj[path[0]] = v;
        else ((obj[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = v;
      };
      const emitSchedules = () => {
        if (!sched) return;
        given.schedule_settings = sched.map((s) => s.given);
        canonical.schedule_settings = sched.map((s) => s.canonical);
        for (const s of sched) bytes.push(...s.bytes);
      };
      let scheduled = false;
      idx.forEach((i, k) => {
        if (!scheduled && i > scheduleAfter) {
          emitSchedules();
          scheduled = true;
        }
        put(given as Record<string, unknown>, SETTINGS[i].path, vals[k].given);
        put(canonical, SETTINGS[i].path, vals[k].canonical);
        bytes.push(...SETTINGS[i].command, ...vals[k].bytes);
      });
      if (!scheduled) emitSchedules();
      return { given: given as Record<string, unknown>, canonical, bytes };
    }),
  );

/* ------------------------------------------------------------------ frames */

/** A valid downlink frame: service commands and settings objects, written byte by byte. */
export const validFrame: fc.Arbitrary<number[]> = fc
  .array(fc.oneof(anyValidCall.map((c) => c.bytes), propertiesArb.map((p) => p.bytes)), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.flat());

/* ------------------------------------------------------------------ uplinks */

const ENTRY = Object.fromEntries(UPLINKS.map((u) => [u.key, u])) as Record<string, UplinkSpec>;

/** The top-level copies an event makes (docs/PROTOCOL.md §6), computed from the table's `copies`. */
export function copiesOf(spec: UplinkSpec, value: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (!spec.copies || typeof value !== 'object' || value === null) return out;
  for (const [k, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'object' && inner !== null) {
      for (const [kk, v] of Object.entries(inner as Record<string, unknown>)) {
        const to = spec.copies[`${k}.${kk}`] ?? spec.copies[`*.${kk}`];
        if (to) out.push([to, v]);
      }
    } else if (spec.copies[k]) out.push([spec.copies[k], inner]);
  }
  return out;
}

const COPY_TARGETS = new Set(UPLINKS.flatMap((u) => Object.values(u.copies ?? {})));
const uplinkValueKeys = UPLINKS.map((u) => u.key);
const replyIdArb = fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => '0X' + Buffer.from(b).toString('hex').toUpperCase());

interface Block {
  key: string;
  given: unknown;
  canonical: unknown;
  bytes: number[];
}

function uplinkValueBlock(key: string): fc.Arbitrary<Block> {
  const spec = ENTRY[key];
  if (!spec.body) return fc.constant({ key, given: 1, canonical: 1, bytes: [...spec.command] });
  return valueArb(spec.body, 'number').map((g) => ({ key, given: g.given, canonical: g.canonical, bytes: [...spec.command, ...g.bytes] }));
}

/** What a reply names its command after: the query list, else the service or setting with those ID bytes. */
const COMMAND_NAMES = new Map<string, string>([
  ...SETTINGS.map((st) => [hexId(st.command), st.path.join('.')] as [string, string]),
  ...SERVICE_IDS.map((id) => [hexId(TABLE[id].command), id] as [string, string]),
]);
function hexId(bytes: readonly number[]): string {
  return '0X' + Buffer.from(bytes).toString('hex').toUpperCase();
}

const replyBlock: fc.Arbitrary<Block> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.oneof(fc.constantFrom(...QUERYABLE_IDS), replyIdArb)), { minLength: 1, maxLength: 3 })
  .map((replies) => {
    const bytes: number[] = [];
    const list = replies.map(([result, id]) => {
      const b = (id.slice(2).match(/../g) as string[]).map((h) => parseInt(h, 16));
      bytes.push(0xef, (result << 4) | b.length, ...b);
      const name = queryableCommandName(id) ?? COMMAND_NAMES.get(id);
      return name === undefined ? { result, length: b.length, id } : { result, length: b.length, id, name };
    });
    return { key: 'ans', given: list, canonical: list, bytes };
  });

/** Settings as the device reports them: groups keep their members together, in any order. */
const reportedSettingsBlocks: fc.Arbitrary<Block[]> = fc.subarray(settingIndexes).chain((idx) =>
  fc.tuple(...idx.map((i) => valueArb(SETTINGS[i].body, 'number'))).map((vals) => {
    const blocks: Block[] = [];
    idx.forEach((i, k) => {
      const [top, sub] = SETTINGS[i].path;
      const bytes = [...SETTINGS[i].command, ...vals[k].bytes];
      if (sub === undefined) blocks.push({ key: top, given: vals[k].given, canonical: vals[k].canonical, bytes });
      else {
        let b = blocks.find((x) => x.key === top);
        if (!b) blocks.push((b = { key: top, given: {}, canonical: {}, bytes: [] }));
        (b.given as Record<string, unknown>)[sub] = vals[k].given;
        (b.canonical as Record<string, unknown>)[sub] = vals[k].canonical;
        b.bytes.push(...bytes);
      }
    });
    return blocks;
  }),
);

const scheduleBlock: fc.Arbitrary<Block> = scheduleListArb.map((entries) => ({
  key: 'schedule_settings',
  given: entries.map((e) => e.given),
  canonical: entries.map((e) => e.canonical),
  bytes: entries.flatMap((e) => e.bytes),
}));

export interface GeneratedUplink {
  /** What a simulator passes to encodeUplink. */
  given: Record<string, unknown>;
  /** What decodeUplink returns. */
  canonical: Record<string, unknown>;
  bytes: number[];
}

/** One scope (the frame, or a history record): distinct keys in random order, copies applied. */
const scopeArb: fc.Arbitrary<GeneratedUplink> = fc
  .tuple(
    fc.subarray(uplinkValueKeys).chain((keys) => (keys.length ? fc.tuple(...keys.map(uplinkValueBlock)) : fc.constant([] as Block[]))),
    reportedSettingsBlocks,
    fc.option(scheduleBlock, { nil: undefined }),
    fc.option(replyBlock, { nil: undefined }),
  )
  .chain(([values, settings, sched, replies]) => {
    // A reading and an event that copies to the same key cannot both be told apart once decoded.
    const events = values.filter((b) => ENTRY[b.key].copies);
    const targets = new Set(events.flatMap((b) => copiesOf(ENTRY[b.key], b.canonical).map(([to]) => to)));
    const kept = values.filter((b) => !(COPY_TARGETS.has(b.key) && targets.has(b.key)));
    const blocks = [...kept, ...settings, ...(sched ? [sched] : []), ...(replies ? [replies] : [])];
    return fc.shuffledSubarray(blocks, { minLength: blocks.length, maxLength: blocks.length });
  })
  .filter((blocks) => blocks.length > 0)
  .map((blocks) => {
    const given: Record<string, unknown> = {};
    const canonical: Record<string, unknown> = {};
    const bytes: number[] = [];
    for (const b of blocks) {
      given[b.key] = b.given;
      canonical[b.key] = b.canonical;
      bytes.push(...b.bytes);
      if (ENTRY[b.key]) {
        for (const [to, v] of copiesOf(ENTRY[b.key], b.canonical)) canonical[to] = v;
        for (const [to, v] of copiesOf(ENTRY[b.key], b.given)) given[to] = v;
      }
    }
    return { given, canonical, bytes };
  });

const historyArb = fc
  .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: UINT32_MAX }), scopeArb), { minLength: 1, maxLength: 3 })
  .map((records) => {
    const given = records.map(([mode, ts, s]) => ({ ...(mode === 1 ? {} : { mode }), timestamp: ts, ...s.given }));
    const canonical = records.map(([mode, ts, s]) => ({ ...(mode === 1 ? {} : { mode }), timestamp: ts, ...s.canonical }));
    const bytes = records.flatMap(([mode, ts, s]) => [0xed, mode, ...le(ts, 4), ...s.bytes]);
    return { given, canonical, bytes };
  });

/** A valid uplink frame and the data it decodes to, including multi-record history frames. */
export const uplinkArb: fc.Arbitrary<GeneratedUplink> = fc
  .tuple(fc.option(scopeArb, { nil: undefined }), fc.option(historyArb, { nil: undefined }))
  .filter(([s, h]) => s !== undefined || h !== undefined)
  .map(([s, h]) => {
    const given: Record<string, unknown> = { ...(s?.given ?? {}) };
    const canonical: Record<string, unknown> = { ...(s?.canonical ?? {}) };
    const bytes = [...(s?.bytes ?? [])];
    if (h) {
      given.history = h.given;
      canonical.history = h.canonical;
      bytes.push(...h.bytes);
    }
    return { given, canonical, bytes };
  });

/* ------------------------------------------------------------------ invalid inputs */

export interface InvalidCase {
  call: unknown;
  /** The path the CodecError must name. */
  path: string;
  why: string;
}

const wrongTypes: unknown[] = [null, {}, [], 'x', NaN, Infinity, -Infinity];

/** Values that `field` must refuse (as a downlink input), with a word on why. */
export function invalidValues(field: Field): fc.Arbitrary<{ value: unknown; why: string }> {
  const wrongType = fc.constantFrom(...wrongTypes).map((value) => ({ value, why: 'wrong type' }));
  const cases = (why: string, ...values: unknown[]) => fc.constantFrom(...values).map((value) => ({ value, why }));
  switch (field.kind) {
    case 'int':
    case 'decimal': {
      const step = field.kind === 'int' ? 1 : 0.001;
      return fc.oneof(
        cases('out of range by a little', field.min - step, field.max + step),
        fc
          .oneof(fc.integer({ min: Math.ceil(field.max) + 1 }), fc.integer({ max: Math.floor(field.min) - 1 }), fc.constantFrom(1e300, -1e300))
          .map((value) => ({ value, why: 'out of range by a lot' })),
        ...(field.kind === 'int'
          ? [
              fc
                .double({ min: field.min, max: field.max, noNaN: true })
                .filter((v) => !Number.isInteger(v))
                .map((value) => ({ value, why: 'not an integer' })),
            ]
          : []),
        cases('number as text', String(field.min)),
        cases('boolean', true),
        wrongType,
      );
    }
    case 'enum': {
      const allowed = new Set(field.values.map((v) => v.value));
      return fc.oneof(
        fc
          .integer({ min: -1000, max: 1000 })
          .filter((v) => !allowed.has(v))
          .chain((v) => fc.constantFrom<unknown>(v, String(v)))
          .map((value) => ({ value, why: 'unknown enum value' })),
        cases('enum spelt otherwise', ` ${field.values[0].value}`, `0${Math.abs(field.values[0].value)}`, field.output === 'name' ? 'Class Z' : field.values[0].name),
        cases('wrong type', true, null, {}, [], NaN, 1.5),
      );
    }
    case 'bool':
      return cases('not a flag', 2, -1, 0.5, 'yes', 'TRUE', null, {}, [], NaN);
    case 'bits': {
      const min = field.min ?? 0;
      const max = field.max ?? 2 ** field.width - 1;
      return fc.oneof(cases('out of range', min - 1, max + 1, 256), cases('not a number', 'x', null, {}, NaN, 1.5));
    }
    case 'date':
      return fc.oneof(
        cases('outside uint32 seconds', -1, UINT32_MAX + 1, 1764144000000, 0.5),
        cases('not an accepted date string', '2025-11-26T08:00:00', '2025-11-26', 'yesterday', '2025-13-01T00:00:00Z', '2025-11-26T08:00:00.250Z', '2025-02-29T00:00:00Z'),
        cases('bad Date', new Date(NaN), new Date(1764144000123)),
        cases('wrong type', true, null, {}, [], NaN),
      );
    case 'commandId':
      return fc.oneof(
        replyIdArb.filter((id) => !QUERYABLE_IDS.includes(id)).map((value) => ({ value, why: 'unqueryable command' })),
        cases('not a command ID', '0XDAX', '0X6E0', '', '0X', 0xda, true),
      );
    case 'queryLength':
      return cases('bad length', 0, 16, 'two', 1.5, null);
    case 'commandName':
      return cases('not the name of the command', 'Battery', '', 42, null);
    case 'string':
      return cases('bad text', 'x'.repeat(field.size + 1), 'a\u0000b', '\ud800', 42, null);
    case 'hex':
      return cases('bad hex', 'zz'.repeat(field.size), '00'.repeat(field.size + 1), '0', 42);
    case 'version':
      return cases('bad version', '1.2', 'v1', 'v256.0', 'v1.2-r0', 42);
    case 'struct':
      return cases('not an object', 1, 'x', null, [], true);
  }
}

/** A leaf of a generated object, its field, and the path to it. */
interface Leaf {
  path: string[];
  /** Some sibling's layout depends on this field. */
  selector: boolean;
  /** The path with the field's own name where an alias was used: what a missing field is called. */
  namePath: string[];
  field: Field;
}

/** Every field present in a given object of `fields` (recursing into structs), for corruption. */
function leaves(fields: Fields, given: Record<string, unknown>, prefix: string[]): Leaf[] {
  const out: Leaf[] = [];
  for (const n of Object.keys(fields)) {
    const f = fields[n];
    const key = n in given ? n : (f.aliases ?? []).find((a) => a in given);
    if (key === undefined) continue;
    const selector = Object.values(fields).some((g) => g.when?.field === n);
    out.push({ path: [...prefix, key], namePath: [...prefix, n], selector, field: f });
    if (f.kind === 'struct') out.push(...leaves(f.fields, given[key] as Record<string, unknown>, [...prefix, key]));
  }
  return out;
}

function setAt(obj: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = structuredClone(obj) as Record<string, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (remove) delete o[last];
  else Object.defineProperty(o, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

type InvalidFn = (field: Field, selector: boolean) => fc.Arbitrary<{ value: unknown; why: string }>;

/** Corrupts one leaf of `given` (an object of `fields`): a bad value, a missing field or an unknown key. */
function corrupt(
  fields: Fields,
  given: Record<string, unknown>,
  bad: InvalidFn = (f) => invalidValues(f),
): fc.Arbitrary<{ given: unknown; path: string[]; why: string }> {
  const ls = leaves(fields, given, []);
  const structs: string[][] = [[], ...ls.filter((l) => l.field.kind === 'struct').map((l) => l.path)];
  const extra = fc
    .tuple(fc.constantFrom(...structs), fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'Value'))
    .filter(([p, k]) => {
      let o: unknown = given;
      for (const x of p) o = (o as Record<string, unknown>)[x];
      return !Object.prototype.hasOwnProperty.call(o, k);
    })
    .map(([p, k]) => ({ given: setAt(given, [...p, k], 1), path: [...p, k], why: 'unknown key' }));
  if (ls.length === 0) return extra;
  const required = ls.filter((l) => !('optional' in l.field && l.field.optional));
  return fc.oneof(
    fc.constantFrom(...ls).chain((l) =>
      bad(l.field, l.selector).map(({ value, why }) => ({ given: setAt(given, l.path, value), path: l.path, why })),
    ),
    ...(required.length ? [fc.constantFrom(...required).map((l) => ({ given: setAt(given, l.path, 0, true), path: l.namePath, why: 'missing' }))] : []),
    extra,
  );
}

/** A call that must be refused, and the path the error must name. */
export const invalidCall: fc.Arbitrary<InvalidCase> = fc.oneof(
  // A bad input of a service.
  fc
    .constantFrom(...SERVICE_IDS)
    .chain((serviceId) =>
      validCall(serviceId).chain((good) =>
        corrupt(TABLE[serviceId].inputs, good.call.inputs ?? {}).map(({ given, path }) => ({
          call: { serviceId, inputs: given },
          path: `${serviceId}.${path.join('.')}`,
          why: 'bad input',
        })),
      ),
    ),
  // A service that does not exist.
  fc
    .oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'REBOOT', 'set_target_temprature', ' reboot'))
    .filter((id) => !Object.prototype.hasOwnProperty.call(TABLE, id))
    .map((serviceId) => ({ call: { serviceId, inputs: {} }, path: 'serviceId', why: 'unknown serviceId' })),
  fc.constantFrom<unknown>(undefined, 42, null, true, ['reboot']).map((serviceId) => ({
    call: { serviceId, inputs: {} },
    path: 'serviceId',
    why: 'serviceId not a string',
  })),
);

/** A settings object that must be refused, and the path the error must name. */
export const invalidProperties: fc.Arbitrary<InvalidCase> = fc.oneof(
  fc
    .constantFrom(...settingIndexes)
    .chain((i) => {
      const s = SETTINGS[i];
      const wrap = (v: unknown) => (s.path.length === 1 ? { [s.path[0]]: v } : { [s.path[0]]: { [s.path[1]]: v } });
      const base = `properties.${s.path.join('.')}`;
      return valueArb(s.body, 'number').chain((g) =>
        s.body.kind === 'struct'
          ? corrupt(s.body.fields, g.given as Record<string, unknown>).map(({ given, path }) => ({
              call: { properties: wrap(given) },
              path: [base, ...path].join('.'),
              why: 'bad field',
            }))
          : invalidValues(s.body).map(({ value, why }) => ({ call: { properties: wrap(value) }, path: base, why })),
      );
    }),
  scheduleEntryArb.chain((e) =>
    fc.constantFrom(...SCHEDULE_KEYS.filter((k) => k in (e.given as object))).chain((k) => {
      const f = SCHEDULE.fields[k].field;
      const bad = f.kind === 'struct' ? fc.constant({ value: 'x', why: 'not an object' }) : invalidValues(f);
      return bad.map(({ value, why }) => ({
        call: { properties: { schedule_settings: [{ ...(e.given as object), [k]: value }] } },
        path: `properties.schedule_settings[0].${k}`,
        why,
      }));
    }),
  ),
  fc.constantFrom(-1, 16, 1.5, '2', null).map((id) => ({
    call: { properties: { schedule_settings: [{ id, enable: 1 }] } },
    path: 'properties.schedule_settings[0].id',
    why: 'bad schedule id',
  })),
  fc.constantFrom('temperature', 'schedule', 'tempControl', '__proto__', 'constructor').map((key) => ({
    call: { properties: Object.defineProperty({}, key, { value: 1, enumerable: true }) },
    path: `properties.${key}`,
    why: 'unknown setting',
  })),
);

/**
 * Values an uplink body refuses. Readings are loose (anything the wire type holds is
 * kept, with a warning when decoded), so only wrong types, values the wire cannot
 * hold, and selectors without a layout are refused.
 */
function uplinkInvalidValues(field: Field, selector: boolean): fc.Arbitrary<{ value: unknown; why: string }> {
  const cases = (why: string, ...values: unknown[]) => fc.constantFrom(...values).map((value) => ({ value, why }));
  if (selector || field.kind === 'string' || field.kind === 'hex' || field.kind === 'version' || field.kind === 'struct') {
    return invalidValues(field);
  }
  const wire = 'wire' in field && field.wire ? field.wire : 'u8';
  const [lo, hi] = { u8: [0, 255], u16: [0, 65535], u32: [0, UINT32_MAX], i16: [-32768, 32767] }[wire] as [number, number];
  const scale = field.kind === 'decimal' ? 100 : 1;
  return fc.oneof(
    cases('does not fit the wire', (hi + 1) / scale, (lo - 1) / scale, 1e12),
    cases('wrong type', 'x', null, {}, [], NaN, Infinity),
  );
}

/** Uplink data that encodeUplink must refuse, and the path the error must name. */
export const invalidUplink: fc.Arbitrary<InvalidCase> = fc.oneof(
  fc.constantFrom(...UPLINKS.filter((u) => u.body)).chain((u) =>
    valueArb(u.body as Field, 'number').chain((g) =>
      u.body?.kind === 'struct'
        ? corrupt(u.body.fields, g.given as Record<string, unknown>, uplinkInvalidValues).map(({ given, path }) => ({
            call: { [u.key]: given },
            path: ['data', u.key, ...path].join('.'),
            why: 'bad field',
          }))
        : uplinkInvalidValues(u.body as Field, false).map(({ value, why }) => ({ call: { [u.key]: value }, path: `data.${u.key}`, why })),
    ),
  ),
  fc.constantFrom('batery', 'temperatures', '__proto__', 'constructor', 'properties').map((key) => ({
    call: Object.defineProperty({ battery: 1 }, key, { value: 1, enumerable: true }),
    path: `data.${key}`,
    why: 'unknown key',
  })),
  fc.constantFrom(-1, 2 ** 32, 1.5, '1764144000', null).map((timestamp) => ({
    call: { history: [{ timestamp, battery: 1 }] },
    path: 'data.history[0].timestamp',
    why: 'bad timestamp',
  })),
);

/* ------------------------------------------------------------------ raw uplink frames */

/**
 * Wire bytes of a value of `field` as a device could send them: any bytes at all for a
 * reading (out-of-range values, bad UTF-8, text after its NUL), and a listed value for each
 * selector, so that the layout that follows is known. From the tables alone.
 */
export function rawBytesArb(field: Field): fc.Arbitrary<number[]> {
  const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Array.from(b));
  switch (field.kind) {
    case 'int':
    case 'decimal':
      return bytes(SIZE[field.wire]);
    case 'enum':
      return bytes(SIZE[field.wire ?? 'u8']);
    case 'bool':
      return fc.oneof(fc.constantFrom(0, 1).map((b) => [b]), bytes(1));
    case 'bits':
      return bytes(1);
    case 'string':
      // Valid text, NUL-padded; or random bytes (bad UTF-8, bytes after the NUL).
      return fc.oneof(
        valueArb(field, 'number').map((g) => g.bytes),
        bytes(field.size),
      );
    case 'hex':
      return bytes(field.size);
    case 'version':
      return bytes(field.format === 'firmware' ? 6 : 2);
    case 'struct':
      return rawStructArb(field.fields);
    case 'date':
      return bytes(4);
    case 'queryLength':
    case 'commandId':
    case 'commandName':
      throw new Error(`${field.kind} is not in an uplink`);
  }
}

function rawStructArb(fields: Fields): fc.Arbitrary<number[]> {
  const names = Object.keys(fields);
  const selectors = names.filter((n) => names.some((m) => fields[m].when?.field === n));
  const selArbs: Record<string, fc.Arbitrary<number>> = {};
  for (const n of selectors) {
    const f = fields[n];
    if (f.kind !== 'enum') throw new Error(`selector ${n} is not an enum`);
    selArbs[n] = fc.constantFrom(...f.values.map((v) => v.value));
  }
  return fc.record(selArbs).chain((sel) => {
    const parts: fc.Arbitrary<number[]>[] = [];
    let bitsUsed = 0;
    for (const n of names) {
      const f = fields[n];
      if (f.kind !== 'bits') bitsUsed = 0;
      const w = f.when;
      if (w && !w.is.includes(sel[w.field])) continue;
      if (n in sel) {
        const f2 = f as Extract<Field, { kind: 'enum' }>;
        parts.push(fc.constant(le(sel[n], SIZE[f2.wire ?? 'u8'])));
      } else if (f.kind === 'bits') {
        const mask = ((1 << f.width) - 1) << f.shift;
        // Bit fields that do not overlap share the byte the first of them opened.
        if (bitsUsed === 0 || (bitsUsed & mask) !== 0) {
          parts.push(rawBytesArb(f));
          bitsUsed = 0;
        }
        bitsUsed |= mask;
      } else parts.push(rawBytesArb(f));
    }
    return parts.length ? fc.tuple(...parts).map((p) => p.flat()) : fc.constant([] as number[]);
  });
}

/** One uplink command with arbitrary readings: a telemetry or event value, a setting, a schedule field, a reply or a history header. */
const rawUplinkCommand: fc.Arbitrary<number[]> = fc.oneof(
  fc.constantFrom(...UPLINKS).chain((u) => (u.body ? rawBytesArb(u.body).map((b) => [...u.command, ...b]) : fc.constant<number[]>([...u.command]))),
  fc.constantFrom(...SETTINGS).chain((s) => rawBytesArb(s.body).map((b) => [...s.command, ...b])),
  fc
    .tuple(fc.integer({ min: 0, max: 15 }), fc.constantFrom(...SCHEDULE_KEYS))
    .chain(([id, k]) => rawBytesArb(SCHEDULE.fields[k].field).map((b) => [SCHEDULE.command, id, SCHEDULE.fields[k].sub, ...b])),
  fc.tuple(fc.integer({ min: 0, max: 15 }), fc.oneof(fc.constantFrom(...QUERYABLE_IDS).map((id) => (id.slice(2).match(/../g) as string[]).map((h) => parseInt(h, 16))), fc.uint8Array({ minLength: 1, maxLength: 15 }).map((b) => Array.from(b))))
    .map(([result, id]) => [0xef, (result << 4) | id.length, ...id]),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: UINT32_MAX })).map(([mode, ts]) => [0xed, mode, ...le(ts, 4)]),
);

/**
 * An uplink frame as a device could send it: commands in any order, repeated, readings out of
 * range, an event between a reading and its repeat, schedule fields of one schedule split by
 * other commands, history records anywhere.
 */
export const rawUplinkArb: fc.Arbitrary<number[]> = fc
  .array(rawUplinkCommand, { minLength: 1, maxLength: 12 })
  .chain((commands) =>
    // A fresh draw rarely repeats a command: repeat some of them, and shuffle.
    fc.array(fc.nat({ max: commands.length - 1 }), { maxLength: 4 }).chain((again) => {
      const all = [...commands, ...again.map((i) => commands[i])];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }).map((c) => c.flat());
    }),
  );
