/**
 * Decoded uplinks in the maker's current forms, on request (`decodeUplink(frame, { maker: true })`, the
 * scripts' `maker_forms` variable): beside every temperature `k`, its Fahrenheit and Celsius twins
 * `fahrenheit_k` = round(k × 1.8 + 32, 2 decimals) and `celsius_k` = k, as the maker's codec gives them since
 * April 2026 (twins.ts takes them as input). Not by default: they double every temperature.
 */
import type { Rec } from '../base/caller-input';
import { dict, lazy } from '../base/es5';
import { temperatureKeys } from './commands';
import { fahrenheitOf } from './twins';

/** The keys of temperatures (commands.ts's temperatureKeys). By key: no key is a temperature in one place and another number in another (test/maker-twins.test.ts holds the tables to that). */
const TEMPERATURE_KEYS = /* @__PURE__ */ lazy(() => {
  const keys = dict<true>();
  for (const k of temperatureKeys()) keys[k] = true;
  return keys;
});

/** `value` (decoded uplink data, or what it holds) with the twins of each temperature right after it. */
export function withTwins(value: unknown): unknown {
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
