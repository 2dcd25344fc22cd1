/** Short constructors for field descriptors, shared by the command tables. */
import type { BitsField, DecimalField, EnumValue, Field, Fields, When } from './fields';

export const bool = () => ({ kind: 'bool' }) as const;
export const u8 = (min: number, max: number, unit?: string) => ({ kind: 'int', wire: 'u8', min, max, unit }) as const;
export const u16 = (min: number, max: number, unit?: string) => ({ kind: 'int', wire: 'u16', min, max, unit }) as const;
export const percent = () => u8(0, 100, '%');
/** A temperature: int16 hundredths of a degree Celsius. */
export const temp = (min: number, max: number) => ({ kind: 'decimal', wire: 'i16', min, max, unit: '°C' }) as const;
/** A temperature (`temp`'s): a decimal in °C, which takes the maker's Fahrenheit and Celsius twins (engine/twins.ts). */
export function isTemperature(f: Field | undefined): f is DecimalField {
  return f !== undefined && f.kind === 'decimal' && f.unit === '°C';
}
export const enumOf = (values: readonly EnumValue[]) => ({ kind: 'enum', values }) as const;
/** An enum whose values are 0, 1, 2… in the order of the names given. */
export const choice = (...names: string[]) => enumOf(names.map((name, value) => ({ value, name })));
/** An enum of `[value, name]` pairs. */
export const choiceOf = (pairs: readonly (readonly [number, string])[]) => enumOf(pairs.map(([value, name]) => ({ value, name })));
export const struct = <F extends Fields>(fields: F) => ({ kind: 'struct', fields }) as const;
/** `f`, present only when the earlier sibling `field` is `is`. */
export const when = <F extends Field>(field: string, is: number, f: F): F & { readonly when: When } => ({ ...f, when: { field, is: [is] } });
export const flagBit = (shift: number): BitsField => ({ kind: 'bits', shift, width: 1 });
