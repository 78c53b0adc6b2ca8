// Band edges Stryker showed untested: bands whose anchors coincide, and malformed target ranges.
import { describe, expect, it } from 'vitest';
import { assertBand, type Band, rateValue } from '../../src/index.js';
import { failure } from '../helpers.js';

describe('bands whose anchors coincide', () => {
  it('a value on a point shared by good and excellent scores as excellent (80), either direction', () => {
    const up: Band = { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 1, best: 3 };
    const down: Band = {
      direction: 'lower-is-better',
      worst: 100,
      fair: 60,
      good: 30,
      excellent: 30,
      best: 0,
    };
    expect(assertBand(up)).toBe(up);
    expect(assertBand(down)).toBe(down);
    expect(rateValue(1, up)).toEqual({ rating: 'excellent', score: 80 });
    expect(rateValue(30, down)).toEqual({ rating: 'excellent', score: 80 });
  });

  it('the worst anchor scores 0 even where fair shares it', () => {
    const band: Band = { direction: 'higher-is-better', worst: 0, fair: 0, good: 1, excellent: 2, best: 3 };
    expect(rateValue(0, band)).toEqual({ rating: 'poor', score: 0 });
  });
});

describe('assertBand refuses malformed bands with the path of the bad key', () => {
  const range: Band = {
    direction: 'target-range',
    best: 0.5,
    excellent: [0.45, 0.55],
    good: [0.4, 0.6],
    fair: [0.3, 0.7],
    worst: [0, 1],
  };
  it.each([
    ['not an object', null, 'band'],
    ['a string', 'steep', 'band'],
    [
      'a fair anchor that is a string',
      { ...range, direction: 'higher-is-better', worst: 0, fair: '1', good: 2, excellent: 3, best: 4 },
      'band.fair',
    ],
    ['a range of one number', { ...range, worst: [0] }, 'band.worst'],
    ['a range of three numbers', { ...range, fair: [0.3, 0.5, 0.7] }, 'band.fair'],
    // The first two numbers of this one are a good range in order, so only the length refuses it.
    ['a range of three numbers, the first two in order', { ...range, fair: [0.3, 0.7, 0.9] }, 'band.fair'],
    ['a range that is an array-like object', { ...range, fair: { 0: 0.3, 1: 0.7, length: 2 } }, 'band.fair'],
    ['a range ending in NaN', { ...range, good: [0.4, Number.NaN] }, 'band.good'],
    ['a range starting with a string', { ...range, excellent: ['0.45', 0.55] }, 'band.excellent'],
    ['an excellent range that leaves out best', { ...range, excellent: [0.6, 0.7] }, 'band.excellent'],
    ['a good range inside excellent', { ...range, good: [0.46, 0.6] }, 'band.good'],
    ['a good range that ends inside excellent', { ...range, good: [0.4, 0.5] }, 'band.good'],
    [
      'every range the single point best',
      { ...range, excellent: [0.5, 0.5], good: [0.5, 0.5], fair: [0.5, 0.5], worst: [0.5, 0.5] },
      'band.worst',
    ],
  ])('%s', (_label, band, path) => {
    expect(failure(() => assertBand(band))).toBe(`invalid-profile at ${path}`);
  });

  it.each([
    ['starts', { excellent: [0.5, 0.55], good: [0.5, 0.6], fair: [0.5, 0.7], worst: [0.5, 1] }],
    ['ends', { excellent: [0.45, 0.5], good: [0.4, 0.5], fair: [0.3, 0.5], worst: [0, 0.5] }],
  ])('accepts a worst range that only %s at best', (_edge, ranges) => {
    expect(failure(() => assertBand({ ...range, ...ranges }))).toBe('no error');
  });
});
