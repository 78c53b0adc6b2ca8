// Contact-centre objective settings of the built-in profiles. Sources: docs/benchmarks.md.
import type { CriterionSettings } from '../core/evaluation.js';

/**
 * Settings of `contactCentre.serviceLevel`: the share of calls answered within `thresholdSeconds`.
 *
 * @example
 * ```ts
 * import { b2c, type ServiceLevelSettings } from '@org/cs-metrics';
 * const settings: ServiceLevelSettings = b2c.criteria['contactCentre.serviceLevel'];
 * settings.thresholdSeconds; // 30
 * settings.target; // 0.85
 * ```
 */
export interface ServiceLevelSettings extends CriterionSettings {
  /** Answered in this many seconds or fewer counts as answered in time. */
  readonly thresholdSeconds: number;
  /** The share of calls to answer in time (the goal the manager is held to). */
  readonly target: number;
  /** A caller who hangs up within this many seconds is a "short abandon" (for the short-abandon conventions). */
  readonly shortAbandonSeconds: number;
}

/**
 * Settings of `contactCentre.monitoringScores`: the average quality-review score, 0–100.
 *
 * @example
 * ```ts
 * import { b2b, type MonitoringScoresSettings } from '@org/cs-metrics';
 * const settings: MonitoringScoresSettings = b2b.criteria['contactCentre.monitoringScores'];
 * settings.trainingThreshold; // 75
 * ```
 */
export interface MonitoringScoresSettings extends CriterionSettings {
  /** A representative whose average score is below this needs additional training. */
  readonly trainingThreshold: number;
}

/**
 * Settings of `contactCentre.budgetVariance`: actual spending ÷ budget, lower is better.
 *
 * @example
 * ```ts
 * import { b2c, type BudgetVarianceSettings } from '@org/cs-metrics';
 * const settings: BudgetVarianceSettings = b2c.criteria['contactCentre.budgetVariance'];
 * settings.underspendWarningShare; // 0.9
 * ```
 */
export interface BudgetVarianceSettings extends CriterionSettings {
  /** Spending below this share of the budget adds a warning (possible under-staffing or deferred costs). */
  readonly underspendWarningShare: number;
}

/**
 * Settings of `contactCentre.trainingCoverage`: the share of the representatives flagged by monitoring
 * (average below the training threshold) who were trained within `trainedWithinDays` of being flagged.
 *
 * @example
 * ```ts
 * import { b2c, type TrainingCoverageSettings } from '@org/cs-metrics';
 * const settings: TrainingCoverageSettings = b2c.criteria['contactCentre.trainingCoverage'];
 * settings.trainedWithinDays; // 14
 * ```
 */
export interface TrainingCoverageSettings extends CriterionSettings {
  /** A flagged representative trained within this many days of the first review below the threshold is trained in time. */
  readonly trainedWithinDays: number;
}

/**
 * The contact-centre objectives' part of a profile.
 *
 * @example
 * ```ts
 * import { b2b, type ContactCentreCriteriaSettings } from '@org/cs-metrics';
 * const cc: ContactCentreCriteriaSettings = b2b.criteria;
 * cc['contactCentre.budgetVariance'].band.good; // 1: spending at budget
 * ```
 */
export interface ContactCentreCriteriaSettings {
  readonly 'contactCentre.serviceLevel': ServiceLevelSettings;
  readonly 'contactCentre.monitoringScores': MonitoringScoresSettings;
  /** Actual spending as a share of budget (1 = on budget), lower is better. */
  readonly 'contactCentre.budgetVariance': BudgetVarianceSettings;
  readonly 'contactCentre.trainingCoverage': TrainingCoverageSettings;
}

const shared: ContactCentreCriteriaSettings = {
  'contactCentre.serviceLevel': {
    weight: 3,
    minimumSample: 30,
    thresholdSeconds: 30,
    target: 0.85,
    shortAbandonSeconds: 5,
    band: { direction: 'higher-is-better', worst: 0.5, fair: 0.8, good: 0.85, excellent: 0.9, best: 0.95 },
  },
  'contactCentre.monitoringScores': {
    weight: 2,
    minimumSample: 3,
    trainingThreshold: 75,
    band: { direction: 'higher-is-better', worst: 50, fair: 75, good: 85, excellent: 95, best: 100 },
  },
  'contactCentre.budgetVariance': {
    weight: 1,
    minimumSample: 1,
    band: { direction: 'lower-is-better', worst: 1.2, fair: 1.05, good: 1, excellent: 0.97, best: 0.9 },
    underspendWarningShare: 0.9,
  },
  'contactCentre.trainingCoverage': {
    weight: 1,
    minimumSample: 1,
    band: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 0.8, excellent: 1, best: 1 },
    trainedWithinDays: 14,
  },
};

/** @internal */
export const contactCentreDefaults: Readonly<
  Record<'b2c' | 'b2b' | 'consulting', ContactCentreCriteriaSettings>
> = {
  b2c: shared,
  b2b: shared,
  consulting: shared,
};
