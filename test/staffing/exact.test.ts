import { describe, expect, it } from 'vitest';
import { ceilRatio, decimalRatio, divideRatios, nextIntegerAbove } from '../../src/staffing/exact.js';

describe('exact ceilings', () => {
  it('reads numbers as the decimals they print as, exponent forms included', () => {
    expect(decimalRatio(35.7)).toEqual({ numerator: 357n, denominator: 10n });
    expect(decimalRatio(0)).toEqual({ numerator: 0n, denominator: 1n });
    expect(decimalRatio(1e-7)).toEqual({ numerator: 1n, denominator: 10_000_000n });
    expect(decimalRatio(2.5e-8)).toEqual({ numerator: 25n, denominator: 1_000_000_000n });
    expect(decimalRatio(1e21)).toEqual({ numerator: 10n ** 21n, denominator: 1n });
    expect(decimalRatio(1.5e21)).toEqual({ numerator: 15n * 10n ** 20n, denominator: 1n });
  });

  it('35.7 / 0.85 has the ceiling 42, where Math.ceil says 43', () => {
    expect(Math.ceil(35.7 / 0.85)).toBe(43);
    expect(ceilRatio(divideRatios(decimalRatio(35.7), decimalRatio(0.85)))).toBe(42);
    // 35.71 / 0.85 = 42.01… → 43.
    expect(ceilRatio(divideRatios(decimalRatio(35.71), decimalRatio(0.85)))).toBe(43);
  });

  it('the fewest agents above a load: 10 → 11, 10.5 → 11, 0 → 1', () => {
    expect(nextIntegerAbove(decimalRatio(10))).toBe(11);
    expect(nextIntegerAbove(decimalRatio(10.5))).toBe(11);
    expect(nextIntegerAbove(decimalRatio(0))).toBe(1);
  });
});
