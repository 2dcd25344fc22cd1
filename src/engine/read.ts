/**
 * Reading frames, both directions. Each command is found by its ID (`findPlan`: commands.ts in the
 * library, its stored plans in the network-server script), its body read by its plan (plans.ts), and
 * its value placed: a downlink becomes a list of service calls and settings objects, an uplink one
 * object (readings, events with their copies, settings reported back, replies, history records).
 * Downlinks are read strictly (a value out of range is refused), uplinks leniently (it is kept, with a
 * warning). The words of every problem are read-problems.ts's, the kinds only uplinks carry are read by
 * read-uplink-only.ts and those only downlinks carry by read-downlink-only.ts, schedules' fields are read into
 * their entries by read-entries.ts: the script compiles each of those but read-downlink-only.ts (which only its
 * part that reads downlinks holds) only for a frame that needs it.
 */
import type { Rec } from '../base/caller-input';
import { hasOwnKey } from '../base/es5';
import { commandIdFromBytes, isQueryable } from '../schema/command-ids';
import { findDownlinkPlan, findUplinkPlan } from './commands';
import type { FieldPlan, ListPlan, ReadPlan } from './plans';
import { emptyFrame, problem, refused, truncatedId, unknownCommand, warn, warningsOf } from './read-problems';
import { bytesOf, uint } from './read-bytes';
import type { EntryValue, Reading } from './reading';
import { readUplinkOnly } from './read-uplink-only';
import { readDownlinkOnly } from './read-downlink-only';
import { putEntry, readEntry } from './read-entries';

/** Reads what only uplinks carry: read-uplink-only.ts, called (and so, in the network-server script, compiled) only when a frame holds it. */
function readUplinkMore(r: Reading, f: FieldPlan, _vals: readonly number[], out: Rec): unknown {
  return readUplinkOnly(r, f, out);
}

// Two builders rather than one with a flag: what reads downlinks alone (the console's Downlink tab) must
// not reach the uplink commands or their kinds.
/** How an uplink's reading keeps a warning (what reads a downlink, which warns of nothing, has not this). */
const keepWarning = (r: Reading, at: number, message: string) => warn(r, at, message);

/** An uplink to read: leniently, with the commands sent up and the kinds only uplinks carry. */
function uplinkReading(bytes: readonly number[]): Reading {
  return { bytes, pos: 0, warn: keepWarning, warnings: [], left: 0, leftAt: 0, name: '', id: [], path: [], style: undefined, find: findUplinkPlan, more: readUplinkMore, start: 0, wire: -1, byte: 0 };
}

/** A downlink to read: strictly, with the commands sent down. */
function downlinkReading(bytes: readonly number[]): Reading {
  return { bytes, pos: 0, warn: undefined, warnings: [], left: 0, leftAt: 0, name: '', id: [], path: [], style: undefined, find: findDownlinkPlan, more: readDownlinkOnly, start: 0, wire: -1, byte: 0 };
}

/** An integer field's wire: its size, and `i16` signed (two's complement). */
function readInt(r: Reading, wire: string | undefined): number {
  const v = uint(r, wire === 'u8' || wire === undefined ? 1 : wire === 'u32' ? 4 : 2);
  return wire === 'i16' && v >= 0x8000 ? v - 0x10000 : v;
}

/** Reads field `f` at `r.pos` (a struct's sibling values so far in `vals`, by index, and `out`, by name) and sets `r.wire`. */
function readField(r: Reading, f: FieldPlan, vals: number[], out: Rec, copies: unknown[] | undefined): unknown {
  const d = f.d;
  let v: number;
  switch (d.kind) {
    case 'int':
      v = r.wire = readInt(r, d.wire);
      if (v < d.min || v > d.max) problem(r, f, r.start, v);
      return v;
    case 'decimal':
      v = r.wire = readInt(r, d.wire);
      if (v < Math.round(d.min * 100) || v > Math.round(d.max * 100)) problem(r, f, r.start, v);
      return v / 100;
    case 'enum':
      v = r.wire = readInt(r, d.wire);
      for (let k = 0; k < d.values.length; k++) {
        if (d.values[k].value === v) return d.output === 'name' ? d.values[k].name : r.style === 'string' ? '' + v : v;
      }
      problem(r, f, r.start, v);
      return r.style === 'string' ? '' + v : v;
    case 'bool':
      v = r.wire = uint(r, 1);
      if (v > 1) problem(r, f, r.start, v);
      return v;
    case 'bits':
      // Bit fields that do not overlap share one byte, which the first of them reads.
      if (f.byteStart) r.byte = uint(r, 1);
      else r.start--;
      v = r.wire = (r.byte >> d.shift) & ((1 << d.width) - 1);
      if ((d.min !== undefined && v < d.min) || (d.max !== undefined && v > d.max)) problem(r, f, r.start, v);
      return v;
    case 'commandId': {
      const n = vals[f.siblingAt as number];
      const id = commandIdFromBytes(bytesOf(r, n));
      if (!d.any && !isQueryable(id)) refused(r, f, id);
      r.wire = n;
      return id;
    }
    case 'struct': {
      // No try/finally: a throw ends the reading, and its Reading with it.
      r.path.push(f.name);
      const value = readStruct(r, f.fields as readonly FieldPlan[], copies);
      r.path.pop();
      return value;
    }
    default:
      // What only one direction carries: text, versions… up; dates and a query's length down.
      return r.more(r, f, vals, out);
  }
}

/**
 * Reads the fields of a struct in wire order into an object; an event's fields that are copied to
 * top-level keys are also pushed to `copies` (key, value, key, value…), in their order.
 */
function readStruct(r: Reading, fields: readonly FieldPlan[], copies: unknown[] | undefined): Rec {
  const out: Rec = {};
  const vals: number[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    vals.push(-1);
    if (f.when !== undefined && (f.whenIs as readonly number[]).indexOf(vals[f.when]) < 0) continue;
    r.start = r.pos;
    r.wire = -1;
    const mark = copies === undefined ? 0 : copies.length;
    const value = readField(r, f, vals, out, copies);
    vals[i] = r.wire;
    // An optional field at its default is left out, as the caller may leave it out; so is a name not known.
    if (r.wire === f.fallback || value === undefined) {
      if (copies !== undefined && copies.length > mark) copies.length = mark;
      continue;
    }
    out[f.name] = value;
    // A copy is of what the event holds (copies.ts's copiesOf reads it back): none of a value that did not
    // land in it (a setter inherited from a polluted Object.prototype took it), nor of its branch's fields.
    if (copies !== undefined) {
      if (!hasOwnKey(out, f.name)) copies.length = mark;
      else if (f.copy !== undefined) copies.push(f.copy, value);
    }
  }
  return out;
}

/** A command's value: its body (a struct, or a bare value), 1 for a command without one. */
function readBody(r: Reading, body: FieldPlan | undefined, copies: unknown[] | undefined): unknown {
  if (body === undefined) return 1;
  if (body.name === '' && body.d.kind === 'struct') return readStruct(r, body.fields as readonly FieldPlan[], copies);
  r.start = r.pos;
  r.wire = -1;
  return readField(r, body, [], {}, undefined);
}

/** A bare setting or reading at `scope[key]`, or a group's member at `scope[key][member]`. */
function putValue(scope: Rec, p: ReadPlan, value: unknown): void {
  if (p.member === undefined) scope[p.key as string] = value;
  else ((hasOwnKey(scope, p.key as string) ? scope[p.key as string] : (scope[p.key as string] = {})) as Rec)[p.member] = value;
}

/** Reads the command at `r.pos`: finds its plan (reading its ID) and reads its value. */
function readCommand(r: Reading, copies: unknown[] | undefined): { plan: ReadPlan; value: unknown } {
  const start = r.pos;
  let id = 0;
  let found: ReadPlan | true | undefined = true;
  while (found === true) {
    // IDs are 1 or 2 bytes, none the start of another: `true` says a longer ID starts with these bytes.
    if (r.pos >= r.bytes.length) truncatedId(r, start);
    const b = r.bytes[r.pos++];
    id = id * 256 + b;
    found = r.find(id, r.pos - start);
    if (found === undefined) unknownCommand(r, start, r.warn !== undefined);
  }
  const plan = found;
  r.name = plan.name;
  r.id = plan.id;
  r.style = plan.style;
  const value = plan.list !== undefined ? readEntry(r, plan.list, readBody) : readBody(r, plan.body, copies);
  return { plan, value };
}

/** Reads an uplink's commands and returns its object; values out of range are kept, and the warnings are in `warnings`. */
export function decodeUplinkCommands(bytes: readonly number[]): Rec {
  const r = uplinkReading(bytes);
  if (bytes.length === 0) emptyFrame();
  const root: Rec = {};
  // Where keys, members and entries go: the uplink, or its current record; the names set in it by a command of their own.
  let scope = root;
  let reported: string[] = [];
  while (r.pos < bytes.length) {
    const at = r.pos;
    const copies: unknown[] = [];
    const { plan: p, value } = readCommand(r, copies);
    const key = p.key as string;
    if (p.to === 'record') {
      (hasOwnKey(root, key) ? (root[key] as unknown[]) : (root[key] = [])).push(value);
      scope = value as Rec;
      reported = [];
    } else if (p.to === 'append') {
      (hasOwnKey(scope, key) ? (scope[key] as unknown[]) : (scope[key] = [])).push(value);
    } else if (p.to === 'entry') {
      // A field joins the list's last entry when that entry is of the same schedule and lacks the field,
      // whatever command came in between, so that encodeUplink (which writes each entry's fields
      // together) gives the same list back.
      putEntry(scope, key, (p.list as ListPlan).entryKey, value as EntryValue, undefined);
    } else {
      if (reported.indexOf(p.name) >= 0) warn(r, at, p.name + ' is reported twice; the last value is kept');
      else reported.push(p.name);
      putValue(scope, p, value);
      for (let i = 0; i < copies.length; i += 2) scope[copies[i] as string] = copies[i + 1];
    }
  }
  if (r.warnings.length > 0) root.warnings = warningsOf(r);
  return root;
}

/**
 * Reads a downlink's commands and returns its calls and settings objects, in frame order: a run of
 * settings is one object as long as one `encode` of it would write them in that order (so that
 * re-encoding gives the same bytes). Any value out of range is refused.
 */
export function decodeDownlinkCommands(bytes: readonly number[]): Rec[] {
  const r = downlinkReading(bytes);
  if (bytes.length === 0) emptyFrame();
  const items: Rec[] = [];
  // The settings object being filled; the rank of the last setting put in it, and the table order of the last schedule field.
  let scope: Rec | undefined;
  let rank = -1;
  let seq = -1;
  while (r.pos < bytes.length) {
    const { plan: p, value } = readCommand(r, undefined);
    if (p.to === 'call') {
      items.push({ serviceId: p.name, inputs: value });
      scope = undefined;
      continue;
    }
    // A setting fits only after the ones before it in the table, a schedule field after those of its entry.
    if (scope === undefined || !(p.to === 'entry' ? p.rank >= rank : p.rank > rank)) {
      items.push({ properties: (scope = {}) });
      rank = seq = -1;
    }
    if (p.to === 'entry') {
      const v = value as EntryValue;
      // Only what one `encode` would emit in this order joins the entry.
      putEntry(scope, p.key as string, (p.list as ListPlan).entryKey, v, rank === p.rank && v.seq > seq);
      seq = v.seq;
    } else {
      putValue(scope, p, value);
      seq = -1;
    }
    rank = p.rank;
  }
  return items;
}

/** The value decoding gives for one command of an uplink, written as `bytes` (its ID first): encodeUplink checks copies with it. */
export function readUplinkValue(bytes: readonly number[]): unknown {
  return readCommand(uplinkReading(bytes), undefined).value;
}
