/** `commandName`: the name of the command whose ID a sibling (`of`) holds; derived, never on the wire. */
import { describeValue } from '../../base/errors';
import { commandIdFromBytes } from '../../schema/command-ids';
import { commandNameOf } from '../command-names';
import type { CommandNameField } from '../../schema/fields';
import { refuseValue } from '../site';
import type { Kind } from '../site';
import { asText, bytesBefore, cannotWrite, uplinkOnly } from './shared';

export const COMMAND_NAME: Kind<CommandNameField> = {
  allowed: uplinkOnly,
  doc: {
    word: 'text',
    fromText: asText,
    descriptor(f, check) {
      if (typeof f.of !== 'string') throw check.refused(`its of is ${describeValue(f.of)}, not the name of a field`);
      return { kind: 'commandName', of: f.of };
    },
  },
  write: cannotWrite,
  device: {
    allowed: (f) => `the name of the command in ${f.of} (optional: derived when absent)`,
    write(f, value, at) {
      if (value !== undefined) {
        const id = commandIdFromBytes(bytesBefore(at, f.of, at.w.out, at.w.out.length));
        const name = commandNameOf(id);
        if (value !== name) throw refuseValue(at, 'INVALID_VALUE', value, `is not the name of ${id} (${describeValue(name)})`);
      }
      return -1;
    },
  },
};
