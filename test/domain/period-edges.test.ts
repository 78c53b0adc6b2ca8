// The edges of period labels, week keys and work calendars: each bound on both sides, and the message
// a caller sees for each refusal.
import { describe, expect, it } from 'vitest';
import {
  assertWorkCalendar,
  daysOf,
  daysOfLabel,
  isoWeekKeyOf,
  isWithin,
  type Period,
  period,
  weekdayOf,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('daysOfLabel at its edges', () => {
  it('gives each quarter its three months', () => {
    expect(daysOfLabel('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(daysOfLabel('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(daysOfLabel('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('takes the years 1900 and 2199 and refuses 1899 and 2200, saying why', () => {
    expect(daysOfLabel('1900')).toEqual({ from: '1900-01-01', to: '1900-12-31' });
    expect(daysOfLabel('2199-12')).toEqual({ from: '2199-12-01', to: '2199-12-31' });
    for (const label of ['1899', '2200-01']) {
      expect(errorOf(() => daysOfLabel(label)).message).toBe(
        `period: expected a year between 1900 and 2199, got "${label}"`,
      );
    }
  });

  it('takes ISO week 01 and the last week of the year, and names the range of weeks it refuses', () => {
    // 2026 starts on a Thursday, so its week 1 starts on Monday 29 December 2025.
    expect(daysOfLabel('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(errorOf(() => daysOfLabel('2027-W53', 'options.period')).message).toBe(
      'options.period: expected an ISO week from 01 to 52 of 2027, got "2027-W53"',
    );
    expect(errorOf(() => daysOfLabel('2026-W00')).message).toBe(
      'period: expected an ISO week from 01 to 53 of 2026, got "2026-W00"',
    );
  });

  it('refuses month 00 and month 13 as labels', () => {
    for (const label of ['2026-00', '2026-13', '2026-00-10']) {
      expect(errorOf(() => daysOfLabel(label)).message).toBe(
        `period: expected a period label: YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD, got "${label}"`,
      );
    }
  });
});

describe('instants and days of a period', () => {
  it('isWithin is false a millisecond before the start', () => {
    const p = period({ from: '2026-10-01', to: '2026-10-31', timeZone: 'Europe/Berlin' });
    expect(isWithin(p, p.start - 1)).toBe(false);
    expect(isWithin(p, p.start)).toBe(true);
  });

  it('writes weeks 1–9 with a leading zero and week 10 without', () => {
    expect(isoWeekKeyOf('2026-03-01')).toBe('2026-W09');
    expect(isoWeekKeyOf('2026-03-02')).toBe('2026-W10');
  });

  it('names the field of a day that is not a calendar date', () => {
    expect(errorOf(() => isoWeekKeyOf('2026-3-2')).path).toBe('date');
    expect(errorOf(() => weekdayOf('2026-13-01')).path).toBe('date');
    // A Period built by hand, not by period(): its days are checked when they are listed.
    const forged = { ...period({ from: '2026-10-01', to: '2026-10-02' }) };
    expect(errorOf(() => daysOf({ ...forged, from: '2026-10-32' } as Period)).path).toBe('period.from');
    expect(errorOf(() => daysOf({ ...forged, to: 'soon' } as Period)).path).toBe('period.to');
  });
});

describe('assertWorkCalendar', () => {
  it('refuses a calendar that is not an object, with what it should be', () => {
    for (const [value, shown] of [
      [null, 'null'],
      ['Mon-Fri', '"Mon-Fri"'],
    ] as const) {
      expect(errorOf(() => assertWorkCalendar(value as never)).message).toBe(
        `calendar: expected a work calendar { weekendDays, holidays }, got ${shown}`,
      );
    }
  });

  it('names the list or the entry that is wrong', () => {
    expect(errorOf(() => assertWorkCalendar({ weekendDays: 6, holidays: [] } as never)).message).toBe(
      'calendar.weekendDays: expected an array of weekday numbers 0–6, got 6',
    );
    for (const [day, shown] of [
      [-1, '-1'],
      [7, '7'],
      [1.5, '1.5'],
    ] as const) {
      expect(errorOf(() => assertWorkCalendar({ weekendDays: [0, day], holidays: [] }, 'c')).message).toBe(
        `c.weekendDays[1]: expected a weekday number 0 (Sunday) to 6 (Saturday), got ${shown}`,
      );
    }
    expect(
      errorOf(() => assertWorkCalendar({ weekendDays: [0, 6], holidays: '2026-12-25' } as never)).message,
    ).toBe('calendar.holidays: expected an array of YYYY-MM-DD dates, got "2026-12-25"');
    expect(assertWorkCalendar({ weekendDays: [0, 6], holidays: [] }).weekendDays).toEqual([0, 6]);
  });
});
