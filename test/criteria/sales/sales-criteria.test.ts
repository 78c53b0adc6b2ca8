// The seven sales criteria in one call, on a small October (2026, UTC, 22 working days) worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  decisionMakerReach,
  defineProfile,
  ErrorCodes,
  eventParticipation,
  meetingCallAlternation,
  meetingRate,
  normalizeDeals,
  normalizeInteractions,
  normalizeSalesPlans,
  opportunityFunnel,
  periodOf,
  planAttainment,
  referrals,
  salesCriteria,
} from '../../../src/index.js';
import { errorOf, failure } from '../../helpers.js';

// B2B bands, with a minimum sample of 1 where B2B asks for more won customers or prospects than a
// one-week story holds. The funnel judges October's own prospects (cohortMaturityDays 0): B2B's default
// 90 days would move the cohort window to 3 July – 2 August, where this story has no deal.
const profile = defineProfile(b2b, {
  id: 'b2b-small',
  criteria: {
    'sales.referrals': { minimumSample: 1 },
    'sales.decisionMakerReach': { minimumSample: 1 },
    'sales.opportunityFunnel': { minimumSample: 1, cohortMaturityDays: 0 },
  },
});
const october = periodOf('2026-10');

// Monday 5 October: two calls that each add a customer (a call day). Tuesday 6: two meetings (a
// meeting day), c1 with the decision maker, c3 with a user. Wednesday 7: an exhibition, 12 contacts met.
// 20 October: an email asking c1 for referrals, who gives two. m2's meeting must not count for m1.
const interactions = normalizeInteractions([
  { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-05T09:00Z', newCustomer: true },
  { id: 'i2', managerId: 'm1', customerId: 'c2', kind: 'call', at: '2026-10-05T10:00Z', newCustomer: true },
  {
    id: 'i3',
    managerId: 'm1',
    customerId: 'c1',
    kind: 'meeting',
    at: '2026-10-06T10:00Z',
    contactRole: 'decision-maker',
  },
  {
    id: 'i4',
    managerId: 'm1',
    customerId: 'c3',
    kind: 'meeting',
    at: '2026-10-06T14:00Z',
    contactRole: 'user',
  },
  { id: 'i5', managerId: 'm1', kind: 'event', at: '2026-10-07', eventType: 'exhibition', contactsMet: 12 },
  {
    id: 'i6',
    managerId: 'm1',
    customerId: 'c1',
    kind: 'email',
    at: '2026-10-20T09:00Z',
    referralAsked: true,
    referralsReceived: 2,
  },
  { id: 'x1', managerId: 'm2', customerId: 'c9', kind: 'meeting', at: '2026-10-06T11:00Z' },
]);
// D-1: from the exhibition, won for 30 000 EUR on 20 October; D-2: a prospect of c3 (10 000 EUR).
const deals = normalizeDeals([
  {
    id: 'D-1',
    managerId: 'm1',
    customerId: 'c1',
    source: 'event',
    stage: 'won',
    amount: '30000',
    currency: 'EUR',
    createdAt: '2026-10-07',
    closedAt: '2026-10-20',
  },
  {
    id: 'D-2',
    managerId: 'm1',
    customerId: 'c3',
    source: 'inbound',
    stage: 'prospect',
    amount: '10000',
    currency: 'EUR',
    createdAt: '2026-10-08',
  },
  {
    id: 'X-1',
    managerId: 'm2',
    customerId: 'c9',
    source: 'inbound',
    stage: 'won',
    amount: '5000',
    currency: 'EUR',
    createdAt: '2026-10-02',
    closedAt: '2026-10-09',
  },
]);
const plans = normalizeSalesPlans([
  { managerId: 'm1', period: '2026-10', amount: '25000', currency: 'EUR' },
  { managerId: 'm2', period: '2026-10', amount: '99000', currency: 'EUR' },
]);
const options = { period: october, profile, managerId: 'm1' };

describe('salesCriteria', () => {
  const all = salesCriteria({ interactions, deals, plans }, options);

  it('returns the seven evaluations, keyed by criterion id', () => {
    expect(Object.keys(all)).toEqual([
      'sales.eventParticipation',
      'sales.meetingCallAlternation',
      'sales.referrals',
      'sales.meetingRate',
      'sales.decisionMakerReach',
      'sales.planAttainment',
      'sales.opportunityFunnel',
    ]);
    for (const [id, e] of Object.entries(all)) expect(e.criterion).toBe(id);
  });

  it("judges m1's week by hand", () => {
    const v = (id: keyof typeof all) => [all[id].value, all[id].score, all[id].rating];
    // 1 event in 1 month = good edge: 60. D-1 of the 2 new deals came from the event: share 0.5.
    expect(v('sales.eventParticipation')).toEqual([1, 60, 'good']);
    expect(all['sales.eventParticipation'].details.eventDealShare).toBe(0.5);
    // 5 Oct a call day, 6 Oct a meeting day, 20 idle: 2 ÷ 22 = 0.0909 below fair 0.25 (40):
    // 0.0909 ÷ 0.25 × 40 = 14.5, poor.
    expect(all['sales.meetingCallAlternation'].value).toBeCloseTo(2 / 22, 10);
    expect(all['sales.meetingCallAlternation'].score).toBeCloseTo(14.5, 1);
    // Won customer c1, asked: 1 ÷ 1 = 1 = best: 100; 2 referrals per won customer.
    expect(v('sales.referrals')).toEqual([1, 100, 'excellent']);
    expect(all['sales.referrals'].details.referralsPerWonCustomer).toBe(2);
    // 2 meetings ÷ 22 working days = 0.0909 below fair 0.5 (40): 0.0909 ÷ 0.5 × 40 = 7.3, poor.
    expect(all['sales.meetingRate'].value).toBeCloseTo(2 / 22, 10);
    expect(all['sales.meetingRate'].score).toBeCloseTo(7.3, 1);
    // Prospects met c1, c3; c1 signed: 1 ÷ 2 = 0.5 ≥ best 0.3: 100. 1 of 2 meetings had a decision maker.
    expect(v('sales.decisionMakerReach')).toEqual([0.5, 100, 'excellent']);
    expect(all['sales.decisionMakerReach'].details.decisionMakerShare).toBe(0.5);
    // 30 000 ÷ 25 000 = 1.2, between excellent 1.1 (80) and best 1.3 (100): 80 + 0.1 ÷ 0.2 × 20 = 90.
    expect(v('sales.planAttainment')).toEqual([1.2, 90, 'excellent']);
    // Cohort D-1, D-2; D-1 won: 1 ÷ 2 = 0.5 ≥ best 0.3: 100.
    expect(v('sales.opportunityFunnel')).toEqual([0.5, 100, 'excellent']);
  });

  it('gives the same evaluations as the seven convenience functions one by one', () => {
    const one = { interactions, deals };
    expect(all).toEqual({
      'sales.eventParticipation': eventParticipation(one, options),
      'sales.meetingCallAlternation': meetingCallAlternation(interactions, options),
      'sales.referrals': referrals(one, options),
      'sales.meetingRate': meetingRate(interactions, options),
      'sales.decisionMakerReach': decisionMakerReach(one, options),
      'sales.planAttainment': planAttainment({ deals, plans }, options),
      'sales.opportunityFunnel': opportunityFunnel({ deals, plans }, options),
    });
  });

  it('reads generators once, and without plans the plan is insufficient data', () => {
    let reads = 0;
    function* once<T>(list: readonly T[]) {
      reads++;
      yield* list;
    }
    const fromStreams = salesCriteria({ interactions: once(interactions), deals: once(deals) }, options);
    expect(reads).toBe(2);
    expect(fromStreams['sales.meetingRate']).toEqual(all['sales.meetingRate']);
    expect(fromStreams['sales.planAttainment'].explanation.code).toBe('sales.planAttainment.no-plan');
    const withPlans = salesCriteria({ interactions, deals, plans: once(plans) }, options);
    expect(reads).toBe(3);
    expect(withPlans).toEqual(all);
  });

  it('without managerId every record given counts: m2 meets c9 too', () => {
    const everyone = salesCriteria({ interactions, deals, plans }, { period: october, profile });
    // 3 meetings ÷ 22 working days.
    expect(everyone['sales.meetingRate'].value).toBeCloseTo(3 / 22, 10);
  });

  it('passes the calendar to the meeting rate and the alternation', () => {
    // Monday 5 October a holiday: 21 working days; 2 meetings ÷ 21; the call day no longer counts.
    const calendar = { ...profile.calendar, holidays: ['2026-10-05'] };
    const holiday = salesCriteria({ interactions, deals, plans }, { ...options, calendar });
    expect(holiday['sales.meetingRate'].value).toBeCloseTo(2 / 21, 10);
    expect(holiday['sales.meetingCallAlternation'].value).toBeCloseTo(1 / 21, 10);
  });

  it('passes asOf to the funnel and exchange rates to the plan', () => {
    // By 15 October D-1 (won 20 October) is still open: 0 of 2 signed, below fair: 0.
    const early = salesCriteria({ interactions, deals, plans }, { ...options, asOf: '2026-10-15' });
    expect(early['sales.opportunityFunnel'].value).toBe(0);
    const usd = normalizeDeals([
      {
        id: 'U-1',
        managerId: 'm1',
        customerId: 'c1',
        source: 'inbound',
        stage: 'won',
        amount: '50000',
        currency: 'USD',
        createdAt: '2026-10-01',
        closedAt: '2026-10-20',
      },
    ]);
    expect(failure(() => salesCriteria({ interactions, deals: usd, plans }, options))).toBe(
      `${ErrorCodes.CurrencyMismatch} at deals[0].currency`,
    );
    // 50 000 USD × 0.5 = 25 000 EUR of 25 000: exactly the plan.
    const converted = salesCriteria(
      { interactions, deals: usd, plans },
      { ...options, exchangeRates: { USD: '0.5' } },
    );
    expect(converted['sales.planAttainment'].value).toBe(1);
  });

  it('rejects a bad input with its path', () => {
    expect(failure(() => salesCriteria(null as never, options))).toBe(`${ErrorCodes.InvalidOption} at input`);
    expect(failure(() => salesCriteria({ interactions, deals: 3 as never }, options))).toBe(
      `${ErrorCodes.InvalidOption} at input.deals`,
    );
    expect(failure(() => salesCriteria({ interactions, deals }, { profile } as never))).toBe(
      `${ErrorCodes.InvalidOption} at options.period`,
    );
  });

  it('says what it expected of the input and of each list, and takes no string or plain object as a list', () => {
    expect(errorOf(() => salesCriteria(5 as never, options)).message).toBe(
      'input: expected { interactions, deals, plans? }, got 5',
    );
    // A string is iterable (its characters), a plain object is not: neither is a list of records.
    for (const [bad, shown] of [
      ['abc', '"abc"'],
      [{}, 'an object'],
      [null, 'null'],
    ] as const) {
      expect(errorOf(() => salesCriteria({ interactions: bad as never, deals }, options)).message).toBe(
        `input.interactions: expected an array or iterable of normalised records, got ${shown}`,
      );
    }
    expect(errorOf(() => salesCriteria({ interactions, deals, plans: 7 as never }, options)).path).toBe(
      'input.plans',
    );
  });
});
