// Customer indicator settings of the built-in profiles. Sources: docs/benchmarks.md.
// The customer indicators arrive with their own issue; this is their place in the profile.

/**
 * The customer indicators' part of a profile (satisfaction, retention, resolution, feedback,
 * relationship care): filled in as each indicator lands.
 *
 * @example
 * ```ts
 * import { b2b, type CustomerCriteriaSettings } from '@org/cs-metrics';
 * const customer: CustomerCriteriaSettings = b2b.criteria;
 * ```
 */
export type CustomerCriteriaSettings = Record<never, never>;

/** @internal */
export const customerDefaults: Readonly<Record<'b2c' | 'b2b' | 'consulting', CustomerCriteriaSettings>> = {
  b2c: {},
  b2b: {},
  consulting: {},
};
