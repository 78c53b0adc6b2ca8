import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95, zForConfidence } from '../../../src/index.js';
import { failure } from '../../helpers.js';

describe('wilsonInterval', () => {
  it('gives the textbook interval for 8 of 10 at 95 %', () => {
    // (0.8 + z²/20 ± z·√(0.016 + z²/400)) / (1 + z²/10) = (0.992073 ± 0.313616) / 1.384146.
    const i = wilsonInterval(8, 10)!;
    expect(i.low).toBeCloseTo(0.490163, 5);
    expect(i.high).toBeCloseTo(0.943317, 5);
  });

  it('stays inside 0…1 and is exact at the ends', () => {
    expect(wilsonInterval(0, 5)!.low).toBe(0);
    expect(wilsonInterval(5, 5)!.high).toBe(1);
    // Computed, 10 of 10 would be 0.9999999999999999: the ends are set, not computed.
    expect(wilsonInterval(10, 10)!.high).toBe(1);
    // 0 of 5: high = (z²/10 + z·√(z²/100)) / (1 + z²/5) = 2z²/10 / (1 + z²/5) = 0.768292 / 1.768292 = 0.434482.
    expect(wilsonInterval(0, 5)!.high).toBeCloseTo(0.434482, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('rejects impossible counts and z', () => {
    expect(failure(() => wilsonInterval(5, 3))).toBe('invalid-option at successes');
    expect(failure(() => wilsonInterval(-1, 3))).toBe('invalid-option at successes');
    expect(failure(() => wilsonInterval(1, 2.5))).toBe('invalid-option at trials');
    expect(failure(() => wilsonInterval(1, 2, 0))).toBe('invalid-option at z');
    // Negative trials are refused as trials, not as successes above them.
    expect(failure(() => wilsonInterval(0, -1))).toBe('invalid-option at trials');
    // NaN ≤ 0 is false, so only the finiteness test refuses it.
    expect(failure(() => wilsonInterval(1, 2, Number.NaN))).toBe('invalid-option at z');
    expect(failure(() => wilsonInterval(1, 2, Number.POSITIVE_INFINITY))).toBe('invalid-option at z');
  });
});

describe('zForConfidence', () => {
  it('is Φ⁻¹((1 + level) / 2) to 1e-6 (published normal table values)', () => {
    expect(zForConfidence(0.95)).toBe(Z_95);
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6);
    expect(zForConfidence(0.5)).toBeCloseTo(0.67449, 5);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 6);
    expect(zForConfidence(0.999)).toBeCloseTo(3.290527, 6);
  });

  it('rejects a level outside (0, 1)', () => {
    expect(failure(() => zForConfidence(1))).toBe('invalid-option at options.confidence');
    // 0 would be the median, z = 0: an interval of no width.
    expect(failure(() => zForConfidence(0))).toBe('invalid-option at options.confidence');
    expect(failure(() => zForConfidence(Number.NaN))).toBe('invalid-option at options.confidence');
    // '0.5' > 0 and '0.5' < 1 both hold by coercion: only the type test refuses a string.
    expect(failure(() => zForConfidence('0.5' as never))).toBe('invalid-option at options.confidence');
  });
});
