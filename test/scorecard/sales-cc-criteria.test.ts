// The eight criteria wired into the scorecard after the first six: the seven sales criteria but
// meetingRate, and the contact-centre monitoring scores and training coverage. Every number is worked
// out by hand next to the records (October 2026, UTC, B2B bands; 22 working days).
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  ErrorCodes,
  evaluateManager,
  type InteractionInput,
  normalizeBudgetLines,
  normalizeDeals,
  normalizeInteractions,
  normalizeQualityReviews,
  normalizeSalesPlans,
  normalizeTrainingRecords,
  periodOf,
  SCORECARD_CRITERIA,
  scorecardJsonSchemas,
} from '../../src/index.js';
import { deal, failure } from '../helpers.js';
import { anna, forEveryManager, meetings, october } from './fixtures.js';

// Anna (a sales manager) also leads a contact-centre team in these stories, so they use the registry
// with every entry applying to every manager; applicability by function: applicability.test.ts.
const everyone = forEveryManager(SCORECARD_CRITERIA);

// The B2B bands and weights, with a minimum sample of 1 so that a handful of records is rated. The
// funnel judges October's own prospects (cohortMaturityDays 0), as these stories were worked out: B2B's
// default 90 days would judge the deals created 3 July – 2 August, of which the stories have none.
const small = defineProfile(b2b, {
  id: 'b2b-small',
  criteria: {
    'sales.referrals': { minimumSample: 1 },
    'sales.decisionMakerReach': { minimumSample: 1 },
    'sales.opportunityFunnel': { minimumSample: 1, cohortMaturityDays: 0 },
  },
});

const stepsOf = (card: ReturnType<typeof evaluateManager>, criterion: string) =>
  card.nextSteps
    .filter((s) => s.criterion === criterion)
    .map(({ code, message, inputs }) => ({ code, message, inputs }));

const scoreOf = (card: ReturnType<typeof evaluateManager>, criterion: string) =>
  card.criteria.find((c) => c.criterion === criterion)?.score;

// Anna (m1), October 2026, against `small`.
// Interactions: the fixture's 33 meetings (one a day from the 1st to the 28th, five days with two), and
// an email on 21 October asking customer c-D-1 for referrals (an email is neither a call nor a meeting).
const interactions = [
  ...meetings('m1', 33),
  ...normalizeInteractions([
    {
      id: 'ask-1',
      managerId: 'm1',
      customerId: 'c-D-1',
      kind: 'email',
      at: '2026-10-21T09:00Z',
      referralAsked: true,
    },
  ]),
];
// Deals, all created in September (so the funnel has no prospect cohort in October):
// won 60 000 + 30 000 = 90 000 EUR; D-3 (10 000 EUR) moved on 27 October from 28 October to 3 November.
const deals = [
  deal({ id: 'D-1', stage: 'won', amount: '60000', closedAt: '2026-10-10' }),
  deal({ id: 'D-2', stage: 'won', amount: '30000', closedAt: '2026-10-20' }),
  deal({
    id: 'D-3',
    stage: 'negotiation',
    amount: '10000',
    expectedCloseAt: '2026-11-03',
    closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-03' }],
  }),
];
const plans = normalizeSalesPlans([
  { managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' },
]);
// Nine reviews: a1 60, 70, 65 (average 65, below 75: needs training; the three reviews below 75),
// a2 90 × 3, a3 85 × 3. Sum 195 + 270 + 255 = 720, average 720 ÷ 9 = 80.
const reviews = normalizeQualityReviews(
  [
    ['a1', 60, '05'],
    ['a1', 70, '06'],
    ['a1', 65, '07'],
    ['a2', 90, '05'],
    ['a2', 90, '06'],
    ['a2', 90, '07'],
    ['a3', 85, '05'],
    ['a3', 85, '06'],
    ['a3', 85, '07'],
  ].map(([agentId, score, day], i) => ({
    id: `QA-${i}`,
    agentId: agentId as string,
    at: `2026-10-${day}T12:00Z`,
    monitoring: 'silent' as const,
    score: score as number,
  })),
);
// a1 fell below 75 on 5 October and was never trained (deadline 19 October); a2 took a course anyway.
const trainings = normalizeTrainingRecords([
  { id: 'TR-1', agentId: 'a2', course: 'Objection handling', completedAt: '2026-10-20T12:00Z' },
]);

describe('the eight newly wired criteria', () => {
  it('are in the registry in criterion order, with the record kinds they read', () => {
    const entries = Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c.id, [c.needs, c.uses]]));
    expect(entries['sales.eventParticipation']).toEqual([['interactions'], ['deals']]);
    expect(entries['sales.meetingCallAlternation']).toEqual([['interactions'], []]);
    expect(entries['sales.referrals']).toEqual([['interactions', 'deals'], []]);
    expect(entries['sales.decisionMakerReach']).toEqual([['interactions', 'deals'], []]);
    expect(entries['sales.planAttainment']).toEqual([['deals', 'plans'], []]);
    expect(entries['sales.opportunityFunnel']).toEqual([['deals'], ['plans']]);
    expect(entries['contactCentre.monitoringScores']).toEqual([['reviews'], []]);
    expect(entries['contactCentre.trainingCoverage']).toEqual([['reviews', 'trainings'], []]);
    expect(SCORECARD_CRITERIA).toHaveLength(16); // every id of CRITERION_IDS (satisfaction and retention: customer-criteria.test.ts)
  });

  it("Anna's October: the overall score over nine criteria, and the next steps weakest first", () => {
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: small,
      interactions,
      deals,
      plans,
      reviews,
      trainings,
    });
    // Events: none in one month → 0 a month, score 0 (weight 1).
    expect(scoreOf(card, 'sales.eventParticipation')).toBe(0);
    // Alternation: the 20 working days from 1 to 28 October are all meeting days (no calls); 29 and 30
    // October are idle. Focused 20 ÷ 22 = 0.909 ≥ best 0.9 → 100 (weight 1). Idle 2 ÷ 22 = 9 % ≤ 20 %.
    expect(scoreOf(card, 'sales.meetingCallAlternation')).toBe(100);
    // Referrals: won customers c-D-1 and c-D-2; c-D-1 asked: 1 ÷ 2 = 0.5 = good → 60 (weight 2).
    expect(scoreOf(card, 'sales.referrals')).toBe(60);
    // Meetings: 33 ÷ 22 = 1.5 a day → 60 + 0.5 × 20 = 70 (weight 2).
    expect(scoreOf(card, 'sales.meetingRate')).toBe(70);
    // Decision maker: no meeting names a customer → no prospect met: insufficient data (weight 2 left out).
    expect(card.criteria.find((c) => c.criterion === 'sales.decisionMakerReach')?.status).toBe(
      'insufficient-data',
    );
    // Plan: (90 000 won − 10 000 slipped) ÷ 100 000 = 0.8; between worst 0.5 (0) and fair 0.9 (40):
    // (0.8 − 0.5) ÷ 0.4 × 40 = 30 (weight 3).
    expect(scoreOf(card, 'sales.planAttainment')).toBe(30);
    // Funnel: no deal created in October → no prospect cohort: insufficient data (weight 2 left out).
    expect(card.criteria.find((c) => c.criterion === 'sales.opportunityFunnel')?.status).toBe(
      'insufficient-data',
    );
    // Monitoring: average 80, between fair 75 (40) and good 85 (60): 40 + 5 ÷ 10 × 20 = 50 (weight 2).
    expect(scoreOf(card, 'contactCentre.monitoringScores')).toBe(50);
    // Training: a1 flagged, not trained within 14 days: 0 of 1 in time → 0 (weight 1).
    expect(scoreOf(card, 'contactCentre.trainingCoverage')).toBe(0);
    // Overall: (1 × 0 + 1 × 100 + 2 × 60 + 2 × 70 + 3 × 30 + 2 × 50 + 1 × 0) ÷ (1 + 1 + 2 + 2 + 3 + 2 + 1)
    //        = (0 + 100 + 120 + 140 + 90 + 100 + 0) ÷ 12 = 550 ÷ 12 = 45.83 → 45.8, fair.
    expect(card.overall).toEqual({ score: 45.8, rating: 'fair', scored: 7, renormalised: true });
    // Left out: decisionMakerReach 2, opportunityFunnel 2 (insufficient); serviceLevel 3, budgetVariance 1,
    // satisfaction 3, retention 2, resolutionEfficiency 2, feedbackQuality 1, relationshipCare 2 (no
    // records): 18 of 12 + 18 = 30.
    expect(card.notes[0]?.inputs).toMatchObject({ weightLeftOut: 18, weightTotal: 30 });
    // Weakest first: events 0 and training 0 tie on score and weight (1): criterion order; then plan 30,
    // monitoring 50, referrals 60. Meetings (70) and alternation (100) are good: no step.
    expect(card.nextSteps.map((s) => s.code)).toEqual([
      'sales.eventParticipation.attend-more-events',
      'contactCentre.trainingCoverage.train-flagged',
      'sales.planAttainment.stop-slippage',
      'sales.planAttainment.close-the-gap',
      'contactCentre.monitoringScores.arrange-training',
      'sales.referrals.ask-for-referrals',
    ]);
    expect(stepsOf(card, 'sales.eventParticipation')).toEqual([
      {
        code: 'sales.eventParticipation.attend-more-events',
        // 1 a month is good: ⌈1 × 1 − 0⌉ = 1 more.
        message:
          'Attend more events, conferences and exhibitions: 0 events in 1 month (0 a month); 1 a month is good, 1 more would reach it.',
        inputs: { events: 0, months: 1, perMonth: 0, good: 1, more: 1 },
      },
    ]);
    expect(stepsOf(card, 'contactCentre.trainingCoverage')).toEqual([
      {
        code: 'contactCentre.trainingCoverage.train-flagged',
        message:
          'Train the representatives monitoring flagged: 1 of 1 was not trained within 14 days (first a1).',
        inputs: { late: 1, flagged: 1, trainedWithinDays: 14, agents: 'a1' },
      },
    ]);
    expect(stepsOf(card, 'sales.planAttainment')).toEqual([
      {
        code: 'sales.planAttainment.stop-slippage',
        message:
          'Close deals in the period they are ready: 1 deal worth 10 000.00 EUR slipped into November 2026 or later (D-3).',
        inputs: { deals: 1, amount: '10 000.00 EUR', into: '2026-11', dealIds: 'D-3' },
      },
      {
        code: 'sales.planAttainment.close-the-gap',
        // Gap: 100 000 − 90 000 = 10 000 EUR.
        message:
          'Close the gap to plan: 90 000.00 EUR won of 100 000.00 EUR (80 % net of slipped deals); 10 000.00 EUR still to win.',
        inputs: { won: '90 000.00 EUR', plan: '100 000.00 EUR', attainment: 0.8, gap: '10 000.00 EUR' },
      },
    ]);
    expect(stepsOf(card, 'contactCentre.monitoringScores')).toEqual([
      {
        code: 'contactCentre.monitoringScores.arrange-training',
        message:
          'Arrange call-monitoring training: 3 of 9 reviews below 75; 1 representative averages below it (first a1).',
        inputs: { below: 3, reviews: 9, threshold: 75, representatives: 1, agents: 'a1' },
      },
    ]);
    expect(stepsOf(card, 'sales.referrals')).toEqual([
      {
        code: 'sales.referrals.ask-for-referrals',
        message:
          'Ask 1 of 2 won customers for referrals (first c-D-2): ask each client rather than wait to be recommended.',
        inputs: { notAsked: 1, wonCustomers: 2, customers: 'c-D-2' },
      },
    ]);
  });
});

// A second October for Anna: busy mornings that mix calls and meetings, and accounts that stall.
// Seven working days (1, 2, 5, 6, 7, 8, 9 October) each hold 7 calls and 2 or 3 meetings: more calls
// than 2 per meeting, so every one is "mixed"; the other 15 working days are idle. An exhibition on
// 14 October (25 contacts met) brings no deal.
const meetingPlan: [day: string, customerId: string, role: InteractionInput['contactRole']][] = [
  ['01', 'c-s1', 'user'],
  ['01', 'c-p1', 'user'],
  ['02', 'c-s1', 'user'],
  ['02', 'c-p2', 'user'],
  ['05', 'c-s1', 'user'],
  ['05', 'c-p3', 'user'],
  ['06', 'c-s2', 'influencer'],
  ['06', 'c-p4', 'user'],
  ['07', 'c-s2', 'influencer'],
  ['07', 'c-p5', 'user'],
  ['08', 'c-s2', 'influencer'],
  ['08', 'c-p6', 'user'],
  ['09', 'c-w', 'decision-maker'],
  ['09', 'c-p7', 'user'],
  ['09', 'c-p8', 'user'],
];
const busy = normalizeInteractions([
  ...meetingPlan.map(([day, customerId, contactRole], i) => ({
    id: `mt-${i}`,
    managerId: 'm1',
    customerId,
    kind: 'meeting' as const,
    at: `2026-10-${day}T14:00Z`,
    contactRole,
  })),
  ...['01', '02', '05', '06', '07', '08', '09'].flatMap((day) =>
    Array.from({ length: 7 }, (_, n) => ({
      id: `call-${day}-${n}`,
      managerId: 'm1',
      kind: 'call' as const,
      at: `2026-10-${day}T0${n + 1}:00Z`,
    })),
  ),
  { id: 'ev-1', managerId: 'm1', kind: 'event', at: '2026-10-14', eventType: 'exhibition', contactsMet: 25 },
]);
// Twelve deals created in October (the funnel's cohort): eight prospects (c-p1 … c-p8, created on the
// day of their meeting), one won (c-w, created 9 October, won 23 October), three lost: L-1 lost
// 3 October (refilled: c-p3's deal came on 5 October), L-2 lost 12 October (no new deal by 26 October:
// not refilled), L-3 lost 25 October (its 14 days run past 31 October: not yet due).
const busyDeals = normalizeDeals([
  ...['01', '02', '05', '06', '07', '08', '09', '09'].map((day, i) => ({
    id: `P-${i + 1}`,
    managerId: 'm1',
    customerId: `c-p${i + 1}`,
    source: 'inbound' as const,
    stage: 'prospect' as const,
    amount: '5000',
    currency: 'EUR',
    createdAt: `2026-10-${day}`,
  })),
  {
    id: 'W-1',
    managerId: 'm1',
    customerId: 'c-w',
    source: 'inbound',
    stage: 'won',
    amount: '20000',
    currency: 'EUR',
    createdAt: '2026-10-09',
    closedAt: '2026-10-23',
  },
  ...[
    ['L-1', '01', '03'],
    ['L-2', '01', '12'],
    ['L-3', '02', '25'],
  ].map(([id, created, lost]) => ({
    id: id as string,
    managerId: 'm1',
    customerId: `c-${id}`,
    source: 'inbound' as const,
    stage: 'lost' as const,
    amount: '5000',
    currency: 'EUR',
    createdAt: `2026-10-${created}`,
    closedAt: `2026-10-${lost}`,
  })),
]);

describe('next steps of the sales criteria on a busy but unfocused month', () => {
  const card = evaluateManager({
    criteria: everyone,
    manager: anna,
    period: october,
    profile: small,
    interactions: busy,
    deals: busyDeals,
  });

  it('events: 25 contacts met at an exhibition and no deal from an event', () => {
    // One event in one month: 1 a month = good (60), so no "attend more" step.
    expect(scoreOf(card, 'sales.eventParticipation')).toBe(60);
    expect(stepsOf(card, 'sales.eventParticipation')).toEqual([
      {
        code: 'sales.eventParticipation.follow-up-event-contacts',
        message:
          'Follow up the contacts met at events: 25 contacts met at 1 event, and no new deal came from an event.',
        inputs: { contactsMet: 25, events: 1 },
      },
    ]);
  });

  it('alternation: no focused day, 15 of 22 idle', () => {
    // Focused 0 ÷ 22 = 0 → 0. Idle 15 ÷ 22 = 68.2 % > 20 %.
    expect(scoreOf(card, 'sales.meetingCallAlternation')).toBe(0);
    expect(stepsOf(card, 'sales.meetingCallAlternation')).toEqual([
      {
        code: 'sales.meetingCallAlternation.plan-focused-days',
        message:
          'Give each working day one focus, calls that add customers or meetings: 0 of 22 working days had one (0 %), 7 mixed both; 50 % is good.',
        inputs: { focusedDays: 0, workingDays: 22, share: 0, mixedDays: 7, good: 0.5 },
      },
      {
        code: 'sales.meetingCallAlternation.fill-idle-days',
        message: 'Fill the idle days: 15 of 22 working days had neither calls nor meetings (more than 20 %).',
        inputs: { idleDays: 15, workingDays: 22, limit: 0.2 },
      },
    ]);
  });

  it('decision maker: two stalled accounts, and 1 contract from 11 prospects met', () => {
    // Prospects met: c-s1, c-s2, c-w, c-p1 … c-p8 = 11; signed: c-w. 1 ÷ 11 = 0.0909, between fair 0.05
    // (40) and good 0.1 (60): 40 + (0.0909 − 0.05) ÷ 0.05 × 20 = 56.4 (below good).
    expect(scoreOf(card, 'sales.decisionMakerReach')).toBeCloseTo(56.4, 1);
    expect(stepsOf(card, 'sales.decisionMakerReach')).toEqual([
      {
        code: 'sales.decisionMakerReach.meet-decision-makers',
        // c-s1 met 3 times (a user), c-s2 3 times (an influencer), neither signed.
        message:
          'Book meetings with the decision maker at 2 stalled accounts: c-s1, c-s2 (3 or more meetings, no decision maker met, no contract).',
        inputs: { accounts: 2, customers: 'c-s1, c-s2', stalledAfterMeetings: 3 },
      },
      {
        code: 'sales.decisionMakerReach.sign-more-prospects',
        message:
          'Turn more prospects into contracts: 1 of 11 prospects met signed (0.091 per prospect); 0.1 is good.',
        inputs: { signed: 1, prospectsMet: 11, perProspect: 0.0909, good: 0.1 },
      },
    ]);
  });

  it('funnel: 1 of 12 prospects signed, and a loss not followed by a new prospect', () => {
    // Cohort 12, won 1: 0.0833 → 40 + (0.0833 − 0.05) ÷ 0.05 × 20 = 53.3 (below good).
    expect(scoreOf(card, 'sales.opportunityFunnel')).toBeCloseTo(53.3, 1);
    expect(stepsOf(card, 'sales.opportunityFunnel')).toEqual([
      {
        code: 'sales.opportunityFunnel.convert-prospects',
        message:
          'Qualify and follow up prospects: 1 of 12 prospects created in the period signed (8.3 %); 10 % is good.',
        inputs: { won: 1, prospects: 12, share: 0.0833, good: 0.1 },
      },
      {
        code: 'sales.opportunityFunnel.refill-after-losses',
        // Due: L-1 (refilled) and L-2 (not); L-3's window is still open.
        message:
          'Keep filling the funnel after a loss: 1 of 2 lost deals had no new prospect within 14 days.',
        inputs: { notRefilled: 1, losses: 2, refillWithinDays: 14 },
      },
    ]);
  });

  it('a criterion whose kinds are missing is listed as no-records: no plans, no plan attainment', () => {
    expect(card.criteria.find((c) => c.criterion === 'sales.planAttainment')?.explanation.inputs).toEqual({
      missing: 'plans',
    });
  });
});

describe('exchange rates passed through the scorecard', () => {
  // Plan 10 000 EUR; one deal won for 24 000 USD.
  const plans10k = normalizeSalesPlans([
    { managerId: 'm1', period: '2026-10', amount: '10000', currency: 'EUR' },
  ]);
  const usdDeal = [
    deal({ id: 'U-1', stage: 'won', amount: '24000', currency: 'USD', closedAt: '2026-10-15' }),
  ];
  // Budget: 10 000 EUR budgeted, 9 000 spent; 20 000 USD budgeted, 18 000 spent.
  const lines = normalizeBudgetLines([
    {
      department: 'CC',
      category: 'staff',
      period: '2026-10',
      budgeted: '10000',
      actual: '9000',
      currency: 'EUR',
      managerId: 'm1',
    },
    {
      department: 'CC',
      category: 'tools',
      period: '2026-10',
      budgeted: '20000',
      actual: '18000',
      currency: 'USD',
      managerId: 'm1',
    },
  ]);

  it('without rates, a deal in another currency than the plan is an error, never summed silently', () => {
    expect(
      failure(() =>
        evaluateManager({
          criteria: everyone,
          manager: anna,
          period: october,
          profile: b2b,
          deals: usdDeal,
          plans: plans10k,
        }),
      ),
    ).toBe(`${ErrorCodes.CurrencyMismatch} at deals[0].currency`);
  });

  it('with exchangeRates, the plan converts the deal, and the budget converts into `currency`', () => {
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: b2b,
      deals: usdDeal,
      plans: plans10k,
      budgetLines: lines,
      exchangeRates: { USD: '0.5' },
      currency: 'EUR',
    });
    // 24 000 USD × 0.5 = 12 000 EUR of 10 000: 1.2, between excellent 1.1 (80) and best 1.3 (100): 90.
    const plan = card.criteria.find((c) => c.criterion === 'sales.planAttainment');
    expect([plan?.value, plan?.score]).toEqual([1.2, 90]);
    // Budget: 10 000 + 20 000 × 0.5 = 20 000 EUR; spent 9 000 + 18 000 × 0.5 = 18 000: 0.9 = best → 100.
    const spend = card.criteria.find((c) => c.criterion === 'contactCentre.budgetVariance');
    expect([spend?.value, spend?.score]).toEqual([0.9, 100]);
  });

  it('the rates serve the sales criteria alone when no currency is given: budget lines must then agree', () => {
    expect(
      failure(() =>
        evaluateManager({
          criteria: everyone,
          manager: anna,
          period: october,
          profile: b2b,
          budgetLines: lines,
          exchangeRates: { USD: '0.5' },
        }),
      ),
    ).toBe(`${ErrorCodes.CurrencyMismatch} at budgetLines[1].currency`);
  });

  it('a bad rate or currency names the scorecard option', () => {
    const base = { manager: anna, period: october, profile: b2b };
    expect(
      failure(() => evaluateManager({ criteria: everyone, ...base, exchangeRates: { USD: '-1' } })),
    ).toBe(`${ErrorCodes.InvalidOption} at input.exchangeRates.USD`);
    expect(failure(() => evaluateManager({ criteria: everyone, ...base, currency: 'euro' }))).toBe(
      `${ErrorCodes.InvalidCurrency} at input.currency`,
    );
  });
});

describe('next steps of the new criteria at the edges', () => {
  it('proposes nothing from evaluations without a value (empty records)', () => {
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: small,
      interactions: [],
      deals: [],
      plans: [],
      reviews: [],
      trainings: [],
      asOf: '2026-11-02T00:00:00Z',
    });
    expect(card.asOf).toBe(Date.UTC(2026, 10, 2));
    // Events: 0 events is a value (0 a month), so only "attend more events" is proposed; the alternation
    // rates 0 focused days too, with 22 idle days, and no meeting is a meeting rate of 0. All three score
    // 0: the meeting rate (weight 2) first, then by criterion order. The rest have no value: no step.
    expect(card.nextSteps.map((s) => s.code)).toEqual([
      'sales.meetingRate.plan-more-meetings',
      'sales.eventParticipation.attend-more-events',
      'sales.meetingCallAlternation.plan-focused-days',
      'sales.meetingCallAlternation.fill-idle-days',
    ]);
    const insufficient = card.criteria
      .filter((c) => c.status === 'insufficient-data')
      .map((c) => c.criterion);
    expect(insufficient).toEqual([
      'sales.referrals',
      'sales.decisionMakerReach',
      'sales.planAttainment',
      'sales.opportunityFunnel',
      'contactCentre.monitoringScores',
      'contactCentre.trainingCoverage',
    ]);
  });

  it('slippage in December slips into January; without a plan the amounts stay per currency', () => {
    const december = periodOf('2026-12');
    const moved = (id: string, amount: string, currency: string) =>
      deal({
        id,
        stage: 'proposal',
        amount,
        currency,
        expectedCloseAt: '2027-01-08',
        closeDateChanges: [{ changedAt: '2026-12-20T09:00Z', from: '2026-12-28', to: '2027-01-08' }],
      });
    // A plan for November only: December has none, so nothing to convert into.
    const novemberPlan = normalizeSalesPlans([
      { managerId: 'm1', period: '2026-11', amount: '1000', currency: 'EUR' },
    ]);
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: december,
      profile: b2b,
      deals: [moved('S-1', '4000', 'EUR'), moved('S-2', '2500', 'USD')],
      plans: novemberPlan,
    });
    expect(stepsOf(card, 'sales.planAttainment')).toEqual([
      {
        code: 'sales.planAttainment.stop-slippage',
        message:
          'Close deals in the period they are ready: 2 deals worth 4 000.00 EUR + 2 500.00 USD slipped into January 2027 or later (S-1, S-2).',
        inputs: { deals: 2, amount: '4 000.00 EUR + 2 500.00 USD', into: '2027-01', dealIds: 'S-1, S-2' },
      },
    ]);
  });
});

describe('events and alternation without a value, or beyond a target range', () => {
  const events = normalizeInteractions(
    ['02', '14', '22'].map((day, n) => ({
      id: `ev-${n}`,
      managerId: 'm1',
      kind: 'event' as const,
      at: `2026-10-${day}`,
      eventType: 'conference' as const,
      contactsMet: 5,
    })),
  );

  it('a Saturday has no working day and is too short for events: neither proposes a step', () => {
    // 10 October 2026 is a Saturday: 1 day < the 28 days events need; no working day for the alternation.
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: periodOf('2026-10-10'),
      profile: b2b,
      interactions: [],
    });
    expect(card.criteria.slice(0, 2).map((c) => [c.criterion, c.status])).toEqual([
      ['sales.eventParticipation', 'insufficient-data'],
      ['sales.meetingCallAlternation', 'insufficient-data'],
    ]);
    expect(card.nextSteps).toEqual([]);
  });

  it('events without deals supplied: contacts met, none followed up; above a target range, no "attend more"', () => {
    // A profile that wants 0.5–1.5 events a month (good); 3 in October is at the range's worst edge: 0.
    const fewEvents = defineProfile(b2b, {
      id: 'few-events',
      criteria: {
        'sales.eventParticipation': {
          band: {
            direction: 'target-range',
            best: 1,
            excellent: [0.75, 1.25],
            good: [0.5, 1.5],
            fair: [0.25, 2],
            worst: [0, 3],
          },
        },
      },
    });
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: fewEvents,
      interactions: events,
    });
    expect(scoreOf(card, 'sales.eventParticipation')).toBe(0);
    // 3 × 5 = 15 contacts met, and no deals supplied: no deal came from an event.
    expect(stepsOf(card, 'sales.eventParticipation')).toEqual([
      {
        code: 'sales.eventParticipation.follow-up-event-contacts',
        message:
          'Follow up the contacts met at events: 15 contacts met at 3 events, and no new deal came from an event.',
        inputs: { contactsMet: 15, events: 3 },
      },
    ]);
  });
});

describe('a scorecard with every wired criterion is plain JSON of the documented shape', () => {
  it('validates against the schema and survives a JSON round trip (Decimals and Money as strings)', () => {
    const card = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: small,
      interactions: [...interactions, ...busy],
      deals: [...deals, ...busyDeals],
      plans,
      reviews,
      trainings,
      asOf: '2026-11-02T00:00:00Z',
    });
    expect(card.criteria.filter((c) => c.status === 'scored')).toHaveLength(9);
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      scorecardJsonSchemas.ManagerScorecard,
    );
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    const plan = card.criteria.find((c) => c.criterion === 'sales.planAttainment')?.details as Record<
      string,
      unknown
    >;
    expect(typeof plan.attainment).toBe('string');
  });
});
