import { TZDate } from '@date-fns/tz';
import { getISOWeek } from 'date-fns';
import { ErrorCodes, fail } from './errors.js';
import {
  assertTimeZone,
  type CalendarDate,
  calendarDateOf,
  formatUtcDay,
  parseCalendarDate,
  zonedWallTimeToEpoch,
} from './time.js';

/** Milliseconds in a 24-hour span (not a calendar day: use the period helpers for those). @internal */
export const DAY_MS = 86_400_000;

/**
 * A span of whole calendar days in one IANA time zone: from `from` to `to`, both included.
 *
 * `start` and `end` are the epoch milliseconds of the first instant inside and the first instant
 * after, so a record is inside when `start <= t < end`. Plain data: it survives `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { period } from '@org/cs-metrics';
 * const october: Period = period({ from: '2026-10-01', to: '2026-10-31', timeZone: 'Europe/Berlin' });
 * (october.end - october.start) / 3_600_000; // 745: 31 days of 24 hours, and 25 October has 25 in Berlin
 * ```
 */
export interface Period {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: CalendarDate;
  /** The last day, `YYYY-MM-DD`, included. */
  readonly to: CalendarDate;
  /** The IANA zone the days are counted in. */
  readonly timeZone: string;
  /** Epoch milliseconds of the start of `from` in `timeZone`. */
  readonly start: number;
  /** Epoch milliseconds of the start of the day after `to` in `timeZone` (exclusive). */
  readonly end: number;
}

/**
 * What {@link period} takes.
 *
 * @example
 * ```ts
 * import { period, type PeriodInput } from '@org/cs-metrics';
 * const input: PeriodInput = { from: '2026-10-01', to: '2026-10-31', timeZone: 'Asia/Shanghai' };
 * period(input);
 * ```
 */
export interface PeriodInput {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: CalendarDate;
  /** The last day, `YYYY-MM-DD`, included. */
  readonly to: CalendarDate;
  /** IANA zone; default `UTC`. */
  readonly timeZone?: string;
}

/**
 * One day, ISO week or month of a period, clipped to it.
 *
 * @example
 * ```ts
 * import { isoWeeksOf, period, type PeriodSlice } from '@org/cs-metrics';
 * const first: PeriodSlice | undefined = isoWeeksOf(period({ from: '2026-10-01', to: '2026-10-31' }))[0];
 * first?.key; // '2026-W40'
 * ```
 */
export interface PeriodSlice {
  /** `2026-10-28` for a day, `2026-W44` for an ISO week, `2026-10` for a month. */
  readonly key: string;
  /** First day of the slice inside the period. */
  readonly from: CalendarDate;
  /** Last day of the slice inside the period (included). */
  readonly to: CalendarDate;
  /** Epoch milliseconds of the slice's first instant. */
  readonly start: number;
  /** Epoch milliseconds just after the slice (exclusive). */
  readonly end: number;
}

/**
 * Which days are worked: weekend days by number (0 Sunday … 6 Saturday) and holidays by date.
 *
 * @example
 * ```ts
 * import type { WorkCalendar } from '@org/cs-metrics';
 * // A Gulf-state week (Friday and Saturday off) with one public holiday:
 * const calendar: WorkCalendar = { weekendDays: [5, 6], holidays: ['2026-12-02'] };
 * ```
 */
export interface WorkCalendar {
  /** Weekday numbers that are not worked, 0 = Sunday … 6 = Saturday. */
  readonly weekendDays: readonly number[];
  /** Calendar dates that are not worked. */
  readonly holidays: readonly CalendarDate[];
}

/**
 * The default calendar: Saturday and Sunday off, no holidays.
 *
 * @example
 * ```ts
 * import { DEFAULT_WORK_CALENDAR, countWorkingDays, period } from '@org/cs-metrics';
 * countWorkingDays(period({ from: '2026-10-01', to: '2026-10-31' }), DEFAULT_WORK_CALENDAR); // 22
 * ```
 */
export const DEFAULT_WORK_CALENDAR: WorkCalendar = Object.freeze({
  weekendDays: Object.freeze([0, 6]),
  holidays: Object.freeze([]) as readonly CalendarDate[],
});

function utcDayNumber(date: CalendarDate, path: string): number {
  const { year, month, day } = parseCalendarDate(date, path);
  return Date.UTC(year, month - 1, day);
}

function startOfDayIn(timeZone: string, utcMidnight: number): number {
  const d = new Date(utcMidnight);
  return zonedWallTimeToEpoch(timeZone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Builds a {@link Period} of whole days in a time zone.
 *
 * @throws {@link CsMetricsError} `invalid-date` for a date that is not `YYYY-MM-DD`,
 *   `invalid-period` when `to` is before `from`, `invalid-time-zone` for an unknown zone.
 * @example
 * ```ts
 * import { period } from '@org/cs-metrics';
 * const q4 = period({ from: '2026-10-01', to: '2026-12-31', timeZone: 'America/New_York' });
 * ```
 */
export function period(input: PeriodInput): Period {
  const timeZone = assertTimeZone(input.timeZone ?? 'UTC', 'period.timeZone');
  const first = utcDayNumber(input.from, 'period.from');
  const last = utcDayNumber(input.to, 'period.to');
  if (last < first)
    return fail(ErrorCodes.InvalidPeriod, 'period.to', `a date on or after ${input.from}`, input.to);
  return {
    from: input.from,
    to: input.to,
    timeZone,
    start: startOfDayIn(timeZone, first),
    end: startOfDayIn(timeZone, last + DAY_MS),
  };
}

/**
 * A period label as budgets and sales plans carry it: a year `2026`, a quarter `2026-Q4`, a month
 * `2026-10`, an ISO week `2026-W44` or a day `2026-10-28`.
 *
 * @example
 * ```ts
 * import type { PeriodLabel } from '@org/cs-metrics';
 * const labels: PeriodLabel[] = ['2026', '2026-Q4', '2026-10', '2026-W44', '2026-10-28'];
 * ```
 */
export type PeriodLabel = string;

const LABEL = /^(\d{4})(?:-(?:Q([1-4])|W(\d{2})|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * The first and last calendar day a {@link PeriodLabel} names, without a time zone.
 *
 * @throws {@link CsMetricsError} `invalid-period` for a label of another form.
 * @example
 * ```ts
 * import { daysOfLabel } from '@org/cs-metrics';
 * daysOfLabel('2026-Q4'); // { from: '2026-10-01', to: '2026-12-31' }
 * daysOfLabel('2026-W53'); // { from: '2026-12-28', to: '2027-01-03' }
 * ```
 */
export function daysOfLabel(label: PeriodLabel, path = 'period'): { from: CalendarDate; to: CalendarDate } {
  const m = typeof label === 'string' ? LABEL.exec(label) : null;
  const expected = 'a period label: YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD';
  if (m === null) return fail(ErrorCodes.InvalidPeriod, path, expected, label);
  const year = Number(m[1]);
  if (year < 1900 || year > 2199)
    return fail(ErrorCodes.InvalidPeriod, path, 'a year between 1900 and 2199', label);
  if (m[2] !== undefined) {
    const q = Number(m[2]);
    return { from: formatUtcDay(Date.UTC(year, (q - 1) * 3, 1)), to: formatUtcDay(Date.UTC(year, q * 3, 0)) };
  }
  if (m[3] !== undefined) {
    const week = Number(m[3]);
    // ISO week 1 is the week with the year's first Thursday; 4 January is always in it.
    const jan4 = Date.UTC(year, 0, 4);
    const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const weeksInYear = getISOWeek(new TZDate(year, 11, 28, 'UTC'));
    if (week < 1 || week > weeksInYear) {
      return fail(ErrorCodes.InvalidPeriod, path, `an ISO week from 01 to ${weeksInYear} of ${year}`, label);
    }
    const monday = week1Monday + (week - 1) * 7 * DAY_MS;
    return { from: formatUtcDay(monday), to: formatUtcDay(monday + 6 * DAY_MS) };
  }
  if (m[4] !== undefined) {
    const month = Number(m[4]);
    if (month < 1 || month > 12) return fail(ErrorCodes.InvalidPeriod, path, expected, label);
    if (m[5] !== undefined) {
      parseCalendarDate(label, path);
      return { from: label, to: label };
    }
    return { from: formatUtcDay(Date.UTC(year, month - 1, 1)), to: formatUtcDay(Date.UTC(year, month, 0)) };
  }
  return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
}

/**
 * The {@link Period} a label names, in a time zone: `periodOf('2026-10', 'Europe/Berlin')`.
 *
 * @throws {@link CsMetricsError} `invalid-period` or `invalid-time-zone`.
 * @example
 * ```ts
 * import { periodOf } from '@org/cs-metrics';
 * const october = periodOf('2026-10', 'Europe/Berlin');
 * october.to; // '2026-10-31'
 * ```
 */
export function periodOf(label: PeriodLabel, timeZone = 'UTC'): Period {
  return period({ ...daysOfLabel(label), timeZone });
}

/**
 * Whether an instant (epoch milliseconds) lies inside the period.
 *
 * @example
 * ```ts
 * import { isWithin, periodOf } from '@org/cs-metrics';
 * isWithin(periodOf('2026-10', 'UTC'), Date.UTC(2026, 9, 31, 23, 59)); // true
 * ```
 */
export function isWithin(p: Period, epochMillis: number): boolean {
  return epochMillis >= p.start && epochMillis < p.end;
}

function eachUtcDay(p: Period): number[] {
  const first = utcDayNumber(p.from, 'period.from');
  const last = utcDayNumber(p.to, 'period.to');
  const days: number[] = [];
  for (let d = first; d <= last; d += DAY_MS) days.push(d);
  return days;
}

function slicesBy(p: Period, keyOf: (utcMidnight: number) => string): PeriodSlice[] {
  const days = eachUtcDay(p);
  const slices: PeriodSlice[] = [];
  let i = 0;
  while (i < days.length) {
    const firstDay = days[i]!;
    const key = keyOf(firstDay);
    let j = i;
    while (j + 1 < days.length && keyOf(days[j + 1]!) === key) j++;
    const lastDay = days[j]!;
    slices.push({
      key,
      from: formatUtcDay(firstDay),
      to: formatUtcDay(lastDay),
      start: startOfDayIn(p.timeZone, firstDay),
      end: startOfDayIn(p.timeZone, lastDay + DAY_MS),
    });
    i = j + 1;
  }
  return slices;
}

/**
 * The days of a period, each with its own start and end in the period's zone: a day with a DST
 * change is one day of 23 or 25 hours, never two days or none.
 *
 * @example
 * ```ts
 * import { daysOf, period } from '@org/cs-metrics';
 * const [sunday] = daysOf(period({ from: '2026-03-29', to: '2026-03-29', timeZone: 'Europe/London' }));
 * (sunday!.end - sunday!.start) / 3_600_000; // 23
 * ```
 */
export function daysOf(p: Period): PeriodSlice[] {
  return slicesBy(p, formatUtcDay);
}

/**
 * The ISO weeks (Monday to Sunday) of a period, clipped to it, keyed `YYYY-Www` by ISO week-year.
 *
 * @example
 * ```ts
 * import { isoWeeksOf, period } from '@org/cs-metrics';
 * isoWeeksOf(period({ from: '2026-12-28', to: '2027-01-10' })).map((w) => w.key); // ['2026-W53', '2027-W01']
 * ```
 */
export function isoWeeksOf(p: Period): PeriodSlice[] {
  return slicesBy(p, isoWeekKey);
}

/**
 * The ISO week key (`2026-W53`) of a calendar date.
 *
 * @example
 * ```ts
 * import { isoWeekKeyOf } from '@org/cs-metrics';
 * isoWeekKeyOf('2027-01-01'); // '2026-W53'
 * ```
 */
export function isoWeekKeyOf(date: CalendarDate): string {
  return isoWeekKey(utcDayNumber(date, 'date'));
}

function isoWeekKey(utcMidnight: number): string {
  // Days since 1970-01-01 (a Thursday); an ISO week belongs to the year of its Thursday.
  const dayNumber = Math.floor(utcMidnight / DAY_MS);
  const mondayBased = (((dayNumber + 3) % 7) + 7) % 7;
  const thursday = (dayNumber - mondayBased + 3) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

/**
 * The calendar months of a period, clipped to it, keyed `YYYY-MM`.
 *
 * @example
 * ```ts
 * import { monthsOf, period } from '@org/cs-metrics';
 * monthsOf(period({ from: '2026-10-15', to: '2026-11-14' })).map((m) => m.key); // ['2026-10', '2026-11']
 * ```
 */
export function monthsOf(p: Period): PeriodSlice[] {
  return slicesBy(p, (day) => formatUtcDay(day).slice(0, 7));
}

/**
 * The weekday (0 Sunday … 6 Saturday) of a calendar date.
 *
 * @example
 * ```ts
 * import { weekdayOf } from '@org/cs-metrics';
 * weekdayOf('2026-10-28'); // 3 (a Wednesday)
 * ```
 */
export function weekdayOf(date: CalendarDate): number {
  return new Date(utcDayNumber(date, 'date')).getUTCDay();
}

/**
 * Checks a {@link WorkCalendar} and returns it: weekend days 0–6, holidays real dates.
 *
 * @throws {@link CsMetricsError} `invalid-option` or `invalid-date` with the path of the bad entry.
 * @example
 * ```ts
 * import { assertWorkCalendar } from '@org/cs-metrics';
 * assertWorkCalendar({ weekendDays: [0, 6], holidays: ['2026-12-25'] });
 * ```
 */
export function assertWorkCalendar(calendar: WorkCalendar, path = 'calendar'): WorkCalendar {
  if (typeof calendar !== 'object' || calendar === null) {
    return fail(ErrorCodes.InvalidOption, path, 'a work calendar { weekendDays, holidays }', calendar);
  }
  if (!Array.isArray(calendar.weekendDays)) {
    return fail(
      ErrorCodes.InvalidOption,
      `${path}.weekendDays`,
      'an array of weekday numbers 0–6',
      calendar.weekendDays,
    );
  }
  calendar.weekendDays.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0 || d > 6) {
      fail(
        ErrorCodes.InvalidOption,
        `${path}.weekendDays[${i}]`,
        'a weekday number 0 (Sunday) to 6 (Saturday)',
        d,
      );
    }
  });
  if (!Array.isArray(calendar.holidays)) {
    return fail(
      ErrorCodes.InvalidOption,
      `${path}.holidays`,
      'an array of YYYY-MM-DD dates',
      calendar.holidays,
    );
  }
  calendar.holidays.forEach((h, i) => {
    parseCalendarDate(h, `${path}.holidays[${i}]`);
  });
  return calendar;
}

/**
 * The working days of a period: days that are neither weekend days nor holidays.
 *
 * @example
 * ```ts
 * import { period, workingDaysOf } from '@org/cs-metrics';
 * const days = workingDaysOf(period({ from: '2026-12-21', to: '2026-12-27' }), {
 *   weekendDays: [0, 6],
 *   holidays: ['2026-12-25'],
 * });
 * days.length; // 4
 * ```
 */
export function workingDaysOf(p: Period, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): PeriodSlice[] {
  assertWorkCalendar(calendar);
  const weekend = new Set(calendar.weekendDays);
  const holidays = new Set(calendar.holidays);
  return daysOf(p).filter((d) => !weekend.has(weekdayOf(d.from)) && !holidays.has(d.from));
}

/**
 * How many working days a period has under a calendar.
 *
 * @example
 * ```ts
 * import { countWorkingDays, periodOf } from '@org/cs-metrics';
 * countWorkingDays(periodOf('2026-10')); // 22
 * ```
 */
export function countWorkingDays(p: Period, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): number {
  return workingDaysOf(p, calendar).length;
}

/** Zone offsets in use change on quarter-hours of UTC, so local midnights fall on UTC quarter-hours. */
const SLOT_MS = 15 * 60_000;
/** Above this many quarter-hours (about 30 years) the table would be large: search the day starts instead. */
const MAX_SLOTS = 1 << 20;

/**
 * The index function behind the three indexers. When every day of the period starts a whole number
 * of quarter-hours after the period's start (every zone since the 1970s) and the period is under
 * about 30 years, a table gives the bucket of each quarter-hour of the period, so a look-up is one
 * division and one read. Otherwise (days whose starts are not whole quarter-hours apart, as after a
 * historical change of offset by odd minutes, or a period too long for the table) the day is found
 * from a 24-hour guess and the day starts, a step or two away.
 */
function indexerOf(p: Period, sliceOfDay: Int32Array | null): (epochMillis: number) => number {
  const starts = daysOf(p).map((d) => d.start);
  starts.push(p.end);
  const { start, end } = p;
  const slots = Math.ceil((end - start) / SLOT_MS);
  if (slots <= MAX_SLOTS && starts.every((t) => (t - start) % SLOT_MS === 0)) {
    const table = new Int32Array(slots);
    for (let day = 0; day < starts.length - 1; day++) {
      const bucket = sliceOfDay === null ? day : sliceOfDay[day]!;
      table.fill(bucket, (starts[day]! - start) / SLOT_MS, (starts[day + 1]! - start) / SLOT_MS);
    }
    return (t: number): number => (t >= start && t < end ? table[Math.floor((t - start) / SLOT_MS)]! : -1);
  }
  const last = starts.length - 2;
  return (t: number): number => {
    if (t < start || t >= end) return -1;
    let i = Math.floor((t - start) / DAY_MS);
    if (i > last) i = last;
    // A day is 23 to 25 hours long, so the 24-hour guess is off by at most a step or two.
    while (t < starts[i]!) i--;
    while (t >= starts[i + 1]!) i++;
    return sliceOfDay === null ? i : sliceOfDay[i]!;
  };
}

function sliceMap(days: number, slices: readonly PeriodSlice[]): Int32Array {
  const map = new Int32Array(days);
  let day = 0;
  slices.forEach((slice, k) => {
    const length = (utcDayNumber(slice.to, 'to') - utcDayNumber(slice.from, 'from')) / DAY_MS + 1;
    map.fill(k, day, day + length);
    day += length;
  });
  return map;
}

/**
 * Makes a fast function from an instant to the index of its day in {@link daysOf}, or -1 outside
 * the period. Each day's start is computed once in the zone, so a lookup is arithmetic plus at most
 * a step or two: no date formatting per record, and DST days still count once.
 *
 * @example
 * ```ts
 * import { dayIndexer, periodOf } from '@org/cs-metrics';
 * const indexOf = dayIndexer(periodOf('2026-10', 'Europe/Berlin'));
 * indexOf(Date.UTC(2026, 9, 25, 22, 30)); // 24: 25 October, 23:30 in Berlin, the last hour of a 25-hour day
 * ```
 */
export function dayIndexer(p: Period): (epochMillis: number) => number {
  return indexerOf(p, null);
}

/**
 * Makes a fast function from an instant to the index of its ISO week in {@link isoWeeksOf}, or -1
 * outside the period: the day's index (as {@link dayIndexer}) looked up in a table of weeks, so a
 * week that contains a DST change in the zone still starts at local midnight on Monday.
 *
 * @example
 * ```ts
 * import { isoWeekIndexer, isoWeeksOf, periodOf } from '@org/cs-metrics';
 * const october = periodOf('2026-10', 'Europe/Berlin');
 * const weekOf = isoWeekIndexer(october);
 * isoWeeksOf(october)[weekOf(Date.UTC(2026, 9, 25, 22, 30))]?.key; // '2026-W43': still Sunday 25 October in Berlin
 * ```
 */
export function isoWeekIndexer(p: Period): (epochMillis: number) => number {
  const days = eachUtcDay(p).length;
  return indexerOf(p, sliceMap(days, isoWeeksOf(p)));
}

/**
 * Makes a fast function from an instant to the index of its calendar month in {@link monthsOf}, or
 * -1 outside the period, the same way as {@link isoWeekIndexer}.
 *
 * @example
 * ```ts
 * import { monthIndexer, monthsOf, period } from '@org/cs-metrics';
 * const q4 = period({ from: '2026-10-01', to: '2026-12-31', timeZone: 'Asia/Kolkata' });
 * monthsOf(q4)[monthIndexer(q4)(Date.UTC(2026, 9, 31, 19, 0))]?.key; // '2026-11': 00:30 on 1 November in Kolkata
 * ```
 */
export function monthIndexer(p: Period): (epochMillis: number) => number {
  const days = eachUtcDay(p).length;
  return indexerOf(p, sliceMap(days, monthsOf(p)));
}

/**
 * The calendar date of an instant in the period's zone; a convenience over {@link calendarDateOf}.
 *
 * @example
 * ```ts
 * import { dayOf, periodOf } from '@org/cs-metrics';
 * dayOf(periodOf('2026-10', 'Asia/Kolkata'), Date.UTC(2026, 9, 27, 20, 0)); // '2026-10-28'
 * ```
 */
export function dayOf(p: Period, epochMillis: number): CalendarDate {
  return calendarDateOf(epochMillis, p.timeZone);
}
