import { ErrorCodes, fail } from '../domain/errors.js';
import { type Aggregator, accumulate } from './aggregator.js';

/**
 * How {@link checkAggregatorLaws} compares and serialises.
 *
 * @example
 * ```ts
 * import type { LawCheckOptions } from '@org/cs-metrics';
 * const options: LawCheckOptions<number, number> = { splitPoints: 20, orderIndependent: true };
 * ```
 */
export interface LawCheckOptions<S, T> {
  /** Whether two results are the same; default: equal canonical JSON (keys sorted, Decimals as strings). */
  readonly equals?: (a: T, b: T) => boolean;
  /** How a state crosses a process boundary; default JSON. */
  readonly codec?: {
    /** A state to text. */
    readonly encode: (state: S) => string;
    /** Text back to a state. */
    readonly decode: (text: string) => S;
  };
  /** How many split points to try, spread evenly (default 24; every point for short inputs). */
  readonly splitPoints?: number;
  /** Also check that reversing the records gives the same result (default true). */
  readonly orderIndependent?: boolean;
}

/**
 * Canonical JSON of a value: object keys sorted, so that equal data compares equal.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

function findNonFinite(value: unknown, path: string, seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findNonFinite(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, seen);
    if (found !== null) return found;
  }
  return null;
}

function pickSplits(n: number, wanted: number): number[] {
  if (n + 1 <= wanted) return Array.from({ length: n + 1 }, (_, i) => i);
  const points = new Set<number>([0, n]);
  for (let k = 1; k < wanted - 1; k++) points.add(Math.round((k * n) / (wanted - 1)));
  return [...points].sort((a, b) => a - b);
}

/**
 * Checks an aggregator's laws on a sample of records, and throws at the first one broken:
 *
 * 1. `init()` is the identity of `merge`, on both sides;
 * 2. splitting the records at any point and merging the two states gives the one-pass result;
 * 3. `merge` is associative;
 * 4. a state survives the codec (JSON by default), alone and in a merge;
 * 5. `merge` and `finish` leave their inputs unchanged;
 * 6. the result holds no `NaN` or `Infinity`;
 * 7. (unless turned off) the order of the records does not matter.
 *
 * Use it in your tests for every aggregator you write; the library's own tests use it for each metric.
 *
 * @throws {@link CsMetricsError} `law-violation`, its path naming the law and the split that broke it.
 * @example
 * ```ts
 * import { checkAggregatorLaws, type Aggregator } from '@org/cs-metrics';
 * const sum: Aggregator<number, number, number> = { init: () => 0, add: (s, x) => s + x, merge: (a, b) => a + b, finish: (s) => s };
 * checkAggregatorLaws(sum, [3, 1, 4, 1, 5]); // passes
 * const broken: Aggregator<number, number, number> = { ...sum, merge: (a, b) => a + b + 1 };
 * // checkAggregatorLaws(broken, [3, 1, 4]) throws: identity: merge(init(), state) …
 * ```
 */
export function checkAggregatorLaws<R, S, T>(
  aggregator: Aggregator<R, S, T>,
  records: readonly R[],
  options: LawCheckOptions<S, T> = {},
): void {
  const equals = options.equals ?? ((a: T, b: T) => canonicalJson(a) === canonicalJson(b));
  const codec = options.codec ?? {
    encode: (s: S) => JSON.stringify(s),
    decode: (t: string) => JSON.parse(t) as S,
  };
  const state = (from: number, to: number): S => accumulate(aggregator, records.slice(from, to));
  const n = records.length;
  const expected = aggregator.finish(state(0, n));
  const same = (law: string, compute: () => T): undefined => {
    let actual: T;
    try {
      actual = compute();
    } catch (error) {
      // An aggregator that throws under a law (a Map state after JSON, say) breaks that law.
      return fail(
        ErrorCodes.LawViolation,
        law,
        `the one-pass result ${canonicalJson(expected)}`,
        `an error: ${String(error)}`,
      );
    }
    if (!equals(actual, expected)) {
      fail(
        ErrorCodes.LawViolation,
        law,
        `the one-pass result ${canonicalJson(expected)}`,
        canonicalJson(actual),
      );
    }
  };

  const bad = findNonFinite(expected, 'result');
  if (bad !== null)
    fail(
      ErrorCodes.LawViolation,
      `finite: ${bad}`,
      'finite numbers or null in the result',
      'NaN or Infinity',
    );

  same('identity: merge(init(), state)', () =>
    aggregator.finish(aggregator.merge(aggregator.init(), state(0, n))),
  );
  same('identity: merge(state, init())', () =>
    aggregator.finish(aggregator.merge(state(0, n), aggregator.init())),
  );

  const full = state(0, n);
  const before = codec.encode(full);
  aggregator.finish(full);
  if (codec.encode(full) !== before) {
    fail(ErrorCodes.LawViolation, 'finish: leaves the state unchanged', before, codec.encode(full));
  }
  same('finish: same result twice', () => aggregator.finish(full));
  same('round trip: finish(decode(encode(state)))', () => aggregator.finish(codec.decode(before)));

  const splits = pickSplits(n, options.splitPoints ?? 24);
  for (const i of splits) {
    const left = state(0, i);
    const right = state(i, n);
    const leftBefore = codec.encode(left);
    const rightBefore = codec.encode(right);
    same(`split at ${i}: merge(records[0..${i}), records[${i}..${n}))`, () =>
      aggregator.finish(aggregator.merge(left, right)),
    );
    if (codec.encode(left) !== leftBefore || codec.encode(right) !== rightBefore) {
      fail(
        ErrorCodes.LawViolation,
        `merge: leaves its inputs unchanged (split at ${i})`,
        leftBefore,
        codec.encode(left),
      );
    }
    same(`round trip: merge(decode(encode(left)), decode(encode(right))) at ${i}`, () =>
      aggregator.finish(aggregator.merge(codec.decode(leftBefore), codec.decode(rightBefore))),
    );
  }

  for (let a = 0; a < splits.length; a++) {
    for (let b = a; b < splits.length; b += Math.max(1, Math.floor(splits.length / 6))) {
      const i = splits[a]!;
      const j = splits[b]!;
      const leftFirst = aggregator.merge(aggregator.merge(state(0, i), state(i, j)), state(j, n));
      const rightFirst = aggregator.merge(state(0, i), aggregator.merge(state(i, j), state(j, n)));
      same(`associativity: (A·B)·C at ${i},${j}`, () => aggregator.finish(leftFirst));
      same(`associativity: A·(B·C) at ${i},${j}`, () => aggregator.finish(rightFirst));
    }
  }

  if (options.orderIndependent ?? true) {
    same('order: the records reversed', () =>
      aggregator.finish(accumulate(aggregator, [...records].reverse())),
    );
  }
}
