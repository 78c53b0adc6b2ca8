import { ErrorCodes, fail } from '../../domain/errors.js';

/**
 * The z value of a two-sided 95 % normal interval, `Φ⁻¹(0.975)`: the default of every interval in
 * the satisfaction indicator.
 *
 * @example
 * ```ts
 * import { Z_95 } from '@org/cs-metrics';
 * Z_95; // 1.959963984540054
 * ```
 */
export const Z_95 = 1.959963984540054;

/**
 * A confidence interval `[low, high]` around an estimate, with the z value it was built with.
 *
 * @example
 * ```ts
 * import { wilsonInterval, type ConfidenceInterval } from '@org/cs-metrics';
 * const interval: ConfidenceInterval | null = wilsonInterval(8, 10);
 * ```
 */
export interface ConfidenceInterval {
  readonly low: number;
  readonly high: number;
  /** The normal quantile used: 1.959963984540054 for 95 %. */
  readonly z: number;
}

/**
 * The Wilson score interval of a share `successes ÷ trials`:
 *
 * `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) ÷ (1 + z²/n)`
 *
 * Unlike the normal (Wald) interval it stays inside 0…1 and does not collapse to a point at 0 % or
 * 100 %, so three happy customers out of three give a wide interval (0.44–1 at 95 %), not 100 % ± 0.
 * `null` when there are no trials.
 *
 * @throws {@link CsMetricsError} `invalid-option` when the counts are not whole numbers with
 *   `0 ≤ successes ≤ trials`, or `z` is not a positive finite number.
 * @example
 * ```ts
 * import { wilsonInterval } from '@org/cs-metrics';
 * const { low, high } = wilsonInterval(3, 3)!;
 * Math.round(low * 1000) / 1000; // 0.439
 * high; // 1
 * wilsonInterval(0, 0); // null
 * ```
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95,
): ConfidenceInterval | null {
  if (!Number.isInteger(trials) || trials < 0)
    return fail(ErrorCodes.InvalidOption, 'trials', 'a whole number ≥ 0', trials);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    return fail(ErrorCodes.InvalidOption, 'successes', `a whole number from 0 to ${trials}`, successes);
  }
  if (typeof z !== 'number' || !Number.isFinite(z) || z <= 0)
    return fail(ErrorCodes.InvalidOption, 'z', 'a positive finite number', z);
  if (trials === 0) return null;
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At 0 and n the bound is exactly 0 or 1; computing it would leave a rounding crumb.
  const low = successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator);
  const high = successes === n ? 1 : Math.min(1, (centre + spread) / denominator);
  return { low, high, z };
}

/**
 * The z value of a two-sided interval at a confidence level, `Φ⁻¹((1 + level) / 2)`, by Acklam's
 * rational approximation (relative error below 1.2 × 10⁻⁹); 0.95 returns {@link Z_95} exactly.
 *
 * @throws {@link CsMetricsError} `invalid-option` at `options.confidence` for a level outside (0, 1).
 * @example
 * ```ts
 * import { zForConfidence } from '@org/cs-metrics';
 * zForConfidence(0.95); // 1.959963984540054
 * Math.round(zForConfidence(0.9) * 1e6) / 1e6; // 1.644854
 * ```
 */
export function zForConfidence(level: number): number {
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    return fail(ErrorCodes.InvalidOption, 'options.confidence', 'a confidence level between 0 and 1', level);
  }
  if (level === 0.95) return Z_95;
  return normalQuantile((1 + level) / 2);
}

// Acklam's algorithm for the inverse normal CDF on (0.5, 1).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function normalQuantile(p: number): number {
  const high = 1 - 0.02425;
  if (p <= high) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
      (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
    );
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -(
    (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
    ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
  );
}
