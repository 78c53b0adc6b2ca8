import type { Band, Rating } from '../core/band.js';
import type { CriterionArea, CriterionId } from '../core/criteria.js';
import type { Explanation, ExplanationInput } from '../core/evaluation.js';
import type { ManagerFunction, ManagerRole } from '../domain/records/manager.js';
import type { CalendarDate } from '../domain/time.js';
import type { ScorecardRecordKind } from './records.js';

/**
 * Any JSON value: what a scorecard's `details` hold once Decimals are written as strings.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '@org/cs-metrics';
 * const value: JsonValue = { meetings: 40, perIsoWeek: [{ week: '2026-W41', meetings: 8 }], currency: null };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Where a criterion stands in a scorecard:
 * - `scored`: rated, and counted in the overall score by its weight;
 * - `insufficient-data`: the records were supplied but too few (the evaluator's explanation says why);
 * - `no-records`: a record kind it needs was not supplied at all;
 * - `switched-off`: the profile gives it weight 0, so it was not evaluated;
 * - `not-applicable`: it does not apply to the manager's `function` (a sales criterion for a
 *   contact-centre manager), so it was not evaluated and is not part of the overall score.
 *
 * @example
 * ```ts
 * import type { CriterionStatus } from '@org/cs-metrics';
 * const status: CriterionStatus = 'no-records';
 * ```
 */
export type CriterionStatus =
  | 'scored'
  | 'insufficient-data'
  | 'no-records'
  | 'switched-off'
  | 'not-applicable';

/**
 * One criterion in a scorecard: the evaluation as plain data (Decimals in `details` written as
 * decimal strings), with its status. `value`, `score` and `rating` are `null` unless it was evaluated.
 *
 * @example
 * ```ts
 * import type { ScorecardCriterionResult } from '@org/cs-metrics';
 * const entry: ScorecardCriterionResult = {
 *   criterion: 'contactCentre.serviceLevel', area: 'contactCentre', status: 'no-records', weight: 3,
 *   value: null, unit: null, rating: null, score: null, sampleSize: 0,
 *   benchmark: { direction: 'higher-is-better', worst: 0.5, fair: 0.8, good: 0.85, excellent: 0.9, best: 0.95 },
 *   explanation: { code: 'scorecard.no-records', message: 'Not scored: no calls were supplied.', inputs: { missing: 'calls' } },
 *   warnings: [], details: null,
 * };
 * ```
 */
export interface ScorecardCriterionResult {
  readonly criterion: CriterionId;
  readonly area: CriterionArea;
  readonly status: CriterionStatus;
  /** The profile's weight for it (0: switched off). */
  readonly weight: number;
  readonly value: number | null;
  /** The evaluation's unit; `null` when not evaluated. */
  readonly unit: string | null;
  /** The evaluation's rating (`insufficient-data` included); `null` when not evaluated. */
  readonly rating: Rating | null;
  /** 0–100; `null` unless scored. */
  readonly score: number | null;
  readonly sampleSize: number;
  /** The band from the profile. */
  readonly benchmark: Band;
  /** The evaluation's explanation, or the scorecard's note when it was not evaluated. */
  readonly explanation: Explanation;
  readonly warnings: readonly Explanation[];
  /** The evaluation's breakdown as plain JSON; `null` when not evaluated. */
  readonly details: JsonValue;
}

/**
 * A weight as used in the overall score: the profile's weight and its share after leaving out the
 * criteria without a score (the shares of the scored criteria sum to 1).
 *
 * @example
 * ```ts
 * import type { ScorecardWeight } from '@org/cs-metrics';
 * const w: ScorecardWeight = { criterion: 'sales.meetingRate', weight: 2, share: 0.4, contribution: 28.8 };
 * ```
 */
export interface ScorecardWeight {
  readonly criterion: CriterionId;
  readonly weight: number;
  /** weight ÷ the sum of the weights of the scored criteria. */
  readonly share: number;
  /** share × score: this criterion's part of the overall score (rounded to 0.01). */
  readonly contribution: number;
}

/**
 * A concrete next step: a stable code (`<criterion>.<action>`), the English sentence, and the inputs
 * it was built from, so an app can translate it with its own message table.
 *
 * @example
 * ```ts
 * import type { NextStep } from '@org/cs-metrics';
 * const step: NextStep = {
 *   code: 'contactCentre.serviceLevel.staff-for-peaks', criterion: 'contactCentre.serviceLevel',
 *   message: 'Review staffing and breaks at peak hours: 321 of 412 calls (77.9 %) were answered within 30 s; the target is 85 %.',
 *   inputs: { answeredInTime: 321, calls: 412, share: 0.779, thresholdSeconds: 30, target: 0.85 },
 * };
 * ```
 */
export interface NextStep {
  readonly code: string;
  readonly criterion: CriterionId;
  readonly message: string;
  readonly inputs: Readonly<Record<string, ExplanationInput>>;
}

/**
 * A criterion at the top or bottom of a scorecard.
 *
 * @example
 * ```ts
 * import type { RankedCriterion } from '@org/cs-metrics';
 * const best: RankedCriterion = { criterion: 'customer.feedbackQuality', score: 88, rating: 'excellent' };
 * ```
 */
export interface RankedCriterion {
  readonly criterion: CriterionId;
  readonly score: number;
  readonly rating: Rating;
}

/**
 * The period a scorecard covers, as plain data.
 *
 * @example
 * ```ts
 * import type { ScorecardPeriod } from '@org/cs-metrics';
 * const october: ScorecardPeriod = { from: '2026-10-01', to: '2026-10-31', timeZone: 'UTC', start: 1790812800000, end: 1793491200000 };
 * ```
 */
export interface ScorecardPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly timeZone: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The manager a scorecard is about, as plain data.
 *
 * @example
 * ```ts
 * import type { ScorecardManager } from '@org/cs-metrics';
 * const anna: ScorecardManager = { id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', team: null };
 * ```
 */
export interface ScorecardManager {
  readonly id: string;
  readonly name: string;
  readonly role: ManagerRole;
  readonly function: ManagerFunction;
  readonly team: string | null;
}

/**
 * One manager's scorecard: every criterion of the registry with its status, the overall score
 * (the weighted mean of the scored criteria), the weights used, the strongest and weakest criterion,
 * next steps and notes. Plain JSON data: `JSON.parse(JSON.stringify(card))` deep-equals it. The
 * JSON Schema is `scorecardJsonSchemas.ManagerScorecard`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateManager, normalizeManager, periodOf, type ManagerScorecard } from '@org/cs-metrics';
 * const manager = normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' });
 * const card: ManagerScorecard = evaluateManager({ manager, period: periodOf('2026-10'), profile: b2b, interactions: [] });
 * card.overall.score; // 0
 * ```
 */
export interface ManagerScorecard {
  readonly kind: 'manager-scorecard';
  readonly manager: ScorecardManager;
  readonly period: ScorecardPeriod;
  /** The profile id. */
  readonly profile: string;
  /** The `asOf` instant (epoch ms) given, or `null`. */
  readonly asOf: number | null;
  readonly overall: {
    /** Σ share × score over the scored criteria, rounded to 0.1; `null` when nothing was scored. */
    readonly score: number | null;
    /** The rating of the overall score on the same scale as a criterion's (poor < 40 ≤ fair < 60 ≤ good < 80 ≤ excellent). */
    readonly rating: Rating;
    /** How many criteria were scored. */
    readonly scored: number;
    /** True when a criterion with a weight above 0 was left out for lack of data. */
    readonly renormalised: boolean;
  };
  /** The weights of the scored criteria, in criterion order. */
  readonly weights: readonly ScorecardWeight[];
  /** Every criterion of the registry, in criterion order. */
  readonly criteria: readonly ScorecardCriterionResult[];
  /** The highest score (ties: higher weight, then criterion order); `null` when nothing was scored. */
  readonly strongest: RankedCriterion | null;
  /** The lowest score (ties: higher weight, then criterion order); `null` when nothing was scored. */
  readonly weakest: RankedCriterion | null;
  /** What to do next, weakest criterion first. */
  readonly nextSteps: readonly NextStep[];
  /** Renormalisation and the criteria not scored, with their reasons. */
  readonly notes: readonly Explanation[];
  /** Records supplied that named another manager and were skipped, per kind (empty in a team: see `unassignedRecords`). */
  readonly skippedRecords: Readonly<Partial<Record<ScorecardRecordKind, number>>>;
}

/**
 * A manager's place in a team ranking. Equal overall scores share a rank (1, 2, 2, 4) and are listed
 * by manager id; managers without an overall score come last, without a rank.
 *
 * @example
 * ```ts
 * import type { TeamRankingEntry } from '@org/cs-metrics';
 * const first: TeamRankingEntry = { rank: 1, managerId: 'm2', name: 'Li Wei', score: 74.5, rating: 'good' };
 * ```
 */
export interface TeamRankingEntry {
  /** 1 for the best; `null` without an overall score. */
  readonly rank: number | null;
  readonly managerId: string;
  readonly name: string;
  readonly score: number | null;
  readonly rating: Rating;
}

/**
 * How a criterion's scores spread over a team.
 *
 * @example
 * ```ts
 * import type { CriterionDistribution } from '@org/cs-metrics';
 * const d: CriterionDistribution = {
 *   criterion: 'sales.meetingRate', scored: 2, min: 36, median: 54, max: 72, mean: 54,
 *   ratings: { excellent: 0, good: 1, fair: 0, poor: 1, 'insufficient-data': 0 },
 *   statuses: { scored: 2, 'insufficient-data': 0, 'no-records': 0, 'switched-off': 0, 'not-applicable': 0 },
 * };
 * ```
 */
export interface CriterionDistribution {
  readonly criterion: CriterionId;
  /** How many managers were scored on it. */
  readonly scored: number;
  /** Over the scored managers; `null` when none. The median of an even count is the mean of the middle two. */
  readonly min: number | null;
  readonly median: number | null;
  readonly max: number | null;
  /** Rounded to 0.1. */
  readonly mean: number | null;
  /** Managers by rating (the evaluated ones). */
  readonly ratings: Readonly<Record<Rating, number>>;
  /** Managers by status. */
  readonly statuses: Readonly<Record<CriterionStatus, number>>;
}

/**
 * A team's scorecard: each manager's scorecard, the ranking, the spread of every criterion, and the
 * contact-centre objectives over all the team's records (service level over every call, spending
 * over every budget line). Plain JSON data; the JSON Schema is `scorecardJsonSchemas.TeamScorecard`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateTeam, normalizeManagers, periodOf, type TeamScorecard } from '@org/cs-metrics';
 * const managers = normalizeManagers([{ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' }]);
 * const team: TeamScorecard = evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions: [] });
 * team.ranking[0]?.managerId; // 'm1'
 * ```
 */
export interface TeamScorecard {
  readonly kind: 'team-scorecard';
  readonly period: ScorecardPeriod;
  readonly profile: string;
  readonly asOf: number | null;
  /** In the order the managers were given. */
  readonly managers: readonly ManagerScorecard[];
  readonly ranking: readonly TeamRankingEntry[];
  /** One per criterion of the registry, in criterion order. */
  readonly distribution: readonly CriterionDistribution[];
  /** `contactCentre.serviceLevel` and `contactCentre.budgetVariance` over all the records supplied. */
  readonly objectives: readonly ScorecardCriterionResult[];
  /** Records that belong to no manager in the list, per kind supplied. */
  readonly unassignedRecords: Readonly<Partial<Record<ScorecardRecordKind, number>>>;
  readonly notes: readonly Explanation[];
}
