// Monitoring scores where the mutation run found them loosely tested (docs/testing.md): each refusal of
// a review that skipped the normaliser, each option refusal, the threshold's own bounds, a score of 0
// from the checklist, a review without anything to score, the previous period's edges, and the texts.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  measure,
  monitoringScores,
  monitoringScoresAggregator,
  normalizeQualityReview,
  periodOf,
  type QualityReviewInput,
} from '../../../src/index.js';
import { arrayLike, errorOf } from '../../helpers.js';

const october = periodOf('2026-10');
const september = periodOf('2026-09'); // [2026-09-01T00:00Z, 2026-10-01T00:00Z)
const review = (input: Partial<QualityReviewInput> & { id: string }) =>
  normalizeQualityReview({
    agentId: 'a1',
    at: '2026-10-05T10:00Z',
    monitoring: 'silent',
    score: 80,
    ...input,
  });
const ok = review({ id: 'Q1', items: [{ item: 'greeting', result: 'pass', weight: 1 }] });

describe('monitoringScores refuses', () => {
  it.each([
    [{ score: 120 }, 'out-of-range', 'reviews[1].score: expected a score from 0 to 100, got 120'],
    [
      { items: [{ item: 'g', result: 'pass', weight: -1 }] },
      'out-of-range',
      'reviews[1].items[0].weight: expected a weight ≥ 0, got -1',
    ],
    [
      { items: [{ item: 'g', result: 'pass', weight: Number.POSITIVE_INFINITY }] },
      'out-of-range',
      'reviews[1].items[0].weight: expected a weight ≥ 0, got Infinity',
    ],
    [
      { items: [{ item: 'g', result: 'maybe' }] },
      'invalid-value',
      'reviews[1].items[0].result: expected pass, fail or not-applicable, got "maybe"',
    ],
    [
      { items: [{ item: 5, result: 'pass' }] },
      'invalid-value',
      'reviews[1].items[0].item: expected a string, got 5',
    ],
    [
      { monitoring: 'hidden' },
      'invalid-value',
      'reviews[1].monitoring: expected "silent" or "announced", got "hidden"',
    ],
    [{ at: Number.NaN }, 'invalid-value', 'reviews[1].at: expected epoch milliseconds, got NaN'],
    [{ agentId: 7 }, 'invalid-value', 'reviews[1].agentId: expected a string, got 7'],
  ])('a review with %j, that skipped the normaliser', (change, code, message) => {
    const error = errorOf(() =>
      monitoringScores([ok, { ...ok, ...change } as never], { period: october, profile: b2b }),
    );
    expect([error.code, error.message]).toEqual([code, message]);
  });

  it('a bad item past the tenth is named with its value', () => {
    const items = Array.from({ length: 11 }, (_, k) => ({
      item: `i${k}`,
      result: 'pass' as const,
      weight: k === 10 ? -2 : 1,
    }));
    expect(
      errorOf(() => monitoringScores([{ ...ok, items } as never], { period: october, profile: b2b })).message,
    ).toBe('reviews[0].items[10].weight: expected a weight ≥ 0, got -2');
  });

  it('names a bad review of an iterable that is not an array by its id, even one with indices', () => {
    const error = errorOf(() =>
      monitoringScores(arrayLike([ok, { ...ok, id: 'Q9', score: 120 }]), { period: october, profile: b2b }),
    );
    expect(error.message).toBe('reviews[id=Q9].score: expected a score from 0 to 100, got 120');
  });

  it('bad options, each in its words; a threshold of 0 or 100 is one', () => {
    const message = (o: object | null) => errorOf(() => monitoringScoresAggregator(o as never)).message;
    expect(message(null)).toBe('options: expected an options object, got null');
    expect(message(5 as never)).toBe('options: expected an options object, got 5');
    for (const bad of [-1, '75'])
      expect(message({ period: october, trainingThreshold: bad })).toBe(
        `options.trainingThreshold: expected a score from 0 to 100, got ${JSON.stringify(bad)}`,
      );
    expect(message({ period: 'x' })).toBe(
      'options.period: expected a Period from period() or periodOf(), got "x"',
    );
    expect(message({ period: october, notApplicable: 'x' })).toBe(
      'options.notApplicable: expected "reweight" or "zero", got "x"',
    );
    expect(message({ period: october, scoreFrom: 'x' })).toBe(
      'options.scoreFrom: expected "review" or "items", got "x"',
    );
    expect(message({ period: october, trainingThreshold: 101 })).toBe(
      'options.trainingThreshold: expected a score from 0 to 100, got 101',
    );
    expect(message({ period: october, previousPeriod: october })).toBe(
      'options.previousPeriod: expected a period that ends on or before options.period starts, got "2026-10-01..2026-10-31"',
    );
    for (const trainingThreshold of [0, 100])
      expect(
        measure(monitoringScoresAggregator({ period: october, trainingThreshold }), [ok]).trainingThreshold,
      ).toBe(trainingThreshold);
  });
});

describe('monitoringScores at its edges', () => {
  it('scored from the items, a checklist that failed everything scores 0, not the reviewer’s 80', () => {
    const failed = review({ id: 'Q2', items: [{ item: 'greeting', result: 'fail' }] });
    expect(
      measure(monitoringScoresAggregator({ period: october, scoreFrom: 'items' }), [failed]).averageScore,
    ).toBe(0);
  });

  it('a review with neither a score nor an applicable item is left out and said so', () => {
    const empty = review({
      id: 'Q3',
      score: undefined,
      items: [{ item: 'upsell', result: 'not-applicable' }],
    });
    const e = monitoringScores([ok, empty], { period: october, profile: b2b, scoreFrom: 'items' });
    expect([e.details.reviews, e.details.unscoredReviews, e.details.averageScore]).toEqual([1, 1, 100]);
    expect(e.warnings.find((w) => w.code === 'contactCentre.monitoringScores.unscored-reviews')).toEqual({
      code: 'contactCentre.monitoringScores.unscored-reviews',
      message: '1 reviews had no score and no applicable item with weight, and were left out.',
      inputs: { unscoredReviews: 1 },
    });
    const none = monitoringScores([empty], { period: october, profile: b2b, scoreFrom: 'items' });
    expect(none.explanation.message).toBe('No scored review in the period (1 had nothing to score).');
  });

  it('the previous period runs from its first instant up to, not including, the period’s', () => {
    const first = review({ id: 'P1', at: '2026-09-01T00:00:00Z', score: 60 });
    const last = review({ id: 'P2', at: '2026-09-30T23:59:59.999Z', score: 70 });
    const now = review({ id: 'N1', at: '2026-10-01T00:00:00Z', score: 90 });
    const m = measure(monitoringScoresAggregator({ period: october, previousPeriod: september }), [
      first,
      last,
      now,
    ]);
    expect([m.previous?.reviews, m.previous?.averageScore, m.reviews, m.change]).toEqual([2, 65, 1, 25]);
  });

  it('the period runs up to, not including, its end: a review at that instant is outside it', () => {
    const last = review({ id: 'E1', at: '2026-10-31T23:59:59.999Z', score: 60 });
    const after = review({ id: 'E2', at: '2026-11-01T00:00:00Z', score: 90 });
    const m = measure(monitoringScoresAggregator({ period: october }), [last, after]);
    expect([m.reviews, m.averageScore, m.outsidePeriod]).toEqual([1, 60, 1]);
  });

  it('with no review in the period there is no average, and no change on the previous period', () => {
    const before = review({ id: 'B1', at: '2026-09-10', score: 80 });
    const m = measure(monitoringScoresAggregator({ period: october, previousPeriod: september }), [before]);
    // Not 0 − 80: a period without reviews has not fallen by 80.
    expect([m.reviews, m.averageScore, m.previous?.averageScore, m.change]).toEqual([0, null, 80, null]);
  });

  it('a review at the instant the previous period ends is in neither, when a gap follows it', () => {
    const gapEnd = review({ id: 'G1', at: '2026-09-01T00:00:00Z', score: 60 });
    const m = measure(monitoringScoresAggregator({ period: october, previousPeriod: periodOf('2026-08') }), [
      gapEnd,
    ]);
    expect([m.previous?.reviews, m.outsidePeriod]).toEqual([0, 1]);
  });

  it('a reviewer’s score of 0 is a score, not a reason to read the items', () => {
    const zero = review({ id: 'Z1', score: 0, items: [{ item: 'greeting', result: 'pass' }] });
    expect(measure(monitoringScoresAggregator({ period: october }), [zero]).averageScore).toBe(0);
  });

  it('says who needs training, and a change of 0 as +0', () => {
    const low = [
      review({ id: 'L1', agentId: 'a7', score: 60 }),
      review({ id: 'L2', agentId: 'a7', score: 70 }),
      review({ id: 'L3', agentId: 'a8', score: 50 }),
    ];
    const before = review({ id: 'B1', at: '2026-09-10', score: 80 });
    const e = monitoringScores([...low, before, review({ id: 'H1', agentId: 'a2', score: 95 })], {
      period: october,
      previousPeriod: september,
      profile: b2b,
    });
    expect(e.warnings.find((w) => w.code === 'contactCentre.monitoringScores.needs-training')).toEqual({
      code: 'contactCentre.monitoringScores.needs-training',
      message:
        '2 representatives average below 75: a8 (50 over 1), a7 (65 over 2); arrange additional training.',
      inputs: { count: 2, trainingThreshold: 75, representatives: 'a8,a7' },
    });
    const flat = monitoringScores([before, ...['F1', 'F2', 'F3'].map((id) => review({ id, score: 80 }))], {
      period: october,
      previousPeriod: september,
      profile: b2b,
    });
    expect(flat.explanation.message).toContain(', +0 on the previous period');
  });
});
