// The edges of referrals that the mutation run found untested (docs/testing.md): the first instant of
// the period is in it and the first instant of the next is not, for asks, won deals and referral deals;
// an interaction without a customer asks no one; and the texts.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type InteractionInput,
  measure,
  normalizeDeal,
  normalizeInteraction,
  periodOf,
  type ReferralsRecord,
  referrals,
  referralsAggregator,
} from '../../../src/index.js';
import { deal, errorOf } from '../../helpers.js';

const october = periodOf('2026-10'); // [2026-10-01T00:00Z, 2026-11-01T00:00Z)
const ask = (id: string, at: string, more: Partial<InteractionInput> = {}) =>
  normalizeInteraction({
    id,
    managerId: 'm1',
    customerId: 'c1',
    kind: 'call',
    at,
    referralAsked: true,
    ...more,
  });
const interactions = (...list: ReturnType<typeof ask>[]): ReferralsRecord[] =>
  list.map((record) => ({ type: 'interaction', record }));
const deals = (...list: ReturnType<typeof deal>[]): ReferralsRecord[] =>
  list.map((record) => ({ type: 'deal', record }));

describe('referrals at the edges of the period', () => {
  it('an ask at the first instant of October is October’s; one at the first instant of November is after it', () => {
    const m = measure(
      referralsAggregator({ period: october }),
      interactions(
        ask('i1', '2026-10-01T00:00:00Z', { referralsReceived: 2 }),
        ask('i2', '2026-11-01T00:00:00Z', { referralsReceived: 5 }),
      ),
    );
    expect([m.referralAsksInPeriod, m.referralsReceivedInPeriod, m.afterPeriod]).toEqual([1, 2, 1]);
  });

  it('a deal won at the first instant of October makes a won customer; one won at the first instant of November does not', () => {
    const first = deal({ id: 'd1', customerId: 'c1', stage: 'won', closedAt: '2026-10-01T00:00:00Z' });
    const next = deal({ id: 'd2', customerId: 'c2', stage: 'won', closedAt: '2026-11-01T00:00:00Z' });
    const m = measure(referralsAggregator({ period: october }), deals(first, next));
    expect([m.wonCustomers, m.notAsked]).toEqual([1, ['c1']]);
  });

  it('a referral deal created at the first instant of November is not one of October’s', () => {
    const last = deal({
      id: 'r1',
      source: 'referral',
      stage: 'prospect',
      createdAt: '2026-10-31T23:59:59.999Z',
    });
    const next = deal({ id: 'r2', source: 'referral', stage: 'prospect', createdAt: '2026-11-01T00:00:00Z' });
    expect(measure(referralsAggregator({ period: october }), deals(last, next)).referralDeals).toBe(1);
  });

  it('an ask without a customer asks no one, not a customer whose id happens to be "undefined"', () => {
    const won = deal({ id: 'd1', customerId: 'undefined', stage: 'won', closedAt: '2026-10-10' });
    const event = normalizeInteraction({
      id: 'e1',
      managerId: 'm1',
      kind: 'event',
      at: '2026-10-05',
      referralAsked: true,
    });
    const m = measure(referralsAggregator({ period: october }), [...deals(won), ...interactions(event)]);
    expect([m.referralAsksInPeriod, m.askedWonCustomers, m.notAsked]).toEqual([1, 0, ['undefined']]);
  });
});

describe('what referrals says', () => {
  it('refuses a non-object input, and says why nothing was judged without a won customer', () => {
    expect(errorOf(() => referrals(null as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { interactions, deals }, got null',
    );
    const open = normalizeDeal({
      id: 'r1',
      managerId: 'm1',
      customerId: 'c1',
      source: 'referral',
      stage: 'prospect',
      amount: 100,
      currency: 'EUR',
      createdAt: '2026-10-03',
    });
    expect(
      referrals({ interactions: [], deals: [open] }, { period: october, profile: b2b }).explanation,
    ).toEqual({
      code: 'sales.referrals.no-won-customers',
      message: 'No customer was won in the period, so there was no client to ask for referrals.',
      inputs: { referralDeals: 1 },
    });
  });
});
