/**
 * fast-check arbitraries derived from the codec's own metadata (SERVICES and the
 * queryable command list), plus an independent oracle for the canonical form and
 * an independent byte writer, so that the properties do not lean on the encoder.
 */
import fc from 'fast-check';
import { SERVICES, allQueryableCommandIds } from '../../src';
import type { Field, ServiceSpec } from '../../src';

export const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;
export const SERVICE_IDS = Object.keys(TABLE);
export const QUERYABLE_IDS = allQueryableCommandIds();
const UINT32_MAX = 0xffffffff;

export interface GeneratedCall {
  call: { serviceId: string; inputs?: Record<string, unknown> };
  canonical: { serviceId: string; inputs: Record<string, unknown> };
}

export function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Every accepted spelling of a date, from its seconds. */
function dateForm(seconds: number): fc.Arbitrary<unknown> {
  const forms: fc.Arbitrary<unknown>[] = [
    fc.constant(seconds),
    fc.constant(isoOf(seconds)),
    fc.constant(new Date(seconds * 1000)),
  ];
  // The same instant written with a zone offset, when the local wall time stays within 0000-9999.
  const offsetArb = fc.integer({ min: -14 * 60, max: 14 * 60 }).map((offsetMin) => {
    const local = new Date((seconds + offsetMin * 60) * 1000).toISOString().slice(0, 19);
    const sign = offsetMin < 0 ? '-' : '+';
    const abs = Math.abs(offsetMin);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });
  if (seconds > 15 * 3600 && seconds < UINT32_MAX - 15 * 3600) forms.push(offsetArb);
  return fc.oneof(...forms);
}

function commandIdForm(id: string): fc.Arbitrary<string> {
  const hex = id.slice(2);
  return fc.constantFrom(id, '0x' + hex.toLowerCase(), hex, hex.toLowerCase(), '0X' + hex.toLowerCase());
}

/** A valid value for `field`, as given on input, with its canonical value. */
export function validValue(field: Field): fc.Arbitrary<{ given: unknown; canonical: unknown; wire: number }> {
  switch (field.kind) {
    case 'int':
      return fc.integer({ min: field.min, max: field.max }).map((v) => ({ given: v, canonical: v, wire: v }));
    case 'decimal':
      return fc
        .oneof(
          fc.integer({ min: field.min * 100, max: field.max * 100 }).map((h) => h / 100),
          fc.double({ min: field.min, max: field.max, noNaN: true }),
        )
        .map((v) => {
          const h = Math.round(v * 100) || 0;
          return { given: v, canonical: h / 100, wire: h };
        });
    case 'enum':
      return fc
        .tuple(fc.constantFrom(...field.values.map((v) => v.value)), fc.boolean())
        .map(([v, asString]) => ({ given: asString ? String(v) : v, canonical: String(v), wire: v }));
    case 'date':
      return fc
        .integer({ min: 0, max: UINT32_MAX })
        .chain((s) => dateForm(s).map((given) => ({ given, canonical: isoOf(s), wire: s })));
    case 'commandId':
      return fc
        .constantFrom(...QUERYABLE_IDS)
        .chain((id) => commandIdForm(id).map((given) => ({ given, canonical: id, wire: (id.length - 2) / 2 })));
    case 'queryLength':
      throw new Error('queryLength is generated with its command ID');
  }
}

/** A valid call of `serviceId` in any accepted spelling, with the canonical call decode must return. */
export function validCall(serviceId: string): fc.Arbitrary<GeneratedCall> {
  const spec = TABLE[serviceId];
  const names = Object.keys(spec.inputs).filter((n) => spec.inputs[n].kind !== 'queryLength');
  const lengthNames = Object.keys(spec.inputs).filter((n) => spec.inputs[n].kind === 'queryLength');
  const record: { [k: string]: fc.Arbitrary<{ given: unknown; canonical: unknown; wire: number }> } = {};
  for (const n of names) record[n] = validValue(spec.inputs[n]);
  return fc.tuple(fc.record(record), fc.boolean(), fc.boolean()).map(([values, giveLength, omitEmptyInputs]) => {
    orderDates(spec, values);
    const inputs: Record<string, unknown> = {};
    const canonical: Record<string, unknown> = {};
    for (const n of lengthNames) {
      const field = spec.inputs[n] as Extract<Field, { kind: 'queryLength' }>;
      const len = values[field.of].wire;
      if (giveLength) inputs[n] = len;
      canonical[n] = len;
    }
    for (const n of names) {
      inputs[n] = values[n].given;
      canonical[n] = values[n].canonical;
    }
    const call: GeneratedCall['call'] = { serviceId, inputs };
    if (names.length === 0 && omitEmptyInputs) delete call.inputs;
    return { call, canonical: { serviceId, inputs: orderLike(spec, canonical) } };
  });
}

/** Swaps date values so that every `notBefore` constraint holds. */
function orderDates(spec: ServiceSpec, values: { [k: string]: { given: unknown; canonical: unknown; wire: number } }): void {
  for (const n of Object.keys(spec.inputs)) {
    const f = spec.inputs[n];
    if (f.kind === 'date' && f.notBefore && values[n].wire < values[f.notBefore].wire) {
      const t = values[n];
      values[n] = values[f.notBefore];
      values[f.notBefore] = t;
    }
  }
}

function orderLike(spec: ServiceSpec, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of Object.keys(spec.inputs)) out[n] = obj[n];
  return out;
}

export const anyValidCall: fc.Arbitrary<GeneratedCall> = fc.constantFrom(...SERVICE_IDS).chain(validCall);

/* ---------- frames built byte by byte, without the encoder ---------- */

function le(value: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(Math.floor(value / 2 ** (8 * i)) % 256);
  return out;
}

/** The bytes of one valid command of `serviceId`, written from the metadata and PROTOCOL.md §1. */
export function validCommandBytes(serviceId: string): fc.Arbitrary<number[]> {
  const spec = TABLE[serviceId];
  return validCall(serviceId).map(({ canonical }) => {
    const bytes = [...spec.command];
    for (const n of Object.keys(spec.inputs)) {
      const f = spec.inputs[n];
      const v = canonical.inputs[n];
      switch (f.kind) {
        case 'int':
          bytes.push(...le(v as number, { u8: 1, u16: 2, u32: 4 }[f.wire]));
          break;
        case 'decimal':
          bytes.push(...le((Math.round((v as number) * 100) + 0x10000) % 0x10000, 2));
          break;
        case 'enum':
          bytes.push(Number(v));
          break;
        case 'date':
          bytes.push(...le(Date.parse(v as string) / 1000, 4));
          break;
        case 'queryLength':
          bytes.push(v as number);
          break;
        case 'commandId': {
          const hex = (v as string).slice(2);
          for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
          break;
        }
      }
    }
    return bytes;
  });
}

export const validFrame: fc.Arbitrary<number[]> = fc
  .array(fc.constantFrom(...SERVICE_IDS).chain(validCommandBytes), { minLength: 1, maxLength: 6 })
  .map((cmds) => cmds.flat());

/* ---------- invalid inputs ---------- */

export interface InvalidCase {
  call: unknown;
  /** The path the CodecError must name. */
  path: string;
  why: string;
}

const wrongTypes: unknown[] = [true, null, {}, [], 'x', NaN, Infinity, -Infinity];

/** Values that `field` must refuse, with a word on why. */
function invalidValues(field: Field): fc.Arbitrary<{ value: unknown; why: string }> {
  const wrongType = fc.constantFrom(...wrongTypes).map((value) => ({ value, why: 'wrong type' }));
  switch (field.kind) {
    case 'int':
      return fc.oneof(
        fc.constantFrom(field.min - 1, field.max + 1).map((value) => ({ value, why: 'out of range by 1' })),
        fc
          .oneof(fc.integer({ min: field.max + 1 }), fc.integer({ max: field.min - 1 }))
          .map((value) => ({ value, why: 'out of range by a lot' })),
        fc.double({ min: field.min, max: field.max, noNaN: true })
          .filter((v) => !Number.isInteger(v))
          .map((value) => ({ value, why: 'not an integer' })),
        fc.constant({ value: String(field.min), why: 'number as text' }),
        wrongType,
      );
    case 'decimal':
      return fc.oneof(
        fc.constantFrom(field.min - 0.001, field.max + 0.001, field.min - 0.01, field.max + 0.01).map((value) => ({
          value,
          why: 'out of range by a little',
        })),
        fc
          .oneof(fc.double({ min: field.max + 1, max: 1e300, noNaN: true }), fc.double({ min: -1e300, max: field.min - 1, noNaN: true }))
          .map((value) => ({ value, why: 'out of range by a lot' })),
        fc.constant({ value: String(field.min), why: 'number as text' }),
        wrongType,
      );
    case 'enum': {
      const allowed = new Set(field.values.map((v) => v.value));
      return fc.oneof(
        fc
          .integer({ min: -5, max: 300 })
          .filter((v) => !allowed.has(v))
          .chain((v) => fc.constantFrom<unknown>(v, String(v)))
          .map((value) => ({ value, why: 'unknown enum value' })),
        fc.constantFrom<unknown>(` ${field.values[0].value}`, `0${field.values[0].value}`, field.values[0].name).map((value) => ({
          value,
          why: 'enum spelt otherwise',
        })),
        fc.constantFrom<unknown>(true, null, {}, [], NaN).map((value) => ({ value, why: 'wrong type' })),
      );
    }
    case 'date':
      return fc.oneof(
        fc.constantFrom<unknown>(-1, UINT32_MAX + 1, 1764144000000, 0.5).map((value) => ({ value, why: 'outside uint32 seconds' })),
        fc.constantFrom<unknown>('2025-11-26T08:00:00', '2025-11-26', 'yesterday', '2025-13-01T00:00:00Z', '2025-11-26T08:00:00.250Z')
          .map((value) => ({ value, why: 'not an accepted date string' })),
        fc.constantFrom<unknown>(new Date(NaN), new Date(1764144000123)).map((value) => ({ value, why: 'bad Date' })),
        fc.constantFrom<unknown>(true, null, {}, [], NaN).map((value) => ({ value, why: 'wrong type' })),
      );
    case 'commandId':
      return fc.oneof(
        fc
          .uint8Array({ minLength: 1, maxLength: 4 })
          .map((b) => '0X' + Buffer.from(b).toString('hex').toUpperCase())
          .filter((id) => !QUERYABLE_IDS.includes(id))
          .map((value) => ({ value, why: 'unqueryable command' })),
        fc.constantFrom<unknown>('0XDAX', '0X6E0', '', '0X', 0xda, true).map((value) => ({ value, why: 'not a command ID' })),
      );
    case 'queryLength':
      return fc.constantFrom<unknown>(0, 16, 'two', 1.5, null).map((value) => ({ value, why: 'bad length' }));
  }
}

/** A call that must be refused, and the path the error must name. */
export const invalidCall: fc.Arbitrary<InvalidCase> = fc.oneof(
  // A bad value for one input of a service that has inputs.
  fc
    .constantFrom(...SERVICE_IDS.filter((id) => Object.keys(TABLE[id].inputs).length > 0))
    .chain((serviceId) =>
      fc.tuple(validCall(serviceId), fc.constantFrom(...Object.keys(TABLE[serviceId].inputs))).chain(([good, name]) =>
        fc.oneof(
          invalidValues(TABLE[serviceId].inputs[name]).map(({ value, why }) => ({
            call: { serviceId, inputs: { ...good.call.inputs, [name]: value } },
            path: `${serviceId}.${name}`,
            why,
          })),
          ...(TABLE[serviceId].inputs[name].optional
            ? []
            : [
                fc.constant({
                  call: { serviceId, inputs: withoutKey(good.call.inputs ?? {}, name) },
                  path: `${serviceId}.${name}`,
                  why: 'missing',
                }),
              ]),
        ),
      ),
    ),
  // An input the service does not have.
  fc
    .tuple(
      fc.constantFrom(...SERVICE_IDS).chain(validCall),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'unit', 'Value', 'extra'),
    )
    .filter(([good, key]) => !(key in TABLE[good.call.serviceId].inputs))
    .map(([good, key]) => {
      const inputs: Record<string, unknown> = { ...good.call.inputs };
      Object.defineProperty(inputs, key, { value: 1, enumerable: true });
      return { call: { serviceId: good.call.serviceId, inputs }, path: `${good.call.serviceId}.${key}`, why: 'extra input' };
    }),
  // A service that does not exist.
  fc
    .oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'REBOOT', 'set_target_temprature', ' reboot'),
    )
    .filter((id) => !Object.prototype.hasOwnProperty.call(TABLE, id))
    .map((serviceId) => ({ call: { serviceId, inputs: {} }, path: 'serviceId', why: 'unknown serviceId' })),
  fc.constantFrom<unknown>(undefined, 42, null, true, ['reboot']).map((serviceId) => ({
    call: { serviceId, inputs: {} },
    path: 'serviceId',
    why: 'serviceId not a string',
  })),
);

function withoutKey(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}
