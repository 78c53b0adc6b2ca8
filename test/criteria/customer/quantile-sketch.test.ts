// The percentile sketch's edges: the exact cap itself, zeros, durations under a second, bad q.
import { describe, expect, it } from 'vitest';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  type QuantileSketch,
} from '../../../src/criteria/customer/quantile-sketch.js';
import { QUANTILE_EXACT_CAP, sketchQuantile } from '../../../src/index.js';
import { failure } from '../../helpers.js';

const sketchOf = (values: readonly number[]): QuantileSketch =>
  values.reduce((s, x) => addToSketch(s, x), emptySketch());
/** 1, 2, …, n. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('quantile sketch', () => {
  it('is exact up to and including the cap, by adds and by a merge', () => {
    expect(QUANTILE_EXACT_CAP).toBe(256);
    // 1…256: the 0.5-quantile is rank ⌊0.5 × 255⌋ = 127, the value 128; a bucket would give ≈ 128.6.
    const added = sketchOf(upTo(256));
    expect(added.values).toHaveLength(256);
    expect(sketchQuantile(added, 0.5)).toBe(128);
    const merged = mergeSketches(sketchOf(upTo(128)), sketchOf(upTo(256).slice(128)));
    expect([merged.n, merged.values.length]).toEqual([256, 256]);
    expect(sketchQuantile(merged, 0.5)).toBe(128);
    // One more and it is buckets.
    expect(addToSketch(added, 257).values).toEqual([]);
  });

  it('counts zeros apart once bucketed', () => {
    const s = sketchOf([...new Array(100).fill(0), ...upTo(200)]);
    expect(s.zeros).toBe(100);
    expect(Object.keys(s.buckets).every((key) => Number.isInteger(Number(key)))).toBe(true);
    expect(sketchQuantile(s, 0)).toBe(0);
  });

  it('orders buckets of durations under a second (negative indexes) by value, not by insertion', () => {
    // 100 × 0.9 s, then 100 × 0.5 s, then 100 × 0.2 s: bucket indexes −5, −34, −80, inserted in that order.
    const s = sketchOf([
      ...new Array(100).fill(0.9),
      ...new Array(100).fill(0.5),
      ...new Array(100).fill(0.2),
    ]);
    expect(Object.keys(s.buckets)).toEqual(['-5', '-34', '-80']);
    // q = 0.1: rank ⌊29.9⌋ = 29, a 0.2; q = 0.335: rank ⌊100.165⌋ = 100, the first 0.5 (rank 99 is the last 0.2).
    expect(sketchQuantile(s, 0.1)).toBeCloseTo(0.2, 2);
    expect(Math.abs(sketchQuantile(s, 0.335)! - 0.5)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(sketchQuantile(s, 0.9)! - 0.9)).toBeLessThanOrEqual(0.009);
    // With 1.5 s (index 21) among them, Object.keys puts 21 first: ['21', '-5', '-80']. The median, rank
    // ⌊149.5⌋ = 149, is a 0.9 (0.2 fills ranks 0–99, 0.9 ranks 100–199).
    const mixed = sketchOf([
      ...new Array(100).fill(0.9),
      ...new Array(100).fill(1.5),
      ...new Array(100).fill(0.2),
    ]);
    expect(Object.keys(mixed.buckets)).toEqual(['21', '-5', '-80']);
    expect(Math.abs(sketchQuantile(mixed, 0.5)! - 0.9)).toBeLessThanOrEqual(0.009);
  });

  it('refuses a quantile outside 0–1 or not a number', () => {
    const s = sketchOf([1, 2, 3]);
    for (const q of [-0.1, 1.1, Number.NaN, '0.5']) {
      expect(failure(() => sketchQuantile(s, q as number))).toBe('invalid-option at q');
    }
    expect([sketchQuantile(s, 0), sketchQuantile(s, 1)]).toEqual([1, 3]);
  });
});
