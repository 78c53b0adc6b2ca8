import { describe, expect, it } from 'vitest';
import { assertProfile, b2b, b2c, builtInProfiles, consulting, defineProfile } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';

describe('built-in profiles', () => {
  it('hold the figures of the brief', () => {
    expect(b2c.criteria['sales.meetingRate'].band.excellent).toBe(20);
    const b2bMeetings = b2b.criteria['sales.meetingRate'].band;
    expect(b2bMeetings.direction === 'higher-is-better' && [b2bMeetings.good, b2bMeetings.excellent]).toEqual(
      [1, 2],
    );
    expect(consulting.criteria['sales.decisionMakerReach'].band.good).toBe(0.1);
    expect(b2b.criteria['sales.opportunityFunnel'].band.good).toBe(0.1);
    expect(b2b.criteria['contactCentre.serviceLevel']).toMatchObject({ thresholdSeconds: 30, target: 0.85 });
    expect(b2b.criteria['contactCentre.monitoringScores']).toMatchObject({ trainingThreshold: 75 });
    expect(b2b.criteria['contactCentre.monitoringScores'].band).toMatchObject({ fair: 75, best: 100 });
    expect(b2b.criteria['contactCentre.budgetVariance'].band).toMatchObject({
      direction: 'lower-is-better',
      good: 1,
    });
  });

  it('are valid and frozen', () => {
    for (const profile of Object.values(builtInProfiles)) {
      expect(assertProfile(profile)).toBe(profile);
      expect(Object.isFrozen(profile.criteria['sales.meetingRate'].band)).toBe(true);
    }
  });
});

describe('defineProfile', () => {
  it('deep-merges a partial override and leaves the base unchanged', () => {
    const acme = defineProfile(b2b, {
      id: 'acme',
      criteria: { 'sales.meetingRate': { band: { good: 1.5 }, weight: 4 } },
      calendar: { holidays: ['2026-12-25'] },
    });
    expect(acme.id).toBe('acme');
    expect(acme.criteria['sales.meetingRate']).toEqual({
      weight: 4,
      minimumSample: 5,
      band: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1.5, excellent: 2, best: 3 },
    });
    expect(acme.calendar).toEqual({ weekendDays: [0, 6], holidays: ['2026-12-25'] });
    expect(acme.criteria['sales.planAttainment']).toEqual(b2b.criteria['sales.planAttainment']);
    expect(b2b.criteria['sales.meetingRate'].band).toMatchObject({ good: 1 });
    expect(Object.isFrozen(acme)).toBe(true);
  });

  it('names an override without an id after its base, and can build on a custom profile', () => {
    const custom = defineProfile(b2c, { name: 'Door to door' });
    expect(custom.id).toBe('b2c-custom');
    const twice = defineProfile(custom, { criteria: { 'sales.meetingRate': { weight: 0 } } });
    expect(twice.name).toBe('Door to door');
    expect(twice.criteria['sales.meetingRate'].weight).toBe(0);
  });

  it('keeps the base where an override key is present but undefined', () => {
    // As a caller without exactOptionalPropertyTypes, or one that spreads optional values, passes them.
    const overrides = { name: undefined, criteria: { 'sales.meetingRate': { weight: undefined } } };
    const p = defineProfile(b2b, overrides as never);
    expect(p.name).toBe(b2b.name);
    expect(p.criteria['sales.meetingRate'].weight).toBe(b2b.criteria['sales.meetingRate'].weight);
  });

  it('names null as what a custom base holds when an override gives another type', () => {
    const rate = { ...b2b.criteria['sales.meetingRate'], cap: null };
    const base = { ...b2b, criteria: { ...b2b.criteria, 'sales.meetingRate': rate } };
    const error = errorOf(() =>
      defineProfile(base as never, { criteria: { 'sales.meetingRate': { cap: 3 } } } as never),
    );
    expect([error.code, error.path]).toEqual([
      'invalid-profile',
      'overrides.criteria["sales.meetingRate"].cap',
    ]);
    expect(error.message).toBe('overrides.criteria["sales.meetingRate"].cap: expected null, got 3');
  });

  it('replaces a band whole when the direction changes', () => {
    const p = defineProfile(b2b, {
      criteria: {
        'sales.meetingRate': {
          band: {
            direction: 'target-range',
            best: 1.5,
            excellent: [1, 2],
            good: [0.8, 2.5],
            fair: [0.5, 3],
            worst: [0, 5],
          },
        },
      },
    });
    expect(p.criteria['sales.meetingRate'].band.direction).toBe('target-range');
  });

  it('keeps no anchor of the old band when the direction changes, and all of them when it does not', () => {
    // b2b's meeting rate is higher-is-better with best 3. A lower-is-better band without best must not
    // borrow that 3 (which would fit under excellent 4 and pass unnoticed).
    const flipped = { direction: 'lower-is-better', worst: 10, fair: 8, good: 6, excellent: 4 } as const;
    expect(
      failure(() => defineProfile(b2b, { criteria: { 'sales.meetingRate': { band: flipped as never } } })),
    ).toBe('invalid-profile at overrides.criteria["sales.meetingRate"].band.best');
    const sameWay = defineProfile(b2b, {
      criteria: { 'sales.meetingRate': { band: { direction: 'higher-is-better', best: 4 } } },
    });
    expect(sameWay.criteria['sales.meetingRate'].band).toEqual({
      ...b2b.criteria['sales.meetingRate'].band,
      best: 4,
    });
  });

  it.each([
    [
      'an unknown criterion',
      { criteria: { 'sales.meetingRat': {} } },
      'invalid-profile at overrides.criteria["sales.meetingRat"]',
    ],
    ['an unknown key', { colour: 'red' }, 'invalid-profile at overrides.colour'],
    [
      'a band out of order',
      { criteria: { 'sales.meetingRate': { band: { good: 5 } } } },
      'invalid-profile at overrides.criteria["sales.meetingRate"].band.excellent',
    ],
    [
      'a weight below zero',
      { criteria: { 'sales.meetingRate': { weight: -1 } } },
      'invalid-profile at overrides.criteria["sales.meetingRate"].weight',
    ],
    [
      'a weight that is not a number',
      { criteria: { 'sales.meetingRate': { weight: 'high' } } },
      'invalid-profile at overrides.criteria["sales.meetingRate"].weight',
    ],
    [
      'a NaN threshold',
      { criteria: { 'contactCentre.serviceLevel': { thresholdSeconds: Number.NaN } } },
      'invalid-profile at overrides.criteria["contactCentre.serviceLevel"].thresholdSeconds',
    ],
    [
      'negative seconds',
      { criteria: { 'contactCentre.serviceLevel': { thresholdSeconds: -30 } } },
      'invalid-profile at overrides.criteria["contactCentre.serviceLevel"].thresholdSeconds',
    ],
    [
      'a target above 1',
      { criteria: { 'contactCentre.serviceLevel': { target: 85 } } },
      'invalid-profile at overrides.criteria["contactCentre.serviceLevel"].target',
    ],
    [
      'a fractional minimum sample',
      { criteria: { 'sales.meetingRate': { minimumSample: 2.5 } } },
      'invalid-profile at overrides.criteria["sales.meetingRate"].minimumSample',
    ],
    [
      'a band that is not an object',
      { criteria: { 'sales.meetingRate': { band: 3 } } },
      'invalid-profile at overrides.criteria["sales.meetingRate"].band',
    ],
    ['an array for an object', { criteria: [] }, 'invalid-profile at overrides.criteria'],
    [
      'a string for an array',
      { calendar: { holidays: '2026-12-25' } },
      'invalid-profile at overrides.calendar.holidays',
    ],
    [
      'a bad holiday',
      { calendar: { holidays: ['2026-12-32'] } },
      'invalid-date at overrides.calendar.holidays[0]',
    ],
    ['an empty name', { name: '' }, 'invalid-profile at overrides.name'],
    ['no object at all', null, 'invalid-profile at overrides'],
  ])('rejects %s', (_label, overrides, expected) => {
    expect(failure(() => defineProfile(b2b, overrides as never))).toBe(expected);
  });

  it('rejects a broken base', () => {
    expect(failure(() => defineProfile({ ...b2b, id: '' }, {}))).toBe('invalid-profile at base.id');
    expect(failure(() => assertProfile(null as never))).toBe('invalid-profile at profile');
  });
});
