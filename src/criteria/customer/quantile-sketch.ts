// A mergeable percentile sketch: exact while small, then DDSketch-style log buckets.
import { ErrorCodes, fail } from '../../domain/errors.js';

/**
 * The relative error of a percentile once a sketch has switched to buckets: 1 %. A reported
 * percentile `y` of a true value `x > 0` satisfies `|y − x| ≤ 0.01·x`.
 *
 * @example
 * ```ts
 * import { QUANTILE_RELATIVE_ERROR } from '@org/cs-metrics';
 * QUANTILE_RELATIVE_ERROR; // 0.01
 * ```
 */
export const QUANTILE_RELATIVE_ERROR = 0.01;

/**
 * Up to this many values a sketch keeps them all and its percentiles are exact; beyond, it keeps
 * bucket counts only.
 *
 * @example
 * ```ts
 * import { QUANTILE_EXACT_CAP } from '@org/cs-metrics';
 * QUANTILE_EXACT_CAP; // 256
 * ```
 */
export const QUANTILE_EXACT_CAP = 256;

/**
 * A percentile sketch as plain JSON data: `values` (exact, unsorted) while `n ≤ QUANTILE_EXACT_CAP`,
 * else `buckets`, a count per logarithmic bucket index (`γ = (1 + α)/(1 − α)`, bucket `i` holds
 * `(γ^(i−1), γ^i]`), with `zeros` counting values of 0. The form depends only on `n`, so any order
 * of adds and merges gives the same percentiles: merging is associative and commutative.
 *
 * @example
 * ```ts
 * import type { QuantileSketch } from '@org/cs-metrics';
 * const sketch: QuantileSketch = { n: 3, values: [60, 30, 90], buckets: {}, zeros: 0 };
 * ```
 */
export interface QuantileSketch {
  /** How many values were added. */
  n: number;
  /** Every value while `n ≤ QUANTILE_EXACT_CAP`; empty afterwards. */
  values: number[];
  /** Bucket index → count, once `n > QUANTILE_EXACT_CAP`; empty before. */
  buckets: Record<string, number>;
  /** How many zeros, once bucketed. */
  zeros: number;
}

const GAMMA = (1 + QUANTILE_RELATIVE_ERROR) / (1 - QUANTILE_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** @internal */
export function emptySketch(): QuantileSketch {
  return { n: 0, values: [], buckets: {}, zeros: 0 };
}

function bucketValue(sketch: QuantileSketch, x: number, count: number): void {
  if (x <= 0) {
    sketch.zeros += count;
    return;
  }
  const key = String(Math.ceil(Math.log(x) / LOG_GAMMA));
  sketch.buckets[key] = (Object.hasOwn(sketch.buckets, key) ? sketch.buckets[key]! : 0) + count;
}

function toBuckets(sketch: QuantileSketch): void {
  for (const x of sketch.values) bucketValue(sketch, x, 1);
  sketch.values = [];
}

/** Adds one value (≥ 0) in place. @internal */
export function addToSketch(sketch: QuantileSketch, x: number): QuantileSketch {
  sketch.n++;
  if (sketch.n <= QUANTILE_EXACT_CAP) {
    sketch.values.push(x);
    return sketch;
  }
  if (sketch.values.length > 0) toBuckets(sketch);
  bucketValue(sketch, x, 1);
  return sketch;
}

/** A new sketch holding both; neither input changes. @internal */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  const out: QuantileSketch = { n: a.n + b.n, values: [], buckets: {}, zeros: a.zeros + b.zeros };
  if (out.n <= QUANTILE_EXACT_CAP) {
    out.values = a.values.concat(b.values);
    return out;
  }
  for (const s of [a, b]) {
    for (const key of Object.keys(s.buckets)) {
      out.buckets[key] = (Object.hasOwn(out.buckets, key) ? out.buckets[key]! : 0) + s.buckets[key]!;
    }
    for (const x of s.values) bucketValue(out, x, 1);
  }
  return out;
}

/**
 * The `q`-quantile of a sketch (`0 ≤ q ≤ 1`), or `null` when it is empty. Rank rule: the value at
 * 0-based rank `⌊q·(n − 1)⌋` of the sorted values (so the median of an even count is the lower of
 * the two middle values, a duration that really occurred). Exact while `n ≤ QUANTILE_EXACT_CAP`;
 * afterwards within {@link QUANTILE_RELATIVE_ERROR} of that value.
 *
 * @throws {@link CsMetricsError} `invalid-option` at `q` for a quantile outside 0–1.
 * @example
 * ```ts
 * import { sketchQuantile } from '@org/cs-metrics';
 * sketchQuantile({ n: 4, values: [40, 10, 30, 20], buckets: {}, zeros: 0 }, 0.5); // 20
 * sketchQuantile({ n: 4, values: [40, 10, 30, 20], buckets: {}, zeros: 0 }, 0.9); // 30
 * ```
 */
export function sketchQuantile(sketch: QuantileSketch, q: number): number | null {
  if (typeof q !== 'number' || !(q >= 0 && q <= 1))
    fail(ErrorCodes.InvalidOption, 'q', 'a quantile from 0 to 1', q);
  if (sketch.n === 0) return null;
  const rank = Math.floor(q * (sketch.n - 1));
  if (sketch.values.length > 0 || sketch.n <= QUANTILE_EXACT_CAP) {
    const sorted = sketch.values.slice().sort((x, y) => x - y);
    return sorted[rank]!;
  }
  if (rank < sketch.zeros) return 0;
  const keys = Object.keys(sketch.buckets)
    .map(Number)
    .sort((x, y) => x - y);
  let seen = sketch.zeros;
  for (const key of keys) {
    seen += sketch.buckets[String(key)]!;
    // The bucket's midpoint in relative terms: 2γ^i/(γ + 1) is within α of anything in (γ^(i−1), γ^i].
    if (seen > rank) return (2 * GAMMA ** key) / (GAMMA + 1);
  }
  return null; // only a sketch whose buckets hold fewer values than n (a damaged stored state)
}
