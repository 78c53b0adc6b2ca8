import { describe, expect, it } from 'vitest';
import { type Aggregator, CsMetricsError, checkAggregatorLaws } from '../../src/index.js';

const sum: Aggregator<number, { total: number }, number> = {
  init: () => ({ total: 0 }),
  add: (s, x) => {
    s.total += x;
    return s;
  },
  merge: (a, b) => ({ total: a.total + b.total }),
  finish: (s) => s.total,
};
const records = [3, 1, 4, 1, 5, 9, 2, 6];

function lawBroken(aggregator: Aggregator<number, unknown, unknown>, options = {}): string {
  try {
    checkAggregatorLaws(aggregator, records, options);
  } catch (error) {
    if (error instanceof CsMetricsError) {
      expect(error.code).toBe('law-violation');
      return error.path;
    }
    throw error;
  }
  return 'none';
}

describe('checkAggregatorLaws', () => {
  it('passes a lawful aggregator', () => {
    expect(lawBroken(sum as never)).toBe('none');
  });

  it('catches a merge that is off by one (identity broken)', () => {
    const broken = {
      ...sum,
      merge: (a: { total: number }, b: { total: number }) => ({ total: a.total + b.total + 1 }),
    };
    expect(lawBroken(broken as never)).toBe('identity: merge(init(), state)');
  });

  it('catches a merge that forgets the right side (split broken)', () => {
    const broken = {
      ...sum,
      merge: (a: { total: number }, b: { total: number }) => (a.total === 0 ? { ...b } : { ...a }),
    };
    expect(lawBroken(broken as never)).toMatch(/^split at \d+/);
  });

  it('catches a merge that is not associative', () => {
    // Averages of averages: fine for identity, wrong for unequal splits.
    const meanOfMeans: Aggregator<number, { n: number; mean: number }, number> = {
      init: () => ({ n: 0, mean: 0 }),
      add: (s, x) => ({ n: s.n + 1, mean: (s.mean * s.n + x) / (s.n + 1) }),
      merge: (a, b) => (a.n === 0 ? b : b.n === 0 ? a : { n: a.n + b.n, mean: (a.mean + b.mean) / 2 }),
      finish: (s) => s.mean,
    };
    expect(lawBroken(meanOfMeans as never)).toMatch(/^split at/);
  });

  it('catches a merge that mutates its inputs', () => {
    const mutating = {
      ...sum,
      merge: (a: { total: number }, b: { total: number }) => {
        a.total += b.total;
        return a;
      },
    };
    expect(lawBroken(mutating as never)).toMatch(/^merge: leaves its inputs unchanged|^identity/);
  });

  it('catches a state that does not survive JSON (a Map)', () => {
    const withMap: Aggregator<number, Map<string, number>, number> = {
      init: () => new Map(),
      add: (s, x) => s.set('t', (s.get('t') ?? 0) + x),
      merge: (a, b) => new Map([['t', (a.get('t') ?? 0) + (b.get('t') ?? 0)]]),
      finish: (s) => s.get('t') ?? 0,
    };
    expect(lawBroken(withMap as never)).toBe('round trip: finish(decode(encode(state)))');
  });

  it('catches a finish that changes the state', () => {
    const draining = {
      ...sum,
      finish: (s: { total: number }) => {
        const t = s.total;
        s.total = 0;
        return t;
      },
    };
    expect(lawBroken(draining as never)).toBe('finish: leaves the state unchanged');
  });

  it('catches NaN in a result', () => {
    const nan = { ...sum, finish: (s: { total: number }) => s.total / 0 - s.total / 0 };
    expect(lawBroken(nan as never)).toBe('finite: result');
  });

  it('catches order dependence, unless told order matters', () => {
    const last: Aggregator<number, { last: number | null }, number | null> = {
      init: () => ({ last: null }),
      add: (_s, x) => ({ last: x }),
      merge: (a, b) => (b.last === null ? { ...a } : { ...b }),
      finish: (s) => s.last,
    };
    expect(lawBroken(last as never)).toBe('order: the records reversed');
    expect(lawBroken(last as never, { orderIndependent: false })).toBe('none');
  });

  it('takes a custom equality and codec', () => {
    const approx = { equals: (a: number, b: number) => Math.abs(a - b) < 1e-9, splitPoints: 3 };
    expect(lawBroken(sum as never, approx)).toBe('none');
    const codec = {
      encode: (s: { total: number }) => String(s.total),
      decode: (t: string) => ({ total: Number(t) }),
    };
    expect(lawBroken(sum as never, { codec })).toBe('none');
  });
});
