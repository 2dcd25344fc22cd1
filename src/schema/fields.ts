/**
 * Field descriptors: plain data that says how one input travels on the wire.
 *
 * The encoder, the decoder, validation, the TypeScript input types, the test
 * arbitraries, the CLI help and the README tables are all derived from these
 * descriptors, so a field is declared exactly once.
 */

/** Fixed-width unsigned integer types used on the wire (little-endian). */
export type UintWire = 'u8' | 'u16' | 'u32';

/** An integer input with an inclusive range. */
export interface IntField {
  readonly kind: 'int';
  readonly wire: UintWire;
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
  readonly label: string;
  readonly optional?: false;
}

/** A temperature in °C, carried as int16 LE hundredths of a degree. */
export interface TemperatureField {
  readonly kind: 'temperature';
  readonly min: number;
  readonly max: number;
  readonly unit: '°C';
  readonly label: string;
  readonly optional?: false;
}

/** One allowed value of an enum and the maker's name for it. */
export interface EnumValue {
  readonly value: number;
  readonly name: string;
}

/** An enum carried as uint8; accepted as a number or as the seed's digit string. */
export interface EnumField {
  readonly kind: 'enum';
  readonly values: readonly EnumValue[];
  readonly label: string;
  readonly optional?: false;
}

/** A point in time carried as uint32 LE Unix seconds (UTC). */
export interface DateField {
  readonly kind: 'date';
  readonly label: string;
  /** Name of an earlier date field of the same call that this one must not precede. */
  readonly notBefore?: string;
  readonly optional?: false;
}

/**
 * The `length` byte of a command query: high nibble 0, low nibble = number of
 * command-ID bytes. It is derived from the sibling `of` field, so it is optional.
 */
export interface QueryLengthField {
  readonly kind: 'queryLength';
  readonly of: string;
  readonly label: string;
  readonly optional: true;
}

/** A command ID given as `"0X6E01"`; its byte count comes from the sibling `lengthFrom` field. */
export interface CommandIdField {
  readonly kind: 'commandId';
  readonly lengthFrom: string;
  readonly label: string;
  readonly optional?: false;
}

export type Field =
  | IntField
  | TemperatureField
  | EnumField
  | DateField
  | QueryLengthField
  | CommandIdField;

export type FieldKind = Field['kind'];

/** Fields of a command body, in wire order (object key order is wire order). */
export type Fields = { readonly [name: string]: Field };

/** A date as accepted on input: ISO-8601 with a zone designator, a Date, or Unix seconds. */
export type DateInput = string | Date | number;

/** A value the caller may pass for a field. */
export type InputValue<F extends Field> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V extends { value: infer N extends number }
    ? N | `${N}`
    : never
  : F extends { kind: 'date' }
    ? DateInput
    : F extends { kind: 'commandId' }
      ? string
      : number;

/** A value as `decode` returns it (the seed's canonical form). */
export type CanonicalValue<F extends Field> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V extends { value: infer N extends number }
    ? `${N}`
    : never
  : F extends { kind: 'date' | 'commandId' }
    ? string
    : number;

type OptionalKeys<T extends Fields> = {
  [K in keyof T]: T[K] extends { optional: true } ? K : never;
}[keyof T];
type RequiredKeys<T extends Fields> = Exclude<keyof T, OptionalKeys<T>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The `inputs` object a caller passes for a body with fields `T`. */
export type InputsOf<T extends Fields> = Simplify<
  { [K in RequiredKeys<T>]: InputValue<T[K]> } & { [K in OptionalKeys<T>]?: InputValue<T[K]> }
>;

/** The `inputs` object `decode` returns for a body with fields `T` (every field present). */
export type CanonicalInputsOf<T extends Fields> = Simplify<{ [K in keyof T]: CanonicalValue<T[K]> }>;
