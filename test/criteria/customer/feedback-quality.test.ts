import { describe, expect, it } from 'vitest';
import {
  b2c,
  checkAggregatorLaws,
  defineProfile,
  type FeedbackQualityRecord,
  feedbackQuality,
  feedbackQualityAggregator,
  measure,
  normalizeFeedbackItems,
  normalizeInteractions,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10');
const DAY = 86_400;

const interactions = normalizeInteractions([
  { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-01T10:00Z' },
  { id: 'i2', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-08T10:00Z' },
  { id: 'i3', managerId: 'm1', customerId: 'c2', kind: 'email', at: '2026-10-03T10:00Z' },
  { id: 'i4', managerId: 'm1', customerId: 'c3', kind: 'call', at: '2026-10-05T10:00Z' },
  { id: 'i5', managerId: 'm1', customerId: 'c4', kind: 'message', at: '2026-10-06T10:00Z' },
  // an event attended: no customer contact
  { id: 'i6', managerId: 'm1', kind: 'event', at: '2026-10-10T10:00Z', eventType: 'fair' },
  // September: outside
  { id: 'i7', managerId: 'm1', customerId: 'c5', kind: 'call', at: '2026-09-30T10:00Z' },
]);
const feedback = normalizeFeedbackItems([
  // acted on after 7 days
  {
    id: 'F1',
    customerId: 'c1',
    at: '2026-10-02',
    source: 'call',
    topic: 'Delivery delays',
    sentiment: 'negative',
    actionTakenAt: '2026-10-09',
  },
  // acted on after 47 days (4 Oct → 20 Nov): too late for a 30-day window
  {
    id: 'F2',
    customerId: 'c2',
    at: '2026-10-04',
    source: 'survey',
    topic: 'delivery delays ',
    sentiment: 'negative',
    actionTakenAt: '2026-11-20',
  },
  {
    id: 'F3',
    customerId: 'c2',
    at: '2026-10-10',
    source: 'complaint',
    topic: 'Billing',
    sentiment: 'negative',
  },
  // from a customer with no interaction in October; acted on after 1 day
  {
    id: 'F4',
    customerId: 'c9',
    at: '2026-10-12',
    source: 'review',
    topic: 'billing',
    sentiment: 'positive',
    actionTakenAt: '2026-10-13',
  },
  { id: 'F5', customerId: 'c1', at: '2026-10-15', source: 'survey' },
  // September: outside
  { id: 'F6', customerId: 'c1', at: '2026-09-20', source: 'survey' },
]);
const tagged: FeedbackQualityRecord[] = [
  ...feedback.map((record) => ({ type: 'feedback' as const, record })),
  ...interactions.map((record) => ({ type: 'interaction' as const, record })),
];
const lenient = defineProfile(b2c, { criteria: { 'customer.feedbackQuality': { minimumSample: 5 } } });

describe('customer.feedbackQuality', () => {
  it('measures how regularly feedback is collected and how well it is analysed', () => {
    const m = measure(feedbackQualityAggregator({ period: october }), tagged);
    expect(m.feedback).toBe(5); // F1–F5
    expect(m.outsidePeriod).toBe(2); // F6 and i7
    expect(m.interactions).toBe(5); // i1–i5 (the event has no customer)
    expect(m.feedbackPerInteraction).toBe(1); // 5 / 5
    // Active: c1, c2, c3, c4. Gave feedback: c1, c2 (c9 was not active) → 2 / 4.
    expect([m.activeCustomers, m.activeCustomersWithFeedback, m.customerCoverage]).toEqual([4, 2, 0.5]);
    expect([m.categorised, m.categorisedShare]).toEqual([4, 0.8]); // F5 has no topic
    expect([m.actedOn, m.actedOnShare]).toEqual([3, 0.6]); // F1, F2, F4
    expect([m.actedInTime, m.actedInTimeShare]).toEqual([2, 0.4]); // F1 (7 d), F4 (1 d)
    // Times to action 1 d, 7 d, 47 d: median rank 1 → 7 d; p90 rank ⌊1.8⌋ = 1 → 7 d.
    expect(m.timeToAction).toEqual({ count: 3, medianSeconds: 7 * DAY, p90Seconds: 7 * DAY, exact: true });
  });

  it('ranks the recurring topics so the common problems stand out', () => {
    const m = measure(feedbackQualityAggregator({ period: october }), tagged);
    // "Delivery delays" and "delivery delays " are one topic. Both topics come up twice; the one with
    // more negative items comes first.
    expect(m.topics).toEqual([
      { topic: 'delivery delays', count: 2, share: 0.5, negative: 2 },
      { topic: 'billing', count: 2, share: 0.5, negative: 1 },
    ]);
    expect(m.distinctTopics).toBe(2);
    const one = measure(feedbackQualityAggregator({ period: october, topicLimit: 1 }), tagged);
    expect(one.topics.map((t) => t.topic)).toEqual(['delivery delays']);
    expect(one.distinctTopics).toBe(2);
  });

  it('lists topics tied on count and negatives by name, whatever order they came in', () => {
    const topicsOf = (names: string[]) => {
      const items = normalizeFeedbackItems(
        names.map((topic, i) => ({ id: `t${i}`, customerId: 'c1', at: '2026-10-02', source: 'call', topic })),
      );
      const records: FeedbackQualityRecord[] = items.map((record) => ({ type: 'feedback', record }));
      return measure(feedbackQualityAggregator({ period: october }), records).topics.map((t) => t.topic);
    };
    expect(topicsOf(['price', 'billing', 'delivery'])).toEqual(['billing', 'delivery', 'price']);
    expect(topicsOf(['billing', 'delivery', 'price'])).toEqual(['billing', 'delivery', 'price']);
    expect(topicsOf(['price', 'delivery', 'billing'])).toEqual(['billing', 'delivery', 'price']);
  });

  it('a team acting on 40 % of feedback within 30 days is fair, and is warned about uncategorised items', () => {
    const result = feedbackQuality({ feedback, interactions }, { period: october, profile: lenient });
    // 0.4 between fair 0.25 (40) and good 0.5 (60): 40 + (0.4 − 0.25) / 0.25 × 20 = 52.
    expect(result.value).toBe(0.4);
    expect(result.rating).toBe('fair');
    expect(result.score).toBe(52);
    expect(result.explanation.code).toBe('customer.feedbackQuality.rated');
    // Categorised 0.8 < target 0.9; coverage 0.5 ≥ 0.2.
    expect(result.warnings.map((w) => w.code)).toEqual(['customer.feedbackQuality.uncategorised']);
  });

  it('a 60-day window turns F2 into an action in time: 3 / 5 = 0.6 is good', () => {
    const result = feedbackQuality(
      { feedback, interactions },
      { period: october, profile: lenient, actionWithinDays: 60 },
    );
    // 60 + (0.6 − 0.5) / 0.25 × 20 = 68.
    expect([result.value, result.rating, result.score]).toEqual([0.6, 'good', 68]);
  });

  it('without interactions the coverage is unknown, with a warning; with little coverage, another', () => {
    const result = feedbackQuality({ feedback }, { period: october, profile: lenient });
    expect(result.details.customerCoverage).toBeNull();
    expect(result.details.feedbackPerInteraction).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('customer.feedbackQuality.coverage-unknown');
    const demanding = defineProfile(lenient, {
      criteria: { 'customer.feedbackQuality': { targetCustomerCoverageShare: 0.75 } },
    });
    const low = feedbackQuality({ feedback, interactions }, { period: october, profile: demanding });
    expect(low.warnings.map((w) => w.code)).toContain('customer.feedbackQuality.low-coverage');
  });

  it('is insufficient-data with no feedback or too little', () => {
    const none = feedbackQuality({ feedback: [], interactions }, { period: october, profile: b2c });
    expect([none.rating, none.value, none.explanation.code]).toEqual([
      'insufficient-data',
      null,
      'customer.feedbackQuality.no-feedback',
    ]);
    // b2c asks for 10 items; 5 is too few.
    expect(
      feedbackQuality({ feedback, interactions }, { period: october, profile: b2c }).explanation.code,
    ).toBe('customer.feedbackQuality.insufficient-sample');
  });

  it('keeps the aggregator laws', () => {
    checkAggregatorLaws(feedbackQualityAggregator({ period: october }), tagged);
    const odd = normalizeFeedbackItems([
      { id: 'x1', customerId: '__proto__', at: '2026-10-02', source: 'call', topic: '__proto__' },
      {
        id: 'x2',
        customerId: 'constructor',
        at: '2026-10-03',
        source: 'call',
        topic: 'constructor',
        actionTakenAt: '2026-10-04',
      },
    ]);
    const records: FeedbackQualityRecord[] = odd.map((record) => ({ type: 'feedback', record }));
    checkAggregatorLaws(feedbackQualityAggregator({ period: october }), records);
    expect(
      measure(feedbackQualityAggregator({ period: october }), records).topics.map((t) => t.topic),
    ).toEqual(['__proto__', 'constructor']);
  });

  it('rejects bad options and input with the path', () => {
    expect(failure(() => feedbackQualityAggregator({ period: null as never }))).toBe(
      'invalid-option at options.period',
    );
    expect(failure(() => feedbackQualityAggregator(undefined as never))).toBe('invalid-option at options');
    expect(failure(() => feedbackQualityAggregator({ period: october, actionWithinDays: -1 }))).toBe(
      'invalid-option at options.actionWithinDays',
    );
    expect(failure(() => feedbackQualityAggregator({ period: october, topicLimit: 1.5 }))).toBe(
      'invalid-option at options.topicLimit',
    );
    expect(failure(() => feedbackQuality(null as never, { period: october, profile: b2c }))).toBe(
      'invalid-option at input',
    );
  });
});
