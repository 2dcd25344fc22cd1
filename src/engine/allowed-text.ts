/** The public `allowedText`: what a field descriptor allows, in words, for any descriptor shaped like the tables'. */
import { describeValue, valueError } from '../base/errors';
import { ownRecord } from '../base/caller-input';
import { hasOwnKey, isFiniteNumber, isInteger } from '../base/es5';
import type { Field } from '../schema/fields';
import { deviceKinds } from './kinds';
import type { DescriptorCheck, EnumStyle } from './site';

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
  return deviceKinds()[f.kind].allowed(f as never, style);
}

/** A copy of a caller's field descriptor with what `allowedText` reads, checked by its kind. */
function checkedField(given: unknown): Field {
  const f = ownRecord(given, 'field');
  const refused = (why: string) =>
    valueError('INVALID_TYPE', 'field', given, `is not a field descriptor such as SERVICES.set_target_temperature.inputs.value: ${why}`);
  if (f === undefined) throw refused('not an object');
  const check: DescriptorCheck = {
    refused,
    numbers(...keys) {
      for (const k of keys) if (!isFiniteNumber(f[k])) throw refused(`its ${k} is ${describeValue(f[k])}, not a finite number`);
    },
    integers(...keys) {
      for (const k of keys) if (f[k] !== undefined && !(isInteger(f[k]) && (f[k] as number) >= 0 && (f[k] as number) <= 0xffff)) throw refused(`its ${k} is ${describeValue(f[k])}, not an integer 0…65535`);
    },
  };
  if (typeof f.kind !== 'string' || !hasOwnKey(deviceKinds(), f.kind)) throw refused(`its kind ${describeValue(f.kind)} is not a field kind`);
  return deviceKinds()[f.kind as Field['kind']].doc.descriptor(f, check);
}
