// Exact ceilings for staffing: a count of people is a whole number, and floating point must not
// decide it. 35.7 Erlangs at an 85 % occupancy cap is exactly 42 agents, but 35.7 / 0.85 is
// 42.00000000000001 in binary floating point, and Math.ceil would staff a 43rd person. Each input is
// read as the decimal it prints as (JavaScript's shortest round-trip form: 35.7 is 357/10), the
// quotient is formed in BigInt integers, and its ceiling is exact.

/** A non-negative rational number `numerator / denominator` with BigInt parts (denominator > 0). */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * The exact decimal a finite, non-negative number prints as: `35.7` → 357/10, `1e-7` → 1/10⁷.
 *
 * @internal
 */
export function decimalRatio(value: number): Ratio {
  const text = String(value);
  const [mantissa = '0', exponentText] = text.split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction);
  const scale = fraction.length - exponent;
  return scale >= 0
    ? { numerator: digits, denominator: 10n ** BigInt(scale) }
    : { numerator: digits * 10n ** BigInt(-scale), denominator: 1n };
}

/** `a × b`, exactly. @internal */
export function multiplyRatios(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** `a / b`, exactly (`b` must not be 0). @internal */
export function divideRatios(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator };
}

/** `1 − r`, exactly, for `r ≤ 1`. @internal */
export function oneMinus(r: Ratio): Ratio {
  return { numerator: r.denominator - r.numerator, denominator: r.denominator };
}

/** The smallest integer ≥ `r`, exactly. @internal */
export function ceilRatio(r: Ratio): number {
  const quotient = r.numerator / r.denominator;
  return Number(r.numerator % r.denominator === 0n ? quotient : quotient + 1n);
}

/**
 * The double nearest `r` when both parts are below 2⁵³ (IEEE division of two exact integers rounds
 * correctly, so 357/420 gives the double `0.85`); otherwise a close double, or a non-finite value
 * the caller must replace. @internal
 */
export function ratioToNumber(r: Ratio): number {
  return Number(r.numerator) / Number(r.denominator);
}

/** The largest integer ≤ `r`, exactly. @internal */
export function floorRatio(r: Ratio): number {
  return Number(r.numerator / r.denominator);
}

/** The smallest integer strictly greater than `r`, exactly (the fewest agents that keep a queue stable). @internal */
export function nextIntegerAbove(r: Ratio): number {
  return Number(r.numerator / r.denominator + 1n);
}
