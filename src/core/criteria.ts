/**
 * Every criterion the library evaluates, by id: `area.evaluatorName`. The id is stable: it names
 * the criterion in evaluations, profiles, scorecards and explanation codes.
 *
 * @example
 * ```ts
 * import { CRITERION_IDS } from '@org/cs-metrics';
 * CRITERION_IDS.filter((id) => id.startsWith('sales.')).length; // 7
 * ```
 */
export const CRITERION_IDS = [
  'sales.eventParticipation',
  'sales.meetingCallAlternation',
  'sales.referrals',
  'sales.meetingRate',
  'sales.decisionMakerReach',
  'sales.planAttainment',
  'sales.opportunityFunnel',
  'contactCentre.serviceLevel',
  'contactCentre.monitoringScores',
  'contactCentre.budgetVariance',
  'contactCentre.trainingCoverage',
  'customer.satisfaction',
  'customer.retention',
  'customer.resolutionEfficiency',
  'customer.feedbackQuality',
  'customer.relationshipCare',
] as const;

/**
 * One of {@link CRITERION_IDS}.
 *
 * @example
 * ```ts
 * import type { CriterionId } from '@org/cs-metrics';
 * const id: CriterionId = 'sales.meetingRate';
 * ```
 */
export type CriterionId = (typeof CRITERION_IDS)[number];

/**
 * The three areas criteria belong to.
 *
 * @example
 * ```ts
 * import { areaOf } from '@org/cs-metrics';
 * areaOf('contactCentre.serviceLevel'); // 'contactCentre'
 * ```
 */
export type CriterionArea = 'sales' | 'contactCentre' | 'customer';

/**
 * The area of a criterion id.
 *
 * @example
 * ```ts
 * import { areaOf } from '@org/cs-metrics';
 * areaOf('customer.retention'); // 'customer'
 * ```
 */
export function areaOf(id: CriterionId): CriterionArea {
  return id.slice(0, id.indexOf('.')) as CriterionArea;
}
