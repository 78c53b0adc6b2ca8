// meetingRate cases that Stryker showed missing: a week without working days, a malformed period,
// the explanation's inputs, and the profile's own calendar.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  measure,
  meetingRate,
  meetingRateAggregator,
  normalizeInteraction,
  period,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const meeting = (at: string) => normalizeInteraction({ id: at, managerId: 'm1', kind: 'meeting', at });

describe('meetingRate edges', () => {
  it('a weekend alone has no working days: the rate is null for the period and for its ISO week, never Infinity', () => {
    // Saturday 10 and Sunday 11 October 2026, both in 2026-W41.
    const weekend = period({ from: '2026-10-10', to: '2026-10-11' });
    const m = measure(meetingRateAggregator({ period: weekend }), [meeting('2026-10-10T10:00')]);
    expect(m.meetingsPerWorkingDay).toBeNull();
    expect(m.perIsoWeek).toEqual([
      { week: '2026-W41', meetings: 1, workingDays: 0, meetingsPerWorkingDay: null },
    ]);
    const e = meetingRate([meeting('2026-10-10T10:00')], { period: weekend, profile: b2b });
    expect(e.explanation.inputs).toEqual({ meetings: 1 });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object without start', { from: '2026-10-01', to: '2026-10-31' }],
    ['a start that is a string', { start: '0', end: 1 }],
  ])('refuses a period that is %s', (_label, bad) => {
    expect(failure(() => meetingRateAggregator({ period: bad as never }))).toBe(
      'invalid-option at options.period',
    );
  });

  it('names its inputs: 8 meetings over 5 working days is 1.6', () => {
    // Monday 5 to Friday 9 October 2026: 5 working days; 8 meetings → 8 / 5 = 1.6.
    const week = period({ from: '2026-10-05', to: '2026-10-09' });
    const days = ['05', '05', '06', '06', '07', '08', '08', '09'];
    const e = meetingRate(
      days.map((d, i) =>
        normalizeInteraction({ id: i, managerId: 'm1', kind: 'meeting', at: `2026-10-${d}T10:00` }),
      ),
      { period: week, profile: b2b },
    );
    expect(e.explanation.inputs).toEqual({ meetings: 8, workingDays: 5, value: 1.6, rating: e.rating });
    expect(e.unit).toBe('meetings/working day');
  });

  it("counts working days with the profile's calendar when no calendar is given", () => {
    // A Friday–Saturday weekend: Sunday 4 to Thursday 8 October 2026 are 5 working days; Friday 9 is not.
    const gulf = defineProfile(b2b, { calendar: { weekendDays: [5, 6], holidays: [] } });
    const e = meetingRate([], { period: period({ from: '2026-10-04', to: '2026-10-10' }), profile: gulf });
    expect(e.details.workingDays).toBe(5);
  });
});
