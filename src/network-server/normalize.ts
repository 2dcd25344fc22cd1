/**
 * The Things Stack's `normalizeUplink`: decoded WT102 data as measurements in the Device Repository's
 * normalized payload schema, so that integrations read the valve's temperatures without knowing the
 * device. The schema has no place for a battery level or a valve opening; what it has is `air.temperature`
 * (°C) and `time` (RFC 3339). A report's ambient temperature is one measurement at the time of the uplink
 * (no `time`: the server's); each history record of historical time (no `mode`) with a temperature is one
 * at its own time. A reading outside the sensor's range, which decoding keeps with a warning, is no
 * measurement. Small on purpose: the network-server script carries it as a part of its own.
 */
import { AMBIENT_TEMPERATURE } from '../schema/ranges';

/** One measurement of the normalized schema, as far as the WT102 fills it. */
export interface Measurement {
  time?: string;
  air: { temperature: number };
}

export interface NormalizeResult {
  data?: Measurement[];
  errors?: string[];
}

/** Adds the measurement of `values` (decoded data, or a record of it) to `out`, if it holds a temperature. */
function add(out: Measurement[], values: { [key: string]: unknown }, seconds?: number): void {
  const t = values.temperature;
  if (typeof t === 'number' && t >= AMBIENT_TEMPERATURE.min && t <= AMBIENT_TEMPERATURE.max) {
    const m: Measurement = { air: { temperature: t } };
    if (seconds !== undefined) m.time = new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';
    out.push(m);
  }
}

/**
 * TS013-style: never throws; what is not decoded data is an error, and so is what a caller's getter
 * throws (The Things Stack passes JSON, which has none; the console's Uplink tab calls this directly).
 */
export function normalizeUplink(input: { data?: unknown }): NormalizeResult {
  try {
    return normalized(input);
  } catch (e) {
    return { errors: ['normalizeUplink: ' + (e instanceof Error ? e.message : String(e))] };
  }
}

function normalized(input: { data?: unknown }): NormalizeResult {
  const data = input && input.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { errors: ['normalizeUplink: data is not decoded WT102 data'] };
  const d = data as { [key: string]: unknown };
  const out: Measurement[] = [];
  add(out, d);
  const records = d.history;
  if (Array.isArray(records)) {
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as { [key: string]: unknown } | null;
      const s = r && r.mode === undefined ? r.timestamp : undefined;
      // A record of historical time: Unix seconds as a uint32 holds them.
      if (typeof s === 'number' && s >= 0 && s <= 0xffffffff && s % 1 === 0) add(out, r as { [key: string]: unknown }, s);
    }
  }
  return { data: out };
}
