// contactCentre.monitoringScores: quality-review scores per representative, team and checklist item.
import { type Aggregator, measure } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';
import type { QualityReview, ReviewItem } from '../../domain/records/quality-review.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriod, checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { own, put, unionKeys } from '../customer/keyed-state.js';

/**
 * How checklist items marked `not-applicable` count in a review's score:
 *
 * - `'reweight'` (the default): they are left out and the applicable items' weights are rescaled, so a
 *   review with nothing to fail scores on what could be done (`passed weight ÷ applicable weight`).
 * - `'zero'`: they count as zero points (`passed weight ÷ all weight`), for checklists where "not
 *   applicable" is a shortcut the centre wants to discourage.
 *
 * @example
 * ```ts
 * import { NOT_APPLICABLE_POLICIES } from '@org/cs-metrics';
 * NOT_APPLICABLE_POLICIES; // ['reweight', 'zero']
 * ```
 */
export const NOT_APPLICABLE_POLICIES = ['reweight', 'zero'] as const;

/**
 * One of {@link NOT_APPLICABLE_POLICIES}.
 *
 * @example
 * ```ts
 * import type { NotApplicablePolicy } from '@org/cs-metrics';
 * const policy: NotApplicablePolicy = 'zero';
 * ```
 */
export type NotApplicablePolicy = (typeof NOT_APPLICABLE_POLICIES)[number];

/**
 * Which score of a review counts when it has both an overall `score` and checklist `items`:
 * `'review'` (the default: the reviewer's overall judgement; items only when there is no score) or
 * `'items'` (always computed from the weighted checklist; the overall score only when there are no items).
 *
 * @example
 * ```ts
 * import { REVIEW_SCORE_SOURCES } from '@org/cs-metrics';
 * REVIEW_SCORE_SOURCES; // ['review', 'items']
 * ```
 */
export const REVIEW_SCORE_SOURCES = ['review', 'items'] as const;

/**
 * One of {@link REVIEW_SCORE_SOURCES}.
 *
 * @example
 * ```ts
 * import type { ReviewScoreSource } from '@org/cs-metrics';
 * const source: ReviewScoreSource = 'items';
 * ```
 */
export type ReviewScoreSource = (typeof REVIEW_SCORE_SOURCES)[number];

/**
 * How one review is turned into a score 0–100; shared by {@link monitoringScores} and
 * `trainingCoverage`, so both flag the same representatives.
 *
 * @example
 * ```ts
 * import type { ReviewScoringOptions } from '@org/cs-metrics';
 * const scoring: ReviewScoringOptions = { notApplicable: 'zero', scoreFrom: 'items', trainingThreshold: 80 };
 * ```
 */
export interface ReviewScoringOptions {
  /** How `not-applicable` items count; default `'reweight'`. */
  readonly notApplicable?: NotApplicablePolicy;
  /** Which score counts when a review has both; default `'review'`. */
  readonly scoreFrom?: ReviewScoreSource;
  /**
   * A representative whose average is below this (strictly) needs training; default: the profile's
   * `trainingThreshold` (75) in the convenience functions, else 75.
   */
  readonly trainingThreshold?: number;
}

/**
 * Options of {@link monitoringScores}.
 *
 * @example
 * ```ts
 * import { periodOf, type MonitoringScoresOptions } from '@org/cs-metrics';
 * const options: MonitoringScoresOptions = { period: periodOf('2026-11'), previousPeriod: periodOf('2026-10') };
 * ```
 */
export interface MonitoringScoresOptions extends ReviewScoringOptions {
  /** Reviews of calls in this period count; others are skipped and counted in `outsidePeriod`. */
  readonly period: Period;
  /**
   * The period to compare with (usually the one before); it must end on or before `period` starts.
   * Default: none (no trend).
   */
  readonly previousPeriod?: Period;
}

/**
 * The running sums of one representative in one period (plain JSON). Scores are kept in
 * millionths of a point (integers), so sums merge exactly in any order.
 *
 * @example
 * ```ts
 * import type { RepresentativeScoreState } from '@org/cs-metrics';
 * const a7: RepresentativeScoreState = { reviews: 2, scoreMicro: 160_000_000, silentReviews: 1, silentScoreMicro: 70_000_000,
 *   belowThreshold: 1, teams: { north: 1 } };
 * ```
 */
export interface RepresentativeScoreState {
  reviews: number;
  scoreMicro: number;
  silentReviews: number;
  silentScoreMicro: number;
  /** Reviews scored below the training threshold. */
  belowThreshold: number;
  /** The teams the representative was reviewed in: `{ [teamId]: 1 }`. */
  teams: Record<string, number>;
}

/**
 * The counts of one checklist item (plain JSON); weights in thousandths.
 *
 * @example
 * ```ts
 * import type { ChecklistItemState } from '@org/cs-metrics';
 * const greeting: ChecklistItemState = { passed: 8, failed: 1, notApplicable: 0, passedWeightMilli: 8000, applicableWeightMilli: 9000, criticalFailures: 0 };
 * ```
 */
export interface ChecklistItemState {
  passed: number;
  failed: number;
  notApplicable: number;
  passedWeightMilli: number;
  applicableWeightMilli: number;
  /** Failures of the item where it was marked critical. */
  criticalFailures: number;
}

/**
 * The sums of one period: overall, silent and announced, per representative, team and item.
 *
 * @example
 * ```ts
 * import { monitoringScoresAggregator, periodOf, type MonitoringPeriodState } from '@org/cs-metrics';
 * const state: MonitoringPeriodState = monitoringScoresAggregator({ period: periodOf('2026-11') }).init().current;
 * state.reviews; // 0
 * ```
 */
export interface MonitoringPeriodState {
  reviews: number;
  scoreMicro: number;
  silentReviews: number;
  silentScoreMicro: number;
  belowThreshold: number;
  /** Reviews scored 0 because a critical item failed. */
  criticalFailures: number;
  /** Reviews with neither a score nor an item with weight to score (all not applicable). */
  unscored: number;
  representatives: Record<string, RepresentativeScoreState>;
  /** Per team: `[reviews, scoreMicro]`. */
  teams: Record<string, [number, number]>;
  items: Record<string, ChecklistItemState>;
}

/**
 * The state of {@link monitoringScoresAggregator}: the current period, the previous one (empty
 * without `previousPeriod`), and the reviews that fell in neither.
 *
 * @example
 * ```ts
 * import { monitoringScoresAggregator, periodOf, type MonitoringScoresState } from '@org/cs-metrics';
 * const state: MonitoringScoresState = monitoringScoresAggregator({ period: periodOf('2026-11') }).init();
 * state.outsidePeriod; // 0
 * ```
 */
export interface MonitoringScoresState {
  current: MonitoringPeriodState;
  previous: MonitoringPeriodState;
  outsidePeriod: number;
}

/**
 * A count of reviews and their average score (`null` with no reviews).
 *
 * @example
 * ```ts
 * import type { ScoreAverage } from '@org/cs-metrics';
 * const silent: ScoreAverage = { reviews: 4, averageScore: 81.25 };
 * ```
 */
export interface ScoreAverage {
  readonly reviews: number;
  readonly averageScore: number | null;
}

/**
 * One representative's scores in the period, with the previous period's and the change.
 *
 * @example
 * ```ts
 * import type { RepresentativeScore } from '@org/cs-metrics';
 * const a7: RepresentativeScore = { agentId: 'a7', teamIds: ['north'], reviews: 3, averageScore: 70, belowThreshold: 2,
 *   silent: { reviews: 2, averageScore: 65 }, announced: { reviews: 1, averageScore: 80 },
 *   previous: { reviews: 2, averageScore: 80 }, change: -10, needsTraining: true };
 * ```
 */
export interface RepresentativeScore {
  readonly agentId: string;
  /** The teams of the reviews, sorted (usually one). */
  readonly teamIds: readonly string[];
  readonly reviews: number;
  readonly averageScore: number;
  /** Reviews scored below the training threshold. */
  readonly belowThreshold: number;
  readonly silent: ScoreAverage;
  readonly announced: ScoreAverage;
  /** In `previousPeriod`; `null` without one. */
  readonly previous: ScoreAverage | null;
  /** `averageScore − previous.averageScore`; `null` without a previous average. */
  readonly change: number | null;
  /** Whether the average is below the training threshold. */
  readonly needsTraining: boolean;
}

/**
 * One team's average over all its reviews (each review counts once).
 *
 * @example
 * ```ts
 * import type { TeamScore } from '@org/cs-metrics';
 * const north: TeamScore = { teamId: 'north', reviews: 6, averageScore: 82.5, previous: null, change: null };
 * ```
 */
export interface TeamScore extends ScoreAverage {
  readonly teamId: string;
  readonly averageScore: number;
  readonly previous: ScoreAverage | null;
  readonly change: number | null;
}

/**
 * Compliance with one checklist item: the share of the reviews where it applied that passed it.
 *
 * @example
 * ```ts
 * import type { ChecklistItemCompliance } from '@org/cs-metrics';
 * const greeting: ChecklistItemCompliance = { item: 'greeting', passed: 8, failed: 1, notApplicable: 0,
 *   compliance: 8 / 9, weightedCompliance: 8 / 9, criticalFailures: 0 };
 * ```
 */
export interface ChecklistItemCompliance {
  readonly item: string;
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
  /** passed ÷ (passed + failed); `null` when it never applied. */
  readonly compliance: number | null;
  /** Σ weight passed ÷ Σ weight applicable; `null` when that weight is 0. */
  readonly weightedCompliance: number | null;
  readonly criticalFailures: number;
}

/**
 * A representative the manager should arrange training for.
 *
 * @example
 * ```ts
 * import type { TrainingCandidate } from '@org/cs-metrics';
 * const candidate: TrainingCandidate = { agentId: 'a7', averageScore: 62.5, reviews: 4 };
 * ```
 */
export interface TrainingCandidate {
  readonly agentId: string;
  readonly averageScore: number;
  readonly reviews: number;
}

/**
 * The finished numbers of {@link monitoringScoresAggregator}; `null` where there is nothing to average.
 *
 * @example
 * ```ts
 * import { measure, monitoringScoresAggregator, periodOf, type MonitoringScoresMetrics } from '@org/cs-metrics';
 * const m: MonitoringScoresMetrics = measure(monitoringScoresAggregator({ period: periodOf('2026-11') }), []);
 * m.averageScore; // null
 * ```
 */
export interface MonitoringScoresMetrics {
  readonly trainingThreshold: number;
  readonly notApplicable: NotApplicablePolicy;
  readonly scoreFrom: ReviewScoreSource;
  /** Scored reviews in the period. */
  readonly reviews: number;
  /** The average over all scored reviews (the value judged). */
  readonly averageScore: number | null;
  readonly silent: ScoreAverage;
  readonly announced: ScoreAverage;
  readonly reviewsBelowThreshold: number;
  /** Reviews scored 0 because a critical item failed. */
  readonly criticalFailures: number;
  /** Reviews in the period with nothing to score (every item not applicable or of weight 0, no score). */
  readonly unscoredReviews: number;
  /** Reviews in neither the period nor the previous period. */
  readonly outsidePeriod: number;
  /** Sorted by id. */
  readonly representatives: readonly RepresentativeScore[];
  /** Sorted by id; reviews without a team are in no team. */
  readonly teams: readonly TeamScore[];
  /** Sorted by item name. */
  readonly items: readonly ChecklistItemCompliance[];
  /** Σ weight passed ÷ Σ weight applicable over all items of all reviews; `null` without items. */
  readonly overallCompliance: number | null;
  /** Representatives whose average is below the threshold: lowest average first, then by id. */
  readonly needsTraining: readonly TrainingCandidate[];
  /** The previous period's overall figures; `null` without `previousPeriod`. */
  readonly previous: {
    readonly reviews: number;
    readonly averageScore: number | null;
    readonly silent: ScoreAverage;
    readonly announced: ScoreAverage;
  } | null;
  /** `averageScore − previous.averageScore`; `null` when either is missing. */
  readonly change: number | null;
}

const MICRO = 1_000_000;

/** @internal The checked scoring options. */
export interface ResolvedScoring {
  readonly notApplicable: NotApplicablePolicy;
  readonly scoreFrom: ReviewScoreSource;
  readonly trainingThreshold: number;
  /** The threshold in millionths of a point. */
  readonly thresholdMicro: number;
}

/** @internal Checks the scoring options, with their paths. */
export function resolveScoring(options: ReviewScoringOptions, fallbackThreshold = 75): ResolvedScoring {
  const notApplicable = options.notApplicable ?? 'reweight';
  if (!(NOT_APPLICABLE_POLICIES as readonly string[]).includes(notApplicable)) {
    fail(ErrorCodes.InvalidOption, 'options.notApplicable', '"reweight" or "zero"', notApplicable);
  }
  const scoreFrom = options.scoreFrom ?? 'review';
  if (!(REVIEW_SCORE_SOURCES as readonly string[]).includes(scoreFrom)) {
    fail(ErrorCodes.InvalidOption, 'options.scoreFrom', '"review" or "items"', scoreFrom);
  }
  const threshold = options.trainingThreshold ?? fallbackThreshold;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 100)) {
    fail(ErrorCodes.InvalidOption, 'options.trainingThreshold', 'a score from 0 to 100', threshold);
  }
  return {
    notApplicable,
    scoreFrom,
    trainingThreshold: threshold,
    thresholdMicro: Math.round(threshold * MICRO),
  };
}

function badWeight(w: number | undefined): boolean {
  return w !== undefined && !(w >= 0 && w < Number.POSITIVE_INFINITY);
}

/**
 * The first impossible field of a review as these metrics read it (relative path), or `null`: a guard
 * for records that did not come through `normalizeQualityReviews`.
 *
 * @internal
 */
export function reviewProblem(review: QualityReview): string | null {
  if (!Number.isFinite(review.at)) return 'at';
  if (typeof review.agentId !== 'string') return 'agentId';
  if (review.monitoring !== 'silent' && review.monitoring !== 'announced') return 'monitoring';
  const score = review.score;
  if (score !== undefined && !(score >= 0 && score <= 100)) return 'score';
  const items = review.items;
  if (items !== undefined) {
    for (let j = 0; j < items.length; j++) {
      const item = items[j] as ReviewItem;
      if (typeof item.item !== 'string') return `items[${j}].item`;
      const r = item.result;
      if (r !== 'pass' && r !== 'fail' && r !== 'not-applicable') return `items[${j}].result`;
      if (badWeight(item.weight)) return `items[${j}].weight`;
    }
  }
  return null;
}

/** @internal Throws the error for `problem` of `review`, under `prefix` (`reviews[3]`, `reviews[id=QA-1]`). */
export function rejectReview(review: QualityReview, prefix: string, problem: string): never {
  const field = problem.slice(problem.lastIndexOf('.') + 1);
  const expected =
    field === 'score'
      ? 'a score from 0 to 100'
      : field === 'weight'
        ? 'a weight ≥ 0'
        : field === 'result'
          ? 'pass, fail or not-applicable'
          : field === 'monitoring'
            ? '"silent" or "announced"'
            : field === 'at'
              ? 'epoch milliseconds'
              : 'a string';
  let received: unknown;
  const m = /^items\[(\d+)\]\.(\w+)$/.exec(problem);
  if (m === null) received = review[problem as keyof QualityReview];
  else {
    // A problem in items[j] means the review has items.
    const items = review.items as readonly ReviewItem[];
    received = (items[Number(m[1])] as unknown as Record<string, unknown>)[m[2] as string];
  }
  const code = field === 'score' || field === 'weight' ? ErrorCodes.OutOfRange : ErrorCodes.InvalidValue;
  return fail(code, `${prefix}.${problem}`, expected, received);
}

/** @internal Checks every review of an array, naming the index (`reviews[3].score`). */
export function checkReviews(reviews: Iterable<QualityReview>, name = 'reviews'): void {
  if (!Array.isArray(reviews)) return;
  const list = reviews as readonly QualityReview[];
  for (let i = 0; i < list.length; i++) {
    const problem = reviewProblem(list[i] as QualityReview);
    if (problem !== null) rejectReview(list[i] as QualityReview, `${name}[${i}]`, problem);
  }
}

/** What {@link scoreReview} found: the score in millionths (−1: nothing to score) and whether a critical item failed. */
const scratch = { micro: -1, critical: false };

/**
 * Scores one review into {@link scratch} (no allocation): a failed critical item gives 0; otherwise
 * the overall score or the weighted checklist, as `scoreFrom` says. Weights count in thousandths.
 *
 * @internal
 */
export function scoreReview(review: QualityReview, o: ResolvedScoring): { micro: number; critical: boolean } {
  const items = review.items;
  let passed = 0;
  let applicable = 0;
  let all = 0;
  let critical = false;
  if (items !== undefined) {
    for (let j = 0; j < items.length; j++) {
      const item = items[j] as ReviewItem;
      const w = Math.round((item.weight ?? 1) * 1000);
      all += w;
      if (item.result === 'pass') {
        passed += w;
        applicable += w;
      } else if (item.result === 'fail') {
        applicable += w;
        if (item.critical === true) critical = true;
      }
    }
  }
  scratch.critical = critical;
  if (critical) {
    scratch.micro = 0;
    return scratch;
  }
  const denominator = o.notApplicable === 'reweight' ? applicable : all;
  const fromItems = denominator === 0 ? -1 : Math.round((passed * 100 * MICRO) / denominator);
  const given = review.score === undefined ? -1 : Math.round(review.score * MICRO);
  scratch.micro =
    o.scoreFrom === 'review' ? (given >= 0 ? given : fromItems) : fromItems >= 0 ? fromItems : given;
  return scratch;
}

function emptyPeriod(): MonitoringPeriodState {
  return {
    reviews: 0,
    scoreMicro: 0,
    silentReviews: 0,
    silentScoreMicro: 0,
    belowThreshold: 0,
    criticalFailures: 0,
    unscored: 0,
    representatives: {},
    teams: {},
    items: {},
  };
}

function addReview(s: MonitoringPeriodState, review: QualityReview, o: ResolvedScoring): void {
  const scored = scoreReview(review, o);
  const micro = scored.micro;
  const items = review.items;
  if (items !== undefined) {
    for (let j = 0; j < items.length; j++) {
      const item = items[j] as ReviewItem;
      let c = own(s.items, item.item);
      if (c === undefined) {
        c = {
          passed: 0,
          failed: 0,
          notApplicable: 0,
          passedWeightMilli: 0,
          applicableWeightMilli: 0,
          criticalFailures: 0,
        };
        put(s.items, item.item, c);
      }
      const w = Math.round((item.weight ?? 1) * 1000);
      if (item.result === 'pass') {
        c.passed++;
        c.passedWeightMilli += w;
        c.applicableWeightMilli += w;
      } else if (item.result === 'fail') {
        c.failed++;
        c.applicableWeightMilli += w;
        if (item.critical === true) c.criticalFailures++;
      } else c.notApplicable++;
    }
  }
  if (micro < 0) {
    s.unscored++;
    return;
  }
  const silent = review.monitoring === 'silent';
  const below = micro < o.thresholdMicro;
  s.reviews++;
  s.scoreMicro += micro;
  if (silent) {
    s.silentReviews++;
    s.silentScoreMicro += micro;
  }
  if (below) s.belowThreshold++;
  if (scored.critical) s.criticalFailures++;
  let r = own(s.representatives, review.agentId);
  if (r === undefined) {
    r = {
      reviews: 0,
      scoreMicro: 0,
      silentReviews: 0,
      silentScoreMicro: 0,
      belowThreshold: 0,
      teams: {},
    };
    put(s.representatives, review.agentId, r);
  }
  r.reviews++;
  r.scoreMicro += micro;
  if (silent) {
    r.silentReviews++;
    r.silentScoreMicro += micro;
  }
  if (below) r.belowThreshold++;
  const team = review.teamId;
  if (team !== undefined) {
    if (own(r.teams, team) === undefined) put(r.teams, team, 1);
    const t = own(s.teams, team);
    if (t === undefined) put(s.teams, team, [1, micro]);
    else {
      t[0]++;
      t[1] += micro;
    }
  }
}

/** @internal Merges two representatives' sums into a new object. */
export function mergeRepresentative(
  a: RepresentativeScoreState | undefined,
  b: RepresentativeScoreState,
): RepresentativeScoreState {
  const teams = unionKeys(a?.teams ?? {}, b.teams, 1);
  if (a === undefined) return { ...b, teams };
  return {
    reviews: a.reviews + b.reviews,
    scoreMicro: a.scoreMicro + b.scoreMicro,
    silentReviews: a.silentReviews + b.silentReviews,
    silentScoreMicro: a.silentScoreMicro + b.silentScoreMicro,
    belowThreshold: a.belowThreshold + b.belowThreshold,
    teams,
  };
}

function mergePeriod(a: MonitoringPeriodState, b: MonitoringPeriodState): MonitoringPeriodState {
  const representatives: Record<string, RepresentativeScoreState> = {};
  for (const k of Object.keys(a.representatives)) {
    put(representatives, k, mergeRepresentative(undefined, own(a.representatives, k)!));
  }
  for (const k of Object.keys(b.representatives)) {
    put(representatives, k, mergeRepresentative(own(representatives, k), own(b.representatives, k)!));
  }
  const teams: Record<string, [number, number]> = {};
  for (const k of Object.keys(a.teams)) put(teams, k, [own(a.teams, k)![0], own(a.teams, k)![1]]);
  for (const k of Object.keys(b.teams)) {
    const t = own(teams, k);
    const u = own(b.teams, k)!;
    put(teams, k, t === undefined ? [u[0], u[1]] : [t[0] + u[0], t[1] + u[1]]);
  }
  const items: Record<string, ChecklistItemState> = {};
  for (const k of Object.keys(a.items)) put(items, k, { ...own(a.items, k)! });
  for (const k of Object.keys(b.items)) {
    const x = own(items, k);
    const y = own(b.items, k)!;
    put(
      items,
      k,
      x === undefined
        ? { ...y }
        : {
            passed: x.passed + y.passed,
            failed: x.failed + y.failed,
            notApplicable: x.notApplicable + y.notApplicable,
            passedWeightMilli: x.passedWeightMilli + y.passedWeightMilli,
            applicableWeightMilli: x.applicableWeightMilli + y.applicableWeightMilli,
            criticalFailures: x.criticalFailures + y.criticalFailures,
          },
    );
  }
  return {
    reviews: a.reviews + b.reviews,
    scoreMicro: a.scoreMicro + b.scoreMicro,
    silentReviews: a.silentReviews + b.silentReviews,
    silentScoreMicro: a.silentScoreMicro + b.silentScoreMicro,
    belowThreshold: a.belowThreshold + b.belowThreshold,
    criticalFailures: a.criticalFailures + b.criticalFailures,
    unscored: a.unscored + b.unscored,
    representatives,
    teams,
    items,
  };
}

/** @internal The average of `n` scores summing to `micro` millionths; `null` for none. */
export function averageOf(n: number, micro: number): number | null {
  return n === 0 ? null : micro / n / MICRO;
}

function sorted(obj: object): string[] {
  return Object.keys(obj).sort();
}

/**
 * The single-pass aggregator of {@link monitoringScores}. With `previousPeriod` it keeps a second
 * sub-state for the reviews of that period, for the trend.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the option's path; `out-of-range` /
 *   `invalid-value` for an impossible review, named by id (`reviews[id=QA-7].score`).
 * @example
 * ```ts
 * import { measure, monitoringScoresAggregator, normalizeQualityReviews, periodOf } from '@org/cs-metrics';
 * const reviews = normalizeQualityReviews([
 *   { id: 1, agentId: 'a1', at: '2026-11-03', monitoring: 'silent', score: 90 },
 *   { id: 2, agentId: 'a1', at: '2026-10-06', monitoring: 'silent', score: 70 },
 * ]);
 * const m = measure(monitoringScoresAggregator({ period: periodOf('2026-11'), previousPeriod: periodOf('2026-10') }), reviews);
 * m.change; // 20
 * ```
 */
export function monitoringScoresAggregator(
  options: MonitoringScoresOptions,
): Aggregator<QualityReview, MonitoringScoresState, MonitoringScoresMetrics> {
  const { start, end } = checkPeriodOption(options);
  const previous =
    options.previousPeriod === undefined
      ? null
      : checkPeriod(options.previousPeriod, 'options.previousPeriod');
  if (previous !== null && previous.end > start) {
    fail(
      ErrorCodes.InvalidOption,
      'options.previousPeriod',
      'a period that ends on or before options.period starts',
      `${previous.from}..${previous.to}`,
    );
  }
  const o = resolveScoring(options);
  const prevStart = previous?.start ?? 0;
  const prevEnd = previous?.end ?? 0;
  return {
    init: () => ({ current: emptyPeriod(), previous: emptyPeriod(), outsidePeriod: 0 }),
    add(s, review) {
      const problem = reviewProblem(review);
      if (problem !== null) rejectReview(review, `reviews[id=${review.id}]`, problem);
      const t = review.at;
      if (t >= start && t < end) addReview(s.current, review, o);
      else if (t >= prevStart && t < prevEnd) addReview(s.previous, review, o);
      else s.outsidePeriod++;
      return s;
    },
    merge: (a, b) => ({
      current: mergePeriod(a.current, b.current),
      previous: mergePeriod(a.previous, b.previous),
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    }),
    finish(s) {
      const c = s.current;
      const p = s.previous;
      const withPrevious = previous !== null;
      const representatives: RepresentativeScore[] = [];
      const needsTraining: TrainingCandidate[] = [];
      for (const agentId of sorted(c.representatives)) {
        const r = own(c.representatives, agentId)!;
        const averageScore = r.scoreMicro / r.reviews / MICRO;
        const before = withPrevious ? own(p.representatives, agentId) : undefined;
        const prev: ScoreAverage | null = withPrevious
          ? before === undefined
            ? { reviews: 0, averageScore: null }
            : { reviews: before.reviews, averageScore: before.scoreMicro / before.reviews / MICRO }
          : null;
        // Compared in whole millionths: an average of exactly 75 is not below 75.
        const needs = r.scoreMicro < o.thresholdMicro * r.reviews;
        representatives.push({
          agentId,
          teamIds: sorted(r.teams),
          reviews: r.reviews,
          averageScore,
          belowThreshold: r.belowThreshold,
          silent: { reviews: r.silentReviews, averageScore: averageOf(r.silentReviews, r.silentScoreMicro) },
          announced: {
            reviews: r.reviews - r.silentReviews,
            averageScore: averageOf(r.reviews - r.silentReviews, r.scoreMicro - r.silentScoreMicro),
          },
          previous: prev,
          change: prev?.averageScore == null ? null : averageScore - prev.averageScore,
          needsTraining: needs,
        });
        if (needs) needsTraining.push({ agentId, averageScore, reviews: r.reviews });
      }
      // Pushed in id order, and sort is stable: ties stay by id.
      needsTraining.sort((x, y) => x.averageScore - y.averageScore);
      const teams: TeamScore[] = sorted(c.teams).map((teamId) => {
        const [n, micro] = own(c.teams, teamId)!;
        const averageScore = micro / n / MICRO;
        const before = withPrevious ? own(p.teams, teamId) : undefined;
        const prev: ScoreAverage | null = withPrevious
          ? {
              reviews: before?.[0] ?? 0,
              averageScore: before === undefined ? null : before[1] / before[0] / MICRO,
            }
          : null;
        return {
          teamId,
          reviews: n,
          averageScore,
          previous: prev,
          change: prev?.averageScore == null ? null : averageScore - prev.averageScore,
        };
      });
      let passedMilli = 0;
      let applicableMilli = 0;
      const items: ChecklistItemCompliance[] = sorted(c.items).map((item) => {
        const x = own(c.items, item)!;
        passedMilli += x.passedWeightMilli;
        applicableMilli += x.applicableWeightMilli;
        const applied = x.passed + x.failed;
        return {
          item,
          passed: x.passed,
          failed: x.failed,
          notApplicable: x.notApplicable,
          compliance: applied === 0 ? null : x.passed / applied,
          weightedCompliance:
            x.applicableWeightMilli === 0 ? null : x.passedWeightMilli / x.applicableWeightMilli,
          criticalFailures: x.criticalFailures,
        };
      });
      const averageScore = averageOf(c.reviews, c.scoreMicro);
      const overall = (q: MonitoringPeriodState) => ({
        reviews: q.reviews,
        averageScore: averageOf(q.reviews, q.scoreMicro),
        silent: { reviews: q.silentReviews, averageScore: averageOf(q.silentReviews, q.silentScoreMicro) },
        announced: {
          reviews: q.reviews - q.silentReviews,
          averageScore: averageOf(q.reviews - q.silentReviews, q.scoreMicro - q.silentScoreMicro),
        },
      });
      const prevOverall = withPrevious ? overall(p) : null;
      const current = overall(c);
      return {
        trainingThreshold: o.trainingThreshold,
        notApplicable: o.notApplicable,
        scoreFrom: o.scoreFrom,
        reviews: c.reviews,
        averageScore,
        silent: current.silent,
        announced: current.announced,
        reviewsBelowThreshold: c.belowThreshold,
        criticalFailures: c.criticalFailures,
        unscoredReviews: c.unscored,
        outsidePeriod: s.outsidePeriod,
        representatives,
        teams,
        items,
        overallCompliance: applicableMilli === 0 ? null : passedMilli / applicableMilli,
        needsTraining,
        previous: prevOverall,
        change:
          averageScore === null || prevOverall?.averageScore == null
            ? null
            : averageScore - prevOverall.averageScore,
      };
    },
  };
}

const r1 = (x: number): number => roundTo(x, 1);

/**
 * Judges monitoring metrics: the value is the average score of all reviews in the period (each review
 * counts once, so a representative reviewed more weighs more), 0–100, against the profile's band
 * (default: best 100, fair 75 — "100 % is perfect, 75 % means room for improvement", the brief; see
 * docs/benchmarks.md). Warnings: `contactCentre.monitoringScores.needs-training` (the representatives
 * below the training threshold, the manager's to-do), `…unscored-reviews`, `…outside-period`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateMonitoringScores, measure, monitoringScoresAggregator, normalizeQualityReviews, periodOf } from '@org/cs-metrics';
 * const reviews = normalizeQualityReviews([80, 90, 100].map((score, i) => ({ id: i, agentId: 'a1', at: '2026-11-03', monitoring: 'silent' as const, score })));
 * const result = evaluateMonitoringScores(measure(monitoringScoresAggregator({ period: periodOf('2026-11') }), reviews), { profile: b2b });
 * result.value; // 90
 * result.rating; // 'good'
 * ```
 */
export function evaluateMonitoringScores(
  metrics: MonitoringScoresMetrics,
  options: { readonly profile: Profile },
): Evaluation<MonitoringScoresMetrics> {
  const id = 'contactCentre.monitoringScores';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (metrics.needsTraining.length > 0) {
    warnings.push({
      code: `${id}.needs-training`,
      message: `${metrics.needsTraining.length} representatives average below ${metrics.trainingThreshold}: ${metrics.needsTraining
        .map((c) => `${c.agentId} (${r1(c.averageScore)} over ${c.reviews})`)
        .join(', ')}; arrange additional training.`,
      inputs: {
        count: metrics.needsTraining.length,
        trainingThreshold: metrics.trainingThreshold,
        representatives: metrics.needsTraining.map((c) => c.agentId).join(','),
      },
    });
  }
  if (metrics.unscoredReviews > 0) {
    warnings.push({
      code: `${id}.unscored-reviews`,
      message: `${metrics.unscoredReviews} reviews had no score and no applicable item with weight, and were left out.`,
      inputs: { unscoredReviews: metrics.unscoredReviews },
    });
  }
  if (metrics.outsidePeriod > 0) {
    warnings.push({
      code: `${id}.outside-period`,
      message: `${metrics.outsidePeriod} reviews were outside the period (and the previous period) and skipped.`,
      inputs: { outsidePeriod: metrics.outsidePeriod },
    });
  }
  return judge({
    criterion: id,
    value: metrics.averageScore,
    unit: 'score 0–100',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.reviews,
    details: metrics,
    warnings,
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `An average score of ${r1(value)} over ${metrics.reviews} reviews (${metrics.reviewsBelowThreshold} below ${metrics.trainingThreshold})${
        metrics.change === null
          ? ''
          : `, ${metrics.change >= 0 ? '+' : ''}${r1(metrics.change)} on the previous period`
      }: ${rating}.`,
      inputs: {
        averageScore: value,
        reviews: metrics.reviews,
        reviewsBelowThreshold: metrics.reviewsBelowThreshold,
        trainingThreshold: metrics.trainingThreshold,
        change: metrics.change,
        needsTraining: metrics.needsTraining.length,
      },
    }),
    insufficient: {
      code: `${id}.no-reviews`,
      message:
        metrics.unscoredReviews > 0
          ? `No scored review in the period (${metrics.unscoredReviews} had nothing to score).`
          : 'No quality review in the period.',
      inputs: { unscoredReviews: metrics.unscoredReviews, outsidePeriod: metrics.outsidePeriod },
    },
  });
}

/**
 * Call monitoring scores: per review a score 0–100 — the reviewer's overall score, or the checklist's
 * `Σ weight passed ÷ Σ weight applicable × 100` (`not-applicable` items reweighted away or counted as 0,
 * see {@link NOT_APPLICABLE_POLICIES}); a failed item marked `critical` scores the whole review 0. Then
 * the average per representative, per team and overall, silent and announced apart, compliance per
 * checklist item, the trend against `previousPeriod`, and the representatives averaging below the
 * training threshold (75). Judged by {@link evaluateMonitoringScores}.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the option's path; `out-of-range` for a score
 *   outside 0–100 or a negative weight, with the review's index (`reviews[3].score`, `reviews[0].items[2].weight`).
 * @example
 * ```ts
 * import { b2c, monitoringScores, normalizeQualityReviews, periodOf } from '@org/cs-metrics';
 * const reviews = normalizeQualityReviews([
 *   { id: 'QA-1', agentId: 'a7', at: '2026-11-04', monitoring: 'silent', items: [
 *     { item: 'greeting', result: 'pass' }, { item: 'address verified', result: 'pass', weight: 2 }, { item: 'upsell', result: 'fail' }] },
 *   { id: 'QA-2', agentId: 'a7', at: '2026-11-05', monitoring: 'announced', score: 60 },
 *   { id: 'QA-3', agentId: 'a7', at: '2026-11-06', monitoring: 'silent', score: 60 },
 * ]);
 * const result = monitoringScores(reviews, { period: periodOf('2026-11'), profile: b2c });
 * result.details.representatives[0]?.averageScore; // 65 ((75 + 60 + 60) / 3)
 * result.details.needsTraining.map((c) => c.agentId); // ['a7']
 * ```
 */
export function monitoringScores(
  reviews: Iterable<QualityReview>,
  options: MonitoringScoresOptions & { readonly profile: Profile },
): Evaluation<MonitoringScoresMetrics> {
  const settings = criterionSettings(options, 'contactCentre.monitoringScores');
  const aggregator = monitoringScoresAggregator({
    ...options,
    trainingThreshold: options.trainingThreshold ?? settings.trainingThreshold,
  });
  checkReviews(reviews);
  return evaluateMonitoringScores(measure(aggregator, reviews), options);
}
