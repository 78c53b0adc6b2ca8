import type { Aggregator } from '../../core/aggregator.js';
import { rateValue } from '../../core/band.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';
import type { SurveyKind, SurveyResponse } from '../../domain/records/survey.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { own, put } from './keyed-state.js';
import { checkSurveyAnswer, type SurveyScale, type SurveyScaleSpec, surveyScale } from './survey-scales.js';
import { type ConfidenceInterval, wilsonInterval, zForConfidence } from './wilson.js';

/**
 * Options of {@link satisfaction}.
 *
 * @example
 * ```ts
 * import { periodOf, type SatisfactionOptions } from '@org/cs-metrics';
 * const options: SatisfactionOptions = { period: periodOf('2026-Q4'), csatScale: '1-7', surveysSent: { csat: 400 }, judgedBy: 'nps' };
 * ```
 */
export interface SatisfactionOptions {
  /** Answers given in this period are measured. */
  readonly period: Period;
  /** The scale CSAT questions were asked on; default `'1-5'` (top box 4–5). */
  readonly csatScale?: SurveyScale;
  /** The scale effort (CES) questions were asked on; default `'1-7'` (CES 2.0). */
  readonly cesScale?: SurveyScale;
  /**
   * How many surveys of each kind were sent in the period, for the response rate. A
   * `SurveyResponse` records answers only, so surveys sent but never answered are counted by the
   * caller (a help desk's "offered" count). Without it the response rate is `null`.
   */
  readonly surveysSent?: { readonly csat?: number; readonly nps?: number; readonly ces?: number };
  /** What the rating judges: `'csat'` (default), the top-box share, or `'nps'`, the Net Promoter Score. */
  readonly judgedBy?: 'csat' | 'nps';
  /** The confidence level of every interval; default 0.95 (z = 1.959963984540054). */
  readonly confidence?: number;
}

/**
 * Answer counts by value for each survey kind: `csat[i]` counts the answers `min + i` of the CSAT
 * scale, `nps[i]` the NPS answers `i` (0–10), `ces[i]` the answers `min + i` of the CES scale.
 *
 * @example
 * ```ts
 * import type { SatisfactionCounts } from '@org/cs-metrics';
 * const counts: SatisfactionCounts = { csat: [0, 1, 1, 4, 4], nps: new Array(11).fill(0), ces: new Array(7).fill(0) };
 * ```
 */
export interface SatisfactionCounts {
  csat: number[];
  nps: number[];
  ces: number[];
}

/**
 * The partial state of {@link satisfactionAggregator}: answer counts (a histogram merges by adding,
 * exactly, in any order), overall and per topic. Plain JSON data.
 *
 * @example
 * ```ts
 * import { periodOf, satisfactionAggregator, type SatisfactionState } from '@org/cs-metrics';
 * const state: SatisfactionState = satisfactionAggregator({ period: periodOf('2026-10') }).init();
 * state.nps.length; // 11
 * ```
 */
export interface SatisfactionState extends SatisfactionCounts {
  /** Answers skipped because they were given outside the period. */
  outsidePeriod: number;
  /** Topic (trimmed, lower case) → its answer counts. */
  topics: Record<string, SatisfactionCounts>;
}

/**
 * A share with its Wilson score interval.
 *
 * @example
 * ```ts
 * import type { ShareEstimate } from '@org/cs-metrics';
 * const satisfied: ShareEstimate = { count: 8, total: 10, share: 0.8, interval: { low: 0.49, high: 0.94, z: 1.959963984540054 } };
 * ```
 */
export interface ShareEstimate {
  readonly count: number;
  readonly total: number;
  /** `count ÷ total`; `null` when `total` is 0 (or, for a response rate, below `count`). */
  readonly share: number | null;
  readonly interval: ConfidenceInterval | null;
}

/**
 * CSAT on its declared scale.
 *
 * @example
 * ```ts
 * import { measure, periodOf, satisfactionAggregator, type CsatResult } from '@org/cs-metrics';
 * const csat: CsatResult = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []).csat;
 * csat.topBoxFrom; // 4
 * ```
 */
export interface CsatResult {
  readonly scale: SurveyScale;
  readonly answers: number;
  /** Answers by value from the lowest to the highest of the scale. */
  readonly distribution: readonly number[];
  /** The lowest satisfied answer (4 on 1–5). */
  readonly topBoxFrom: number;
  /** The top-box share: satisfied answers ÷ answers, with its Wilson interval. */
  readonly satisfied: ShareEstimate;
  /** The mean answer; `null` without answers. */
  readonly mean: number | null;
}

/**
 * The Net Promoter Score: promoters (9–10) minus detractors (0–6), in points from −100 to 100.
 *
 * @example
 * ```ts
 * import { measure, periodOf, satisfactionAggregator, type NpsResult } from '@org/cs-metrics';
 * const nps: NpsResult = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []).nps;
 * nps.score; // null
 * ```
 */
export interface NpsResult {
  readonly answers: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** `100 × (promoters − detractors) ÷ answers`; `null` without answers. */
  readonly score: number | null;
  /** In points: `score ± z · 100 · √((p + d − (p − d)²) ÷ n)`, clamped to −100…100. */
  readonly interval: ConfidenceInterval | null;
}

/**
 * The customer effort score on its declared scale (higher: easier).
 *
 * @example
 * ```ts
 * import { measure, periodOf, satisfactionAggregator, type CesResult } from '@org/cs-metrics';
 * const ces: CesResult = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []).ces;
 * ces.scale; // '1-7'
 * ```
 */
export interface CesResult {
  readonly scale: SurveyScale;
  readonly answers: number;
  readonly distribution: readonly number[];
  /** The mean answer; `null` without answers. */
  readonly mean: number | null;
  /** Easy answers (above the scale's midpoint) ÷ answers, with its Wilson interval. */
  readonly easy: ShareEstimate;
  /** Difficult answers (below the midpoint). */
  readonly difficult: number;
  /** Net effort: `100 × (easy − difficult) ÷ answers`, −100…100; `null` without answers. */
  readonly net: number | null;
}

/**
 * CSAT, NPS and CES of one set of answers (all of them, or one topic's).
 *
 * @example
 * ```ts
 * import { measure, periodOf, satisfactionAggregator, type SatisfactionBreakdown } from '@org/cs-metrics';
 * const all: SatisfactionBreakdown = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []);
 * all.csat.answers; // 0
 * ```
 */
export interface SatisfactionBreakdown {
  readonly csat: CsatResult;
  readonly nps: NpsResult;
  readonly ces: CesResult;
}

/**
 * The numbers of {@link satisfaction}.
 *
 * @example
 * ```ts
 * import { measure, periodOf, satisfactionAggregator, type SatisfactionMetrics } from '@org/cs-metrics';
 * const metrics: SatisfactionMetrics = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []);
 * metrics.judgedBy; // 'csat'
 * ```
 */
export interface SatisfactionMetrics extends SatisfactionBreakdown {
  readonly judgedBy: 'csat' | 'nps';
  /** Answers of every kind in the period. */
  readonly answers: number;
  readonly outsidePeriod: number;
  /** Answers ÷ surveys sent, per kind; `null` for a kind without `surveysSent`. */
  readonly responseRate: { readonly [K in SurveyKind]: ShareEstimate | null };
  /** Per topic (trimmed, lower case), the most answered first, ties by name. */
  readonly topics: readonly (SatisfactionBreakdown & { readonly topic: string })[];
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function checkOptions(options: SatisfactionOptions) {
  const p = checkPeriodOption(options);
  const csat = surveyScale(options.csatScale ?? '1-5', 'options.csatScale');
  const ces = surveyScale(options.cesScale ?? '1-7', 'options.cesScale');
  const judgedBy = options.judgedBy ?? 'csat';
  if (judgedBy !== 'csat' && judgedBy !== 'nps')
    fail(ErrorCodes.InvalidOption, 'options.judgedBy', '"csat" or "nps"', judgedBy);
  const z = zForConfidence(options.confidence ?? 0.95);
  const sent = options.surveysSent;
  if (sent !== undefined) {
    if (typeof sent !== 'object' || sent === null)
      fail(ErrorCodes.InvalidOption, 'options.surveysSent', '{ csat?, nps?, ces? } counts', sent);
    for (const key of Object.keys(sent)) {
      const v = (sent as Record<string, unknown>)[key];
      if (key !== 'csat' && key !== 'nps' && key !== 'ces')
        fail(ErrorCodes.InvalidOption, `options.surveysSent.${key}`, 'one of csat, nps, ces', key);
      if (v !== undefined && (!Number.isInteger(v) || (v as number) < 0))
        fail(ErrorCodes.InvalidOption, `options.surveysSent.${key}`, 'a whole number ≥ 0', v);
    }
  }
  return { start: p.start, end: p.end, csat, ces, judgedBy, z, sent: sent ?? {} };
}

function emptyCounts(csat: SurveyScaleSpec, ces: SurveyScaleSpec): SatisfactionCounts {
  return { csat: zeros(csat.max - csat.min + 1), nps: zeros(11), ces: zeros(ces.max - ces.min + 1) };
}

function addCounts(a: SatisfactionCounts, b: SatisfactionCounts): SatisfactionCounts {
  return {
    csat: a.csat.map((n, i) => n + b.csat[i]!),
    nps: a.nps.map((n, i) => n + b.nps[i]!),
    ces: a.ces.map((n, i) => n + b.ces[i]!),
  };
}

function shareOf(count: number, total: number, z: number): ShareEstimate {
  return {
    count,
    total,
    share: total === 0 ? null : count / total,
    interval: wilsonInterval(count, total, z),
  };
}

/** Sum of counts over answers `from..to` (indexes into the histogram). */
function sumRange(counts: readonly number[], from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i <= to && i < counts.length; i++) n += counts[i]!;
  return n;
}

function meanOf(counts: readonly number[], min: number, n: number): number | null {
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += (min + i) * counts[i]!;
  return sum / n;
}

function breakdown(c: SatisfactionCounts, csat: SurveyScaleSpec, ces: SurveyScaleSpec, z: number) {
  const csatN = sumRange(c.csat, 0, c.csat.length - 1);
  const npsN = sumRange(c.nps, 0, 10);
  const cesN = sumRange(c.ces, 0, c.ces.length - 1);
  const promoters = c.nps[9]! + c.nps[10]!;
  const detractors = sumRange(c.nps, 0, 6);
  let score: number | null = null;
  let interval: ConfidenceInterval | null = null;
  if (npsN > 0) {
    const p = promoters / npsN;
    const d = detractors / npsN;
    // From the counts, so that 5 promoters and 3 detractors of 10 give exactly 20.
    score = (100 * (promoters - detractors)) / npsN;
    // The variance of one answer scored +1 / 0 / −1 is p + d − (p − d)²; the score is their mean.
    const half = 100 * z * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / npsN);
    interval = { low: Math.max(-100, score - half), high: Math.min(100, score + half), z };
  }
  const easy = sumRange(c.ces, ces.easyFrom - ces.min, c.ces.length - 1);
  const difficult = sumRange(c.ces, 0, ces.difficultTo - ces.min);
  return {
    csat: {
      scale: csat.scale,
      answers: csatN,
      distribution: c.csat.slice(),
      topBoxFrom: csat.topBoxFrom,
      satisfied: shareOf(sumRange(c.csat, csat.topBoxFrom - csat.min, c.csat.length - 1), csatN, z),
      mean: meanOf(c.csat, csat.min, csatN),
    },
    nps: {
      answers: npsN,
      promoters,
      passives: npsN - promoters - detractors,
      detractors,
      score,
      interval,
    },
    ces: {
      scale: ces.scale,
      answers: cesN,
      distribution: c.ces.slice(),
      mean: meanOf(c.ces, ces.min, cesN),
      easy: shareOf(easy, cesN, z),
      difficult,
      net: cesN === 0 ? null : (100 * (easy - difficult)) / cesN,
    },
  };
}

/**
 * The aggregator behind {@link satisfaction}: one pass over survey answers, counting each answer by
 * value (overall and per topic), mergeable. Answers outside the period are skipped and counted.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option; from `add`,
 *   `out-of-range` for an answer outside its declared scale or not a whole number, named by id
 *   (`surveys[id=S-12].score`).
 * @example
 * ```ts
 * import { groupedBy, measure, normalizeSurveyResponses, periodOf, satisfactionAggregator } from '@org/cs-metrics';
 * const surveys = normalizeSurveyResponses([
 *   { id: 's1', kind: 'csat', score: 5, at: '2026-10-02', managerId: 'm1' },
 *   { id: 's2', kind: 'csat', score: 2, at: '2026-10-03', managerId: 'm2' },
 * ]);
 * const perManager = measure(groupedBy(satisfactionAggregator({ period: periodOf('2026-10') }), (s) => s.managerId ?? ''), surveys);
 * perManager.m1?.csat.satisfied.share; // 1
 * perManager.m2?.csat.satisfied.share; // 0
 * ```
 */
export function satisfactionAggregator(
  options: SatisfactionOptions,
): Aggregator<SurveyResponse, SatisfactionState, SatisfactionMetrics> {
  const o = checkOptions(options);
  const csatMin = o.csat.min;
  const cesMin = o.ces.min;
  return {
    init: () => ({ ...emptyCounts(o.csat, o.ces), outsidePeriod: 0, topics: {} }),
    add(s, answer) {
      checkSurveyAnswer(answer, o.csat, o.ces, null);
      if (answer.at < o.start || answer.at >= o.end) {
        s.outsidePeriod++;
        return s;
      }
      const kind = answer.kind;
      const slot = answer.score - (kind === 'csat' ? csatMin : kind === 'ces' ? cesMin : 0);
      s[kind][slot]!++;
      if (answer.topic !== undefined) {
        const topic = answer.topic.trim().toLowerCase();
        if (topic !== '') {
          let counts = own(s.topics, topic);
          if (counts === undefined) {
            counts = emptyCounts(o.csat, o.ces);
            put(s.topics, topic, counts);
          }
          counts[kind][slot]!++;
        }
      }
      return s;
    },
    merge(a, b) {
      const topics: Record<string, SatisfactionCounts> = {};
      for (const key of Object.keys(a.topics))
        put(topics, key, addCounts(own(a.topics, key)!, emptyCounts(o.csat, o.ces)));
      for (const key of Object.keys(b.topics)) {
        put(topics, key, addCounts(own(topics, key) ?? emptyCounts(o.csat, o.ces), own(b.topics, key)!));
      }
      return { ...addCounts(a, b), outsidePeriod: a.outsidePeriod + b.outsidePeriod, topics };
    },
    finish(s) {
      const all = breakdown(s, o.csat, o.ces, o.z);
      const rate = (kind: SurveyKind, answers: number): ShareEstimate | null => {
        const sent = o.sent[kind];
        if (sent === undefined) return null;
        if (answers > sent) return { count: answers, total: sent, share: null, interval: null };
        return shareOf(answers, sent, o.z);
      };
      const topics = Object.keys(s.topics)
        .map((topic) => ({ topic, ...breakdown(own(s.topics, topic)!, o.csat, o.ces, o.z) }))
        .map((t) => ({ t, n: t.csat.answers + t.nps.answers + t.ces.answers }))
        .sort((x, y) => y.n - x.n || (x.t.topic < y.t.topic ? -1 : 1))
        .map((x) => x.t);
      return {
        judgedBy: o.judgedBy,
        answers: all.csat.answers + all.nps.answers + all.ces.answers,
        outsidePeriod: s.outsidePeriod,
        ...all,
        responseRate: {
          csat: rate('csat', all.csat.answers),
          nps: rate('nps', all.nps.answers),
          ces: rate('ces', all.ces.answers),
        },
        topics,
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges satisfaction metrics against the profile.
 *
 * **CSAT** (judged by default): the top-box share, `answers in the top box ÷ answers` (4–5 of 1–5;
 * see {@link SurveyScaleSpec} for the other scales), against the profile's `band` (b2b good from 0.8;
 * sources in docs/benchmarks.md). It is the default because a share is what help desks report, it
 * reads the same on every scale, it has an exact-enough interval (Wilson), and it follows the
 * manager's own service; NPS asks about recommending the company, which depends on more than the
 * manager. **NPS** (`judgedBy: 'nps'`): `100 × (promoters 9–10 − detractors 0–6) ÷ answers`,
 * against `npsBand`. Below `minimumSample` answers of the judged kind the rating is
 * `insufficient-data` (`…insufficient-sample`): three happy customers do not make an excellent
 * manager. When the interval's lower end would rate lower, a warning `…uncertain-rating` says so;
 * more answers than surveys sent gives `…more-answers-than-sent`; a topic with at least
 * `minimumSample` answers of its own that is below good gives `…weak-topic` (where to coach:
 * communication, personal service, …).
 *
 * @example
 * ```ts
 * import { b2b, evaluateSatisfaction, measure, periodOf, satisfactionAggregator } from '@org/cs-metrics';
 * const metrics = measure(satisfactionAggregator({ period: periodOf('2026-10') }), []);
 * evaluateSatisfaction(metrics, { profile: b2b }).explanation.code; // 'customer.satisfaction.no-csat-answers'
 * ```
 */
export function evaluateSatisfaction(
  metrics: SatisfactionMetrics,
  options: { readonly profile: Profile },
): Evaluation<SatisfactionMetrics> {
  const id = 'customer.satisfaction';
  const settings = criterionSettings(options, id);
  const byNps = metrics.judgedBy === 'nps';
  const band = byNps ? settings.npsBand : settings.band;
  const warnings: Explanation[] = [];
  for (const kind of ['csat', 'nps', 'ces'] as const) {
    const r = metrics.responseRate[kind];
    if (r !== null && r.share === null && r.count > r.total) {
      warnings.push({
        code: `${id}.more-answers-than-sent`,
        message: `${r.count} ${kind.toUpperCase()} answers but only ${r.total} surveys sent: the response rate is unknown.`,
        inputs: { kind, answers: r.count, sent: r.total },
      });
    }
  }
  const low = byNps ? metrics.nps.interval?.low : metrics.csat.satisfied.interval?.low;
  const value = byNps ? metrics.nps.score : metrics.csat.satisfied.share;
  const answers = byNps ? metrics.nps.answers : metrics.csat.answers;
  if (value !== null && low !== undefined && answers >= settings.minimumSample) {
    const atLow = rateValue(low, band).rating;
    if (atLow !== rateValue(value, band).rating) {
      warnings.push({
        code: `${id}.uncertain-rating`,
        message: `The ${byNps ? 'NPS' : 'CSAT'} interval reaches down to ${byNps ? roundTo(low, 1) : `${pct(low)} %`}, which would be rated ${atLow}.`,
        inputs: { low, ratingAtLow: atLow },
      });
    }
  }
  // A topic with enough answers of its own that falls short of good: where to coach.
  for (const t of metrics.topics) {
    const n = byNps ? t.nps.answers : t.csat.answers;
    const v = byNps ? t.nps.score : t.csat.satisfied.share;
    if (v === null || n < settings.minimumSample) continue;
    const rating = rateValue(v, band).rating;
    if (rating !== 'poor' && rating !== 'fair') continue;
    warnings.push({
      code: `${id}.weak-topic`,
      message: `On "${t.topic}" ${byNps ? `NPS is ${roundTo(v, 1)}` : `CSAT is ${pct(v)} %`} over ${n} answers: ${rating}.`,
      inputs: { topic: t.topic, value: v, answers: n, rating },
    });
  }
  const kindName = byNps ? 'NPS' : 'CSAT';
  return judge({
    criterion: id,
    value,
    unit: byNps ? 'NPS points (−100 to 100)' : 'share of satisfied answers (CSAT top box)',
    profile: options.profile.id,
    settings: byNps ? { ...settings, band } : settings,
    sampleSize: answers,
    details: metrics,
    warnings,
    insufficient: {
      code: `${id}.no-${byNps ? 'nps' : 'csat'}-answers`,
      message: `No ${kindName} answers were given in the period.`,
      inputs: { outsidePeriod: metrics.outsidePeriod },
    },
    explain: ({ rating, value: v }) =>
      byNps
        ? {
            code: `${id}.rated`,
            message: `NPS ${roundTo(v, 1)} from ${answers} answers (${metrics.nps.promoters} promoters, ${metrics.nps.detractors} detractors): ${rating}.`,
            inputs: {
              nps: v,
              answers,
              promoters: metrics.nps.promoters,
              detractors: metrics.nps.detractors,
              rating,
            },
          }
        : {
            code: `${id}.rated`,
            message: `${metrics.csat.satisfied.count} of ${answers} CSAT answers (${pct(v)} %) in the top box (${metrics.csat.topBoxFrom} or more on ${metrics.csat.scale}): ${rating}.`,
            inputs: {
              satisfied: metrics.csat.satisfied.count,
              answers,
              share: v,
              scale: metrics.csat.scale,
              rating,
            },
          },
  });
}

/**
 * Customer satisfaction from survey answers: CSAT on a declared scale (top-box share with its
 * Wilson interval, and the mean), NPS (−100…100, with its interval), CES (mean, share of easy
 * answers, net), the response rate against the surveys sent, and all of it per topic
 * (communication, personal service, …). Judged: the CSAT top-box share, or NPS with
 * `judgedBy: 'nps'` (see {@link evaluateSatisfaction}). Per manager: run
 * `groupedBy(satisfactionAggregator(options), (s) => s.managerId ?? '')` and judge each group.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option; `out-of-range`
 *   for an answer outside its declared scale, with its index (`surveys[12].score`).
 * @example
 * ```ts
 * import { b2b, normalizeSurveyResponses, periodOf, satisfaction } from '@org/cs-metrics';
 * // 10 answers on 1–5, 8 of them 4 or 5: CSAT 80 %.
 * const scores = [5, 5, 5, 4, 4, 4, 4, 4, 3, 2];
 * const surveys = normalizeSurveyResponses(scores.map((score, i) => ({ id: `s${i}`, kind: 'csat' as const, score, at: '2026-10-05' })));
 * const result = satisfaction(surveys, { period: periodOf('2026-10'), profile: b2b });
 * result.details.csat.satisfied.share; // 0.8
 * result.rating; // 'insufficient-data' (b2b asks for 30 answers)
 * ```
 */
export function satisfaction(
  surveys: Iterable<SurveyResponse>,
  options: SatisfactionOptions & { readonly profile: Profile },
): Evaluation<SatisfactionMetrics> {
  const aggregator = satisfactionAggregator(options);
  const csat = surveyScale(options.csatScale ?? '1-5');
  const ces = surveyScale(options.cesScale ?? '1-7');
  let state = aggregator.init();
  let index = 0;
  for (const answer of surveys) {
    checkSurveyAnswer(answer, csat, ces, index++);
    state = aggregator.add(state, answer);
  }
  return evaluateSatisfaction(aggregator.finish(state), options);
}
