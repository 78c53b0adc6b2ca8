import { type Aggregator, measure } from '../../core/aggregator.js';
import { type Evaluation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';
import type { CallRecord } from '../../domain/records/call.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, checkProfile, criterionSettings, ratio } from '../criterion-options.js';

/**
 * The six published ways of counting abandoned calls in a service level (Call Centre Helper and
 * ICMI list them with one worked example; see docs/contact-centre.md). With `A` answered calls,
 * `A_T` answered within the threshold, `B` abandoned, `B_T` abandoned within the threshold and
 * `B_S` abandoned within `shortAbandonSeconds`:
 *
 * - `answered-only`: `A_T / A`
 * - `abandons-as-misses`: `A_T / (A + B)` (the default)
 * - `abandons-within-threshold-as-met`: `(A_T + B_T) / (A + B)`
 * - `abandons-within-threshold-excluded`: `A_T / (A + B − B_T)`
 * - `short-abandons-as-met`: `(A_T + B_S) / (A + B)`
 * - `short-abandons-excluded`: `A_T / (A + B − B_S)`
 *
 * @example
 * ```ts
 * import { SERVICE_LEVEL_CONVENTIONS } from '@org/cs-metrics';
 * SERVICE_LEVEL_CONVENTIONS.length; // 6
 * ```
 */
export const SERVICE_LEVEL_CONVENTIONS = [
  'answered-only',
  'abandons-as-misses',
  'abandons-within-threshold-as-met',
  'abandons-within-threshold-excluded',
  'short-abandons-as-met',
  'short-abandons-excluded',
] as const;

/**
 * One of {@link SERVICE_LEVEL_CONVENTIONS}.
 *
 * @example
 * ```ts
 * import type { ServiceLevelConvention } from '@org/cs-metrics';
 * const convention: ServiceLevelConvention = 'short-abandons-excluded';
 * ```
 */
export type ServiceLevelConvention = (typeof SERVICE_LEVEL_CONVENTIONS)[number];

/**
 * Options of {@link serviceLevel}.
 *
 * @example
 * ```ts
 * import { periodOf, type ServiceLevelOptions } from '@org/cs-metrics';
 * const options: ServiceLevelOptions = { period: periodOf('2026-10', 'Europe/Berlin'), convention: 'short-abandons-excluded' };
 * ```
 */
export interface ServiceLevelOptions {
  /** Calls offered in this period count; others are skipped and counted in `outsidePeriod`. */
  readonly period: Period;
  /** Seconds; default: the profile's `thresholdSeconds` (30), else 30. */
  readonly thresholdSeconds?: number;
  /** Whether a wait of exactly the threshold is in time ("30 s or less"); default `true`. */
  readonly inclusive?: boolean;
  /** How abandoned calls count; default `'abandons-as-misses'`. */
  readonly convention?: ServiceLevelConvention;
  /** A "short" abandon hung up within this many seconds (inclusive); default: the profile's `shortAbandonSeconds` (5), else 5. */
  readonly shortAbandonSeconds?: number;
}

/**
 * The running counts of {@link serviceLevelAggregator}: plain numbers, so every convention comes
 * from one pass. Sums are kept in whole milliseconds so that merging in any order is exact.
 *
 * @example
 * ```ts
 * import { periodOf, serviceLevelAggregator, type ServiceLevelState } from '@org/cs-metrics';
 * const state: ServiceLevelState = serviceLevelAggregator({ period: periodOf('2026-10') }).init();
 * state.answered; // 0
 * ```
 */
export interface ServiceLevelState {
  answered: number;
  answeredWithin: number;
  abandoned: number;
  abandonedWithin: number;
  abandonedShort: number;
  /** Sum of the waits of answered calls, ms. */
  answerWaitMs: number;
  /** Calls with a hold time, and its sum in ms. */
  holdCalls: number;
  holdMs: number;
  /** Answered calls with talk time, and the sum of talk + hold + wrap-up in ms. */
  handledCalls: number;
  handleMs: number;
  /** Longest wait of any offered call, ms (−1: none yet). */
  longestWaitMs: number;
  /** Offered calls that waited more than 60 seconds. */
  waitedOverMinute: number;
  /** Calls offered outside the period (skipped). */
  outsidePeriod: number;
}

/**
 * What {@link serviceLevelAggregator} finishes with; `null` where the denominator is 0.
 *
 * @example
 * ```ts
 * import type { ServiceLevelMetrics } from '@org/cs-metrics';
 * const m: Partial<ServiceLevelMetrics> = { serviceLevel: 0.8, convention: 'abandons-as-misses' };
 * ```
 */
export interface ServiceLevelMetrics {
  /** The share in time under `convention`. */
  readonly serviceLevel: number | null;
  readonly convention: ServiceLevelConvention;
  readonly thresholdSeconds: number;
  readonly inclusive: boolean;
  readonly shortAbandonSeconds: number;
  /** The denominator of `serviceLevel` under `convention`. */
  readonly countedCalls: number;
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithinThreshold: number;
  readonly abandoned: number;
  readonly abandonedWithinThreshold: number;
  readonly shortAbandons: number;
  /** Average speed of answer: mean wait of answered calls, seconds. */
  readonly averageSpeedOfAnswerSeconds: number | null;
  /** Mean hold per call with a hold time recorded, seconds. */
  readonly averageHoldSeconds: number | null;
  /** Mean talk + hold + wrap-up of answered calls with talk time, seconds. */
  readonly averageHandleSeconds: number | null;
  readonly longestWaitSeconds: number | null;
  /** Offered calls that waited more than 60 s, and their share of offered. */
  readonly waitedOverMinute: number;
  readonly shareWaitedOverMinute: number | null;
  /** Abandoned ÷ offered. */
  readonly abandonmentRate: number | null;
  readonly outsidePeriod: number;
}

function assertNonNegative(value: number, path: string): number {
  // Number.isFinite is false for anything that is not a number.
  if (!Number.isFinite(value) || value < 0) {
    fail(ErrorCodes.InvalidOption, path, 'a finite number of seconds ≥ 0', value);
  }
  return value;
}

function badSeconds(x: number | undefined): boolean {
  // In milliseconds, as the metric sums them: 1e306 s is finite, 1e309 ms is not.
  return x !== undefined && !(x >= 0 && x * 1000 < Number.POSITIVE_INFINITY);
}

/**
 * The first impossible field of a call as this metric reads it, or `null`: a guard for records that
 * did not come through `normalizeCallRecords` (a stream, a warehouse job). Allocates nothing.
 */
function callProblem(call: CallRecord): keyof CallRecord | null {
  if (!(call.offeredAt > Number.NEGATIVE_INFINITY && call.offeredAt < Number.POSITIVE_INFINITY))
    return 'offeredAt';
  if (call.outcome !== 'answered' && call.outcome !== 'abandoned') return 'outcome';
  if (badSeconds(call.waitSeconds) || call.waitSeconds === undefined) return 'waitSeconds';
  if (call.answeredAt !== undefined && !(call.answeredAt >= call.offeredAt)) return 'answeredAt';
  if (call.abandonedAt !== undefined && !(call.abandonedAt >= call.offeredAt)) return 'abandonedAt';
  if (badSeconds(call.talkSeconds)) return 'talkSeconds';
  if (badSeconds(call.holdSeconds)) return 'holdSeconds';
  if (badSeconds(call.wrapUpSeconds)) return 'wrapUpSeconds';
  return null;
}

function rejectCall(call: CallRecord, path: string, field: keyof CallRecord): never {
  const code =
    field === 'answeredAt' || field === 'abandonedAt' ? ErrorCodes.InconsistentRecord : ErrorCodes.OutOfRange;
  const expected =
    field === 'answeredAt' || field === 'abandonedAt'
      ? 'a time at or after offeredAt'
      : field === 'outcome'
        ? '"answered" or "abandoned"'
        : field === 'offeredAt'
          ? 'epoch milliseconds'
          : 'a finite number of seconds ≥ 0';
  return fail(code, `${path}.${field}`, expected, call[field]);
}

function rejectById(call: CallRecord): never {
  // With every field right on its own, only hold and wrap-up together can pass the largest number.
  return rejectCall(call, `calls[id=${call.id}]`, callProblem(call) ?? 'holdSeconds');
}

interface Resolved {
  readonly period: Period;
  readonly thresholdMs: number;
  readonly thresholdSeconds: number;
  readonly inclusive: boolean;
  readonly convention: ServiceLevelConvention;
  readonly shortMs: number;
  readonly shortAbandonSeconds: number;
}

function resolve(options: ServiceLevelOptions & { readonly profile?: Profile }): Resolved {
  const p = checkPeriodOption(options);
  const settings =
    options.profile === undefined
      ? undefined
      : checkProfile(options.profile, 'options.profile').criteria['contactCentre.serviceLevel'];
  const thresholdSeconds = assertNonNegative(
    options.thresholdSeconds ?? settings?.thresholdSeconds ?? 30,
    'options.thresholdSeconds',
  );
  const shortAbandonSeconds = assertNonNegative(
    options.shortAbandonSeconds ?? settings?.shortAbandonSeconds ?? 5,
    'options.shortAbandonSeconds',
  );
  const convention = options.convention ?? 'abandons-as-misses';
  if (!(SERVICE_LEVEL_CONVENTIONS as readonly string[]).includes(convention)) {
    fail(
      ErrorCodes.InvalidOption,
      'options.convention',
      `one of ${SERVICE_LEVEL_CONVENTIONS.join(', ')}`,
      convention,
    );
  }
  const inclusive = options.inclusive ?? true;
  if (typeof inclusive !== 'boolean')
    fail(ErrorCodes.InvalidOption, 'options.inclusive', 'true or false', inclusive);
  return {
    period: p,
    thresholdMs: Math.round(thresholdSeconds * 1000),
    thresholdSeconds,
    inclusive,
    convention,
    shortMs: Math.round(shortAbandonSeconds * 1000),
    shortAbandonSeconds,
  };
}

/**
 * The single-pass aggregator of {@link serviceLevel}. For per-queue, per-agent or per-team results,
 * wrap it: `groupedBy(serviceLevelAggregator(o), (c) => c.queue)`.
 *
 * @example
 * ```ts
 * import { groupedBy, measure, normalizeCallRecords, periodOf, serviceLevelAggregator } from '@org/cs-metrics';
 * const calls = normalizeCallRecords([
 *   { id: 1, queue: 'billing', offeredAt: '2026-10-28T09:00:00Z', answeredAt: '2026-10-28T09:00:20Z' },
 *   { id: 2, queue: 'sales', offeredAt: '2026-10-28T09:01:00Z', answeredAt: '2026-10-28T09:01:40Z' },
 * ]);
 * const byQueue = measure(groupedBy(serviceLevelAggregator({ period: periodOf('2026-10') }), (c) => c.queue), calls);
 * byQueue.billing?.serviceLevel; // 1
 * byQueue.sales?.serviceLevel; // 0
 * ```
 */
export function serviceLevelAggregator(
  options: ServiceLevelOptions & { readonly profile?: Profile },
): Aggregator<CallRecord, ServiceLevelState, ServiceLevelMetrics> {
  const o = resolve(options);
  const { start, end } = o.period;
  const thresholdMs = o.thresholdMs;
  const shortMs = o.shortMs;
  const inclusive = o.inclusive;
  return {
    init: () => ({
      answered: 0,
      answeredWithin: 0,
      abandoned: 0,
      abandonedWithin: 0,
      abandonedShort: 0,
      answerWaitMs: 0,
      holdCalls: 0,
      holdMs: 0,
      handledCalls: 0,
      handleMs: 0,
      longestWaitMs: -1,
      waitedOverMinute: 0,
      outsidePeriod: 0,
    }),
    add(s, call) {
      // Cheap range checks inline; the exact field and path are found only on the slow path.
      const t = call.offeredAt;
      // In milliseconds, as the state sums them: a wait of 1e306 s is finite, 1e309 ms is not.
      const waitMs = Math.round(call.waitSeconds * 1000);
      // `t - t === 0` only for a finite time (NaN and ±Infinity give NaN).
      if (!(waitMs >= 0 && waitMs < Number.POSITIVE_INFINITY && t - t === 0)) rejectById(call);
      if (t < start || t >= end) {
        s.outsidePeriod++;
        return s;
      }
      const within = inclusive ? waitMs <= thresholdMs : waitMs < thresholdMs;
      if (call.outcome === 'answered') {
        const talk = call.talkSeconds;
        const hold = call.holdSeconds;
        const wrap = call.wrapUpSeconds;
        const holdMs = hold === undefined ? 0 : Math.round(hold * 1000);
        const wrapMs = wrap === undefined ? 0 : Math.round(wrap * 1000);
        if (!(holdMs >= 0 && wrapMs >= 0 && holdMs + wrapMs < Number.POSITIVE_INFINITY)) rejectById(call);
        s.answered++;
        if (within) s.answeredWithin++;
        s.answerWaitMs += waitMs;
        if (talk !== undefined) {
          const talkMs = Math.round(talk * 1000);
          if (!(talkMs >= 0 && talkMs < Number.POSITIVE_INFINITY)) rejectById(call);
          s.handledCalls++;
          s.handleMs += talkMs + holdMs + wrapMs;
        }
        if (hold !== undefined) {
          s.holdCalls++;
          s.holdMs += holdMs;
        }
      } else {
        if (call.outcome !== 'abandoned') rejectById(call);
        s.abandoned++;
        if (within) s.abandonedWithin++;
        if (waitMs <= shortMs) s.abandonedShort++;
      }
      if (waitMs > s.longestWaitMs) s.longestWaitMs = waitMs;
      if (waitMs > 60_000) s.waitedOverMinute++;
      return s;
    },
    merge: (a, b) => ({
      answered: a.answered + b.answered,
      answeredWithin: a.answeredWithin + b.answeredWithin,
      abandoned: a.abandoned + b.abandoned,
      abandonedWithin: a.abandonedWithin + b.abandonedWithin,
      abandonedShort: a.abandonedShort + b.abandonedShort,
      answerWaitMs: a.answerWaitMs + b.answerWaitMs,
      holdCalls: a.holdCalls + b.holdCalls,
      holdMs: a.holdMs + b.holdMs,
      handledCalls: a.handledCalls + b.handledCalls,
      handleMs: a.handleMs + b.handleMs,
      longestWaitMs: Math.max(a.longestWaitMs, b.longestWaitMs),
      waitedOverMinute: a.waitedOverMinute + b.waitedOverMinute,
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    }),
    finish(s) {
      const offered = s.answered + s.abandoned;
      let met = s.answeredWithin;
      let counted = offered;
      switch (o.convention) {
        case 'answered-only':
          counted = s.answered;
          break;
        // 'abandons-as-misses': every call offered counts, and only answers in time meet it.
        case 'abandons-within-threshold-as-met':
          met += s.abandonedWithin;
          break;
        case 'abandons-within-threshold-excluded':
          counted -= s.abandonedWithin;
          break;
        case 'short-abandons-as-met':
          met += s.abandonedShort;
          break;
        case 'short-abandons-excluded':
          counted -= s.abandonedShort;
          break;
      }
      const secs = (ms: number, d: number): number | null => (d === 0 ? null : ms / d / 1000);
      return {
        serviceLevel: ratio(met, counted),
        convention: o.convention,
        thresholdSeconds: o.thresholdSeconds,
        inclusive: o.inclusive,
        shortAbandonSeconds: o.shortAbandonSeconds,
        countedCalls: counted,
        offered,
        answered: s.answered,
        answeredWithinThreshold: s.answeredWithin,
        abandoned: s.abandoned,
        abandonedWithinThreshold: s.abandonedWithin,
        shortAbandons: s.abandonedShort,
        averageSpeedOfAnswerSeconds: secs(s.answerWaitMs, s.answered),
        averageHoldSeconds: secs(s.holdMs, s.holdCalls),
        averageHandleSeconds: secs(s.handleMs, s.handledCalls),
        longestWaitSeconds: s.longestWaitMs < 0 ? null : s.longestWaitMs / 1000,
        waitedOverMinute: s.waitedOverMinute,
        shareWaitedOverMinute: ratio(s.waitedOverMinute, offered),
        abandonmentRate: ratio(s.abandoned, offered),
        outsidePeriod: s.outsidePeriod,
      };
    },
  };
}

/**
 * Judges service-level metrics against the profile's `contactCentre.serviceLevel` band.
 * The sample is `countedCalls` (the convention's denominator).
 *
 * @example
 * ```ts
 * import { b2c, evaluateServiceLevel, measure, periodOf, serviceLevelAggregator } from '@org/cs-metrics';
 * const metrics = measure(serviceLevelAggregator({ period: periodOf('2026-10') }), []);
 * evaluateServiceLevel(metrics, { profile: b2c }).rating; // 'insufficient-data'
 * ```
 */
export function evaluateServiceLevel(
  metrics: ServiceLevelMetrics,
  options: { readonly profile: Profile },
): Evaluation<ServiceLevelMetrics> {
  const settings = criterionSettings(options, 'contactCentre.serviceLevel');
  const warnings =
    metrics.outsidePeriod > 0
      ? [
          {
            code: 'contactCentre.serviceLevel.outside-period',
            message: `${metrics.outsidePeriod} calls were offered outside the period and skipped.`,
            inputs: { outsidePeriod: metrics.outsidePeriod },
          },
        ]
      : [];
  return judge({
    criterion: 'contactCentre.serviceLevel',
    value: metrics.serviceLevel,
    unit: 'share of calls',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.countedCalls,
    details: metrics,
    warnings,
    explain: ({ rating, value }) => ({
      code: 'contactCentre.serviceLevel.rated',
      message: `${roundTo(value * 100, 1)} % of ${metrics.countedCalls} calls answered in ${metrics.thresholdSeconds} s${
        metrics.inclusive ? ' or less' : ''
      } (${metrics.convention}); the target is ${roundTo(settings.target * 100, 1)} %: ${rating}.`,
      inputs: {
        value,
        countedCalls: metrics.countedCalls,
        thresholdSeconds: metrics.thresholdSeconds,
        convention: metrics.convention,
        target: settings.target,
        longestWaitSeconds: metrics.longestWaitSeconds,
        waitedOverMinute: metrics.waitedOverMinute,
      },
    }),
    insufficient: {
      code: 'contactCentre.serviceLevel.no-calls',
      message: `No calls count under the ${metrics.convention} convention in the period.`,
      inputs: { offered: metrics.offered, convention: metrics.convention },
    },
  });
}

/**
 * Service level: the share of calls answered within the threshold (default 30 s or less, target
 * 85 %), with average speed of answer, average hold, average handle time (talk + hold + wrap-up),
 * longest wait, the share waiting over a minute and the abandonment rate. Abandoned calls count
 * under one of six {@link SERVICE_LEVEL_CONVENTIONS}, named in the result; the default
 * `'abandons-as-misses'` is `A_T / (A + B)`, the strictest of the conventions that count abandons
 * (Call Centre Helper's formula #3): every caller who gave up waiting is a caller not served.
 * Band and sources: docs/benchmarks.md.
 *
 * @throws {@link CsMetricsError} `out-of-range` / `inconsistent-record` for an impossible call
 *   (negative seconds, answered before offered), with its index (`calls[3].waitSeconds`). The
 *   aggregator's `add` checks the numbers it reads (wait, talk, hold, wrap-up, outcome) and names the
 *   call by id (`calls[id=C-7].waitSeconds`); it trusts the normaliser for the order of the times.
 *
 * @example
 * ```ts
 * import { b2c, normalizeCallRecords, periodOf, serviceLevel } from '@org/cs-metrics';
 * const calls = normalizeCallRecords([
 *   { id: 1, queue: 'q', offeredAt: '2026-10-28T09:00:00Z', answeredAt: '2026-10-28T09:00:30Z' },
 *   { id: 2, queue: 'q', offeredAt: '2026-10-28T09:01:00Z', abandonedAt: '2026-10-28T09:01:50Z' },
 * ]);
 * const result = serviceLevel(calls, { period: periodOf('2026-10'), profile: b2c });
 * result.details.serviceLevel; // 0.5
 * result.rating; // 'insufficient-data'
 * ```
 */
export function serviceLevel(
  calls: Iterable<CallRecord>,
  options: ServiceLevelOptions & { readonly profile: Profile },
): Evaluation<ServiceLevelMetrics> {
  const aggregator = serviceLevelAggregator(options);
  if (Array.isArray(calls)) {
    const list = calls as readonly CallRecord[];
    for (let i = 0; i < list.length; i++) {
      const problem = callProblem(list[i] as CallRecord);
      if (problem !== null) rejectCall(list[i] as CallRecord, `calls[${i}]`, problem);
    }
  }
  return evaluateServiceLevel(measure(aggregator, calls), options);
}
