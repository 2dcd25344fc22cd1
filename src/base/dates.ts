/**
 * Dates travel as uint32 Unix seconds (UTC); these helpers convert the accepted
 * input forms. Calendar arithmetic is done by hand (Hinnant's days-from-civil)
 * because it is several times faster than going through Date on the hot path.
 */
import { dateValue, isFiniteNumber, isInteger } from './es5';

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

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1…12). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses an ISO-8601 string with a zone designator into Unix seconds. */
export function parseIsoDate(text: string): DateParse {
  const m = ISO_8601.exec(text);
  if (m === null) {
    return fail(
      'is not an ISO-8601 date-time with a time-zone designator (e.g. "2025-11-26T08:00:00Z" or "2025-11-26T09:00:00+01:00")',
    );
  }
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hour = +m[4];
  const minute = +m[5];
  const second = m[6] === undefined ? 0 : +m[6];
  if (m[7] !== undefined && /[1-9]/.test(m[7])) {
    return fail('has fractions of a second, which a uint32 of whole seconds cannot carry');
  }
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const oh = +m[10];
    const om = +m[11];
    if (oh > 23 || om > 59) return fail('has an invalid time-zone offset');
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const monthDays = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59) {
    return fail('is not a valid calendar date-time');
  }
  const days = daysFromCivil(year, month, day);
  return checkSeconds(days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60);
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
  const ms = dateValue(value);
  if (ms !== undefined) {
    if (isNaN(ms)) return fail('is an invalid Date');
    if (ms % 1000 !== 0) return fail('has milliseconds, which a uint32 of whole seconds cannot carry');
    return checkSeconds(ms / 1000);
  }
  return fail('is neither an ISO-8601 string, a Date nor a number of Unix seconds');
}

function two(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Canonical form: ISO-8601 UTC with `Z` and whole seconds, for 0 ≤ seconds ≤ UINT32_MAX. */
export function isoFromSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rem = seconds - days * 86400;
  // civil-from-days (Hinnant)
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return (
    y + '-' + two(m) + '-' + two(d) + 'T' +
    two(Math.floor(rem / 3600)) + ':' + two(Math.floor(rem / 60) % 60) + ':' + two(rem % 60) + 'Z'
  );
}
