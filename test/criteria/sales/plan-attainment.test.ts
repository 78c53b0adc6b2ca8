import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  Decimal,
  evaluatePlanAttainment,
  measure,
  normalizeSalesPlan,
  type PlanAttainmentRecord,
  periodOf,
  planAttainment,
  planAttainmentAggregator,
  type SalesPlan,
} from '../../../src/index.js';
import { deal, failure } from '../../helpers.js';

const october = periodOf('2026-10');
const plan = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' });

// Manager m1, plan 100 000 EUR for October 2026 (UTC).
const won = [
  deal({ id: 'D-1', stage: 'won', amount: '60000', closedAt: '2026-10-10' }),
  deal({ id: 'D-2', stage: 'won', amount: '52000', closedAt: '2026-10-20' }),
];
// Moved on 27 October from 28 October to 3 November: slippage.
const movedOut = deal({
  id: 'D-3',
  stage: 'negotiation',
  amount: '10000',
  expectedCloseAt: '2026-11-03',
  closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-03' }],
});
// Two changes on 26 October: 29 Oct → 5 Nov, then 5 Nov → 30 Oct; net 29 → 30 October: not slippage.
const sameDay = deal({
  id: 'D-4',
  stage: 'proposal',
  amount: '5000',
  expectedCloseAt: '2026-10-30',
  closeDateChanges: [
    { changedAt: '2026-10-26T15:00Z', from: '2026-11-05', to: '2026-10-30' },
    { changedAt: '2026-10-26T10:00Z', from: '2026-10-29', to: '2026-11-05' },
  ],
});
// Pulled forward from 3 November to 28 October: not slippage.
const pulledForward = deal({
  id: 'D-5',
  stage: 'proposal',
  amount: '7000',
  expectedCloseAt: '2026-10-28',
  closeDateChanges: [{ changedAt: '2026-10-15T09:00Z', from: '2026-11-03', to: '2026-10-28' }],
});
// In negotiation since 25 October, won on 3 November, inside the 7-day grace: slipped.
const wonInGrace = deal({
  id: 'D-6',
  stage: 'won',
  amount: '8000',
  closedAt: '2026-11-03',
  stageChanges: [{ stage: 'negotiation', at: '2026-10-25' }],
});
// Won on 20 November, after the grace: not slippage, not won in October.
const wonLater = deal({
  id: 'D-7',
  stage: 'won',
  amount: '4000',
  closedAt: '2026-11-20',
  stageChanges: [{ stage: 'negotiation', at: '2026-10-20' }],
});
const others = [
  deal({ id: 'D-8', stage: 'lost', amount: '9000', closedAt: '2026-10-12' }),
  deal({ id: 'D-9', stage: 'won', amount: '99000', closedAt: '2026-10-12', managerId: 'm2' }),
];
const deals = [...won, movedOut, sameDay, pulledForward, wonInGrace, wonLater, ...others];

describe('planAttainment', () => {
  it('a deal moved from 28 October to 3 November is slippage, and lowers a 12 % over-plan month to fair', () => {
    const e = planAttainment({ deals, plans: [plan] }, { period: october, profile: b2b, managerId: 'm1' });
    // won 60 000 + 52 000 = 112 000 EUR; 112 000 / 100 000 = 1.12 (12 % over plan)
    expect(e.details.won?.amount.toString()).toBe('112000');
    expect(e.details.attainment?.toString()).toBe('1.12');
    expect(e.details.attainmentValue).toBe(1.12);
    // slipped: D-3 (moved out, 10 000) and D-6 (won in the grace days, 8 000) = 18 000 EUR
    expect(e.details.slippedDeals.map((d) => [d.dealId, d.movedOut, d.wonInGrace])).toEqual([
      ['D-3', true, false],
      ['D-6', false, true],
    ]);
    expect(e.details.slippedByCurrency.map((s) => [s.currency, s.deals, s.amount.amount.toString()])).toEqual(
      [['EUR', 2, '18000']],
    );
    // (112 000 − 18 000) / 100 000 = 0.94: fair (0.9 ≤ 0.94 < 1); score 40 + (0.04 / 0.1) × 20 = 48
    expect(e.details.adjustedAttainment?.toString()).toBe('0.94');
    expect(e.value).toBe(0.94);
    expect(e.rating).toBe('fair');
    expect(e.score).toBe(48);
    expect(e.warnings.map((w) => w.code)).toEqual(['sales.planAttainment.slippage']);
    expect(e.explanation.code).toBe('sales.planAttainment.rated');
    expect(e.explanation.inputs.attainment).toBe('1.12');
    expect(e.details.wonDeals).toBe(2);
    // closed outside October and not slipped: D-7 (won 20 Nov); D-8, lost in October, is no such deal
    expect(e.details.outsidePeriod).toBe(1);
  });

  it('a manager 12 % over plan without slippage is excellent', () => {
    const e = planAttainment(
      { deals: [...won, sameDay, pulledForward], plans: [plan] },
      { period: october, profile: b2b },
    );
    expect(e.value).toBe(1.12);
    expect(e.rating).toBe('excellent'); // 1.1 ≤ 1.12
    expect(e.score).toBe(82); // 80 + (0.02 / 0.2) × 20
    expect(e.details.slippedDeals).toEqual([]);
    expect(e.warnings).toEqual([]);
  });

  it('the grace days come from the profile: b2c counts only 3 days, so a deal won on 5 November has not slipped', () => {
    const fifth = deal({
      id: 'D-10',
      stage: 'won',
      amount: '8000',
      closedAt: '2026-11-05',
      expectedCloseAt: '2026-10-30',
    });
    const inB2c = planAttainment(
      { deals: [...won, fifth], plans: [plan] },
      { period: october, profile: b2c },
    );
    expect(inB2c.details.slippageGraceDays).toBe(3);
    expect(inB2c.details.slippedDeals).toEqual([]); // 5 Nov is past 1–3 Nov
    const inB2b = planAttainment(
      { deals: [...won, fifth], plans: [plan] },
      { period: october, profile: b2b },
    );
    expect(inB2b.details.slippedDeals.map((d) => d.dealId)).toEqual(['D-10']); // within 1–7 Nov, expected 30 Oct
    const none = planAttainment(
      { deals: [...won, fifth], plans: [plan] },
      { period: october, profile: b2b, slippageGraceDays: 0 },
    );
    expect(none.details.slippedDeals).toEqual([]);
    // Won within the grace days but never meant for October: expected on 2 November, its expected
    // date never moved, no stage history. Not slipped.
    const notForOctober = deal({
      id: 'D-11',
      stage: 'won',
      amount: '8000',
      closedAt: '2026-11-03',
      expectedCloseAt: '2026-11-02',
    });
    const planned = planAttainment(
      { deals: [...won, notForOctober], plans: [plan] },
      { period: october, profile: b2b },
    );
    expect(planned.details.slippedDeals).toEqual([]);
  });

  it('a date moved out and later brought back into the period is not slippage; moved out again, it is', () => {
    const back = deal({
      id: 'D-11',
      stage: 'negotiation',
      amount: '3000',
      closeDateChanges: [
        { changedAt: '2026-10-20T09:00Z', from: '2026-10-28', to: '2026-11-03' },
        { changedAt: '2026-10-22T09:00Z', from: '2026-11-03', to: '2026-10-29' },
      ],
    });
    const again = deal({
      id: 'D-12',
      stage: 'negotiation',
      amount: '3000',
      closeDateChanges: [
        { changedAt: '2026-10-20T09:00Z', from: '2026-10-28', to: '2026-11-03' },
        { changedAt: '2026-10-22T09:00Z', from: '2026-11-03', to: '2026-10-29' },
        { changedAt: '2026-10-29T09:00Z', from: '2026-10-29', to: '2026-11-10' },
      ],
    });
    const m = measure(
      planAttainmentAggregator({ period: october }),
      [back, again].map((record) => ({ type: 'deal' as const, record })),
    );
    expect(m.slippedDeals.map((d) => d.dealId)).toEqual(['D-12']);
    // Without a plan the amounts are still listed in their currency, but no attainment.
    expect(m.plan).toBeNull();
    expect(m.slipped).toBeNull();
    expect(m.slippedByCurrency[0]?.amount.amount.toString()).toBe('3000');
  });

  it('is exact in Decimal: three deals of 33 333.33 against a plan of 300 000', () => {
    const thirds = [1, 2, 3].map((n) =>
      deal({ id: `T-${n}`, stage: 'won', amount: '33333.33', closedAt: '2026-10-15' }),
    );
    const big = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '300000', currency: 'EUR' });
    const e = planAttainment({ deals: thirds, plans: [big] }, { period: october, profile: b2b });
    expect(e.details.won?.amount.toString()).toBe('99999.99'); // 3 × 33 333.33
    expect(e.details.attainment?.toString()).toBe('0.3333333'); // 99 999.99 / 300 000
  });

  it('never sums another currency silently: an error without rates, converted with them', () => {
    const usd = deal({ id: 'D-13', stage: 'won', amount: '1000', currency: 'USD', closedAt: '2026-10-05' });
    const list = [...won, usd];
    expect(
      failure(() => planAttainment({ deals: list, plans: [plan] }, { period: october, profile: b2b })),
    ).toBe('currency-mismatch at deals[2].currency');
    const records: PlanAttainmentRecord[] = [
      ...list.map((record) => ({ type: 'deal' as const, record })),
      { type: 'plan', record: plan },
    ];
    expect(failure(() => measure(planAttainmentAggregator({ period: october }), records))).toBe(
      'currency-mismatch at deals[id=D-13].currency',
    );
    // 1 000 USD × 0.9 = 900 EUR; 112 000 + 900 = 112 900; / 100 000 = 1.129
    const e = planAttainment(
      { deals: list, plans: [plan] },
      { period: october, profile: b2b, exchangeRates: { USD: '0.9' } },
    );
    expect(e.details.won?.amount.toString()).toBe('112900');
    expect(e.details.attainment?.toString()).toBe('1.129');
    expect(e.details.wonByCurrency.map((m) => `${m.amount} ${m.currency}`)).toEqual([
      '112000 EUR',
      '1000 USD',
    ]);
    // A USD deal outside the period is never summed, so it is no error.
    const old = deal({
      id: 'D-14',
      stage: 'won',
      amount: '1000',
      currency: 'USD',
      createdAt: '2026-08-01',
      closedAt: '2026-08-05',
    });
    expect(
      planAttainment({ deals: [...won, old], plans: [plan] }, { period: october, profile: b2b }).value,
    ).toBe(1.12);
  });

  it('no plan, or a plan of 0, gives insufficient-data with its own code', () => {
    const none = planAttainment({ deals: won, plans: [] }, { period: october, profile: b2b });
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('sales.planAttainment.no-plan');
    // A November plan does not belong to October.
    const november = normalizeSalesPlan({ managerId: 'm1', period: '2026-11', amount: '1', currency: 'EUR' });
    const other = planAttainment({ deals: won, plans: [november] }, { period: october, profile: b2b });
    expect(other.explanation.code).toBe('sales.planAttainment.no-plan');
    expect(other.details.otherPlans).toBe(1);
    // The normaliser refuses a plan of 0; one built by hand is reported, not divided by.
    const zero: SalesPlan = { managerId: 'm1', period: '2026-10', amount: new Decimal(0), currency: 'EUR' };
    const z = planAttainment({ deals: won, plans: [zero] }, { period: october, profile: b2b });
    expect(z.explanation.code).toBe('sales.planAttainment.zero-plan');
    expect(z.details.attainment).toBeNull();
    expect(evaluatePlanAttainment(z.details, { profile: b2b }).score).toBeNull();
  });

  it("sums the managers' plans for a team, and refuses two plans of one manager", () => {
    const plan2 = normalizeSalesPlan({
      managerId: 'm2',
      period: '2026-10',
      amount: '100000',
      currency: 'EUR',
    });
    // won 112 000 (m1) + 99 000 (m2) = 211 000 of 200 000 = 1.055; slipped 18 000 → 193 000 / 200 000 = 0.965
    const team = planAttainment({ deals, plans: [plan, plan2] }, { period: october, profile: b2b });
    expect(team.details.plan?.amount.toString()).toBe('200000');
    expect(team.details.plans).toBe(2);
    expect(team.details.attainment?.toString()).toBe('1.055');
    expect(team.value).toBe(0.965);
    expect(
      failure(() => planAttainment({ deals, plans: [plan, plan] }, { period: october, profile: b2b })),
    ).toBe('inconsistent-record at plans[managerId=m1]');
    const usdPlan = normalizeSalesPlan({ managerId: 'm2', period: '2026-10', amount: '1', currency: 'USD' });
    expect(
      failure(() => planAttainment({ deals: [], plans: [plan, usdPlan] }, { period: october, profile: b2b })),
    ).toBe('currency-mismatch at plans');
    expect(
      failure(() =>
        planAttainment(
          { deals: [], plans: [plan, { ...plan, currency: 'USD' }] },
          { period: october, profile: b2b },
        ),
      ),
    ).toBe('inconsistent-record at plans[managerId=m1]');
  });

  it('on the 25-hour day that ends summer time in Berlin, a date pulled in and pushed out again is one net change', () => {
    // 25 Oct 2026 in Berlin lasts 25 hours: 00:10 local is 24 Oct 22:10Z, 23:50 local is 25 Oct 22:50Z (24 h 40 min later).
    // That day: 3 Nov → 29 Oct, then 29 Oct → 5 Nov; net 3 Nov → 5 Nov, never inside October: no slippage.
    const berlin = periodOf('2026-10', 'Europe/Berlin');
    const zigzag = deal({
      id: 'Z-1',
      stage: 'negotiation',
      amount: '2000',
      closeDateChanges: [
        { changedAt: '2026-10-24T22:10Z', from: '2026-11-03', to: '2026-10-29' },
        { changedAt: '2026-10-25T22:50Z', from: '2026-10-29', to: '2026-11-05' },
      ],
    });
    const m = measure(planAttainmentAggregator({ period: berlin }), [{ type: 'deal', record: zigzag }]);
    expect(m.slippedDeals).toEqual([]);
    // Taken as two days (Berlin's 24 and 25 October would be), the second would move 29 Oct → 5 Nov: slippage.
    const twoDays = deal({
      id: 'Z-2',
      stage: 'negotiation',
      amount: '2000',
      closeDateChanges: [
        { changedAt: '2026-10-24T21:50Z', from: '2026-11-03', to: '2026-10-29' },
        { changedAt: '2026-10-25T22:50Z', from: '2026-10-29', to: '2026-11-05' },
      ],
    });
    expect(
      measure(planAttainmentAggregator({ period: berlin }), [
        { type: 'deal', record: twoDays },
      ]).slippedDeals.map((d) => d.dealId),
    ).toEqual(['Z-2']);
  });

  it('a deal rescheduled in September from 10 October to 15 November is replanning, not slippage', () => {
    const replanned = deal({
      id: 'R-1',
      stage: 'proposal',
      amount: '9000',
      closeDateChanges: [{ changedAt: '2026-09-05T09:00Z', from: '2026-10-10', to: '2026-11-15' }],
    });
    const e = planAttainment(
      { deals: [...won, replanned], plans: [plan] },
      { period: october, profile: b2b },
    );
    expect(e.details.slippedDeals).toEqual([]);
    expect(e.value).toBe(1.12);
  });

  it('only deals ready in the period slip: not a qualified deal won on 2 November, nor a deal lost in November', () => {
    const notReady = deal({
      id: 'N-1',
      stage: 'won',
      amount: '4000',
      closedAt: '2026-11-02',
      stageChanges: [{ stage: 'qualified', at: '2026-10-20' }],
      closeDateChanges: [{ changedAt: '2026-09-20T09:00Z', from: '2026-09-25', to: '2026-09-30' }],
    });
    // Ready because its expected close was 30 October before it was moved (a change from inside the period).
    const readyByChange = deal({
      id: 'N-2',
      stage: 'won',
      amount: '2000',
      closedAt: '2026-11-02',
      expectedCloseAt: '2026-11-02',
      closeDateChanges: [{ changedAt: '2026-11-01T09:00Z', from: '2026-10-30', to: '2026-11-02' }],
    });
    const lostLater = deal({
      id: 'N-3',
      stage: 'lost',
      amount: '4000',
      closedAt: '2026-11-10',
      closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-03' }],
    });
    const otherPlan = normalizeSalesPlan({
      managerId: 'm2',
      period: '2026-10',
      amount: '5',
      currency: 'EUR',
    });
    const e = planAttainment(
      { deals: [...won, notReady, readyByChange, lostLater], plans: [plan, otherPlan] },
      { period: october, profile: b2b, managerId: 'm1' },
    );
    // N-2 slipped both ways: moved out on 1 November from 30 October, and won within the grace days.
    expect(e.details.slippedDeals.map((d) => [d.dealId, d.movedOut, d.wonInGrace])).toEqual([
      ['N-2', true, true],
    ]);
    expect(e.details.plans).toBe(1); // m2's plan is not m1's
    expect(e.details.outsidePeriod).toBe(2); // N-1 and N-3 closed in November, neither slipped
  });

  it('slippage floors the judged value at 0', () => {
    const small = normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '1000', currency: 'EUR' });
    // won 0, slipped 10 000 + 8 000: max(0, −18) = 0
    const e = planAttainment(
      { deals: [movedOut, wonInGrace], plans: [small] },
      { period: october, profile: b2b },
    );
    expect(e.details.adjustedAttainment?.toString()).toBe('0');
    expect(e.value).toBe(0);
    expect(e.rating).toBe('poor');
  });

  it('the aggregator obeys the laws over deals and plans', () => {
    const records: PlanAttainmentRecord[] = [
      { type: 'plan', record: plan },
      ...deals.map((record) => ({ type: 'deal' as const, record })),
      {
        type: 'plan',
        record: normalizeSalesPlan({ managerId: 'm1', period: '2026-09', amount: '5', currency: 'EUR' }),
      },
    ];
    checkAggregatorLaws(planAttainmentAggregator({ period: october, managerId: 'm1' }), records);
    checkAggregatorLaws(
      planAttainmentAggregator({ period: october, exchangeRates: { USD: '0.9' } }),
      records,
    );
  });

  it('rejects bad options and input with their path', () => {
    const bad = (o: unknown) =>
      failure(() => planAttainmentAggregator(o as Parameters<typeof planAttainmentAggregator>[0]));
    expect(bad(undefined)).toBe('invalid-option at options');
    expect(bad({ period: { from: '2026-10-01' } })).toBe('invalid-option at options.period');
    expect(bad({ period: october, managerId: 1 })).toBe('invalid-option at options.managerId');
    expect(bad({ period: october, slippageGraceDays: -1 })).toBe(
      'invalid-option at options.slippageGraceDays',
    );
    expect(bad({ period: october, exchangeRates: 'USD' })).toBe('invalid-option at options.exchangeRates');
    expect(bad({ period: october, exchangeRates: { USD: '-1' } })).toBe(
      'invalid-option at options.exchangeRates.USD',
    );
    expect(bad({ period: october, exchangeRates: { usd: '1' } })).toBe(
      'invalid-currency at options.exchangeRates.usd',
    );
    expect(failure(() => planAttainment(null as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });
});
