// The checks of a profile that the mutation run found untested (docs/testing.md): assertProfile on a
// profile built by hand (defineProfile's merge refuses most of these before assertProfile sees them),
// the edges of each range, and an override's array not being shared with the result.
import { describe, expect, it } from 'vitest';
import { assertProfile, b2b, defineProfile, type Profile } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';

/** b2b with one criterion's settings changed, built by hand as a caller of assertProfile could. */
function withSettings(id: string, change: Record<string, unknown>): Profile {
  const criteria = b2b.criteria as unknown as Record<string, Record<string, unknown>>;
  return { ...b2b, criteria: { ...criteria, [id]: { ...criteria[id], ...change } } } as unknown as Profile;
}
const at = (id: string, key: string) => `invalid-profile at profile.criteria["${id}"].${key}`;

describe('assertProfile on a profile built by hand', () => {
  it('refuses an id that is not a string, or empty', () => {
    expect(failure(() => assertProfile({ ...b2b, id: 42 } as unknown as Profile))).toBe(
      'invalid-profile at profile.id',
    );
    expect(failure(() => assertProfile({ ...b2b, id: '' }))).toBe('invalid-profile at profile.id');
  });

  it('refuses a weight that is NaN, infinite or negative, and takes 0 (switched off)', () => {
    for (const weight of [Number.NaN, Number.POSITIVE_INFINITY, -1, '2']) {
      expect(failure(() => assertProfile(withSettings('sales.meetingRate', { weight })))).toBe(
        at('sales.meetingRate', 'weight'),
      );
    }
    expect(failure(() => assertProfile(withSettings('sales.meetingRate', { weight: 0 })))).toBe('no error');
  });

  it('refuses a minimum sample that is not a whole number ≥ 0, and takes 0', () => {
    for (const minimumSample of [Number.NaN, 2.5, -1, '3']) {
      expect(failure(() => assertProfile(withSettings('sales.meetingRate', { minimumSample })))).toBe(
        at('sales.meetingRate', 'minimumSample'),
      );
    }
    expect(failure(() => assertProfile(withSettings('sales.meetingRate', { minimumSample: 0 })))).toBe(
      'no error',
    );
  });

  it('takes 0 seconds, days and thresholds, and refuses below 0', () => {
    const cc = 'contactCentre.serviceLevel';
    expect(failure(() => assertProfile(withSettings(cc, { thresholdSeconds: 0 })))).toBe('no error');
    expect(failure(() => assertProfile(withSettings(cc, { thresholdSeconds: -0.5 })))).toBe(
      at(cc, 'thresholdSeconds'),
    );
    const training = 'contactCentre.trainingCoverage';
    expect(failure(() => assertProfile(withSettings(training, { trainedWithinDays: 0 })))).toBe('no error');
    expect(failure(() => assertProfile(withSettings(training, { trainedWithinDays: -1 })))).toBe(
      at(training, 'trainedWithinDays'),
    );
  });

  it('takes a share of exactly 0 or 1, and refuses just outside', () => {
    const alt = 'sales.meetingCallAlternation';
    for (const idleDayWarningShare of [0, 1]) {
      expect(failure(() => assertProfile(withSettings(alt, { idleDayWarningShare })))).toBe('no error');
    }
    for (const idleDayWarningShare of [-0.01, 1.01]) {
      expect(failure(() => assertProfile(withSettings(alt, { idleDayWarningShare })))).toBe(
        at(alt, 'idleDayWarningShare'),
      );
    }
    const sl = 'contactCentre.serviceLevel';
    expect(failure(() => assertProfile(withSettings(sl, { target: 1 })))).toBe('no error');
    expect(failure(() => assertProfile(withSettings(sl, { target: 1.5 })))).toBe(at(sl, 'target'));
  });

  it('refuses a share, a duration or a threshold that is NaN, infinite or a string', () => {
    // NaN < 0 and NaN > 1 are both false, so a range test alone lets NaN through.
    const sl = 'contactCentre.serviceLevel';
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '-5', '0.8', null]) {
      expect(failure(() => assertProfile(withSettings(sl, { target: bad })))).toBe(at(sl, 'target'));
      expect(failure(() => assertProfile(withSettings(sl, { thresholdSeconds: bad })))).toBe(
        at(sl, 'thresholdSeconds'),
      );
    }
  });
});

describe('defineProfile', () => {
  it('names the known keys when an override has an unknown one', () => {
    const error = errorOf(() => defineProfile(b2b, { calendar: { weekend: [5, 6] } } as never));
    expect(`${error.code} at ${error.path}`).toBe('invalid-profile at overrides.calendar.weekend');
    expect(error.message).toContain('one of the known keys: weekendDays, holidays');
  });

  it('copies an array of the override: the result is frozen, the caller’s array is not', () => {
    const holidays = ['2026-12-24', '2026-12-25'];
    const p = defineProfile(b2b, { calendar: { holidays } });
    expect(p.calendar.holidays).toEqual(holidays);
    expect(p.calendar.holidays).not.toBe(holidays);
    expect(Object.isFrozen(holidays)).toBe(false);
    holidays.push('2026-12-31');
    expect(p.calendar.holidays).toEqual(['2026-12-24', '2026-12-25']);
  });
});

describe('settings assertProfile does not know', () => {
  it('leaves alone a key it does not know, even one with a checked word inside its name', () => {
    // Shares are the keys that start with target or share or end in Share; durations and thresholds end in
    // Seconds, Days, Meetings or Threshold. A key of a later version, or of your own, is not checked.
    const extra = {
      retargetPolicy: 'weekly',
      walletShareLabel: 'share of wallet',
      thresholdSecondsUnit: 's',
      workingDaysSource: 'calendar',
      countedMeetingsKind: 'in person',
      trainingThresholdBasis: 'hours',
    };
    expect(failure(() => assertProfile(withSettings('sales.meetingRate', extra)))).toBe('no error');
  });

  it('takes an empty list over a setting of your own that is null in the base (typeof null is object)', () => {
    const base = withSettings('sales.meetingRate', { note: null });
    const own = defineProfile(base, { criteria: { 'sales.meetingRate': { note: [] } } } as never);
    expect((own.criteria['sales.meetingRate'] as unknown as { note: unknown }).note).toEqual([]);
  });
});
