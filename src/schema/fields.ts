/**
 * Field descriptors: plain data that says how one value travels on the wire.
 *
 * The encoder, the decoder, validation, the TypeScript input types, the test
 * arbitraries, the CLI help and the README tables are all derived from these
 * descriptors, so a field is declared exactly once.
 */

/** Integer wire types (little-endian). */
export type IntWire = 'u8' | 'u16' | 'u32' | 'i16';

/** Makes a field present only when an earlier sibling (a selector such as `mode`) has one of the listed values. */
export interface When {
  readonly field: string;
  readonly is: readonly number[];
}

interface Common {
  /** The maker's label, where its service page gives one. */
  readonly label?: string;
  readonly when?: When;
  /** Other accepted spellings of the key (e.g. the maker's object model's). Output uses the key itself. */
  readonly aliases?: readonly string[];
  /**
   * Decoding: its own words for a wire number outside its range or list (int, enum, bool, bits),
   * after the command's label, `%` standing for the number.
   */
  readonly says?: string;
}

/** An integer with an inclusive range. */
export interface IntField extends Common {
  readonly kind: 'int';
  readonly wire: IntWire;
  readonly min: number;
  readonly max: number;
  readonly unit?: string | undefined;
  readonly optional?: false;
}

/** A number carried as an integer count of hundredths (temperatures are int16 0.01 °C). */
export interface DecimalField extends Common {
  readonly kind: 'decimal';
  readonly wire: 'i16' | 'u16';
  readonly min: number;
  readonly max: number;
  readonly unit?: string | undefined;
  readonly optional?: false;
}

/** One allowed value of an enum and the maker's name for it. */
export interface EnumValue {
  readonly value: number;
  readonly name: string;
}

/** An enum carried as uint8 (or int16); accepted as a number or as its digit string. */
export interface EnumField extends Common {
  readonly kind: 'enum';
  readonly wire?: 'u8' | 'i16';
  readonly values: readonly EnumValue[];
  /** `name`: decoded as the value's name (e.g. "Class A") rather than its number. */
  readonly output?: 'name';
  readonly optional?: boolean;
  /** With `optional`: the value sent when absent, and left out of decoded output when equal. */
  readonly default?: number;
}

/** A uint8 0/1; accepted as 0/1, true/false, "0"/"1", "true"/"false"; decoded as 0/1. */
export interface BoolField extends Common {
  readonly kind: 'bool';
  readonly optional?: false;
}

/**
 * A bit range of a byte. Consecutive `bits` fields whose ranges do not overlap
 * share one byte; a non-`bits` field, or an overlap, starts the next byte.
 */
export interface BitsField extends Common {
  readonly kind: 'bits';
  readonly shift: number;
  readonly width: number;
  /** Inclusive range; defaults to everything the width holds. */
  readonly min?: number;
  readonly max?: number;
  readonly optional?: boolean;
  readonly default?: number;
  /**
   * The number of bytes of the sibling `of` (an echoed command ID), which it precedes: derived
   * when left out, checked when given.
   */
  readonly of?: string;
}

/** A point in time carried as uint32 LE Unix seconds (UTC), given as ISO text, a Date or seconds. */
export interface DateField extends Common {
  readonly kind: 'date';
  /** Name of an earlier date field of the same call that this one must not precede. */
  readonly notBefore?: string;
  readonly optional?: false;
}

/**
 * The `length` byte of a command query: high nibble 0, low nibble = number of
 * command-ID bytes. It is derived from the sibling `of` field, so it is optional.
 */
export interface QueryLengthField extends Common {
  readonly kind: 'queryLength';
  readonly of: string;
  readonly optional: true;
}

/** A command ID given as `"0X6E01"`; its byte count comes from the sibling `lengthFrom` field. */
export interface CommandIdField extends Common {
  readonly kind: 'commandId';
  readonly lengthFrom: string;
  /** Any ID of 1…15 bytes (a reply echoes whatever was sent), not only a queryable one. */
  readonly any?: true;
  readonly optional?: false;
}

/**
 * The name of the command whose ID the sibling `of` holds, when it is one we know; no byte
 * carries it. Left out when unknown; derived when not given, checked when given.
 */
export interface CommandNameField extends Common {
  readonly kind: 'commandName';
  readonly of: string;
  readonly optional?: false;
}

/** Fixed-size UTF-8 text, NUL-padded on the wire. */
export interface StringField extends Common {
  readonly kind: 'string';
  readonly size: number;
  readonly optional?: false;
}

/** Fixed-size bytes shown as lowercase hex (serial numbers, OEM id). */
export interface HexField extends Common {
  readonly kind: 'hex';
  readonly size: number;
  readonly optional?: false;
}

/**
 * A version: `major.minor` is two bytes → `"v1.2"`; `firmware` is six bytes (major, minor,
 * release, alpha, unit test, test) → `"v1.2"` plus `-r<n>`, `-a<n>`, `-u<n>`, `-t<n>` for each non-zero one.
 */
export interface VersionField extends Common {
  readonly kind: 'version';
  readonly format: 'major.minor' | 'firmware';
  readonly optional?: false;
}

/** A nested object of fields. */
export interface StructField extends Common {
  readonly kind: 'struct';
  readonly fields: Fields;
  readonly optional?: false;
}

export type Field =
  | IntField
  | DecimalField
  | EnumField
  | BoolField
  | BitsField
  | DateField
  | QueryLengthField
  | CommandIdField
  | CommandNameField
  | StringField
  | HexField
  | VersionField
  | StructField;

export type FieldKind = Field['kind'];

/** Fields of a command body, in wire order (object key order is wire order). */
export type Fields = { readonly [name: string]: Field };

/** A date as accepted on input: ISO-8601 with a zone designator, a Date, or Unix seconds. */
export type DateInput = string | Date | number;

/** The accepted spellings of a 0/1 flag. */
export type BoolInput = 0 | 1 | boolean | '0' | '1' | 'true' | 'false';

type EnumInput<F> = F extends { values: readonly (infer V)[] } ? (V extends { value: infer N extends number } ? N | `${N}` : never) : never;
type EnumCanonical<F> = F extends { values: readonly (infer V)[] } ? (V extends { value: infer N extends number } ? `${N}` : never) : never;

/** A value the caller may pass for a field. */
export type InputValue<F extends Field> = F extends { kind: 'enum' }
  ? EnumInput<F>
  : F extends { kind: 'date' }
    ? DateInput
    : F extends { kind: 'commandId' | 'commandName' | 'string' | 'hex' | 'version' }
      ? string
      : F extends { kind: 'bool' }
        ? BoolInput
        : F extends { kind: 'bits'; width: 1 }
          ? BoolInput
          : F extends { kind: 'struct'; fields: infer S extends Fields }
            ? InputsOf<S>
            : number;

/** A value as a services `decode` returns it (the maker's canonical form (its service page's)). */
export type CanonicalValue<F extends Field> = F extends { kind: 'enum' }
  ? EnumCanonical<F>
  : F extends { kind: 'date' | 'commandId' | 'commandName' | 'string' | 'hex' | 'version' }
    ? string
    : F extends { kind: 'struct'; fields: infer S extends Fields }
      ? CanonicalInputsOf<S>
      : number;

type OptionalKeys<T extends Fields> = {
  [K in keyof T]: T[K] extends { optional: true } | { when: When } | { of: string } ? K : never;
}[keyof T];
type RequiredKeys<T extends Fields> = Exclude<keyof T, OptionalKeys<T>>;
/** `T` with its intersections flattened, as editors show it. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The intersection of the members of a union (the settings' slots into one object type). */
export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The object a caller passes for fields `T`. Fields that depend on a selector
 * (`when`) are optional here; which of them is required is checked at run time.
 */
export type InputsOf<T extends Fields> = Simplify<
  { [K in RequiredKeys<T>]: InputValue<T[K]> } & { [K in OptionalKeys<T>]?: InputValue<T[K]> }
>;

/** The object a services `decode` returns for fields `T`. */
export type CanonicalInputsOf<T extends Fields> = Simplify<
  { [K in RequiredKeys<T>]: CanonicalValue<T[K]> } & {
    [K in OptionalKeys<T>]: T[K] extends { kind: 'queryLength' } ? number : CanonicalValue<T[K]> | undefined;
  }
>;
