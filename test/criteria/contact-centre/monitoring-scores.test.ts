import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  checkAggregatorLaws,
  ErrorCodes,
  evaluateMonitoringScores,
  measure,
  monitoringScores,
  monitoringScoresAggregator,
  normalizeQualityReviews,
  periodOf,
  type QualityReview,
  type QualityReviewInput,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const november = periodOf('2026-11');
const october = periodOf('2026-10');

const pass = (item: string, weight?: number, critical?: boolean) => ({
  item,
  result: 'pass' as const,
  ...(weight === undefined ? {} : { weight }),
  ...(critical === undefined ? {} : { critical }),
});
const failed = (item: string, weight?: number, critical?: boolean) => ({
  ...pass(item, weight, critical),
  result: 'fail' as const,
});
const na = (item: string) => ({ item, result: 'not-applicable' as const });

// Team north: a1, a2; team south: a3. Checklist: greeting (1), address verified (2), standard steps (1), upsell (1).
const rows: QualityReviewInput[] = [
  // R1: 1 + 2 + 1 = 4 of 4 applicable → 100 (reweight); 4 of 5 with upsell as 0 → 80 (zero)
  {
    id: 'R1',
    agentId: 'a1',
    teamId: 'north',
    at: '2026-11-02T09:00Z',
    monitoring: 'silent',
    items: [pass('greeting'), pass('address verified', 2), pass('standard steps'), na('upsell')],
  },
  { id: 'R2', agentId: 'a1', teamId: 'north', at: '2026-11-03T09:00Z', monitoring: 'announced', score: 90 },
  { id: 'R3', agentId: 'a1', teamId: 'north', at: '2026-11-04T09:00Z', monitoring: 'silent', score: 80 },
  // R4: 1 + 1 = 2 of 4 → 50
  {
    id: 'R4',
    agentId: 'a2',
    teamId: 'north',
    at: '2026-11-05T09:00Z',
    monitoring: 'silent',
    items: [pass('greeting'), failed('address verified', 2), pass('standard steps')],
  },
  // R5: 1 + 2 = 3 of 4 → 75 (reweight); 3 of 5 → 60 (zero). The critical item passed.
  {
    id: 'R5',
    agentId: 'a2',
    teamId: 'north',
    at: '2026-11-06T09:00Z',
    monitoring: 'silent',
    items: [pass('greeting'), pass('address verified', 2, true), failed('standard steps'), na('upsell')],
  },
  { id: 'R6', agentId: 'a2', teamId: 'north', at: '2026-11-09T09:00Z', monitoring: 'announced', score: 85 },
  // R7: the critical address check failed → the whole review scores 0
  {
    id: 'R7',
    agentId: 'a3',
    teamId: 'south',
    at: '2026-11-10T09:00Z',
    monitoring: 'silent',
    items: [pass('greeting'), failed('address verified', 2, true), pass('standard steps')],
  },
  { id: 'R8', agentId: 'a3', teamId: 'south', at: '2026-11-11T09:00Z', monitoring: 'announced', score: 95 },
  { id: 'R9', agentId: 'a3', teamId: 'south', at: '2026-11-12T09:00Z', monitoring: 'silent', score: 100 },
  // October: a1 80; a2 60 and 70
  { id: 'P1', agentId: 'a1', teamId: 'north', at: '2026-10-05T09:00Z', monitoring: 'silent', score: 80 },
  { id: 'P2', agentId: 'a2', teamId: 'north', at: '2026-10-06T09:00Z', monitoring: 'announced', score: 60 },
  { id: 'P3', agentId: 'a2', teamId: 'north', at: '2026-10-07T09:00Z', monitoring: 'silent', score: 70 },
  // September: in neither period
  { id: 'S1', agentId: 'a1', teamId: 'north', at: '2026-09-30T09:00Z', monitoring: 'silent', score: 10 },
];
const reviews = normalizeQualityReviews(rows);

describe('contactCentre.monitoringScores', () => {
  it('a team averaging 75 over 9 reviews, 2 of them below 75, is rated fair; a2 and a3 need training', () => {
    const result = monitoringScores(reviews, { period: november, previousPeriod: october, profile: b2b });
    const m = result.details;
    // 100 + 90 + 80 + 50 + 75 + 85 + 0 + 95 + 100 = 675; 675 / 9 = 75
    expect(m.reviews).toBe(9);
    expect(m.averageScore).toBe(75);
    expect(result.value).toBe(75);
    // 75 is the band's fair point exactly: score 40
    expect(result.rating).toBe('fair');
    expect(result.score).toBe(40);
    expect(result.explanation.code).toBe('contactCentre.monitoringScores.rated');
    // R4 (50) and R7 (0) are below 75; R5 at 75 is not
    expect(m.reviewsBelowThreshold).toBe(2);
    expect(m.criticalFailures).toBe(1);
    // silent: R1 100, R3 80, R4 50, R5 75, R7 0, R9 100 = 405 / 6 = 67.5; announced: 90 + 85 + 95 = 270 / 3 = 90
    expect(m.silent).toEqual({ reviews: 6, averageScore: 67.5 });
    expect(m.announced).toEqual({ reviews: 3, averageScore: 90 });
    // a1 (100 + 90 + 80) / 3 = 90; a2 (50 + 75 + 85) / 3 = 70; a3 (0 + 95 + 100) / 3 = 65
    expect(m.representatives.map((r) => [r.agentId, r.averageScore, r.reviews, r.needsTraining])).toEqual([
      ['a1', 90, 3, false],
      ['a2', 70, 3, true],
      ['a3', 65, 3, true],
    ]);
    expect(m.needsTraining).toEqual([
      { agentId: 'a3', averageScore: 65, reviews: 3 },
      { agentId: 'a2', averageScore: 70, reviews: 3 },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'contactCentre.monitoringScores.needs-training',
      'contactCentre.monitoringScores.outside-period',
    ]);
    // a1 silent: (100 + 80) / 2 = 90, announced 90
    const a1 = m.representatives[0];
    expect(a1?.silent).toEqual({ reviews: 2, averageScore: 90 });
    expect(a1?.announced).toEqual({ reviews: 1, averageScore: 90 });
    expect(a1?.teamIds).toEqual(['north']);
    // north: 270 + 210 = 480 / 6 = 80; south: 195 / 3 = 65
    expect(m.teams.map((t) => [t.teamId, t.reviews, t.averageScore])).toEqual([
      ['north', 6, 80],
      ['south', 3, 65],
    ]);
    expect(m.outsidePeriod).toBe(1);
  });

  it('the trend: October averaged (80 + 60 + 70) / 3 = 70, so November is up 5; a1 up 10, a2 up 5, a3 new', () => {
    const m = monitoringScores(reviews, { period: november, previousPeriod: october, profile: b2b }).details;
    expect(m.previous?.averageScore).toBe(70);
    expect(m.previous?.silent).toEqual({ reviews: 2, averageScore: 75 }); // (80 + 70) / 2
    expect(m.previous?.announced).toEqual({ reviews: 1, averageScore: 60 });
    expect(m.change).toBe(5);
    expect(m.representatives.map((r) => [r.previous, r.change])).toEqual([
      [{ reviews: 1, averageScore: 80 }, 10], // 90 − 80
      [{ reviews: 2, averageScore: 65 }, 5], // 70 − (60 + 70) / 2
      [{ reviews: 0, averageScore: null }, null],
    ]);
    // north in October: 210 / 3 = 70 → +10; south had no reviews
    expect(m.teams.map((t) => [t.previous, t.change])).toEqual([
      [{ reviews: 3, averageScore: 70 }, 10],
      [{ reviews: 0, averageScore: null }, null],
    ]);
  });

  it('a representative reviewed only last period is not listed, but counts in the previous average', () => {
    const gone = normalizeQualityReviews([
      { id: 'G1', agentId: 'a9', at: '2026-10-02', monitoring: 'silent', score: 40 },
      { id: 'G2', agentId: 'a1', at: '2026-10-03', monitoring: 'silent', score: 80 },
      { id: 'G3', agentId: 'a1', at: '2026-11-03', monitoring: 'announced', score: 90 },
    ]);
    const m = measure(monitoringScoresAggregator({ period: november, previousPeriod: october }), gone);
    expect(m.representatives.map((r) => r.agentId)).toEqual(['a1']);
    expect(m.previous?.averageScore).toBe(60); // (40 + 80) / 2
    expect(m.change).toBe(30); // 90 − 60
    expect(m.representatives[0]?.change).toBe(10); // 90 − 80
    expect(m.teams).toEqual([]); // no teamId given
  });

  it('without previousPeriod there is no trend and October counts as outside the period', () => {
    const m = monitoringScores(reviews, { period: november, profile: b2b }).details;
    expect(m.previous).toBeNull();
    expect(m.change).toBeNull();
    expect(m.representatives[0]?.previous).toBeNull();
    expect(m.teams[0]?.change).toBeNull();
    expect(m.outsidePeriod).toBe(4); // P1–P3 and S1
  });

  it('compliance per checklist item, weighted, with not-applicable items apart', () => {
    const m = monitoringScores(reviews, { period: november, profile: b2b }).details;
    expect(m.items).toEqual([
      // address verified: R1 pass, R4 fail, R5 pass, R7 fail (critical) → 2 / 4; weight 2 each → 4 / 8
      {
        item: 'address verified',
        passed: 2,
        failed: 2,
        notApplicable: 0,
        compliance: 0.5,
        weightedCompliance: 0.5,
        criticalFailures: 1,
      },
      {
        item: 'greeting',
        passed: 4,
        failed: 0,
        notApplicable: 0,
        compliance: 1,
        weightedCompliance: 1,
        criticalFailures: 0,
      },
      // standard steps: R1, R4, R7 pass, R5 fail → 3 / 4
      {
        item: 'standard steps',
        passed: 3,
        failed: 1,
        notApplicable: 0,
        compliance: 0.75,
        weightedCompliance: 0.75,
        criticalFailures: 0,
      },
      {
        item: 'upsell',
        passed: 0,
        failed: 0,
        notApplicable: 2,
        compliance: null,
        weightedCompliance: null,
        criticalFailures: 0,
      },
    ]);
    // passed weight 4 + 4 + 3 = 11 of applicable 8 + 4 + 4 = 16
    expect(m.overallCompliance).toBe(11 / 16);
  });

  it("'zero' counts not-applicable items as 0: R1 80, R5 60, so the team averages 640 / 9 and is rated poor", () => {
    const result = monitoringScores(reviews, { period: november, profile: b2b, notApplicable: 'zero' });
    // 675 − (100 − 80) − (75 − 60) = 640
    expect(result.value).toBeCloseTo(640 / 9, 10);
    // (71.11 − 50) / (75 − 50) × 40 = 33.78 → 33.8
    expect(result.score).toBe(33.8);
    expect(result.rating).toBe('poor');
    // a2: (50 + 60 + 85) / 3 = 65
    expect(result.details.representatives[1]?.averageScore).toBe(65);
    expect(result.details.notApplicable).toBe('zero');
  });

  it("scoreFrom 'items' prefers the checklist over the reviewer's overall score", () => {
    const both = normalizeQualityReviews([
      // items: 1 of 2 → 50; the reviewer wrote 80
      {
        id: 'B1',
        agentId: 'a1',
        at: '2026-11-02',
        monitoring: 'silent',
        score: 80,
        items: [pass('greeting'), failed('upsell')],
      },
      // no applicable items: the overall score stands either way
      { id: 'B2', agentId: 'a1', at: '2026-11-03', monitoring: 'silent', score: 70, items: [na('upsell')] },
      // a failed critical item scores 0 even where the reviewer wrote 90
      {
        id: 'B3',
        agentId: 'a1',
        at: '2026-11-04',
        monitoring: 'silent',
        score: 90,
        items: [failed('address', 1, true)],
      },
    ]);
    const byReview = measure(monitoringScoresAggregator({ period: november }), both);
    expect(byReview.averageScore).toBe(50); // (80 + 70 + 0) / 3
    const byItems = measure(monitoringScoresAggregator({ period: november, scoreFrom: 'items' }), both);
    expect(byItems.averageScore).toBe(40); // (50 + 70 + 0) / 3
  });

  it('an average of exactly the threshold does not need training; at a threshold of 90, a1 (exactly 90) is not flagged', () => {
    const m = measure(monitoringScoresAggregator({ period: november, trainingThreshold: 90 }), reviews);
    // a1 averages exactly 90: not below
    expect(m.needsTraining.map((c) => c.agentId)).toEqual(['a3', 'a2']);
    expect(m.trainingThreshold).toBe(90);
  });

  it('reviews with nothing to score are left out and reported', () => {
    const only = normalizeQualityReviews([
      { id: 'U1', agentId: 'a1', at: '2026-11-02', monitoring: 'silent', items: [na('upsell')] },
      { id: 'U2', agentId: 'a1', at: '2026-11-02', monitoring: 'silent', items: [pass('greeting', 0)] },
    ]);
    const result = monitoringScores(only, { period: november, profile: b2c });
    expect(result.rating).toBe('insufficient-data');
    expect(result.value).toBeNull();
    expect(result.explanation.code).toBe('contactCentre.monitoringScores.no-reviews');
    expect(result.explanation.inputs.unscoredReviews).toBe(2);
    expect(result.warnings.map((w) => w.code)).toEqual(['contactCentre.monitoringScores.unscored-reviews']);
    expect(result.details.items.find((i) => i.item === 'greeting')?.weightedCompliance).toBeNull();
  });

  it('no reviews, or fewer than the minimum of 3, are insufficient data', () => {
    const none = monitoringScores([], { period: november, profile: b2b });
    expect(none.rating).toBe('insufficient-data');
    expect(none.explanation.code).toBe('contactCentre.monitoringScores.no-reviews');
    expect(none.explanation.message).toBe('No quality review in the period.');
    expect(none.details.averageScore).toBeNull();
    expect(none.details.silent).toEqual({ reviews: 0, averageScore: null });
    const two = monitoringScores(reviews.slice(0, 2), { period: november, profile: b2b });
    expect(two.details.averageScore).toBe(95); // (100 + 90) / 2
    expect(two.rating).toBe('insufficient-data');
    expect(two.explanation.code).toBe('contactCentre.monitoringScores.insufficient-sample');
  });

  it('a rising team reads "+10" in the explanation; a falling one its minus', () => {
    const up = normalizeQualityReviews([
      ...[90, 90, 90].map((score, i) => ({
        id: `n${i}`,
        agentId: 'a1',
        at: '2026-11-02',
        monitoring: 'silent' as const,
        score,
      })),
      { id: 'o1', agentId: 'a1', at: '2026-10-02', monitoring: 'silent', score: 80 },
    ]);
    const m = measure(monitoringScoresAggregator({ period: november, previousPeriod: october }), up);
    expect(evaluateMonitoringScores(m, { profile: b2b }).explanation.message).toContain(
      '+10 on the previous period',
    );
    const down = measure(
      monitoringScoresAggregator({ period: october, previousPeriod: periodOf('2026-09') }),
      [
        ...normalizeQualityReviews([
          { id: 's', agentId: 'a1', at: '2026-09-02', monitoring: 'silent', score: 100 },
        ]),
        ...up.slice(3),
      ],
    );
    expect(down.change).toBe(-20);
    // Rated (3 reviews of 90 in November: between good 85 and excellent 95) against 100 in October: "-10".
    const fell = measure(monitoringScoresAggregator({ period: november, previousPeriod: october }), [
      ...up.slice(0, 3),
      ...normalizeQualityReviews([
        { id: 'o2', agentId: 'a1', at: '2026-10-02', monitoring: 'silent', score: 100 },
      ]),
    ]);
    expect(evaluateMonitoringScores(fell, { profile: b2b }).explanation.message).toBe(
      'An average score of 90 over 3 reviews (0 below 75), -10 on the previous period: good.',
    );
  });

  it('lists representatives tied on their average by id, whatever order they came in', () => {
    const tied = normalizeQualityReviews(
      ['a5', 'a4', 'a6'].map((agentId, i) => ({
        id: `T${i}`,
        agentId,
        at: '2026-11-02',
        monitoring: 'silent' as const,
        score: 50,
      })),
    );
    const ids = (list: QualityReview[]) =>
      measure(monitoringScoresAggregator({ period: november }), list).needsTraining.map((c) => c.agentId);
    expect(ids(tied)).toEqual(['a4', 'a5', 'a6']);
    expect(ids([...tied].reverse())).toEqual(['a4', 'a5', 'a6']);
  });

  it('reads any iterable: a generator gives what the array gives, and a bad review is named by id', () => {
    function* each(list: readonly QualityReview[]) {
      yield* list;
    }
    const options = { period: november, previousPeriod: october, profile: b2b };
    expect(monitoringScores(each(reviews), options)).toEqual(monitoringScores(reviews, options));
    const bad = { ...reviews[1], score: 120 } as QualityReview;
    expect(failure(() => monitoringScores(each([reviews[0]!, bad]), options))).toBe(
      `${ErrorCodes.OutOfRange} at reviews[id=${bad.id}].score`,
    );
  });

  it('scores outside 0–100 and impossible items fail with the record path', () => {
    const bad = { ...reviews[1], score: 120 } as QualityReview;
    expect(failure(() => monitoringScores([reviews[0]!, bad], { period: november, profile: b2b }))).toBe(
      `${ErrorCodes.OutOfRange} at reviews[1].score`,
    );
    expect(failure(() => measure(monitoringScoresAggregator({ period: november }), [bad]))).toBe(
      `${ErrorCodes.OutOfRange} at reviews[id=R2].score`,
    );
    const badWeight = { ...reviews[0], items: [pass('greeting'), pass('x', -1)] } as QualityReview;
    expect(failure(() => monitoringScores([badWeight], { period: november, profile: b2b }))).toBe(
      `${ErrorCodes.OutOfRange} at reviews[0].items[1].weight`,
    );
    const badResult = { ...reviews[0], items: [{ item: 'x', result: 'maybe' }] } as unknown as QualityReview;
    expect(failure(() => monitoringScores([badResult], { period: november, profile: b2b }))).toBe(
      `${ErrorCodes.InvalidValue} at reviews[0].items[0].result`,
    );
    const badItem = { ...reviews[0], items: [{ item: 7, result: 'pass' }] } as unknown as QualityReview;
    expect(failure(() => monitoringScores([badItem], { period: november, profile: b2b }))).toBe(
      `${ErrorCodes.InvalidValue} at reviews[0].items[0].item`,
    );
    const badKind = { ...reviews[1], monitoring: 'secret' } as unknown as QualityReview;
    expect(failure(() => measure(monitoringScoresAggregator({ period: november }), [badKind]))).toBe(
      `${ErrorCodes.InvalidValue} at reviews[id=R2].monitoring`,
    );
    const badAt = { ...reviews[1], at: Number.NaN } as QualityReview;
    expect(failure(() => measure(monitoringScoresAggregator({ period: november }), [badAt]))).toBe(
      `${ErrorCodes.InvalidValue} at reviews[id=R2].at`,
    );
    const badAgent = { ...reviews[1], agentId: 5 } as unknown as QualityReview;
    expect(failure(() => measure(monitoringScoresAggregator({ period: november }), [badAgent]))).toBe(
      `${ErrorCodes.InvalidValue} at reviews[id=R2].agentId`,
    );
  });

  it('bad options fail with the option path', () => {
    const o = { period: november, profile: b2b };
    expect(failure(() => monitoringScores([], { ...o, notApplicable: 'skip' as 'zero' }))).toBe(
      `${ErrorCodes.InvalidOption} at options.notApplicable`,
    );
    expect(failure(() => monitoringScores([], { ...o, scoreFrom: 'both' as 'items' }))).toBe(
      `${ErrorCodes.InvalidOption} at options.scoreFrom`,
    );
    expect(failure(() => monitoringScores([], { ...o, trainingThreshold: 120 }))).toBe(
      `${ErrorCodes.InvalidOption} at options.trainingThreshold`,
    );
    expect(failure(() => monitoringScores([], { ...o, previousPeriod: periodOf('2026-11-15') }))).toBe(
      `${ErrorCodes.InvalidOption} at options.previousPeriod`,
    );
    expect(failure(() => monitoringScores([], { ...o, previousPeriod: {} as typeof november }))).toBe(
      `${ErrorCodes.InvalidOption} at options.previousPeriod`,
    );
    expect(failure(() => monitoringScoresAggregator({ period: null as unknown as typeof november }))).toBe(
      `${ErrorCodes.InvalidOption} at options.period`,
    );
    expect(failure(() => monitoringScoresAggregator(null as unknown as { period: typeof november }))).toBe(
      `${ErrorCodes.InvalidOption} at options`,
    );
  });

  it('a checklist item named __proto__ is an ordinary item', () => {
    const odd = normalizeQualityReviews([
      {
        id: 'X',
        agentId: '__proto__',
        teamId: 'constructor',
        at: '2026-11-02',
        monitoring: 'silent',
        items: [pass('__proto__')],
      },
    ]);
    const m = measure(monitoringScoresAggregator({ period: november }), odd);
    expect(m.items[0]?.item).toBe('__proto__');
    expect(m.representatives[0]?.agentId).toBe('__proto__');
    expect(m.teams[0]?.teamId).toBe('constructor');
  });

  it('obeys the aggregator laws over the two periods, both policies', () => {
    checkAggregatorLaws(monitoringScoresAggregator({ period: november, previousPeriod: october }), reviews);
    checkAggregatorLaws(
      monitoringScoresAggregator({
        period: november,
        notApplicable: 'zero',
        scoreFrom: 'items',
        trainingThreshold: 80,
      }),
      reviews,
    );
  });

  it('does not change the records', () => {
    const before = JSON.stringify(reviews);
    monitoringScores(reviews, { period: november, previousPeriod: october, profile: b2b });
    expect(JSON.stringify(reviews)).toBe(before);
  });
});
