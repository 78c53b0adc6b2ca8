// The seven sales criteria of issue 3 for one manager in one call: each criterion's own convenience
// function, with the options it takes, so there is one place (the criterion) for every rule.
import type { Evaluation } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period, WorkCalendar } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { SalesPlan } from '../../domain/records/sales-plan.js';
import type { DateInput } from '../../domain/time.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption } from '../criterion-options.js';
import { type DecisionMakerReachMetrics, decisionMakerReach } from './decision-maker-reach.js';
import { type EventParticipationMetrics, eventParticipation } from './event-participation.js';
import { type MeetingCallAlternationDetails, meetingCallAlternation } from './meeting-call-alternation.js';
import { type MeetingRateMetrics, meetingRate } from './meeting-rate.js';
import { type OpportunityFunnelMetrics, opportunityFunnel } from './opportunity-funnel.js';
import { type PlanAttainmentMetrics, planAttainment } from './plan-attainment.js';
import { type ReferralsMetrics, referrals } from './referrals.js';

/**
 * The records {@link salesCriteria} reads: the normalised interactions and deals (arrays or any
 * iterables, each read once) and, for the plan, the sales plans.
 *
 * @example
 * ```ts
 * import type { SalesCriteriaInput } from '@org/cs-metrics';
 * const input: SalesCriteriaInput = { interactions: [], deals: [], plans: [] };
 * ```
 */
export interface SalesCriteriaInput {
  readonly interactions: Iterable<Interaction>;
  readonly deals: Iterable<Deal>;
  /** Without them `sales.planAttainment` is `insufficient-data` (`sales.planAttainment.no-plan`). */
  readonly plans?: Iterable<SalesPlan> | undefined;
}

/**
 * Options of {@link salesCriteria}: what the seven criteria share. Each criterion's own knobs
 * (`stalledAfterMeetings`, `slippageGraceDays`, `refillWithinDays`, `cohortMaturityDays`,
 * `focusRatioThreshold`) come from the profile.
 *
 * @example
 * ```ts
 * import { b2b, periodOf, type SalesCriteriaOptions } from '@org/cs-metrics';
 * const options: SalesCriteriaOptions = { period: periodOf('2026-10', 'Europe/Berlin'), profile: b2b, managerId: 'm1', asOf: '2026-11-02' };
 * ```
 */
export interface SalesCriteriaOptions {
  readonly period: Period;
  readonly profile: Profile;
  /** Only this manager's records count. Default: every record given. */
  readonly managerId?: string | undefined;
  /** Working days for the meeting rate and the alternation. Default: the profile's calendar. */
  readonly calendar?: WorkCalendar | undefined;
  /** "Now" for the funnel (deals open, won or lost by then). Default: the end of the period. */
  readonly asOf?: DateInput | undefined;
  /** Exchange rates into the plan's currency for the plan and the funnel (`{ USD: '0.92' }`). Default none. */
  readonly exchangeRates?: Readonly<Record<string, string>> | undefined;
}

/**
 * The seven sales evaluations of one manager, keyed by criterion id.
 *
 * @example
 * ```ts
 * import type { SalesCriteriaEvaluations } from '@org/cs-metrics';
 * const rating = (all: SalesCriteriaEvaluations) => all['sales.planAttainment'].rating;
 * ```
 */
export interface SalesCriteriaEvaluations {
  readonly 'sales.eventParticipation': Evaluation<EventParticipationMetrics>;
  readonly 'sales.meetingCallAlternation': Evaluation<MeetingCallAlternationDetails>;
  readonly 'sales.referrals': Evaluation<ReferralsMetrics>;
  readonly 'sales.meetingRate': Evaluation<MeetingRateMetrics>;
  readonly 'sales.decisionMakerReach': Evaluation<DecisionMakerReachMetrics>;
  readonly 'sales.planAttainment': Evaluation<PlanAttainmentMetrics>;
  readonly 'sales.opportunityFunnel': Evaluation<OpportunityFunnelMetrics>;
}

function listOf<T>(records: unknown, path: string): readonly T[] {
  if (Array.isArray(records)) return records as T[];
  if (
    typeof records !== 'object' ||
    records === null ||
    typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    return fail(ErrorCodes.InvalidOption, path, 'an array or iterable of normalised records', records);
  }
  // A generator can be read only once, and five criteria read each kind: read it once, into an array.
  return Array.from(records as Iterable<T>);
}

/**
 * The seven sales criteria of one manager in one call (issue 3): events, alternation of meetings and
 * calls, referrals, meetings per day, reaching the decision maker, the plan and the funnel, each
 * judged against the profile by its own convenience function ({@link eventParticipation},
 * {@link meetingCallAlternation}, {@link referrals}, {@link meetingRate}, {@link decisionMakerReach},
 * {@link planAttainment}, {@link opportunityFunnel}) — the same evaluations as calling them one by one.
 *
 * **Passes over the records.** Each criterion reads the arrays once: the interactions are read by five
 * criteria and the deals by five, so five passes each (plus the plans by two). A non-array iterable
 * (a generator) is first read once into an array. The criteria do not share one pass: each keeps its
 * own state and checks; for one pass over a stream, feed the records to the seven aggregators.
 *
 * Without `plans`, the plan is `insufficient-data` (`sales.planAttainment.no-plan`) and the funnel's
 * pipeline coverage `null`.
 *
 * @throws {@link CsMetricsError} `invalid-option` for a bad input (`input.deals`) or option, and what
 *   each criterion raises (a deal in another currency than the plan's without `exchangeRates`).
 * @example
 * ```ts
 * import { b2b, normalizeDeals, normalizeInteractions, normalizeSalesPlans, periodOf, salesCriteria } from '@org/cs-metrics';
 * const interactions = normalizeInteractions([
 *   { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-06T10:00Z', contactRole: 'decision-maker' },
 * ]);
 * const deals = normalizeDeals([
 *   { id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: '30000', currency: 'EUR', createdAt: '2026-10-01', closedAt: '2026-10-20' },
 * ]);
 * const plans = normalizeSalesPlans([{ managerId: 'm1', period: '2026-10', amount: '25000', currency: 'EUR' }]);
 * const all = salesCriteria({ interactions, deals, plans }, { period: periodOf('2026-10'), profile: b2b, managerId: 'm1' });
 * all['sales.planAttainment'].value; // 1.2
 * all['sales.planAttainment'].rating; // 'excellent'
 * Object.keys(all).length; // 7
 * ```
 */
export function salesCriteria(
  input: SalesCriteriaInput,
  options: SalesCriteriaOptions,
): SalesCriteriaEvaluations {
  if (typeof input !== 'object' || input === null) {
    return fail(ErrorCodes.InvalidOption, 'input', '{ interactions, deals, plans? }', input);
  }
  const period = checkPeriodOption(options);
  const interactions = listOf<Interaction>(input.interactions, 'input.interactions');
  const deals = listOf<Deal>(input.deals, 'input.deals');
  const plans = input.plans === undefined ? [] : listOf<SalesPlan>(input.plans, 'input.plans');
  const { profile } = options;
  const who = options.managerId === undefined ? {} : { managerId: options.managerId };
  const base = { period, profile, ...who };
  const calendar = options.calendar === undefined ? {} : { calendar: options.calendar };
  const rates = options.exchangeRates === undefined ? {} : { exchangeRates: options.exchangeRates };
  return {
    'sales.eventParticipation': eventParticipation({ interactions, deals }, base),
    'sales.meetingCallAlternation': meetingCallAlternation(interactions, { ...base, ...calendar }),
    'sales.referrals': referrals({ interactions, deals }, base),
    'sales.meetingRate': meetingRate(interactions, { ...base, ...calendar }),
    'sales.decisionMakerReach': decisionMakerReach({ interactions, deals }, base),
    'sales.planAttainment': planAttainment({ deals, plans }, { ...base, ...rates }),
    'sales.opportunityFunnel': opportunityFunnel(
      { deals, plans },
      { ...base, ...rates, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) },
    ),
  };
}
