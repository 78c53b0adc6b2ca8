// The laws every aggregator obeys, as fast-check properties. A criterion joins the suite with one
// `LawEntry` in entries.ts: an arbitrary for its records, its aggregator, its ratios, and the
// monotonic properties true of its own metric.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/laws.js';
import { type Aggregator, accumulate } from '../../src/index.js';
import { NUM_RUNS } from './arbitraries.js';

/** "Adding `extra` to any records moves the result only this way." */
export interface Monotone<R, T> {
  /** The law in words, e.g. "adding a call answered late never raises the service level". */
  readonly name: string;
  /** The record added. */
  readonly extra: fc.Arbitrary<R>;
  /** Whether the law holds from the result without `extra` to the result with it. */
  readonly holds: (before: T, after: T) => boolean;
}

/** What per-manager (per-agent, per-group) results must add up to in the team result. */
export interface Conservation<R, T> {
  /** The group a record belongs to (a manager, an agent). */
  readonly groupOf: (record: R) => string;
  /** The aggregator for one group (default: the entry's own, fed only that group's records). */
  readonly forGroup?: (group: string) => Aggregator<R, unknown, T>;
  /** Quantities that add up: numbers exactly, decimal strings exactly (money). */
  readonly conserved: (result: T) => Readonly<Record<string, number | string>>;
}

export interface LawEntry<R, S, T> {
  readonly name: string;
  readonly aggregator: Aggregator<R, S, T>;
  readonly records: fc.Arbitrary<R>;
  /** Longest record list (default 40); the quantile sketch needs more to leave its exact mode. */
  readonly maxLength?: number;
  /**
   * The record lists, where records constrain each other (at most one plan per manager and
   * period); by default any list of `records`.
   */
  readonly list?: fc.Arbitrary<R[]>;
  /** The ratios in the result, each within [0, 1] or null. */
  readonly ratios?: (result: T) => Readonly<Record<string, number | null>>;
  /** Other checks against a plain recomputation from the records (an oracle). */
  readonly oracle?: (records: readonly R[], result: T) => void;
  readonly monotone?: readonly Monotone<R, T>[];
  readonly team?: Conservation<R, T>;
}

/** Any entry, whatever its record, state and result types. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of heterogeneous entries
export type AnyLawEntry = LawEntry<any, any, any>;

const same = (a: unknown, b: unknown): void => expect(canonicalJson(a)).toBe(canonicalJson(b));

/** Throws at the first NaN or ±Infinity anywhere in a result (JSON would silently turn it into null). */
export function expectFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (typeof (value as { isFinite?: unknown }).isFinite === 'function') {
    if (!(value as { isFinite: () => boolean }).isFinite()) throw new Error(`${path} is not finite`);
    return;
  }
  for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
}

const params = { numRuns: NUM_RUNS };

/** Registers the law properties of one entry as a `describe` block. */
export function describeLaws<R, S, T>(entry: LawEntry<R, S, T>): void {
  const agg = entry.aggregator;
  const list = entry.list ?? fc.array(entry.records, { maxLength: entry.maxLength ?? 40 });
  const state = (rs: readonly R[]) => accumulate(agg, rs);
  const result = (rs: readonly R[]) => agg.finish(state(rs));
  const json = (s: S): S => JSON.parse(JSON.stringify(s)) as S;

  // 1,000 runs of a property take seconds on a busy CI machine: far past Vitest's 5 s default.
  describe(entry.name, { timeout: 120_000 }, () => {
    it('init() is the identity of merge, on both sides, and a state survives a JSON round trip', () => {
      fc.assert(
        fc.property(list, (rs) => {
          const s = state(rs);
          const expected = agg.finish(s);
          same(agg.finish(agg.merge(agg.init(), s)), expected);
          same(agg.finish(agg.merge(s, agg.init())), expected);
          // The state itself, not only the result: an empty side adds nothing to it.
          expect(agg.merge(agg.init(), s)).toEqual(s);
          expect(agg.merge(s, agg.init())).toEqual(s);
          same(agg.finish(json(s)), expected);
          same(agg.finish(agg.merge(json(agg.init()), json(s))), expected);
          same(agg.finish(s), expected); // finish leaves the state as it was
        }),
        params,
      );
    });

    it('splitting the records at any point and merging equals one pass; merge copies its inputs', () => {
      fc.assert(
        fc.property(list, fc.nat(), list, (rs, cut, later) => {
          const i = cut % (rs.length + 1);
          const left = state(rs.slice(0, i));
          const right = state(rs.slice(i));
          const leftBefore = canonicalJson(left);
          const rightBefore = canonicalJson(right);
          const merged = agg.merge(left, right);
          same(agg.finish(merged), result(rs));
          // Records added to the merged state later must not reach back into either input.
          accumulate(agg, later, merged);
          expect(canonicalJson(left)).toBe(leftBefore);
          expect(canonicalJson(right)).toBe(rightBefore);
        }),
        params,
      );
    });

    it('merge is associative', () => {
      fc.assert(
        fc.property(list, fc.nat(), fc.nat(), (rs, x, y) => {
          const [i, j] = [x % (rs.length + 1), y % (rs.length + 1)].sort((a, b) => a - b) as [number, number];
          const a = state(rs.slice(0, i));
          const b = state(rs.slice(i, j));
          const c = state(rs.slice(j));
          same(agg.finish(agg.merge(agg.merge(a, b), c)), agg.finish(agg.merge(a, agg.merge(b, c))));
        }),
        params,
      );
    });

    it('the result does not depend on the order of the records', () => {
      const shuffled = list.chain((rs) =>
        fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
      );
      fc.assert(
        fc.property(shuffled, ([rs, other]) => {
          same(result(other), result(rs));
        }),
        params,
      );
    });

    it('the result holds no NaN or Infinity, its ratios lie within [0, 1], and it agrees with a recount', () => {
      fc.assert(
        fc.property(list, (rs) => {
          const r = result(rs);
          expectFinite(r);
          for (const [name, ratio] of Object.entries(entry.ratios?.(r) ?? {})) {
            if (ratio !== null && !(ratio >= 0 && ratio <= 1)) throw new Error(`${name} = ${ratio}`);
          }
          entry.oracle?.(rs, r);
        }),
        params,
      );
    });

    for (const law of entry.monotone ?? []) {
      it(law.name, () => {
        fc.assert(
          fc.property(list, law.extra, (rs, extra) => {
            const before = result(rs);
            const after = result([...rs, extra]);
            if (!law.holds(before, after)) {
              throw new Error(`before ${canonicalJson(before)}\nafter ${canonicalJson(after)}`);
            }
          }),
          params,
        );
      });
    }

    const team = entry.team;
    if (team !== undefined) {
      it('per-manager results add up to the team result (counts and money conserve exactly)', () => {
        fc.assert(
          fc.property(list, (rs) => {
            const groups = new Map<string, R[]>();
            for (const r of rs) {
              const key = team.groupOf(r);
              groups.set(key, [...(groups.get(key) ?? []), r]);
            }
            const totals = new Map<string, bigint | number>();
            for (const [key, members] of groups) {
              const groupAgg = team.forGroup?.(key) ?? (agg as Aggregator<R, unknown, T>);
              // A per-group aggregator sees every record, as a team stream would feed it.
              const fed = team.forGroup === undefined ? members : rs;
              const conserved = team.conserved(groupAgg.finish(accumulate(groupAgg, fed)));
              for (const [name, v] of Object.entries(conserved)) totals.set(name, add(totals.get(name), v));
            }
            const whole = team.conserved(result(rs));
            for (const [name, v] of Object.entries(whole)) {
              const sum = totals.get(name) ?? (typeof v === 'number' ? 0 : 0n);
              expect(`${name}=${typeof v === 'number' ? v : scaled(v)}`).toBe(`${name}=${sum}`);
            }
          }),
          params,
        );
      });
    }
  });
}

/** Decimal strings are added as integers of 10^-12, so the money sum is exact. */
function scaled(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const value = BigInt(whole) * 10n ** 12n + BigInt(fraction.padEnd(12, '0').slice(0, 12));
  if (fraction.length > 12) throw new Error(`more than 12 decimals: ${text}`);
  return negative ? -value : value;
}

function add(total: bigint | number | undefined, v: number | string): bigint | number {
  if (typeof v === 'number') return ((total as number | undefined) ?? 0) + v;
  return ((total as bigint | undefined) ?? 0n) + scaled(v);
}
