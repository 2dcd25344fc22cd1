/**
 * The fast path's encoder (see boot.js): a service call, a settings object or the maker's object
 * of services and settings, when every value is plainly valid (numbers within range, flags as
 * 0/1/true/false, enums as numbers, every key a field's own name). Anything else gives way to the
 * full codec, which either accepts it (a digit string, an alias, a schedule) or says what is wrong.
 *
 * Compiled for every message that needs it, so it is written with few functions (each costs the
 * compiler more than its statements do); it throws anything to give way (the boot catches it).
 */
import type { Entry, Fast, Rec } from './types';

let text = '';
let layout: number[] = [];
let out: number[] = [];
/** Where the byte that a run of bit fields shares is. */
let bitsAt = 0;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A snapshot of a caller's plain object (its prototype Object.prototype or null) whose enumerable
 * properties are all its own data properties: what the full codec reads (own enumerable properties,
 * once), with no getter called and nothing inherited or not enumerable.
 * The snapshot has no prototype, so a `__proto__` key is a key like any other.
 */
function plain(o: unknown): Rec {
  const proto = o !== null && typeof o === 'object' ? Object.getPrototypeOf(o) : 0;
  if (proto !== Object.prototype && proto !== null) throw 0;
  const snapshot: Rec = Object.create(null);
  for (const k in o as Rec) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (!d || !hasOwn.call(d, 'value')) throw 0;
    // Read as the full codec reads it (a proxy's get may answer otherwise than its descriptor).
    snapshot[k] = (o as Rec)[k];
    // An own undefined: absent for TS013, a JSON null for ChirpStack v3's Encode; the full codec tells them apart.
    if (snapshot[k] === undefined) throw 0;
  }
  return snapshot;
}

/** The entry of the command named `name` (`set_target_temperature`, `temp_control.enable`), if the fast path handles it. */
function byName(name: string): Entry | undefined {
  const i = text.indexOf('["' + name + '"', layout[0]);
  if (i < 0 || i >= layout[1] || (i > layout[0] && text.charAt(i - 1) !== ']')) return undefined;
  // Entries are JSON arrays, one after another, and no `][` is inside one.
  const end = text.indexOf('][', i);
  const e = JSON.parse(text.slice(i, end < 0 || end >= layout[1] ? layout[1] : end + 1)) as Entry;
  // A caller's key could reach into the entry's text (`reboot",[182`): only the entry's own name is it.
  return e[0] === name ? e : undefined;
}

/** Writes a value that is plainly valid, and returns its wire number; throws for anything else. */
function write(f: Fast, value: unknown, bitsStart: unknown): number {
  const t = f[0] as number;
  if (t === 6) {
    const fields = f[1] as Fast[];
    const input = plain(value);
    for (const k in input) {
      let known = false;
      for (let i = 0; i < fields.length; i++) if (fields[i][0] === k) known = true;
      if (!known) throw 0;
    }
    const vals: number[] = [];
    for (let i = 0; i < fields.length; i++) {
      const fd = fields[i];
      let v = input[fd[0] as string];
      vals[i] = -1;
      if (fd[3] && (fd[4] as number[]).indexOf(vals[(fd[3] as number) - 1]) < 0) {
        if (v !== undefined) throw 0;
        continue;
      }
      if (v === undefined) {
        if (!fd[6]) throw 0;
        v = (fd[7] as number) || 0;
      }
      vals[i] = write(fd[1] as Fast, v, fd[5]);
    }
    return -1;
  }
  if (t === 4) {
    // 0 and 1 as given (-0 included, as the full codec writes it), true and false as 1 and 0.
    const flag = value === true ? 1 : value === false ? 0 : value === 0 || value === 1 ? value : -1;
    if (flag === -1) throw 0;
    out.push(flag as number);
    return flag as number;
  }
  const wire = f[1] as number;
  // A decimal's bounds are in hundredths (exactly: the table holds them to that).
  const scale = t === 2 ? 100 : 1;
  if (
    typeof value !== 'number' ||
    !isFinite(value) ||
    (t === 3 ? (f[2] as number[]).indexOf(value) < 0 : value < (f[t === 5 ? 3 : 2] as number) / scale || value > (f[t === 5 ? 4 : 3] as number) / scale || (t !== 2 && value % 1 !== 0))
  ) {
    throw 0;
  }
  if (t === 5) {
    if (bitsStart) bitsAt = out.push(0) - 1;
    out[bitsAt] |= value << wire;
    return value;
  }
  const size = wire < 0 ? -wire : wire;
  let v = value;
  if (t === 2) {
    // Hundredths, refused (by the full codec) when the wire type cannot hold them.
    v = Math.round(value * 100) || 0;
    const half = Math.pow(2, size * 8 - (wire < 0 ? 1 : 0));
    if (wire < 0 ? v < -half || v >= half : v >= half) throw 0;
  }
  const wireValue = v;
  if (v < 0) v += Math.pow(2, size * 8);
  for (let i = 0; i < size; i++) {
    out.push(v & 0xff);
    v = Math.floor(v / 256);
  }
  return wireValue;
}

/**
 * Adds the commands of a properties object (bare settings and groups) to `units`, in the table's
 * order; with `call`, the commands of a `{serviceId, inputs}` call instead.
 */
function add(units: [Entry, unknown][], props: Rec, call?: boolean): void {
  const run: [Entry, unknown][] = [];
  if (call) {
    for (const k in props) if (k !== 'serviceId' && k !== 'inputs') throw 0;
    const e = typeof props.serviceId === 'string' ? byName(props.serviceId) : undefined;
    if (!e || e[3] !== 0) throw 0;
    // A service's inputs may be left out when it takes none.
    units.push([e, props.inputs === undefined ? {} : props.inputs]);
    return;
  }
  for (const key in props) {
    const value = props[key];
    const bare = byName(key);
    if (value === undefined) throw 0;
    if (bare) {
      // Only a setting (sent down) is one: a reading has the same placement.
      if (bare[3] !== 1 || !(bare[2] & 1)) throw 0;
      run.push([bare, value]);
    } else {
      const members = plain(value);
      let n = 0;
      for (const m in members) {
        const e = byName(key + '.' + m);
        if (!e || members[m] === undefined) throw 0;
        run.push([e, members[m]]);
        n++;
      }
      if (!n) throw 0;
    }
  }
  if (!run.length) throw 0;
  run.sort((a, b) => (a[0][5] as number) - (b[0][5] as number));
  for (let i = 0; i < run.length; i++) units.push(run[i]);
}

/** Entry points 1 encodeDownlink, 4 Encode, 6 Encoder (see boot.js). */
export function run(store: string, parts: number[], k: number, a: unknown, b: unknown): unknown {
  text = store;
  layout = parts;
  out = [];
  const data = plain(k === 1 ? plain(a).data : k === 4 ? b : a);
  const has = (key: string) => hasOwn.call(data, key);
  const units: [Entry, unknown][] = [];
  if (has('serviceId')) add(units, data, true);
  else if (has('properties')) {
    for (const key in data) if (key !== 'properties') throw 0;
    add(units, plain(data.properties));
  } else {
    // The maker's object, in the full codec's order (entry.ts's eachMakerCall): its settings as one settings
    // object, then its service; several services (put in the service table's order) are left to the full codec.
    let settings: Rec | undefined;
    let service: string | undefined;
    // Without a prototype: a `__proto__` key is kept as a key (and refused), not made a prototype.
    if (has('calls')) throw 0;
    for (const key in data) {
      const e = byName(key);
      if (e && e[3] === 0) {
        if (service !== undefined) throw 0;
        service = key;
      } else (settings || (settings = Object.create(null) as Rec))[key] = data[key];
    }
    if (settings) add(units, settings);
    if (service !== undefined) add(units, { serviceId: service, inputs: data[service] }, true);
  }
  if (!units.length) throw 0;
  for (let i = 0; i < units.length; i++) {
    const [e, value] = units[i];
    for (let j = 0; j < e[1].length; j++) out.push(e[1][j]);
    const body = e[4] as Fast | undefined;
    if (!body || value === undefined) throw 0;
    write(body[0] ? body : (body[1] as Fast), value, 1);
  }
  return k === 1 ? { bytes: out, fPort: 85 } : out;
}
