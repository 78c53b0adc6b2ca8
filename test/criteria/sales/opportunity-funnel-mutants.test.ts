// The edges of the funnel that the mutation run found untested (docs/testing.md): the instants where
// asOf and the cohort window begin and end, deals closed or lost at those instants, the window of
// creation times the state keeps for the refills, the 256 won deals up to which the cycle quantiles
// are exact, which combined amount makes the currencies "mixed", and every text.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type DealInput,
  measure,
  normalizeDeal,
  normalizeSalesPlan,
  type OpportunityFunnelRecord,
  opportunityFunnel,
  opportunityFunnelAggregator,
  periodOf,
} from '../../../src/index.js';
import { errorOf } from '../../helpers.js';

const october = periodOf('2026-10'); // [2026-10-01T00:00Z, 2026-11-01T00:00Z)
const deal = (input: Partial<DealInput> & { id: string; stage: DealInput['stage']; createdAt: string }) =>
  normalizeDeal({
    managerId: 'm1',
    customerId: `c-${input.id}`,
    source: 'referral',
    amount: '1000',
    currency: 'EUR',
    ...input,
  });
const tagged = (...list: ReturnType<typeof deal>[]): OpportunityFunnelRecord[] =>
  list.map((record) => ({ type: 'deal', record }));
const planEur = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '10000', currency: 'EUR' });

describe('opportunityFunnel at its edges', () => {
  it('says what each bad option should have been', () => {
    const message = (o: object) => errorOf(() => opportunityFunnelAggregator(o as never)).message;
    expect(message({ period: october, winRateBy: 'value' })).toBe(
      'options.winRateBy: expected "count" or "amount", got "value"',
    );
    expect(message({ period: october, asOf: '2026-09-30' })).toBe(
      `options.asOf: expected an instant on or after the period's start (2026-10-01), got "2026-09-30"`,
    );
    expect(message({ period: october, refillWithinDays: 1.5 })).toBe(
      'options.refillWithinDays: expected a whole number of days ≥ 0, got 1.5',
    );
    expect(message({ period: october, cohortMaturityDays: -1 })).toBe(
      'options.cohortMaturityDays: expected a whole number of days ≥ 0, got -1',
    );
    // null is an object to typeof: it is refused as input, not read as one.
    expect(errorOf(() => opportunityFunnel(null as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { deals, plans }, got null',
    );
  });

  it('asOf may be the first instant of the period; a deal closed at asOf itself is closed by then', () => {
    const atStart = measure(
      opportunityFunnelAggregator({ period: october, asOf: '2026-10-01T00:00:00Z' }),
      [],
    );
    expect(atStart.asOf).toBe(Date.UTC(2026, 9, 1));
    expect(atStart.cohortTo).toBe(Date.UTC(2026, 9, 1) + 1); // the cohort is the deals created at that instant
    const won = deal({ id: 'W', stage: 'won', createdAt: '2026-10-01', closedAt: '2026-10-20T00:00:00Z' });
    const m = measure(
      opportunityFunnelAggregator({ period: october, asOf: '2026-10-20T00:00:00Z' }),
      tagged(won),
    );
    expect([m.closedWon, m.openDeals, m.medianCycleDays]).toEqual([1, 0, 19]);
  });

  it('a deal closed at the first instant of October is closed in it; one closed at the first instant of November is not', () => {
    const won = deal({ id: 'W', stage: 'won', createdAt: '2026-09-20', closedAt: '2026-10-01T00:00:00Z' });
    const lost = deal({ id: 'L', stage: 'lost', createdAt: '2026-10-02', closedAt: '2026-11-01T00:00:00Z' });
    const m = measure(opportunityFunnelAggregator({ period: october }), tagged(won, lost));
    expect([m.closedWon, m.closedLost, m.losses]).toEqual([1, 0, 0]);
  });

  it('a cohort deal lost at asOf is lost by then; one lost a millisecond later is still open', () => {
    const at = deal({ id: 'A', stage: 'lost', createdAt: '2026-10-02', closedAt: '2026-10-20T00:00:00Z' });
    const after = deal({
      id: 'B',
      stage: 'lost',
      createdAt: '2026-10-02',
      closedAt: '2026-10-20T00:00:00.001Z',
    });
    const m = measure(
      opportunityFunnelAggregator({ period: october, asOf: '2026-10-20T00:00:00Z' }),
      tagged(at, after),
    );
    expect([m.cohort, m.cohortLost, m.closedLost, m.openDeals]).toEqual([2, 1, 1, 1]);
  });

  it('keeps creation times (for the refills) only from the period’s start to the refill window after its end', () => {
    // October, refilled within 14 days: from 1 October 00:00 to before 15 November 00:00.
    const aggregator = opportunityFunnelAggregator({ period: october, refillWithinDays: 14 });
    const created = [
      '2026-09-30T23:59:59.999Z',
      '2026-10-01T00:00:00Z',
      '2026-11-14T23:59:59.999Z',
      '2026-11-15T00:00:00Z',
    ];
    const state = created.reduce(
      (s, createdAt, n) =>
        aggregator.add(s, { type: 'deal', record: deal({ id: `d${n}`, stage: 'prospect', createdAt }) }),
      aggregator.init(),
    );
    expect(state.createdAt).toEqual([Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 14, 23, 59, 59, 999)]);
  });

  it('a deal created at the first instant of November is not in October’s cohort', () => {
    const last = deal({ id: 'A', stage: 'prospect', createdAt: '2026-10-31T23:59:59.999Z' });
    const next = deal({ id: 'B', stage: 'prospect', createdAt: '2026-11-01T00:00:00Z' });
    const m = measure(
      opportunityFunnelAggregator({ period: october, asOf: '2026-11-30' }),
      tagged(last, next),
    );
    expect(m.cohortTo).toBe(Date.UTC(2026, 10, 1));
    expect(m.cohort).toBe(1);
  });

  it('the cycle quantiles are exact up to 256 won deals, and say so; from the 257th they are sketched', () => {
    const wins = (n: number) =>
      tagged(
        ...Array.from({ length: n }, (_, k) =>
          deal({
            id: `W${k}`,
            stage: 'won',
            createdAt: '2026-10-01',
            closedAt: `2026-10-${String(2 + (k % 28)).padStart(2, '0')}`,
          }),
        ),
      );
    const exact = measure(opportunityFunnelAggregator({ period: october }), wins(256));
    expect([exact.cycleDeals, exact.cycleExact]).toEqual([256, true]);
    const sketched = measure(opportunityFunnelAggregator({ period: october }), wins(257));
    expect([sketched.cycleDeals, sketched.cycleExact]).toEqual([257, false]);
  });

  it('won amounts that cannot be combined into the plan’s currency make the funnel mixed, even with nothing lost or open', () => {
    const usd = deal({
      id: 'U',
      stage: 'won',
      currency: 'USD',
      createdAt: '2026-10-01',
      closedAt: '2026-10-05',
    });
    const e = opportunityFunnel(
      { deals: [usd], plans: [planEur] },
      { period: october, profile: b2b, cohortMaturityDays: 0 },
    );
    expect(e.details.mixedCurrencies).toBe(true);
    expect(e.details.remainingPlan).toBeNull();
    expect(e.details.pipelineCoverage).toBeNull();
    expect(e.warnings.map((w) => [w.code, w.message, w.inputs])).toEqual([
      [
        'sales.opportunityFunnel.mixed-currencies',
        'Amounts in several currencies without exchange rates: combined amounts (win rate by amount, coverage) are not computed.',
        { currencies: 'USD' },
      ],
    ]);
  });

  it('an open pipeline in another currency leaves the coverage uncomputed, not divided by nothing', () => {
    const won = deal({ id: 'W', stage: 'won', createdAt: '2026-10-01', closedAt: '2026-10-05' });
    const open = deal({
      id: 'O',
      stage: 'proposal',
      probability: 0.5,
      currency: 'USD',
      createdAt: '2026-10-02',
    });
    const e = opportunityFunnel(
      { deals: [won, open], plans: [planEur] },
      { period: october, profile: b2b, cohortMaturityDays: 0 },
    );
    expect(e.details.mixedCurrencies).toBe(true);
    expect(e.details.pipelineCoverage).toBeNull();
    expect(e.warnings[0]?.inputs).toEqual({ currencies: 'EUR,USD' });
  });

  it('a currency with nothing won has no average and no velocity, while another currency has both', () => {
    const won = deal({
      id: 'W',
      stage: 'won',
      amount: '3000',
      createdAt: '2026-10-01',
      closedAt: '2026-10-11',
    });
    const lost = deal({
      id: 'L',
      stage: 'lost',
      currency: 'USD',
      createdAt: '2026-10-02',
      closedAt: '2026-10-06',
    });
    const open = deal({
      id: 'O',
      stage: 'proposal',
      probability: 0.5,
      currency: 'USD',
      createdAt: '2026-10-03',
    });
    const m = measure(opportunityFunnelAggregator({ period: october }), tagged(won, lost, open));
    expect(m.meanCycleDays).toBe(10);
    const usd = m.byCurrency.find((c) => c.currency === 'USD');
    expect([usd?.averageWon, usd?.velocityPerDay, usd?.openDeals]).toEqual([null, null, 1]);
  });

  it('deals won the instant they were created give a cycle of 0 days, and no velocity rather than an infinite one', () => {
    const won = deal({
      id: 'W',
      stage: 'won',
      createdAt: '2026-10-05T10:00Z',
      closedAt: '2026-10-05T10:00Z',
    });
    const open = deal({ id: 'O', stage: 'proposal', createdAt: '2026-10-06' });
    const m = measure(opportunityFunnelAggregator({ period: october }), tagged(won, open));
    expect(m.meanCycleDays).toBe(0);
    expect(m.byCurrency.map((c) => [c.currency, c.averageWon?.amount.toString(), c.velocityPerDay])).toEqual([
      ['EUR', '1000', null],
    ]);
  });

  it('an empty funnel without a plan has nothing to combine, so nothing is mixed', () => {
    const m = measure(opportunityFunnelAggregator({ period: october }), []);
    expect([m.mixedCurrencies, m.winRateByAmount, m.pipelineCoverage]).toEqual([false, null, null]);
  });

  it('says how many losses went without a refill, of how many, and within how many days', () => {
    const deals = [
      deal({ id: 'L1', stage: 'lost', createdAt: '2026-10-01', closedAt: '2026-10-05' }),
      deal({ id: 'L2', stage: 'lost', createdAt: '2026-10-02', closedAt: '2026-10-10' }),
      deal({ id: 'N', stage: 'prospect', probability: 0.1, createdAt: '2026-10-08' }), // refills L1 (5 → 8 October), not L2
    ];
    const e = opportunityFunnel({ deals }, { period: october, profile: b2b, cohortMaturityDays: 0 });
    expect([e.details.lossesDue, e.details.lossesRefilled]).toEqual([2, 1]);
    expect(e.warnings.map((w) => [w.code, w.message, w.inputs])).toEqual([
      [
        'sales.opportunityFunnel.losses-not-refilled',
        '1 of 2 lost deals was not followed by a new prospect within 14 days.',
        { lossesDue: 2, lossesRefilled: 1, refillWithinDays: 14 },
      ],
    ]);
  });

  it('with no prospect in the cohort window, says how far the window was moved back', () => {
    const old = deal({ id: 'O', stage: 'won', createdAt: '2026-09-01', closedAt: '2026-10-05' });
    const e = opportunityFunnel({ deals: [old] }, { period: october, profile: b2b });
    expect([e.rating, e.value]).toEqual(['insufficient-data', null]);
    expect(e.explanation).toEqual({
      code: 'sales.opportunityFunnel.no-prospects',
      message:
        'No deal was created in the cohort window (the period moved back by 90 days to let it mature), so the share of prospects that sign cannot be measured.',
      inputs: { openDeals: 0, closedWon: 1, closedLost: 0, cohortMaturityDays: 90 },
    });
  });
});
