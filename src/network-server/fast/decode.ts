/**
 * The fast path's decoder (see boot.js): frames whose every command has an entry and whose every
 * value is within its range, placed as the engine places them (src/engine/read.ts). Anything
 * else gives way to the full codec: an unknown or truncated command, a value out of range (an
 * error downlink, a warning uplink), a setting reported twice, an input it does not take as plain.
 *
 * Compiled for every message that needs it, so it is written with few functions (each costs the
 * compiler more than its statements do); it throws anything to give way (the boot catches it).
 */
import type { Entry, Fast, Rec } from './types';

/** Built twice (scripts/build-codecs.js): the uplink decoder, and the downlink decoder, each without the other's code. */
declare const UPLINK: boolean;

const hasOwn = Object.prototype.hasOwnProperty;
let text = '';
let layout: number[] = [];
let buf: number[] = [];
let pos = 0;
/** The wire number of the value read last (-1 for a struct); the byte a run of bit fields shares. */
let wire = -1;
let bitsByte = 0;
/** Key, value, key, value…: the copies the command being read makes (in the order of its fields, as the engine's copiesOf). */
let copies: unknown[] = [];

/**
 * The entry whose key is `key`: a command ID (its bytes in decimal, dot-separated: `101.0`, and `d`
 * or `u` after an ID that a command sent down and one sent up share) or an event's branch (`14/1`).
 */
function byId(key: string): Entry | undefined {
  const k = text.indexOf('#' + key + ':');
  if (k < 0 || k >= layout[0]) return undefined;
  const at = k + key.length + 2;
  const comma = text.indexOf(',', at);
  return JSON.parse(text.substr(layout[0] + parseInt(text.slice(at, comma), 36), parseInt(text.slice(comma + 1, comma + 5), 36))) as Entry;
}

/** Reads a field whose value is within its range (else gives way); `wire` gets its wire number. */
function read(f: Fast, bitsStart: unknown, strings: unknown): unknown {
  // An event's branch, kept as an entry of its own.
  if (f[0] === 7) f = byId(f[1] as string) as unknown as Fast;
  const t = f[0] as number;
  let lo = f[2] as number;
  let hi = f[3] as number;
  if (t === 6) {
    // A struct: its fields in wire order, those whose selector does not choose them left out.
    const fields = f[1] as Fast[];
    const obj: Rec = {};
    const vals: number[] = [];
    for (let i = 0; i < fields.length; i++) {
      const fd = fields[i];
      vals[i] = -1;
      if (fd[3] && (fd[4] as number[]).indexOf(vals[(fd[3] as number) - 1]) < 0) continue;
      const mark = copies.length;
      const value = read(fd[1] as Fast, fd[5], strings);
      vals[i] = wire;
      const name = fd[0] as string;
      // An optional field at its default is left out, as the caller may leave it out.
      if (!fd[6] || wire !== ((fd[7] as number) || 0)) obj[name] = value;
      // An event's reading, also copied to a top-level key once the event is placed, when it is in
      // the event (as the engine's copiesOf reads it back): the copies of a branch that is not, undone.
      if (UPLINK && !hasOwn.call(obj, name)) copies.length = mark;
      else if (UPLINK && fd[2]) copies.push(fd[2], obj[name]);
    }
    wire = -1;
    return obj;
  }
  // An integer of `size` bytes, little-endian; a negative size is signed (two's complement).
  let size = t === 4 || t === 5 ? 1 : (f[1] as number);
  const n = size < 0 ? -size : size;
  if (t === 5 && !bitsStart) size = 0;
  else {
    if (pos + n > buf.length) throw 0;
    let v = 0;
    for (let i = n; i--; ) v = v * 256 + buf[pos + i];
    pos += n;
    wire = size < 0 && v > 0x7fff ? v - 0x10000 : v;
  }
  if (t === 5) {
    if (bitsStart) bitsByte = wire;
    wire = (bitsByte >> (f[1] as number)) & ((1 << lo) - 1);
    lo = f[3] as number;
    hi = f[4] as number;
  }
  if (t === 3) {
    const k = (f[2] as unknown as number[]).indexOf(wire);
    if (k < 0) throw 0;
    return hi ? (f[3] as unknown as string[])[k] : !UPLINK && strings ? '' + wire : wire;
  }
  if (t === 4) {
    lo = 0;
    hi = 1;
  }
  if (wire < lo || wire > hi) throw 0;
  return t === 2 ? wire / 100 : wire;
}

/** Entry points 0 decodeUplink, 3 Decode, 5 Decoder (the uplink decoder); 2 decodeDownlink (the downlink decoder). See boot.js. */
export function run(store: string, parts: number[], k: number, a: unknown, b: unknown): unknown {
  text = store;
  layout = parts;
  let bytes = k === 3 ? b : a;
  if (k === 0 || k === 2) {
    // The TS013 input: a plain object whose enumerable properties are its own data properties, read
    // from their descriptors (no getter, nothing inherited or not enumerable), as the full codec reads
    // a snapshot of it; a port other than the WT102's is a warning, which the full codec gives.
    const proto = a !== null && typeof a === 'object' ? Object.getPrototypeOf(a) : 0;
    if (proto !== Object.prototype && proto !== null) throw 0;
    bytes = undefined;
    for (const key in a as Rec) {
      const d = Object.getOwnPropertyDescriptor(a, key);
      if (!d || !hasOwn.call(d, 'value')) throw 0;
      // Read as the full codec reads it (a proxy's get may answer otherwise than its descriptor).
      const v = (a as Rec)[key];
      if (key === 'bytes') bytes = v;
      if (key === 'fPort' && v !== undefined && v !== 85) throw 0;
    }
  }
  // As network servers give it: an array (of this realm: no proxy of another) of integers 0…255,
  // not empty, no longer than a frame can be, each an element of its own with no getter, read once as
  // the full codec reads it, and copied: what is decoded is what was checked.
  const length = Array.isArray(bytes) && Object.getPrototypeOf(bytes) === Array.prototype ? (bytes as unknown[]).length : 0;
  if (!(length > 0 && length < 256 && length % 1 === 0)) throw 0;
  buf = [];
  for (let i = 0; i < length; i++) {
    const d = Object.getOwnPropertyDescriptor(bytes, i);
    const v = d && hasOwn.call(d, 'value') ? (bytes as unknown[])[i] : -1;
    if (typeof v !== 'number' || !(v >= 0 && v < 256) || v % 1) throw 0;
    buf.push(v);
  }
  pos = 0;
  const data: Rec = {};
  const items: Rec[] = [];
  const reported: Rec = Object.create(null);
  let props: Rec | undefined;
  let rank = -1;
  while (pos < buf.length) {
    // IDs are one or two bytes, none a prefix of another.
    const first = buf[pos++];
    let e = byId('' + first) || byId(first + (UPLINK ? 'u' : 'd'));
    if (!e && pos < buf.length) e = byId(first + '.' + buf[pos++]);
    if (!e || !(e[2] & (UPLINK ? 2 : 1))) throw 0;
    const body = e[4] as Fast | undefined;
    copies = [];
    const value = !body ? 1 : read(body[0] ? body : (body[1] as Fast), 1, UPLINK ? 0 : e[6]);
    let scope = data;
    const name = e[0];
    if (UPLINK) {
      if (reported[name]) throw 0; // reported twice: a warning
      reported[name] = 1;
    } else {
      if (!e[3]) {
        items.push({ serviceId: name, inputs: value });
        props = undefined;
        continue;
      }
      // A setting that one `encode` of the settings so far would not write here starts a new object.
      if (!props || (e[5] as number) <= rank) items.push({ properties: (props = {}) });
      rank = e[5] as number;
      scope = props;
    }
    const dot = name.indexOf('.');
    if (dot < 0) scope[name] = value;
    else {
      const group = name.slice(0, dot);
      (hasOwn.call(scope, group) ? (scope[group] as Rec) : ((scope[group] = {}) as Rec))[name.slice(dot + 1)] = value;
    }
    if (UPLINK) for (let i = 0; i < copies.length; i += 2) scope[copies[i] as string] = copies[i + 1];
  }
  if (!UPLINK) return { data: { calls: items } };
  return k ? data : { data };
}
