import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { FeedbackItem } from '../../domain/records/feedback.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { bump, mergeCounts, own, put, unionKeys } from './keyed-state.js';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  QUANTILE_EXACT_CAP,
  type QuantileSketch,
  sketchQuantile,
} from './quantile-sketch.js';
import type { DurationPercentiles } from './resolution-efficiency.js';

/**
 * One record for {@link feedbackQualityAggregator}: a feedback item or an interaction, tagged, so
 * that one stream (a file, a worker's partition) can carry both.
 *
 * @example
 * ```ts
 * import { normalizeFeedbackItem, type FeedbackQualityRecord } from '@org/cs-metrics';
 * const record: FeedbackQualityRecord = { type: 'feedback', record: normalizeFeedbackItem({ id: 'F-1', at: '2026-10-09', source: 'survey' }) };
 * ```
 */
export type FeedbackQualityRecord =
  | { readonly type: 'feedback'; readonly record: FeedbackItem }
  | { readonly type: 'interaction'; readonly record: Interaction };

/**
 * What {@link feedbackQuality} takes: the feedback items and the interactions of the same managers
 * (the interactions tell which customers were active and how many contacts there were).
 *
 * @example
 * ```ts
 * import type { FeedbackQualityInput } from '@org/cs-metrics';
 * const input: FeedbackQualityInput = { feedback: [], interactions: [] };
 * ```
 */
export interface FeedbackQualityInput {
  readonly feedback: Iterable<FeedbackItem>;
  /** Without them the coverage and feedback per interaction are `null`. */
  readonly interactions?: Iterable<Interaction>;
}

/**
 * Options of {@link feedbackQuality}.
 *
 * @example
 * ```ts
 * import { periodOf, type FeedbackQualityOptions } from '@org/cs-metrics';
 * const options: FeedbackQualityOptions = { period: periodOf('2026-Q4'), actionWithinDays: 14, topicLimit: 5 };
 * ```
 */
export interface FeedbackQualityOptions {
  /** Feedback received and interactions held in this period are measured. */
  readonly period: Period;
  /** Acted on within this many days of receipt counts as in time; default the profile's (30 in the built-ins) in {@link feedbackQuality}, 30 in the aggregator. */
  readonly actionWithinDays?: number;
  /** How many of the ranked topics to list; default 10. */
  readonly topicLimit?: number;
}

/**
 * The partial state of {@link feedbackQualityAggregator}: plain JSON data.
 *
 * @example
 * ```ts
 * import { feedbackQualityAggregator, periodOf, type FeedbackQualityState } from '@org/cs-metrics';
 * const state: FeedbackQualityState = feedbackQualityAggregator({ period: periodOf('2026-10') }).init();
 * ```
 */
export interface FeedbackQualityState {
  /** Feedback items received in the period. */
  feedback: number;
  /** Feedback items and interactions skipped because they fall outside the period. */
  outsidePeriod: number;
  /** Interactions with a customer (not events) in the period. */
  interactions: number;
  /** Customers with such an interaction: `{ [id]: 1 }`. */
  activeCustomers: Record<string, number>;
  /** Customers who gave feedback in the period: `{ [id]: 1 }`. */
  feedbackCustomers: Record<string, number>;
  categorised: number;
  actedOn: number;
  actedInTime: number;
  timeToAction: QuantileSketch;
  /** Topic (trimmed, lower case) → items. */
  topics: Record<string, number>;
  /** Topic → negative items. */
  negativeTopics: Record<string, number>;
}

/**
 * A recurring topic of feedback with how often it came up.
 *
 * @example
 * ```ts
 * import type { FeedbackTopic } from '@org/cs-metrics';
 * const topic: FeedbackTopic = { topic: 'delivery delays', count: 3, share: 0.5, negative: 3 };
 * ```
 */
export interface FeedbackTopic {
  /** The topic, trimmed and in lower case. */
  readonly topic: string;
  readonly count: number;
  /** Of the categorised items. */
  readonly share: number;
  /** How many of them were negative. */
  readonly negative: number;
}

/**
 * The numbers of {@link feedbackQuality}.
 *
 * @example
 * ```ts
 * import { feedbackQualityAggregator, measure, periodOf, type FeedbackQualityMetrics } from '@org/cs-metrics';
 * const metrics: FeedbackQualityMetrics = measure(feedbackQualityAggregator({ period: periodOf('2026-10') }), []);
 * metrics.actedInTimeShare; // null
 * ```
 */
export interface FeedbackQualityMetrics {
  readonly feedback: number;
  readonly outsidePeriod: number;
  readonly interactions: number;
  /** Feedback items per interaction; `null` without interactions. */
  readonly feedbackPerInteraction: number | null;
  readonly activeCustomers: number;
  /** Active customers who gave feedback. */
  readonly activeCustomersWithFeedback: number;
  /** Share of active customers who gave feedback; `null` without active customers. */
  readonly customerCoverage: number | null;
  readonly categorised: number;
  readonly categorisedShare: number | null;
  readonly actedOn: number;
  readonly actedOnShare: number | null;
  readonly actedInTime: number;
  readonly actedInTimeShare: number | null;
  readonly actionWithinDays: number;
  /** From receipt to action, over the items acted on. */
  readonly timeToAction: DurationPercentiles;
  /** How many distinct topics. */
  readonly distinctTopics: number;
  /** The most frequent topics first (ties: more negative first, then by name), up to `topicLimit`. */
  readonly topics: readonly FeedbackTopic[];
}

function checkOptions(options: FeedbackQualityOptions) {
  const p = checkPeriodOption(options);
  const days = options.actionWithinDays ?? 30;
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
    fail(ErrorCodes.InvalidOption, 'options.actionWithinDays', 'a number of days ≥ 0', days);
  }
  const limit = options.topicLimit ?? 10;
  if (!Number.isInteger(limit) || limit < 0)
    fail(ErrorCodes.InvalidOption, 'options.topicLimit', 'a whole number ≥ 0', limit);
  return { start: p.start, end: p.end, days, limit };
}

/**
 * The aggregator behind {@link feedbackQuality}: one pass over tagged feedback and interaction records, mergeable.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { feedbackQualityAggregator, measure, normalizeFeedbackItems, periodOf } from '@org/cs-metrics';
 * const [item] = normalizeFeedbackItems([{ id: 'F-1', at: '2026-10-09', source: 'call', topic: 'Billing', actionTakenAt: '2026-10-12' }]);
 * measure(feedbackQualityAggregator({ period: periodOf('2026-10') }), [{ type: 'feedback', record: item! }]).topics; // [{ topic: 'billing', count: 1, share: 1, negative: 0 }]
 * ```
 */
export function feedbackQualityAggregator(
  options: FeedbackQualityOptions,
): Aggregator<FeedbackQualityRecord, FeedbackQualityState, FeedbackQualityMetrics> {
  const o = checkOptions(options);
  const windowMs = o.days * DAY_MS;
  return {
    init: () => ({
      feedback: 0,
      outsidePeriod: 0,
      interactions: 0,
      activeCustomers: {},
      feedbackCustomers: {},
      categorised: 0,
      actedOn: 0,
      actedInTime: 0,
      timeToAction: emptySketch(),
      topics: {},
      negativeTopics: {},
    }),
    add(s, tagged) {
      if (tagged.type === 'interaction') {
        const i = tagged.record;
        if (i.at < o.start || i.at >= o.end || i.customerId === undefined || i.kind === 'event') {
          s.outsidePeriod += i.at < o.start || i.at >= o.end ? 1 : 0;
          return s;
        }
        s.interactions++;
        put(s.activeCustomers, i.customerId, 1);
        return s;
      }
      const f = tagged.record;
      if (f.at < o.start || f.at >= o.end) {
        s.outsidePeriod++;
        return s;
      }
      s.feedback++;
      if (f.customerId !== undefined) put(s.feedbackCustomers, f.customerId, 1);
      if (f.topic !== undefined && f.topic.trim() !== '') {
        s.categorised++;
        const topic = f.topic.trim().toLowerCase();
        bump(s.topics, topic);
        if (f.sentiment === 'negative') bump(s.negativeTopics, topic);
      }
      if (f.actionTakenAt !== undefined) {
        s.actedOn++;
        const wait = f.actionTakenAt - f.at;
        if (wait <= windowMs) s.actedInTime++;
        addToSketch(s.timeToAction, wait / 1000);
      }
      return s;
    },
    merge(a, b) {
      return {
        feedback: a.feedback + b.feedback,
        outsidePeriod: a.outsidePeriod + b.outsidePeriod,
        interactions: a.interactions + b.interactions,
        activeCustomers: unionKeys(a.activeCustomers, b.activeCustomers, 1),
        feedbackCustomers: unionKeys(a.feedbackCustomers, b.feedbackCustomers, 1),
        categorised: a.categorised + b.categorised,
        actedOn: a.actedOn + b.actedOn,
        actedInTime: a.actedInTime + b.actedInTime,
        timeToAction: mergeSketches(a.timeToAction, b.timeToAction),
        topics: mergeCounts(a.topics, b.topics),
        negativeTopics: mergeCounts(a.negativeTopics, b.negativeTopics),
      };
    },
    finish(s) {
      const active = Object.keys(s.activeCustomers);
      let covered = 0;
      for (const id of active) if (own(s.feedbackCustomers, id) !== undefined) covered++;
      const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);
      const topics = Object.keys(s.topics)
        .map((topic) => ({
          topic,
          count: own(s.topics, topic)!,
          share: own(s.topics, topic)! / s.categorised,
          negative: own(s.negativeTopics, topic) ?? 0,
        }))
        .sort(
          (x, y) => y.count - x.count || y.negative - x.negative || (x.topic < y.topic ? -1 : 1), // topics are keys: never equal
        );
      return {
        feedback: s.feedback,
        outsidePeriod: s.outsidePeriod,
        interactions: s.interactions,
        feedbackPerInteraction: share(s.feedback, s.interactions),
        activeCustomers: active.length,
        activeCustomersWithFeedback: covered,
        customerCoverage: share(covered, active.length),
        categorised: s.categorised,
        categorisedShare: share(s.categorised, s.feedback),
        actedOn: s.actedOn,
        actedOnShare: share(s.actedOn, s.feedback),
        actedInTime: s.actedInTime,
        actedInTimeShare: share(s.actedInTime, s.feedback),
        actionWithinDays: o.days,
        timeToAction: {
          count: s.timeToAction.n,
          medianSeconds: sketchQuantile(s.timeToAction, 0.5),
          p90Seconds: sketchQuantile(s.timeToAction, 0.9),
          exact: s.timeToAction.n <= QUANTILE_EXACT_CAP,
        },
        distinctTopics: topics.length,
        topics: topics.slice(0, o.limit),
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges feedback metrics against the profile: the band rates the share of feedback acted on in
 * time; coverage or categorisation below the profile's targets raises a warning.
 *
 * @example
 * ```ts
 * import { b2c, evaluateFeedbackQuality, feedbackQualityAggregator, measure, periodOf } from '@org/cs-metrics';
 * const metrics = measure(feedbackQualityAggregator({ period: periodOf('2026-10') }), []);
 * evaluateFeedbackQuality(metrics, { profile: b2c }).explanation.code; // 'customer.feedbackQuality.no-feedback'
 * ```
 */
export function evaluateFeedbackQuality(
  metrics: FeedbackQualityMetrics,
  options: { readonly profile: Profile },
): Evaluation<FeedbackQualityMetrics> {
  const id = 'customer.feedbackQuality';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (metrics.customerCoverage === null) {
    warnings.push({
      code: `${id}.coverage-unknown`,
      message:
        'No interactions with customers in the period: the share of active customers who gave feedback is unknown.',
      inputs: { interactions: metrics.interactions },
    });
  } else if (metrics.customerCoverage < settings.targetCustomerCoverageShare) {
    warnings.push({
      code: `${id}.low-coverage`,
      message: `${metrics.activeCustomersWithFeedback} of ${metrics.activeCustomers} active customers gave feedback (${pct(metrics.customerCoverage)} %); the target is ${pct(settings.targetCustomerCoverageShare)} %.`,
      inputs: {
        covered: metrics.activeCustomersWithFeedback,
        active: metrics.activeCustomers,
        target: settings.targetCustomerCoverageShare,
      },
    });
  }
  if (metrics.categorisedShare !== null && metrics.categorisedShare < settings.targetCategorisedShare) {
    warnings.push({
      code: `${id}.uncategorised`,
      message: `${metrics.categorised} of ${metrics.feedback} feedback items have a topic (${pct(metrics.categorisedShare)} %); the target is ${pct(settings.targetCategorisedShare)} %.`,
      inputs: {
        categorised: metrics.categorised,
        feedback: metrics.feedback,
        target: settings.targetCategorisedShare,
      },
    });
  }
  return judge({
    criterion: id,
    value: metrics.actedInTimeShare,
    unit: 'share of feedback acted on in time',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.feedback,
    details: metrics,
    warnings,
    insufficient: {
      code: `${id}.no-feedback`,
      message: 'No feedback was received in the period.',
      inputs: { outsidePeriod: metrics.outsidePeriod },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.actedInTime} of ${metrics.feedback} feedback items (${pct(value)} %) ${were(metrics.actedInTime)} acted on within ${metrics.actionWithinDays} days: ${rating}.`,
      inputs: {
        actedInTime: metrics.actedInTime,
        feedback: metrics.feedback,
        actionWithinDays: metrics.actionWithinDays,
        share: value,
        rating,
      },
    }),
  });
}

/**
 * Feedback quality: is feedback collected regularly, analysed, and turned into improvements?
 *
 * Collection: `coverage = active customers who gave feedback ÷ active customers` (active: an
 * interaction other than an event in the period) and `feedback ÷ interactions`. Analysis:
 * `categorised ÷ feedback`, `acted on ÷ feedback`, the time from receipt to action (median, p90),
 * and the recurring topics ranked by count so the common problems stand out. Judged: the share of
 * the period's feedback acted on within `actionWithinDays` (the profile's, 30 in the built-ins),
 * against a Convention band (good from half; see docs/benchmarks.md).
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { b2c, feedbackQuality, normalizeFeedbackItems, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * const feedback = normalizeFeedbackItems([
 *   { id: 'F-1', customerId: 'c1', at: '2026-10-02', source: 'call', topic: 'delivery', actionTakenAt: '2026-10-09' },
 *   { id: 'F-2', customerId: 'c2', at: '2026-10-05', source: 'survey' },
 * ]);
 * const interactions = normalizeInteractions([
 *   { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-01' },
 *   { id: 'i2', managerId: 'm1', customerId: 'c3', kind: 'meeting', at: '2026-10-03' },
 * ]);
 * const result = feedbackQuality({ feedback, interactions }, { period: periodOf('2026-10'), profile: b2c });
 * result.details.customerCoverage; // 0.5
 * result.details.actedInTimeShare; // 0.5
 * ```
 */
export function feedbackQuality(
  input: FeedbackQualityInput,
  options: FeedbackQualityOptions & { readonly profile: Profile },
): Evaluation<FeedbackQualityMetrics> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', '{ feedback, interactions }', input);
  const settings = criterionSettings(options, 'customer.feedbackQuality');
  const aggregator = feedbackQualityAggregator({
    ...options,
    actionWithinDays: options.actionWithinDays ?? settings.actionWithinDays,
  });
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const f: { type: 'feedback'; record: FeedbackItem } = { type: 'feedback', record: undefined as never };
  for (const record of input.feedback) {
    f.record = record;
    state = aggregator.add(state, f);
  }
  const i: { type: 'interaction'; record: Interaction } = { type: 'interaction', record: undefined as never };
  for (const record of input.interactions ?? []) {
    i.record = record;
    state = aggregator.add(state, i);
  }
  return evaluateFeedbackQuality(aggregator.finish(state), options);
}
