// Law entries of the contact-centre and customer criteria that landed after the suite was written:
// monitoring scores, training coverage, satisfaction surveys and customer retention.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  type MonitoringScoresMetrics,
  monitoringScoresAggregator,
  normalizeCustomer,
  normalizeQualityReview,
  normalizeRevenueRecord,
  normalizeSurveyResponse,
  normalizeTrainingRecord,
  period,
  type QualityReview,
  type RetentionMetrics,
  type RetentionRecord,
  retentionAggregator,
  type SatisfactionMetrics,
  type SurveyResponse,
  satisfactionAggregator,
  type TrainingCoverageMetrics,
  type TrainingCoverageRecord,
  trainingCoverageAggregator,
} from '../../src/index.js';
import {
  OCTOBER,
  qualityReview,
  relationship,
  revenue,
  surveyAnswer,
  training,
  ZONE,
} from './arbitraries.js';
import { inPeriod, notLowered, notRaised } from './entries-sales.js';
import type { AnyLawEntry, LawEntry } from './harness.js';

const two = (n: number) => String(n).padStart(2, '0');
const october = fc.integer({ min: 1, max: 31 }).map((d) => `2026-10-${two(d)}`);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const agent = fc.constantFrom('a1', 'a2', 'a3', 'a4');

// ---------------------------------------------------------------- contactCentre.monitoringScores

const SEPTEMBER = period({ from: '2026-09-01', to: '2026-09-30', timeZone: ZONE });
/** A review added by a law: a reviewer's score and no checklist, in October. */
const reviewScoring = (score: number) =>
  fc
    .tuple(agent, october, fc.constantFrom('silent', 'announced'))
    .map(([agentId, d, monitoring]) =>
      normalizeQualityReview(
        { id: 'extra', agentId, teamId: 't1', at: `${d}T14:00`, monitoring: monitoring as 'silent', score },
        { timeZone: ZONE },
      ),
    );
const averages = (r: MonitoringScoresMetrics) => ({
  all: r.averageScore,
  ...Object.fromEntries(r.representatives.map((x) => [`agent ${x.agentId}`, x.averageScore])),
  ...Object.fromEntries(r.teams.map((x) => [`team ${x.teamId}`, x.averageScore])),
});
const everyAverage =
  (test: (before: number | null, after: number | null) => boolean) =>
  (b: MonitoringScoresMetrics, a: MonitoringScoresMetrics) => {
    const before = averages(b);
    const after = averages(a);
    return Object.entries(before).every(([k, v]) => test(v, after[k as keyof typeof after] ?? null));
  };

export const monitoringScores: LawEntry<QualityReview, unknown, MonitoringScoresMetrics> = {
  name: 'contactCentre.monitoringScores (threshold 75, September before)',
  aggregator: monitoringScoresAggregator({
    period: OCTOBER,
    previousPeriod: SEPTEMBER,
    trainingThreshold: 75,
  }) as never,
  records: qualityReview,
  ratios: (r) => ({
    overall: r.overallCompliance,
    ...Object.fromEntries(r.items.map((i) => [`item ${i.item}`, i.compliance])),
    ...Object.fromEntries(r.items.map((i) => [`weighted ${i.item}`, i.weightedCompliance])),
  }),
  oracle(rs, r) {
    const inside = rs.filter((x) => inPeriod(x.at));
    expect(r.reviews + r.unscoredReviews).toBe(inside.length);
    expect(r.representatives.reduce((n, x) => n + x.reviews, 0)).toBe(r.reviews);
    expect(r.silent.reviews + r.announced.reviews).toBe(r.reviews);
    for (const v of Object.values(averages(r))) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
    // Flagged for training exactly when the average is below the threshold.
    expect(r.needsTraining.map((x) => x.agentId).sort()).toEqual(
      r.representatives.filter((x) => x.averageScore < 75).map((x) => x.agentId),
    );
    expect(r.outsidePeriod + (r.previous?.reviews ?? 0)).toBeLessThanOrEqual(rs.length - inside.length);
  },
  monotone: [
    {
      name: 'adding a review scoring 100 never lowers an average (overall, representative, team), nor flags anyone',
      extra: reviewScoring(100),
      holds: (b, a) => everyAverage(notLowered)(b, a) && a.needsTraining.length <= b.needsTraining.length,
    },
    {
      name: 'adding a review scoring 0 never raises an average',
      extra: reviewScoring(0),
      holds: everyAverage(notRaised),
    },
  ],
  team: {
    groupOf: (x) => x.agentId,
    conserved: (r) => ({
      reviews: r.reviews,
      silent: r.silent.reviews,
      below: r.reviewsBelowThreshold,
      critical: r.criticalFailures,
      unscored: r.unscoredReviews,
      outside: r.outsidePeriod,
      previous: r.previous?.reviews ?? 0,
      flagged: r.needsTraining.length,
      passed: r.items.reduce((n, i) => n + i.passed, 0),
      failed: r.items.reduce((n, i) => n + i.failed, 0),
    }),
  },
};

// ---------------------------------------------------------------- contactCentre.trainingCoverage

const ROSTER = ['a1', 'a2', 'a3', 'a4'];
const AS_OF = Date.UTC(2026, 10, 5);
const trainingRecord: fc.Arbitrary<TrainingCoverageRecord> = fc.oneof(
  qualityReview.map((record) => ({ type: 'review' as const, record })),
  training.map((record) => ({ type: 'training' as const, record })),
);

export const trainingCoverage: LawEntry<TrainingCoverageRecord, unknown, TrainingCoverageMetrics> = {
  name: 'contactCentre.trainingCoverage (roster of four, within 14 days, as of 5 November)',
  aggregator: trainingCoverageAggregator({
    period: OCTOBER,
    roster: ROSTER,
    trainedWithinDays: 14,
    asOf: AS_OF,
  }) as never,
  records: trainingRecord,
  ratios: (r) => ({ trained: r.trainedShare, inTime: r.trainedInTimeShare }),
  oracle(rs, r) {
    expect(r.representatives).toBe(4);
    expect(r.trained + r.notTrained.length).toBe(4);
    expect(r.flagged).toBe(r.flaggedRepresentatives.length);
    expect(r.trainedInTime + r.pending + r.notTrainedInTime.length).toBe(r.flagged);
    // a5 is on no roster: his scored reviews in the period make him "outside the roster".
    const a5 = rs.some((x) => x.type === 'review' && x.record.agentId === 'a5');
    if (!a5) expect(r.outsideRoster).toBe(0);
    for (const f of r.flaggedRepresentatives) expect(f.averageScore).toBeLessThan(75);
  },
  monotone: [
    {
      name: 'adding a training completed in the period never lowers the share trained nor the share of flagged representatives trained in time',
      extra: fc.tuple(agent, october).map(([agentId, d]) => ({
        type: 'training' as const,
        record: normalizeTrainingRecord(
          { id: 'extra', agentId, course: 'Listening', completedAt: `${d}T17:00`, reason: 'monitoring' },
          { timeZone: ZONE },
        ),
      })),
      holds: (b, a) =>
        notLowered(b.trainedShare, a.trainedShare) && notLowered(b.trainedInTimeShare, a.trainedInTimeShare),
    },
    {
      name: 'adding a review scoring 100 never flags anyone more',
      extra: reviewScoring(100).map((record) => ({ type: 'review' as const, record })),
      holds: (b, a) => a.flagged <= b.flagged,
    },
  ],
  // The roster's representatives are in every group's scope; what is counted of records adds up.
  team: {
    groupOf: (x) => x.record.agentId,
    conserved: (r) => ({
      trained: r.trained,
      flagged: r.flagged,
      inTime: r.trainedInTime,
      pending: r.pending,
      outsideRoster: r.outsideRoster,
      reviewsOutside: r.reviewsOutsidePeriod,
      skipped: r.trainingsSkipped,
      unscored: r.unscoredReviews,
    }),
  },
};

// ---------------------------------------------------------------- customer.satisfaction

/** An answer added by a law, in October. */
const answer = (kind: 'csat' | 'nps' | 'ces', scores: fc.Arbitrary<number>) =>
  fc
    .tuple(scores, october)
    .map(([score, d]) =>
      normalizeSurveyResponse(
        { id: 'extra', kind, score, at: `${d}T12:00`, agentId: 'a1' },
        { timeZone: ZONE },
      ),
    );

export const satisfaction: LawEntry<SurveyResponse, unknown, SatisfactionMetrics> = {
  name: 'customer.satisfaction (CSAT 1–5, CES 1–7, 30 surveys sent of each)',
  aggregator: satisfactionAggregator({
    period: OCTOBER,
    surveysSent: { csat: 30, nps: 30, ces: 30 },
  }) as never,
  records: surveyAnswer,
  ratios: (r) => ({
    csat: r.csat.satisfied.share,
    ces: r.ces.easy.share,
    csatRate: r.responseRate.csat?.share ?? null,
    npsRate: r.responseRate.nps?.share ?? null,
    ...Object.fromEntries(r.topics.map((t) => [`csat ${t.topic}`, t.csat.satisfied.share])),
  }),
  oracle(rs, r) {
    const inside = rs.filter((x) => inPeriod(x.at));
    expect(r.answers).toBe(inside.length);
    expect(r.outsidePeriod).toBe(rs.length - inside.length);
    const csat = inside.filter((x) => x.kind === 'csat');
    expect(r.csat.answers).toBe(csat.length);
    // Top box of 1–5 is 4 and 5.
    expect(r.csat.satisfied.count).toBe(csat.filter((x) => x.score >= 4).length);
    const nps = inside.filter((x) => x.kind === 'nps');
    expect(r.nps.promoters).toBe(nps.filter((x) => x.score >= 9).length);
    expect(r.nps.detractors).toBe(nps.filter((x) => x.score <= 6).length);
    if (r.nps.score !== null) expect(r.nps.score >= -100 && r.nps.score <= 100).toBe(true);
    for (const e of [r.csat.satisfied, r.ces.easy]) {
      if (e.share === null) continue;
      // The Wilson interval holds the observed share.
      expect(e.interval!.low).toBeLessThanOrEqual(e.share + 1e-12);
      expect(e.interval!.high).toBeGreaterThanOrEqual(e.share - 1e-12);
    }
  },
  monotone: [
    {
      name: 'adding a top-box CSAT answer never lowers CSAT, and leaves NPS and CES as they were',
      extra: answer('csat', fc.constantFrom(4, 5)),
      holds: (b, a) =>
        notLowered(b.csat.satisfied.share, a.csat.satisfied.share) &&
        same(a.nps, b.nps) &&
        same(a.ces, b.ces),
    },
    {
      name: 'adding a CSAT answer below the top box never raises CSAT',
      extra: answer('csat', fc.constantFrom(1, 2, 3)),
      holds: (b, a) => notRaised(b.csat.satisfied.share, a.csat.satisfied.share),
    },
    {
      name: 'adding a promoter never lowers NPS; adding a detractor never raises it',
      extra: answer(
        'nps',
        fc.integer({ min: 0, max: 10 }).filter((s) => s <= 6 || s >= 9),
      ),
      holds: (b, a) =>
        a.nps.promoters > b.nps.promoters
          ? notLowered(b.nps.score, a.nps.score)
          : notRaised(b.nps.score, a.nps.score),
    },
    {
      name: 'adding an easy CES answer never lowers the share of easy answers nor the net ease',
      extra: answer('ces', fc.constantFrom(5, 6, 7)),
      holds: (b, a) => notLowered(b.ces.easy.share, a.ces.easy.share) && notLowered(b.ces.net, a.ces.net),
    },
  ],
  team: {
    groupOf: (x) => x.agentId ?? 'none',
    conserved: (r) => ({
      answers: r.answers,
      outside: r.outsidePeriod,
      csat: r.csat.answers,
      satisfied: r.csat.satisfied.count,
      promoters: r.nps.promoters,
      detractors: r.nps.detractors,
      easy: r.ces.easy.count,
      difficult: r.ces.difficult,
    }),
  },
};

// ---------------------------------------------------------------- customer.retention

const retentionRecord: fc.Arbitrary<RetentionRecord> = fc.oneof(
  relationship.map((record) => ({ type: 'customer' as const, record })),
  revenue.map((record) => ({ type: 'revenue' as const, record })),
);
/** A customer added by a law: an id no generated record has. */
const newCustomer = (since: fc.Arbitrary<string>, until: fc.Arbitrary<string | undefined>) =>
  fc.tuple(since, until).map(([s, u]) => ({
    type: 'customer' as const,
    record: normalizeCustomer({ id: 'c-new', since: s, until: u }, { timeZone: ZONE }),
  }));
const money = (r: RetentionMetrics, currency: string, field: 'startRevenue' | 'endRevenue') =>
  r.revenue.find((x) => x.currency === currency)?.[field].toString() ?? '0';

export const retention: LawEntry<RetentionRecord, unknown, RetentionMetrics> = {
  name: 'customer.retention (revenue September to October)',
  aggregator: retentionAggregator({ period: OCTOBER }) as never,
  records: retentionRecord,
  ratios: (r) => ({
    retention: r.retentionRate,
    churn: r.churnRate,
    annualised: r.annualisedRetentionRate,
    ...Object.fromEntries(
      r.cohorts.flatMap((c) => c.active.map((x) => [`cohort ${c.month} at ${x.monthEnd}`, x.share])),
    ),
  }),
  oracle(_rs, r) {
    expect(r.retained + r.lost).toBe(r.atStart);
    expect(r.atEnd).toBe(r.retained + r.acquired - r.acquiredAndLost);
    expect(r.cohorts.reduce((n, c) => n + c.acquired, 0)).toBe(r.acquired);
    if (r.retentionRate !== null) expect(r.retentionRate + r.churnRate!).toBeCloseTo(1, 12);
    for (const x of r.revenue) {
      // Net = start − churned − contraction + expansion, exactly.
      expect(x.endRevenue.toString()).toBe(
        x.startRevenue.minus(x.churned).minus(x.contraction).plus(x.expansion).toString(),
      );
    }
  },
  monotone: [
    {
      name: 'adding a customer there before the period and still there at its end never lowers the retention rate',
      extra: newCustomer(
        fc.constantFrom('2025-01-01', '2026-09-30'),
        fc.constantFrom(undefined, '2026-11-01', '2027-03-31'),
      ),
      holds: (b, a) => notLowered(b.retentionRate, a.retentionRate) && a.atStart === b.atStart + 1,
    },
    {
      name: 'adding a customer lost during the period never raises the retention rate',
      // Ending at midnight on 1 October is ending before the period (`until` is exclusive): from the 2nd.
      extra: newCustomer(
        fc.constantFrom('2025-01-01', '2026-09-30'),
        fc.integer({ min: 2, max: 31 }).map((d) => `2026-10-${two(d)}`),
      ),
      holds: (b, a) => notRaised(b.retentionRate, a.retentionRate) && a.lost === b.lost + 1,
    },
    {
      name: 'adding October revenue of a customer never lowers the revenue kept (end revenue, net retention) in its currency',
      extra: fc
        .tuple(
          fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
          fc.constantFrom('EUR', 'GBP'),
          fc.integer({ min: 0, max: 1_000_000 }),
        )
        .map(([customerId, currency, cents]) => ({
          type: 'revenue' as const,
          record: normalizeRevenueRecord({
            customerId,
            period: '2026-10',
            amount: (cents / 100).toFixed(2),
            currency,
          }),
        })),
      holds: (b, a) =>
        ['EUR', 'GBP'].every((c) => {
          const before = b.revenue.find((x) => x.currency === c);
          const after = a.revenue.find((x) => x.currency === c);
          if (before === undefined) return true;
          return (
            after?.endRevenue.gte(before.endRevenue) === true &&
            after.startRevenue.eq(before.startRevenue) &&
            (before.netRetention === null || after.netRetention!.gte(before.netRetention))
          );
        }),
    },
    {
      name: 'adding a customer acquired in the period leaves the retention rate as it was',
      extra: newCustomer(october, fc.constantFrom(undefined, '2026-12-31')),
      holds: (b, a) => a.retentionRate === b.retentionRate && a.acquired === b.acquired + 1,
    },
  ],
  // A customer's relationship and revenue are his own: per-customer results add up.
  team: {
    groupOf: (x) => (x.type === 'customer' ? x.record.id : x.record.customerId),
    conserved: (r) => ({
      atStart: r.atStart,
      acquired: r.acquired,
      atEnd: r.atEnd,
      retained: r.retained,
      acquiredAndLost: r.acquiredAndLost,
      outside: r.outsidePeriod,
      revenueOutside: r.revenueOutside,
      revenueNotAtStart: r.revenueNotAtStart,
      startEUR: money(r, 'EUR', 'startRevenue'),
      endEUR: money(r, 'EUR', 'endRevenue'),
      startGBP: money(r, 'GBP', 'startRevenue'),
    }),
  },
};

/** The contact-centre and customer entries, in the order the criteria landed. */
export const SERVICE_ENTRIES: readonly AnyLawEntry[] = [
  monitoringScores,
  trainingCoverage,
  satisfaction,
  retention,
];
