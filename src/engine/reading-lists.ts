/**
 * The writers of the lists only uplinks carry, `ef` replies and `ed` history records, beside the
 * readings' writers (reading-kinds.ts): only encodeUplink imports them, so the network-server
 * script, which encodes downlinks alone, leaves them out. Their readers are in commands.ts.
 */
import { describeValue, pathError, valueError } from '../base/errors';
import { ByteWriter, hexDigitBytes } from '../base/bytes';
import { ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { isInteger } from '../base/es5';
import { HISTORY_RECORD as HISTORY, REPLY } from '../schema/uplinks';
import { replyName } from './commands';
import type { ListWriter } from './commands';

const HEX_ID = /^0[xX]((?:[0-9a-fA-F]{2}){1,15})$/;

/** `ef`: `(result << 4) | length`, then the command ID, which gives the length. */
function writeReply(item: unknown, p: string, out: number[]): undefined {
  const rep = ownRecord(item, p);
  if (rep === undefined) throw valueError('INVALID_TYPE', p, item, 'is not a reply { result, length, id }');
  for (const k in rep) {
    if (k !== 'result' && k !== 'length' && k !== 'id' && k !== 'name') {
      throw pathError('UNKNOWN_INPUT', `${p}.${k}`, 'unknown key; allowed: result, length, id, name');
    }
  }
  const m = typeof rep.id === 'string' ? HEX_ID.exec(rep.id) : null;
  if (m === null) throw valueError('INVALID_COMMAND_ID', `${p}.id`, rep.id, 'is not a command ID such as "0X6E01" (1…15 bytes)');
  const id = '0X' + m[1].toUpperCase();
  const len = m[1].length / 2;
  if (!isInteger(rep.result) || rep.result < 0 || rep.result > 15) throw valueError('OUT_OF_RANGE', `${p}.result`, rep.result, 'is not a result 0…15');
  if (rep.length !== undefined && rep.length !== len) throw valueError('LENGTH_MISMATCH', `${p}.length`, rep.length, `does not match id, which has ${len} bytes`);
  if (rep.name !== undefined && rep.name !== replyName(id)) {
    throw valueError('INVALID_VALUE', `${p}.name`, rep.name, `is not the name of ${id} (${describeValue(replyName(id))})`);
  }
  out.push(REPLY.command, (rep.result << 4) | len);
  new ByteWriter(out).bytes(hexDigitBytes(m[1]));
  return undefined;
}

/** `ed <mode> <timestamp>`; the record's readings are left to the engine, as a scope of their own. */
function writeRecord(item: unknown, path: string, out: number[]): Rec {
  const rec = ownRecord(item, path);
  if (rec === undefined) throw valueError('INVALID_TYPE', path, item, 'is not a history record');
  const mode = rec.mode === undefined ? HISTORY.defaultMode : rec.mode;
  if (!isInteger(mode) || mode < 0 || mode > 255) throw valueError('OUT_OF_RANGE', `${path}.mode`, rec.mode, 'is not a mode byte (0 target time, 1 historical time)');
  const ts = rec.timestamp;
  if (!isInteger(ts) || ts < 0 || ts > 0xffffffff) throw valueError(ts === undefined ? 'MISSING_INPUT' : 'OUT_OF_RANGE', `${path}.timestamp`, ts, 'is not uint32 Unix seconds');
  out.push(HISTORY.command, mode);
  new ByteWriter(out).le(ts, 4);
  return rec;
}

/** By command name. */
export const READING_LISTS: { readonly [name: string]: ListWriter } = {
  [REPLY.key]: { expected: 'a non-empty array of replies', items: 'replies', write: writeReply },
  [HISTORY.key]: { expected: 'a non-empty array of records', items: 'records', write: writeRecord },
};
