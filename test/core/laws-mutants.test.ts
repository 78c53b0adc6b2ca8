// Cases that pin down checkAggregatorLaws' own machinery (which split points it tries, what it
// reports), written to kill the mutants Stryker found alive in src/core/laws.ts.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/laws.js';
import { type Aggregator, areaOf, CsMetricsError, checkAggregatorLaws } from '../../src/index.js';

interface Count {
  n: number;
}
/** A counter that notes the size of every left-hand state merge sees. */
function spy(): { agg: Aggregator<number, Count, number>; lefts: Set<number> } {
  const lefts = new Set<number>();
  const agg: Aggregator<number, Count, number> = {
    init: () => ({ n: 0 }),
    add: (s) => {
      s.n++;
      return s;
    },
    merge: (a, b) => {
      lefts.add(a.n);
      return { n: a.n + b.n };
    },
    finish: (s) => s.n,
  };
  return { agg, lefts };
}
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The counting aggregator, but its merge counts one too many when it merges `left` records with `right`. */
const miscountsMergeOf = (left: number, right: number): Aggregator<number, Count, number> => ({
  ...spy().agg,
  merge: (a, b) => ({ n: a.n + b.n + (a.n === left && b.n === right ? 1 : 0) }),
});
/** The CsMetricsError `run` throws, or null. */
const caught = (run: () => void): CsMetricsError | null => {
  try {
    run();
  } catch (error) {
    if (error instanceof CsMetricsError) return error;
    throw error;
  }
  return null;
};
/** The path of the law `run` finds broken (`'none'` when it passes). */
const lawBroken = (run: () => void): string => caught(run)?.path ?? 'none';

describe('checkAggregatorLaws: where it splits', () => {
  it('tries every split point of a short input (n + 1 ≤ splitPoints)', () => {
    const { agg, lefts } = spy();
    checkAggregatorLaws(agg, range(5), { splitPoints: 6 });
    // Splits 0..5 and the associativity triples all start from a left part of 0..5 records.
    expect([...lefts].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('spreads the split points evenly over a long input: 100 records, 5 points → 0, 25, 50, 75, 100', () => {
    const { agg, lefts } = spy();
    checkAggregatorLaws(agg, range(100), { splitPoints: 5 });
    // k · 100 / 4 for k = 1, 2, 3, plus both ends. Associativity merges (A·B) with C, so the left
    // sizes are the split points themselves: every one is used, and none other.
    expect([...lefts].sort((a, b) => a - b)).toEqual([0, 25, 50, 75, 100]);
  });

  it('catches a merge that breaks only at one split point of a long input', () => {
    expect(
      lawBroken(() => checkAggregatorLaws(miscountsMergeOf(50, 50), range(100), { splitPoints: 5 })),
    ).toBe('split at 50: merge(records[0..50), records[50..100))');
  });

  it('catches a merge that empties its right input while returning the right sum', () => {
    const stealing: Aggregator<number, Count, number> = {
      ...spy().agg,
      merge: (a, b) => {
        const out = { n: a.n + b.n };
        b.n = 0;
        return out;
      },
    };
    expect(lawBroken(() => checkAggregatorLaws(stealing, range(4)))).toBe(
      'merge: leaves its inputs unchanged (split at 0)',
    );
  });

  it('reports an aggregator that throws under a law as breaking it, with the error', () => {
    let calls = 0;
    const flaky: Aggregator<number, Count, number> = {
      ...spy().agg,
      finish: (s) => {
        calls++;
        if (calls === 2) throw new Error('boom');
        return s.n;
      },
    };
    expect(caught(() => checkAggregatorLaws(flaky, range(3)))?.message).toBe(
      'identity: merge(init(), state): expected the one-pass result 3, got "an error: Error: boom"',
    );
  });
});

describe('checkAggregatorLaws: associativity on its own', () => {
  it('catches a merge that is wrong only for two partial states (every split merge sums to all 10)', () => {
    // Identity and every split pass: the extra 1 appears only when A·B covers part of the records,
    // which only the associativity triples (A·B)·C and A·(B·C) build.
    const partial: Aggregator<number, Count, number> = {
      ...spy().agg,
      merge: (a, b) => ({ n: a.n + b.n + (a.n > 0 && b.n > 0 && a.n + b.n < 10 ? 1 : 0) }),
    };
    expect(lawBroken(() => checkAggregatorLaws(partial, range(10)))).toMatch(/^associativity: /);
  });
});

describe('checkAggregatorLaws: finite results', () => {
  const returning = (result: unknown): Aggregator<number, Count, unknown> => ({
    ...(spy().agg as Aggregator<number, Count, unknown>),
    finish: () => result,
  });
  it('names the path of a NaN deep inside the result', () => {
    expect(lawBroken(() => checkAggregatorLaws(returning({ a: { b: [1, Number.NaN] } }), [1]))).toBe(
      'finite: result.a.b[1]',
    );
    expect(lawBroken(() => checkAggregatorLaws(returning([{ x: 1 }, { y: -Infinity }]), [1]))).toBe(
      'finite: result[1].y',
    );
    expect(lawBroken(() => checkAggregatorLaws(returning(Number.POSITIVE_INFINITY), [1]))).toBe(
      'finite: result',
    );
  });
  it('accepts null and strings, and does not look inside a value that serialises itself (a Decimal)', () => {
    const selfSerialising = { toJSON: () => 'x', inner: Number.NaN };
    const agg = returning({ selfSerialising, text: 'NaN', none: null, n: 1 });
    expect(lawBroken(() => checkAggregatorLaws(agg, [1]))).toBe('none');
  });
  it('walks a result that refers to itself once, instead of overflowing the stack', () => {
    const cyclic: { n: number; self?: unknown; list: unknown[] } = { n: 1, list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic, 2);
    const agg = returning(cyclic);
    expect(lawBroken(() => checkAggregatorLaws(agg, [1, 2], { equals: (a, b) => a === b }))).toBe('none');
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, 1, { z: 0, y: 0 }] } })).toBe(
      '{"a":{"c":[3,1,{"y":0,"z":0}],"d":2},"b":1}',
    );
  });
});

describe('areaOf', () => {
  it('is the part of a criterion id before the dot', () => {
    expect(areaOf('sales.meetingRate')).toBe('sales');
    expect(areaOf('contactCentre.serviceLevel')).toBe('contactCentre');
  });
});

describe('checkAggregatorLaws: what a broken law reports', () => {
  const messageOf = (run: () => void): string => caught(run)?.message ?? 'none';

  it('names the law, the one-pass result and what the law gave instead', () => {
    const forgetsRight: Aggregator<number, Count, number> = { ...spy().agg, merge: (a) => ({ n: a.n }) };
    expect(messageOf(() => checkAggregatorLaws(forgetsRight, range(3)))).toBe(
      'identity: merge(init(), state): expected the one-pass result 3, got "0"',
    );
    const returnsNaN: Aggregator<number, Count, number> = { ...spy().agg, finish: () => Number.NaN };
    expect(messageOf(() => checkAggregatorLaws(returnsNaN, range(3)))).toBe(
      'finite: result: expected finite numbers or null in the result, got "NaN or Infinity"',
    );
  });

  it('checks the right identity on its own', () => {
    // Wrong only when the right-hand state is empty and the left one is not.
    const rightIdentity: Aggregator<number, Count, number> = {
      ...spy().agg,
      merge: (a, b) => ({ n: a.n + b.n + (b.n === 0 && a.n > 0 ? 1 : 0) }),
    };
    expect(lawBroken(() => checkAggregatorLaws(rightIdentity, range(3)))).toBe(
      'identity: merge(state, init())',
    );
  });

  it('finishes the same state twice and compares', () => {
    const seen = new WeakSet<Count>();
    const secondTimeDiffers: Aggregator<number, Count, number> = {
      ...spy().agg,
      finish: (s) => {
        const again = seen.has(s);
        seen.add(s);
        return again ? s.n + 1 : s.n;
      },
    };
    expect(lawBroken(() => checkAggregatorLaws(secondTimeDiffers, range(3)))).toBe(
      'finish: same result twice',
    );
  });

  it('merges states read back from JSON, at each split', () => {
    // JSON drops a property that holds undefined; only merge looks for it.
    type Tagged = { n: number; tag?: undefined };
    const tagged: Aggregator<number, Tagged, number> = {
      init: () => ({ n: 0, tag: undefined }),
      add: (s) => {
        s.n++;
        return s;
      },
      merge: (a, b) => ({ n: a.n + b.n + ('tag' in a ? 0 : 1), tag: undefined }),
      finish: (s) => s.n,
    };
    expect(lawBroken(() => checkAggregatorLaws(tagged, range(3)))).toBe(
      'round trip: merge(decode(encode(left)), decode(encode(right))) at 0',
    );
  });

  it('merges the triples both ways, and names the one that broke', () => {
    // Wrong only when the right-hand side is itself a merge of two non-empty parts: A·(B·C).
    type Merged = { n: number; merges: number };
    const rightNested: Aggregator<number, Merged, number> = {
      init: () => ({ n: 0, merges: 0 }),
      add: (s) => {
        s.n++;
        return s;
      },
      merge: (a, b) => ({
        n: a.n + b.n + (b.merges > 0 && a.n > 0 && b.n > 0 ? 1 : 0),
        merges: a.merges + b.merges + 1,
      }),
      finish: (s) => s.n,
    };
    expect(lawBroken(() => checkAggregatorLaws(rightNested, range(6)))).toMatch(
      /^associativity: A·\(B·C\) at \d+,\d+$/,
    );
  });
});

describe('checkAggregatorLaws: which split points, at the edges of the spread', () => {
  /** A counter that notes the left size of every merge that covers all `n` records. */
  function wholeMerges(n: number): { agg: Aggregator<number, Count, number>; lefts: () => number[] } {
    const seen = new Set<number>();
    const agg: Aggregator<number, Count, number> = {
      ...spy().agg,
      merge: (a, b) => {
        if (a.n + b.n === n) seen.add(a.n);
        return { n: a.n + b.n };
      },
    };
    return { agg, lefts: () => [...seen].sort((a, b) => a - b) };
  }

  it('spreads 5 points over 6 records as 0, 2, 3, 5, 6 (one split fewer than the records, not all of them)', () => {
    // n + 1 = 7 > 5: both ends and round(k · 6 / 4) for k = 1, 2, 3 (1.5 → 2, 3, 4.5 → 5). A merge of all
    // six records is a split's (i, 6 − i), an identity's or an associativity triple's outer one.
    const { agg, lefts } = wholeMerges(6);
    checkAggregatorLaws(agg, range(6), { splitPoints: 5 });
    expect(lefts()).toEqual([0, 2, 3, 5, 6]);
  });

  it('takes splitPoints: Infinity as every split point', () => {
    const { agg, lefts } = wholeMerges(5);
    checkAggregatorLaws(agg, range(5), { splitPoints: Number.POSITIVE_INFINITY });
    expect(lefts()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('round-trips an empty state through JSON on a long input too (a minimum that starts at Infinity)', () => {
    // JSON writes Infinity as null, and Math.min(null, 1) is 0. Only the split at 0 (or at n) decodes an
    // empty state, so the ends must be among the 24 points spread over 30 records.
    type Min = { min: number };
    const minimum: Aggregator<number, Min, number> = {
      init: () => ({ min: Number.POSITIVE_INFINITY }),
      add: (s, x) => {
        s.min = Math.min(s.min, x);
        return s;
      },
      merge: (a, b) => ({ min: Math.min(a.min, b.min) }),
      finish: (s) => s.min,
    };
    const records = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(lawBroken(() => checkAggregatorLaws(minimum, records))).toBe(
      'round trip: merge(decode(encode(left)), decode(encode(right))) at 0',
    );
  });

  it('tries every pair of split points for associativity when there are 11 of them', () => {
    // 100 records, 11 points: 0, 10, …, 100. The step between pairs is ⌊11 / 6⌋ = 1, so (10, 20) is tried:
    // A·B = (10 records)·(10 records), the only merge of two states of 10 that the laws build.
    expect(
      lawBroken(() => checkAggregatorLaws(miscountsMergeOf(10, 10), range(100), { splitPoints: 11 })),
    ).toBe('associativity: (A·B)·C at 10,20');
  });
});

describe('checkAggregatorLaws: a result with undefined in it', () => {
  it('passes a result that holds undefined (JSON leaves it out), at the top or in a field', () => {
    const returning = (result: unknown): Aggregator<number, Count, unknown> => ({
      ...(spy().agg as Aggregator<number, Count, unknown>),
      finish: () => result,
    });
    expect(lawBroken(() => checkAggregatorLaws(returning({ n: 1, note: undefined }), [1]))).toBe('none');
    expect(lawBroken(() => checkAggregatorLaws(returning([1, undefined]), [1]))).toBe('none');
    expect(lawBroken(() => checkAggregatorLaws(returning(undefined), [1]))).toBe('none');
  });
});
