// Sales criteria settings of the built-in profiles. Every figure's source is in docs/benchmarks.md.
import type { TargetRangeBand } from '../core/band.js';
import type { CriterionSettings } from '../core/evaluation.js';

/**
 * Settings of `sales.decisionMakerReach`.
 *
 * @example
 * ```ts
 * import { b2b, type DecisionMakerReachSettings } from '@org/cs-metrics';
 * const settings: DecisionMakerReachSettings = b2b.criteria['sales.decisionMakerReach'];
 * settings.band.good; // 0.1: one contract per ten prospects
 * ```
 */
export interface DecisionMakerReachSettings extends CriterionSettings {
  /** An account with at least this many meetings, no contract and no decision maker met is listed as stalled. */
  readonly stalledAfterMeetings: number;
}

/**
 * Settings of `sales.meetingCallAlternation`: the band judges the share of working days with a clear
 * focus; `ratioBand` rates meetings per call; the rest shape the day rule and the warnings.
 *
 * @example
 * ```ts
 * import { b2b, type MeetingCallAlternationSettings } from '@org/cs-metrics';
 * const settings: MeetingCallAlternationSettings = b2b.criteria['sales.meetingCallAlternation'];
 * settings.focusRatioThreshold; // 2
 * settings.ratioBand.best; // 0.1
 * ```
 */
export interface MeetingCallAlternationSettings extends CriterionSettings {
  /**
   * How far a day's calls per meeting must lean from the manager's usual ones to count as a call day
   * (× this) or a meeting day (÷ this); see `dayFocus`.
   */
  readonly focusRatioThreshold: number;
  /** A share of idle working days (no calls, no meetings) above this raises a warning. */
  readonly idleDayWarningShare: number;
  /** The target range of meetings per call. */
  readonly ratioBand: TargetRangeBand;
}

/**
 * Settings of `sales.planAttainment`.
 *
 * @example
 * ```ts
 * import { b2b, type PlanAttainmentSettings } from '@org/cs-metrics';
 * const settings: PlanAttainmentSettings = b2b.criteria['sales.planAttainment'];
 * settings.slippageGraceDays; // 7
 * ```
 */
export interface PlanAttainmentSettings extends CriterionSettings {
  /**
   * A deal won within this many days after the period's end that was ready in the period (an expected
   * close inside it, or in negotiation before its end) counts as slipped: closing postponed to next month.
   */
  readonly slippageGraceDays: number;
}

/**
 * Settings of `sales.opportunityFunnel`.
 *
 * @example
 * ```ts
 * import { b2b, type OpportunityFunnelSettings } from '@org/cs-metrics';
 * const settings: OpportunityFunnelSettings = b2b.criteria['sales.opportunityFunnel'];
 * settings.refillWithinDays; // 14
 * ```
 */
export interface OpportunityFunnelSettings extends CriterionSettings {
  /** A lost deal counts as refilled when a new prospect (deal) is added within this many days after it. */
  readonly refillWithinDays: number;
  /**
   * Days a cohort of prospects is given to sign before it is judged: the cohort is the deals created
   * in a window as long as the period, ending this many days before the period's end.
   */
  readonly cohortMaturityDays: number;
}

/**
 * The sales criteria's part of a profile.
 *
 * @example
 * ```ts
 * import { b2c, type SalesCriteriaSettings } from '@org/cs-metrics';
 * const sales: SalesCriteriaSettings = b2c.criteria;
 * sales['sales.meetingRate'].band.excellent; // 20
 * ```
 */
export interface SalesCriteriaSettings {
  /** Meetings per working day. */
  readonly 'sales.meetingRate': CriterionSettings;
  /** Contracts signed per prospect met. */
  readonly 'sales.decisionMakerReach': DecisionMakerReachSettings;
  /** Won amount against plan (1 = plan met). */
  readonly 'sales.planAttainment': PlanAttainmentSettings;
  /** Share of a cohort of prospects that signs. */
  readonly 'sales.opportunityFunnel': OpportunityFunnelSettings;
  /** Events attended per month (weight 0 switches it off for teams whose role has no events). */
  readonly 'sales.eventParticipation': CriterionSettings;
  /** Share of working days with a clear focus (call day or meeting day). */
  readonly 'sales.meetingCallAlternation': MeetingCallAlternationSettings;
  /** Share of won customers asked for referrals. */
  readonly 'sales.referrals': CriterionSettings;
}

const oneInTen = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.05,
  good: 0.1,
  excellent: 0.2,
  best: 0.3,
} as const;
const plan = {
  direction: 'higher-is-better',
  worst: 0.5,
  fair: 0.9,
  good: 1,
  excellent: 1.1,
  best: 1.3,
} as const;
const b2bMeetings = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.5,
  good: 1,
  excellent: 2,
  best: 3,
} as const;

const eventsPerMonth = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.5,
  good: 1,
  excellent: 2,
  best: 4,
} as const;
const focusedDays = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.25,
  good: 0.5,
  excellent: 0.75,
  best: 0.9,
} as const;
const b2bMeetingsPerCall = {
  direction: 'target-range',
  best: 0.1,
  excellent: [0.05, 0.2],
  good: [0.03, 0.35],
  fair: [0.015, 0.6],
  worst: [0, 1.5],
} as const;
const askedShare = {
  direction: 'higher-is-better',
  worst: 0,
  fair: 0.25,
  good: 0.5,
  excellent: 0.9,
  best: 1,
} as const;

/** @internal */
export const salesDefaults: Readonly<Record<'b2c' | 'b2b' | 'consulting', SalesCriteriaSettings>> = {
  b2c: {
    'sales.meetingRate': {
      weight: 2,
      minimumSample: 5,
      band: { direction: 'higher-is-better', worst: 0, fair: 5, good: 10, excellent: 20, best: 25 },
    },
    'sales.decisionMakerReach': { weight: 1, minimumSample: 10, band: oneInTen, stalledAfterMeetings: 3 },
    'sales.planAttainment': { weight: 3, minimumSample: 1, band: plan, slippageGraceDays: 3 },
    'sales.opportunityFunnel': {
      weight: 1,
      minimumSample: 10,
      band: oneInTen,
      refillWithinDays: 7,
      cohortMaturityDays: 14,
    },
    'sales.eventParticipation': { weight: 0, minimumSample: 28, band: eventsPerMonth },
    'sales.meetingCallAlternation': {
      weight: 1,
      minimumSample: 5,
      band: focusedDays,
      focusRatioThreshold: 2,
      idleDayWarningShare: 0.2,
      ratioBand: {
        direction: 'target-range',
        best: 1,
        excellent: [0.5, 2],
        good: [0.25, 4],
        fair: [0.1, 10],
        worst: [0, 25],
      },
    },
    'sales.referrals': { weight: 1, minimumSample: 10, band: askedShare },
  },
  b2b: {
    'sales.meetingRate': { weight: 2, minimumSample: 5, band: b2bMeetings },
    'sales.decisionMakerReach': { weight: 2, minimumSample: 10, band: oneInTen, stalledAfterMeetings: 3 },
    'sales.planAttainment': { weight: 3, minimumSample: 1, band: plan, slippageGraceDays: 7 },
    'sales.opportunityFunnel': {
      weight: 2,
      minimumSample: 10,
      band: oneInTen,
      refillWithinDays: 14,
      cohortMaturityDays: 90,
    },
    'sales.eventParticipation': { weight: 1, minimumSample: 28, band: eventsPerMonth },
    'sales.meetingCallAlternation': {
      weight: 1,
      minimumSample: 5,
      band: focusedDays,
      focusRatioThreshold: 2,
      idleDayWarningShare: 0.2,
      ratioBand: b2bMeetingsPerCall,
    },
    'sales.referrals': { weight: 2, minimumSample: 5, band: askedShare },
  },
  consulting: {
    'sales.meetingRate': { weight: 1, minimumSample: 5, band: b2bMeetings },
    'sales.decisionMakerReach': { weight: 3, minimumSample: 10, band: oneInTen, stalledAfterMeetings: 3 },
    'sales.planAttainment': { weight: 3, minimumSample: 1, band: plan, slippageGraceDays: 7 },
    'sales.opportunityFunnel': {
      weight: 2,
      minimumSample: 10,
      band: oneInTen,
      refillWithinDays: 14,
      cohortMaturityDays: 180,
    },
    'sales.eventParticipation': { weight: 1, minimumSample: 28, band: eventsPerMonth },
    'sales.meetingCallAlternation': {
      weight: 1,
      minimumSample: 5,
      band: focusedDays,
      focusRatioThreshold: 2,
      idleDayWarningShare: 0.2,
      ratioBand: b2bMeetingsPerCall,
    },
    'sales.referrals': { weight: 2, minimumSample: 3, band: askedShare },
  },
};
