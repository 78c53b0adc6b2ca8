// contactCentre.trainingCoverage: who was trained, and were the representatives monitoring flagged trained in time.
import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { QualityReview } from '../../domain/records/quality-review.js';
import { TRAINING_REASONS, type TrainingReason, type TrainingRecord } from '../../domain/records/training.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { own, put } from '../customer/keyed-state.js';
import {
  checkReviews,
  type ReviewScoringOptions,
  rejectReview,
  resolveScoring,
  reviewProblem,
  scoreReview,
} from './monitoring-scores.js';

/**
 * One record for {@link trainingCoverageAggregator}: a quality review or a training, tagged, so that
 * one stream (a file, a worker's partition) can carry both.
 *
 * @example
 * ```ts
 * import { normalizeTrainingRecord, type TrainingCoverageRecord } from '@org/cs-metrics';
 * const record: TrainingCoverageRecord = { type: 'training',
 *   record: normalizeTrainingRecord({ id: 'TR-1', agentId: 'a7', course: 'Address verification', completedAt: '2026-11-12' }) };
 * ```
 */
export type TrainingCoverageRecord =
  | { readonly type: 'review'; readonly record: QualityReview }
  | { readonly type: 'training'; readonly record: TrainingRecord };

/**
 * What {@link trainingCoverage} takes: the quality reviews (they flag who needs training) and the
 * trainings completed.
 *
 * @example
 * ```ts
 * import type { TrainingCoverageInput } from '@org/cs-metrics';
 * const input: TrainingCoverageInput = { reviews: [], trainings: [] };
 * ```
 */
export interface TrainingCoverageInput {
  readonly reviews: Iterable<QualityReview>;
  readonly trainings: Iterable<TrainingRecord>;
}

/**
 * Options of {@link trainingCoverage}. The scoring options (`notApplicable`, `scoreFrom`,
 * `trainingThreshold`) are those of `monitoringScores`: pass the same ones so that both flag the same people.
 *
 * @example
 * ```ts
 * import { periodOf, type TrainingCoverageOptions } from '@org/cs-metrics';
 * const options: TrainingCoverageOptions = { period: periodOf('2026-11'), roster: ['a1', 'a2', 'a3'], trainedWithinDays: 10 };
 * ```
 */
export interface TrainingCoverageOptions extends ReviewScoringOptions {
  /** Reviews of calls in this period flag; trainings completed in it count as "trained in the period". */
  readonly period: Period;
  /**
   * The representatives in scope (agent ids). Default: everyone with a scored review in the period —
   * a representative never reviewed is then invisible, so pass the roster when you have it.
   */
  readonly roster?: readonly string[];
  /**
   * A flagged representative trained within this many days of being flagged is trained in time
   * (inclusive); default: the profile's `trainedWithinDays` (14) in {@link trainingCoverage}, else 14.
   */
  readonly trainedWithinDays?: number;
  /** Only trainings for these reasons count; default: every training (a record without a reason counts too). */
  readonly reasons?: readonly TrainingReason[];
  /**
   * "Now", epoch ms: a flagged representative not yet trained whose deadline is after `asOf` is
   * `pending` and left out of the share. Default: none — every deadline counts as passed.
   */
  readonly asOf?: number;
}

/**
 * One representative's part of the state (plain JSON): review sums in millionths of a point, the
 * first review below the threshold, and the completion times of the trainings that can matter.
 *
 * @example
 * ```ts
 * import type { TrainingCoverageRepresentativeState } from '@org/cs-metrics';
 * const a7: TrainingCoverageRepresentativeState = { reviews: 2, scoreMicro: 130_000_000, firstBelowAt: 1793779200000, trainings: [1794384000000] };
 * ```
 */
export interface TrainingCoverageRepresentativeState {
  reviews: number;
  scoreMicro: number;
  /**
   * Epoch ms of the first review below the threshold; `null`: none. (Not −1: a review before 1970
   * has a negative time.)
   */
  firstBelowAt: number | null;
  /** Completion times (epoch ms, unordered) of the trainings from the period's start to its end + `trainedWithinDays`. */
  trainings: number[];
}

/**
 * The state of {@link trainingCoverageAggregator} (plain JSON).
 *
 * @example
 * ```ts
 * import { periodOf, trainingCoverageAggregator, type TrainingCoverageState } from '@org/cs-metrics';
 * const state: TrainingCoverageState = trainingCoverageAggregator({ period: periodOf('2026-11') }).init();
 * state.reviewsOutsidePeriod; // 0
 * ```
 */
export interface TrainingCoverageState {
  representatives: Record<string, TrainingCoverageRepresentativeState>;
  reviewsOutsidePeriod: number;
  /** Trainings before the period, too long after it, or for another reason than `reasons`. */
  trainingsSkipped: number;
  /** Reviews in the period with nothing to score. */
  unscoredReviews: number;
}

/**
 * Where a flagged representative stands: trained within the days allowed (`in-time`), after them
 * (`late`), not at all (`not-trained`), or not yet with the deadline still ahead of `asOf` (`pending`).
 *
 * @example
 * ```ts
 * import type { FlaggedTrainingStatus } from '@org/cs-metrics';
 * const status: FlaggedTrainingStatus = 'late';
 * ```
 */
export type FlaggedTrainingStatus = 'in-time' | 'late' | 'not-trained' | 'pending';

/**
 * A representative flagged by monitoring and what became of the training.
 *
 * @example
 * ```ts
 * import type { FlaggedRepresentative } from '@org/cs-metrics';
 * const a7: FlaggedRepresentative = { agentId: 'a7', averageScore: 65, reviews: 2, flaggedAt: 1793779200000,
 *   deadline: 1794988800000, trainedAt: null, status: 'not-trained' };
 * ```
 */
export interface FlaggedRepresentative {
  readonly agentId: string;
  readonly averageScore: number;
  readonly reviews: number;
  /** The first review below the threshold in the period (epoch ms). */
  readonly flaggedAt: number;
  /** `flaggedAt + trainedWithinDays` days (epoch ms), inclusive. */
  readonly deadline: number;
  /** The first training completed at or after `flaggedAt` (epoch ms), in time or late; `null`: none. */
  readonly trainedAt: number | null;
  readonly status: FlaggedTrainingStatus;
}

/**
 * The numbers of {@link trainingCoverageAggregator}; shares are `null` when their denominator is 0.
 *
 * @example
 * ```ts
 * import { measure, periodOf, trainingCoverageAggregator, type TrainingCoverageMetrics } from '@org/cs-metrics';
 * const m: TrainingCoverageMetrics = measure(trainingCoverageAggregator({ period: periodOf('2026-11') }), []);
 * m.trainedShare; // null
 * ```
 */
export interface TrainingCoverageMetrics {
  readonly trainingThreshold: number;
  readonly trainedWithinDays: number;
  /** `'roster'` when a roster was given, else `'reviewed'` (everyone with a scored review). */
  readonly scope: 'roster' | 'reviewed';
  /** Representatives in scope. */
  readonly representatives: number;
  /** Of them, those who completed a training in the period. */
  readonly trained: number;
  /** trained ÷ representatives. */
  readonly trainedShare: number | null;
  /** In scope and not trained in the period, sorted. */
  readonly notTrained: readonly string[];
  /** Representatives in scope whose period average is below the threshold. */
  readonly flagged: number;
  readonly trainedInTime: number;
  readonly pending: number;
  /** trainedInTime ÷ (flagged − pending): the value judged. */
  readonly trainedInTimeShare: number | null;
  /** Every flagged representative, sorted by id. */
  readonly flaggedRepresentatives: readonly FlaggedRepresentative[];
  /** The flagged ones `late` or `not-trained`: the manager's list, sorted by id. */
  readonly notTrainedInTime: readonly FlaggedRepresentative[];
  /** Reviewed representatives left out because they are not on the roster. */
  readonly outsideRoster: number;
  readonly reviewsOutsidePeriod: number;
  readonly trainingsSkipped: number;
  readonly unscoredReviews: number;
}

function checkOptions(options: TrainingCoverageOptions) {
  const p = checkPeriodOption(options);
  const days = options.trainedWithinDays ?? 14;
  if (typeof days !== 'number' || !(days >= 0 && days < Number.POSITIVE_INFINITY)) {
    fail(ErrorCodes.InvalidOption, 'options.trainedWithinDays', 'a number of days ≥ 0', days);
  }
  let roster: Set<string> | null = null;
  if (options.roster !== undefined) {
    if (!Array.isArray(options.roster)) {
      return fail(ErrorCodes.InvalidOption, 'options.roster', 'an array of agent ids', options.roster);
    }
    roster = new Set();
    for (let i = 0; i < options.roster.length; i++) {
      const id = options.roster[i];
      if (typeof id !== 'string' || id.length === 0) {
        fail(ErrorCodes.InvalidOption, `options.roster[${i}]`, 'a non-empty agent id', id);
      }
      roster.add(id);
    }
  }
  let reasons: Set<string> | null = null;
  if (options.reasons !== undefined) {
    if (!Array.isArray(options.reasons)) {
      return fail(
        ErrorCodes.InvalidOption,
        'options.reasons',
        'an array of training reasons',
        options.reasons,
      );
    }
    reasons = new Set();
    for (let i = 0; i < options.reasons.length; i++) {
      const reason = options.reasons[i] as string;
      if (!(TRAINING_REASONS as readonly string[]).includes(reason)) {
        fail(
          ErrorCodes.InvalidOption,
          `options.reasons[${i}]`,
          `one of ${TRAINING_REASONS.join(', ')}`,
          reason,
        );
      }
      reasons.add(reason);
    }
  }
  const asOf = options.asOf ?? null;
  if (asOf !== null && !Number.isFinite(asOf)) {
    fail(ErrorCodes.InvalidOption, 'options.asOf', 'epoch milliseconds', asOf);
  }
  return { start: p.start, end: p.end, days, roster, reasons, asOf, scoring: resolveScoring(options) };
}

function trainingProblem(t: TrainingRecord): 'agentId' | 'completedAt' | null {
  if (typeof t.agentId !== 'string') return 'agentId';
  if (!Number.isFinite(t.completedAt)) return 'completedAt';
  return null;
}

function rejectTraining(t: TrainingRecord, prefix: string, field: 'agentId' | 'completedAt'): never {
  return fail(
    ErrorCodes.InvalidValue,
    `${prefix}.${field}`,
    field === 'agentId' ? 'a string' : 'epoch milliseconds',
    t[field],
  );
}

function entry(s: TrainingCoverageState, agentId: string): TrainingCoverageRepresentativeState {
  let r = own(s.representatives, agentId);
  if (r === undefined) {
    r = { reviews: 0, scoreMicro: 0, firstBelowAt: null, trainings: [] };
    put(s.representatives, agentId, r);
  }
  return r;
}

/**
 * The aggregator behind {@link trainingCoverage}: one pass over tagged reviews and trainings, mergeable.
 * A representative is **flagged** when the average of the period's reviews is below the training
 * threshold (the `needsTraining` list of `monitoringScores`), as of the first review below it.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the option's path; `out-of-range` /
 *   `invalid-value` for an impossible record, by id (`reviews[id=QA-7].score`, `trainings[id=TR-2].completedAt`).
 * @example
 * ```ts
 * import { measure, normalizeQualityReviews, normalizeTrainingRecords, periodOf, trainingCoverageAggregator } from '@org/cs-metrics';
 * const [review] = normalizeQualityReviews([{ id: 'QA-1', agentId: 'a7', at: '2026-11-02', monitoring: 'silent', score: 60 }]);
 * const [training] = normalizeTrainingRecords([{ id: 'TR-1', agentId: 'a7', course: 'Greeting', completedAt: '2026-11-09' }]);
 * const m = measure(trainingCoverageAggregator({ period: periodOf('2026-11') }), [
 *   { type: 'review', record: review! }, { type: 'training', record: training! }]);
 * m.flaggedRepresentatives[0]?.status; // 'in-time'
 * ```
 */
export function trainingCoverageAggregator(
  options: TrainingCoverageOptions,
): Aggregator<TrainingCoverageRecord, TrainingCoverageState, TrainingCoverageMetrics> {
  const o = checkOptions(options);
  const windowMs = o.days * DAY_MS;
  const thresholdMicro = o.scoring.thresholdMicro;
  return {
    init: () => ({ representatives: {}, reviewsOutsidePeriod: 0, trainingsSkipped: 0, unscoredReviews: 0 }),
    add(s, tagged) {
      if (tagged.type === 'training') {
        const t = tagged.record;
        const problem = trainingProblem(t);
        if (problem !== null) rejectTraining(t, `trainings[id=${t.id}]`, problem);
        const at = t.completedAt;
        if (
          at < o.start ||
          at > o.end + windowMs ||
          (o.reasons !== null && (t.reason === undefined || !o.reasons.has(t.reason)))
        ) {
          s.trainingsSkipped++;
          return s;
        }
        entry(s, t.agentId).trainings.push(at);
        return s;
      }
      const review = tagged.record;
      const problem = reviewProblem(review);
      if (problem !== null) rejectReview(review, `reviews[id=${review.id}]`, problem);
      if (review.at < o.start || review.at >= o.end) {
        s.reviewsOutsidePeriod++;
        return s;
      }
      const micro = scoreReview(review, o.scoring).micro;
      if (micro < 0) {
        s.unscoredReviews++;
        return s;
      }
      const r = entry(s, review.agentId);
      r.reviews++;
      r.scoreMicro += micro;
      if (micro < thresholdMicro && (r.firstBelowAt === null || review.at < r.firstBelowAt)) {
        r.firstBelowAt = review.at;
      }
      return s;
    },
    merge(a, b) {
      const representatives: Record<string, TrainingCoverageRepresentativeState> = {};
      for (const k of Object.keys(a.representatives)) {
        const x = own(a.representatives, k)!;
        put(representatives, k, { ...x, trainings: x.trainings.slice() });
      }
      for (const k of Object.keys(b.representatives)) {
        const x = own(representatives, k);
        const y = own(b.representatives, k)!;
        if (x === undefined) put(representatives, k, { ...y, trainings: y.trainings.slice() });
        else {
          x.reviews += y.reviews;
          x.scoreMicro += y.scoreMicro;
          x.firstBelowAt =
            x.firstBelowAt === null
              ? y.firstBelowAt
              : y.firstBelowAt === null
                ? x.firstBelowAt
                : Math.min(x.firstBelowAt, y.firstBelowAt);
          x.trainings = x.trainings.concat(y.trainings);
        }
      }
      return {
        representatives,
        reviewsOutsidePeriod: a.reviewsOutsidePeriod + b.reviewsOutsidePeriod,
        trainingsSkipped: a.trainingsSkipped + b.trainingsSkipped,
        unscoredReviews: a.unscoredReviews + b.unscoredReviews,
      };
    },
    finish(s) {
      const seen = Object.keys(s.representatives);
      const scope = new Set<string>();
      let outsideRoster = 0;
      for (const id of seen) {
        const r = own(s.representatives, id)!;
        if (o.roster === null) {
          if (r.reviews > 0) scope.add(id);
        } else if (!o.roster.has(id) && r.reviews > 0) outsideRoster++;
      }
      if (o.roster !== null) for (const id of o.roster) scope.add(id);
      const ids = [...scope].sort();
      const notTrained: string[] = [];
      const flaggedRepresentatives: FlaggedRepresentative[] = [];
      let trained = 0;
      let trainedInTime = 0;
      let pending = 0;
      for (const agentId of ids) {
        const r = own(s.representatives, agentId);
        const trainings = r?.trainings ?? [];
        if (trainings.some((t) => t < o.end)) trained++;
        else notTrained.push(agentId);
        // Compared in whole millionths: an average of exactly the threshold is not below it (and no
        // review, 0 < 0, is not below it either).
        if (r === undefined || !(r.scoreMicro < thresholdMicro * r.reviews)) continue;
        // An average below the threshold means some review was below it, so firstBelowAt is set.
        const flaggedAt = r.firstBelowAt as number;
        const deadline = flaggedAt + windowMs;
        let trainedAt: number | null = null;
        for (const t of trainings) if (t >= flaggedAt && (trainedAt === null || t < trainedAt)) trainedAt = t;
        const status: FlaggedTrainingStatus =
          trainedAt !== null && trainedAt <= deadline
            ? 'in-time'
            : o.asOf !== null && deadline > o.asOf
              ? 'pending'
              : trainedAt === null
                ? 'not-trained'
                : 'late';
        if (status === 'in-time') trainedInTime++;
        if (status === 'pending') pending++;
        flaggedRepresentatives.push({
          agentId,
          averageScore: r.scoreMicro / r.reviews / 1_000_000,
          reviews: r.reviews,
          flaggedAt,
          deadline,
          trainedAt,
          status,
        });
      }
      const flagged = flaggedRepresentatives.length;
      const judged = flagged - pending;
      return {
        trainingThreshold: o.scoring.trainingThreshold,
        trainedWithinDays: o.days,
        scope: o.roster === null ? 'reviewed' : 'roster',
        representatives: ids.length,
        trained,
        trainedShare: ids.length === 0 ? null : trained / ids.length,
        notTrained,
        flagged,
        trainedInTime,
        pending,
        trainedInTimeShare: judged === 0 ? null : trainedInTime / judged,
        flaggedRepresentatives,
        notTrainedInTime: flaggedRepresentatives.filter(
          (f) => f.status === 'late' || f.status === 'not-trained',
        ),
        outsideRoster,
        reviewsOutsidePeriod: s.reviewsOutsidePeriod,
        trainingsSkipped: s.trainingsSkipped,
        unscoredReviews: s.unscoredReviews,
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges training metrics. The value is `trainedInTimeShare` — of the representatives flagged by
 * monitoring (average below the training threshold), the share trained within `trainedWithinDays` of
 * the first review below it, pending ones left out — against the profile's band (default: excellent
 * at 1, every flagged representative trained in time, as the brief's manager "arranges additional
 * training where they fall short"; good 0.8, fair 0.5; see docs/benchmarks.md). The share of the
 * whole team trained in the period is reported, not judged: how much training a team needs depends
 * on the period's length and the team's scores, so no band fits it. Warnings:
 * `contactCentre.trainingCoverage.not-trained-in-time` (the list), `…outside-roster`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateTrainingCoverage, measure, periodOf, trainingCoverageAggregator } from '@org/cs-metrics';
 * const m = measure(trainingCoverageAggregator({ period: periodOf('2026-11'), roster: ['a1'] }), []);
 * evaluateTrainingCoverage(m, { profile: b2b }).explanation.code; // 'contactCentre.trainingCoverage.no-one-flagged'
 * ```
 */
export function evaluateTrainingCoverage(
  metrics: TrainingCoverageMetrics,
  options: { readonly profile: Profile },
): Evaluation<TrainingCoverageMetrics> {
  const id = 'contactCentre.trainingCoverage';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  const late = metrics.notTrainedInTime;
  if (late.length > 0) {
    warnings.push({
      code: `${id}.not-trained-in-time`,
      message: `${late.length} flagged representatives were not trained within ${metrics.trainedWithinDays} days: ${late
        .map((f) => `${f.agentId} (${f.status})`)
        .join(', ')}.`,
      inputs: {
        count: late.length,
        trainedWithinDays: metrics.trainedWithinDays,
        representatives: late.map((f) => f.agentId).join(','),
      },
    });
  }
  if (metrics.outsideRoster > 0) {
    warnings.push({
      code: `${id}.outside-roster`,
      message: `${metrics.outsideRoster} reviewed representatives are not on the roster and were left out.`,
      inputs: { outsideRoster: metrics.outsideRoster },
    });
  }
  const insufficient: Explanation =
    metrics.representatives === 0
      ? {
          code: `${id}.no-representatives`,
          message: 'No representative in scope: no roster given and no scored review in the period.',
          inputs: { reviewsOutsidePeriod: metrics.reviewsOutsidePeriod },
        }
      : metrics.flagged === 0
        ? {
            code: `${id}.no-one-flagged`,
            message: `No representative averaged below ${metrics.trainingThreshold}: nobody needed additional training (${metrics.trained} of ${metrics.representatives} ${were(metrics.trained)} trained in the period).`,
            inputs: {
              representatives: metrics.representatives,
              trained: metrics.trained,
              trainingThreshold: metrics.trainingThreshold,
            },
          }
        : {
            code: `${id}.all-pending`,
            message: `All ${metrics.flagged} flagged representatives still have time to be trained.`,
            inputs: { flagged: metrics.flagged, pending: metrics.pending },
          };
  return judge({
    criterion: id,
    value: metrics.trainedInTimeShare,
    unit: 'share of flagged representatives trained in time',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.flagged - metrics.pending,
    details: metrics,
    warnings,
    insufficient,
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.trainedInTime} of ${metrics.flagged - metrics.pending} representatives below ${metrics.trainingThreshold} ${were(metrics.trainedInTime)} trained within ${metrics.trainedWithinDays} days (${pct(value)} %); ${metrics.trained} of ${metrics.representatives} ${were(metrics.trained)} trained in the period: ${rating}.`,
      inputs: {
        trainedInTime: metrics.trainedInTime,
        flagged: metrics.flagged,
        pending: metrics.pending,
        trainedWithinDays: metrics.trainedWithinDays,
        trained: metrics.trained,
        representatives: metrics.representatives,
        share: value,
      },
    }),
  });
}

/**
 * Training coverage: the share of the representatives in scope trained in the period, and whether the
 * representatives monitoring flagged (average review score below the training threshold, 75) were
 * trained within `trainedWithinDays` (14) of their first review below it. Judged by
 * {@link evaluateTrainingCoverage}. The threshold defaults to the profile's `monitoringScores`
 * `trainingThreshold`, so both criteria name the same people.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the option's path; `out-of-range` /
 *   `invalid-value` for an impossible record with its index (`reviews[2].score`, `trainings[0].completedAt`).
 * @example
 * ```ts
 * import { b2c, normalizeQualityReviews, normalizeTrainingRecords, periodOf, trainingCoverage } from '@org/cs-metrics';
 * const reviews = normalizeQualityReviews([
 *   { id: 'QA-1', agentId: 'a1', at: '2026-11-02', monitoring: 'silent', score: 60 },
 *   { id: 'QA-2', agentId: 'a2', at: '2026-11-02', monitoring: 'silent', score: 90 },
 * ]);
 * const trainings = normalizeTrainingRecords([{ id: 'TR-1', agentId: 'a1', course: 'Greeting', completedAt: '2026-11-20' }]);
 * const result = trainingCoverage({ reviews, trainings }, { period: periodOf('2026-11'), profile: b2c });
 * result.details.trainedShare; // 0.5
 * result.details.notTrainedInTime.map((f) => f.status); // ['late']
 * result.rating; // 'poor'
 * ```
 */
export function trainingCoverage(
  input: TrainingCoverageInput,
  options: TrainingCoverageOptions & { readonly profile: Profile },
): Evaluation<TrainingCoverageMetrics> {
  if (typeof input !== 'object' || input === null) {
    return fail(ErrorCodes.InvalidOption, 'input', '{ reviews, trainings }', input);
  }
  const settings = criterionSettings(options, 'contactCentre.trainingCoverage');
  // The threshold that flags a representative is monitoring's.
  const monitoring = criterionSettings(options, 'contactCentre.monitoringScores');
  const aggregator = trainingCoverageAggregator({
    ...options,
    trainingThreshold: options.trainingThreshold ?? monitoring.trainingThreshold,
    trainedWithinDays: options.trainedWithinDays ?? settings.trainedWithinDays,
  });
  checkReviews(input.reviews);
  if (Array.isArray(input.trainings)) {
    const list = input.trainings as readonly TrainingRecord[];
    for (let i = 0; i < list.length; i++) {
      const problem = trainingProblem(list[i] as TrainingRecord);
      if (problem !== null) rejectTraining(list[i] as TrainingRecord, `trainings[${i}]`, problem);
    }
  }
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const r: { type: 'review'; record: QualityReview } = { type: 'review', record: undefined as never };
  for (const record of input.reviews) {
    r.record = record;
    state = aggregator.add(state, r);
  }
  const t: { type: 'training'; record: TrainingRecord } = { type: 'training', record: undefined as never };
  for (const record of input.trainings) {
    t.record = record;
    state = aggregator.add(state, t);
  }
  return evaluateTrainingCoverage(aggregator.finish(state), options);
}
