/**
 * The maker's Fahrenheit and Celsius twins of a temperature (its codec since April 2026): beside every
 * temperature key `k` it takes `fahrenheit_k` (°F, converted to °C rounded to 0.01) and `celsius_k` (the same
 * °C value under another name), and gives both back when decoding. A temperature is what the tables' `temp`
 * builds (schema/builders.ts's isTemperature). The maker applies the same conversion to temperature differences
 * (deadbands, cooling rate, calibration): its `fahrenheit_` value of a 0.1 °C deadband is 32.18. Twins follow
 * it, so that its objects keep working.
 *
 * Reached only for a key that is not a field's own name (a network-server script compiles this module only
 * then): a struct knows its fields' twins as aliases (struct.ts's bindStruct); a settings group or a schedule
 * hands its members here when one of their keys is not a member's. Downlinks only: encodeUplink takes none.
 */
import { duplicateError, valueError } from '../base/errors';
import { dict, isFiniteNumber, sortedKeys } from '../base/es5';
import type { Path } from '../base/path';
import type { Rec } from '../base/caller-input';
import { isTemperature } from '../schema/builders';
import type { DecimalField, Field } from '../schema/fields';
import { rangeText } from './words';

/** °C → °F, to 0.01 as the maker rounds it. In hundredths, c × 180 + 3200 is never halfway: no rounding rule matters. */
export function fahrenheitOf(c: number): number {
  return Math.round(c * 180 + 3200) / 100;
}

/**
 * The value given under twin `key` (`celsius_…`, `fahrenheit_…`) of temperature `f`, checked in its own unit (in
 * °F, `f`'s range converted, so that what passes converts into it) and in °C: the °C value, to 0.01, as
 * `toFixed` rounds the computed quotient. A °F value of two decimals is never halfway (in hundredths,
 * 10 × (F − 32) / 18 would be n + 1/2 only if an even number were odd); of more, floating point decides a
 * halfway case (41.099 °F gives 5.05 °C), as it does in the maker's JavaScript.
 */
export function celsiusValue(key: string, value: unknown, f: DecimalField, path: Path): number {
  const fahrenheit = key.lastIndexOf('fahrenheit_', 0) === 0;
  const min = fahrenheit ? fahrenheitOf(f.min) : f.min;
  const max = fahrenheit ? fahrenheitOf(f.max) : f.max;
  const range = rangeText(min, max, fahrenheit ? '°F' : f.unit);
  if (!isFiniteNumber(value)) {
    throw valueError('INVALID_TYPE', path, value, `is not a ${typeof value === 'number' ? 'finite ' : ''}number; expected a number ${range} (resolution 0.01)`);
  }
  if (value < min || value > max) throw valueError('OUT_OF_RANGE', path, value, `is out of range ${range}`);
  return fahrenheit ? +((value - 32) / 1.8).toFixed(2) : value;
}

/** The temperature a key would be a twin of (`fahrenheit_value` → `value`), or undefined for a key that is none. */
export function twinBase(key: string): string | undefined {
  const m = /^(celsius|fahrenheit)_/.exec(key);
  return m === null ? undefined : key.slice(m[0].length);
}

/**
 * The twins among the keys of `input` (a snapshot of a settings group's members, or of a schedule's fields):
 * twin key → the temperature member it gives (`fieldOf` gives a member's declaration, undefined for a key that
 * is none); their values are checked when written, in their turn. Two keys for one member are refused, as
 * site.ts's givenKey refuses an alias beside its field: at the twin beside the member's name, or at the later
 * of two twins, whatever order the keys came in.
 */
export function twinsIn(input: Rec, path: Path, fieldOf: (name: string) => Field | undefined): { [key: string]: string } {
  const twins = dict<string>();
  const given = dict<string>();
  const keys = sortedKeys(Object.keys(input));
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const name = input[key] === undefined || fieldOf(key) !== undefined ? undefined : twinBase(key);
    if (name === undefined || !isTemperature(fieldOf(name))) continue;
    const clash = input[name] !== undefined ? name : given[name];
    if (clash !== undefined) throw duplicateError(path, key, input[key], clash);
    given[name] = key;
    twins[key] = name;
  }
  return twins;
}
