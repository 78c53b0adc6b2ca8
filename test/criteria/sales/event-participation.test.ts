import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  consulting,
  type Deal,
  defineProfile,
  type EventParticipationRecord,
  eventParticipation,
  eventParticipationAggregator,
  type Interaction,
  type InteractionInput,
  normalizeDeal,
  normalizeInteraction,
  period,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const event = (id: string, at: string, more: Partial<InteractionInput> = {}, managerId = 'm1') =>
  normalizeInteraction({ id, managerId, kind: 'event', at, ...more });
const deal = (
  id: string,
  source: 'event' | 'inbound' | 'cold-call',
  stage: 'won' | 'lost' | 'prospect' | 'qualified',
  amount: string,
  currency: string,
  createdAt: string,
  closedAt?: string,
  managerId = 'm1',
) =>
  normalizeDeal({
    id,
    managerId,
    customerId: `c-${id}`,
    source,
    stage,
    amount,
    currency,
    createdAt,
    closedAt,
  });

describe('eventParticipation', () => {
  // The fourth quarter of 2026 in Berlin: October, November and December, three whole months.
  const q4 = periodOf('2026-Q4', 'Europe/Berlin');
  const interactions: Interaction[] = [
    event('e1', '2026-10-07T09:00Z', { eventType: 'exhibition', contactsMet: 30 }),
    event('e2', '2026-10-21T09:00Z', { eventType: 'conference', contactsMet: 12 }),
    event('e3', '2026-11-18T09:00Z', { eventType: 'seminar', contactsMet: 5 }),
    event('e8', '2026-11-05T09:00Z', { contactsMet: 3 }), // no event type
    event('e4', '2026-12-02T09:00Z', { eventType: 'fair' }), // no contacts recorded
    // 22:30 UTC on 31 December is 23:30 in Berlin: still in the quarter.
    event('e5', '2026-12-31T22:30Z', { eventType: 'presentation', contactsMet: 0 }),
    // 21:30 UTC on 30 September is 23:30 in Berlin (summer time): before the quarter.
    event('e6', '2026-09-30T21:30Z', { eventType: 'exhibition', contactsMet: 40 }),
    event('e7', '2026-10-14T09:00Z', { eventType: 'exhibition' }, 'm2'),
    normalizeInteraction({
      id: 'c1',
      managerId: 'm1',
      customerId: 'x',
      kind: 'meeting',
      at: '2026-10-14T09:00Z',
    }),
  ];
  const deals: Deal[] = [
    deal('d1', 'event', 'won', '3000.00', 'EUR', '2026-10-08', '2026-11-20'),
    deal('d2', 'event', 'lost', '1000', 'EUR', '2026-10-25', '2026-12-10'),
    deal('d3', 'event', 'won', '5000', 'USD', '2026-06-01', '2026-10-15'), // created before, won in the quarter
    deal('d4', 'inbound', 'prospect', '6000.00', 'EUR', '2026-11-02'),
    deal('d5', 'cold-call', 'qualified', '2000', 'USD', '2026-12-01'),
    deal('d6', 'event', 'won', '999', 'EUR', '2026-12-20', '2027-01-05'), // won after the quarter
    deal('d7', 'event', 'won', '700', 'EUR', '2026-10-02', '2026-10-30', 'm2'),
  ];

  it('a B2B manager who attends two events a month, and brings deals from them, is excellent', () => {
    const e = eventParticipation({ interactions, deals }, { period: q4, profile: b2b, managerId: 'm1' });
    // m1 attended e1, e2 (October), e3, e8 (November), e4, e5 (December) = 6 events in 3 months.
    expect(e.details.months).toBe(3); // 31/31 + 30/30 + 31/31
    expect(e.value).toBe(2); // 6 / 3
    expect(e.rating).toBe('excellent'); // b2b excellent from 2 events a month
    expect(e.score).toBe(80);
    expect(e.explanation.code).toBe('sales.eventParticipation.rated');
    expect(e.details.outsidePeriod).toBe(1); // e6
    expect(e.details.contactsMet).toBe(50); // 30 + 12 + 5 + 3 + 0 + 0
    expect(e.details.contactsPerEvent).toBeCloseTo(50 / 6, 12);
    expect(e.details.perMonth).toEqual([
      { month: '2026-10', days: 31, daysInMonth: 31, events: 2, contactsMet: 42 },
      { month: '2026-11', days: 30, daysInMonth: 30, events: 2, contactsMet: 8 },
      { month: '2026-12', days: 31, daysInMonth: 31, events: 2, contactsMet: 0 },
    ]);
    expect(e.details.byEventType).toEqual({
      exhibition: 1,
      conference: 1,
      presentation: 1,
      fair: 1,
      seminar: 1,
      other: 0,
      unspecified: 1,
    });
    // New deals created in the quarter: d1, d2, d4, d5, d6 = 5; from events: d1, d2, d6 = 3 → 3 / 5.
    expect(e.details.newDeals).toBe(5);
    expect(e.details.eventDeals).toBe(3);
    expect(e.details.eventDealShare).toBe(0.6);
    // By amount, per currency, never summed across: EUR 3000 + 1000 + 999 = 4999 of
    // 3000 + 1000 + 6000 + 999 = 10999; USD 0 of 2000.
    const [eur, usd] = e.details.amountShares;
    expect(eur?.currency).toBe('EUR');
    expect(eur?.eventAmount.amount.toString()).toBe('4999');
    expect(eur?.newAmount.amount.toString()).toBe('10999');
    expect(eur?.share).toBeCloseTo(4999 / 10999, 12);
    expect(usd?.currency).toBe('USD');
    expect(usd?.eventAmount.amount.toString()).toBe('0');
    expect(usd?.newAmount.amount.toString()).toBe('2000');
    expect(usd?.share).toBe(0);
    // Event deals closed in the quarter: d1 won, d2 lost, d3 won → 2 / (2 + 1).
    expect(e.details.eventDealsWon).toBe(2);
    expect(e.details.eventDealsLost).toBe(1);
    expect(e.details.eventDealWinRate).toBeCloseTo(2 / 3, 12);
    expect(e.warnings).toEqual([]);
  });

  it('passes the aggregator laws on interactions and deals in one stream', () => {
    const records: EventParticipationRecord[] = [
      ...interactions.map((record) => ({ type: 'interaction' as const, record })),
      ...deals.map((record) => ({ type: 'deal' as const, record })),
    ];
    checkAggregatorLaws(eventParticipationAggregator({ period: q4, managerId: 'm1' }), records);
    checkAggregatorLaws(eventParticipationAggregator({ period: q4 }), records);
  });

  it('one event in October is good in B2B and in consulting', () => {
    const october = periodOf('2026-10', 'Europe/Berlin');
    for (const profile of [b2b, consulting]) {
      const e = eventParticipation({ interactions }, { period: october, profile, managerId: 'm2' });
      expect(e.value).toBe(1); // e7 only, 1 / 1 month
      expect(e.rating).toBe('good');
      expect(e.details.eventDealShare).toBeNull(); // no deals given
      expect(e.details.eventDealWinRate).toBeNull();
      expect(e.details.amountShares).toEqual([]);
    }
  });

  it('counts a month that spans two calendar months by the days in each', () => {
    // 15 October – 14 November: 17 of October's 31 days and 14 of November's 30.
    const span = period({ from: '2026-10-15', to: '2026-11-14', timeZone: 'Europe/Berlin' });
    const e = eventParticipation(
      { interactions, deals: [] },
      { period: span, profile: b2b, managerId: 'm1' },
    );
    const months = 17 / 31 + 14 / 30; // 1.01505…
    expect(e.details.months).toBeCloseTo(months, 12);
    expect(e.details.events).toBe(2); // e2 (21 Oct) and e8 (5 Nov)
    expect(e.value).toBeCloseTo(2 / months, 12); // 1.97…
    expect(e.rating).toBe('good'); // just under 2
  });

  it('a B2C profile switches events off with weight 0 but still measures them', () => {
    const e = eventParticipation({ interactions, deals }, { period: q4, profile: b2c, managerId: 'm1' });
    expect(e.weight).toBe(0);
    expect(e.value).toBe(2);
    expect(e.rating).toBe('excellent');
    expect(e.warnings.map((w) => w.code)).toEqual(['sales.eventParticipation.switched-off']);
  });

  it('a deal amount of zero leaves the share by amount undefined, never NaN', () => {
    const free = [deal('z1', 'event', 'prospect', '0', 'EUR', '2026-10-08')];
    const e = eventParticipation({ interactions: [], deals: free }, { period: q4, profile: b2b });
    expect(e.details.eventDealShare).toBe(1); // 1 of 1 by count
    expect(e.details.amountShares).toEqual([
      expect.objectContaining({ currency: 'EUR', share: null }), // 0 of 0 EUR
    ]);
  });

  it('any profile can switch events off with weight 0 through defineProfile', () => {
    const noEvents = defineProfile(b2b, {
      id: 'b2b-no-events',
      criteria: { 'sales.eventParticipation': { weight: 0 } },
    });
    const e = eventParticipation({ interactions, deals }, { period: q4, profile: noEvents, managerId: 'm1' });
    expect([e.weight, e.profile, e.rating]).toEqual([0, 'b2b-no-events', 'excellent']);
    expect(e.warnings[0]?.code).toBe('sales.eventParticipation.switched-off');
    expect(
      failure(() => defineProfile(b2b, { criteria: { 'sales.eventParticipation': { weight: -1 } } })),
    ).toBe('invalid-profile at overrides.criteria["sales.eventParticipation"].weight');
  });

  it('a period shorter than four weeks is insufficient to judge events per month', () => {
    const e = eventParticipation(
      { interactions },
      { period: periodOf('2026-W41'), profile: b2b, managerId: 'm1' },
    );
    expect(e.rating).toBe('insufficient-data');
    expect(e.value).toBeNull();
    expect(e.score).toBeNull();
    expect(e.explanation.code).toBe('sales.eventParticipation.period-too-short');
    expect(e.explanation.inputs).toEqual({ periodDays: 7, minimumDays: 28, events: 1 }); // e1 on 7 October
  });

  it('a manager with no events is rated poor, not left out', () => {
    const e = eventParticipation({ interactions: [] }, { period: q4, profile: b2b });
    expect(e.value).toBe(0);
    expect(e.rating).toBe('poor');
    expect(e.details.contactsPerEvent).toBeNull();
  });

  it('rejects bad options and inputs with their path', () => {
    const bad = (o: unknown) =>
      failure(() => eventParticipationAggregator(o as Parameters<typeof eventParticipationAggregator>[0]));
    expect(bad(null)).toBe('invalid-option at options');
    expect(bad({ period: '2026-10' })).toBe('invalid-option at options.period');
    expect(bad({ period: q4, managerId: 17 })).toBe('invalid-option at options.managerId');
    expect(failure(() => eventParticipation(null as never, { period: q4, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });

  it('leaves its inputs unchanged', () => {
    const snapshot = JSON.stringify({ interactions, deals });
    eventParticipation({ interactions, deals }, { period: q4, profile: b2b });
    expect(JSON.stringify({ interactions, deals })).toBe(snapshot);
  });
});
