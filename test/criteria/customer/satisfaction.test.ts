import { describe, expect, it } from 'vitest';
import {
  b2b,
  checkAggregatorLaws,
  consulting,
  defineProfile,
  evaluateSatisfaction,
  groupedBy,
  measure,
  normalizeSurveyResponses,
  periodOf,
  type SurveyKind,
  type SurveyResponse,
  type SurveyResponseInput,
  satisfaction,
  satisfactionAggregator,
  surveyScale,
} from '../../../src/index.js';
import { errorOf, failure } from '../../helpers.js';

const october = periodOf('2026-10');

/** Answers of one kind on 5 October, ids `<prefix><i>`. */
function answers(kind: SurveyKind, scores: readonly number[], extra: Partial<SurveyResponseInput> = {}) {
  const prefix = extra.topic ?? extra.managerId ?? kind;
  return normalizeSurveyResponses(
    scores.map((score, i) => ({ id: `${prefix}-${i}`, kind, score, at: '2026-10-05T10:00Z', ...extra })),
  );
}

// A 1–5 survey: 8 of the 10 answers are 4 or 5.
const tenCsat = answers('csat', [5, 5, 5, 4, 4, 4, 4, 4, 3, 2]);

describe('customer.satisfaction: CSAT', () => {
  it('a 1–5 survey with 8 of 10 answers at 4 or 5 has a CSAT of 80 %', () => {
    const m = measure(satisfactionAggregator({ period: october }), tenCsat);
    expect(m.csat.answers).toBe(10);
    expect(m.csat.distribution).toEqual([0, 1, 1, 5, 3]); // answers 1, 2, 3, 4, 5
    expect(m.csat.topBoxFrom).toBe(4);
    expect(m.csat.satisfied.count).toBe(8);
    expect(m.csat.satisfied.share).toBe(0.8);
    // Mean (3·5 + 5·4 + 3 + 2) / 10 = 40 / 10 = 4.
    expect(m.csat.mean).toBe(4);
    // Wilson, z = 1.96, n = 10, p̂ = 0.8: centre 0.8 + z²/20 = 0.992073; spread
    // z·√(0.016 + z²/400) = 0.313616; ÷ (1 + z²/10 = 1.384146) → [0.490163, 0.943317].
    expect(m.csat.satisfied.interval!.low).toBeCloseTo(0.490163, 5);
    expect(m.csat.satisfied.interval!.high).toBeCloseTo(0.943317, 5);
    expect(m.csat.satisfied.interval!.z).toBe(1.959963984540054);
  });

  it('three happy customers do not make an excellent manager', () => {
    const three = answers('csat', [5, 5, 5]);
    const result = satisfaction(three, { period: october, profile: b2b });
    // 100 % satisfied, but b2b asks for 30 answers before rating.
    expect(result.details.csat.satisfied.share).toBe(1);
    expect([result.rating, result.value, result.score]).toEqual(['insufficient-data', null, null]);
    expect(result.explanation.code).toBe('customer.satisfaction.insufficient-sample');
    expect(result.explanation.inputs).toEqual({ sampleSize: 3, minimumSample: 30 });
    // Even where the profile allowed a rating, the interval (Wilson 3 of 3: 0.4385–1) says how unsure it is.
    const lax = defineProfile(b2b, { criteria: { 'customer.satisfaction': { minimumSample: 3 } } });
    const rated = satisfaction(three, { period: october, profile: lax });
    expect(rated.rating).toBe('excellent');
    expect(rated.warnings.map((w) => [w.code, w.inputs.ratingAtLow])).toEqual([
      ['customer.satisfaction.uncertain-rating', 'poor'],
    ]);
    expect(rated.warnings[0]!.inputs.low).toBeCloseTo(0.438503, 5);
  });

  it('a B2B manager with 24 of 30 customers satisfied is rated good', () => {
    const thirty = answers('csat', [...new Array(24).fill(5), ...new Array(6).fill(3)]);
    const result = satisfaction(thirty, { period: october, profile: b2b });
    // 24 / 30 = 0.8 = the b2b good threshold → score 60.
    expect([result.value, result.rating, result.score]).toEqual([0.8, 'good', 60]);
    expect(result.sampleSize).toBe(30);
    expect(result.explanation.code).toBe('customer.satisfaction.rated');
    expect(result.explanation.message).toBe(
      '24 of 30 CSAT answers (80 %) in the top box (4 or more on 1-5): good.',
    );
    // Wilson 24 of 30: centre 0.8 + z²/60 = 0.864024, spread z·√(0.16/30 + z²/3600) = 0.156802,
    // ÷ 1.128049 → low 0.626942, between fair 0.6 and good 0.8.
    expect(result.warnings.map((w) => w.inputs.ratingAtLow)).toEqual(['fair']);
    expect(result.warnings[0]!.inputs.low).toBeCloseTo(0.626942, 5);
    expect(result.explanation.inputs).toEqual({
      satisfied: 24,
      answers: 30,
      share: 0.8,
      scale: '1-5',
      rating: 'good',
    });
  });

  it('no uncertain-rating warning where the whole interval earns the same rating', () => {
    // 300 of 300 satisfied: Wilson low = 1 / (1 + z²/300) = 300 / 303.841459 = 0.987357, excellent (≥ 0.9) like 1.
    const result = satisfaction(answers('csat', new Array(300).fill(5)), { period: october, profile: b2b });
    expect(result.rating).toBe('excellent');
    expect(result.details.csat.satisfied.interval!.low).toBeCloseTo(0.987357, 6);
    expect(result.warnings).toEqual([]);
  });

  it('knows the top box of every scale, and the binary good/bad form', () => {
    const share = (scale: Parameters<typeof surveyScale>[0], scores: number[]) =>
      measure(satisfactionAggregator({ period: october, csatScale: scale }), answers('csat', scores)).csat
        .satisfied.share;
    expect(share('binary', [1, 1, 0, 1])).toBe(0.75); // 3 good of 4
    expect(share('1-3', [3, 2, 3, 1])).toBe(0.5); // only 3
    expect(share('1-4', [4, 3, 2, 1])).toBe(0.5); // 3 and 4
    expect(share('1-7', [7, 6, 5, 4])).toBe(0.5); // 6 and 7
    expect(share('1-10', [10, 9, 8, 1])).toBe(0.5); // 9 and 10
    expect(surveyScale('1-10')).toEqual({
      scale: '1-10',
      min: 1,
      max: 10,
      topBoxFrom: 9,
      easyFrom: 6,
      difficultTo: 5,
    });
    expect(surveyScale('binary')).toMatchObject({ min: 0, max: 1, easyFrom: 1, difficultTo: 0 });
    // Binary mean is the share of good answers.
    expect(
      measure(satisfactionAggregator({ period: october, csatScale: 'binary' }), answers('csat', [1, 0])).csat
        .mean,
    ).toBe(0.5);
  });
});

describe('customer.satisfaction: NPS and CES', () => {
  // Promoters 10, 10, 9, 9, 9 (5); passives 8, 7 (2); detractors 6, 3, 0 (3). 0 is a valid answer.
  const nps = answers('nps', [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]);

  it('NPS is promoters minus detractors: 50 % − 30 % = 20', () => {
    const m = measure(satisfactionAggregator({ period: october }), nps);
    expect([m.nps.answers, m.nps.promoters, m.nps.passives, m.nps.detractors]).toEqual([10, 5, 2, 3]);
    expect(m.nps.score).toBe(20); // 100 × (5 − 3) / 10
    // Var of one answer (+1/0/−1): p + d − (p − d)² = 0.8 − 0.04 = 0.76; SE √(0.76 / 10) = 0.275681;
    // half width 100 · 1.959964 · 0.275681 = 54.0324 → [−34.03, 74.03].
    expect(m.nps.interval!.low).toBeCloseTo(-34.0324, 3);
    expect(m.nps.interval!.high).toBeCloseTo(74.0324, 3);
  });

  it('judged by NPS, a score of 20 is good, with a warning that the interval reaches poor', () => {
    const lax = defineProfile(b2b, { criteria: { 'customer.satisfaction': { minimumSample: 10 } } });
    const result = satisfaction(nps, { period: october, profile: lax, judgedBy: 'nps' });
    // good from 0 (60), excellent from 50 (80): 60 + 20 / 50 × 20 = 68.
    expect([result.value, result.rating, result.score, result.unit]).toEqual([
      20,
      'good',
      68,
      'NPS points (−100 to 100)',
    ]);
    expect(result.benchmark).toEqual(b2b.criteria['customer.satisfaction'].npsBand);
    expect(result.explanation.message).toBe('NPS 20 from 10 answers (5 promoters, 3 detractors): good.');
    // −34.03 lies between worst −50 and fair −20: poor.
    expect(result.warnings.map((w) => [w.code, w.inputs.ratingAtLow])).toEqual([
      ['customer.satisfaction.uncertain-rating', 'poor'],
    ]);
    const none = satisfaction(tenCsat, { period: october, profile: lax, judgedBy: 'nps' });
    expect(none.explanation.code).toBe('customer.satisfaction.no-nps-answers');
  });

  it('unanimous promoters: NPS 100, and the interval collapses (the minimum sample guards it)', () => {
    const m = measure(satisfactionAggregator({ period: october }), answers('nps', [9, 10]));
    expect(m.nps.score).toBe(100);
    expect(m.nps.interval).toEqual({ low: 100, high: 100, z: 1.959963984540054 });
  });

  it('CES on 1–7: mean 5, 5 of 8 easy, net 37.5', () => {
    const ces = answers('ces', [7, 6, 5, 4, 3, 2, 7, 6]);
    const m = measure(satisfactionAggregator({ period: october }), ces);
    // Easy 5–7: 7, 6, 5, 7, 6 = 5; difficult 1–3: 3, 2 = 2; neutral 4.
    expect(m.ces.scale).toBe('1-7');
    expect(m.ces.mean).toBe(5); // 40 / 8
    expect([m.ces.easy.count, m.ces.easy.share, m.ces.difficult]).toEqual([5, 0.625, 2]);
    expect(m.ces.net).toBe(37.5); // 100 × (5 − 2) / 8
    expect(m.ces.distribution).toEqual([0, 1, 1, 1, 1, 2, 2]);
    const five = measure(
      satisfactionAggregator({ period: october, cesScale: '1-5' }),
      answers('ces', [5, 4, 3, 1]),
    );
    // Easy 4–5: 2; difficult 1–2: 1 → net 100 × 1 / 4 = 25.
    expect([five.ces.easy.count, five.ces.difficult, five.ces.net]).toEqual([2, 1, 25]);
  });
});

describe('customer.satisfaction: response rate, topics, managers', () => {
  it('the response rate is answers ÷ surveys sent, with a Wilson interval', () => {
    const m = measure(
      satisfactionAggregator({ period: october, surveysSent: { csat: 20, nps: 0 } }),
      tenCsat,
    );
    expect(m.responseRate.csat!.share).toBe(0.5); // 10 / 20
    // Wilson 10 of 20 is symmetric around 0.5: centre 0.5, half (z·√(0.0125 + z²/1600)) / (1 + z²/20).
    expect(m.responseRate.csat!.interval!.low + m.responseRate.csat!.interval!.high).toBeCloseTo(1, 12);
    expect(m.responseRate.nps).toEqual({ count: 0, total: 0, share: null, interval: null });
    expect(m.responseRate.ces).toBeNull();
  });

  it('each kind has its own response rate: CES answers over CES surveys sent', () => {
    const m = measure(satisfactionAggregator({ period: october, surveysSent: { ces: 8 } }), [
      ...tenCsat,
      ...answers('ces', [7, 6]),
    ]);
    expect([m.responseRate.ces!.count, m.responseRate.ces!.total, m.responseRate.ces!.share]).toEqual([
      2, 8, 0.25,
    ]);
    expect([m.responseRate.csat, m.responseRate.nps]).toEqual([null, null]);
  });

  it('more answers than surveys sent leaves the rate unknown, with a warning', () => {
    const result = satisfaction(tenCsat, { period: october, profile: b2b, surveysSent: { csat: 5 } });
    expect(result.details.responseRate.csat).toEqual({ count: 10, total: 5, share: null, interval: null });
    expect(result.warnings.map((w) => w.code)).toEqual(['customer.satisfaction.more-answers-than-sent']);
    expect(result.warnings[0]).toMatchObject({
      message: '10 CSAT answers but only 5 surveys sent: the response rate is unknown.',
      inputs: { kind: 'csat', answers: 10, sent: 5 },
    });
    // As many answers as surveys is a rate of 1; none of none is not enough data, and no warning.
    const all = satisfaction(tenCsat, { period: october, profile: b2b, surveysSent: { csat: 10, nps: 0 } });
    expect(all.details.responseRate.csat?.share).toBe(1);
    expect(all.details.responseRate.nps).toEqual({ count: 0, total: 0, share: null, interval: null });
    expect(all.warnings.map((w) => w.code)).not.toContain('customer.satisfaction.more-answers-than-sent');
  });

  it('breaks down by topic: communication and personal service', () => {
    const records = [
      ...answers('csat', [5, 4, 2], { topic: 'Communication' }),
      ...answers('csat', [5], { topic: ' communication ', managerId: 'x' }),
      ...answers('nps', [10, 0], { topic: 'Personal service' }),
      ...answers('csat', [1]),
    ];
    const m = measure(satisfactionAggregator({ period: october }), records);
    expect(m.topics.map((t) => [t.topic, t.csat.answers, t.csat.satisfied.share, t.nps.score])).toEqual([
      ['communication', 4, 0.75, null], // 5, 4, 5 of 5, 4, 2, 5
      ['personal service', 0, null, 0], // one promoter, one detractor
    ]);
    expect(m.csat.answers).toBe(5); // the topic-less answer counts overall only
  });

  it('warns about a topic with enough answers that is below good: where to coach', () => {
    const lax = defineProfile(b2b, { criteria: { 'customer.satisfaction': { minimumSample: 4 } } });
    const records = [
      // Communication: 2 of 4 satisfied = 0.5, poor (below fair 0.6).
      ...answers('csat', [5, 4, 2, 1], { topic: 'Communication' }),
      // Personal service: 4 of 4 = 1, excellent; no warning.
      ...answers('csat', [5, 5, 4, 4], { topic: 'Personal service' }),
      // Product: 0 of 2, but fewer answers than the minimum sample: no warning.
      ...answers('csat', [1, 1], { topic: 'Product' }),
      // Billing: 3 of 4 = 0.75, fair (from 0.6 to 0.8): below good, so warned too.
      ...answers('csat', [5, 5, 4, 1], { topic: 'Billing' }),
    ];
    const result = satisfaction(records, { period: october, profile: lax });
    // Topics come most answered first, then by name: billing before communication.
    const weak = result.warnings.filter((w) => w.code === 'customer.satisfaction.weak-topic');
    expect(weak.map((w) => [w.inputs.topic, w.inputs.rating])).toEqual([
      ['billing', 'fair'],
      ['communication', 'poor'],
    ]);
    expect(weak[1]!.message).toBe('On "communication" CSAT is 50 % over 4 answers: poor.');
    // Judged by NPS: a topic with NPS −50 over 4 answers (1 promoter, 3 detractors) is poor.
    const nps = answers('nps', [10, 6, 5, 0], { topic: 'Delivery' });
    const byNps = satisfaction(nps, { period: october, profile: lax, judgedBy: 'nps' });
    expect(byNps.warnings.map((w) => [w.code, w.inputs.value])).toContainEqual([
      'customer.satisfaction.weak-topic',
      -50,
    ]);
    expect(byNps.explanation.inputs).toEqual({
      nps: -50,
      answers: 4,
      promoters: 1,
      detractors: 3,
      rating: 'poor',
    });
  });

  it('a topic without answers of the kind judged is never weak, even with a minimum sample of 0', () => {
    const any = defineProfile(b2b, { criteria: { 'customer.satisfaction': { minimumSample: 0 } } });
    // Delivery has CES answers only: no CSAT share to judge it by.
    const records = [...tenCsat, ...answers('ces', [2, 1], { topic: 'Delivery' })];
    const result = satisfaction(records, { period: october, profile: any });
    expect(result.warnings.filter((w) => w.code === 'customer.satisfaction.weak-topic')).toEqual([]);
  });

  it('per manager, with groupedBy', () => {
    const records = [
      ...answers('csat', [5, 5, 4, 2], { managerId: 'm1' }),
      ...answers('csat', [3, 2], { managerId: 'm2' }),
    ];
    const per = measure(
      groupedBy(satisfactionAggregator({ period: october }), (s) => s.managerId ?? ''),
      records,
    );
    expect(per.m1!.csat.satisfied.share).toBe(0.75);
    expect(per.m2!.csat.satisfied.share).toBe(0);
    const lax = defineProfile(b2b, { criteria: { 'customer.satisfaction': { minimumSample: 2 } } });
    expect(evaluateSatisfaction(per.m2!, { profile: lax }).rating).toBe('poor');
  });

  it('skips answers outside the period and counts them', () => {
    const late = normalizeSurveyResponses([{ id: 'late', kind: 'csat', score: 5, at: '2026-11-01T00:00Z' }]);
    const m = measure(satisfactionAggregator({ period: october }), [...tenCsat, ...late]);
    expect([m.csat.answers, m.outsidePeriod, m.answers]).toEqual([10, 1, 10]);
    // The period's first instant is in it; a blank topic is no topic.
    const first = normalizeSurveyResponses([
      { id: 'first', kind: 'csat', score: 5, at: '2026-10-01T00:00Z', topic: '   ' },
    ]);
    const edge = measure(satisfactionAggregator({ period: october }), first);
    expect([edge.csat.answers, edge.outsidePeriod, edge.topics]).toEqual([1, 0, []]);
  });

  it('a result does not change when its state takes more answers afterwards', () => {
    const aggregator = satisfactionAggregator({ period: october });
    const [one, two] = answers('ces', [7, 1]);
    const [three] = answers('csat', [3]);
    const state = aggregator.add(aggregator.init(), one!);
    const before = aggregator.finish(state);
    aggregator.add(aggregator.add(state, two!), three!);
    expect(before.ces.distribution).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(before.csat.distribution).toEqual([0, 0, 0, 0, 0]);
  });

  it('is insufficient-data without answers', () => {
    const none = satisfaction([], { period: october, profile: consulting });
    expect([none.rating, none.value, none.explanation.code]).toEqual([
      'insufficient-data',
      null,
      'customer.satisfaction.no-csat-answers',
    ]);
  });

  it('keeps the aggregator laws', () => {
    const late = normalizeSurveyResponses([{ id: 'late', kind: 'nps', score: 0, at: '2026-09-30T23:59Z' }]);
    const records = [
      ...tenCsat,
      ...answers('nps', [10, 7, 0], { topic: '__proto__' }),
      ...answers('ces', [7, 1], { topic: 'constructor' }),
      ...answers('csat', [4], { topic: 'Communication' }),
      ...late,
    ];
    checkAggregatorLaws(satisfactionAggregator({ period: october, surveysSent: { csat: 30 } }), records);
    expect(measure(satisfactionAggregator({ period: october }), records).topics.map((t) => t.topic)).toEqual([
      '__proto__',
      'constructor',
      'communication',
    ]);
  });
});

describe('customer.satisfaction: errors', () => {
  it('an answer outside the declared scale is an error with its index, or its id in a stream', () => {
    const bad = [...tenCsat, ...tenCsat.slice(0, 2), { ...tenCsat[0]!, id: 's-12', score: 6 }];
    expect(failure(() => satisfaction(bad, { period: october, profile: b2b }))).toBe(
      'out-of-range at surveys[12].score',
    );
    const aggregator = satisfactionAggregator({ period: october });
    expect(failure(() => measure(aggregator, bad))).toBe('out-of-range at surveys[id=s-12].score');
    expect(errorOf(() => measure(aggregator, bad)).message).toBe(
      'surveys[id=s-12].score: expected a CSAT answer on the declared 1-5 scale, a whole number from 1 to 5, got 6',
    );
    // Not a whole number, and 0 on a 1–5 scale (but fine on binary).
    const half: SurveyResponse = { ...tenCsat[0]!, score: 4.5 };
    expect(failure(() => satisfaction([half], { period: october, profile: b2b }))).toBe(
      'out-of-range at surveys[0].score',
    );
    const zero: SurveyResponse = { ...tenCsat[0]!, score: 0 };
    expect(failure(() => satisfaction([zero], { period: october, profile: b2b }))).toBe(
      'out-of-range at surveys[0].score',
    );
    expect(failure(() => satisfaction([zero], { period: october, profile: b2b, csatScale: 'binary' }))).toBe(
      'no error',
    );
    // CES 8 on 1–7; an NPS 11 built by hand (the normaliser rejects it too).
    const ces: SurveyResponse = { id: 'c', kind: 'ces', score: 8, at: october.start };
    expect(failure(() => measure(aggregator, [ces]))).toBe('out-of-range at surveys[id=c].score');
    const nps: SurveyResponse = { id: 'n', kind: 'nps', score: 11, at: october.start };
    expect(failure(() => satisfaction([nps], { period: october, profile: b2b }))).toBe(
      'out-of-range at surveys[0].score',
    );
    // Out of the period, a bad answer is still bad: the check does not depend on the date.
    expect(failure(() => measure(aggregator, [{ ...ces, at: october.end }]))).toBe(
      'out-of-range at surveys[id=c].score',
    );
  });

  it('rejects bad options with their path', () => {
    const at = (options: object) => failure(() => satisfactionAggregator({ period: october, ...options }));
    expect(failure(() => satisfactionAggregator(null as never))).toBe('invalid-option at options');
    expect(failure(() => satisfactionAggregator({ period: {} as never }))).toBe(
      'invalid-option at options.period',
    );
    expect(at({ csatScale: '0-5' })).toBe('invalid-option at options.csatScale');
    expect(at({ cesScale: '1-6' })).toBe('invalid-option at options.cesScale');
    expect(at({ judgedBy: 'ces' })).toBe('invalid-option at options.judgedBy');
    expect(at({ confidence: 1.5 })).toBe('invalid-option at options.confidence');
    expect(at({ surveysSent: 10 })).toBe('invalid-option at options.surveysSent');
    expect(at({ surveysSent: { csat: -1 } })).toBe('invalid-option at options.surveysSent.csat');
    expect(at({ surveysSent: { csat: 2.5 } })).toBe('invalid-option at options.surveysSent.csat');
    expect(at({ surveysSent: { email: 3 } })).toBe('invalid-option at options.surveysSent.email');
    // Each half of each test on its own: a number has no period key, null has no start.
    expect(failure(() => satisfactionAggregator(5 as never))).toBe('invalid-option at options');
    expect(at({ period: null })).toBe('invalid-option at options.period');
    expect(at({ period: { start: Number.NaN, end: october.end } })).toBe('invalid-option at options.period');
    expect(at({ period: { start: october.start, end: Number.NaN } })).toBe(
      'invalid-option at options.period',
    );
    expect(at({ surveysSent: null })).toBe('invalid-option at options.surveysSent');
    expect(at({ surveysSent: { nps: 10, ces: 4, csat: undefined } })).toBe('no error');
  });

  it('a 90 % confidence level narrows the interval', () => {
    const m = measure(satisfactionAggregator({ period: october, confidence: 0.9 }), tenCsat);
    // z = Φ⁻¹(0.95) = 1.644854.
    expect(m.csat.satisfied.interval!.z).toBeCloseTo(1.644854, 6);
    expect(m.csat.satisfied.interval!.low).toBeGreaterThan(0.490163);
  });
});
