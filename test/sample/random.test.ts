// The sample's randomness: Mulberry32 as published, the seed mixing, and the distributions' moments.
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../src/index.js';
import { draw, hashString, mulberry32, streamSeed } from '../../src/sample/random.js';

describe('mulberry32', () => {
  it('matches the published one-line form (bryc, jshash/PRNGs.md) for the first 10 000 numbers of three seeds', () => {
    const published = (a: number) => () => {
      a = (a + 1831565813) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    for (const seed of [0, 42, 0xffffffff]) {
      const ours = mulberry32(seed);
      const theirs = published(seed);
      for (let i = 0; i < 10_000; i++) expect(ours()).toBe(theirs());
    }
  });

  it('FNV-1a: the empty string hashes to the offset basis 2166136261, "a" to 0xe40c292c (the FNV test vectors)', () => {
    expect(hashString('')).toBe(2166136261);
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('neighbouring streams start apart', () => {
    const seeds = new Set<number>();
    for (let day = 0; day < 1000; day++) seeds.add(streamSeed(42, 7, day));
    expect(seeds.size).toBe(1000);
    const firsts = [0, 1, 2, 3].map((day) => mulberry32(streamSeed(42, 7, day))());
    expect(new Set(firsts).size).toBe(4);
  });
});

describe('the distributions, over 200 000 draws', () => {
  const N = 200_000;
  const d = draw(12345);
  const sample = (f: () => number) => Array.from({ length: N }, f);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: number[]) => {
    const m = mean(xs);
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
  };

  it('uniform: mean 1/2, variance 1/12, all in [0, 1)', () => {
    const xs = sample(d.next);
    // Standard error of the mean √(1/12 ÷ 200 000) ≈ 0.00065; allow 6 of them.
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(variance(xs) - 1 / 12)).toBeLessThan(0.001);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('normal: mean 0, variance 1', () => {
    const xs = sample(d.normal);
    expect(Math.abs(mean(xs))).toBeLessThan(0.015);
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(0.02);
  });

  it('log-normal: the median is the one asked, the mean median × e^(σ²/2)', () => {
    const xs = sample(() => d.logNormal(300, 0.6)).sort((a, b) => a - b);
    expect(Math.abs((xs[N / 2] as number) / 300 - 1)).toBeLessThan(0.02);
    // 300 × e^0.18 = 359.17.
    expect(Math.abs(mean(xs) / 359.17 - 1)).toBeLessThan(0.02);
  });

  it('exponential: the mean asked', () => {
    expect(Math.abs(mean(sample(() => d.exponential(90))) / 90 - 1)).toBeLessThan(0.01);
  });

  it('Poisson: mean and variance λ, by the product method below 30 and the normal above; 0 for λ ≤ 0', () => {
    for (const lambda of [0.8, 3.5, 50]) {
      const xs = sample(() => d.poisson(lambda));
      expect(Math.abs(mean(xs) / lambda - 1)).toBeLessThan(0.02);
      expect(Math.abs(variance(xs) / lambda - 1)).toBeLessThan(0.04);
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    }
    expect(d.poisson(0)).toBe(0);
    expect(d.poisson(-1)).toBe(0);
  });

  it('index, chance, between and pick stay in range', () => {
    const xs = sample(() => d.index(6));
    expect(new Set(xs)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(Math.abs(mean(sample(() => (d.chance(0.3) ? 1 : 0))) - 0.3)).toBeLessThan(0.005);
    expect(sample(() => d.between(8, 20)).every((x) => x >= 8 && x < 20)).toBe(true);
    expect(new Set(Array.from({ length: 100 }, () => d.pick(['a', 'b'])))).toEqual(new Set(['a', 'b']));
  });
});

describe('a contact centre with no calls', () => {
  it('callsPerDay 0 gives no calls, and one agent by default', () => {
    const data = sampleDataset({ seed: 1, managers: 1, days: 7, profile: 'b2b', callsPerDay: 0 });
    expect([...data.calls]).toEqual([]);
    expect(data.counts).toMatchObject({ calls: 0, agents: 1 });
  });
});
