import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  dayFocus,
  defineProfile,
  type Interaction,
  type InteractionKind,
  meetingCallAlternation,
  meetingCallAlternationAggregator,
  normalizeInteraction,
  period,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

let next = 0;
/** `n` interactions of one kind on one day (UTC), the first `added` of them adding a customer. */
function many(kind: InteractionKind, day: string, n: number, added = 0, flag = added > 0): Interaction[] {
  return Array.from({ length: n }, (_, i) =>
    normalizeInteraction({
      id: `i${next++}`,
      managerId: 'm1',
      customerId: `c${i}`,
      kind,
      at: `${day}T${String(8 + (i % 10)).padStart(2, '0')}:00Z`,
      ...(flag ? { newCustomer: i < added } : {}),
    }),
  );
}

describe('meetingCallAlternation', () => {
  // Monday 5 – Sunday 18 October 2026 (UTC): two weeks, 10 working days. The working days hold 47 calls
  // and 8 meetings, 5.875 calls per meeting: a meeting day has at most 5.875 ÷ 2 = 2.94 per meeting,
  // a call day no meeting or at least 5.875 × 2 = 11.75 per meeting.
  const twoWeeks = period({ from: '2026-10-05', to: '2026-10-18', timeZone: 'UTC' });
  const list: Interaction[] = [
    ...many('call', '2026-10-05', 12, 2), // Mon: 12 calls, 2 customers added → call day
    ...many('meeting', '2026-10-06', 2), // Tue: 2 meetings …
    ...many('call', '2026-10-06', 3), //       … and 3 calls: 1.5 per meeting ≤ 2.94 → meeting day
    ...many('call', '2026-10-07', 10, 1), // Wed: 10 calls, 1 customer added → call day
    ...many('meeting', '2026-10-08', 1), // Thu: 1 meeting …
    ...many('call', '2026-10-08', 3), //       … and 3 calls: between 5.875 ÷ 2 and 5.875 × 2 → mixed
    ...many('call', '2026-10-09', 5, 0, true), // Fri: 5 calls, none added a customer
    ...many('meeting', '2026-10-10', 1), // Sat: a meeting on a day off
    ...many('email', '2026-10-12', 2), // Mon: emails only → idle
    ...many('meeting', '2026-10-13', 2), // Tue: 2 meetings, no calls → meeting day
    ...many('call', '2026-10-14', 8, 1), // Wed: 8 calls, 1 customer added → call day
    ...many('meeting', '2026-10-15', 3), // Thu: 3 meetings …
    ...many('call', '2026-10-15', 6), //       … and 6 calls: 2 per meeting ≤ 2.94 → meeting day
    // Fri 16: nothing → idle
    ...many('call', '2026-10-19', 4), // the Monday after: outside the period
    normalizeInteraction({
      id: 'm2-call',
      managerId: 'm2',
      customerId: 'x',
      kind: 'call',
      at: '2026-10-16T10:00Z',
    }),
    normalizeInteraction({ id: 'fair', managerId: 'm1', kind: 'event', at: '2026-10-16T10:00Z' }),
  ];

  it('a B2B manager who mostly alternates call days and meeting days is rated good', () => {
    const e = meetingCallAlternation(list, { period: twoWeeks, profile: b2b, managerId: 'm1' });
    const d = e.details;
    expect(d.workingDays).toBe(10);
    expect([d.callDays, d.meetingDays, d.mixedDays, d.callDaysWithoutNewCustomers, d.idleDays]).toEqual([
      3, 3, 1, 1, 2,
    ]);
    expect(e.value).toBe(0.6); // (3 call days + 3 meeting days) / 10
    expect(e.rating).toBe('good'); // 0.5 ≤ 0.6 < 0.75
    expect(e.score).toBe(68); // 60 + (0.6 − 0.5) / (0.75 − 0.5) × 20
    expect(e.explanation.code).toBe('sales.meetingCallAlternation.rated');
    expect(d.idleDayShare).toBe(0.2); // 2 / 10: at the warning line, not above it
    expect(d.calls).toBe(47); // 12 + 3 + 10 + 3 + 5 + 8 + 6
    expect(d.meetings).toBe(9); // 2 + 1 + 1 (Saturday) + 2 + 3
    expect(d.callsPerWorkingDay).toBe(4.7);
    expect(d.meetingsPerWorkingDay).toBe(0.9);
    expect(d.activityOnNonWorkingDays).toBe(1);
    expect(d.outsidePeriod).toBe(4);
    expect(d.newCustomerFlags).toBe(35); // the calls of Mon 5, Wed 7, Fri 9 and Wed 14 say whether they added a customer: 12 + 10 + 5 + 8
    expect(d.meetingsPerCall).toBeCloseTo(9 / 47, 12);
    // 9 / 47 = 0.1915 lies in B2B's excellent ratio range [0.05, 0.2], above its best 0.1:
    // 80 + (0.2 − 0.1915) / (0.2 − 0.1) × 20 = 81.7.
    expect(d.ratioRating).toEqual({ rating: 'excellent', score: 81.7 });
    expect(e.warnings).toEqual([]);
    expect(d.days.map((x) => x.focus)).toEqual([
      'call-day',
      'meeting-day',
      'call-day',
      'mixed',
      'calls-without-new-customers',
      'idle',
      'meeting-day',
      'call-day',
      'meeting-day',
      'idle',
    ]);
    expect(d.days[1]).toEqual({
      date: '2026-10-06',
      calls: 3,
      meetings: 2,
      newCustomers: 0,
      focus: 'meeting-day',
    });
  });

  it('passes the aggregator laws', () => {
    checkAggregatorLaws(
      meetingCallAlternationAggregator({ period: twoWeeks, managerId: 'm1', focusRatioThreshold: 3 }),
      list,
    );
    // Without a threshold the aggregator takes 2.
    checkAggregatorLaws(meetingCallAlternationAggregator({ period: twoWeeks }), list);
  });

  it('a holiday is not a working day, so an idle holiday does not count against the manager', () => {
    const calendar = { weekendDays: [0, 6], holidays: ['2026-10-16'] };
    const e = meetingCallAlternation(list, { period: twoWeeks, profile: b2b, managerId: 'm1', calendar });
    expect(e.details.workingDays).toBe(9);
    expect(e.value).toBeCloseTo(6 / 9, 12);
  });

  it("a day is judged against the manager's own mix: with k = 3 Thursday the 15th becomes mixed", () => {
    // Working days hold 47 calls and 8 meetings (the Saturday meeting is not a working day): 5.875 per meeting.
    expect(dayFocus(3, 2, 0, 47, 8, 2)).toBe('meeting-day'); // 1.5 ≤ 5.875 ÷ 2 = 2.94
    expect(dayFocus(3, 1, 0, 47, 8, 2)).toBe('mixed'); // 2.94 < 3 < 5.875 × 2 = 11.75
    expect(dayFocus(12, 1, 1, 47, 8, 2)).toBe('call-day'); // 12 ≥ 11.75: a meeting on a calling day
    expect(dayFocus(12, 1, 0, 47, 8, 2)).toBe('calls-without-new-customers');
    expect(dayFocus(0, 0, 5, 47, 8, 2)).toBe('idle'); // customers added by email only: neither calls nor meetings
    expect(dayFocus(6, 3, 0, 47, 8, 3)).toBe('mixed'); // 2 > 5.875 ÷ 3 = 1.96
    expect(dayFocus(0, 1, 0, 0, 8, 2)).toBe('meeting-day'); // a manager who never calls: every meeting day is one
    const k3 = meetingCallAlternation(list, {
      period: twoWeeks,
      profile: b2c,
      managerId: 'm1',
      focusRatioThreshold: 3,
    });
    // Meeting days: Tue 6 (1.5 ≤ 1.96) and Tue 13 (no calls); Thu 8 (3) and Thu 15 (2) are mixed.
    expect([k3.details.meetingDays, k3.details.mixedDays]).toEqual([2, 2]);
    expect(k3.details.focusRatioThreshold).toBe(3);
    expect(k3.value).toBe(0.5); // (3 + 2) / 10
    expect(k3.rating).toBe('good');
    // 9 / 47 = 0.19 meetings per call: inside B2C's fair range [0.1, 10] but below its good range's 0.25.
    expect(k3.details.ratioRating?.rating).toBe('fair');
    expect(k3.warnings.map((w) => w.code)).toEqual(['sales.meetingCallAlternation.ratio-out-of-band']);
  });

  it('a week of one calling day and four idle days is poor, with warnings', () => {
    const week = periodOf('2026-W41');
    const calls = many('call', '2026-10-05', 20, 0, false); // no newCustomer data at all
    const e = meetingCallAlternation(calls, { period: week, profile: b2b });
    expect(e.value).toBe(0); // the only active day is calls without customers added: not a call day
    expect(e.rating).toBe('poor');
    expect(e.details.ratioRating).toEqual({ rating: 'poor', score: 0 }); // 0 meetings per call
    expect(e.warnings.map((w) => w.code)).toEqual([
      'sales.meetingCallAlternation.idle-days', // 4 of 5 idle > 0.2
      'sales.meetingCallAlternation.ratio-out-of-band',
      'sales.meetingCallAlternation.new-customer-unknown',
    ]);
  });

  it('no working days or too few give insufficient-data', () => {
    const weekend = period({ from: '2026-10-10', to: '2026-10-11', timeZone: 'UTC' });
    const none = meetingCallAlternation(list, { period: weekend, profile: b2b, managerId: 'm1' });
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('sales.meetingCallAlternation.no-working-days');
    expect(none.details.ratioRating).toBeNull(); // no calls on that weekend
    const three = period({ from: '2026-10-05', to: '2026-10-07', timeZone: 'UTC' });
    const few = meetingCallAlternation(list, { period: three, profile: b2b, managerId: 'm1' });
    expect(few.explanation.code).toBe('sales.meetingCallAlternation.insufficient-sample'); // 3 < 5 working days
  });

  it('the profile settings follow the validation rules of their names', () => {
    const custom = defineProfile(b2b, {
      criteria: {
        'sales.meetingCallAlternation': { focusRatioThreshold: 1.5, ratioBand: { best: 0.15 } },
      },
    });
    expect(custom.criteria['sales.meetingCallAlternation'].ratioBand.best).toBe(0.15);
    // Tue 6 (3 calls, 2 meetings) stays a meeting day; Thu 8 (3 calls, 1 meeting): 3 ≤ 5.875 ÷ 1.5 = 3.92, now a meeting day too.
    expect(meetingCallAlternation(list, { period: twoWeeks, profile: custom, managerId: 'm1' }).value).toBe(
      0.7,
    );
    const bad = (o: object) =>
      failure(() => defineProfile(b2b, { criteria: { 'sales.meetingCallAlternation': o } }));
    expect(bad({ idleDayWarningShare: 1.5 })).toBe(
      'invalid-profile at overrides.criteria["sales.meetingCallAlternation"].idleDayWarningShare',
    );
    expect(bad({ focusRatioThreshold: -1 })).toBe(
      'invalid-profile at overrides.criteria["sales.meetingCallAlternation"].focusRatioThreshold',
    );
    expect(bad({ ratioBand: { best: 0.5 } })).toMatch(/^invalid-profile at .*ratioBand/); // outside [0.05, 0.2]
  });

  it('rejects bad options with the option path', () => {
    const bad = (o: unknown) =>
      failure(() =>
        meetingCallAlternationAggregator(o as Parameters<typeof meetingCallAlternationAggregator>[0]),
      );
    expect(bad({ period: '2026-10' })).toBe('invalid-option at options.period');
    expect(bad({ period: twoWeeks, managerId: 17 })).toBe('invalid-option at options.managerId');
    expect(bad({ period: twoWeeks, calendar: { weekendDays: [9], holidays: [] } })).toMatch(
      / at options\.calendar/,
    );
    expect(bad({ period: twoWeeks, focusRatioThreshold: -1 })).toBe(
      'invalid-option at options.focusRatioThreshold',
    );
  });
});
