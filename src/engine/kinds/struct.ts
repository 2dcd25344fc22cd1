/** `struct`: an object of fields nested in a body, compiled with it (struct.ts) and walked the same way (site.ts). */
import { under } from '../../base/path';
import { ownRecord } from '../../base/caller-input';
import type { Fields, StructField } from '../../schema/fields';
import { writeStruct } from '../site';
import type { CompiledStruct, Kind } from '../site';
import { asText } from './shared';

export const STRUCT: Kind<StructField> = {
  allowed: (f) => `an object with ${Object.keys(f.fields).join(', ')}`,
  doc: {
    word: 'object',
    fromText: asText,
    descriptor(f, check) {
      const fields = ownRecord(f.fields, 'field.fields');
      if (fields === undefined) throw check.refused('its fields are not an object');
      return { kind: 'struct', fields: fields as Fields };
    },
  },
  write(_f, value, at) {
    writeStruct(at.field.sub as CompiledStruct, value, under(at.path, at.key), at.w);
    return 0;
  },
};
