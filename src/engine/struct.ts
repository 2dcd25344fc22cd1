/**
 * Command bodies: the fields a table declares, compiled once (on first use) and written or read
 * in wire order (site.ts). What is particular to a kind of field is its record in kinds/; what is
 * common to all is here and in site.ts: keys and aliases, selectors (`when`), defaults, bit fields
 * sharing a byte.
 */
import { pathError } from '../base/errors';
import type { Path } from '../base/errors';
import { ByteWriter } from '../base/bytes';
import { dict } from '../base/es5';
import type { Field, Fields } from '../schema/fields';
import { writeSite, writeStruct } from './site';
import { isTemperature } from '../schema/builders';
import type { CompiledField, CompiledStruct, EnumStyle, FieldPlan, Kind, Kinds } from './site';

/** The top-level key an event's field is copied to (an own field: `branch` undefined), if any (copies.ts's `copyPlan`). */
export type CopyOf = (name: string, branch: string | undefined) => string | undefined;

/**
 * A struct's fields as plans (site.ts's FieldPlan): what compiling its declarations finds out, as plain data
 * (a network-server script stores it as JSON). `copyOf`: an event's, the top-level key each of its own
 * fields (or its branches' fields) is copied to.
 */
export function planStruct(fields: Fields, copyOf?: CopyOf, branch?: string): FieldPlan[] {
  const names = Object.keys(fields);
  const selectors = dict<true>();
  for (const n of names) {
    const f = fields[n];
    if (f.when) selectors[f.when.field] = true;
    if (f.kind === 'queryLength') selectors[f.of] = true;
    if (f.kind === 'commandId') selectors[f.lengthFrom] = true;
  }
  let bitsUsed = 0;
  return names.map((name) => {
    const declared = fields[name];
    let bitsStart = false;
    if (declared.kind === 'bits') {
      const mask = ((1 << declared.width) - 1) << declared.shift;
      bitsStart = (bitsUsed & mask) !== 0 || bitsUsed === 0;
      bitsUsed = bitsStart ? mask : bitsUsed | mask;
    } else bitsUsed = 0;
    const w = declared.when;
    const sibling = declared.kind === 'date' ? declared.notBefore : declared.kind === 'commandId' ? declared.lengthFrom : undefined;
    // Copies reach one level down: an event's own fields, and its branches' (copies.ts's copiesOf).
    const sub = declared.kind === 'struct' ? planStruct(declared.fields, branch === undefined ? copyOf : undefined, name) : undefined;
    return {
      name,
      d: declared,
      siblingAt: sibling === undefined ? undefined : names.indexOf(sibling),
      when: w ? names.indexOf(w.field) : undefined,
      whenIs: w ? w.is : undefined,
      selector: selectors[name],
      byteStart: bitsStart || undefined,
      fallback: defaultOf(declared),
      copy: sub === undefined && copyOf !== undefined ? copyOf(name, branch) : undefined,
      fields: sub,
    };
  });
}

/**
 * A struct to write, from its fields' plans: each with its kind's record from `kinds`, a selector's from
 * `selectorKinds` (the downlink writers, when `kinds` are a device's: a selector decides the layout of what
 * follows), its aliases and its sub-struct.
 */
export function bindStruct(plans: readonly FieldPlan[], style: EnumStyle, kinds: Kinds, selectorKinds: Kinds): CompiledStruct {
  const names: string[] = [];
  const keys = dict<number>();
  const fields = plans.map((p, i): CompiledField => {
    const declared = p.d.aliases || [];
    const aliases = declared.slice();
    // A temperature takes the maker's twins of its name and aliases too (twins.ts), in a downlink: what a device
    // writes (encodeUplink: a device's kinds, the strict ones for selectors) takes none.
    if (isTemperature(p.d) && kinds === selectorKinds) for (const n of [p.name].concat(declared)) aliases.push('celsius_' + n, 'fahrenheit_' + n);
    names.push(p.name);
    keys[p.name] = i;
    for (const a of aliases) keys[a] = i;
    // A field `of` a sibling (a length, a name) is derived from it: never missing.
    const derived = (p.d as { of?: string }).of !== undefined;
    const sub = p.fields === undefined ? undefined : bindStruct(p.fields, style, kinds, selectorKinds);
    // The plan is held, not copied: a copy is made key by key in the scripts (a spread lowered), for each of the
    // ~90 fields every setting at once binds.
    return { plan: p, kind: (p.selector && !derived ? selectorKinds : kinds)[p.d.kind] as Kind, aliases, derived, sub };
  });
  return { fields, names, keys, style, unset: unset(fields.length) };
}

/**
 * The wire numbers of a struct's fields, all set to -1 (no value): an array with holes would
 * read a polluted Array.prototype for a selector that was left out.
 */
function unset(n: number): number[] {
  const vals: number[] = [];
  for (let i = 0; i < n; i++) vals.push(-1);
  return vals;
}

/** The value an optional field takes when left out (0 unless the table says otherwise); undefined for a required one. */
export function defaultOf(f: Field): number | undefined {
  if ((f.kind === 'enum' || f.kind === 'bits') && f.optional) return f.default === undefined ? 0 : f.default;
  return undefined;
}

/** A command body compiled from its declaration: one object, or one bare value ("(value)" settings). */
export interface Body {
  /** Validates `value` and appends its bytes; `path` names it in errors. With `others`, `value` is a snapshot (ownRecord's) that may hold keys other than its fields. */
  encode(value: unknown, path: Path, out: number[], others?: boolean): void;
}

/**
 * A command body: an object of fields, or one bare value (`{temperature_unit: 1}`), which is
 * a one-field struct whose field has an empty name, so that paths and messages name the value
 * itself. Compiled on first use: network servers start the script afresh for every message,
 * and one message touches few of the tables' bodies. Its fields' plans are made then too, by the
 * function it is given (planStruct over the tables' declarations, or a stored plan's fields).
 */
export class CompiledBody implements Body {
  private compiled: CompiledStruct | undefined;

  constructor(
    /** Its fields' plans, made when it is first written or read (planStruct from the tables, or a stored plan's). */
    private readonly plans: () => readonly FieldPlan[],
    private readonly style: EnumStyle,
    private readonly kinds: Kinds,
    private readonly selectorKinds: Kinds,
    /** A bare value (a one-field struct whose field has no name), not an object. */
    readonly bare: boolean,
    private readonly emptyIsUndefined: boolean,
  ) {}

  /** Its compiled struct (also read by plans.ts, which stores it as data). */
  struct(): CompiledStruct {
    return this.compiled || (this.compiled = bindStruct(this.plans(), this.style, this.kinds, this.selectorKinds));
  }

  encode(value: unknown, path: Path, out: number[], others?: boolean): void {
    const w = new ByteWriter(out);
    if (!this.bare) {
      writeStruct(this.struct(), value === undefined && this.emptyIsUndefined ? {} : value, path, w, others);
      return;
    }
    const s = this.struct();
    const cf = s.fields[0];
    if (value === undefined) {
      throw pathError('MISSING_INPUT', path, `missing; expected ${cf.kind.allowed(cf.plan.d, this.style)}`);
    }
    const at = writeSite(s, path, w, s.unset.slice());
    at.field = cf;
    cf.kind.write(cf.plan.d, value, at);
  }
}

/**
 * The body a plan describes (plans.ts's `bodyPlan`): an object of its fields for a struct, else one bare
 * value; `call`: a service's inputs, where none given is `{}`.
 */
export function bodyOfPlan(plan: FieldPlan, style: EnumStyle, kinds: Kinds, call: boolean): Body {
  const struct = plan.d.kind === 'struct';
  return new CompiledBody(() => (struct ? (plan.fields as readonly FieldPlan[]) : [plan]), style, kinds, kinds, !struct, call);
}

/** A body that is an object of `fields` (services' inputs), with the kinds of `kinds`; an absent value is `{}`. */
export function compileInputs(fields: Fields, style: EnumStyle, kinds: Kinds): Body {
  return new CompiledBody(() => planStruct(fields), style, kinds, kinds, false, true);
}

/**
 * A body for any declared value: an object for a struct, a bare value otherwise; its fields with the
 * kinds of `kinds`, its selectors with those of `selectorKinds` (see bindStruct); an event's with
 * `copyOf`, the top-level key each of its fields (or its branches' fields) is copied to.
 */
export function compileField(field: Field, style: EnumStyle, kinds: Kinds, selectorKinds: Kinds = kinds, copyOf?: CopyOf): Body {
  const struct = field.kind === 'struct';
  return new CompiledBody(() => planStruct(struct ? field.fields : { '': field }, copyOf), style, kinds, selectorKinds, !struct, false);
}
