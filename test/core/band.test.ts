import { describe, expect, it } from 'vitest';
import { assertBand, type Band, judge, rateValue, roundTo } from '../../src/index.js';
import { failure } from '../helpers.js';

const b2bMeetings: Band = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.5,
  good: 1,
  excellent: 2,
  best: 3,
};
const budget: Band = {
  direction: 'lower-is-better',
  worst: 1.2,
  fair: 1.05,
  good: 1,
  excellent: 0.97,
  best: 0.9,
};
const ratio: Band = {
  direction: 'target-range',
  best: 0.5,
  excellent: [0.4, 0.6],
  good: [0.25, 0.75],
  fair: [0.1, 0.9],
  worst: [0, 1],
};

describe('rateValue, higher is better', () => {
  it('a B2B manager with 1.6 meetings a day is good, scored 72 (60 + 0.6 × 20)', () => {
    expect(rateValue(1.6, b2bMeetings)).toEqual({ rating: 'good', score: 72 });
  });
  it.each([
    [0, 'poor', 0],
    [0.25, 'poor', 20],
    [0.5, 'fair', 40],
    [0.75, 'fair', 50],
    [1, 'good', 60],
    [2, 'excellent', 80],
    [2.5, 'excellent', 90],
    [3, 'excellent', 100],
    [7, 'excellent', 100],
    [-1, 'poor', 0],
  ])('%s meetings a day → %s (%s)', (value, rating, score) => {
    expect(rateValue(value, b2bMeetings)).toEqual({ rating, score });
  });
});

describe('rateValue, lower is better', () => {
  it.each([
    [1, 'good', 60],
    [1.1, 'poor', 26.7], // (1.1 − 1.2) / (1.05 − 1.2) × 40
    [0.95, 'excellent', 85.7], // 80 + (0.95 − 0.97) / (0.9 − 0.97) × 20
    [1.025, 'fair', 50],
    [0.8, 'excellent', 100],
    [1.3, 'poor', 0],
  ])('spending at %s of budget → %s (%s)', (value, rating, score) => {
    expect(rateValue(value, budget)).toEqual({ rating, score });
  });
});

describe('rateValue, target range', () => {
  it.each([
    [0.5, 'excellent', 100],
    [0.45, 'excellent', 90],
    [0.6, 'excellent', 80],
    [0.7, 'good', 66.7], // 60 + (0.7 − 0.75) / (0.6 − 0.75) × 20
    [0.25, 'good', 60],
    [0.05, 'poor', 20],
    [0.95, 'poor', 20],
    [-1, 'poor', 0],
    [1.5, 'poor', 0],
  ])('a ratio of %s → %s (%s)', (value, rating, score) => {
    expect(rateValue(value, ratio)).toEqual({ rating, score });
  });

  it('refuses NaN rather than rating it', () => {
    expect(failure(() => rateValue(Number.NaN, b2bMeetings))).toBe('invalid-option at value');
  });
});

describe('assertBand', () => {
  it('accepts the three kinds', () => {
    for (const band of [b2bMeetings, budget, ratio]) expect(assertBand(band)).toBe(band);
  });
  it.each([
    ['a threshold out of order', { ...b2bMeetings, good: 0.4 }, 'invalid-profile at band.good'],
    ['a lower-is-better band rising', { ...budget, excellent: 1.1 }, 'invalid-profile at band.excellent'],
    ['a missing threshold', { ...b2bMeetings, fair: undefined }, 'invalid-profile at band.fair'],
    ['an unknown key', { ...b2bMeetings, great: 5 }, 'invalid-profile at band.great'],
    ['an unknown direction', { ...b2bMeetings, direction: 'up' }, 'invalid-profile at band.direction'],
    [
      'worst equal to best',
      { ...b2bMeetings, worst: 1, fair: 1, good: 1, excellent: 1, best: 1 },
      'invalid-profile at band.best',
    ],
    ['a range not nested', { ...ratio, good: [0.45, 0.75] }, 'invalid-profile at band.good'],
    ['a range of one number', { ...ratio, fair: [0.1] }, 'invalid-profile at band.fair'],
    ['a target without best', { ...ratio, best: Number.NaN }, 'invalid-profile at band.best'],
    [
      'a single-point target',
      { direction: 'target-range', best: 1, excellent: [1, 1], good: [1, 1], fair: [1, 1], worst: [1, 1] },
      'invalid-profile at band.worst',
    ],
    ['not an object', 3, 'invalid-profile at band'],
  ])('rejects %s', (_label, band, expected) => {
    expect(failure(() => assertBand(band))).toBe(expected);
  });
});

describe('judge', () => {
  const settings = { weight: 2, minimumSample: 5, band: b2bMeetings };
  const common = {
    criterion: 'sales.meetingRate' as const,
    unit: 'meetings/working day',
    profile: 'b2b',
    settings,
    details: { meetings: 40 },
    explain: ({ rating, value }: { rating: string; value: number }) => ({
      code: 'sales.meetingRate.rated',
      message: `${value} meetings per working day is ${rating}.`,
      inputs: { value },
    }),
    insufficient: { code: 'sales.meetingRate.no-working-days', message: 'No working days.', inputs: {} },
  };

  it('rates a value with its band, weight and reasons', () => {
    const result = judge({ ...common, value: 1.6, sampleSize: 25 });
    expect(result).toEqual({
      criterion: 'sales.meetingRate',
      value: 1.6,
      unit: 'meetings/working day',
      rating: 'good',
      score: 72,
      benchmark: b2bMeetings,
      profile: 'b2b',
      weight: 2,
      sampleSize: 25,
      explanation: {
        code: 'sales.meetingRate.rated',
        message: '1.6 meetings per working day is good.',
        inputs: { value: 1.6 },
      },
      warnings: [],
      details: { meetings: 40 },
    });
  });

  it('gives insufficient-data, not a number, when the value cannot be computed', () => {
    const result = judge({ ...common, value: null, sampleSize: 0 });
    expect(result.rating).toBe('insufficient-data');
    expect(result.value).toBeNull();
    expect(result.score).toBeNull();
    expect(result.explanation.code).toBe('sales.meetingRate.no-working-days');
  });

  it('gives insufficient-data when the sample is below the profile minimum', () => {
    const result = judge({ ...common, value: 3, sampleSize: 3 });
    expect(result.rating).toBe('insufficient-data');
    expect(result.value).toBeNull();
    expect(result.explanation).toEqual({
      code: 'sales.meetingRate.insufficient-sample',
      message: 'Only 3 in the sample; the profile asks for at least 5 before rating.',
      inputs: { sampleSize: 3, minimumSample: 5 },
    });
  });

  it('roundTo rounds without -0', () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });
});
