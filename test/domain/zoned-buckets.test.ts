// Day, ISO-week and month buckets in named zones, right across DST changes: the indexers read tables
// built once per period, calendarDateOf reads a per-zone table of offsets. Each boundary below is
// worked out from the zone's rules, and a dense grid checks the indexers against the slices' keys.
import { describe, expect, it } from 'vitest';
import {
  calendarDateOf,
  dayIndexer,
  dayOf,
  daysOf,
  isoWeekIndexer,
  isoWeeksOf,
  monthIndexer,
  monthsOf,
  period,
  periodOf,
} from '../../src/index.js';

const MIN = 60_000;
const HOUR = 3_600_000;

/** The keys the three indexers give for an instant: day, ISO week and month, or null outside. */
function bucketsOf(p: ReturnType<typeof period>, t: number) {
  const d = dayIndexer(p)(t);
  const w = isoWeekIndexer(p)(t);
  const m = monthIndexer(p)(t);
  return {
    day: d < 0 ? null : daysOf(p)[d]?.key,
    week: w < 0 ? null : isoWeeksOf(p)[w]?.key,
    month: m < 0 ? null : monthsOf(p)[m]?.key,
  };
}

describe('zoned buckets across DST', () => {
  it('Berlin, 25 October 2026: 23:30 CET on Sunday is still week 43; midnight is Monday of week 44', () => {
    // Summer time ends at 01:00 UTC (03:00 CEST → 02:00 CET), so from then local = UTC + 1 h.
    const p = periodOf('2026-10', 'Europe/Berlin');
    expect(bucketsOf(p, Date.UTC(2026, 9, 25, 22, 30))).toEqual({
      day: '2026-10-25',
      week: '2026-W43', // Monday 19 to Sunday 25 October
      month: '2026-10',
    });
    expect(bucketsOf(p, Date.UTC(2026, 9, 25, 23, 0))).toEqual({
      day: '2026-10-26',
      week: '2026-W44',
      month: '2026-10',
    });
  });

  it('Berlin, 29 March 2026: the 23-hour day ends at 22:00 UTC, and 31 March ends at 22:00 UTC too', () => {
    // Summer time starts at 01:00 UTC; 29 March runs from 23:00 UTC on the 28th to 22:00 UTC (23 h).
    const p = period({ from: '2026-03-01', to: '2026-04-30', timeZone: 'Europe/Berlin' });
    expect(bucketsOf(p, Date.UTC(2026, 2, 29, 21, 59, 59, 999)).day).toBe('2026-03-29');
    expect(bucketsOf(p, Date.UTC(2026, 2, 29, 22, 0)).day).toBe('2026-03-30');
    // 31 March 23:59:59.999 CEST is 21:59:59.999 UTC: still March; 22:00 UTC is 1 April.
    expect(bucketsOf(p, Date.UTC(2026, 2, 31, 21, 59, 59, 999)).month).toBe('2026-03');
    expect(bucketsOf(p, Date.UTC(2026, 2, 31, 22, 0)).month).toBe('2026-04');
  });

  it('Lord Howe, 4 October 2026: the clocks go forward half an hour, so the day has 23.5 hours', () => {
    // Standard time +10:30; from 02:00 on the first Sunday of October (4 October 2026) +11:00.
    // 4 October starts at 00:00 +10:30 = 13:30 UTC on the 3rd and ends at 00:00 +11:00 = 13:00 UTC on the 4th.
    const p = periodOf('2026-10', 'Australia/Lord_Howe');
    const fourth = daysOf(p)[3];
    expect(fourth?.key).toBe('2026-10-04');
    expect(fourth?.start).toBe(Date.UTC(2026, 9, 3, 13, 30));
    expect(((fourth?.end ?? 0) - (fourth?.start ?? 0)) / HOUR).toBe(23.5);
    expect(bucketsOf(p, Date.UTC(2026, 9, 4, 12, 59, 59, 999))).toEqual({
      day: '2026-10-04',
      week: '2026-W40', // Sunday 4 October closes week 40 (Monday 28 September to Sunday 4 October)
      month: '2026-10',
    });
    expect(bucketsOf(p, Date.UTC(2026, 9, 4, 13, 0))).toEqual({
      day: '2026-10-05',
      week: '2026-W41',
      month: '2026-10',
    });
    expect(dayOf(p, Date.UTC(2026, 9, 4, 12, 59, 59, 999))).toBe('2026-10-04');
    expect(dayOf(p, Date.UTC(2026, 9, 4, 13, 0))).toBe('2026-10-05');
  });

  it('Lord Howe, 5 April 2026: the clocks go back half an hour, so the day has 24.5 hours', () => {
    // 5 April starts at 00:00 +11:00 = 13:00 UTC on the 4th; 6 April at 00:00 +10:30 = 13:30 UTC on the 5th.
    expect(calendarDateOf(Date.UTC(2026, 3, 4, 12, 59, 59, 999), 'Australia/Lord_Howe')).toBe('2026-04-04');
    expect(calendarDateOf(Date.UTC(2026, 3, 4, 13, 0), 'Australia/Lord_Howe')).toBe('2026-04-05');
    expect(calendarDateOf(Date.UTC(2026, 3, 5, 13, 29, 59, 999), 'Australia/Lord_Howe')).toBe('2026-04-05');
    expect(calendarDateOf(Date.UTC(2026, 3, 5, 13, 30), 'Australia/Lord_Howe')).toBe('2026-04-06');
    const april = periodOf('2026-04', 'Australia/Lord_Howe');
    const fifth = daysOf(april)[4];
    expect(((fifth?.end ?? 0) - (fifth?.start ?? 0)) / HOUR).toBe(24.5);
  });

  it('Sao Paulo, 4 November 2018: a day that starts at 01:00 (−02:00) ends 23 hours later', () => {
    // Summer time began at 00:00 → 01:00, so 4 November starts at 01:00 −02:00 = 03:00 UTC and
    // 5 November at 00:00 −02:00 = 02:00 UTC on the 5th.
    const p = periodOf('2018-11', 'America/Sao_Paulo');
    expect(daysOf(p)[3]?.start).toBe(Date.UTC(2018, 10, 4, 3, 0));
    expect(bucketsOf(p, Date.UTC(2018, 10, 5, 1, 59, 59, 999))).toEqual({
      day: '2018-11-04',
      week: '2018-W44', // Sunday 4 November closes week 44
      month: '2018-11',
    });
    expect(bucketsOf(p, Date.UTC(2018, 10, 5, 2, 0))).toEqual({
      day: '2018-11-05',
      week: '2018-W45',
      month: '2018-11',
    });
    // Since 2019 Brazil keeps −03:00 all year: midnight on 1 November 2026 is 03:00 UTC.
    expect(calendarDateOf(Date.UTC(2026, 10, 1, 2, 59, 59, 999), 'America/Sao_Paulo')).toBe('2026-10-31');
    expect(calendarDateOf(Date.UTC(2026, 10, 1, 3, 0), 'America/Sao_Paulo')).toBe('2026-11-01');
  });

  it('Kolkata (+05:30, no DST): 1 November starts at 18:30 UTC on 31 October', () => {
    const p = period({ from: '2026-10-01', to: '2026-11-30', timeZone: 'Asia/Kolkata' });
    expect(bucketsOf(p, Date.UTC(2026, 9, 31, 18, 29, 59, 999)).month).toBe('2026-10');
    expect(bucketsOf(p, Date.UTC(2026, 9, 31, 18, 30))).toEqual({
      day: '2026-11-01',
      week: '2026-W44',
      month: '2026-11',
    });
    expect(bucketsOf(p, p.start - 1)).toEqual({ day: null, week: null, month: null });
    expect(bucketsOf(p, p.end)).toEqual({ day: null, week: null, month: null });
  });

  it.each([
    ['Europe/Berlin', '2026-01-01', '2026-12-31'],
    ['Australia/Lord_Howe', '2026-01-01', '2026-12-31'],
    ['America/Sao_Paulo', '2018-01-01', '2019-03-31'],
    ['Asia/Kolkata', '2026-09-01', '2026-12-31'],
  ])('%s: every 7.5 minutes from %s to %s, the indexers agree with calendarDateOf', (zone, from, to) => {
    const p = period({ from, to, timeZone: zone });
    const days = daysOf(p);
    const weeks = isoWeeksOf(p);
    const months = monthsOf(p);
    const [day, week, month] = [dayIndexer(p), isoWeekIndexer(p), monthIndexer(p)];
    let checked = 0;
    for (let t = p.start; t < p.end; t += 7.5 * MIN) {
      const date = calendarDateOf(t, zone);
      const w = weeks[week(t)] as (typeof weeks)[number];
      const m = months[month(t)] as (typeof months)[number];
      if (days[day(t)]?.key !== date || date < w.from || date > w.to || date < m.from || date > m.to) {
        throw new Error(
          `${zone} ${new Date(t).toISOString()}: ${date} vs ${days[day(t)]?.key} ${w.key} ${m.key}`,
        );
      }
      checked++;
    }
    expect(checked).toBe((p.end - p.start) / (7.5 * MIN)); // every step was checked
  });

  it('a zone whose offset had seconds (Kolkata, +5:21:10 in 1901) still buckets by its own midnights', () => {
    // Midnight at +5:21:10 is 18:38:50 UTC the day before, not on a UTC quarter-hour; the table counts
    // quarter-hours from the period's start, so it still serves (every day starts a whole number of
    // them after the first). 2 January 1901 was a Wednesday of ISO week 1901-W01.
    const p = periodOf('1901-01', 'Asia/Kolkata');
    expect(daysOf(p)[1]?.start).toBe(Date.UTC(1901, 0, 1, 18, 38, 50));
    expect(bucketsOf(p, Date.UTC(1901, 0, 1, 18, 38, 49, 999)).day).toBe('1901-01-01');
    expect(bucketsOf(p, Date.UTC(1901, 0, 1, 18, 38, 50))).toEqual({
      day: '1901-01-02',
      week: '1901-W01',
      month: '1901-01',
    });
    expect(bucketsOf(p, p.end)).toEqual({ day: null, week: null, month: null });
  });

  it('a change of offset off the quarter-hours (Kolkata, +5:21:10 to +5:30 on 1 January 1906) is searched', () => {
    // 31 December 1905 starts at 18:38:50 UTC the day before; 1 January 1906, at +5:30, at 18:30 UTC
    // on 31 December: 191.41 quarter-hours after the period's start, so no table of quarter-hours
    // can say which day the 11 minutes before it belong to.
    const p = period({ from: '1905-12-30', to: '1906-01-02', timeZone: 'Asia/Kolkata' });
    expect(daysOf(p)[2]?.start).toBe(Date.UTC(1905, 11, 31, 18, 30));
    expect(bucketsOf(p, Date.UTC(1905, 11, 31, 18, 29, 59, 999))).toEqual({
      day: '1905-12-31',
      week: '1905-W52',
      month: '1905-12',
    });
    expect(bucketsOf(p, Date.UTC(1905, 11, 31, 18, 30))).toEqual({
      day: '1906-01-01',
      week: '1906-W01', // a Monday (1900-01-01 was one, and 1900–1905 are 6 × 365 + 1 days: 313 weeks)
      month: '1906-01',
    });
    expect(bucketsOf(p, p.start)).toEqual({ day: '1905-12-30', week: '1905-W52', month: '1905-12' });
    // Outside the period the search gives -1 itself, not a day before the first or a slice of none:
    // the four days are two ISO weeks (1905-W52, 1906-W01) and two months.
    const at = (t: number) => [dayIndexer(p)(t), isoWeekIndexer(p)(t), monthIndexer(p)(t)];
    expect(at(p.start - 2 * 24 * HOUR)).toEqual([-1, -1, -1]);
    expect(at(p.start - 1)).toEqual([-1, -1, -1]);
    expect(at(p.end - 1)).toEqual([3, 1, 1]);
    expect(at(p.end)).toEqual([-1, -1, -1]);
  });

  it('a period of 31 years (too many quarter-hours for a table) is searched, with the same answers', () => {
    const p = period({ from: '2000-01-01', to: '2030-12-31', timeZone: 'Europe/Berlin' });
    const indexOf = dayIndexer(p);
    // 1 July 2030, 00:30 CEST = 22:30 UTC on 30 June. 1 January 2030 is day 10 958 (30 years of 365
    // days and 8 leap days: 2000, 2004, …, 2028); 1 July is 31+28+31+30+31+30 = 181 days later.
    expect(daysOf(p)[indexOf(Date.UTC(2030, 5, 30, 22, 30))]?.key).toBe('2030-07-01');
    expect(indexOf(Date.UTC(2030, 5, 30, 22, 30))).toBe(10_958 + 181);
    // Its first instant, 22:00 UTC: an hour short of 181 days of 24 hours after the start (23:00 UTC
    // in winter), so the guess is the day before and one step forward finds it.
    expect(indexOf(Date.UTC(2030, 5, 30, 22))).toBe(10_958 + 181);
    expect(indexOf(Date.UTC(2030, 5, 30, 22) - 1)).toBe(10_958 + 180);
    expect(indexOf(p.start)).toBe(0);
    expect(indexOf(p.start - 1)).toBe(-1);
  });
});

describe('the searched indexers (periods too long for a table) across DST', () => {
  // 1 July 2000 to 31 December 2031 in Berlin: 1.1 million quarter-hours, more than the table's 2^20,
  // so the day is found from a 24-hour guess. The period starts in summer time (22:00 UTC) and ends
  // in winter time (23:00 UTC), so it is 1 hour longer than its days × 24 h.
  const p = period({ from: '2000-07-01', to: '2031-12-31', timeZone: 'Europe/Berlin' });

  it('the last hour of a day after summer time ends is guessed one day late and stepped back', () => {
    // 1 November 2000, 23:30 CET = 22:30 UTC: 124 days and 30 minutes after the start, but day 124
    // (2 November, 123 = 31 + 31 + 30 + 31 days after 1 July) begins only at 23:00 UTC.
    const t = Date.UTC(2000, 10, 1, 22, 30);
    expect(dayIndexer(p)(t)).toBe(123);
    expect(bucketsOf(p, t)).toEqual({ day: '2000-11-01', week: '2000-W44', month: '2000-11' });
  });

  it('the last hour of the period lies past its days × 24 h and is clamped to the last day', () => {
    // 31 December 2031, 23:59:59.999 CET. 2031-12-31 is a Wednesday, in ISO week 2032-W01 (the
    // week of Thursday 1 January 2032).
    const t = p.end - 1;
    const days = daysOf(p).length;
    expect(dayIndexer(p)(t)).toBe(days - 1);
    expect(bucketsOf(p, t)).toEqual({ day: '2031-12-31', week: '2032-W01', month: '2031-12' });
    expect(bucketsOf(p, p.end)).toEqual({ day: null, week: null, month: null });
  });
});
