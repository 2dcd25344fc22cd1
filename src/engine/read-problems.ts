/**
 * What the reader (read.ts) says when a frame is not as it should be: a value out of range (a warning
 * in an uplink, an error in a downlink or where later fields depend on it), an unknown or truncated
 * command, a frame that ends too soon, an empty frame; and the warnings' limit. Apart from the reader, so that the network-server
 * script compiles these words only for a frame that needs them.
 */
import { hexByte, hexOf } from '../base/bytes';
import { isoFromSeconds } from '../base/dates';
import { byteError } from '../base/errors';
import type { FieldPlan, ListPlan } from './plans';
import type { Reading } from './reading';
import { enumText, rangeText, unitText } from './words';

/**
 * The most warnings one frame lists. A frame of bad readings (a 20 MB uplink of `00 65`
 * pairs has ten million) would otherwise hold more warning text than data; the rest are
 * counted, and one last line says how many were left out.
 */
export const WARNING_LIMIT = 100;

/** The command being read, as messages name it: `temp_control.enable (0x6500)`. */
export function label(r: Reading): string {
  return `${r.name} (0x${hexOf(r.id)})`;
}

/** What is being read: the command, then the structs around the field at hand. */
export function whatText(r: Reading): string {
  let text = label(r);
  for (let i = 0; i < r.path.length; i++) text += '.' + r.path[i];
  return text;
}

/** The frame ends before `n` bytes of what is read (`what`, or the command and structs being read). */
export function truncated(r: Reading, n: number, what?: string): never {
  const rest = r.bytes.length - r.pos;
  throw byteError('TRUNCATED', r.pos, `${what === undefined ? whatText(r) : what} is truncated: needs ${n} more byte${n === 1 ? '' : 's'}, the frame has ${rest}`);
}

/** The field at hand: `label.struct.name` (`label` for a bare value). */
function fieldText(r: Reading, f: FieldPlan): string {
  return f.name ? `${whatText(r)}.${f.name}` : whatText(r);
}

/** Records a warning about byte `at`. */
export function warn(r: Reading, at: number, message: string): void {
  if (r.warnings.length < WARNING_LIMIT) r.warnings.push(`byte ${at}: ${message}`);
  else if (r.left++ === 0) r.leftAt = at;
}

/** The warnings of a frame read, with the line for those left out. */
export function warningsOf(r: Reading): string[] {
  if (r.left > 0) r.warnings.push(`byte ${r.leftAt}: ${r.left} more warning${r.left === 1 ? '' : 's'} left out; at most ${WARNING_LIMIT} are listed`);
  return r.warnings;
}

/** What a value `v` read for `f` is, when it is not allowed (`before`: the date it must not precede). */
function notAllowed(r: Reading, f: FieldPlan, v: number, before?: number): string {
  const d = f.d;
  switch (d.kind) {
    case 'decimal':
      return `${v / 100}${unitText(d.unit)} is out of range ${rangeText(d.min, d.max, d.unit)}`;
    case 'enum':
      return `${v} is not an allowed value; expected one of ${enumText(d, r.style === 'string' ? 'string' : 'number')}`;
    case 'bool':
      return `${v} is not a flag (0 or 1)`;
    case 'bits':
      return `${v} is out of range ${d.min === undefined ? 0 : d.min}…${d.max === undefined ? Math.pow(2, d.width) - 1 : d.max}`;
    case 'date':
      return `${isoFromSeconds(v)} is before ${d.notBefore} (${isoFromSeconds(before as number)})`;
  }
  const range = d as { min: number; max: number; unit?: string };
  return `${v} is out of range ${rangeText(range.min, range.max, range.unit)}`;
}

/**
 * A value read for `f` that is not allowed: a warning when reading leniently, an error otherwise.
 * A field with words of its own for a wire number outside its range (`says`) is worded with them
 * (integers, enums, flags, bit fields).
 */
export function problem(r: Reading, f: FieldPlan, offset: number, v: number, before?: number): void {
  const d = f.d;
  const own = d.says !== undefined && d.kind !== 'decimal' && d.kind !== 'date';
  report(r, f, offset, own ? whatText(r) + (d.says as string).replace('%', '' + v) : `${fieldText(r, f)}: ${notAllowed(r, f, v, before)}`);
}

/** A problem worded by the reader of a kind (text). */
export function problemSaying(r: Reading, f: FieldPlan, offset: number, message: string): void {
  report(r, f, offset, `${fieldText(r, f)}: ${message}`);
}

function report(r: Reading, f: FieldPlan, offset: number, message: string): void {
  // Selectors decide the layout of what follows: they cannot be merely suspicious.
  if (r.warn !== undefined && !f.selector) r.warn(r, offset, message);
  else throw byteError('INVALID_VALUE', offset, message);
}

/** A query's length or a command ID that cannot be read past (the layout of what follows depends on it). */
export function refused(r: Reading, f: FieldPlan, v: number | string): never {
  throw byteError(
    'INVALID_VALUE',
    r.start,
    f.d.kind === 'queryLength'
      ? `${fieldText(r, f)}: byte 0x${hexByte(v as number)} is not a query length; expected high nibble 0 and length 1…15`
      : `${fieldText(r, f)}: ${v} is not a queryable command ID`,
  );
}

/** A schedule's key out of range (`sub` -1), or a sub-command that is not a schedule field. */
export function badSchedule(r: Reading, list: ListPlan, id: number, sub: number): never {
  if (sub < 0) throw byteError('INVALID_VALUE', r.start + 1, `${label(r)}: ${list.noun} ${list.entryKey} ${id} is not ${list.min}…${list.max}`);
  throw byteError('UNKNOWN_COMMAND', r.start, `${label(r)}: unknown ${list.noun} sub-command 0x${hexByte(sub)}; cannot read the rest of the frame`);
}

/** The frame ends within a command's ID. */
export function truncatedId(r: Reading, start: number): never {
  throw byteError('TRUNCATED', r.pos, `command 0x${hexByte(r.bytes[start])} is truncated: its ID needs another byte`);
}

/** The ID read from `start` (to `r.pos`) is no command's. */
export function unknownCommand(r: Reading, start: number, up: boolean): never {
  throw byteError('UNKNOWN_COMMAND', start, `unknown ${up ? 'uplink' : 'downlink'} command ID 0x${hexOf(r.bytes.slice(start, r.pos))}; cannot read the rest of the frame`);
}

export function emptyFrame(): never {
  throw byteError('EMPTY', 0, 'the frame is empty; expected at least one command');
}
