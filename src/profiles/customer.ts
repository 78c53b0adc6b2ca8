// Customer indicator settings of the built-in profiles. Sources: docs/benchmarks.md.
import type { Band } from '../core/band.js';
import type { CriterionSettings } from '../core/evaluation.js';

/**
 * Settings of `customer.resolutionEfficiency`: the band judges the first-contact resolution share;
 * the targets raise warnings on the times and the reopen rate.
 *
 * @example
 * ```ts
 * import { b2b, type ResolutionEfficiencySettings } from '@org/cs-metrics';
 * const settings: ResolutionEfficiencySettings = b2b.criteria['customer.resolutionEfficiency'];
 * settings.band.good; // 0.7
 * settings.firstResponseTargetSeconds; // 14400
 * ```
 */
export interface ResolutionEfficiencySettings extends CriterionSettings {
  /** A median time to first response above this raises a warning. */
  readonly firstResponseTargetSeconds: number;
  /** A median time to resolution above this raises a warning. */
  readonly resolutionTargetSeconds: number;
  /** A reopen rate above this share raises a warning. */
  readonly maximumReopenShare: number;
}

/**
 * Settings of `customer.feedbackQuality`: the band judges the share of feedback acted on within
 * `actionWithinDays`; the targets raise warnings on collection and analysis.
 *
 * @example
 * ```ts
 * import { b2c, type FeedbackQualitySettings } from '@org/cs-metrics';
 * const settings: FeedbackQualitySettings = b2c.criteria['customer.feedbackQuality'];
 * settings.actionWithinDays; // 30
 * ```
 */
export interface FeedbackQualitySettings extends CriterionSettings {
  /** Feedback acted on within this many days of its receipt counts as acted on in time. */
  readonly actionWithinDays: number;
  /** The share of active customers who should give feedback in a period. */
  readonly targetCustomerCoverageShare: number;
  /** The share of feedback that should be categorised by topic. */
  readonly targetCategorisedShare: number;
}

/**
 * Settings of `customer.relationshipCare`: the band judges the share of key and VIP customers
 * contacted within their interval; the rest raise warnings.
 *
 * @example
 * ```ts
 * import { b2b, type RelationshipCareSettings } from '@org/cs-metrics';
 * const settings: RelationshipCareSettings = b2b.criteria['customer.relationshipCare'];
 * settings.vipContactIntervalDays; // 14
 * ```
 */
export interface RelationshipCareSettings extends CriterionSettings {
  /** A key customer should be contacted at least this often (a customer's own interval wins). */
  readonly keyContactIntervalDays: number;
  /** A VIP customer should be contacted at least this often (a customer's own interval wins). */
  readonly vipContactIntervalDays: number;
  /** A complaint is followed up when first answered within this many seconds. */
  readonly complaintFollowUpSeconds: number;
  /** The share of complaints to follow up in time. */
  readonly targetComplaintFollowUpShare: number;
  /** A VIP call answered within this many seconds is answered in time. */
  readonly vipAnswerThresholdSeconds: number;
  /** The share of VIP calls to answer in time. */
  readonly targetVipServiceLevel: number;
}

/**
 * Settings of `customer.satisfaction`: `band` judges the CSAT top-box share (the default), `npsBand`
 * the Net Promoter Score when an evaluation is judged by NPS; `minimumSample` is the number of
 * answers of the judged kind below which no rating is given.
 *
 * @example
 * ```ts
 * import { b2b, type SatisfactionSettings } from '@org/cs-metrics';
 * const settings: SatisfactionSettings = b2b.criteria['customer.satisfaction'];
 * settings.band.good; // 0.8
 * settings.npsBand.excellent; // 50
 * ```
 */
export interface SatisfactionSettings extends CriterionSettings {
  /** The band of the Net Promoter Score (−100…100), used with `judgedBy: 'nps'`. */
  readonly npsBand: Band;
}

/**
 * Settings of `customer.retention`: the band judges the customer retention rate (annualised for
 * periods other than a calendar year); gross revenue retention below the target raises a warning.
 *
 * @example
 * ```ts
 * import { b2b, type RetentionSettings } from '@org/cs-metrics';
 * const settings: RetentionSettings = b2b.criteria['customer.retention'];
 * settings.band.good; // 0.85
 * settings.targetGrossRevenueRetentionShare; // 0.9
 * ```
 */
export interface RetentionSettings extends CriterionSettings {
  /** Gross revenue retention (per currency) below this share raises a warning. */
  readonly targetGrossRevenueRetentionShare: number;
}

/**
 * The customer indicators' part of a profile (satisfaction, retention, resolution, feedback,
 * relationship care): filled in as each indicator lands.
 *
 * @example
 * ```ts
 * import { b2b, type CustomerCriteriaSettings } from '@org/cs-metrics';
 * const customer: CustomerCriteriaSettings = b2b.criteria;
 * customer['customer.relationshipCare'].keyContactIntervalDays; // 30
 * ```
 */
export interface CustomerCriteriaSettings {
  /** First-contact resolution share, with time and reopen targets. */
  readonly 'customer.resolutionEfficiency': ResolutionEfficiencySettings;
  /** Share of feedback acted on in time, with collection and analysis targets. */
  readonly 'customer.feedbackQuality': FeedbackQualitySettings;
  /** Share of key and VIP customers contacted within their interval. */
  readonly 'customer.relationshipCare': RelationshipCareSettings;
  /** CSAT top-box share (or NPS), with the minimum number of answers before a rating. */
  readonly 'customer.satisfaction': SatisfactionSettings;
  /** Customer retention rate, with a gross revenue retention target. */
  readonly 'customer.retention': RetentionSettings;
}

const fcrBand = {
  direction: 'higher-is-better',
  worst: 0.4,
  fair: 0.6,
  good: 0.7,
  excellent: 0.8,
  best: 0.9,
} as const;
const resolution = (resolutionTargetSeconds: number): ResolutionEfficiencySettings => ({
  weight: 2,
  minimumSample: 20,
  band: fcrBand,
  firstResponseTargetSeconds: 14_400,
  resolutionTargetSeconds,
  maximumReopenShare: 0.1,
});
const feedback: FeedbackQualitySettings = {
  weight: 1,
  minimumSample: 10,
  band: { direction: 'higher-is-better', worst: 0, fair: 0.25, good: 0.5, excellent: 0.75, best: 1 },
  actionWithinDays: 30,
  targetCustomerCoverageShare: 0.2,
  targetCategorisedShare: 0.9,
};
const care = (keyContactIntervalDays: number, vipContactIntervalDays: number): RelationshipCareSettings => ({
  weight: 2,
  minimumSample: 5,
  band: { direction: 'higher-is-better', worst: 0.5, fair: 0.7, good: 0.85, excellent: 0.95, best: 1 },
  keyContactIntervalDays,
  vipContactIntervalDays,
  complaintFollowUpSeconds: 86_400,
  targetComplaintFollowUpShare: 0.9,
  vipAnswerThresholdSeconds: 20,
  targetVipServiceLevel: 0.9,
});

const satisfactionSettings = (minimumSample: number): SatisfactionSettings => ({
  weight: 3,
  minimumSample,
  band: { direction: 'higher-is-better', worst: 0.4, fair: 0.6, good: 0.8, excellent: 0.9, best: 1 },
  npsBand: { direction: 'higher-is-better', worst: -50, fair: -20, good: 0, excellent: 50, best: 70 },
});
const retentionSettings = (
  band: readonly [worst: number, fair: number, good: number, excellent: number, best: number],
  targetGrossRevenueRetentionShare: number,
): RetentionSettings => ({
  weight: 2,
  minimumSample: 10,
  band: {
    direction: 'higher-is-better',
    worst: band[0],
    fair: band[1],
    good: band[2],
    excellent: band[3],
    best: band[4],
  },
  targetGrossRevenueRetentionShare,
});

/** @internal */
export const customerDefaults: Readonly<Record<'b2c' | 'b2b' | 'consulting', CustomerCriteriaSettings>> = {
  b2c: {
    'customer.resolutionEfficiency': resolution(86_400),
    'customer.feedbackQuality': feedback,
    'customer.relationshipCare': care(90, 30),
    'customer.satisfaction': satisfactionSettings(30),
    'customer.retention': retentionSettings([0.4, 0.6, 0.7, 0.8, 0.9], 0.8),
  },
  b2b: {
    'customer.resolutionEfficiency': resolution(86_400),
    'customer.feedbackQuality': feedback,
    'customer.relationshipCare': care(30, 14),
    'customer.satisfaction': satisfactionSettings(30),
    'customer.retention': retentionSettings([0.6, 0.75, 0.85, 0.9, 0.95], 0.9),
  },
  consulting: {
    'customer.resolutionEfficiency': resolution(259_200),
    'customer.feedbackQuality': feedback,
    'customer.relationshipCare': care(30, 14),
    'customer.satisfaction': satisfactionSettings(10),
    'customer.retention': retentionSettings([0.6, 0.75, 0.85, 0.9, 0.95], 0.9),
  },
};
