// What a profile author reads when a band, a setting or an override is wrong: the path, what was
// expected and what was found. The checks are tested with assertBand, assertProfile and
// defineProfile; this pins the wording a user acts on.
import { expect, it } from 'vitest';
import { assertBand, assertProfile, b2b, defineProfile, rateValue } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const up = { direction: 'higher-is-better', worst: 0, fair: 1, good: 2, excellent: 3, best: 4 };
const down = { direction: 'lower-is-better', worst: 4, fair: 3, good: 2, excellent: 1, best: 0 };
const range = {
  direction: 'target-range',
  best: 5,
  excellent: [4, 6],
  good: [3, 7],
  fair: [2, 8],
  worst: [1, 9],
};
/** b2b with one setting of one criterion replaced, as a hand-built profile would have it. */
const withSetting = (id: string, key: string, value: unknown) =>
  ({
    ...b2b,
    criteria: {
      ...b2b.criteria,
      [id]: { ...(b2b.criteria as unknown as Record<string, object>)[id], [key]: value },
    },
  }) as never;
const MR = 'profile.criteria["sales.meetingRate"]';
const SL = 'profile.criteria["contactCentre.serviceLevel"]';

const CASES: readonly (readonly [() => unknown, string])[] = [
  [() => assertBand(5), 'band: expected a band, got 5'],
  [
    () => assertBand({ ...up, colour: 1 }),
    'band.colour: expected only the band keys direction, worst, fair, good, excellent, best, got "colour"',
  ],
  [() => assertBand({ ...up, fair: 'x' }), 'band.fair: expected a finite number, got "x"'],
  [
    () => assertBand({ ...up, fair: -1 }),
    'band.fair: expected a value at least 0 (the band is higher-is-better, out of order), got -1',
  ],
  [
    () => assertBand({ ...down, fair: 5 }),
    'band.fair: expected a value at most 4 (the band is lower-is-better, out of order), got 5',
  ],
  [
    () => assertBand({ ...up, worst: 1, fair: 1, good: 1, excellent: 1, best: 1 }),
    'band.best: expected a value other than worst (1), got 1',
  ],
  [() => assertBand({ ...range, best: 'x' }), 'band.best: expected a finite number, got "x"'],
  [
    () => assertBand({ ...range, excellent: 5 }),
    'band.excellent: expected a range [low, high] of finite numbers, got 5',
  ],
  [
    () => assertBand({ ...range, good: [4.5, 7] }),
    'band.good: expected a range containing [4, 6] (out of order), got "[4.5, 7]"',
  ],
  [
    () =>
      assertBand({
        direction: 'target-range',
        best: 5,
        excellent: [5, 5],
        good: [5, 5],
        fair: [5, 5],
        worst: [5, 5],
      }),
    'band.worst: expected a range wider than the single point best, got "[5, 5]"',
  ],
  [
    () => assertBand({ ...up, direction: 'up' }),
    'band.direction: expected "higher-is-better", "lower-is-better" or "target-range", got "up"',
  ],
  [() => rateValue(Number.NaN, up as never), 'value: expected a finite number to rate, got NaN'],
  [() => assertProfile(5 as never), 'profile: expected a profile object, got 5'],
  [() => assertProfile({ ...b2b, id: '' }), 'profile.id: expected a non-empty id, got ""'],
  [
    () => assertProfile({ ...b2b, criteria: null } as never),
    'profile.criteria: expected the settings of every criterion, got null',
  ],
  [
    () => assertProfile({ ...b2b, criteria: { ...b2b.criteria, 'sales.meetingRate': 5 } } as never),
    `${MR}: expected the settings of sales.meetingRate, got 5`,
  ],
  [() => assertProfile(withSetting('sales.meetingRate', 'band', 5)), `${MR}.band: expected a band, got 5`],
  [
    () => assertProfile(withSetting('sales.meetingRate', 'weight', -1)),
    `${MR}.weight: expected a weight ≥ 0 (0 switches the criterion off), got -1`,
  ],
  [
    () => assertProfile(withSetting('sales.meetingRate', 'minimumSample', 1.5)),
    `${MR}.minimumSample: expected a whole number ≥ 0, got 1.5`,
  ],
  [
    () => assertProfile(withSetting('contactCentre.serviceLevel', 'thresholdSeconds', -30)),
    `${SL}.thresholdSeconds: expected a value ≥ 0, got -30`,
  ],
  [
    () => assertProfile(withSetting('contactCentre.serviceLevel', 'target', 85)),
    `${SL}.target: expected a share from 0 to 1, got 85`,
  ],
  [() => defineProfile(b2b, 5 as never), 'overrides: expected an object of overrides, got 5'],
  [() => defineProfile(b2b, { criteria: 5 } as never), 'overrides.criteria: expected an object, got 5'],
  [
    () => defineProfile(b2b, { criteria: { 'sales.meetingRate': { weight: '1' } } } as never),
    'overrides.criteria["sales.meetingRate"].weight: expected a number, got "1"',
  ],
  [
    () => defineProfile(b2b, { criteria: { 'sales.meetingRate': { band: 5 } } } as never),
    'overrides.criteria["sales.meetingRate"].band: expected a band (an object), got 5',
  ],
  [
    () => defineProfile(b2b, { calendar: { holidays: '2026-12-25' } } as never),
    'overrides.calendar.holidays: expected an array, got "2026-12-25"',
  ],
  [
    () =>
      defineProfile(b2b, {
        criteria: { 'sales.meetingRate': { weight: Number.POSITIVE_INFINITY } },
      } as never),
    'overrides.criteria["sales.meetingRate"].weight: expected a finite number, got Infinity',
  ],
  [() => defineProfile(b2b, { name: '' } as never), 'overrides.name: expected a non-empty string, got ""'],
  [
    // A band override that turns the direction round replaces the band, so its missing anchors are
    // missing, rather than taken from a band that ran the other way.
    () =>
      defineProfile(b2b, {
        criteria: { 'sales.meetingRate': { band: { direction: 'lower-is-better', worst: 4, best: 0 } } },
      } as never),
    'overrides.criteria["sales.meetingRate"].band.fair: expected a finite number, got undefined',
  ],
];

it.each(CASES.map(([fn, message]) => [message, fn] as const))('%s', (message, fn) => {
  expect(errorOf(fn).message).toBe(message);
});
