import { TZDate, tzOffset } from '@date-fns/tz';
import { ErrorCodes, fail } from './errors.js';

/**
 * A point in time as CRM exports hold it: a `Date`, an ISO 8601 string or epoch milliseconds.
 *
 * An ISO string with `Z` or an offset is an exact instant. One without (`2026-10-28T09:30`) is a
 * wall-clock time in the time zone the caller names; a date alone (`2026-10-28`) is the start of
 * that day there.
 *
 * @example
 * ```ts
 * import type { DateInput } from '@org/cs-metrics';
 * const inputs: DateInput[] = [new Date(), '2026-10-28', '2026-10-28T09:30:00+01:00', 1793174400000];
 * ```
 */
export type DateInput = Date | string | number;

/** Earliest instant accepted: 1900-01-01T00:00Z. */
const MIN_MS = Date.UTC(1900, 0, 1);
/** Latest instant accepted: the end of 2199. */
const MAX_MS = Date.UTC(2200, 0, 1) - 1;
const DATE_RANGE = 'a date between 1900 and 2199';
const EXPECTED_DATE = 'a Date, an ISO 8601 date-time string or epoch milliseconds';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/;

const validZones = new Set<string>(['UTC']);

/**
 * Checks that `timeZone` is an IANA zone this runtime knows and returns it.
 *
 * @throws {@link CsMetricsError} `invalid-time-zone` when it is not.
 * @example
 * ```ts
 * import { assertTimeZone } from '@org/cs-metrics';
 * assertTimeZone('Europe/Berlin'); // 'Europe/Berlin'
 * ```
 */
export function assertTimeZone(timeZone: unknown, path = 'timeZone'): string {
  if (typeof timeZone === 'string' && validZones.has(timeZone)) return timeZone;
  // Intl refuses the empty string and any name it does not know, but takes `undefined` as the runtime's zone.
  if (typeof timeZone !== 'string') {
    return fail(ErrorCodes.InvalidTimeZone, path, 'an IANA time zone name such as "Europe/Berlin"', timeZone);
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return fail(ErrorCodes.InvalidTimeZone, path, 'an IANA time zone name such as "Europe/Berlin"', timeZone);
  }
  validZones.add(timeZone);
  return timeZone;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The epoch milliseconds of a wall-clock time in a zone. A time that a DST change skips moves
 * forward the way date-fns' `TZDate` moves it (00:00 on a day that starts at 01:00 is 01:00).
 *
 * @internal
 */
export function zonedWallTimeToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  ms = 0,
): number {
  if (timeZone === 'UTC') return Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  return new TZDate(year, month - 1, day, hours, minutes, seconds, ms, timeZone).getTime();
}

/**
 * Turns a {@link DateInput} into epoch milliseconds, once, at the edge of the library.
 *
 * @param value - the date as given.
 * @param timeZone - the zone for ISO strings that carry no offset (default `UTC`).
 * @param path - the field's path, for the error.
 * @throws {@link CsMetricsError} `invalid-date` for anything that is not a real date in 1900–2199
 *   (an invalid `Date`, `2026-02-30`, `NaN`, a number with a fraction, free text).
 * @example
 * ```ts
 * import { toEpochMillis } from '@org/cs-metrics';
 * toEpochMillis('2026-10-28T09:30:00Z'); // 1793179800000
 * toEpochMillis('2026-10-28', 'Europe/Berlin'); // 1793142000000 (midnight in Berlin, 23:00 UTC the day before)
 * ```
 */
export function toEpochMillis(value: unknown, timeZone = 'UTC', path = ''): number {
  let ms: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return fail(ErrorCodes.InvalidDate, path, EXPECTED_DATE, value);
    ms = value;
  } else if (typeof value === 'string') {
    ms = parseIsoString(value, timeZone, path);
  } else if (value instanceof Date) {
    ms = value.getTime();
    if (Number.isNaN(ms)) return fail(ErrorCodes.InvalidDate, path, EXPECTED_DATE, value);
  } else {
    return fail(ErrorCodes.InvalidDate, path, EXPECTED_DATE, value);
  }
  // Written so that NaN (a wall time in a zone the runtime cannot resolve) fails too.
  if (!(ms >= MIN_MS && ms <= MAX_MS)) return fail(ErrorCodes.InvalidDate, path, DATE_RANGE, value);
  return ms;
}

function parseIsoString(text: string, timeZone: string, path: string): number {
  const m = ISO.exec(text);
  if (m === null) return fail(ErrorCodes.InvalidDate, path, EXPECTED_DATE, text);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hours = m[4] === undefined ? 0 : Number(m[4]);
  const minutes = m[5] === undefined ? 0 : Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  // Date.UTC maps the years 0–99 onto 1900–1999, so a written year out of range is refused here.
  if (year < 1900 || year > 2199) return fail(ErrorCodes.InvalidDate, path, DATE_RANGE, text);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59
  ) {
    return fail(ErrorCodes.InvalidDate, path, 'a real calendar date and time', text);
  }
  if (m[8] === 'Z' || m[9] !== undefined) {
    const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
    if (m[9] === undefined) return utc;
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours * 60 + offsetMinutes > 14 * 60 || offsetMinutes > 59) {
      return fail(ErrorCodes.InvalidDate, path, 'a UTC offset between -14:00 and +14:00', text);
    }
    const sign = m[9] === '-' ? -1 : 1;
    return utc - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return zonedWallTimeToEpoch(timeZone, year, month, day, hours, minutes, seconds, ms);
}

/**
 * A calendar date written `YYYY-MM-DD`: a day, with no time and no zone.
 *
 * @example
 * ```ts
 * import type { CalendarDate } from '@org/cs-metrics';
 * const day: CalendarDate = '2026-10-28';
 * ```
 */
export type CalendarDate = string;

/**
 * Splits a `YYYY-MM-DD` string into its numbers, checking that the day exists.
 *
 * @internal
 */
export function parseCalendarDate(text: unknown, path: string): { year: number; month: number; day: number } {
  const m = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (m === null) return fail(ErrorCodes.InvalidDate, path, 'a calendar date written YYYY-MM-DD', text);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(ErrorCodes.InvalidDate, path, 'a real calendar date between 1900 and 2199', text);
  }
  return { year, month, day };
}

/**
 * Formats the UTC calendar day of `utcMidnight` as `YYYY-MM-DD` without `Intl` (hot-path safe).
 *
 * @internal
 */
export function formatUtcDay(utcMidnight: number): CalendarDate {
  const d = new Date(utcMidnight);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Offsets are tabled in blocks of 32 days of UTC: one `Intl` look-up per day of a block, once per zone. */
const BLOCK_MS = 32 * 86_400_000;
/** Per zone, per block: `[at0, offset0, at1, offset1, …]`, `at0` the block's start, offsets in ms. */
const zoneTables = new Map<string, Map<number, Float64Array>>();

function offsetByIntl(timeZone: string, t: number): number {
  return tzOffset(timeZone, new Date(t)) * 60_000;
}

function buildBlock(timeZone: string, block: number): Float64Array {
  const table: number[] = [];
  let at = block * BLOCK_MS;
  let offset = offsetByIntl(timeZone, at);
  table.push(at, offset);
  for (let day = 1; day <= 32; day++) {
    const next = block * BLOCK_MS + day * 86_400_000;
    const nextOffset = offsetByIntl(timeZone, next);
    if (nextOffset !== offset) {
      // The change lies in (at, next]: bisect to the millisecond where the new offset starts.
      let lo = at;
      let hi = next;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (offsetByIntl(timeZone, mid) === offset) lo = mid;
        else hi = mid;
      }
      // A change at the block's very end (hi = next on day 32) is also the next block's first offset;
      // its entry here is never read, since every instant of this block is before it.
      table.push(hi, nextOffset);
      offset = nextOffset;
    }
    at = next;
  }
  return Float64Array.from(table);
}

/**
 * The UTC offset of `timeZone` at an instant, in milliseconds (`+3_600_000` for Berlin in winter).
 * Each zone's offsets are found once per 32 days (the changes bisected to the millisecond) and then
 * read from a table, so a look-up is a map read and a comparison or two instead of a date format.
 *
 * @internal
 */
export function zoneOffsetMs(timeZone: string, epochMillis: number): number {
  if (timeZone === 'UTC') return 0;
  let tables = zoneTables.get(timeZone);
  if (tables === undefined) {
    tables = new Map();
    zoneTables.set(timeZone, tables);
  }
  const block = Math.floor(epochMillis / BLOCK_MS);
  let table = tables.get(block);
  if (table === undefined) {
    table = buildBlock(timeZone, block);
    tables.set(block, table);
  }
  let offset = table[1] as number;
  for (let i = 2; i < table.length && epochMillis >= (table[i] as number); i += 2)
    offset = table[i + 1] as number;
  return offset;
}

/**
 * The calendar date, in `timeZone`, of an instant. The zone's offset comes from a table built once
 * per zone and month (see the performance guide), not from formatting the instant.
 *
 * @example
 * ```ts
 * import { calendarDateOf } from '@org/cs-metrics';
 * calendarDateOf(Date.UTC(2026, 9, 27, 23, 30), 'Europe/Berlin'); // '2026-10-28'
 * ```
 */
export function calendarDateOf(epochMillis: number, timeZone: string): CalendarDate {
  assertTimeZone(timeZone);
  const local = epochMillis + zoneOffsetMs(timeZone, epochMillis);
  return formatUtcDay(local - (((local % 86_400_000) + 86_400_000) % 86_400_000));
}
