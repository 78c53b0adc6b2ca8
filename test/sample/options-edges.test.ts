// The sample's options at their edges: each refusal says in words what was expected (the other tests
// check only code and path), each bound is where the docs put it (the last value accepted, the first
// refused), and values that are not numbers are refused, not compared.
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';

const small = { seed: 42, managers: 3, days: 14, profile: 'b2b', callsPerDay: 50 } as const;
const withOptions = (override: Record<string, unknown>) => () =>
  sampleDataset({ ...small, ...override } as never);

describe('sampleDataset: what each refusal says', () => {
  const said: [string, Record<string, unknown> | null, string][] = [
    ['no options', null, 'options: expected { seed, managers, days, profile }, got null'],
    ['a negative seed', { seed: -1 }, 'options.seed: expected an integer 0 … 4294967295 or a string, got -1'],
    ['no managers', { managers: 0 }, 'options.managers: expected a whole number from 1 to 10000, got 0'],
    [
      'an unknown profile',
      { profile: 'retail' },
      'options.profile: expected one of "b2c", "b2b", "consulting", got "retail"',
    ],
    [
      'strengths not an array',
      { strengths: 0.5 },
      'options.strengths: expected an array of strengths from 0 to 1, got 0.5',
    ],
    [
      'a negative strength',
      { strengths: [0.5, -1, 0.5] },
      'options.strengths[1]: expected a strength from 0 to 1, got -1',
    ],
    [
      'one strength for three managers',
      { strengths: [0.5] },
      'options.strengths: expected 3 strengths, one per manager, got an array of 1',
    ],
    [
      'peaks not an array',
      { callPeaks: 10 },
      'options.callPeaks: expected an array of hours from 8 to 20 (the open hours), got 10',
    ],
    [
      'a peak before opening',
      { callPeaks: [7] },
      'options.callPeaks[0]: expected an hour from 8 to 20 (the open hours), got 7',
    ],
    ['no peaks', { callPeaks: [] }, 'options.callPeaks: expected 1 to 4 peak hours, got an array of 0'],
    [
      'a start before 1905',
      { start: '1904-12-31' },
      'options.start: expected a start on or after 1905-01-01, got "1904-12-31"',
    ],
    [
      'a period past 2198',
      { start: '2198-12-01', days: 40 },
      'options.days: expected days ending by 2198-12-31, got 40',
    ],
  ];
  it.each(said)('%s', (_, override, message) => {
    const run = override === null ? () => sampleDataset(null as never) : withOptions(override);
    expect(errorOf(run).message).toBe(message);
  });
});

describe('sampleDataset: the bounds of its options', () => {
  it('a seed from 0 to 4294967295, or a string of 1 to 200 characters', () => {
    expect(failure(withOptions({ seed: 0 }))).toBe('no error');
    expect(failure(withOptions({ seed: 0xffffffff }))).toBe('no error');
    expect(failure(withOptions({ seed: 0x100000000 }))).toBe('invalid-option at options.seed');
    expect(failure(withOptions({ seed: 'x'.repeat(200) }))).toBe('no error');
    expect(failure(withOptions({ seed: 'x'.repeat(201) }))).toBe('invalid-option at options.seed');
  });

  it('a seed that is neither a number nor a string is refused, even with a length', () => {
    expect(failure(withOptions({ seed: ['a'] }))).toBe('invalid-option at options.seed');
    expect(failure(withOptions({ seed: { length: 3 } }))).toBe('invalid-option at options.seed');
  });

  it('a whole-number option takes its maximum (agents: 100 000)', () => {
    expect(sampleDataset({ ...small, agents: 100_000 }).counts.agents).toBe(100_000);
    expect(failure(withOptions({ agents: 100_001 }))).toBe('invalid-option at options.agents');
  });

  it('strengths take both ends, 0 and 1', () => {
    expect(sampleDataset({ ...small, strengths: [0, 0.5, 1] }).strengths).toMatchObject({
      'm-1': 0,
      'm-2': 0.5,
      'm-3': 1,
    });
  });

  it('peaks from 8 up to (not at) 20, one to four of them', () => {
    expect(failure(withOptions({ callPeaks: [8] }))).toBe('no error');
    expect(failure(withOptions({ callPeaks: [19.75] }))).toBe('no error');
    expect(failure(withOptions({ callPeaks: [9, 11, 13, 15] }))).toBe('no error');
    expect(failure(withOptions({ callPeaks: [9, 11, 13, 15, 17] }))).toBe(
      'invalid-option at options.callPeaks',
    );
  });

  it.each([
    ['NaN', { strengths: [0.5, Number.NaN, 0.5] }, 'invalid-option at options.strengths[1]'],
    ['Infinity', { callPeaks: [10, Number.POSITIVE_INFINITY] }, 'invalid-option at options.callPeaks[1]'],
    ['a numeric string', { callPeaks: ['10'] }, 'invalid-option at options.callPeaks[0]'],
    ['a numeric string strength', { strengths: ['0.5', 0.5, 0.5] }, 'invalid-option at options.strengths[0]'],
  ])('%s in a list of numbers is refused, not compared', (_, override, expected) => {
    expect(failure(withOptions(override))).toBe(expected);
  });
});
