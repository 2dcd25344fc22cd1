/** Dates travel as uint32 Unix seconds (UTC); these helpers convert the accepted input forms. */
import { isFiniteNumber, isInteger } from './es5';

export const UINT32_MAX = 0xffffffff;

// Date, time with at least minutes, optional seconds and fraction, and a mandatory zone designator:
// without one a local time would silently depend on the machine's time zone.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Result of reading a date input: seconds, or the reason it is not acceptable. */
export type DateParse = { ok: true; seconds: number } | { ok: false; reason: string };

function fail(reason: string): DateParse {
  return { ok: false, reason };
}

function checkSeconds(seconds: number): DateParse {
  if (seconds < 0) return fail('is before 1970-01-01T00:00:00Z; allowed: 1970-01-01T00:00:00Z…2106-02-07T06:28:15Z');
  if (seconds > UINT32_MAX) {
    return fail('is after 2106-02-07T06:28:15Z, the last time a uint32 of seconds holds');
  }
  return { ok: true, seconds };
}

/** Parses an ISO-8601 string with a zone designator into Unix seconds. */
export function parseIsoDate(text: string): DateParse {
  const m = ISO_8601.exec(text);
  if (m === null) {
    return fail(
      'is not an ISO-8601 date-time with a time-zone designator (e.g. "2025-11-26T08:00:00Z" or "2025-11-26T09:00:00+01:00")',
    );
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (m[7] !== undefined && /[1-9]/.test(m[7])) {
    return fail('has fractions of a second, which a uint32 of whole seconds cannot carry');
  }
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return fail('has an invalid time-zone offset');
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
    return fail('is not a valid calendar date-time');
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over into March; a rolled-over date is not what the caller meant.
  if (day < 1 || back.getUTCDate() !== day || back.getUTCMonth() !== month - 1) {
    return fail('is not a valid calendar date-time');
  }
  return checkSeconds(ms / 1000 - offsetMinutes * 60);
}

/** Reads any accepted date input (ISO string, Date, integer seconds) into Unix seconds. */
export function parseDateInput(value: unknown): DateParse {
  if (typeof value === 'string') return parseIsoDate(value);
  if (typeof value === 'number') {
    if (!isFiniteNumber(value)) return fail('is not a finite number of seconds');
    if (!isInteger(value)) return fail('is not a whole number of Unix seconds');
    if (value > UINT32_MAX && value <= UINT32_MAX * 1000 + 999) {
      return fail(
        `is too large for uint32 Unix seconds (max ${UINT32_MAX}); it looks like milliseconds: pass ${Math.floor(value / 1000)} seconds`,
      );
    }
    return checkSeconds(value);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (isNaN(ms)) return fail('is an invalid Date');
    if (ms % 1000 !== 0) return fail('has milliseconds, which a uint32 of whole seconds cannot carry');
    return checkSeconds(ms / 1000);
  }
  return fail('is neither an ISO-8601 string, a Date nor a number of Unix seconds');
}

/** Canonical form: ISO-8601 UTC with `Z` and whole seconds. */
export function isoFromSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';
}
