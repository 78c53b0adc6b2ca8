// The sample data, pinned across versions. docs/sample-data.md promises that the same options always
// give the same records, and the docs, the report example and users' notebooks quote figures of
// `seed: 42`. sample-dataset.test.ts proves it within one run (two passes, two calls); this proves it
// against the records as they were when test/fixtures/sample/golden.json was written: per kind the
// count, the SHA-256 of the rows as JSON lines and the first row in full, to read in a diff.
//
// A change to a generator that moves any record fails here. If it is intended (a better model), write
// the file again, read the diff, and say in the changeset that the sample data changed:
//   UPDATE_GOLDEN=1 npx vitest run test/sample/golden.test.ts && git diff test/fixtures/sample
// The draws use Math.log, Math.exp, Math.sqrt and Math.cos, which V8 computes with its port of fdlibm,
// the same on every platform Node runs on.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_KINDS, type SampleDatasetOptions, sampleRows } from '../../src/index.js';

type SampleKind = (typeof SAMPLE_KINDS)[number];

const update = process.env.UPDATE_GOLDEN === '1' && process.env.CI === undefined;
const file = new URL('../fixtures/sample/golden.json', import.meta.url);

/** Three sets, one per profile, each crossing a month end; b2b also a DST change and long enough for trainings. */
const SETS: Record<string, SampleDatasetOptions> = {
  'b2c, UTC, 30 Oct – 6 Nov 2026': {
    seed: 7,
    managers: 3,
    days: 8,
    profile: 'b2c',
    start: '2026-10-30',
    callsPerDay: 12,
  },
  'b2b, Europe/Berlin, 16 Mar – 29 Apr 2026 (summer time from 29 Mar)': {
    seed: 42,
    managers: 4,
    days: 45,
    profile: 'b2b',
    start: '2026-03-16',
    timeZone: 'Europe/Berlin',
    callsPerDay: 300,
    strengths: [0.1, 0.5, 0.9, 0.3],
  },
  'consulting, America/Sao_Paulo, 28 Feb – 6 Mar 2028 (a leap day), string seed': {
    seed: 'notebook',
    managers: 2,
    days: 8,
    profile: 'consulting',
    start: '2028-02-28',
    timeZone: 'America/Sao_Paulo',
    callsPerDay: 10,
    currency: 'USD',
  },
};

interface KindDigest {
  readonly count: number;
  readonly sha256: string;
  readonly first: unknown;
}

/**
 * One kind of one set. Generated inside the test that checks it, never at the file's top level: a
 * mutation run (Stryker, coverage per test) runs for a mutant only the tests that executed it, and
 * the rows are lazy, so each kind's test reaches exactly that kind's generator.
 */
function digest(options: SampleDatasetOptions, kind: SampleKind): KindDigest {
  const hash = createHash('sha256');
  let count = 0;
  let first: unknown = null;
  for (const row of sampleRows(options)[kind]) {
    if (count === 0) first = row;
    hash.update(`${JSON.stringify(row)}\n`);
    count++;
  }
  return { count, sha256: hash.digest('hex'), first };
}

const golden = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, KindDigest>>;
const written: Record<string, Record<string, KindDigest>> = {};

describe('the sample data as written', () => {
  afterAll(() => {
    if (update) writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  });

  it('has the three sets and every kind in each', () => {
    expect(Object.keys(golden)).toEqual(Object.keys(SETS));
    for (const set of Object.values(golden)) expect(Object.keys(set)).toEqual([...SAMPLE_KINDS]);
  });

  for (const name of Object.keys(SETS)) {
    describe(name, () => {
      for (const kind of SAMPLE_KINDS) {
        it(`${kind}: the same records`, () => {
          const got = digest(SETS[name]!, kind);
          if (update) {
            written[name] = { ...written[name], [kind]: got };
            return;
          }
          const want = golden[name]![kind]!;
          // The first row and the count first: a readable diff when the data moved.
          expect(got.first).toEqual(want.first);
          expect(got.count).toBe(want.count);
          expect(got.sha256).toBe(want.sha256);
        });
      }
    });
  }
});
