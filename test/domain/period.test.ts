import { describe, expect, it } from 'vitest';
import {
  countWorkingDays,
  dayIndexer,
  daysOf,
  daysOfLabel,
  isoWeekKeyOf,
  isoWeeksOf,
  isWithin,
  monthsOf,
  period,
  periodOf,
  workingDaysOf,
} from '../../src/index.js';
import { failure } from '../helpers.js';

const HOUR = 3_600_000;

describe('period', () => {
  it('spans whole days in its zone, end exclusive', () => {
    const p = period({ from: '2026-10-01', to: '2026-10-31', timeZone: 'Europe/Berlin' });
    expect(p.start).toBe(Date.UTC(2026, 8, 30, 22)); // midnight CEST
    expect(p.end).toBe(Date.UTC(2026, 9, 31, 23)); // midnight CET after the 31st
    expect(isWithin(p, p.start)).toBe(true);
    expect(isWithin(p, p.end)).toBe(false);
  });

  it('refuses a period that ends before it starts, a bad date, a bad zone', () => {
    expect(failure(() => period({ from: '2026-10-31', to: '2026-10-01' }))).toBe(
      'invalid-period at period.to',
    );
    expect(failure(() => period({ from: '2026-10-32', to: '2026-11-01' }))).toBe(
      'invalid-date at period.from',
    );
    expect(failure(() => period({ from: '2026-10-01', to: '2026-10-02', timeZone: 'Europe/Berln' }))).toBe(
      'invalid-time-zone at period.timeZone',
    );
    // A number is not a calendar date (nor a label), even one that reads like one.
    expect(failure(() => period({ from: 20261001 as never, to: '2026-10-31' }))).toBe(
      'invalid-date at period.from',
    );
    expect(failure(() => daysOfLabel(2026 as never))).toBe('invalid-period at period');
  });
});

describe('DST days count once', () => {
  it('the day summer time starts in London is one day of 23 hours', () => {
    const days = daysOf(period({ from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/London' }));
    expect(days.map((d) => d.key)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(days.map((d) => (d.end - d.start) / HOUR)).toEqual([24, 23, 24]);
  });

  it('the day summer time ends in Berlin is one day of 25 hours, and its last hour maps to it', () => {
    const p = period({ from: '2026-10-24', to: '2026-10-26', timeZone: 'Europe/Berlin' });
    const days = daysOf(p);
    expect(days.map((d) => (d.end - d.start) / HOUR)).toEqual([24, 25, 24]);
    const indexOf = dayIndexer(p);
    expect(indexOf(Date.UTC(2026, 9, 25, 22, 59))).toBe(1); // 23:59 CET on the 25th
    expect(indexOf(Date.UTC(2026, 9, 25, 23, 0))).toBe(2); // midnight, the 26th
    expect(indexOf(Date.UTC(2026, 9, 24, 0, 30))).toBe(0); // 02:30 CEST on the 24th
    expect(indexOf(p.end)).toBe(-1);
    expect(indexOf(p.start - 1)).toBe(-1);
  });

  it('Lord Howe moves its clocks by half an hour, and days still count once', () => {
    const p = period({ from: '2026-10-03', to: '2026-10-05', timeZone: 'Australia/Lord_Howe' });
    expect(daysOf(p).map((d) => (d.end - d.start) / HOUR)).toEqual([24, 23.5, 24]);
  });

  it('a day that starts at 01:00 (Sao Paulo, 2018) is still one day', () => {
    const p = period({ from: '2018-11-03', to: '2018-11-05', timeZone: 'America/Sao_Paulo' });
    const days = daysOf(p);
    expect(days).toHaveLength(3);
    expect(days.map((d) => (d.end - d.start) / HOUR)).toEqual([24, 23, 24]);
  });

  it('dayIndexer agrees with daysOf for every hour of a month with a DST change', () => {
    const p = periodOf('2026-03', 'America/New_York');
    const days = daysOf(p);
    const indexOf = dayIndexer(p);
    for (let t = p.start; t < p.end; t += HOUR / 2) {
      const i = indexOf(t);
      expect(t >= days[i]!.start && t < days[i]!.end).toBe(true);
    }
  });
});

describe('weeks, months and labels', () => {
  it('2026 has an ISO week 53, and 1 January 2027 belongs to it', () => {
    expect(isoWeekKeyOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekKeyOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKeyOf('2027-01-04')).toBe('2027-W01');
    expect(daysOfLabel('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(failure(() => daysOfLabel('2027-W53'))).toBe('invalid-period at period');
  });

  it('splits a period into ISO weeks clipped to it', () => {
    const weeks = isoWeeksOf(period({ from: '2026-12-30', to: '2027-01-06', timeZone: 'Asia/Kolkata' }));
    expect(weeks.map((w) => [w.key, w.from, w.to])).toEqual([
      ['2026-W53', '2026-12-30', '2027-01-03'],
      ['2027-W01', '2027-01-04', '2027-01-06'],
    ]);
  });

  it('splits a period into months; February of a leap year has 29 days', () => {
    const months = monthsOf(period({ from: '2028-01-15', to: '2028-03-01' }));
    expect(months.map((m) => [m.key, m.from, m.to])).toEqual([
      ['2028-01', '2028-01-15', '2028-01-31'],
      ['2028-02', '2028-02-01', '2028-02-29'],
      ['2028-03', '2028-03-01', '2028-03-01'],
    ]);
  });

  it('reads year, quarter, month and day labels', () => {
    expect(daysOfLabel('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(daysOfLabel('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(daysOfLabel('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(daysOfLabel('2026-10-28')).toEqual({ from: '2026-10-28', to: '2026-10-28' });
    expect(periodOf('2026-10', 'Europe/Berlin').to).toBe('2026-10-31');
    for (const bad of ['2026-Q5', '2026-13', '26-10', '2026-02-30', '1800', '2026-W00']) {
      expect(failure(() => daysOfLabel(bad)).split(' ')[0]).toMatch(/invalid-(period|date)/);
    }
  });
});

describe('working days', () => {
  it('October 2026 has 22 weekdays; with 3 October (a Saturday) as a holiday still 22', () => {
    const october = periodOf('2026-10');
    expect(countWorkingDays(october)).toBe(22);
    expect(countWorkingDays(october, { weekendDays: [0, 6], holidays: ['2026-10-03'] })).toBe(22);
    expect(countWorkingDays(october, { weekendDays: [0, 6], holidays: ['2026-10-26'] })).toBe(21);
  });

  it('a Friday–Saturday weekend counts other days', () => {
    const week = period({ from: '2026-10-25', to: '2026-10-31' }); // Sunday to Saturday
    expect(workingDaysOf(week, { weekendDays: [5, 6], holidays: [] }).map((d) => d.key)).toEqual([
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
    ]);
  });

  it('rejects a bad calendar with the path of the bad entry', () => {
    const october = periodOf('2026-10');
    expect(failure(() => countWorkingDays(october, { weekendDays: [7], holidays: [] }))).toBe(
      'invalid-option at calendar.weekendDays[0]',
    );
    expect(failure(() => countWorkingDays(october, { weekendDays: [0], holidays: ['2026-10-32'] }))).toBe(
      'invalid-date at calendar.holidays[0]',
    );
    expect(failure(() => countWorkingDays(october, null as never))).toBe('invalid-option at calendar');
    expect(failure(() => countWorkingDays(october, { weekendDays: 'sat' as never, holidays: [] }))).toBe(
      'invalid-option at calendar.weekendDays',
    );
    expect(failure(() => countWorkingDays(october, { weekendDays: [], holidays: '2026' as never }))).toBe(
      'invalid-option at calendar.holidays',
    );
  });
});
