// Shared by the tests: catching the library's error and reading it back.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { CsMetricsError, type DealInput, normalizeDeal } from '../src/index.js';

/**
 * A new directory `test/.tmp/<prefix>XXXXXX` for the calling test file, removed after its tests. Each
 * run gets its own: Stryker runs a test in two workers at once, and with one shared directory a worker
 * could rewrite a file while the other read or imported it, so a half-written file counted a mutant as
 * killed (a mutant of meeting-call-alternation.ts was, in the sample-CSV test). The depth is fixed, so
 * a file written there reaches the sources as `../../../src`.
 */
export function ownTmpDir(prefix: string): string {
  const parent = join(__dirname, '.tmp');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Whether the tests run under Stryker (its worker processes set `STRYKER_MUTATOR_WORKER`). A test that
 * re-imports `src/` after `vi.resetModules()` is skipped there: Stryker would record the module-level
 * code it re-runs (profiles, tables, regexes) as covered by that one test, and then test a mutant of it
 * with that test alone, instead of taking it as a static mutant (docs/testing.md, "The full run").
 */
export const UNDER_STRYKER = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/**
 * `items` as an iterable that is not an array but has a `length` and indices, as a collection class
 * may. The one-shot functions name a bad record of an array by its index and that of any other
 * iterable by its id, as a stream: these tests hold that an array-like is not taken for an array.
 */
export function arrayLike<T>(items: readonly T[]): Iterable<T> & ArrayLike<T> {
  const like: Iterable<T> & { [index: number]: T; length: number } = {
    length: items.length,
    [Symbol.iterator]: () => items[Symbol.iterator](),
  };
  items.forEach((item, i) => {
    like[i] = item;
  });
  return like;
}

/** Runs `fn` and returns the CsMetricsError it throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): CsMetricsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsMetricsError) return error;
    throw error;
  }
  throw new Error('expected a CsMetricsError, but nothing was thrown');
}

/** `"<code> at <path>"` of the error `fn` throws, or `"no error"`: one readable string to assert. */
export function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsMetricsError) return `${error.code} at ${error.path}`;
    throw error;
  }
  return 'no error';
}

/**
 * A normalised deal of manager `m1` for customer `c-<id>`: 1 000 EUR from an inbound lead, created on
 * 1 September 2026; `input` sets the rest (the plan-attainment and scorecard tests).
 */
export const deal = (input: Partial<DealInput> & { id: string; stage: DealInput['stage'] }) =>
  normalizeDeal({
    managerId: 'm1',
    customerId: `c-${input.id}`,
    source: 'inbound',
    amount: '1000',
    currency: 'EUR',
    createdAt: '2026-09-01',
    ...input,
  });
