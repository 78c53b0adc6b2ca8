// The option checks every criterion shares, so each reports a bad options object, period or profile
// the same way, with its path, and none fails with a TypeError; and the ratio they all report.
import { ErrorCodes, fail } from '../domain/errors.js';
import { checkOptionsObject, isPlainObject } from '../domain/fields.js';
import type { Period } from '../domain/period.js';
import { assertProfile } from '../profiles/define.js';
import type { Profile, ProfileCriteria } from '../profiles/profile.js';

/**
 * Throws unless `p` is a Period as `period()`/`periodOf()` make it: `from`, `to` and `timeZone`
 * strings, and finite `start` < `end`. @internal
 */
export function checkPeriod(p: unknown, path: string): Period {
  const q = p as Period;
  if (
    !isPlainObject(p) ||
    typeof q.from !== 'string' ||
    typeof q.to !== 'string' ||
    typeof q.timeZone !== 'string' ||
    !Number.isFinite(q.start) ||
    !Number.isFinite(q.end) ||
    !(q.start < q.end)
  ) {
    fail(ErrorCodes.InvalidOption, path, 'a Period from period() or periodOf()', p);
  }
  return q;
}

/** Throws unless `options` is an object with a `period` from `period()`/`periodOf()`; returns it. @internal */
export function checkPeriodOption(options: unknown): Period {
  checkOptionsObject(options);
  return checkPeriod((options as { period?: unknown }).period, 'options.period');
}

// Profiles already checked. A profile is data (readonly all the way down; changed with
// defineProfile, not in place), so one check per profile object is enough, and an evaluator called
// once per manager per criterion does not walk the whole profile each time.
const checkedProfiles = new WeakSet<object>();

/**
 * Throws unless `profile` is a whole, valid profile (`invalid-option` when it is not an object,
 * `invalid-profile` with the path of a bad value inside). @internal
 */
export function checkProfile(profile: unknown, path: string): Profile {
  if (!isPlainObject(profile)) {
    fail(ErrorCodes.InvalidOption, path, 'a Profile (b2b, b2c, consulting or defineProfile())', profile);
  }
  if (!checkedProfiles.has(profile)) {
    assertProfile(profile as unknown as Profile, path);
    checkedProfiles.add(profile);
  }
  return profile as unknown as Profile;
}

/**
 * The settings of criterion `id` in `options.profile`, after checking `options` and the profile: what
 * every `evaluate…` function judges with. @internal
 */
export function criterionSettings<K extends keyof ProfileCriteria>(
  options: { readonly profile: Profile },
  id: K,
): ProfileCriteria[K] {
  checkOptionsObject(options);
  // A profile saved before criterion `id` existed has no settings for it: the scorecards leave such a
  // criterion out, but it cannot be evaluated alone.
  const settings = checkProfile(options.profile, 'options.profile').criteria[id];
  if (settings === undefined) {
    fail(ErrorCodes.InvalidProfile, `options.profile.criteria["${id}"]`, `the settings of ${id}`, settings);
  }
  return settings;
}

/** `n ÷ d`, or `null` when `d` is 0: never NaN. @internal */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}
