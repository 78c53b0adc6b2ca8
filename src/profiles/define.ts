import { assertBand } from '../core/band.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import { isPlainObject } from '../domain/fields.js';
import { assertWorkCalendar } from '../domain/period.js';
import { freezeProfile, type Profile } from './profile.js';

/**
 * A partial override of a profile, any depth: give only what changes. Arrays (holidays, ranges)
 * are replaced whole; a band given with a `direction` replaces the band whole, one without is merged.
 *
 * @example
 * ```ts
 * import type { ProfileOverrides } from '@org/cs-metrics';
 * const overrides: ProfileOverrides = {
 *   id: 'acme-b2b',
 *   criteria: { 'sales.meetingRate': { band: { good: 1.5 } } },
 * };
 * ```
 */
export type ProfileOverrides = DeepPartial<Profile>;

/**
 * Every property optional, at every depth (arrays are taken whole).
 *
 * @example
 * ```ts
 * import type { DeepPartial } from '@org/cs-metrics';
 * const partial: DeepPartial<{ a: { b: number; c: number } }> = { a: { b: 1 } };
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const isBand = (v: unknown): boolean => isPlainObject(v) && 'direction' in v;

/** A path step: `.key` for a plain name, `["sales.meetingRate"]` for a key with dots. */
function step(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** What a base value that is neither a band, an object nor an array is: `null`, `a number`, … */
function typeName(v: unknown): string {
  return v === null ? 'null' : `a ${typeof v}`;
}

function merge(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return base;
  if (isBand(base)) {
    if (!isPlainObject(override))
      return fail(ErrorCodes.InvalidProfile, path, 'a band (an object)', override);
    const replaced =
      'direction' in override && override.direction !== (base as { direction: unknown }).direction;
    return assertBand(replaced ? { ...override } : { ...(base as object), ...override }, path);
  }
  if (isPlainObject(base)) {
    if (!isPlainObject(override)) return fail(ErrorCodes.InvalidProfile, path, 'an object', override);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(base)) out[key] = base[key];
    for (const key of Object.keys(override)) {
      if (!Object.hasOwn(base, key)) {
        const known = Object.keys(base).join(', ');
        fail(ErrorCodes.InvalidProfile, step(path, key), `one of the known keys: ${known}`, key);
      }
      out[key] = merge(base[key], override[key], step(path, key));
    }
    return out;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override)) return fail(ErrorCodes.InvalidProfile, path, 'an array', override);
    return [...override];
  }
  if (typeof override !== typeof base) return fail(ErrorCodes.InvalidProfile, path, typeName(base), override);
  if (typeof override === 'number' && !Number.isFinite(override)) {
    return fail(ErrorCodes.InvalidProfile, path, 'a finite number', override);
  }
  if (typeof override === 'string' && override.length === 0) {
    return fail(ErrorCodes.InvalidProfile, path, 'a non-empty string', override);
  }
  return override;
}

/**
 * Checks a whole profile: bands in order, weights ≥ 0, minimum samples whole numbers ≥ 0,
 * shares and targets from 0 to 1, seconds and days ≥ 0, a valid calendar. A criterion it has no
 * settings for (a profile saved before the criterion existed) is left out of scorecards; evaluating
 * that criterion alone is an `invalid-profile` error.
 *
 * @throws {@link CsMetricsError} `invalid-profile` with the path of the bad value.
 * @example
 * ```ts
 * import { assertProfile, b2b } from '@org/cs-metrics';
 * assertProfile(b2b); // returns b2b
 * ```
 */
export function assertProfile(profile: Profile, path = 'profile'): Profile {
  if (!isPlainObject(profile)) return fail(ErrorCodes.InvalidProfile, path, 'a profile object', profile);
  if (typeof profile.id !== 'string' || profile.id.length === 0) {
    fail(ErrorCodes.InvalidProfile, `${path}.id`, 'a non-empty id', profile.id);
  }
  assertWorkCalendar(profile.calendar, `${path}.calendar`);
  const criteria = profile.criteria as unknown as Record<string, Record<string, unknown>>;
  if (!isPlainObject(criteria)) {
    fail(ErrorCodes.InvalidProfile, `${path}.criteria`, 'the settings of every criterion', criteria);
  }
  for (const [id, settings] of Object.entries(criteria)) {
    const at = step(`${path}.criteria`, id);
    if (!isPlainObject(settings)) fail(ErrorCodes.InvalidProfile, at, `the settings of ${id}`, settings);
    assertBand(settings.band, `${at}.band`);
    const weight = settings.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      fail(ErrorCodes.InvalidProfile, `${at}.weight`, 'a weight ≥ 0 (0 switches the criterion off)', weight);
    }
    const minimum = settings.minimumSample;
    if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum < 0) {
      fail(ErrorCodes.InvalidProfile, `${at}.minimumSample`, 'a whole number ≥ 0', minimum);
    }
    for (const [key, value] of Object.entries(settings)) {
      const share = /^(target|share)|Share$/.test(key);
      if (!share && !/Seconds$|Days$|Meetings$|Threshold$/.test(key)) continue;
      const expected = share ? 'a share from 0 to 1' : 'a value ≥ 0';
      // A NaN or a string would pass both comparisons below, so the type is checked first.
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (share && value > 1)) {
        fail(ErrorCodes.InvalidProfile, `${at}.${key}`, expected, value);
      }
    }
  }
  return profile;
}

/**
 * Makes your own profile from a base (a built-in or another of yours) and a partial override,
 * deep-merged and validated. The base is left unchanged; the result is frozen.
 *
 * @throws {@link CsMetricsError} `invalid-profile` for an unknown key, a band out of order, a
 *   negative weight, a value of the wrong type; the path names it (`overrides.criteria["sales.meetingRate"].band.good`).
 * @example
 * ```ts
 * import { b2b, defineProfile } from '@org/cs-metrics';
 * // A field-sales team where 1.5 meetings a day is the bar for good, and events are not part of the job:
 * const acme = defineProfile(b2b, {
 *   id: 'acme-field-sales',
 *   name: 'ACME field sales',
 *   criteria: { 'sales.meetingRate': { band: { good: 1.5 } } },
 * });
 * acme.criteria['sales.meetingRate'].band.good; // 1.5
 * ```
 */
export function defineProfile(base: Profile, overrides: ProfileOverrides): Profile {
  assertProfile(base, 'base');
  if (!isPlainObject(overrides))
    return fail(ErrorCodes.InvalidProfile, 'overrides', 'an object of overrides', overrides);
  const merged = merge(
    base,
    { ...overrides, id: overrides.id ?? `${base.id}-custom` },
    'overrides',
  ) as Profile;
  return freezeProfile(assertProfile(merged, 'overrides'));
}
