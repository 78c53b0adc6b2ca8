import { describe, expect, it } from 'vitest';
import {
  b2b,
  checkAggregatorLaws,
  consulting,
  type Deal,
  type DealSource,
  type DealStage,
  type Interaction,
  type InteractionInput,
  normalizeDeal,
  normalizeInteraction,
  periodOf,
  type ReferralsRecord,
  referrals,
  referralsAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const deal = (
  id: string,
  customerId: string,
  source: DealSource,
  stage: DealStage,
  createdAt: string,
  closedAt?: string,
  managerId = 'm1',
) =>
  normalizeDeal({
    id,
    managerId,
    customerId,
    source,
    stage,
    amount: '1000',
    currency: 'EUR',
    createdAt,
    closedAt,
  });
const contact = (
  id: string,
  customerId: string,
  at: string,
  more: Partial<InteractionInput>,
  managerId = 'm1',
) => normalizeInteraction({ id, managerId, customerId, kind: 'meeting', at, ...more });

describe('referrals', () => {
  const october = periodOf('2026-10');
  const deals: Deal[] = [
    deal('d1', 'c1', 'inbound', 'won', '2026-09-01', '2026-10-05'),
    deal('d2', 'c2', 'cold-call', 'won', '2026-09-01', '2026-10-12'),
    deal('d3', 'c3', 'referral', 'won', '2026-10-01', '2026-10-20'),
    deal('d4', 'c4', 'inbound', 'won', '2026-09-01', '2026-10-28'),
    deal('d5', 'c1', 'existing-customer', 'won', '2026-10-02', '2026-10-30'), // c1 again: one customer
    deal('d6', 'c5', 'inbound', 'won', '2026-09-01', '2026-10-15'),
    deal('d7', 'c6', 'inbound', 'lost', '2026-09-01', '2026-10-10'), // lost: not a won customer
    deal('d8', 'c7', 'inbound', 'won', '2026-10-01', '2026-11-02'), // won in November
    deal('d9', 'c8', 'referral', 'lost', '2026-10-03', '2026-10-25'),
    deal('d10', 'c9', 'referral', 'prospect', '2026-10-18'),
    deal('d11', 'c10', 'referral', 'won', '2026-09-10', '2026-10-08'), // created in September, won in October
    deal('d12', 'c11', 'inbound', 'won', '2026-10-01', '2026-10-09', 'm2'),
  ];
  const interactions: Interaction[] = [
    contact('i1', 'c1', '2026-10-05T10:00Z', { referralAsked: true, referralsReceived: 2 }),
    contact('i2', 'c2', '2026-09-20T10:00Z', { referralAsked: true }), // asked while the deal was open
    contact('i3', 'c3', '2026-10-21T10:00Z', { referralAsked: true, referralsReceived: 1 }),
    contact('i4', 'c4', '2026-11-03T10:00Z', { referralAsked: true }), // asked after the period
    contact('i5', 'c5', '2026-10-15T10:00Z', { referralsReceived: 1 }), // a referral given unasked
    contact('i6', 'c6', '2026-10-10T10:00Z', { referralAsked: true, referralsReceived: 4 }), // lost customer
    contact('i7', 'c10', '2026-10-08T10:00Z', { referralAsked: true }, 'm2'), // another manager asked
    contact('i8', 'c1', '2026-10-06T10:00Z', { referralAsked: false }),
    // An event attended has no customer: it can be neither an ask nor a referral from a client.
    normalizeInteraction({ id: 'i9', managerId: 'm1', kind: 'event', at: '2026-10-14', contactsMet: 9 }),
  ];

  it('a B2B manager who asks half of the clients he won for referrals is good', () => {
    const e = referrals({ interactions, deals }, { period: october, profile: b2b, managerId: 'm1' });
    const d = e.details;
    // Won in October by m1: c1 (twice), c2, c3, c4, c5, c10 → 6 distinct customers.
    expect(d.wonCustomers).toBe(6);
    // Asked by m1 up to 31 October: c1, c2 (in September), c3 → 3; c4 was asked in November, c5 and c10 not by m1.
    expect(d.askedWonCustomers).toBe(3);
    expect(e.value).toBe(0.5); // 3 / 6
    expect(e.rating).toBe('good');
    expect(e.score).toBe(60);
    expect(e.explanation.code).toBe('sales.referrals.rated');
    expect(d.notAsked).toEqual(['c10', 'c4', 'c5']);
    // Referrals from the won customers: c1 2 + c3 1 + c5 1 = 4 → 4 / 6 per won customer.
    expect(d.referralsFromWonCustomers).toBe(4);
    expect(d.referralsPerWonCustomer).toBeCloseTo(4 / 6, 12);
    // All referrals received in October: 2 + 1 + 1 + 4 (from c6, who was lost) = 8; asks: i1, i3, i6.
    expect(d.referralsReceivedInPeriod).toBe(8);
    expect(d.referralAsksInPeriod).toBe(3);
    // Referral deals created in October: d3, d9, d10; closed in October: d3 and d11 won, d9 lost → 2 / 3.
    expect(d.referralDeals).toBe(3);
    expect([d.referralDealsWon, d.referralDealsLost]).toEqual([2, 1]);
    expect(d.referralDealWinRate).toBeCloseTo(2 / 3, 12);
    expect(d.afterPeriod).toBe(1); // i4
  });

  it('passes the aggregator laws, also with a customer id like __proto__', () => {
    const records: ReferralsRecord[] = [
      ...interactions.map((record) => ({ type: 'interaction' as const, record })),
      ...deals.map((record) => ({ type: 'deal' as const, record })),
      { type: 'deal', record: deal('p1', '__proto__', 'inbound', 'won', '2026-10-01', '2026-10-02') },
      {
        type: 'interaction',
        record: contact('p2', '__proto__', '2026-10-03T10:00Z', {
          referralAsked: true,
          referralsReceived: 1,
        }),
      },
    ];
    checkAggregatorLaws(referralsAggregator({ period: october, managerId: 'm1' }), records);
    const e = referrals(
      {
        interactions: records.flatMap((r) => (r.type === 'interaction' ? [r.record] : [])),
        deals: records.flatMap((r) => (r.type === 'deal' ? [r.record] : [])),
      },
      { period: october, profile: b2b, managerId: 'm1' },
    );
    expect(e.details.wonCustomers).toBe(7); // the six above and __proto__
    expect(e.details.askedWonCustomers).toBe(4);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('a consultant who asks every client he won is excellent', () => {
    const e = referrals(
      {
        deals: [
          deal('d1', 'c1', 'inbound', 'won', '2026-09-01', '2026-10-05'),
          deal('d3', 'c3', 'referral', 'won', '2026-10-01', '2026-10-20'),
          deal('d2', 'c2', 'cold-call', 'won', '2026-09-01', '2026-10-12'),
        ],
        interactions,
      },
      { period: october, profile: consulting, managerId: 'm1' },
    );
    expect(e.value).toBe(1); // c1, c2, c3 all asked: 3 / 3
    expect(e.rating).toBe('excellent');
    expect(e.score).toBe(100);
    expect(e.details.notAsked).toEqual([]);
  });

  it('no client won gives insufficient-data: there was no one to ask', () => {
    const e = referrals(
      { interactions, deals },
      { period: periodOf('2026-08'), profile: b2b, managerId: 'm1' },
    );
    expect(e.rating).toBe('insufficient-data');
    expect(e.value).toBeNull();
    expect(e.explanation.code).toBe('sales.referrals.no-won-customers');
    expect(e.details.referralsPerWonCustomer).toBeNull();
    expect(e.details.referralDealWinRate).toBeNull();
  });

  it('fewer won customers than the profile asks for is insufficient', () => {
    const two = deals.slice(0, 2);
    const e = referrals({ interactions, deals: two }, { period: october, profile: b2b, managerId: 'm1' });
    expect(e.explanation.code).toBe('sales.referrals.insufficient-sample'); // 2 < 5 in B2B
    expect(e.details.askedShare).toBe(1);
  });

  it('rejects bad options and inputs with their path', () => {
    const bad = (o: unknown) =>
      failure(() => referralsAggregator(o as Parameters<typeof referralsAggregator>[0]));
    expect(bad({ period: { start: 'x' } })).toBe('invalid-option at options.period');
    expect(bad({ period: october, managerId: 17 })).toBe('invalid-option at options.managerId');
    expect(failure(() => referrals(undefined as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });
});
