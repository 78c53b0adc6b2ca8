import type { Band } from '../core/band.js';
import type { CriterionId } from '../core/criteria.js';
import type { CriterionSettings, Evaluation, ExplanationInput } from '../core/evaluation.js';
import { roundTo } from '../core/evaluation.js';
import {
  type BudgetVarianceMetrics,
  budgetLinePath,
  budgetVariance,
} from '../criteria/contact-centre/budget-variance.js';
import {
  type MonitoringScoresMetrics,
  monitoringScores,
} from '../criteria/contact-centre/monitoring-scores.js';
import { type ServiceLevelMetrics, serviceLevel } from '../criteria/contact-centre/service-level.js';
import {
  type TrainingCoverageMetrics,
  trainingCoverage,
} from '../criteria/contact-centre/training-coverage.js';
import { type FeedbackQualityMetrics, feedbackQuality } from '../criteria/customer/feedback-quality.js';
import { type RelationshipCareMetrics, relationshipCare } from '../criteria/customer/relationship-care.js';
import {
  type ResolutionEfficiencyMetrics,
  resolutionEfficiency,
} from '../criteria/customer/resolution-efficiency.js';
import { type RetentionMetrics, retention } from '../criteria/customer/retention.js';
import { type SatisfactionMetrics, satisfaction } from '../criteria/customer/satisfaction.js';
import {
  type DecisionMakerReachMetrics,
  decisionMakerReach,
} from '../criteria/sales/decision-maker-reach.js';
import { type EventParticipationMetrics, eventParticipation } from '../criteria/sales/event-participation.js';
import {
  type MeetingCallAlternationMetrics,
  meetingCallAlternation,
} from '../criteria/sales/meeting-call-alternation.js';
import { type MeetingRateMetrics, meetingRate } from '../criteria/sales/meeting-rate.js';
import { type OpportunityFunnelMetrics, opportunityFunnel } from '../criteria/sales/opportunity-funnel.js';
import { type PlanAttainmentMetrics, planAttainment } from '../criteria/sales/plan-attainment.js';
import { type ReferralsMetrics, referrals } from '../criteria/sales/referrals.js';
import { formatMoney, type Money } from '../domain/money.js';
import { daysOfLabel, type Period, type WorkCalendar } from '../domain/period.js';
import type { BudgetLine } from '../domain/records/budget.js';
import type { ManagerFunction } from '../domain/records/manager.js';
import type { Profile } from '../profiles/profile.js';
import type { ManagerRecords, ScorecardRecordKind } from './records.js';

/**
 * What a registry entry is run with: one manager, one period, one profile.
 *
 * @example
 * ```ts
 * import { b2b, periodOf, type ScorecardContext } from '@org/cs-metrics';
 * const context: ScorecardContext = { period: periodOf('2026-10'), profile: b2b, managerId: 'm1', calendar: b2b.calendar, asOf: undefined };
 * ```
 */
export interface ScorecardContext {
  readonly period: Period;
  readonly profile: Profile;
  /** The manager scored; `undefined` for the team-level objectives. */
  readonly managerId: string | undefined;
  /**
   * The scored manager's `function`, against which each entry's `appliesTo` is checked; `undefined`
   * for the team-level objectives, which every criterion applies to.
   */
  readonly managerFunction?: ManagerFunction | undefined;
  readonly calendar: WorkCalendar;
  /** Epoch ms of "now" for the criteria that need it; never the clock. */
  readonly asOf: number | undefined;
  /**
   * Exchange rates as decimal strings (`{ USD: '0.92' }`: 1 USD = 0.92 of the target currency), passed
   * to the criteria that convert: `sales.planAttainment` and `sales.opportunityFunnel` (into the plan's
   * currency) and `contactCentre.budgetVariance` (into `currency`, when given). Default none.
   */
  readonly exchangeRates?: Readonly<Record<string, string>> | undefined;
  /** The reporting currency of `contactCentre.budgetVariance`. Default: the budget lines' own currency. */
  readonly currency?: string | undefined;
}

/**
 * A next step as a registry entry proposes it: a code and its inputs. The scorecard adds the
 * criterion and the sentence from the message table.
 *
 * @example
 * ```ts
 * import type { NextStepProposal } from '@org/cs-metrics';
 * const proposal: NextStepProposal = { code: 'customer.feedbackQuality.act-on-feedback', inputs: { pending: 4, feedback: 10, actionWithinDays: 30 } };
 * ```
 */
export interface NextStepProposal {
  readonly code: string;
  readonly inputs: Readonly<Record<string, ExplanationInput>>;
}

/**
 * One criterion in the scorecard's registry: which record kinds it reads and how to run it for a
 * manager and a period. Wiring a new criterion is one entry in {@link SCORECARD_CRITERIA}:
 *
 * ```ts
 * { id: 'contactCentre.monitoringScores', needs: ['reviews'],
 *   run: (r, c) => monitoringScores(r.reviews!, { period: c.period, profile: c.profile }),
 *   nextSteps: (e) => [...] }
 * ```
 *
 * `run` is called only when every kind in `needs` was supplied (possibly empty for this manager);
 * kinds in `uses` are passed when supplied. `nextSteps` reads the evaluation (its value, details and
 * warnings) and proposes codes with inputs; their sentences live in `SCORECARD_MESSAGES_EN`.
 *
 * @example
 * ```ts
 * import { SCORECARD_CRITERIA, type ScorecardCriterion } from '@org/cs-metrics';
 * const entry: ScorecardCriterion | undefined = SCORECARD_CRITERIA.find((c) => c.id === 'sales.meetingRate');
 * entry?.needs; // ['interactions']
 * ```
 */
export interface ScorecardCriterion {
  readonly id: CriterionId;
  /** Kinds without which the criterion cannot be evaluated. */
  readonly needs: readonly ScorecardRecordKind[];
  /** Kinds it reads when supplied (optional inputs). */
  readonly uses: readonly ScorecardRecordKind[];
  /**
   * The manager functions it applies to; for a manager of another function it is `not-applicable`
   * (not evaluated, not in the overall score, no renormalisation). Omitted: every manager.
   */
  readonly appliesTo?: readonly ManagerFunction[] | undefined;
  /** Evaluates the criterion over one manager's records (every kind in `needs` is an array). */
  readonly run: (records: ManagerRecords, context: ScorecardContext) => Evaluation;
  /** Turns the evaluation into next steps: codes with their inputs (none when all is well). */
  readonly nextSteps: (evaluation: Evaluation, context: ScorecardContext) => readonly NextStepProposal[];
}

/** @internal Sales criteria apply to sales and account managers. */
const SALES_FUNCTIONS: readonly ManagerFunction[] = Object.freeze(['sales', 'account']);
/** @internal Contact-centre objectives apply to contact-centre managers (and to a team as a whole). */
const CONTACT_CENTRE_FUNCTIONS: readonly ManagerFunction[] = Object.freeze(['contact-centre']);
/** @internal Customer criteria apply to every manager who owns customers, tickets or surveys. */
const EVERY_FUNCTION: readonly ManagerFunction[] = Object.freeze([
  'sales',
  'account',
  'contact-centre',
  'customer-service',
]);

/** The value from which a band rates `good`, for "x more would reach good" (lower bound of a target range). */
function goodOf(band: Band): number {
  return band.direction === 'target-range' ? band.good[0] : band.good;
}

function belowGood(e: Evaluation): boolean {
  return e.score !== null && e.score < 60;
}

const share = (x: number): number => roundTo(x, 4);

/**
 * @internal Whether a budget line counts in the period: its period label lies inside it (a month's
 * lines for a month). Each label is read once; one that is no label fails at the line's path
 * (`budgetLines[id=b-7].period`), as a manager's share of the lines has no index into the caller's.
 */
export function budgetLineFilter(period: Period): (line: BudgetLine) => boolean {
  const memo = new Map<string, boolean>();
  return (line) => {
    let keep = memo.get(line.period);
    if (keep === undefined) {
      const days = daysOfLabel(line.period, `${budgetLinePath(line)}.period`);
      keep = days.from >= period.from && days.to <= period.to;
      memo.set(line.period, keep);
    }
    return keep;
  };
}

/** @internal Budget lines whose period label lies inside the period (a month's lines for a month). */
export function budgetLinesIn(lines: readonly BudgetLine[], period: Period): BudgetLine[] {
  return lines.filter(budgetLineFilter(period));
}

const meetingRateEntry: ScorecardCriterion = {
  id: 'sales.meetingRate',
  appliesTo: SALES_FUNCTIONS,
  needs: ['interactions'],
  uses: [],
  // The records are the manager's already (split by managerId), so no managerId filter here.
  run: (r, c) => meetingRate(r.interactions!, { period: c.period, profile: c.profile, calendar: c.calendar }),
  nextSteps(e) {
    const m = e.details as MeetingRateMetrics;
    if (!belowGood(e) || e.benchmark.direction === 'lower-is-better') return [];
    const good = goodOf(e.benchmark);
    const more = Math.ceil(good * m.workingDays - m.meetings);
    if (more <= 0) return [];
    return [
      {
        code: 'sales.meetingRate.plan-more-meetings',
        inputs: { meetings: m.meetings, workingDays: m.workingDays, perDay: share(e.value!), good, more },
      },
    ];
  },
};

const serviceLevelEntry: ScorecardCriterion = {
  id: 'contactCentre.serviceLevel',
  appliesTo: CONTACT_CENTRE_FUNCTIONS,
  needs: ['calls'],
  uses: [],
  run: (r, c) => serviceLevel(r.calls!, { period: c.period, profile: c.profile }),
  nextSteps(e, c) {
    const m = e.details as ServiceLevelMetrics;
    const target = c.profile.criteria['contactCentre.serviceLevel'].target;
    const steps: NextStepProposal[] = [];
    if (e.value !== null && e.value < target) {
      steps.push({
        code: 'contactCentre.serviceLevel.staff-for-peaks',
        inputs: {
          answeredInTime: m.answeredWithinThreshold,
          calls: m.countedCalls,
          share: share(e.value),
          thresholdSeconds: m.thresholdSeconds,
          target,
        },
      });
    }
    if (e.value !== null && m.waitedOverMinute > 0) {
      steps.push({
        code: 'contactCentre.serviceLevel.reduce-long-waits',
        inputs: { waitedOverMinute: m.waitedOverMinute, longestWaitSeconds: m.longestWaitSeconds },
      });
    }
    return steps;
  },
};

const budgetVarianceEntry: ScorecardCriterion = {
  id: 'contactCentre.budgetVariance',
  appliesTo: CONTACT_CENTRE_FUNCTIONS,
  needs: ['budgetLines'],
  uses: [],
  // Rates convert into a reporting currency, so budgetVariance takes them only with `currency`; without
  // it, its lines must share one currency (the rates may be there for the sales criteria alone).
  run: (r, c) =>
    budgetVariance(budgetLinesIn(r.budgetLines!, c.period), {
      profile: c.profile,
      ...(c.currency === undefined ? {} : { currency: c.currency }),
      ...(c.currency === undefined || c.exchangeRates === undefined
        ? {}
        : { exchangeRates: c.exchangeRates }),
    }),
  nextSteps(e) {
    const m = e.details as BudgetVarianceMetrics;
    const t = m.total;
    if (e.value === null || t === null) return [];
    if (t.status === 'over') {
      // Over budget in total means at least one category is over: name the one over by most.
      let top = m.categories[0]!;
      for (const cat of m.categories) if (cat.overspend.amount.gt(top.overspend.amount)) top = cat;
      return [
        {
          code: 'contactCentre.budgetVariance.cut-overspend',
          inputs: {
            actual: t.formatted.actual,
            budgeted: t.formatted.budgeted,
            overspend: formatMoney({ amount: t.variance.amount.negated(), currency: t.variance.currency }),
            topCategory: top.category,
          },
        },
      ];
    }
    if (e.warnings.some((w) => w.code === 'contactCentre.budgetVariance.far-below-budget')) {
      return [
        {
          code: 'contactCentre.budgetVariance.check-underspend',
          inputs: { actual: t.formatted.actual, budgeted: t.formatted.budgeted, spendRatio: share(e.value) },
        },
      ];
    }
    return [];
  },
};

const hours = (seconds: number): number => roundTo(seconds / 3600, 2);

const resolutionEntry: ScorecardCriterion = {
  id: 'customer.resolutionEfficiency',
  appliesTo: EVERY_FUNCTION,
  needs: ['tickets'],
  uses: [],
  run: (r, c) =>
    resolutionEfficiency(r.tickets!, {
      period: c.period,
      profile: c.profile,
      ...(c.asOf === undefined ? {} : { asOf: c.asOf }),
    }),
  nextSteps(e, c) {
    const m = e.details as ResolutionEfficiencyMetrics;
    const s = c.profile.criteria['customer.resolutionEfficiency'];
    const steps: NextStepProposal[] = [];
    if (belowGood(e)) {
      steps.push({
        code: 'customer.resolutionEfficiency.resolve-at-first-contact',
        inputs: {
          resolved: m.firstContactResolution.resolved,
          eligible: m.firstContactResolution.eligible,
          share: share(e.value!),
          good: goodOf(e.benchmark),
        },
      });
    }
    if (e.value === null) return steps;
    const frt = m.firstResponse.medianSeconds;
    if (frt !== null && frt > s.firstResponseTargetSeconds) {
      steps.push({
        code: 'customer.resolutionEfficiency.answer-sooner',
        inputs: { medianHours: hours(frt), targetHours: hours(s.firstResponseTargetSeconds) },
      });
    }
    const ttr = m.resolution.medianSeconds;
    if (ttr !== null && ttr > s.resolutionTargetSeconds) {
      steps.push({
        code: 'customer.resolutionEfficiency.resolve-sooner',
        inputs: { medianHours: hours(ttr), targetHours: hours(s.resolutionTargetSeconds) },
      });
    }
    if (m.reopen.share !== null && m.reopen.share > s.maximumReopenShare) {
      steps.push({
        code: 'customer.resolutionEfficiency.prevent-reopens',
        inputs: {
          reopened: m.reopen.reopened,
          resolved: m.reopen.resolved,
          maximumShare: s.maximumReopenShare,
        },
      });
    }
    return steps;
  },
};

const satisfactionEntry: ScorecardCriterion = {
  id: 'customer.satisfaction',
  appliesTo: EVERY_FUNCTION,
  needs: ['surveys'],
  uses: [],
  // Judged by the CSAT top-box share on the default 1–5 scale (the scorecard has no survey options).
  run: (r, c) => satisfaction(r.surveys!, { period: c.period, profile: c.profile }),
  nextSteps(e) {
    const m = e.details as SatisfactionMetrics;
    if (!belowGood(e)) return [];
    // The weakest topic: of the topics with enough answers of their own rated below good (the
    // `weak-topic` warnings, most answered first), the lowest; none when no topic has enough answers.
    let weakest: { topic: string; value: number } | undefined;
    for (const w of e.warnings) {
      if (w.code !== 'customer.satisfaction.weak-topic') continue;
      const value = w.inputs.value as number;
      if (weakest === undefined || value < weakest.value)
        weakest = { topic: w.inputs.topic as string, value };
    }
    return [
      {
        code: 'customer.satisfaction.raise-satisfaction',
        inputs: {
          satisfied: m.csat.satisfied.count,
          answers: m.csat.answers,
          share: share(e.value!),
          topBoxFrom: m.csat.topBoxFrom,
          scale: m.csat.scale,
          good: goodOf(e.benchmark),
          topic: weakest?.topic ?? null,
        },
      },
    ];
  },
};

const retentionEntry: ScorecardCriterion = {
  id: 'customer.retention',
  appliesTo: EVERY_FUNCTION,
  needs: ['customers'],
  uses: ['revenue'],
  run: (r, c) =>
    retention(
      { customers: r.customers!, ...(r.revenue === undefined ? {} : { revenue: r.revenue }) },
      { period: c.period, profile: c.profile },
    ),
  nextSteps(e, c) {
    const m = e.details as RetentionMetrics;
    if (!belowGood(e) || m.lost === 0) return [];
    return [
      {
        code: 'customer.retention.win-back-customers',
        inputs: {
          lost: m.lost,
          atStart: m.atStart,
          from: c.period.from,
          to: c.period.to,
          retentionRate: share(m.retentionRate!),
          annualised: share(e.value!),
          good: goodOf(e.benchmark),
        },
      },
    ];
  },
};

const feedbackEntry: ScorecardCriterion = {
  id: 'customer.feedbackQuality',
  appliesTo: EVERY_FUNCTION,
  needs: ['feedback'],
  uses: ['interactions'],
  run: (r, c) =>
    feedbackQuality(
      { feedback: r.feedback!, ...(r.interactions === undefined ? {} : { interactions: r.interactions }) },
      { period: c.period, profile: c.profile },
    ),
  nextSteps(e) {
    const m = e.details as FeedbackQualityMetrics;
    if (e.value === null) return [];
    const steps: NextStepProposal[] = [];
    if (belowGood(e)) {
      steps.push({
        code: 'customer.feedbackQuality.act-on-feedback',
        inputs: {
          pending: m.feedback - m.actedInTime,
          feedback: m.feedback,
          actionWithinDays: m.actionWithinDays,
        },
      });
    }
    const top = m.topics[0];
    // A topic is "recurring" from two items on; one complaint is not yet a pattern.
    if (top !== undefined && top.count >= 2) {
      steps.push({
        code: 'customer.feedbackQuality.address-top-topic',
        inputs: { topic: top.topic, count: top.count, negative: top.negative },
      });
    }
    return steps;
  },
};

const careEntry: ScorecardCriterion = {
  id: 'customer.relationshipCare',
  appliesTo: EVERY_FUNCTION,
  needs: ['customers'],
  uses: ['interactions', 'tickets', 'calls'],
  run: (r, c) =>
    relationshipCare(
      {
        customers: r.customers!,
        ...(r.interactions === undefined ? {} : { interactions: r.interactions }),
        ...(r.tickets === undefined ? {} : { tickets: r.tickets }),
        ...(r.calls === undefined ? {} : { calls: r.calls }),
      },
      { period: c.period, profile: c.profile },
    ),
  nextSteps(e, c) {
    const m = e.details as RelationshipCareMetrics;
    const s = c.profile.criteria['customer.relationshipCare'];
    if (e.value === null) return [];
    const steps: NextStepProposal[] = [];
    if (m.overdue.length > 0) {
      steps.push({
        code: 'customer.relationshipCare.contact-overdue-customers',
        inputs: {
          overdue: m.overdue.length,
          keyCustomers: m.keyCustomers,
          customers: m.overdue
            .slice(0, 3)
            .map((o) => o.customerId)
            .join(', '),
        },
      });
    }
    const follow = m.complaintFollowUpShare;
    if (follow !== null && follow < s.targetComplaintFollowUpShare) {
      steps.push({
        code: 'customer.relationshipCare.follow-up-complaints',
        inputs: {
          followedUp: m.complaintsFollowedUp,
          complaints: m.complaints,
          share: share(follow),
          target: s.targetComplaintFollowUpShare,
        },
      });
    }
    if (
      m.vipServiceLevel !== null &&
      m.otherServiceLevel !== null &&
      m.vipServiceLevel <= m.otherServiceLevel
    ) {
      steps.push({
        code: 'customer.relationshipCare.prioritise-vip-calls',
        inputs: { vipServiceLevel: share(m.vipServiceLevel), otherServiceLevel: share(m.otherServiceLevel) },
      });
    }
    return steps;
  },
};

/** The first three ids of a list, for a message: `'c1, c4, c9'`. */
const firstIds = (ids: readonly string[]): string => ids.slice(0, 3).join(', ');

const ratesOf = (c: ScorecardContext): { exchangeRates?: Readonly<Record<string, string>> } =>
  c.exchangeRates === undefined ? {} : { exchangeRates: c.exchangeRates };

/** The calendar month after the period's last day, `'2026-11'` for October 2026. @internal */
export function monthAfter(period: Period): string {
  const year = Number(period.to.slice(0, 4));
  const month = Number(period.to.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

// The records an entry gets are the manager's already (split by managerId), so, as for the meeting
// rate, no entry filters them by managerId again.
const eventEntry: ScorecardCriterion = {
  id: 'sales.eventParticipation',
  appliesTo: SALES_FUNCTIONS,
  needs: ['interactions'],
  uses: ['deals'],
  run: (r, c) =>
    eventParticipation(
      { interactions: r.interactions!, ...(r.deals === undefined ? {} : { deals: r.deals }) },
      { period: c.period, profile: c.profile },
    ),
  nextSteps(e) {
    const m = e.details as EventParticipationMetrics;
    if (e.value === null) return [];
    const steps: NextStepProposal[] = [];
    if (belowGood(e)) {
      const good = goodOf(e.benchmark);
      const more = Math.ceil(good * m.months - m.events - 1e-9);
      if (more > 0) {
        steps.push({
          code: 'sales.eventParticipation.attend-more-events',
          inputs: {
            events: m.events,
            months: roundTo(m.months, 2),
            perMonth: roundTo(e.value, 2),
            good,
            more,
          },
        });
      }
    }
    // Contacts met but no deal from an event: the follow-up is missing, not the events.
    if (m.contactsMet > 0 && m.eventDeals === 0) {
      steps.push({
        code: 'sales.eventParticipation.follow-up-event-contacts',
        inputs: { contactsMet: m.contactsMet, events: m.events },
      });
    }
    return steps;
  },
};

const alternationEntry: ScorecardCriterion = {
  id: 'sales.meetingCallAlternation',
  appliesTo: SALES_FUNCTIONS,
  needs: ['interactions'],
  uses: [],
  run: (r, c) =>
    meetingCallAlternation(r.interactions!, {
      period: c.period,
      profile: c.profile,
      calendar: c.calendar,
    }),
  nextSteps(e) {
    const m = e.details as MeetingCallAlternationMetrics;
    if (e.value === null) return [];
    const steps: NextStepProposal[] = [];
    if (belowGood(e)) {
      steps.push({
        code: 'sales.meetingCallAlternation.plan-focused-days',
        inputs: {
          focusedDays: m.callDays + m.meetingDays,
          workingDays: m.workingDays,
          share: share(e.value),
          mixedDays: m.mixedDays,
          good: goodOf(e.benchmark),
        },
      });
    }
    const idle = e.warnings.find((w) => w.code === 'sales.meetingCallAlternation.idle-days');
    if (idle !== undefined) {
      steps.push({
        code: 'sales.meetingCallAlternation.fill-idle-days',
        inputs: { idleDays: m.idleDays, workingDays: m.workingDays, limit: idle.inputs.limit as number },
      });
    }
    return steps;
  },
};

const referralsEntry: ScorecardCriterion = {
  id: 'sales.referrals',
  appliesTo: SALES_FUNCTIONS,
  needs: ['interactions', 'deals'],
  uses: [],
  run: (r, c) =>
    referrals({ interactions: r.interactions!, deals: r.deals! }, { period: c.period, profile: c.profile }),
  nextSteps(e) {
    const m = e.details as ReferralsMetrics;
    // "He asks each client": every won customer not asked is a concrete call to make.
    if (e.value === null || m.notAsked.length === 0) return [];
    return [
      {
        code: 'sales.referrals.ask-for-referrals',
        inputs: {
          notAsked: m.notAsked.length,
          wonCustomers: m.wonCustomers,
          customers: firstIds(m.notAsked),
        },
      },
    ];
  },
};

const reachEntry: ScorecardCriterion = {
  id: 'sales.decisionMakerReach',
  appliesTo: SALES_FUNCTIONS,
  needs: ['interactions', 'deals'],
  uses: [],
  run: (r, c) =>
    decisionMakerReach(
      { interactions: r.interactions!, deals: r.deals! },
      { period: c.period, profile: c.profile },
    ),
  nextSteps(e) {
    const m = e.details as DecisionMakerReachMetrics;
    const steps: NextStepProposal[] = [];
    // Stalled accounts are named even when too few prospects were met to rate the criterion.
    if (m.stalledAccounts.length > 0) {
      steps.push({
        code: 'sales.decisionMakerReach.meet-decision-makers',
        inputs: {
          accounts: m.stalledAccounts.length,
          customers: firstIds(m.stalledAccounts.map((a) => a.customerId)),
          stalledAfterMeetings: m.stalledAfterMeetings,
        },
      });
    }
    if (belowGood(e)) {
      steps.push({
        code: 'sales.decisionMakerReach.sign-more-prospects',
        inputs: {
          signed: m.customersSigned,
          prospectsMet: m.prospectsMet,
          perProspect: share(e.value!),
          good: goodOf(e.benchmark),
        },
      });
    }
    return steps;
  },
};

const planEntry: ScorecardCriterion = {
  id: 'sales.planAttainment',
  appliesTo: SALES_FUNCTIONS,
  needs: ['deals', 'plans'],
  uses: [],
  run: (r, c) =>
    planAttainment(
      { deals: r.deals!, plans: r.plans! },
      { period: c.period, profile: c.profile, ...ratesOf(c) },
    ),
  nextSteps(e, c) {
    const m = e.details as PlanAttainmentMetrics;
    const steps: NextStepProposal[] = [];
    if (m.slippedDeals.length > 0) {
      // In the plan's currency when there is a plan; otherwise per currency, never summed across.
      const amount =
        m.slipped !== null
          ? formatMoney(m.slipped)
          : m.slippedByCurrency.map((x) => formatMoney(x.amount)).join(' + ');
      steps.push({
        code: 'sales.planAttainment.stop-slippage',
        inputs: {
          deals: m.slippedDeals.length,
          amount,
          into: monthAfter(c.period),
          dealIds: firstIds(m.slippedDeals.map((d) => d.dealId)),
        },
      });
    }
    const gap: Money | null =
      m.plan === null || m.won === null
        ? null
        : { amount: m.plan.amount.minus(m.won.amount), currency: m.plan.currency };
    // Over plan but below it net of slippage: the slippage step says it all.
    if (belowGood(e) && gap?.amount.gt(0)) {
      steps.push({
        code: 'sales.planAttainment.close-the-gap',
        inputs: {
          won: formatMoney(m.won as Money),
          plan: formatMoney(m.plan as Money),
          attainment: share(e.value!),
          gap: formatMoney(gap),
        },
      });
    }
    return steps;
  },
};

const funnelEntry: ScorecardCriterion = {
  id: 'sales.opportunityFunnel',
  appliesTo: SALES_FUNCTIONS,
  needs: ['deals'],
  uses: ['plans'],
  run: (r, c) =>
    opportunityFunnel(
      { deals: r.deals!, ...(r.plans === undefined ? {} : { plans: r.plans }) },
      {
        period: c.period,
        profile: c.profile,
        ...ratesOf(c),
        ...(c.asOf === undefined ? {} : { asOf: c.asOf }),
      },
    ),
  nextSteps(e) {
    const m = e.details as OpportunityFunnelMetrics;
    const steps: NextStepProposal[] = [];
    if (belowGood(e)) {
      steps.push({
        code: 'sales.opportunityFunnel.convert-prospects',
        inputs: { won: m.cohortWon, prospects: m.cohort, share: share(e.value!), good: goodOf(e.benchmark) },
      });
    }
    if (m.lossesDue > m.lossesRefilled) {
      steps.push({
        code: 'sales.opportunityFunnel.refill-after-losses',
        inputs: {
          notRefilled: m.lossesDue - m.lossesRefilled,
          losses: m.lossesDue,
          refillWithinDays: m.refillWithinDays,
        },
      });
    }
    return steps;
  },
};

const monitoringEntry: ScorecardCriterion = {
  id: 'contactCentre.monitoringScores',
  appliesTo: CONTACT_CENTRE_FUNCTIONS,
  needs: ['reviews'],
  uses: [],
  run: (r, c) => monitoringScores(r.reviews!, { period: c.period, profile: c.profile }),
  nextSteps(e) {
    const m = e.details as MonitoringScoresMetrics;
    if (e.value === null || m.needsTraining.length === 0) return [];
    return [
      {
        code: 'contactCentre.monitoringScores.arrange-training',
        inputs: {
          below: m.reviewsBelowThreshold,
          reviews: m.reviews,
          threshold: m.trainingThreshold,
          representatives: m.needsTraining.length,
          agents: firstIds(m.needsTraining.map((t) => t.agentId)),
        },
      },
    ];
  },
};

const trainingEntry: ScorecardCriterion = {
  id: 'contactCentre.trainingCoverage',
  appliesTo: CONTACT_CENTRE_FUNCTIONS,
  needs: ['reviews', 'trainings'],
  uses: [],
  run: (r, c) =>
    trainingCoverage(
      { reviews: r.reviews!, trainings: r.trainings! },
      { period: c.period, profile: c.profile, ...(c.asOf === undefined ? {} : { asOf: c.asOf }) },
    ),
  nextSteps(e) {
    const m = e.details as TrainingCoverageMetrics;
    if (e.value === null || m.notTrainedInTime.length === 0) return [];
    return [
      {
        code: 'contactCentre.trainingCoverage.train-flagged',
        inputs: {
          late: m.notTrainedInTime.length,
          flagged: m.flagged - m.pending,
          trainedWithinDays: m.trainedWithinDays,
          agents: firstIds(m.notTrainedInTime.map((f) => f.agentId)),
        },
      },
    ];
  },
};

/**
 * The criteria a scorecard evaluates, in {@link CRITERION_IDS} order: one {@link ScorecardCriterion}
 * each. Wired: the seven sales criteria (`sales.meetingRate`, `sales.eventParticipation`,
 * `sales.meetingCallAlternation`, `sales.referrals`, `sales.decisionMakerReach`, `sales.planAttainment`,
 * `sales.opportunityFunnel`), `contactCentre.serviceLevel`, `contactCentre.monitoringScores`,
 * `contactCentre.budgetVariance`, `contactCentre.trainingCoverage`, `customer.satisfaction`,
 * `customer.retention`, `customer.resolutionEfficiency`, `customer.feedbackQuality`,
 * `customer.relationshipCare`: every id of `CRITERION_IDS`.
 *
 * @example
 * ```ts
 * import { SCORECARD_CRITERIA } from '@org/cs-metrics';
 * SCORECARD_CRITERIA.map((c) => c.id).includes('contactCentre.serviceLevel'); // true
 * ```
 */
export const SCORECARD_CRITERIA: readonly ScorecardCriterion[] = Object.freeze([
  eventEntry,
  alternationEntry,
  referralsEntry,
  meetingRateEntry,
  reachEntry,
  planEntry,
  funnelEntry,
  serviceLevelEntry,
  monitoringEntry,
  budgetVarianceEntry,
  trainingEntry,
  satisfactionEntry,
  retentionEntry,
  resolutionEntry,
  feedbackEntry,
  careEntry,
]);

/** @internal The profile's settings of a criterion, or `undefined` when the profile has none (a criterion newer than the profile). */
export function settingsOf(profile: Profile, id: CriterionId): CriterionSettings | undefined {
  const all = profile.criteria as unknown as Readonly<Record<string, CriterionSettings | undefined>>;
  return Object.hasOwn(all, id) ? all[id] : undefined;
}
