// The registry's next steps at their edges: exactly at a target or a band's good edge, a value without
// a rating (too small a sample), a step's inputs that need a conversion, a pending deadline or a period
// other than one month. October 2026 (UTC, 22 working days) unless said otherwise; every number is
// worked out next to the records.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  ErrorCodes,
  type EvaluateManagerInput,
  evaluateManager,
  normalizeBudgetLines,
  normalizeCallRecords,
  normalizeCustomers,
  normalizeDeals,
  normalizeFeedbackItems,
  normalizeInteractions,
  normalizeQualityReviews,
  normalizeSalesPlans,
  normalizeSupportTickets,
  normalizeTrainingRecords,
  period,
  periodOf,
  SCORECARD_CRITERIA,
} from '../../src/index.js';
import { deal, failure } from '../helpers.js';
import { anna, answers, budget, calls, forEveryManager, meetings, october, resultOf } from './fixtures.js';

// Anna is a sales manager; here every entry applies to her whatever its function.
const everyone = forEveryManager(SCORECARD_CRITERIA);

type Records = Omit<EvaluateManagerInput, 'manager' | 'period' | 'profile' | 'criteria'>;
const card = (records: Records, profile = b2b, p = october) =>
  evaluateManager({ criteria: everyone, manager: anna, period: p, profile, ...records });

const stepsOf = (c: ReturnType<typeof evaluateManager>, criterion: string) =>
  c.nextSteps.filter((s) => s.criterion === criterion).map(({ code, inputs }) => ({ code, inputs }));

/** A call of the day 15 October offered at `hour`:00 and answered after `wait` seconds. */
const call = (id: string, hour: number, wait: number, vip = false) => {
  const offered = Date.UTC(2026, 9, 15, hour);
  return {
    id,
    queue: 'q',
    offeredAt: new Date(offered).toISOString(),
    answeredAt: new Date(offered + wait * 1000).toISOString(),
    ...(vip ? { vip: true, customerId: 'c1' } : {}),
  };
};

describe('the good edge: a step below good only', () => {
  it('satisfaction of exactly 80 % (good, 60) proposes nothing', () => {
    // 24 of 30 answers 5 (B2B's minimum sample is 30): 24 ÷ 30 = 0.8 = good → 60.
    const c = card({ surveys: [...answers('s5', 24, 5, 'price'), ...answers('s2', 6, 2, 'price')] });
    expect([resultOf(c, 'customer.satisfaction').value, resultOf(c, 'customer.satisfaction').score]).toEqual([
      0.8, 60,
    ]);
    expect(stepsOf(c, 'customer.satisfaction')).toEqual([]);
  });

  it('of weak topics of equal share, the most answered is named, not a later one', () => {
    // Waiting time 8 of 40 (0.2), price 7 of 35 (0.2), delivery 9 of 30 (0.3): each has 30 answers of
    // its own and is below good; read most answered first, the lowest share is waiting time's (price
    // ties it but comes later). All: 24 ÷ 105 = 0.2286, below worst 0.4: 0.
    const c = card({
      surveys: [
        ...answers('w5', 8, 5, 'waiting time'),
        ...answers('w2', 32, 2, 'waiting time'),
        ...answers('p5', 7, 5, 'price'),
        ...answers('p2', 28, 2, 'price'),
        ...answers('d5', 9, 5, 'delivery'),
        ...answers('d2', 21, 2, 'delivery'),
      ],
    });
    expect(stepsOf(c, 'customer.satisfaction').map((s) => s.inputs.topic)).toEqual(['waiting time']);
  });

  it('retention of 75.4 (one customer of 100 lost) proposes no win-back', () => {
    // 99 ÷ 100 over 31 days; a year: 0.99^(365 ÷ 31) = 0.8884, between good 0.85 (60) and excellent 0.9
    // (80): 60 + 0.0384 ÷ 0.05 × 20 = 75.4.
    const customers = normalizeCustomers(
      Array.from({ length: 100 }, (_, i) => ({
        id: `c${i}`,
        managerId: 'm1',
        since: '2025-01-01',
        ...(i === 0 ? { until: '2026-10-10' } : {}),
      })),
    );
    const c = card({ customers });
    expect(resultOf(c, 'customer.retention').score).toBeCloseTo(75.4, 1);
    expect(stepsOf(c, 'customer.retention')).toEqual([]);
  });

  it("retention rated poor for keeping everyone (a target range of the user's own) proposes no win-back", () => {
    // A profile that wants some churn: good from 85 to 95 %, worst at 100 %. All 20 customers stay:
    // 20 ÷ 20 = 1, a year 1, at the upper worst edge: 0. Below good, but there is no one to win back.
    const pruning = defineProfile(b2b, {
      id: 'pruning',
      criteria: {
        'customer.retention': {
          band: {
            direction: 'target-range',
            best: 0.9,
            excellent: [0.88, 0.92],
            good: [0.85, 0.95],
            fair: [0.8, 0.98],
            worst: [0.6, 1],
          },
        },
      },
    });
    const customers = normalizeCustomers(
      Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, managerId: 'm1', since: '2025-01-01' })),
    );
    const c = card({ customers }, pruning);
    const r = resultOf(c, 'customer.retention');
    expect([r.value, r.score, r.rating]).toEqual([1, 0, 'poor']);
    expect(stepsOf(c, 'customer.retention')).toEqual([]);
  });
});

describe('meeting rate', () => {
  it('too few working days to rate: no "plan more meetings"', () => {
    // 1–2 October 2026 (Thursday, Friday): 2 working days, below the minimum sample of 5.
    const c = card({ interactions: [] }, b2b, period({ from: '2026-10-01', to: '2026-10-02' }));
    expect(resultOf(c, 'sales.meetingRate').status).toBe('insufficient-data');
    expect(stepsOf(c, 'sales.meetingRate')).toEqual([]);
  });

  it('above a target range, no "plan more meetings" (no meeting is missing)', () => {
    // Good 1.01–1.02 a working day; 23 meetings ÷ 22 = 1.045: above good, inside fair (up to 1.1), so
    // below 60. ⌈1.01 × 22 − 23⌉ = ⌈−0.78⌉ = −0: no meeting more.
    const narrow = defineProfile(b2b, {
      id: 'narrow-meetings',
      criteria: {
        'sales.meetingRate': {
          band: {
            direction: 'target-range',
            best: 1.015,
            excellent: [1.012, 1.018],
            good: [1.01, 1.02],
            fair: [0.5, 1.1],
            worst: [0, 2],
          },
        },
      },
    });
    const c = card({ interactions: meetings('m1', 23) }, narrow);
    const score = resultOf(c, 'sales.meetingRate').score!;
    expect(score > 40 && score < 60).toBe(true);
    expect(stepsOf(c, 'sales.meetingRate')).toEqual([]);
  });
});

describe('service level', () => {
  it('exactly at the 85 % target: no "staff for peaks"', () => {
    // 34 of 40 calls answered in 30 s = 0.85 = target; the 6 others waited 45 s (not over a minute).
    const c = card({ calls: calls('a1', 34, 6, 45) });
    expect(resultOf(c, 'contactCentre.serviceLevel').value).toBe(0.85);
    expect(stepsOf(c, 'contactCentre.serviceLevel')).toEqual([]);
  });

  it('too few calls to rate: not even the long waits are a step', () => {
    // 10 calls, below B2B's minimum of 30; 5 of them waited 90 s.
    const c = card({ calls: calls('a1', 5, 5, 90) });
    expect(resultOf(c, 'contactCentre.serviceLevel').status).toBe('insufficient-data');
    expect(stepsOf(c, 'contactCentre.serviceLevel')).toEqual([]);
  });
});

describe('budget variance', () => {
  it('a budget of 0 is not rated and proposes nothing, though 100 EUR were spent', () => {
    const budgetLines = normalizeBudgetLines([
      {
        department: 'CC',
        category: 'staff',
        period: '2026-10',
        budgeted: '0',
        actual: '100',
        currency: 'EUR',
        managerId: 'm1',
      },
    ]);
    const c = card({ budgetLines });
    expect(resultOf(c, 'contactCentre.budgetVariance').explanation.code).toBe(
      'contactCentre.budgetVariance.zero-budget',
    );
    expect(stepsOf(c, 'contactCentre.budgetVariance')).toEqual([]);
  });

  it('counts a line only when its whole label lies inside the period: a quarter is not October', () => {
    // October's line: 9 700 ÷ 10 000 = 0.97, the excellent edge (80). The Q4 line (2 000 over its
    // 10 000) starts with October but ends after it, so it is left out, like September's.
    const lines = [
      ...budget('m1', '9700'),
      ...budget('m1', '12000', '2026-Q4'),
      ...budget('m1', '12000', '2026-09'),
    ];
    const r = resultOf(card({ budgetLines: lines }), 'contactCentre.budgetVariance');
    expect([r.value, r.score]).toEqual([0.97, 80]);
    // Scored over the quarter, both lines inside it count: (9 700 + 12 000) ÷ 20 000 = 1.085.
    const q4 = resultOf(
      card({ budgetLines: lines }, b2b, periodOf('2026-Q4')),
      'contactCentre.budgetVariance',
    );
    expect(q4.value).toBe(1.085);
  });

  it('a line whose period is no month (not normalised) is an invalid period at that line', () => {
    // The card gets a manager's share of the lines, so a line is named by its id, else by its
    // department, category and period, never by an index into that share.
    const line = { ...budget('m1', '9700')[0]!, period: '2026-13' };
    expect(failure(() => card({ budgetLines: [line] }))).toBe(
      `${ErrorCodes.InvalidPeriod} at budgetLines[["CC-m1","staff","2026-13"]].period`,
    );
    expect(failure(() => card({ budgetLines: [{ ...line, id: 'b-7' }] }))).toBe(
      `${ErrorCodes.InvalidPeriod} at budgetLines[id=b-7].period`,
    );
  });
});

describe('resolution efficiency exactly at its targets', () => {
  it('a median first response of 4 h, resolution of 24 h and 10 % reopened propose nothing', () => {
    // Ten tickets of ten customers, each answered after exactly 4 h and resolved after exactly 24 h;
    // T-0 reopened once and finally resolved: 1 of 10 resolved reopened = 0.1, the maximum.
    const tickets = normalizeSupportTickets(
      Array.from({ length: 10 }, (_, i) => ({
        id: `T-${i}`,
        customerId: `c${i}`,
        openedAt: `2026-10-${String(i + 5).padStart(2, '0')}T08:00Z`,
        firstResponseAt: `2026-10-${String(i + 5).padStart(2, '0')}T12:00Z`,
        resolvedAt: `2026-10-${String(i + 6).padStart(2, '0')}T08:00Z`,
        ...(i === 0 ? { reopenedAt: ['2026-10-07T08:00Z'], finalResolvedAt: '2026-10-08T08:00Z' } : {}),
      })),
    );
    const small = defineProfile(b2b, {
      id: 'small',
      criteria: { 'customer.resolutionEfficiency': { minimumSample: 1 } },
    });
    const c = card({ tickets }, small);
    const details = resultOf(c, 'customer.resolutionEfficiency').details as {
      firstResponse: { medianSeconds: number };
      resolution: { medianSeconds: number };
      reopen: { share: number };
    };
    expect([
      details.firstResponse.medianSeconds,
      details.resolution.medianSeconds,
      details.reopen.share,
    ]).toEqual([14_400, 86_400, 0.1]);
    expect(stepsOf(c, 'customer.resolutionEfficiency').map((s) => s.code)).toEqual([]);
  });
});

describe('feedback quality', () => {
  it('feedback without topics has no top topic to address', () => {
    // Two items without a topic, both acted on within a week: 2 of 2 in time (100).
    const feedback = normalizeFeedbackItems(
      ['02', '03'].map((d, i) => ({
        id: `F-${i}`,
        customerId: `c${i}`,
        at: `2026-10-${d}`,
        source: 'call' as const,
        actionTakenAt: `2026-10-${d.replace('0', '1')}`,
      })),
    );
    const small = defineProfile(b2b, {
      id: 'small',
      criteria: { 'customer.feedbackQuality': { minimumSample: 1 } },
    });
    const c = card({ feedback }, small);
    expect(resultOf(c, 'customer.feedbackQuality').score).toBe(100);
    expect(stepsOf(c, 'customer.feedbackQuality')).toEqual([]);
  });
});

describe('relationship care', () => {
  // c1, a VIP customer, contacted every 10 days: in care, so no overdue step.
  const customers = normalizeCustomers([{ id: 'c1', since: '2025-01-01', segment: 'vip' }]);
  const interactions = normalizeInteractions(
    ['01', '11', '21', '31'].map((d) => ({
      id: `i${d}`,
      managerId: 'm1',
      customerId: 'c1',
      kind: 'call' as const,
      at: `2026-10-${d}T09:00Z`,
    })),
  );
  const small = defineProfile(b2b, {
    id: 'small',
    criteria: { 'customer.relationshipCare': { minimumSample: 1, targetComplaintFollowUpShare: 0.5 } },
  });
  const care = (records: Records) =>
    stepsOf(card({ customers, interactions, ...records }, small), 'customer.relationshipCare');

  it('complaints followed up at exactly the target share: no step', () => {
    // Two complaints, one answered after 2 h (in the 24 h), one after 48 h: 1 ÷ 2 = 0.5 = target.
    const tickets = normalizeSupportTickets([
      {
        id: 'T-1',
        customerId: 'c1',
        openedAt: '2026-10-12T09:00Z',
        firstResponseAt: '2026-10-12T11:00Z',
        complaint: true,
      },
      {
        id: 'T-2',
        customerId: 'c1',
        openedAt: '2026-10-13T09:00Z',
        firstResponseAt: '2026-10-15T09:00Z',
        complaint: true,
      },
    ]);
    expect(care({ tickets })).toEqual([]);
  });

  it('VIP priority is judged only with both VIP and other calls, and only when VIPs fare no better', () => {
    // Only other calls (one late): no VIP service level to compare.
    expect(care({ calls: normalizeCallRecords([call('C-1', 9, 60)]) })).toEqual([]);
    // Only VIP calls, all late (0 %): no other service level to compare.
    expect(care({ calls: normalizeCallRecords([call('V-1', 9, 60, true)]) })).toEqual([]);
    // VIP 1 of 1 in time (100 %) against others 1 of 2 (50 %): VIPs have priority.
    expect(
      care({
        calls: normalizeCallRecords([call('V-1', 9, 10, true), call('C-1', 10, 10), call('C-2', 11, 60)]),
      }),
    ).toEqual([]);
    // VIP 1 of 2 against others 1 of 2: 50 % each, no better: a step.
    expect(
      care({
        calls: normalizeCallRecords([
          call('V-1', 9, 10, true),
          call('V-2', 10, 60, true),
          call('C-1', 11, 10),
          call('C-2', 12, 60),
        ]),
      }),
    ).toEqual([
      {
        code: 'customer.relationshipCare.prioritise-vip-calls',
        inputs: { vipServiceLevel: 0.5, otherServiceLevel: 0.5 },
      },
    ]);
  });
});

describe('event participation', () => {
  const exhibition = (id: string, day: string, contactsMet?: number) => ({
    id,
    managerId: 'm1',
    kind: 'event' as const,
    at: `2026-10-${day}`,
    eventType: 'exhibition' as const,
    ...(contactsMet === undefined ? {} : { contactsMet }),
  });

  it('too short a period to rate: no step, not even for the contacts met', () => {
    // 14 October alone: 1 day of B2B's 28.
    const c = card(
      { interactions: normalizeInteractions([exhibition('ev-1', '14', 25)]) },
      b2b,
      period({ from: '2026-10-14', to: '2026-10-14' }),
    );
    expect(resultOf(c, 'sales.eventParticipation').status).toBe('insufficient-data');
    expect(stepsOf(c, 'sales.eventParticipation')).toEqual([]);
  });

  it('over two months, "more" counts the events missing over both', () => {
    // October and November 2026: 2 months, no event: 0 a month (0). Good is 1 a month: ⌈1 × 2 − 0⌉ = 2.
    const c = card({ interactions: [] }, b2b, period({ from: '2026-10-01', to: '2026-11-30' }));
    expect(stepsOf(c, 'sales.eventParticipation')).toEqual([
      {
        code: 'sales.eventParticipation.attend-more-events',
        inputs: { events: 0, months: 2, perMonth: 0, good: 1, more: 2 },
      },
    ]);
  });

  it('rated good or better, "attend more" is never proposed, even with lower-is-better events', () => {
    // A profile that wants few events: 0 in October is at best (100).
    const few = defineProfile(b2b, {
      id: 'few-events',
      criteria: {
        'sales.eventParticipation': {
          band: { direction: 'lower-is-better', worst: 5, fair: 3, good: 2, excellent: 1, best: 0 },
        },
      },
    });
    const c = card({ interactions: [] }, few);
    expect(resultOf(c, 'sales.eventParticipation').score).toBe(100);
    expect(stepsOf(c, 'sales.eventParticipation')).toEqual([]);
  });

  it('just above a target range, "attend more" is not proposed (⌈1.5 − 2⌉ = −0)', () => {
    const narrow = defineProfile(b2b, {
      id: 'narrow-events',
      criteria: {
        'sales.eventParticipation': {
          band: {
            direction: 'target-range',
            best: 1.55,
            excellent: [1.52, 1.58],
            good: [1.5, 1.6],
            fair: [1.2, 1.8],
            worst: [0, 3],
          },
        },
      },
    });
    // Two events without contacts in October: 2 a month, above fair's 1.8: below 40.
    const c = card(
      { interactions: normalizeInteractions([exhibition('ev-1', '07'), exhibition('ev-2', '21')]) },
      narrow,
    );
    expect(resultOf(c, 'sales.eventParticipation').score! < 40).toBe(true);
    expect(stepsOf(c, 'sales.eventParticipation')).toEqual([]);
  });
});

describe('meeting and call alternation', () => {
  it('other warnings than idle days do not propose filling idle days', () => {
    // A call every day of October, none saying whether it added a customer: no idle day, but the
    // new-customer-unknown warning.
    const interactions = normalizeInteractions(
      Array.from({ length: 31 }, (_, i) => ({
        id: `call-${i}`,
        managerId: 'm1',
        kind: 'call' as const,
        at: `2026-10-${String(i + 1).padStart(2, '0')}T09:00Z`,
      })),
    );
    const c = card({ interactions });
    const result = resultOf(c, 'sales.meetingCallAlternation');
    expect(result.warnings.map((w) => w.code)).toContain('sales.meetingCallAlternation.new-customer-unknown');
    expect(stepsOf(c, 'sales.meetingCallAlternation').map((s) => s.code)).not.toContain(
      'sales.meetingCallAlternation.fill-idle-days',
    );
  });

  it('idle days: the step carries the idle and working days and the limit', () => {
    // Meetings on 1–3 October only (Thursday to Saturday): 2 working days used, 20 of 22 idle.
    const c = card({ interactions: meetings('m1', 3) });
    expect(stepsOf(c, 'sales.meetingCallAlternation').find((s) => s.code.endsWith('fill-idle-days'))).toEqual(
      {
        code: 'sales.meetingCallAlternation.fill-idle-days',
        inputs: { idleDays: 20, workingDays: 22, limit: 0.2 },
      },
    );
  });

  it('idle days in a period too short to rate: the warning stands, but no step', () => {
    // 1–2 October 2026 (Thursday, Friday): 2 working days, both idle (share 1, over the limit 0.2), below
    // the minimum sample of 5. Not rated, so nothing is proposed, the idle days included.
    const c = card({ interactions: [] }, b2b, period({ from: '2026-10-01', to: '2026-10-02' }));
    const result = resultOf(c, 'sales.meetingCallAlternation');
    expect([result.value, result.status]).toEqual([null, 'insufficient-data']);
    expect(result.warnings.map((w) => [w.code, w.inputs])).toEqual([
      ['sales.meetingCallAlternation.idle-days', { idleDays: 2, workingDays: 2, limit: 0.2 }],
    ]);
    expect(stepsOf(c, 'sales.meetingCallAlternation')).toEqual([]);
  });
});

describe('referrals', () => {
  it('every won customer asked: no step', () => {
    const small = defineProfile(b2b, { id: 'small', criteria: { 'sales.referrals': { minimumSample: 1 } } });
    const c = card(
      {
        interactions: normalizeInteractions([
          {
            id: 'ask-1',
            managerId: 'm1',
            customerId: 'c-D-1',
            kind: 'email',
            at: '2026-10-21T09:00Z',
            referralAsked: true,
          },
        ]),
        deals: [deal({ id: 'D-1', stage: 'won', closedAt: '2026-10-10' })],
      },
      small,
    );
    expect([resultOf(c, 'sales.referrals').value, resultOf(c, 'sales.referrals').score]).toEqual([1, 100]);
    expect(stepsOf(c, 'sales.referrals')).toEqual([]);
  });
});

describe('plan attainment', () => {
  it('rated good under a band whose good is under 100 %, no "close the gap", though the plan is not met', () => {
    // 9 700 won of a 10 000 plan = 0.97; good 0.95, excellent 1.1: 60 + 0.02 ÷ 0.15 × 20 = 62.67, shown as 62.7.
    const lenient = defineProfile(b2b, {
      id: 'lenient-plan',
      criteria: {
        'sales.planAttainment': {
          band: {
            direction: 'higher-is-better',
            worst: 0.5,
            fair: 0.8,
            good: 0.95,
            excellent: 1.1,
            best: 1.3,
          },
        },
      },
    });
    const c = card(
      {
        deals: [deal({ id: 'W-1', stage: 'won', amount: '9700', closedAt: '2026-10-10' })],
        plans: normalizeSalesPlans([
          { managerId: 'm1', period: '2026-10', amount: '10000', currency: 'EUR' },
        ]),
      },
      lenient,
    );
    const r = resultOf(c, 'sales.planAttainment');
    expect([r.value, r.score]).toEqual([0.97, 62.7]);
    expect(stepsOf(c, 'sales.planAttainment')).toEqual([]);
  });

  // A deal expected on 28 of the month, moved on the 27th to the 3rd of the next month.
  const slipped = (id: string, month: string, next: string, currency = 'EUR') =>
    deal({
      id,
      stage: 'negotiation',
      amount: '10000',
      currency,
      createdAt: '2026-01-05',
      expectedCloseAt: `2026-${next}-03`,
      closeDateChanges: [
        { changedAt: `2026-${month}-27T09:00Z`, from: `2026-${month}-28`, to: `2026-${next}-03` },
      ],
    });

  it('slippage in March slips into 2026-04, the month written with two digits', () => {
    const c = card(
      {
        deals: [slipped('S-1', '03', '04')],
        plans: normalizeSalesPlans([
          { managerId: 'm1', period: '2026-03', amount: '100000', currency: 'EUR' },
        ]),
      },
      b2b,
      periodOf('2026-03'),
    );
    expect(stepsOf(c, 'sales.planAttainment')[0]).toEqual({
      code: 'sales.planAttainment.stop-slippage',
      inputs: { deals: 1, amount: '10 000.00 EUR', into: '2026-04', dealIds: 'S-1' },
    });
  });

  it("with a plan, slipped deals in another currency are summed in the plan's currency", () => {
    // 10 000 USD × 0.5 = 5 000 EUR.
    const c = card({
      deals: [slipped('S-1', '10', '11', 'USD')],
      plans: normalizeSalesPlans([{ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' }]),
      exchangeRates: { USD: '0.5' },
    });
    expect(stepsOf(c, 'sales.planAttainment')[0]?.inputs).toEqual({
      deals: 1,
      amount: '5 000.00 EUR',
      into: '2026-11',
      dealIds: 'S-1',
    });
  });
});

describe('opportunity funnel', () => {
  it('a loss not refilled in time: the step counts losses due and not refilled', () => {
    // L-1 lost on 3 October, no new deal within 14 days (N-1 came on the 20th, 17 days on); L-2 lost
    // 10 October, refilled by N-1; L-3 lost 25 October, its 14 days still running on 31 October. Due 2,
    // not refilled 1.
    const lost = (id: string, day: string) => ({
      id,
      managerId: 'm1',
      customerId: `c-${id}`,
      source: 'inbound' as const,
      stage: 'lost' as const,
      amount: '5000',
      currency: 'EUR',
      createdAt: '2026-09-01',
      closedAt: `2026-10-${day}`,
    });
    const deals = normalizeDeals([
      lost('L-1', '03'),
      lost('L-2', '10'),
      lost('L-3', '25'),
      { ...lost('N-1', '20'), stage: 'prospect', createdAt: '2026-10-20', closedAt: undefined },
    ]);
    const c = card({ deals });
    expect(
      stepsOf(c, 'sales.opportunityFunnel').filter((s) => s.code.endsWith('refill-after-losses')),
    ).toEqual([
      {
        code: 'sales.opportunityFunnel.refill-after-losses',
        inputs: { notRefilled: 1, losses: 2, refillWithinDays: 14 },
      },
    ]);
  });
});

describe('monitoring scores and training coverage', () => {
  const review = (id: string, agentId: string, score: number, day: string) => ({
    id,
    agentId,
    at: `2026-10-${day}T12:00Z`,
    monitoring: 'silent' as const,
    score,
  });

  it('two low reviews, below the minimum of 3: no training arranged', () => {
    const c = card({
      reviews: normalizeQualityReviews([review('Q-1', 'a1', 60, '05'), review('Q-2', 'a1', 70, '06')]),
    });
    expect(resultOf(c, 'contactCentre.monitoringScores').status).toBe('insufficient-data');
    expect(stepsOf(c, 'contactCentre.monitoringScores')).toEqual([]);
  });

  it('with asOf, a representative whose deadline is still ahead is pending, not late', () => {
    // a1 fell below 75 on 5 October (deadline 19 October), never trained: late. a4 fell below 75 on
    // 25 October (deadline 8 November): pending on 2 November. Judged: 2 flagged − 1 pending = 1.
    const reviews = normalizeQualityReviews([review('Q-1', 'a1', 60, '05'), review('Q-2', 'a4', 60, '25')]);
    const c = evaluateManager({
      criteria: everyone,
      manager: anna,
      period: october,
      profile: b2b,
      reviews,
      trainings: [],
      asOf: '2026-11-02T00:00:00Z',
    });
    expect(stepsOf(c, 'contactCentre.trainingCoverage')).toEqual([
      {
        code: 'contactCentre.trainingCoverage.train-flagged',
        inputs: { late: 1, flagged: 1, trainedWithinDays: 14, agents: 'a1' },
      },
    ]);
  });

  it('every flagged representative trained in time: no step', () => {
    const c = card({
      reviews: normalizeQualityReviews([review('Q-1', 'a1', 60, '05')]),
      trainings: normalizeTrainingRecords([
        { id: 'TR-1', agentId: 'a1', course: 'Greeting', completedAt: '2026-10-12T12:00Z' },
      ]),
    });
    expect([resultOf(c, 'contactCentre.trainingCoverage').value]).toEqual([1]);
    expect(stepsOf(c, 'contactCentre.trainingCoverage')).toEqual([]);
  });

  it('one late representative, below a minimum of 2: not rated, no step', () => {
    const two = defineProfile(b2b, {
      id: 'two',
      criteria: { 'contactCentre.trainingCoverage': { minimumSample: 2 } },
    });
    const c = card({ reviews: normalizeQualityReviews([review('Q-1', 'a1', 60, '05')]), trainings: [] }, two);
    expect(resultOf(c, 'contactCentre.trainingCoverage').status).toBe('insufficient-data');
    expect(stepsOf(c, 'contactCentre.trainingCoverage')).toEqual([]);
  });
});
