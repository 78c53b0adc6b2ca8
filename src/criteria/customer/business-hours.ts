// Working time between two instants in a team's time zone, with its calendar and daily hours.
import { ErrorCodes, fail } from '../../domain/errors.js';
import { isPlainObject } from '../../domain/fields.js';
import { assertWorkCalendar, DAY_MS, DEFAULT_WORK_CALENDAR, type WorkCalendar } from '../../domain/period.js';
import {
  assertTimeZone,
  type DateInput,
  parseCalendarDate,
  toEpochMillis,
  zonedWallTimeToEpoch,
} from '../../domain/time.js';

/**
 * A team's business hours: its IANA zone, its calendar of weekend days and holidays, and the daily
 * opening hours as wall-clock times there (`'24:00'` closes at midnight).
 *
 * @example
 * ```ts
 * import type { BusinessHours } from '@org/cs-metrics';
 * const berlin: BusinessHours = {
 *   timeZone: 'Europe/Berlin', opensAt: '09:00', closesAt: '17:00',
 *   calendar: { weekendDays: [0, 6], holidays: ['2026-10-03', '2026-12-25'] },
 * };
 * ```
 */
export interface BusinessHours {
  /** The team's IANA zone. */
  readonly timeZone: string;
  /** Weekend days and holidays; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar;
  /** Opening time `HH:MM`; default `'09:00'`. */
  readonly opensAt?: string;
  /** Closing time `HH:MM` after `opensAt`, up to `'24:00'`; default `'17:00'`. */
  readonly closesAt?: string;
}

function minutesOf(text: unknown, path: string): number {
  const m = typeof text === 'string' ? /^(\d{2}):(\d{2})$/.exec(text) : null;
  const minutes = m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]);
  if (m === null || Number(m[2]) > 59 || minutes > 24 * 60) {
    return fail(ErrorCodes.InvalidOption, path, 'a wall-clock time HH:MM from 00:00 to 24:00', text);
  }
  return minutes;
}

/**
 * Makes a function that gives the business seconds between two instants (epoch ms) under `hours`.
 * Each day's opening and closing instants are computed once, in the zone, and cached, so a DST
 * change moves them correctly and a lookup is arithmetic. @internal
 */
export function businessClock(
  hours: BusinessHours,
  path = 'businessHours',
): (from: number, to: number) => number {
  if (!isPlainObject(hours)) {
    return fail(
      ErrorCodes.InvalidOption,
      path,
      'business hours { timeZone, calendar, opensAt, closesAt }',
      hours,
    );
  }
  const timeZone = assertTimeZone(hours.timeZone, `${path}.timeZone`);
  const calendar = assertWorkCalendar(hours.calendar ?? DEFAULT_WORK_CALENDAR, `${path}.calendar`);
  const opens = minutesOf(hours.opensAt ?? '09:00', `${path}.opensAt`);
  const closes = minutesOf(hours.closesAt ?? '17:00', `${path}.closesAt`);
  if (closes <= opens)
    fail(
      ErrorCodes.InvalidOption,
      `${path}.closesAt`,
      `a time after ${hours.opensAt ?? '09:00'}`,
      hours.closesAt,
    );
  const weekend = new Set(calendar.weekendDays);
  const holidays = new Set<number>();
  calendar.holidays.forEach((h, i) => {
    const { year, month, day } = parseCalendarDate(h, `${path}.calendar.holidays[${i}]`);
    holidays.add(Date.UTC(year, month - 1, day) / DAY_MS);
  });
  // Day number (days since 1970-01-01 of the local date) → [open, close] epoch ms; [0, 0] when closed.
  const openAt = new Map<number, number>();
  const closeAt = new Map<number, number>();
  const wall = (dayNumber: number, minutes: number): number => {
    const d = new Date(dayNumber * DAY_MS);
    if (minutes === 24 * 60) return wall(dayNumber + 1, 0);
    return zonedWallTimeToEpoch(
      timeZone,
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      Math.floor(minutes / 60),
      minutes % 60,
    );
  };
  const load = (dayNumber: number): void => {
    // 1970-01-01 was a Thursday (weekday 4).
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    const closed = weekend.has(weekday) || holidays.has(dayNumber);
    openAt.set(dayNumber, closed ? 0 : wall(dayNumber, opens));
    closeAt.set(dayNumber, closed ? 0 : wall(dayNumber, closes));
  };
  return (from: number, to: number): number => {
    if (to <= from) return 0;
    let ms = 0;
    // A zone is at most 14 hours from UTC, so the local dates of [from, to] lie within one day of the UTC ones.
    const last = Math.floor(to / DAY_MS) + 1;
    for (let day = Math.floor(from / DAY_MS) - 1; day <= last; day++) {
      if (!openAt.has(day)) load(day);
      const open = openAt.get(day)!;
      const close = closeAt.get(day)!;
      const start = from > open ? from : open;
      const end = to < close ? to : close;
      if (end > start) ms += end - start;
    }
    return ms / 1000;
  };
}

/**
 * The working time, in seconds, between two instants under a team's business hours: only the
 * hours from `opensAt` to `closesAt` on working days count, in the team's zone, so a DST change, a
 * weekend or a holiday in between is handled the way the team's clock sees it.
 *
 * @throws {@link CsMetricsError} `invalid-option` for hours that are not `HH:MM` or close before they open,
 *   `invalid-time-zone` for an unknown zone, `invalid-date` for a bad holiday or instant.
 * @example
 * ```ts
 * import { businessSecondsBetween } from '@org/cs-metrics';
 * // Friday 16:00 to Monday 10:00 in Berlin, open 09:00–17:00 on weekdays: 1 hour + 1 hour.
 * businessSecondsBetween('2026-10-23T16:00:00+02:00', '2026-10-26T10:00:00+01:00', { timeZone: 'Europe/Berlin' }); // 7200
 * ```
 */
export function businessSecondsBetween(from: DateInput, to: DateInput, hours: BusinessHours): number {
  const clock = businessClock(hours);
  return clock(toEpochMillis(from, hours.timeZone, 'from'), toEpochMillis(to, hours.timeZone, 'to'));
}
