// Training coverage where the mutation run found it loosely tested (docs/testing.md): every option and
// record refusal word for word, the bounds of trainedWithinDays, and what the evaluation says of
// representatives trained late or not at all, of reviews outside the roster, and of no one in scope.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  measure,
  normalizeQualityReview,
  normalizeTrainingRecord,
  periodOf,
  trainingCoverage,
  trainingCoverageAggregator,
} from '../../../src/index.js';
import { arrayLike, errorOf } from '../../helpers.js';

const october = periodOf('2026-10');
const review = (id: string, agentId: string, at: string, score: number) =>
  normalizeQualityReview({ id, agentId, at, monitoring: 'silent', score });

/** A training on the Coaching course, as a record and tagged for the aggregator. */
const training = (id: string, agentId: string, completedAt: string, reason?: 'monitoring' | 'onboarding') =>
  normalizeTrainingRecord({ id, agentId, course: 'Coaching', completedAt, reason });
const train = (id: string, agentId: string, completedAt: string, reason?: 'monitoring' | 'onboarding') =>
  ({ type: 'training', record: training(id, agentId, completedAt, reason) }) as const;
const reviewed = (id: string, agentId: string, at: string, score: number) =>
  ({ type: 'review', record: review(id, agentId, at, score) }) as const;

describe('trainingCoverage refuses', () => {
  it.each([
    [null, 'options: expected an options object, got null'],
    [5, 'options: expected an options object, got 5'],
    [{ period: 'x' }, 'options.period: expected a Period from period() or periodOf(), got "x"'],
    [
      { period: { ...october, end: Number.NaN } },
      'options.period: expected a Period from period() or periodOf(), got an object',
    ],
    [
      { period: october, trainedWithinDays: -1 },
      'options.trainedWithinDays: expected a number of days ≥ 0, got -1',
    ],
    [
      { period: october, trainedWithinDays: '3' },
      'options.trainedWithinDays: expected a number of days ≥ 0, got "3"',
    ],
    [
      { period: october, trainedWithinDays: Number.POSITIVE_INFINITY },
      'options.trainedWithinDays: expected a number of days ≥ 0, got Infinity',
    ],
    [{ period: october, roster: 'a1' }, 'options.roster: expected an array of agent ids, got "a1"'],
    [{ period: october, roster: ['a1', ''] }, 'options.roster[1]: expected a non-empty agent id, got ""'],
    [{ period: october, roster: ['a1', 5] }, 'options.roster[1]: expected a non-empty agent id, got 5'],
    [{ period: october, reasons: 'x' }, 'options.reasons: expected an array of training reasons, got "x"'],
    [
      { period: october, reasons: ['x'] },
      'options.reasons[0]: expected one of onboarding, monitoring, refresher, other, got "x"',
    ],
    [{ period: october, asOf: 'soon' }, 'options.asOf: expected epoch milliseconds, got "soon"'],
  ])('options %j', (options, message) => {
    expect(errorOf(() => trainingCoverageAggregator(options as never)).message).toBe(message);
  });

  it('a non-object input and trainings that skipped the normaliser', () => {
    const message = (input: unknown) =>
      errorOf(() => trainingCoverage(input as never, { period: october, profile: b2b })).message;
    expect(message(null)).toBe('input: expected { reviews, trainings }, got null');
    expect(message(5)).toBe('input: expected { reviews, trainings }, got 5');
    expect(message({ reviews: [], trainings: [{ id: 't', agentId: 5, completedAt: 1 }] })).toBe(
      'trainings[0].agentId: expected a string, got 5',
    );
    expect(message({ reviews: [], trainings: [{ id: 't', agentId: 'a', completedAt: Number.NaN }] })).toBe(
      'trainings[0].completedAt: expected epoch milliseconds, got NaN',
    );
  });

  it('names a bad training of an iterable that is not an array by its id, even one with indices', () => {
    const trainings = arrayLike([
      training('T1', 'a1', '2026-10-05T10:00Z'),
      { ...training('T9', 'a1', '2026-10-06'), agentId: 5 },
    ]);
    expect(
      errorOf(() => trainingCoverage({ reviews: [], trainings } as never, { period: october, profile: b2b }))
        .message,
    ).toBe('trainings[id=T9].agentId: expected a string, got 5');
  });

  it('takes 0 days, trained the day flagged or never', () => {
    expect(trainingCoverageAggregator({ period: october, trainedWithinDays: 0 })).toBeDefined();
  });
});

describe('what trainingCoverage says', () => {
  it('names the representatives trained late or not at all, and the reviews outside the roster', () => {
    const reviews = [
      review('Q1', 'a1', '2026-10-02T10:00Z', 60),
      review('Q2', 'a2', '2026-10-03T10:00Z', 50),
      review('Q3', 'a9', '2026-10-04T10:00Z', 90),
    ];
    const trainings = [
      normalizeTrainingRecord({
        id: 'T1',
        agentId: 'a2',
        course: 'Call handling',
        completedAt: '2026-10-25T10:00Z',
        reason: 'monitoring',
      }),
    ];
    const e = trainingCoverage(
      { reviews, trainings },
      { period: october, profile: b2b, roster: ['a1', 'a2', 'a3'] },
    );
    // a1 scored 60 on 2 October (under 75) and was never trained; a2 scored 50 on 3 October and was
    // trained on 25 October, 22 days later (14 allowed); a9 is not on the roster.
    expect(e.warnings.map((w) => [w.code, w.message, w.inputs])).toEqual([
      [
        'contactCentre.trainingCoverage.not-trained-in-time',
        '2 flagged representatives were not trained within 14 days: a1 (not-trained), a2 (late).',
        { count: 2, representatives: 'a1,a2', trainedWithinDays: 14 },
      ],
      [
        'contactCentre.trainingCoverage.outside-roster',
        '1 reviewed representatives are not on the roster and were left out.',
        { outsideRoster: 1 },
      ],
    ]);
    expect(
      trainingCoverage({ reviews: [], trainings: [] }, { period: october, profile: b2b }).explanation,
    ).toEqual({
      code: 'contactCentre.trainingCoverage.no-representatives',
      message: 'No representative in scope: no roster given and no scored review in the period.',
      inputs: { reviewsOutsidePeriod: 0 },
    });
  });
});

describe('trainingCoverage at its edges', () => {
  it('keeps trainings from the period’s start up to its end plus the window, and reviews of the period only', () => {
    const m = measure(trainingCoverageAggregator({ period: october, trainedWithinDays: 14 }), [
      train('T1', 'a1', '2026-09-30T23:59:59.999Z'), // before the period: skipped
      train('T2', 'a1', '2026-11-15T00:00:00Z'), // 1 November + 14 days exactly: kept
      train('T3', 'a1', '2026-11-15T00:00:00.001Z'), // skipped
      reviewed('Q1', 'a1', '2026-10-01T00:00:00Z', 90),
      reviewed('Q2', 'a1', '2026-11-01T00:00:00Z', 90),
    ]);
    expect([m.trainingsSkipped, m.reviewsOutsidePeriod, m.representatives]).toEqual([2, 1, 1]);
    // T2 came after the period: a1 was not trained in it.
    expect([m.trained, m.notTrained]).toEqual([0, ['a1']]);
  });

  it('keeps in its state what the state type says, and nothing else: a training adds its completion time', () => {
    // The state is plain JSON that may be stored and merged later, so its content is part of the contract.
    const agg = trainingCoverageAggregator({ period: october });
    const s = agg.add(
      agg.add(agg.init(), train('T1', 'a1', '2026-10-05T10:00Z')),
      reviewed('Q1', 'a2', '2026-10-02T10:00Z', 60),
    );
    expect(s.representatives).toEqual({
      a1: { reviews: 0, scoreMicro: 0, firstBelowAt: null, trainings: [Date.UTC(2026, 9, 5, 10)] },
      a2: { reviews: 1, scoreMicro: 60_000_000, firstBelowAt: Date.UTC(2026, 9, 2, 10), trainings: [] },
    });
  });

  it('keeps a training completed at the period’s first instant', () => {
    const m = measure(trainingCoverageAggregator({ period: october }), [
      reviewed('Q1', 'a1', '2026-10-02T10:00Z', 90),
      train('T1', 'a1', '2026-10-01T00:00:00Z'),
    ]);
    expect([m.trainingsSkipped, m.trained, m.notTrained]).toEqual([0, 1, []]);
  });

  it('is flagged from the first review below the threshold, not the first review; a training at the period’s end is not in it', () => {
    const m = measure(trainingCoverageAggregator({ period: october }), [
      reviewed('Q1', 'a1', '2026-10-02T10:00Z', 75), // at the threshold: not below it
      reviewed('Q2', 'a1', '2026-10-10T10:00Z', 40), // average 57.5
      train('T1', 'a2', '2026-11-01T00:00:00Z'),
      reviewed('Q3', 'a2', '2026-10-05T10:00Z', 95),
    ]);
    expect(m.flaggedRepresentatives.map((f) => [f.agentId, f.flaggedAt])).toEqual([
      ['a1', Date.UTC(2026, 9, 10, 10)],
    ]);
    expect(m.notTrained).toEqual(['a1', 'a2']);
  });

  it('a score of 0 is scored and flags; an average of exactly 75 does not', () => {
    const m = measure(trainingCoverageAggregator({ period: october }), [
      reviewed('Q1', 'a1', '2026-10-02T10:00Z', 0),
      reviewed('Q2', 'a2', '2026-10-02T10:00Z', 70),
      reviewed('Q3', 'a2', '2026-10-03T10:00Z', 80),
    ]);
    expect([m.unscoredReviews, m.flagged, m.flaggedRepresentatives.map((f) => f.agentId)]).toEqual([
      0,
      1,
      ['a1'],
    ]);
  });

  it('the earliest training from the instant of the flag on counts; a deadline at asOf has passed', () => {
    const m = measure(trainingCoverageAggregator({ period: october, trainedWithinDays: 14 }), [
      reviewed('Q1', 'a1', '2026-10-02T10:00Z', 60),
      train('T1', 'a1', '2026-10-02T10:00Z'), // at the flag itself
      reviewed('Q2', 'a2', '2026-10-03T10:00Z', 60),
      train('T2', 'a2', '2026-10-30T10:00Z'),
      train('T3', 'a2', '2026-10-10T10:00Z'), // the earliest, in time
    ]);
    expect(m.flaggedRepresentatives.map((f) => [f.agentId, f.status, f.trainedAt])).toEqual([
      ['a1', 'in-time', Date.UTC(2026, 9, 2, 10)],
      ['a2', 'in-time', Date.UTC(2026, 9, 10, 10)],
    ]);
    const due = measure(
      trainingCoverageAggregator({ period: october, trainedWithinDays: 14, asOf: Date.UTC(2026, 9, 16, 10) }),
      [reviewed('Q1', 'a1', '2026-10-02T10:00Z', 60)],
    );
    expect(due.flaggedRepresentatives.map((f) => f.status)).toEqual(['not-trained']);
  });
});

describe('trainingCoverage before 1970, with reasons, and in its explanations', () => {
  it('flags from the first review below the threshold when the times are negative (before 1970)', () => {
    // March 1965 is in the library's range (1900–2199), and its epoch times are negative. The state
    // marked "no review below yet" with −1, so each later review below the threshold replaced the
    // first: the flag moved to 20 March and the training on 5 March no longer counted.
    const march1965 = periodOf('1965-03');
    const m = measure(trainingCoverageAggregator({ period: march1965, trainedWithinDays: 14 }), [
      reviewed('Q1', 'a1', '1965-03-02T10:00Z', 60),
      train('T1', 'a1', '1965-03-05T10:00Z'),
      reviewed('Q2', 'a1', '1965-03-20T10:00Z', 50),
    ]);
    expect(m.flaggedRepresentatives.map((f) => [f.flaggedAt, f.trainedAt, f.status])).toEqual([
      [Date.UTC(1965, 2, 2, 10), Date.UTC(1965, 2, 5, 10), 'in-time'],
    ]);
    // The same in two halves merged: the earlier flag wins whichever side it is on.
    const agg = trainingCoverageAggregator({ period: march1965, trainedWithinDays: 14 });
    const late = agg.add(agg.init(), reviewed('Q2', 'a1', '1965-03-20T10:00Z', 50));
    const early = agg.add(
      agg.add(agg.init(), reviewed('Q1', 'a1', '1965-03-02T10:00Z', 60)),
      train('T1', 'a1', '1965-03-05T10:00Z'),
    );
    for (const merged of [agg.merge(late, early), agg.merge(early, late)]) {
      expect(agg.finish(merged).flaggedRepresentatives.map((f) => [f.flaggedAt, f.status])).toEqual([
        [Date.UTC(1965, 2, 2, 10), 'in-time'],
      ]);
    }
  });

  it('counts only trainings for the reasons asked, and none without a reason', () => {
    const m = measure(trainingCoverageAggregator({ period: october, reasons: ['monitoring'] }), [
      reviewed('Q1', 'a1', '2026-10-02T10:00Z', 90),
      train('T1', 'a1', '2026-10-05T10:00Z', 'onboarding'),
      train('T2', 'a1', '2026-10-06T10:00Z'),
      train('T3', 'a1', '2026-10-07T10:00Z', 'monitoring'),
    ]);
    expect([m.trainingsSkipped, m.trained]).toEqual([2, 1]);
  });

  it('takes the training threshold from the profile’s monitoring settings', () => {
    const strict = defineProfile(b2b, {
      id: 'strict',
      criteria: { 'contactCentre.monitoringScores': { trainingThreshold: 80 } },
    });
    const reviews = [review('Q1', 'a1', '2026-10-02T10:00Z', 78)];
    const e = trainingCoverage({ reviews, trainings: [] }, { period: october, profile: strict });
    // 78 is below 80 (strict) though not below 75 (b2b).
    expect([e.details.trainingThreshold, e.details.flagged]).toEqual([80, 1]);
    expect(
      trainingCoverage({ reviews, trainings: [] }, { period: october, profile: b2b }).details.flagged,
    ).toBe(0);
  });

  it('says who is still pending, and rates the others in words and numbers', () => {
    const reviews = [
      review('Q1', 'a1', '2026-10-02T10:00Z', 60),
      review('Q2', 'a2', '2026-10-28T10:00Z', 60),
      review('Q3', 'a3', '2026-10-03T10:00Z', 60),
      review('Q4', 'a4', '2026-10-04T10:00Z', 60),
    ];
    const trainings = [training('T1', 'a1', '2026-10-09T10:00Z'), training('T3', 'a3', '2026-10-12T10:00Z')];
    const asOf = Date.UTC(2026, 10, 1);
    const pending = trainingCoverage(
      { reviews: [reviews[1]!], trainings: [] },
      { period: october, profile: b2b, asOf },
    );
    expect(pending.explanation).toEqual({
      code: 'contactCentre.trainingCoverage.all-pending',
      message: 'All 1 flagged representatives still have time to be trained.',
      inputs: { flagged: 1, pending: 1 },
    });
    // a2 (flagged 28 October) is pending on 1 November; a1 and a3 were trained in time, a4 never:
    // 2 of 3, 66.7 %.
    const e = trainingCoverage({ reviews, trainings }, { period: october, profile: b2b, asOf });
    expect(e.value).toBeCloseTo(2 / 3, 12);
    expect(e.explanation.message).toBe(
      `2 of 3 representatives below 75 were trained within 14 days (66.7 %); 2 of 4 were trained in the period: ${e.rating}.`,
    );
    expect(e.explanation.inputs).toEqual({
      trainedInTime: 2,
      flagged: 4,
      pending: 1,
      trainedWithinDays: 14,
      trained: 2,
      representatives: 4,
      share: 2 / 3,
    });
  });
});
