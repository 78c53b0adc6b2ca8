// The edges of event participation and of the meeting/call alternation that the mutation run found
// untested (docs/testing.md): February's 28 days as one month and as the minimum sample, event deals
// closed and created at the first instants of October and November, weekend calls kept out of the
// usual mix, a day exactly at the focus threshold and the threshold's own bounds, a customer added at
// an event (not one a day of calls grew), and the texts.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  dayFocus,
  type EventParticipationRecord,
  eventParticipation,
  eventParticipationAggregator,
  type InteractionInput,
  measure,
  meetingCallAlternation,
  meetingCallAlternationAggregator,
  normalizeInteraction,
  periodOf,
} from '../../../src/index.js';
import { deal, errorOf } from '../../helpers.js';

const october = periodOf('2026-10');
const contact = (
  id: string,
  kind: InteractionInput['kind'],
  at: string,
  more: Partial<InteractionInput> = {},
) => normalizeInteraction({ id, managerId: 'm1', customerId: `c-${id}`, kind, at, ...more });
const event = contact('e1', 'event', '2026-02-10', { customerId: undefined, contactsMet: 12 });

describe('event participation at its edges', () => {
  it('February’s 28 days are one month, and exactly the 28 days a monthly rate needs', () => {
    const e = eventParticipation({ interactions: [event] }, { period: periodOf('2026-02'), profile: b2b });
    expect(e.details.perMonth).toEqual([
      { month: '2026-02', days: 28, daysInMonth: 28, events: 1, contactsMet: 12 },
    ]);
    expect([e.details.months, e.value, e.rating]).toEqual([1, 1, 'good']);
  });

  it('an event deal closed at the first instant of October counts; one closed at the first instant of November does not', () => {
    const first = deal({ id: 'd1', source: 'event', stage: 'won', closedAt: '2026-10-01T00:00:00Z' });
    const next = deal({ id: 'd2', source: 'event', stage: 'lost', closedAt: '2026-11-01T00:00:00Z' });
    const records: EventParticipationRecord[] = [first, next].map((record) => ({ type: 'deal', record }));
    const m = measure(eventParticipationAggregator({ period: october }), records);
    expect([m.eventDealsWon, m.eventDealsLost, m.eventDealWinRate]).toEqual([1, 0, 1]);
  });

  it('a deal created at the first instant of October is new in October; one created at the first instant of November is not', () => {
    const first = deal({ id: 'd1', source: 'event', stage: 'prospect', createdAt: '2026-10-01T00:00:00Z' });
    const next = deal({ id: 'd2', source: 'event', stage: 'prospect', createdAt: '2026-11-01T00:00:00Z' });
    const records: EventParticipationRecord[] = [first, next].map((record) => ({ type: 'deal', record }));
    const m = measure(eventParticipationAggregator({ period: october }), records);
    expect([m.newDeals, m.eventDeals]).toEqual([1, 1]);
  });

  it('says when events do not count, when the period is too short, and leaves out a share of no new deals', () => {
    expect(errorOf(() => eventParticipation(5 as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { interactions, deals }, got 5',
    );
    const oct = contact('e2', 'event', '2026-10-07', { customerId: undefined, contactsMet: 3 });
    const e = eventParticipation({ interactions: [oct] }, { period: october, profile: b2c });
    expect(e.warnings).toEqual([
      {
        code: 'sales.eventParticipation.switched-off',
        message:
          'The profile b2c gives events weight 0: they are measured but do not count in an overall score.',
        inputs: { profile: 'b2c' },
      },
    ]);
    expect(e.explanation.message).toBe(
      '1 events in 1 months (1 a month), 3 contacts met; 0 of 0 new deals came from events: good.',
    );
    expect(
      eventParticipation({ interactions: [oct] }, { period: periodOf('2026-W41'), profile: b2b }).explanation,
    ).toEqual({
      code: 'sales.eventParticipation.period-too-short',
      message: 'The period has 7 days; events per month need at least 28.',
      inputs: { periodDays: 7, minimumDays: 28, events: 1 },
    });
  });
});

describe('meeting/call alternation at its edges', () => {
  const week = periodOf('2026-W41'); // Monday 5 … Sunday 11 October 2026

  it('a weekend’s calls are not part of the manager’s usual mix', () => {
    // Monday: 2 calls and 2 meetings, his whole working week, so his usual mix is 1 : 1 and Monday is
    // mixed at a threshold of 2. Ten calls on Saturday would make it 12 : 2 and Monday a meeting day.
    const monday = [
      contact('c1', 'call', '2026-10-05T09:00Z'),
      contact('c2', 'call', '2026-10-05T10:00Z'),
      contact('m1', 'meeting', '2026-10-05T11:00Z'),
      contact('m2', 'meeting', '2026-10-05T14:00Z'),
    ];
    const saturday = Array.from({ length: 10 }, (_, k) => contact(`s${k}`, 'call', '2026-10-10T10:00Z'));
    const m = measure(meetingCallAlternationAggregator({ period: week }), [...monday, ...saturday]);
    expect(m.days[0]).toEqual({ date: '2026-10-05', calls: 2, meetings: 2, newCustomers: 0, focus: 'mixed' });
    expect([m.calls, m.meetings]).toEqual([12, 2]);
  });

  it('a day exactly at the threshold is a call day', () => {
    // Usually 10 calls per meeting; k = 2: 20 calls to 1 meeting is exactly 2 × 10.
    expect(dayFocus(20, 1, 1, 10, 1, 2)).toBe('call-day');
    expect(dayFocus(19, 1, 1, 10, 1, 2)).toBe('mixed');
    // And exactly at 10 ÷ 2 = 5 calls per meeting, a meeting day.
    expect(dayFocus(5, 1, 0, 10, 1, 2)).toBe('meeting-day');
  });

  it('a customer added at an event does not make a day of calls one that grew the client base', () => {
    const m = measure(meetingCallAlternationAggregator({ period: week }), [
      contact('c1', 'call', '2026-10-05T09:00Z'),
      contact('e1', 'event', '2026-10-05T18:00Z', { newCustomer: true }),
    ]);
    expect(m.days[0]).toEqual({
      date: '2026-10-05',
      calls: 1,
      meetings: 0,
      newCustomers: 0,
      focus: 'calls-without-new-customers',
    });
    expect(m.newCustomerFlags).toBe(0);
  });

  it('takes any finite threshold from 0 up, and refuses the rest', () => {
    expect(
      measure(meetingCallAlternationAggregator({ period: week, focusRatioThreshold: 0 }), []).workingDays,
    ).toBe(5);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '2']) {
      expect(
        errorOf(() => meetingCallAlternationAggregator({ period: week, focusRatioThreshold: bad as number }))
          .message,
      ).toBe(
        `options.focusRatioThreshold: expected a number ≥ 0, got ${typeof bad === 'string' ? `"${bad}"` : String(bad)}`,
      );
    }
  });

  it('warns that new customers are unknown only when there was a call day to judge', () => {
    const meetingOnly = meetingCallAlternation([contact('m1', 'meeting', '2026-10-05T11:00Z')], {
      period: week,
      profile: b2b,
    });
    expect(meetingOnly.warnings.map((w) => w.code)).not.toContain(
      'sales.meetingCallAlternation.new-customer-unknown',
    );
    const callOnly = meetingCallAlternation([contact('c1', 'call', '2026-10-05T09:00Z')], {
      period: week,
      profile: b2b,
    });
    expect(
      callOnly.warnings.find((w) => w.code === 'sales.meetingCallAlternation.new-customer-unknown'),
    ).toEqual({
      code: 'sales.meetingCallAlternation.new-customer-unknown',
      message:
        'No interaction says whether it added a customer (newCustomer), so no day can count as a call day that grew the client base.',
      inputs: { callDaysWithoutNewCustomers: 1 },
    });
  });

  it('a weekend alone has no working day to judge', () => {
    const e = meetingCallAlternation([contact('c1', 'call', '2026-10-10T10:00Z')], {
      period: periodOf('2026-10-10'),
      profile: b2b,
    });
    expect(e.explanation).toEqual({
      code: 'sales.meetingCallAlternation.no-working-days',
      message: 'The period has no working days, so the organisation of working days cannot be judged.',
      inputs: { calls: 1, meetings: 0 },
    });
  });
});
