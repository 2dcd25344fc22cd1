/**
 * The fast path's encoder (see boot.js): a service call, a settings object or the maker's object
 * of services and settings, when every value is plainly valid (numbers within range, flags as
 * 0/1/true/false, enums as numbers, every key a field's own name). Anything else gives way to the
 * full codec, which either accepts it (a digit string, an alias, a schedule) or says what is wrong.
 */
import { byName, giveWay, plain, useStore } from './common';

const has = (o: Rec, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
import type { Entry, Fast, Rec } from './types';


function le(out: number[], v: number, size: number): void {
  if (v < 0) v += Math.pow(2, size * 8);
  for (let i = 0; i < size; i++) {
    out.push(v & 0xff);
    v = Math.floor(v / 256);
  }
}

/** Where the byte that a run of bit fields shares is. */
let bitsAt = 0;

/** Writes a value that is plainly valid, and returns its wire number; gives way for anything else. */
function writeField(f: Fast, value: unknown, out: number[], bitsStart: unknown): number {
  const t = f[0] as number;
  if (t === 6) {
    writeStruct(f[1] as Fast[], value, out);
    return -1;
  }
  if (t === 4) {
    const flag = value === true || value === 1 ? 1 : value === false || value === 0 ? 0 : giveWay();
    out.push(flag);
    return flag;
  }
  if (typeof value !== 'number' || !isFinite(value)) return giveWay();
  const wire = f[1] as number;
  if (t === 5) {
    if (value % 1 !== 0 || value < (f[3] as number) || value > (f[4] as number)) giveWay();
    if (bitsStart) bitsAt = out.push(0) - 1;
    out[bitsAt] |= value << wire;
    return value;
  }
  // A decimal's bounds are in hundredths (exactly: the table holds them to that).
  const scale = t === 2 ? 100 : 1;
  if (t === 3 ? (f[2] as number[]).indexOf(value) < 0 : value < (f[2] as number) / scale || value > (f[3] as number) / scale || (t === 1 && value % 1 !== 0)) giveWay();
  const size = wire < 0 ? -wire : wire;
  let v = value;
  if (t === 2) {
    // Hundredths, refused (by the full codec) when the wire type cannot hold them.
    v = Math.round(value * 100) || 0;
    const half = Math.pow(2, size * 8 - (wire < 0 ? 1 : 0));
    if (wire < 0 ? v < -half || v >= half : v >= half) giveWay();
  }
  le(out, v, size);
  return v;
}

function writeStruct(fields: Fast[], given: unknown, out: number[]): void {
  const input = plain(given);
  for (const k in input) {
    let known = false;
    for (let i = 0; i < fields.length; i++) if (fields[i][0] === k) known = true;
    if (!known) giveWay();
  }
  const vals: number[] = [];
  for (let i = 0; i < fields.length; i++) {
    const fd = fields[i];
    let value = input[fd[0] as string];
    vals.push(-1);
    const when = fd[3] as number | undefined;
    if (when && (fd[4] as number[]).indexOf(vals[when - 1]) < 0) {
      if (value !== undefined) giveWay();
      continue;
    }
    if (value === undefined) value = fd[6] ? (fd[7] as number) || 0 : giveWay();
    vals[i] = writeField(fd[1] as Fast, value, out, fd[5]);
  }
}

function writeCommand(e: Entry, value: unknown, out: number[]): void {
  for (let i = 0; i < e[1].length; i++) out.push(e[1][i]);
  const body = e[4] as Fast | undefined;
  if (!body) giveWay();
  else if (body[0] === 0) writeField(body[1] as Fast, value === undefined ? giveWay() : value, out, 1);
  // A service's inputs may be left out when it takes none.
  else writeStruct(body[1] as Fast[], e[3] === 0 && value === undefined ? {} : value, out);
}

/** `{serviceId, inputs}`. */
function writeCall(call: Rec, out: number[]): void {
  for (const k in call) if (k !== 'serviceId' && k !== 'inputs') giveWay();
  const id = call.serviceId;
  const e = typeof id === 'string' ? byName(id) : undefined;
  if (e === undefined || e[3] !== 0) giveWay();
  else writeCommand(e, call.inputs, out);
}

/** A properties object: bare settings and groups, written in the table's order. */
function writeSettings(props: Rec, out: number[]): void {
  const chosen: [Entry, unknown][] = [];
  for (const key in props) {
    const value = props[key];
    const bare = byName(key);
    if (value === undefined) giveWay();
    else if (bare !== undefined) {
      // Only a setting (sent down) is one: a reading has the same placement.
      if (bare[3] !== 1 || !(bare[2] & 1)) giveWay();
      chosen.push([bare, value]);
    } else {
      const members = plain(value);
      let n = 0;
      for (const m in members) {
        const e = byName(key + '.' + m);
        if (e === undefined || members[m] === undefined) giveWay();
        else chosen.push([e, members[m]]);
        n++;
      }
      if (n === 0) giveWay();
    }
  }
  if (chosen.length === 0) giveWay();
  chosen.sort((a, b) => (a[0][5] as number) - (b[0][5] as number));
  for (let i = 0; i < chosen.length; i++) writeCommand(chosen[i][0], chosen[i][1], out);
}

/** What `encodeDownlink` takes: a call, a settings object, or the maker's object of services and settings. */
function encodeData(given: unknown): number[] {
  const data = plain(given);
  const out: number[] = [];
  if (has(data, 'serviceId')) writeCall(data, out);
  else if (has(data, 'properties')) {
    for (const k in data) if (k !== 'properties') giveWay();
    writeSettings(plain(data.properties), out);
  } else {
    // The maker's object: its keys in order, neighbouring settings as one settings object.
    let settings: Rec | undefined;
    if (has(data, 'calls')) giveWay();
    for (const key in data) {
      const e = byName(key);
      if (e !== undefined && e[3] === 0) {
        if (settings !== undefined) writeSettings(settings, out);
        settings = undefined;
        writeCall({ serviceId: key, inputs: data[key] }, out);
      } else (settings || (settings = {}))[key] = data[key];
    }
    if (settings !== undefined) writeSettings(settings, out);
  }
  if (out.length === 0) giveWay();
  return out;
}

/** Entry points 1 encodeDownlink, 4 Encode, 6 Encoder (see boot.js). */
export function run(store: string, layout: number[], k: number, a: unknown, b: unknown): unknown {
  useStore(store, layout);
  return k === 1 ? { bytes: encodeData(plain(a).data), fPort: 85 } : encodeData(k === 4 ? b : a);
}
