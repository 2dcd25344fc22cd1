/** The public `allowedText`: what a field descriptor allows, in words, for any descriptor shaped like the tables'. */
import { describeValue, valueError } from '../base/errors';
import { arrayLength, ownItem, ownRecord } from '../base/caller-input';
import { isFiniteNumber, isInteger } from '../base/es5';
import type { Field, Fields } from '../schema/fields';
import { READING_KINDS } from './reading-kinds';
import type { EnumStyle } from './kinds';

/**
 * The allowed values of a field descriptor (one of the tables', or one shaped like them), in
 * words, as the codec's errors and help give them. Anything that is not such a descriptor is
 * refused with a CodecError.
 */
export function allowedText(field: Field, style: EnumStyle = 'string'): string {
  if (style !== 'string' && style !== 'number') {
    throw valueError('INVALID_OPTION', 'style', style, 'is not "string" or "number"');
  }
  const f = checkedField(field);
  return READING_KINDS[f.kind].allowed(f as never, style);
}

/** A copy of a caller's field descriptor with what `allowedTextOf` reads, checked. */
function checkedField(given: unknown): Field {
  const f = ownRecord(given, 'field');
  const refused = (why: string) =>
    valueError('INVALID_TYPE', 'field', given, `is not a field descriptor such as SERVICES.set_target_temperature.inputs.value: ${why}`);
  if (f === undefined) throw refused('not an object');
  const numbers = (...keys: string[]) => {
    for (const k of keys) if (!isFiniteNumber(f[k])) throw refused(`its ${k} is ${describeValue(f[k])}, not a finite number`);
  };
  const integers = (...keys: string[]) => {
    for (const k of keys) if (f[k] !== undefined && !(isInteger(f[k]) && (f[k] as number) >= 0 && (f[k] as number) <= 0xffff)) throw refused(`its ${k} is ${describeValue(f[k])}, not an integer 0…65535`);
  };
  switch (f.kind) {
    case 'int':
    case 'decimal':
      numbers('min', 'max');
      if (f.unit !== undefined && typeof f.unit !== 'string') throw refused(`its unit is ${describeValue(f.unit)}, not text`);
      return { kind: f.kind, min: f.min, max: f.max, unit: f.unit } as Field;
    case 'enum': {
      const n = arrayLength(f.values, 'field.values');
      if (n < 0) throw refused('its values are not an array');
      const values: { value: number; name: string }[] = [];
      for (let i = 0; i < n; i++) {
        const v = ownRecord(ownItem(f.values, i, 'field.values'), `field.values[${i}]`);
        if (v === undefined || !isInteger(v.value) || typeof v.name !== 'string') throw refused(`its values[${i}] is not { value: an integer, name: text }`);
        values.push({ value: v.value, name: v.name });
      }
      return { kind: 'enum', values } as Field;
    }
    case 'bits':
      integers('min', 'max');
      if (!(isInteger(f.width) && f.width >= 1 && f.width <= 8)) throw refused(`its width is ${describeValue(f.width)}, not 1…8`);
      return { kind: 'bits', width: f.width, shift: 0, min: f.min, max: f.max } as Field;
    case 'string':
    case 'hex':
      if (!isInteger(f.size) || f.size < 0) throw refused(`its size is ${describeValue(f.size)}, not a byte count`);
      return { kind: f.kind, size: f.size } as Field;
    case 'version':
      if (f.format !== 'major.minor' && f.format !== 'firmware') throw refused(`its format is ${describeValue(f.format)}, not "major.minor" or "firmware"`);
      return { kind: 'version', format: f.format } as Field;
    case 'struct': {
      const fields = ownRecord(f.fields, 'field.fields');
      if (fields === undefined) throw refused('its fields are not an object');
      return { kind: 'struct', fields: fields as Fields } as Field;
    }
    case 'bool':
    case 'date':
    case 'queryLength':
    case 'commandId':
      return { kind: f.kind } as Field;
  }
  throw refused(`its kind ${describeValue(f.kind)} is not a field kind`);
}

