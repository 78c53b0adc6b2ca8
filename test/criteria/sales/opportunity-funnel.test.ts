import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  type DealInput,
  evaluateOpportunityFunnel,
  measure,
  normalizeDeal,
  normalizeSalesPlan,
  type OpportunityFunnelRecord,
  opportunityFunnel,
  opportunityFunnelAggregator,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const deal = (input: Partial<DealInput> & { id: string; stage: DealInput['stage']; createdAt: string }) =>
  normalizeDeal({
    managerId: 'm1',
    customerId: `c-${input.id}`,
    source: 'cold-call',
    amount: '5000',
    currency: 'EUR',
    ...input,
  });
const october = periodOf('2026-10');
const plan = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' });

// A B2B manager's deals (EUR), October 2026 (UTC). The cohort: ten prospects created in October.
const cohort = [
  deal({
    id: 'P-01',
    stage: 'won',
    amount: '20000',
    createdAt: '2026-10-01',
    closedAt: '2026-10-21',
    stageChanges: [
      { stage: 'qualified', at: '2026-10-05' },
      { stage: 'proposal', at: '2026-10-10' },
      { stage: 'negotiation', at: '2026-10-15' },
      { stage: 'won', at: '2026-10-21' },
    ],
  }),
  deal({
    id: 'P-02',
    stage: 'lost',
    amount: '15000',
    createdAt: '2026-10-02',
    closedAt: '2026-10-20',
    stageChanges: [
      { stage: 'qualified', at: '2026-10-06' },
      { stage: 'proposal', at: '2026-10-12' },
      { stage: 'lost', at: '2026-10-20' },
    ],
  }),
  deal({
    id: 'P-03',
    stage: 'qualified',
    amount: '10000',
    probability: 0.2,
    createdAt: '2026-10-03',
    stageChanges: [{ stage: 'qualified', at: '2026-10-07' }],
  }),
  deal({
    id: 'P-04',
    stage: 'won',
    amount: '6000',
    probability: 0.5,
    createdAt: '2026-10-04',
    closedAt: '2026-11-20',
    stageChanges: [
      { stage: 'qualified', at: '2026-10-08' },
      { stage: 'proposal', at: '2026-10-30' },
      { stage: 'won', at: '2026-11-20' },
    ],
  }),
  ...[5, 6, 7, 8, 9].map((n) =>
    deal({ id: `P-0${n}`, stage: 'prospect', probability: 0.1, createdAt: `2026-10-0${n}` }),
  ),
  // Added five days after P-02 was lost: the funnel refilled.
  deal({ id: 'P-10', stage: 'prospect', createdAt: '2026-10-25' }),
];
const older = [
  deal({ id: 'O-1', stage: 'won', amount: '30000', createdAt: '2026-09-01', closedAt: '2026-10-11' }),
  deal({ id: 'O-2', stage: 'lost', amount: '25000', createdAt: '2026-09-10', closedAt: '2026-10-28' }),
  deal({ id: 'O-3', stage: 'negotiation', amount: '40000', probability: 0.5, createdAt: '2026-09-15' }),
];
const elsewhere = [
  deal({ id: 'X-1', managerId: 'm2', stage: 'won', createdAt: '2026-10-02', closedAt: '2026-10-03' }),
];
const deals = [...cohort, ...older, ...elsewhere];

describe('opportunityFunnel', () => {
  it('one in ten prospects signing by the end of the month is good for B2B', () => {
    // cohortMaturityDays 0: the period's own prospects (B2B's default 90 is tested below).
    const e = opportunityFunnel(
      { deals, plans: [plan] },
      { period: october, profile: b2b, managerId: 'm1', cohortMaturityDays: 0 },
    );
    const m = e.details;
    expect(m.asOf).toBe(october.end);
    // cohort: 10 prospects created in October; by 1 November only P-01 has signed: 1 / 10
    expect(m.cohort).toBe(10);
    expect(m.cohortWon).toBe(1);
    expect(m.cohortLost).toBe(1);
    expect(e.value).toBe(0.1);
    expect(e.rating).toBe('good');
    expect(e.score).toBe(60);
    expect(e.explanation.code).toBe('sales.opportunityFunnel.rated');
    // reached: prospect 10; qualified P-01..P-04 = 4; proposal P-01, P-02, P-04 = 3; negotiation P-01 = 1; won 1
    expect(m.stageConversion.map((s) => [s.stage, s.reached])).toEqual([
      ['prospect', 10],
      ['qualified', 4],
      ['proposal', 3],
      ['negotiation', 1],
      ['won', 1],
    ]);
    expect(m.stageConversion.map((s) => s.toNext)).toEqual([0.4, 0.75, 1 / 3, 1, null]); // 4/10, 3/4, 1/3, 1/1
    // open on 1 November: P-03 (qualified), P-04 (proposal since 30 Oct), P-05..P-10 (prospect), O-3 (negotiation)
    expect(m.openByStage.map((s) => [s.stage, s.deals, s.amounts.map((a) => a.amount.toString())])).toEqual([
      ['prospect', 6, ['30000']], // 6 × 5 000
      ['qualified', 1, ['10000']],
      ['proposal', 1, ['6000']],
      ['negotiation', 1, ['40000']],
    ]);
    expect(m.openDeals).toBe(9);
    // weighted: 10 000×0.2 + 6 000×0.5 + 5×5 000×0.1 + 40 000×0.5 = 2 000 + 3 000 + 2 500 + 20 000 = 27 500
    expect(m.weightedPipeline.map((x) => x.amount.toString())).toEqual(['27500']);
    expect(m.openWithoutProbability).toBe(1); // P-10
    // closed in October: won P-01 (20 000) and O-1 (30 000), lost P-02 (15 000) and O-2 (25 000)
    expect([m.closedWon, m.closedLost]).toEqual([2, 2]);
    expect(m.winRateByCount).toBe(0.5); // 2 / 4
    expect(m.winRateByAmount).toBeCloseTo(5 / 9, 12); // 50 000 / 90 000
    expect(m.winRate).toBe(0.5); // by count, the default
    // plan 100 000 − won 50 000 = 50 000 left; coverage 27 500 / 50 000 = 0.55
    expect(m.remainingPlan?.amount.toString()).toBe('50000');
    expect(m.pipelineCoverage).toBe(0.55);
    // cycle: P-01 20 days, O-1 40 days: median (lower) 20, mean 30
    expect([m.cycleDeals, m.medianCycleDays, m.meanCycleDays, m.cycleExact]).toEqual([2, 20, 30, true]);
    // velocity: 9 open × 0.5 × 25 000 average won ÷ 30 days = 3 750 EUR a day
    expect(
      m.byCurrency.map((c) => [
        c.currency,
        c.openDeals,
        c.averageWon?.amount.toString(),
        c.velocityPerDay?.amount.toString(),
      ]),
    ).toEqual([['EUR', 9, '25000', '3750']]);
    // refill (14 days): P-02 lost 20 Oct, P-10 created 25 Oct → refilled; O-2 lost 28 Oct, window to 11 Nov not over
    expect([m.losses, m.lossesDue, m.lossesRefilled, m.refillShare]).toEqual([2, 1, 1, 1]);
    expect(e.warnings.map((w) => w.code)).toEqual(['sales.opportunityFunnel.missing-probability']);
  });

  it('looked at on 31 December, two of ten prospects signed (excellent), and one loss was never refilled', () => {
    const e = opportunityFunnel(
      { deals, plans: [plan] },
      {
        period: october,
        profile: b2b,
        managerId: 'm1',
        asOf: '2026-12-31',
        winRateBy: 'amount',
        cohortMaturityDays: 0,
      },
    );
    expect(e.details.cohortWon).toBe(2); // P-01, and P-04 won on 20 November
    expect(e.value).toBe(0.2);
    expect(e.rating).toBe('excellent');
    expect(e.details.openDeals).toBe(8); // P-04 has closed
    expect(e.details.winRate).toBeCloseTo(5 / 9, 12); // by amount, as asked
    // O-2 lost 28 Oct: nothing created by 11 Nov → due, not refilled: 1 / 2
    expect([e.details.lossesDue, e.details.lossesRefilled, e.details.refillShare]).toEqual([2, 1, 0.5]);
    expect(e.warnings.map((w) => w.code)).toContain('sales.opportunityFunnel.losses-not-refilled');
  });

  it('the window for a refill comes from the profile (7 days in B2C)', () => {
    // B2C: P-02 lost 20 Oct, P-10 created 25 Oct: within 7 days → refilled. A 3-day window misses it.
    const inB2c = opportunityFunnel({ deals }, { period: october, profile: b2c, managerId: 'm1' });
    expect(inB2c.details.refillWithinDays).toBe(7);
    expect(inB2c.details.lossesRefilled).toBe(1);
    const short = opportunityFunnel(
      { deals },
      { period: october, profile: b2c, managerId: 'm1', refillWithinDays: 3 },
    );
    // 20 Oct + 3 = 23 Oct ≤ 1 Nov: due, not refilled; 28 Oct + 3 = 31 Oct: due, not refilled
    expect([short.details.lossesDue, short.details.lossesRefilled, short.details.refillShare]).toEqual([
      2, 0, 0,
    ]);
    // Without a plan there is no coverage.
    expect(inB2c.details.plan).toBeNull();
    expect(inB2c.details.pipelineCoverage).toBeNull();
  });

  it('never sums currencies silently: combined amounts are null with a warning, unless rates are given', () => {
    const usd = deal({
      id: 'U-1',
      stage: 'lost',
      amount: '10000',
      currency: 'USD',
      createdAt: '2026-09-01',
      closedAt: '2026-10-15',
    });
    const e = opportunityFunnel(
      { deals: [...deals, usd], plans: [plan] },
      { period: october, profile: b2b, managerId: 'm1' },
    );
    expect(e.details.mixedCurrencies).toBe(true);
    expect(e.details.winRateByAmount).toBeNull();
    expect(e.details.pipelineCoverage).toBe(0.55); // won and open amounts are all in EUR: still 27 500 / 50 000
    expect(e.details.winRateByCount).toBe(0.4); // 2 / 5, counts need no currency
    expect(e.details.byCurrency.map((c) => [c.currency, c.winRateByAmount, c.velocityPerDay])).toEqual([
      ['EUR', 5 / 9, e.details.byCurrency[0]?.velocityPerDay],
      ['USD', 0, null],
    ]);
    expect(e.warnings.map((w) => w.code)).toContain('sales.opportunityFunnel.mixed-currencies');
    // 10 000 USD × 0.9 = 9 000 EUR lost: 50 000 / (50 000 + 40 000 + 9 000) = 50 / 99
    const rated = opportunityFunnel(
      { deals: [...deals, usd], plans: [plan] },
      { period: october, profile: b2b, managerId: 'm1', exchangeRates: { USD: '0.9' } },
    );
    expect(rated.details.mixedCurrencies).toBe(false);
    expect(rated.details.winRateByAmount).toBeCloseTo(50 / 99, 12);
    // Without a plan, one currency alone is still combined.
    expect(
      opportunityFunnel({ deals }, { period: october, profile: b2b, managerId: 'm1' }).details
        .winRateByAmount,
    ).toBeCloseTo(5 / 9, 12);
    // With the plan already met, coverage is not a ratio.
    const small = normalizeSalesPlan({
      managerId: 'm1',
      period: '2026-10',
      amount: '40000',
      currency: 'EUR',
    });
    const met = opportunityFunnel(
      { deals, plans: [small] },
      { period: october, profile: b2b, managerId: 'm1' },
    );
    expect(met.details.remainingPlan?.amount.toString()).toBe('-10000');
    expect(met.details.pipelineCoverage).toBeNull();
  });

  it('without a plan, several currencies are not combined; a deal won after asOf without history counts as an open prospect', () => {
    const usdOpen = deal({
      id: 'U-2',
      stage: 'proposal',
      amount: '7000',
      currency: 'USD',
      probability: 0.3,
      createdAt: '2026-09-20',
    });
    const lateWin = deal({
      id: 'L-1',
      stage: 'won',
      amount: '1000',
      createdAt: '2026-09-20',
      closedAt: '2026-11-05',
    });
    const m = measure(
      opportunityFunnelAggregator({ period: october }),
      [...older, usdOpen, lateWin].map((record) => ({ type: 'deal' as const, record })),
    );
    expect(m.mixedCurrencies).toBe(true); // weighted pipeline in EUR and USD, no plan to convert into
    expect(m.winRateByAmount).toBe(0.5454545454545454); // closed amounts are all EUR: 30 000 / 55 000
    expect(m.openByStage.map((s) => s.deals)).toEqual([1, 0, 1, 1]); // L-1 a prospect on 1 Nov; U-2; O-3
    expect(m.byCurrency.map((c) => [c.currency, c.winRateByAmount, c.openDeals])).toEqual([
      ['EUR', 0.5454545454545454, 2],
      ['USD', null, 1],
    ]);
  });

  it('a B2B cohort is judged 90 days after it was created, so October 2026 judges the prospects of July', () => {
    // B2B's cohortMaturityDays is 90: October's window [1 Oct, 1 Nov) moves back 90 days to [3 Jul, 3 Aug).
    // None of this file's deals was created then: the October cohort is not judged in October.
    const inOctober = opportunityFunnel({ deals }, { period: october, profile: b2b, managerId: 'm1' });
    expect(inOctober.details.cohortMaturityDays).toBe(90);
    expect(new Date(inOctober.details.cohortFrom).toISOString()).toBe('2026-07-03T00:00:00.000Z');
    expect(new Date(inOctober.details.cohortTo).toISOString()).toBe('2026-08-03T00:00:00.000Z');
    expect(inOctober.explanation.code).toBe('sales.opportunityFunnel.no-prospects');
    // December, with 61 days to mature (31 in October + 30 in November): [1 Dec − 61 d, 1 Jan − 61 d) =
    // [1 Oct, 1 Nov), the October cohort, looked at on 31 December: P-01 and P-04 signed, 2 of 10.
    const december = periodOf('2026-12');
    const matured = opportunityFunnel(
      { deals },
      { period: december, profile: b2b, managerId: 'm1', cohortMaturityDays: 61 },
    );
    expect([matured.details.cohort, matured.details.cohortWon]).toEqual([10, 2]);
    expect(matured.value).toBe(0.2);
    expect(matured.rating).toBe('excellent');
    expect(matured.explanation.inputs.cohortMaturityDays).toBe(61);
  });

  it('no prospect created in the period gives insufficient-data; fewer than ten is an insufficient sample', () => {
    const none = opportunityFunnel(
      { deals: older },
      { period: october, profile: b2b, cohortMaturityDays: 0 },
    );
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('sales.opportunityFunnel.no-prospects');
    expect(none.details.stageConversion[0]).toEqual({ stage: 'prospect', reached: 0, toNext: null });
    const few = opportunityFunnel(
      { deals: cohort.slice(0, 4) },
      { period: october, profile: b2b, cohortMaturityDays: 0 },
    );
    expect(few.explanation.code).toBe('sales.opportunityFunnel.insufficient-sample');
    expect(evaluateOpportunityFunnel(few.details, { profile: b2b }).score).toBeNull();
    const empty = measure(opportunityFunnelAggregator({ period: october }), []);
    expect([
      empty.winRateByCount,
      empty.winRateByAmount,
      empty.medianCycleDays,
      empty.meanCycleDays,
      empty.refillShare,
    ]).toEqual([null, null, null, null, null]);
  });

  it('the aggregator obeys the laws over deals and plans', () => {
    const records: OpportunityFunnelRecord[] = [
      ...deals.map((record) => ({ type: 'deal' as const, record })),
      { type: 'plan', record: plan },
      {
        type: 'plan',
        record: normalizeSalesPlan({ managerId: 'm1', period: '2026-11', amount: '1', currency: 'EUR' }),
      },
    ];
    checkAggregatorLaws(
      opportunityFunnelAggregator({ period: october, managerId: 'm1', asOf: '2026-12-31' }),
      records,
    );
    checkAggregatorLaws(opportunityFunnelAggregator({ period: october }), records);
  });

  it('rejects bad options and input with their path', () => {
    const bad = (o: unknown) =>
      failure(() => opportunityFunnelAggregator(o as Parameters<typeof opportunityFunnelAggregator>[0]));
    expect(bad(null)).toBe('invalid-option at options');
    expect(bad({ period: 'October' })).toBe('invalid-option at options.period');
    expect(bad({ period: october, managerId: {} })).toBe('invalid-option at options.managerId');
    expect(bad({ period: october, winRateBy: 'value' })).toBe('invalid-option at options.winRateBy');
    expect(bad({ period: october, refillWithinDays: -2 })).toBe('invalid-option at options.refillWithinDays');
    expect(bad({ period: october, asOf: '2026-09-30' })).toBe('invalid-option at options.asOf');
    expect(bad({ period: october, asOf: 'soon' })).toBe('invalid-date at options.asOf');
    expect(bad({ period: october, exchangeRates: { USD: 0.9 } })).toBe(
      'invalid-option at options.exchangeRates.USD',
    );
    expect(failure(() => opportunityFunnel(undefined as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });
});
