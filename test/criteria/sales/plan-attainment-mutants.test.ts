// The edges of plan attainment that the mutation run found untested (docs/testing.md): the instants
// where a deal stops being October's, the last instant of the grace days, and which deal or plan an
// error names when several could be.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  b2b,
  measure,
  normalizeSalesPlan,
  type PlanAttainmentRecord,
  periodOf,
  planAttainment,
  planAttainmentAggregator,
  type SalesPlan,
} from '../../../src/index.js';
import { deal, errorOf, failure } from '../../helpers.js';

const october = periodOf('2026-10'); // [2026-10-01T00:00Z, 2026-11-01T00:00Z)
const plan = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' });
const deals = (...list: ReturnType<typeof deal>[]): PlanAttainmentRecord[] =>
  list.map((record) => ({ type: 'deal', record }));
const plans = (...list: SalesPlan[]): PlanAttainmentRecord[] =>
  list.map((record) => ({ type: 'plan', record }));

describe('plan attainment at the edges of the period', () => {
  it('a deal won at the first instant of October is October’s; one won at the first instant of November is not', () => {
    const first = deal({ id: 'E-1', stage: 'won', amount: '30000', closedAt: '2026-10-01T00:00:00Z' });
    const next = deal({ id: 'E-2', stage: 'won', amount: '5000', closedAt: '2026-11-01T00:00:00Z' });
    const m = measure(planAttainmentAggregator({ period: october }), [...plans(plan), ...deals(first, next)]);
    // Only E-1: 30 000 / 100 000 = 0.3. E-2 was not ready in October (no expected date, no
    // negotiation), so it is not slippage either: it is a deal of another period.
    expect(m.won?.amount.toString()).toBe('30000');
    expect(m.wonDeals).toBe(1);
    expect(m.attainment?.toString()).toBe('0.3');
    expect(m.slippedDeals).toEqual([]);
    expect(m.outsidePeriod).toBe(1);
  });

  it('a lost deal closed at the first instant of October is in the period; one at the first instant of November is outside', () => {
    const lostFirst = deal({ id: 'L-1', stage: 'lost', closedAt: '2026-10-01T00:00:00Z' });
    const lostNext = deal({ id: 'L-2', stage: 'lost', closedAt: '2026-11-01T00:00:00Z' });
    expect(measure(planAttainmentAggregator({ period: october }), deals(lostFirst)).outsidePeriod).toBe(0);
    expect(measure(planAttainmentAggregator({ period: october }), deals(lostNext)).outsidePeriod).toBe(1);
  });

  it('a deal ready in October and won at the first instant of November has slipped; one won when the 7 grace days end has not', () => {
    const atEnd = deal({
      id: 'G-1',
      stage: 'won',
      amount: '8000',
      expectedCloseAt: '2026-10-30',
      closedAt: '2026-11-01T00:00:00Z',
    });
    // 1 November + 7 days = 8 November 00:00: the first instant after the grace days.
    const afterGrace = deal({
      id: 'G-2',
      stage: 'won',
      amount: '4000',
      expectedCloseAt: '2026-10-30',
      closedAt: '2026-11-08T00:00:00Z',
    });
    const lastGraceMs = deal({
      id: 'G-3',
      stage: 'won',
      amount: '2000',
      expectedCloseAt: '2026-10-30',
      closedAt: '2026-11-07T23:59:59.999Z',
    });
    const m = measure(planAttainmentAggregator({ period: october }), [
      ...plans(plan),
      ...deals(atEnd, afterGrace, lastGraceMs),
    ]);
    expect(m.slippageGraceDays).toBe(7);
    expect(m.slippedDeals.map((d) => [d.dealId, d.wonInGrace, d.movedOut])).toEqual([
      ['G-1', true, false],
      ['G-3', true, false],
    ]);
    // slipped 8 000 + 2 000 = 10 000 EUR; nothing won in October: max(0, (0 − 10 000) / 100 000) = 0
    expect(m.slipped?.amount.toString()).toBe('10000');
    expect(m.adjustedAttainment?.toString()).toBe('0');
    expect(m.outsidePeriod).toBe(1); // G-2
  });

  it('with no grace days, a deal won at the first instant of November still slipped when its close date was moved out in October', () => {
    const moved = deal({
      id: 'M-1',
      stage: 'won',
      amount: '6000',
      closedAt: '2026-11-01T00:00:00Z',
      closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-01' }],
    });
    const m = measure(planAttainmentAggregator({ period: october, slippageGraceDays: 0 }), [
      ...plans(plan),
      ...deals(moved),
    ]);
    expect(m.slippedDeals.map((d) => [d.dealId, d.wonInGrace, d.movedOut])).toEqual([['M-1', false, true]]);
    expect(m.slipped?.amount.toString()).toBe('6000');
  });

  it('a deal won weeks after the grace days still slipped when its close date was moved out in October', () => {
    const late = deal({
      id: 'M-2',
      stage: 'won',
      amount: '9000',
      closedAt: '2026-11-20',
      closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-20' }],
    });
    const m = measure(planAttainmentAggregator({ period: october }), [...plans(plan), ...deals(late)]);
    expect(m.slippedDeals.map((d) => [d.dealId, d.wonInGrace, d.movedOut])).toEqual([['M-2', false, true]]);
  });

  it('a deal won in September is not October’s slippage, even if its expected date was moved out of October afterwards', () => {
    // Won on 20 September; on 5 October someone tidying the CRM moved its expected date from 15 October
    // to 5 November. A move made in October out of October, but the deal was never October's to lose.
    const early = deal({
      id: 'S-1',
      stage: 'won',
      amount: '7000',
      createdAt: '2026-08-01',
      closedAt: '2026-09-20',
      closeDateChanges: [{ changedAt: '2026-10-05T09:00Z', from: '2026-10-15', to: '2026-11-05' }],
    });
    const m = measure(planAttainmentAggregator({ period: october }), [...plans(plan), ...deals(early)]);
    expect(m.slippedDeals).toEqual([]);
    expect(m.outsidePeriod).toBe(1);
  });
});

describe('which record an error names', () => {
  it('a deal in a currency the plan cannot take is named by its smallest id, whatever the order', () => {
    const d2 = deal({ id: 'd2', stage: 'won', currency: 'USD', closedAt: '2026-10-05' });
    const d9 = deal({ id: 'd9', stage: 'won', currency: 'USD', closedAt: '2026-10-06' });
    for (const order of [
      [d2, d9],
      [d9, d2],
    ]) {
      expect(
        failure(() =>
          measure(planAttainmentAggregator({ period: october }), [...deals(...order), ...plans(plan)]),
        ),
      ).toBe('currency-mismatch at deals[id=d2].currency');
    }
  });

  it('of two currencies without a rate, the first in code order is reported', () => {
    const usd = deal({ id: 'u1', stage: 'won', currency: 'USD', closedAt: '2026-10-05' });
    const chf = deal({ id: 'c1', stage: 'won', currency: 'CHF', closedAt: '2026-10-06' });
    expect(
      failure(() =>
        measure(planAttainmentAggregator({ period: october }), [...deals(usd, chf), ...plans(plan)]),
      ),
    ).toBe('currency-mismatch at deals[id=c1].currency');
  });

  it('a plan for November is another period’s plan, not a second plan for October', () => {
    const november = normalizeSalesPlan({
      managerId: 'm1',
      period: '2026-11',
      amount: '90000',
      currency: 'EUR',
    });
    const m = measure(planAttainmentAggregator({ period: october }), plans(plan, november));
    expect(m.plan?.amount.toString()).toBe('100000');
    expect(m.otherPlans).toBe(1);
  });

  it('managers’ plans in two currencies: the message names the first manager’s currency in id order', () => {
    const m2 = normalizeSalesPlan({ managerId: 'm2', period: '2026-10', amount: '50000', currency: 'USD' });
    const error = errorOf(() => measure(planAttainmentAggregator({ period: october }), plans(m2, plan)));
    expect(`${error.code} at ${error.path}`).toBe('currency-mismatch at plans');
    // m1 (EUR) comes before m2 (USD)
    expect(error.message).toContain('every plan in EUR');
    expect(error.message).toContain('a plan in USD');
  });

  it('a plan whose period is not a period label is refused at plans.period', () => {
    const odd = { ...plan, period: 'Oct 2026' } as SalesPlan;
    expect(failure(() => measure(planAttainmentAggregator({ period: october }), plans(odd)))).toBe(
      'invalid-period at plans.period',
    );
  });

  it('a negative number of grace days is refused at options.slippageGraceDays', () => {
    expect(
      failure(() =>
        planAttainment({ deals: [], plans: [] }, { period: october, profile: b2b, slippageGraceDays: -1 }),
      ),
    ).toBe('invalid-option at options.slippageGraceDays');
  });
});

describe('what plan attainment says', () => {
  it('an open deal whose close date was moved out of October slipped, but was not won in the grace days', () => {
    const open = deal({
      id: 'O-1',
      stage: 'negotiation',
      amount: '5000',
      closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-03' }],
    });
    const m = measure(planAttainmentAggregator({ period: october }), [...plans(plan), ...deals(open)]);
    expect(m.slippedDeals.map((d) => [d.dealId, d.wonInGrace, d.movedOut])).toEqual([['O-1', false, true]]);
  });

  it('the plan’s currency is the one of the manager asked for, not of the first plan of the period', () => {
    const other = normalizeSalesPlan({
      managerId: 'm2',
      period: '2026-10',
      amount: '50000',
      currency: 'USD',
    });
    const won = deal({ id: 'W-1', stage: 'won', amount: '25000', closedAt: '2026-10-12' });
    const e = planAttainment(
      { deals: [won], plans: [other, plan] },
      { period: october, profile: b2b, managerId: 'm1' },
    );
    expect(e.value).toBe(0.25); // 25 000 EUR of m1's 100 000 EUR; m2's USD plan is not m1's
  });

  it('a quarter’s plan is not December’s, though both end on 31 December', () => {
    const quarter = normalizeSalesPlan({
      managerId: 'm1',
      period: '2026-Q4',
      amount: '300000',
      currency: 'EUR',
    });
    const m = measure(planAttainmentAggregator({ period: periodOf('2026-12') }), plans(quarter));
    expect([m.plan, m.otherPlans]).toEqual([null, 1]);
  });

  it('says what was wrong, and why there is no attainment', () => {
    expect(errorOf(() => planAttainmentAggregator({ period: october, slippageGraceDays: 0.5 })).message).toBe(
      'options.slippageGraceDays: expected a whole number of days ≥ 0, got 0.5',
    );
    // typeof 5 is not 'object': refused before anything reads input.deals.
    expect(errorOf(() => planAttainment(5 as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { deals, plans }, got 5',
    );
    expect(errorOf(() => planAttainment(null as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { deals, plans }, got null',
    );
    const usdPlan = normalizeSalesPlan({
      managerId: 'm1',
      period: '2026-10',
      amount: '100',
      currency: 'USD',
    });
    expect(
      errorOf(() => planAttainment({ deals: [], plans: [plan, usdPlan] }, { period: october, profile: b2b }))
        .message,
    ).toBe('plans[managerId=m1]: expected one plan per manager and period, got "a second plan in USD"');
    expect(
      errorOf(() => planAttainment({ deals: [], plans: [plan, plan] }, { period: october, profile: b2b }))
        .message,
    ).toBe('plans[managerId=m1]: expected one plan per manager and period, got "2 plans"');
    const won = deal({ id: 'W-1', stage: 'won', closedAt: '2026-10-12' });
    const november = normalizeSalesPlan({
      managerId: 'm1',
      period: '2026-11',
      amount: '100',
      currency: 'EUR',
    });
    expect(
      planAttainment({ deals: [won], plans: [november] }, { period: october, profile: b2b }).explanation,
    ).toEqual({
      code: 'sales.planAttainment.no-plan',
      message: 'No sales plan for the period, so attainment cannot be measured.',
      inputs: { wonDeals: 1, otherPlans: 1 },
    });
    // The normaliser refuses a plan of 0; a plan built by hand can still be one.
    const zero = { ...plan, amount: new Decimal(0) };
    expect(
      planAttainment({ deals: [won], plans: [zero] }, { period: october, profile: b2b }).explanation,
    ).toEqual({
      code: 'sales.planAttainment.zero-plan',
      message: 'The plan for the period is 0: attainment is undefined.',
      inputs: { currency: 'EUR', wonDeals: 1 },
    });
  });
});
