import { DEFAULT_WORK_CALENDAR, type WorkCalendar } from '../domain/period.js';
import { type ContactCentreCriteriaSettings, contactCentreDefaults } from './contact-centre.js';
import { type CustomerCriteriaSettings, customerDefaults } from './customer.js';
import { type SalesCriteriaSettings, salesDefaults } from './sales.js';

/**
 * Every criterion's settings, by criterion id.
 *
 * @example
 * ```ts
 * import { b2b, type ProfileCriteria } from '@org/cs-metrics';
 * const criteria: ProfileCriteria = b2b.criteria;
 * criteria['contactCentre.serviceLevel'].target; // 0.85
 * ```
 */
export type ProfileCriteria = SalesCriteriaSettings &
  ContactCentreCriteriaSettings &
  CustomerCriteriaSettings;

/**
 * A benchmark profile: plain data with every band, target, threshold and weight the evaluators
 * judge against. Built-in: {@link b2c}, {@link b2b}, {@link consulting}; your own: {@link defineProfile}.
 *
 * @example
 * ```ts
 * import { b2b, type Profile } from '@org/cs-metrics';
 * const profile: Profile = b2b;
 * profile.criteria['sales.meetingRate'].band; // { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 }
 * ```
 */
export interface Profile {
  /** A short id, stored in every evaluation (`b2b`). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The working days evaluations count in by default. */
  readonly calendar: WorkCalendar;
  readonly criteria: ProfileCriteria;
}

function deepFreeze<T>(value: T): T {
  // Object.isFrozen is true for null and every primitive (ES2015), so this one test stops the walk.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** @internal */
export const freezeProfile = deepFreeze;

/**
 * Business to consumer, everyday goods: many short meetings (20 a day is excellent, after the brief).
 *
 * @example
 * ```ts
 * import { b2c } from '@org/cs-metrics';
 * b2c.criteria['sales.meetingRate'].band.excellent; // 20
 * ```
 */
export const b2c: Profile = deepFreeze({
  id: 'b2c',
  name: 'B2C, everyday goods',
  description: 'Selling everyday goods to consumers: a high meeting rate, short cycles.',
  calendar: DEFAULT_WORK_CALENDAR,
  criteria: { ...salesDefaults.b2c, ...contactCentreDefaults.b2c, ...customerDefaults.b2c },
});

/**
 * Business to business: 1–2 meetings a day is good (the brief).
 *
 * @example
 * ```ts
 * import { b2b } from '@org/cs-metrics';
 * b2b.criteria['sales.meetingRate'].band.good; // 1
 * ```
 */
export const b2b: Profile = deepFreeze({
  id: 'b2b',
  name: 'B2B',
  description: 'Selling to businesses: few, longer meetings; reaching the decision maker matters.',
  calendar: DEFAULT_WORK_CALENDAR,
  criteria: { ...salesDefaults.b2b, ...contactCentreDefaults.b2b, ...customerDefaults.b2b },
});

/**
 * Consulting: one contract from ten potential customers is normal (the brief).
 *
 * @example
 * ```ts
 * import { consulting } from '@org/cs-metrics';
 * consulting.criteria['sales.decisionMakerReach'].band.good; // 0.1
 * ```
 */
export const consulting: Profile = deepFreeze({
  id: 'consulting',
  name: 'Consulting',
  description: 'Selling professional services: one contract per ten prospects is the norm.',
  calendar: DEFAULT_WORK_CALENDAR,
  criteria: {
    ...salesDefaults.consulting,
    ...contactCentreDefaults.consulting,
    ...customerDefaults.consulting,
  },
});

/**
 * The built-in profiles by id.
 *
 * @example
 * ```ts
 * import { builtInProfiles } from '@org/cs-metrics';
 * Object.keys(builtInProfiles); // ['b2c', 'b2b', 'consulting']
 * ```
 */
export const builtInProfiles: Readonly<Record<'b2c' | 'b2b' | 'consulting', Profile>> = Object.freeze({
  b2c,
  b2b,
  consulting,
});
