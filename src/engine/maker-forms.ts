/**
 * Decoded uplinks in the maker's current forms, on request (`decodeUplink(frame, { maker: true })`, the
 * scripts' `maker_forms` variable): beside every temperature `k`, its Fahrenheit and Celsius twins
 * `fahrenheit_k` = round(k × 1.8 + 32, 2 decimals) and `celsius_k` = k, as the maker's codec gives them since
 * April 2026 (twins.ts takes them as input); and a reply's `id` as the object path of its command
 * (`temp_control.enable` for `0X6500`: object-paths.ts), as its codec gives it since January 2026. Not by
 * default: the twins double every temperature, and the paths replace the IDs the service page spells.
 */
import type { Rec } from '../base/caller-input';
import { dict, lazy } from '../base/es5';
import { temperatureKeys } from './commands';
import { fahrenheitOf } from './twins';
import { pathOfId } from './object-paths';

/** The keys of temperatures (commands.ts's temperatureKeys). By key: no key is a temperature in one place and another number in another (test/maker-twins.test.ts holds the tables to that). */
const TEMPERATURE_KEYS = /* @__PURE__ */ lazy(() => {
  const keys = dict<true>();
  for (const k of temperatureKeys()) keys[k] = true;
  return keys;
});

/** Decoded uplink data in the maker's forms: each temperature's twins right after it, each reply's `id` its object path. */
export function inMakerForms(data: Rec): Rec {
  const out = withTwins(data) as Rec;
  const replies = out.ans;
  // A reply's echo may be of any ID: one that has no path (no query carries it) stays as it is.
  if (Array.isArray(replies)) {
    for (const reply of replies as Rec[]) {
      const path = pathOfId(reply.id as string);
      if (path !== undefined) reply.id = path;
    }
  }
  return out;
}

/** `value` (decoded uplink data, or what it holds) with the twins of each temperature right after it. */
function withTwins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTwins);
  if (typeof value !== 'object' || value === null) return value;
  const keys = TEMPERATURE_KEYS();
  const out: Rec = {};
  for (const k in value as Rec) {
    const v = (value as Rec)[k];
    out[k] = withTwins(v);
    if (typeof v === 'number' && keys[k] === true) {
      out['fahrenheit_' + k] = fahrenheitOf(v);
      out['celsius_' + k] = v;
    }
  }
  return out;
}
