import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  ErrorCodes,
  evaluateTrainingCoverage,
  measure,
  normalizeQualityReviews,
  normalizeTrainingRecords,
  periodOf,
  type QualityReview,
  type TrainingCoverageRecord,
  type TrainingRecord,
  toEpochMillis,
  trainingCoverage,
  trainingCoverageAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const november = periodOf('2026-11');
const roster = ['a1', 'a2', 'a3', 'a4', 'a5'];
const at = (iso: string) => toEpochMillis(iso);

const review = (id: string, agentId: string, day: string, score: number) => ({
  id,
  agentId,
  at: `${day}T10:00Z`,
  monitoring: 'silent' as const,
  score,
});
const reviews = normalizeQualityReviews([
  review('Q1', 'a1', '2026-11-02', 90),
  review('Q2', 'a1', '2026-11-03', 80), // a1: (90 + 80) / 2 = 85, not flagged
  review('Q3', 'a2', '2026-11-02', 60), // a2 flagged 2 Nov (first below 75)
  review('Q4', 'a2', '2026-11-05', 80), // a2: (60 + 80) / 2 = 70
  review('Q5', 'a3', '2026-11-03', 70), // a3 flagged 3 Nov
  review('Q6', 'a3', '2026-11-04', 70), // a3: 70
  review('Q7', 'a4', '2026-11-16', 50), // a4 flagged 16 Nov
  review('Q8', 'a6', '2026-11-05', 40), // a6: not on the roster
  review('Q0', 'a1', '2026-10-20', 100), // October: outside the period
]);
const training = (
  id: string,
  agentId: string,
  day: string,
  reason: 'monitoring' | 'onboarding' | 'refresher',
) => ({
  id,
  agentId,
  course: 'Address verification',
  completedAt: `${day}T16:00Z`,
  reason,
});
const trainings = normalizeTrainingRecords([
  training('T1', 'a2', '2026-11-10', 'monitoring'), // 8 days after 2 Nov: in time
  training('T2', 'a3', '2026-11-25', 'monitoring'), // 22 days after 3 Nov: late
  training('T3', 'a3', '2026-10-28', 'refresher'), // before the period: skipped
  training('T4', 'a5', '2026-11-12', 'onboarding'), // a5, never reviewed, trained in the period
  training('T5', 'a1', '2026-12-05', 'refresher'), // after the period: not "trained in the period"
]);

describe('contactCentre.trainingCoverage', () => {
  it('of 3 flagged representatives only 1 was trained within 14 days: 1/3 is poor; 3 of 5 trained in November', () => {
    const result = trainingCoverage({ reviews, trainings }, { period: november, roster, profile: b2b });
    const m = result.details;
    expect(m.scope).toBe('roster');
    expect(m.representatives).toBe(5);
    // a2 (10 Nov), a3 (25 Nov), a5 (12 Nov); a1 only in December, a4 never
    expect(m.trained).toBe(3);
    expect(m.trainedShare).toBe(0.6);
    expect(m.notTrained).toEqual(['a1', 'a4']);
    expect(m.flagged).toBe(3);
    expect(m.trainedInTime).toBe(1);
    expect(m.trainedInTimeShare).toBe(1 / 3);
    expect(result.value).toBe(1 / 3);
    // (1/3 − 0) / (0.5 − 0) × 40 = 26.67 → 26.7
    expect(result.score).toBe(26.7);
    expect(result.rating).toBe('poor');
    expect(result.explanation.code).toBe('contactCentre.trainingCoverage.rated');
    expect(m.flaggedRepresentatives).toEqual([
      {
        agentId: 'a2',
        averageScore: 70,
        reviews: 2,
        flaggedAt: at('2026-11-02T10:00Z'),
        deadline: at('2026-11-16T10:00Z'),
        trainedAt: at('2026-11-10T16:00Z'),
        status: 'in-time',
      },
      {
        agentId: 'a3',
        averageScore: 70,
        reviews: 2,
        flaggedAt: at('2026-11-03T10:00Z'),
        deadline: at('2026-11-17T10:00Z'),
        trainedAt: at('2026-11-25T16:00Z'),
        status: 'late',
      },
      {
        agentId: 'a4',
        averageScore: 50,
        reviews: 1,
        flaggedAt: at('2026-11-16T10:00Z'),
        deadline: at('2026-11-30T10:00Z'),
        trainedAt: null,
        status: 'not-trained',
      },
    ]);
    expect(m.notTrainedInTime.map((f) => [f.agentId, f.status])).toEqual([
      ['a3', 'late'],
      ['a4', 'not-trained'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'contactCentre.trainingCoverage.not-trained-in-time',
      'contactCentre.trainingCoverage.outside-roster',
    ]);
    expect(m.outsideRoster).toBe(1); // a6
    expect(m.reviewsOutsidePeriod).toBe(1); // Q0
    expect(m.trainingsSkipped).toBe(1); // T3
  });

  it('as of 20 November, a4 (deadline 30 November) is pending: 1 of 2 in time is fair', () => {
    const result = trainingCoverage(
      { reviews, trainings },
      { period: november, roster, profile: b2b, asOf: at('2026-11-20T00:00Z') },
    );
    expect(result.details.pending).toBe(1);
    expect(result.details.flaggedRepresentatives.map((f) => f.status)).toEqual([
      'in-time',
      'late',
      'pending',
    ]);
    expect(result.value).toBe(0.5); // 1 / (3 − 1)
    expect(result.sampleSize).toBe(2);
    expect(result.rating).toBe('fair');
    expect(result.score).toBe(40);
  });

  it('without a roster the scope is everyone reviewed: a6 counts and is flagged too', () => {
    const m = trainingCoverage({ reviews, trainings }, { period: november, profile: b2b }).details;
    expect(m.scope).toBe('reviewed');
    // a1, a2, a3, a4, a6; trained: a2, a3 → 2 / 5; a5 (never reviewed) is not in scope
    expect(m.representatives).toBe(5);
    expect(m.trainedShare).toBe(0.4);
    expect(m.flagged).toBe(4);
    expect(m.trainedInTimeShare).toBe(0.25); // a2 only
    expect(m.outsideRoster).toBe(0);
  });

  it('with reasons: only monitoring trainings count', () => {
    const m = trainingCoverage(
      { reviews, trainings },
      { period: november, roster, profile: b2b, reasons: ['monitoring'] },
    ).details;
    expect(m.trained).toBe(2); // a5's onboarding no longer counts
    expect(m.trainingsSkipped).toBe(3); // T3, T4, T5
  });

  it('a longer window of 30 days makes a3 in time: 2 of 3, between fair and good', () => {
    const result = trainingCoverage(
      { reviews, trainings },
      { period: november, roster, profile: b2b, trainedWithinDays: 30 },
    );
    expect(result.value).toBe(2 / 3);
    // 40 + (2/3 − 0.5) / (0.8 − 0.5) × 20 = 51.11 → 51.1
    expect(result.score).toBe(51.1);
    expect(result.rating).toBe('fair');
    expect(result.details.trainedWithinDays).toBe(30);
  });

  it('the window is inclusive and a training before the flag does not count', () => {
    const few = normalizeQualityReviews([review('R1', 'a1', '2026-11-10', 60)]);
    const edge = normalizeTrainingRecords([
      { id: 'E0', agentId: 'a1', course: 'x', completedAt: '2026-11-09T00:00Z' },
      { id: 'E1', agentId: 'a1', course: 'x', completedAt: '2026-11-24T10:00Z' }, // exactly 14 × 24 h later
    ]);
    const m = trainingCoverage({ reviews: few, trainings: edge }, { period: november, profile: b2b }).details;
    expect(m.flaggedRepresentatives[0]?.trainedAt).toBe(at('2026-11-10T10:00Z') + 14 * 86_400_000);
    expect(m.flaggedRepresentatives[0]?.status).toBe('in-time');
  });

  it('an average of exactly 75 is not flagged, even with one review below 75', () => {
    const m = trainingCoverage(
      {
        reviews: normalizeQualityReviews([
          review('R1', 'a1', '2026-11-02', 70),
          review('R2', 'a1', '2026-11-03', 80),
        ]),
        trainings: [],
      },
      { period: november, profile: b2c },
    );
    expect(m.details.flagged).toBe(0);
    expect(m.rating).toBe('insufficient-data');
    expect(m.explanation.code).toBe('contactCentre.trainingCoverage.no-one-flagged');
  });

  it('insufficient data: nobody in scope, nobody flagged, everybody pending', () => {
    const none = trainingCoverage({ reviews: [], trainings: [] }, { period: november, profile: b2b });
    expect(none.explanation.code).toBe('contactCentre.trainingCoverage.no-representatives');
    expect(none.details.trainedShare).toBeNull();
    expect(none.details.trainedInTimeShare).toBeNull();
    const calm = trainingCoverage(
      { reviews: [], trainings },
      { period: november, roster: ['a5'], profile: b2b },
    );
    expect(calm.explanation.code).toBe('contactCentre.trainingCoverage.no-one-flagged');
    expect(calm.details.trainedShare).toBe(1);
    const waiting = trainingCoverage(
      { reviews: reviews.filter((r) => r.agentId === 'a4'), trainings: [] },
      { period: november, profile: b2b, asOf: at('2026-11-20T00:00Z') },
    );
    expect(waiting.rating).toBe('insufficient-data');
    expect(waiting.explanation.code).toBe('contactCentre.trainingCoverage.all-pending');
  });

  it('reviews with nothing to score are counted, not scored', () => {
    const odd = normalizeQualityReviews([
      {
        id: 'U',
        agentId: 'a1',
        at: '2026-11-02',
        monitoring: 'silent',
        items: [{ item: 'upsell', result: 'not-applicable' }],
      },
    ]);
    const m = measure(trainingCoverageAggregator({ period: november }), [
      { type: 'review', record: odd[0]! },
    ]);
    expect(m.unscoredReviews).toBe(1);
    expect(m.representatives).toBe(0);
  });

  it('impossible records fail with their path', () => {
    const badTraining = { ...trainings[0], completedAt: Number.NaN } as TrainingRecord;
    expect(
      failure(() =>
        trainingCoverage(
          { reviews, trainings: [trainings[1]!, badTraining] },
          { period: november, profile: b2b },
        ),
      ),
    ).toBe(`${ErrorCodes.InvalidValue} at trainings[1].completedAt`);
    expect(
      failure(() =>
        measure(trainingCoverageAggregator({ period: november }), [
          { type: 'training', record: badTraining },
        ]),
      ),
    ).toBe(`${ErrorCodes.InvalidValue} at trainings[id=T1].completedAt`);
    const badAgent = { ...trainings[0], agentId: 3 } as unknown as TrainingRecord;
    expect(
      failure(() =>
        trainingCoverage({ reviews: [], trainings: [badAgent] }, { period: november, profile: b2b }),
      ),
    ).toBe(`${ErrorCodes.InvalidValue} at trainings[0].agentId`);
    const badReview = { ...reviews[0], score: -5 } as QualityReview;
    expect(
      failure(() =>
        trainingCoverage({ reviews: [badReview], trainings: [] }, { period: november, profile: b2b }),
      ),
    ).toBe(`${ErrorCodes.OutOfRange} at reviews[0].score`);
    expect(
      failure(() =>
        measure(trainingCoverageAggregator({ period: november }), [{ type: 'review', record: badReview }]),
      ),
    ).toBe(`${ErrorCodes.OutOfRange} at reviews[id=Q1].score`);
  });

  it('bad options fail with the option path', () => {
    const o = { period: november, profile: b2b };
    const input = { reviews: [], trainings: [] };
    const cases: [Record<string, unknown>, string][] = [
      [{ trainedWithinDays: -1 }, 'options.trainedWithinDays'],
      [{ roster: 'a1' }, 'options.roster'],
      [{ roster: ['a1', ''] }, 'options.roster[1]'],
      [{ reasons: 'monitoring' }, 'options.reasons'],
      [{ reasons: ['fun'] }, 'options.reasons[0]'],
      [{ asOf: Number.NaN }, 'options.asOf'],
      [{ period: {} }, 'options.period'],
      [{ notApplicable: 'skip' }, 'options.notApplicable'],
    ];
    for (const [extra, path] of cases) {
      expect(failure(() => trainingCoverage(input, { ...o, ...extra } as typeof o))).toBe(
        `${ErrorCodes.InvalidOption} at ${path}`,
      );
    }
    expect(failure(() => trainingCoverageAggregator(null as unknown as typeof o))).toBe(
      `${ErrorCodes.InvalidOption} at options`,
    );
    expect(failure(() => trainingCoverage(null as unknown as typeof input, o))).toBe(
      `${ErrorCodes.InvalidOption} at input`,
    );
  });

  it('evaluates a measured state the same way as the convenience', () => {
    const records: TrainingCoverageRecord[] = [
      ...reviews.map((record) => ({ type: 'review' as const, record })),
      ...trainings.map((record) => ({ type: 'training' as const, record })),
    ];
    const m = measure(trainingCoverageAggregator({ period: november, roster }), records);
    expect(evaluateTrainingCoverage(m, { profile: b2b })).toEqual(
      trainingCoverage({ reviews, trainings }, { period: november, roster, profile: b2b }),
    );
  });

  it('obeys the aggregator laws over reviews and trainings interleaved', () => {
    const records: TrainingCoverageRecord[] = [];
    for (let i = 0; i < Math.max(reviews.length, trainings.length); i++) {
      if (reviews[i] !== undefined) records.push({ type: 'review', record: reviews[i]! });
      if (trainings[i] !== undefined) records.push({ type: 'training', record: trainings[i]! });
    }
    checkAggregatorLaws(trainingCoverageAggregator({ period: november, roster }), records);
    checkAggregatorLaws(
      trainingCoverageAggregator({ period: november, asOf: at('2026-11-20T00:00Z'), trainedWithinDays: 30 }),
      records,
    );
  });
});
