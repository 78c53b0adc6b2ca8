import { ErrorCodes, fail } from '../domain/errors.js';

/**
 * The ratings an evaluation can give. `insufficient-data` is a rating of its own: too few records
 * to judge, with the value `null`, never `NaN` and never a silent 0.
 *
 * @example
 * ```ts
 * import { RATINGS } from '@org/cs-metrics';
 * RATINGS; // ['excellent', 'good', 'fair', 'poor', 'insufficient-data']
 * ```
 */
export const RATINGS = ['excellent', 'good', 'fair', 'poor', 'insufficient-data'] as const;
/**
 * One of {@link RATINGS}.
 *
 * @example
 * ```ts
 * import type { Rating } from '@org/cs-metrics';
 * const rating: Rating = 'good';
 * ```
 */
export type Rating = (typeof RATINGS)[number];

/**
 * A band where more is better (meetings a day, share of calls answered in time). Thresholds rise:
 * `worst ≤ fair ≤ good ≤ excellent ≤ best`.
 *
 * Scores are piecewise linear: `worst` → 0, `fair` → 40, `good` → 60, `excellent` → 80, `best` →
 * 100, clamped outside. So every rating covers its own score range (poor 0–39, fair 40–59, good
 * 60–79, excellent 80–100) and two managers rated good can still be told apart.
 *
 * @example
 * ```ts
 * import type { HigherIsBetterBand } from '@org/cs-metrics';
 * // B2B meetings per working day: 1–2 is good (the brief).
 * const band: HigherIsBetterBand = { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 };
 * ```
 */
export interface HigherIsBetterBand {
  readonly direction: 'higher-is-better';
  /** At or below: score 0. */
  readonly worst: number;
  /** From here: fair (score 40). */
  readonly fair: number;
  /** From here: good (score 60). */
  readonly good: number;
  /** From here: excellent (score 80). */
  readonly excellent: number;
  /** At or above: score 100. */
  readonly best: number;
}

/**
 * A band where less is better (abandonment rate, spending against budget). Thresholds fall:
 * `worst ≥ fair ≥ good ≥ excellent ≥ best`; a value at or below `good` is good.
 *
 * @example
 * ```ts
 * import type { LowerIsBetterBand } from '@org/cs-metrics';
 * // Spending as a share of budget: at or below budget is good (the brief).
 * const band: LowerIsBetterBand = { direction: 'lower-is-better', worst: 1.2, fair: 1.05, good: 1, excellent: 0.97, best: 0.9 };
 * ```
 */
export interface LowerIsBetterBand {
  readonly direction: 'lower-is-better';
  /** At or above: score 0. */
  readonly worst: number;
  /** At or below: fair (score 40). */
  readonly fair: number;
  /** At or below: good (score 60). */
  readonly good: number;
  /** At or below: excellent (score 80). */
  readonly excellent: number;
  /** At or below: score 100. */
  readonly best: number;
}

/**
 * A closed range `[low, high]`.
 *
 * @example
 * ```ts
 * import type { Range } from '@org/cs-metrics';
 * const range: Range = [0.3, 0.7];
 * ```
 */
export type Range = readonly [low: number, high: number];

/**
 * A band with a target: nested ranges around `best`, where both too little and too much are worse
 * (the ratio of meetings to calls). `worst ⊇ fair ⊇ good ⊇ excellent ∋ best`.
 *
 * The score is 100 at `best`, 80 at the edges of `excellent`, 60 at the edges of `good`, 40 at the
 * edges of `fair`, 0 at the edges of `worst` and beyond, linear in between.
 *
 * @example
 * ```ts
 * import type { TargetRangeBand } from '@org/cs-metrics';
 * const band: TargetRangeBand = {
 *   direction: 'target-range', best: 0.5, excellent: [0.4, 0.6], good: [0.25, 0.75], fair: [0.1, 0.9], worst: [0, 1],
 * };
 * ```
 */
export interface TargetRangeBand {
  readonly direction: 'target-range';
  readonly best: number;
  readonly excellent: Range;
  readonly good: Range;
  readonly fair: Range;
  readonly worst: Range;
}

/**
 * A benchmark band: higher-is-better, lower-is-better or a target range. Plain data in a profile,
 * returned inside every evaluation so that a UI can draw it and a person can check the rating.
 *
 * @example
 * ```ts
 * import { rateValue, type Band } from '@org/cs-metrics';
 * const band: Band = { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 };
 * rateValue(1.6, band); // { rating: 'good', score: 72 }
 * ```
 */
export type Band = HigherIsBetterBand | LowerIsBetterBand | TargetRangeBand;

const SCORE_AT = [0, 40, 60, 80, 100] as const;

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Checks that a band is well-formed: finite numbers in order, non-empty nested ranges.
 *
 * @throws {@link CsMetricsError} `invalid-profile` with the path of the value out of order.
 * @example
 * ```ts
 * import { assertBand } from '@org/cs-metrics';
 * assertBand({ direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 });
 * ```
 */
export function assertBand(band: unknown, path = 'band'): Band {
  if (typeof band !== 'object' || band === null) return fail(ErrorCodes.InvalidProfile, path, 'a band', band);
  const b = band as Record<string, unknown>;
  const allowed = ['direction', 'worst', 'fair', 'good', 'excellent', 'best'];
  for (const key of Object.keys(b)) {
    if (!allowed.includes(key))
      fail(ErrorCodes.InvalidProfile, `${path}.${key}`, `only the band keys ${allowed.join(', ')}`, key);
  }
  if (b.direction === 'higher-is-better' || b.direction === 'lower-is-better') {
    const keys = ['worst', 'fair', 'good', 'excellent', 'best'] as const;
    const up = b.direction === 'higher-is-better';
    let previous: number | undefined;
    for (const key of keys) {
      const v = b[key];
      if (!isNumber(v)) return fail(ErrorCodes.InvalidProfile, `${path}.${key}`, 'a finite number', v);
      if (previous !== undefined && (up ? v < previous : v > previous)) {
        const relation = up ? 'at least' : 'at most';
        fail(
          ErrorCodes.InvalidProfile,
          `${path}.${key}`,
          `a value ${relation} ${previous} (the band is ${b.direction}, out of order)`,
          v,
        );
      }
      previous = v;
    }
    if (b.worst === b.best)
      fail(ErrorCodes.InvalidProfile, `${path}.best`, `a value other than worst (${b.worst})`, b.best);
    return band as Band;
  }
  if (b.direction === 'target-range') {
    if (!isNumber(b.best)) return fail(ErrorCodes.InvalidProfile, `${path}.best`, 'a finite number', b.best);
    let inner: Range = [b.best, b.best];
    for (const key of ['excellent', 'good', 'fair', 'worst'] as const) {
      const r = b[key];
      if (!Array.isArray(r) || r.length !== 2 || !isNumber(r[0]) || !isNumber(r[1])) {
        return fail(ErrorCodes.InvalidProfile, `${path}.${key}`, 'a range [low, high] of finite numbers', r);
      }
      if (r[0] > inner[0] || r[1] < inner[1]) {
        fail(
          ErrorCodes.InvalidProfile,
          `${path}.${key}`,
          `a range containing [${inner[0]}, ${inner[1]}] (out of order)`,
          `[${r[0]}, ${r[1]}]`,
        );
      }
      inner = r as unknown as Range;
    }
    const worst = b.worst as Range;
    if (worst[0] === b.best && worst[1] === b.best) {
      fail(
        ErrorCodes.InvalidProfile,
        `${path}.worst`,
        'a range wider than the single point best',
        `[${worst[0]}, ${worst[1]}]`,
      );
    }
    return band as Band;
  }
  return fail(
    ErrorCodes.InvalidProfile,
    `${path}.direction`,
    '"higher-is-better", "lower-is-better" or "target-range"',
    b.direction,
  );
}

function interpolate(x: number, points: readonly number[], descending: boolean): number {
  // points[i] has the score SCORE_AT[i]; find the segment x falls in.
  const past = (a: number, b: number) => (descending ? a <= b : a >= b);
  if (past(x, points[4]!)) return 100;
  if (!past(x, points[0]!) || x === points[0]) return 0;
  // The highest point x is past: one exists, since x is past points[0], and it is below points[4].
  // x is not past the next point, so the segment has a width (the two points differ).
  let i = 3;
  while (!past(x, points[i]!)) i--;
  const lo = points[i]!;
  const fraction = (x - lo) / (points[i + 1]! - lo);
  return SCORE_AT[i]! + fraction * (SCORE_AT[i + 1]! - SCORE_AT[i]!);
}

function ratingOf(score: number): Exclude<Rating, 'insufficient-data'> {
  if (score >= 80) return 'excellent';
  if (score >= 60) return 'good';
  if (score >= 40) return 'fair';
  return 'poor';
}

/** Rounds a score to one decimal, so reports and tests compare stable numbers. */
function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

/**
 * Rates a value against a band: the rating and a score from 0 to 100, interpolated within the band.
 *
 * @throws {@link CsMetricsError} `invalid-option` for a value that is not a finite number.
 * @example
 * ```ts
 * import { rateValue } from '@org/cs-metrics';
 * // B2B meetings per working day, good from 1, excellent from 2:
 * rateValue(1.6, { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 }); // { rating: 'good', score: 72 }
 * ```
 */
export function rateValue(
  value: number,
  band: Band,
): { rating: Exclude<Rating, 'insufficient-data'>; score: number } {
  if (!isNumber(value)) return fail(ErrorCodes.InvalidOption, 'value', 'a finite number to rate', value);
  let score: number;
  if (band.direction === 'target-range') {
    const ranges = [band.worst, band.fair, band.good, band.excellent] as const;
    const below = value <= band.best;
    const points = ranges.map((r) => (below ? r[0] : r[1]));
    points.push(band.best);
    score = interpolate(value, points, !below);
    // Inside a range counts as that range even where nested ranges share an edge.
  } else {
    const points = [band.worst, band.fair, band.good, band.excellent, band.best];
    score = interpolate(value, points, band.direction === 'lower-is-better');
  }
  const rounded = roundScore(score);
  return { rating: ratingOf(rounded), score: rounded };
}
