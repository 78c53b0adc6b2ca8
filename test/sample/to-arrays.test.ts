// toArrays()'s limit (sample-dataset.test.ts has the refusals' codes; these are their bounds): refused when it is not a whole number ≥ 0, and held to exactly (a set of N
// records fits a limit of N, not of N − 1), first against the counts known in advance, then while
// the records drawn at random are generated.
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';

const data = sampleDataset({ seed: 3, managers: 2, days: 7, profile: 'b2b', callsPerDay: 20 });
const { counts } = data;
// The kinds counted in advance (revenue and the kinds drawn at random are not).
const fixed = counts.managers + counts.customers + counts.plans + counts.calls + counts.budgetLines;
const all = Object.values(data.toArrays()).reduce((n, list) => n + list.length, 0);

/** The message of the error `fn` throws. */
const messageOf = (fn: () => unknown): string => errorOf(fn).message;

describe('toArrays({ limit })', () => {
  it('refuses a limit that is not a whole number of records ≥ 0', () => {
    for (const limit of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      expect(
        failure(() => data.toArrays({ limit: limit as number })),
        String(limit),
      ).toBe('invalid-option at options.limit');
      expect(messageOf(() => data.toArrays({ limit: limit as number }))).toMatch(
        /^options\.limit: expected a whole number of records ≥ 0, got /,
      );
    }
    expect(messageOf(() => data.toArrays({ limit: -1 }))).toBe(
      'options.limit: expected a whole number of records ≥ 0, got -1',
    );
  });

  it('takes a limit of 0 for what it is: no set with a record fits', () => {
    // Refused on the counts known in advance, before anything is generated: got is their sum.
    expect(messageOf(() => data.toArrays({ limit: 0 }))).toBe(
      `options.limit: expected a data set of at most 0 records for toArrays() (iterate the kinds one by one for larger sets, or raise the limit), got ${fixed}`,
    );
  });

  it('refuses before generating anything when the counts known in advance are over the limit, naming them', () => {
    expect(fixed).toBeGreaterThan(0);
    expect(fixed).toBeLessThan(all);
    const message = messageOf(() => data.toArrays({ limit: fixed - 1 }));
    expect(message).toBe(
      `options.limit: expected a data set of at most ${fixed - 1} records for toArrays() (iterate the kinds one by one for larger sets, or raise the limit), got ${fixed}`,
    );
  });

  it('holds exactly the whole set at a limit of its size, and refuses one record fewer while generating', () => {
    const arrays = data.toArrays({ limit: all });
    expect(Object.values(arrays).reduce((n, list) => n + list.length, 0)).toBe(all);
    // Past the counts known in advance: the refusal comes from the count while generating, at limit + 1.
    expect(messageOf(() => data.toArrays({ limit: all - 1 }))).toMatch(
      new RegExp(`at most ${all - 1} records .*, got ${all}$`),
    );
    expect(messageOf(() => data.toArrays({ limit: fixed }))).toMatch(new RegExp(`, got ${fixed + 1}$`));
  });
});
