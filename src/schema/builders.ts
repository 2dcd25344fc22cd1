/** Short constructors for field descriptors, shared by the command tables. */
import type { BitsField, EnumValue, Field, Fields } from './fields';

export const bool = (label: string) => ({ kind: 'bool', label }) as const;
export const u8 = (label: string, min: number, max: number, unit?: string) => ({ kind: 'int', wire: 'u8', min, max, unit, label }) as const;
export const u16 = (label: string, min: number, max: number, unit?: string) => ({ kind: 'int', wire: 'u16', min, max, unit, label }) as const;
export const percent = (label: string) => u8(label, 0, 100, '%');
/** A temperature: int16 hundredths of a degree Celsius. */
export const temp = (label: string, min: number, max: number) => ({ kind: 'decimal', wire: 'i16', min, max, unit: '°C', label }) as const;
export const choice = (label: string, values: readonly EnumValue[]) => ({ kind: 'enum', values, label }) as const;
export const struct = (label: string, fields: Fields) => ({ kind: 'struct', fields, label }) as const;
/** `f`, present only when the earlier sibling `field` is `is`. */
export const when = <F extends Field>(field: string, is: number, f: F): F => ({ ...f, when: { field, is: [is] } });
export const flagBit = (label: string, shift: number): BitsField => ({ kind: 'bits', shift, width: 1, label });
