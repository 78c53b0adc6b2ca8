import type { Band } from '../core/band.js';
import type { CriterionId } from '../core/criteria.js';
import type { CriterionSettings, Evaluation, ExplanationInput } from '../core/evaluation.js';
import { roundTo } from '../core/evaluation.js';
import { type BudgetVarianceMetrics, budgetVariance } from '../criteria/contact-centre/budget-variance.js';
import { type ServiceLevelMetrics, serviceLevel } from '../criteria/contact-centre/service-level.js';
import { type FeedbackQualityMetrics, feedbackQuality } from '../criteria/customer/feedback-quality.js';
import { type RelationshipCareMetrics, relationshipCare } from '../criteria/customer/relationship-care.js';
import {
  type ResolutionEfficiencyMetrics,
  resolutionEfficiency,
} from '../criteria/customer/resolution-efficiency.js';
import { type MeetingRateMetrics, meetingRate } from '../criteria/sales/meeting-rate.js';
import { formatMoney } from '../domain/money.js';
import { daysOfLabel, type Period, type WorkCalendar } from '../domain/period.js';
import type { BudgetLine } from '../domain/records/budget.js';
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
  readonly calendar: WorkCalendar;
  /** Epoch ms of "now" for the criteria that need it; never the clock. */
  readonly asOf: number | undefined;
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
  /** Evaluates the criterion over one manager's records (every kind in `needs` is an array). */
  readonly run: (records: ManagerRecords, context: ScorecardContext) => Evaluation;
  /** Turns the evaluation into next steps: codes with their inputs (none when all is well). */
  readonly nextSteps: (evaluation: Evaluation, context: ScorecardContext) => readonly NextStepProposal[];
}

/** The value from which a band rates `good`, for "x more would reach good" (lower bound of a target range). */
function goodOf(band: Band): number {
  return band.direction === 'target-range' ? band.good[0] : band.good;
}

function belowGood(e: Evaluation): boolean {
  return e.score !== null && e.score < 60;
}

const share = (x: number): number => roundTo(x, 4);

/** @internal Budget lines whose period label lies inside the period (a month's lines for a month). */
export function budgetLinesIn(lines: readonly BudgetLine[], period: Period): BudgetLine[] {
  const inside: BudgetLine[] = [];
  const memo = new Map<string, boolean>();
  for (const line of lines) {
    let keep = memo.get(line.period);
    if (keep === undefined) {
      const days = daysOfLabel(line.period, 'budgetLines.period');
      keep = days.from >= period.from && days.to <= period.to;
      memo.set(line.period, keep);
    }
    if (keep) inside.push(line);
  }
  return inside;
}

const meetingRateEntry: ScorecardCriterion = {
  id: 'sales.meetingRate',
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
  needs: ['budgetLines'],
  uses: [],
  run: (r, c) => budgetVariance(budgetLinesIn(r.budgetLines!, c.period), { profile: c.profile }),
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

const feedbackEntry: ScorecardCriterion = {
  id: 'customer.feedbackQuality',
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

/**
 * The criteria a scorecard evaluates, in {@link CRITERION_IDS} order: one {@link ScorecardCriterion}
 * each. Wired: `sales.meetingRate`, `contactCentre.serviceLevel`, `contactCentre.budgetVariance`,
 * `customer.resolutionEfficiency`, `customer.feedbackQuality`, `customer.relationshipCare`. The other
 * ids of `CRITERION_IDS` join as their evaluators land (one entry each).
 *
 * @example
 * ```ts
 * import { SCORECARD_CRITERIA } from '@org/cs-metrics';
 * SCORECARD_CRITERIA.map((c) => c.id).includes('contactCentre.serviceLevel'); // true
 * ```
 */
export const SCORECARD_CRITERIA: readonly ScorecardCriterion[] = Object.freeze([
  meetingRateEntry,
  // Not yet available: sales.eventParticipation, sales.meetingCallAlternation, sales.referrals,
  // sales.decisionMakerReach, sales.planAttainment, sales.opportunityFunnel.
  serviceLevelEntry,
  // Not yet available: contactCentre.monitoringScores.
  budgetVarianceEntry,
  // Not yet available: contactCentre.trainingCoverage, customer.satisfaction, customer.retention.
  resolutionEntry,
  feedbackEntry,
  careEntry,
]);

/** @internal The profile's settings of a criterion, or `undefined` when the profile has none (a criterion newer than the profile). */
export function settingsOf(profile: Profile, id: CriterionId): CriterionSettings | undefined {
  const all = profile.criteria as unknown as Readonly<Record<string, CriterionSettings | undefined>>;
  return Object.hasOwn(all, id) ? all[id] : undefined;
}
