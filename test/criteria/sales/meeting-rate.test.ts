import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  meetingRate,
  meetingRateAggregator,
  normalizeInteraction,
  period,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const meeting = (id: number, at: string, managerId = 'm1') =>
  normalizeInteraction({ id, managerId, kind: 'meeting', at });

describe('meetingRate', () => {
  // 2026-10-05 (Mon) .. 2026-10-09 (Fri): 5 working days.
  const week = period({ from: '2026-10-05', to: '2026-10-11', timeZone: 'UTC' });
  it('a B2B manager with 1.6 meetings a day is good', () => {
    // m1: 7 meetings Mon–Fri + 1 on Saturday = 8 meetings; m2's meeting, the call and November are skipped; 8 / 5 = 1.6
    const list = [
      meeting(1, '2026-10-05T09:00Z'),
      meeting(2, '2026-10-05T14:00Z'),
      meeting(3, '2026-10-06T10:00Z'),
      meeting(4, '2026-10-07T10:00Z'),
      meeting(5, '2026-10-07T15:00Z'),
      meeting(6, '2026-10-08T10:00Z'),
      meeting(7, '2026-10-09T10:00Z'),
      meeting(8, '2026-10-10T10:00Z'),
      meeting(9, '2026-10-09T11:00Z', 'm2'),
      normalizeInteraction({ id: 10, managerId: 'm1', kind: 'call', at: '2026-10-09T12:00Z' }),
      meeting(11, '2026-11-02T10:00Z'),
    ];
    const e = meetingRate(list, { period: week, profile: b2b, managerId: 'm1' });
    expect(e.value).toBe(1.6); // 8 / 5
    expect(e.rating).toBe('good'); // 1 ≤ 1.6 < 2
    expect(e.details.meetingsOnNonWorkingDays).toBe(1);
    expect(e.details.outsidePeriod).toBe(1);
    expect(e.explanation.code).toBe('sales.meetingRate.rated');
    // Mon 5 – Sun 11 Oct 2026 is exactly ISO week 41: 8 meetings over its 5 working days.
    expect(e.details.perIsoWeek).toEqual([
      { week: '2026-W41', meetings: 8, workingDays: 5, meetingsPerWorkingDay: 1.6 },
    ]);
    // Thu 8 – Tue 13 Oct cuts two weeks: W41 keeps Thu, Fri (working) and Sat with 1 + 1 + 1 = 3 meetings
    // on 2 working days → 3 / 2 = 1.5; W42 keeps Mon 12 and Tue 13, with no meetings → 0 / 2 = 0.
    const split = period({ from: '2026-10-08', to: '2026-10-13', timeZone: 'UTC' });
    const weeks = meetingRate(list, { period: split, profile: b2b, managerId: 'm1' }).details.perIsoWeek;
    expect(weeks).toEqual([
      { week: '2026-W41', meetings: 3, workingDays: 2, meetingsPerWorkingDay: 1.5 },
      { week: '2026-W42', meetings: 0, workingDays: 2, meetingsPerWorkingDay: 0 },
    ]);
    checkAggregatorLaws(meetingRateAggregator({ period: week, managerId: 'm1' }), list);
  });
  it('a B2C manager with 20 meetings a day is excellent', () => {
    const list = Array.from({ length: 100 }, (_, i) => meeting(i, `2026-10-0${5 + (i % 5)}T0${i % 9}:00Z`));
    const e = meetingRate(list, { period: week, profile: b2c });
    expect(e.value).toBe(20); // 100 / 5
    expect(e.rating).toBe('excellent');
  });
  it('no working days gives insufficient-data', () => {
    const weekend = period({ from: '2026-10-10', to: '2026-10-11', timeZone: 'UTC' });
    const e = meetingRate([meeting(1, '2026-10-10T10:00Z')], { period: weekend, profile: b2b });
    expect(e.rating).toBe('insufficient-data');
    expect(e.value).toBeNull();
    expect(e.explanation).toEqual({
      code: 'sales.meetingRate.no-working-days',
      message: 'The period has no working days, so meetings per day cannot be measured.',
      inputs: { meetings: 1 },
    });
  });
  it('fewer working days than the minimum sample is insufficient', () => {
    const e = meetingRate([], { period: periodOf('2026-10-05'), profile: b2b });
    expect(e.explanation.code).toBe('sales.meetingRate.insufficient-sample');
  });
  it('rejects bad options with the option path', () => {
    const bad = (o: unknown) =>
      failure(() => meetingRateAggregator(o as Parameters<typeof meetingRateAggregator>[0]));
    expect(bad({ period: '2026-10' })).toBe('invalid-option at options.period');
    expect(bad({ period: week, managerId: 17 })).toBe('invalid-option at options.managerId');
    expect(bad({ period: week, calendar: { weekendDays: [9], holidays: [] } })).toMatch(
      / at options\.calendar/,
    );
  });
});
