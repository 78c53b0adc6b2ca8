import { ErrorCodes, fail } from '../domain/errors.js';
import type { Period } from '../domain/period.js';
import type { BudgetLine } from '../domain/records/budget.js';
import type { CallRecord } from '../domain/records/call.js';
import type { Customer, RevenueRecord } from '../domain/records/customer.js';
import type { Deal } from '../domain/records/deal.js';
import type { FeedbackItem } from '../domain/records/feedback.js';
import type { Interaction } from '../domain/records/interaction.js';
import type { Manager } from '../domain/records/manager.js';
import type { QualityReview } from '../domain/records/quality-review.js';
import type { SalesPlan } from '../domain/records/sales-plan.js';
import type { SurveyResponse } from '../domain/records/survey.js';
import type { SupportTicket } from '../domain/records/ticket.js';
import type { TrainingRecord } from '../domain/records/training.js';
import {
  BUDGET_PER_AGENT,
  generateBudgetLines,
  generateCalls,
  generateReviews,
  generateTrainings,
} from './contact-centre.js';
import { generateFeedback, generateSurveys, generateTickets } from './customer.js';
import { planSample, type SampleDatasetOptions, type SamplePlan, type SampleProfile } from './options.js';
import { generateCustomers, generateManagers, generateRevenue } from './people.js';
import { generateDeals, generateInteractions, generatePlans } from './sales.js';

/**
 * The record kinds of a sample data set, each in the library's normalised form.
 *
 * @example
 * ```ts
 * import { sampleDataset, type SampleRecords } from '@org/cs-metrics';
 * const arrays: SampleRecords = sampleDataset({ seed: 1, managers: 2, days: 5, profile: 'b2b', callsPerDay: 10 }).toArrays();
 * arrays.managers.length; // 3 (two sales managers, one contact-centre team manager)
 * ```
 */
export interface SampleRecords {
  readonly managers: readonly Manager[];
  readonly customers: readonly Customer[];
  readonly revenue: readonly RevenueRecord[];
  readonly interactions: readonly Interaction[];
  readonly deals: readonly Deal[];
  readonly plans: readonly SalesPlan[];
  readonly calls: readonly CallRecord[];
  readonly reviews: readonly QualityReview[];
  readonly trainings: readonly TrainingRecord[];
  readonly budgetLines: readonly BudgetLine[];
  readonly surveys: readonly SurveyResponse[];
  readonly tickets: readonly SupportTicket[];
  readonly feedback: readonly FeedbackItem[];
}

/**
 * The names of the record kinds of a sample data set, in the order {@link SampleDataset.toArrays} fills them.
 *
 * @example
 * ```ts
 * import { SAMPLE_KINDS } from '@org/cs-metrics';
 * SAMPLE_KINDS.includes('calls'); // true
 * ```
 */
export const SAMPLE_KINDS = [
  'managers',
  'customers',
  'revenue',
  'interactions',
  'deals',
  'plans',
  'calls',
  'reviews',
  'trainings',
  'budgetLines',
  'surveys',
  'tickets',
  'feedback',
] as const satisfies readonly (keyof SampleRecords)[];

/**
 * Options of {@link SampleDataset.toArrays}.
 *
 * @example
 * ```ts
 * import type { SampleArraysOptions } from '@org/cs-metrics';
 * const options: SampleArraysOptions = { limit: 50_000 };
 * ```
 */
export interface SampleArraysOptions {
  /** The most records, all kinds together, to hold in memory; default 100 000. */
  readonly limit?: number;
}

/**
 * A deterministic sample data set: every record kind as a lazy, re-iterable `Iterable` (nothing is
 * generated until it is iterated, and each pass regenerates the same records from the seed), the
 * managers' strengths, the exact counts known in advance, and {@link SampleDataset.toArrays} for small sets.
 *
 * @example
 * ```ts
 * import { sampleDataset, type SampleDataset } from '@org/cs-metrics';
 * const data: SampleDataset = sampleDataset({ seed: 7, managers: 3, days: 14, profile: 'b2c', callsPerDay: 200 });
 * data.counts.calls; // 2000 (200 calls on each of 10 working days)
 * ```
 */
export interface SampleDataset {
  /** The profile imitated. */
  readonly profile: SampleProfile;
  /** The days covered, in the sample's zone (the period every evaluator should be given). */
  readonly period: Period;
  /** The IANA zone of the working day. */
  readonly timeZone: string;
  /** The currency of every amount. */
  readonly currency: string;
  /** The strength (0 weak … 1 strong) behind each manager's and agent's records, by id. */
  readonly strengths: Readonly<Record<string, number>>;
  /** Counts fixed by the options, known without generating anything. */
  readonly counts: {
    readonly managers: number;
    readonly agents: number;
    readonly customers: number;
    readonly plans: number;
    readonly calls: number;
    readonly budgetLines: number;
  };
  readonly managers: Iterable<Manager>;
  readonly customers: Iterable<Customer>;
  readonly revenue: Iterable<RevenueRecord>;
  readonly interactions: Iterable<Interaction>;
  readonly deals: Iterable<Deal>;
  readonly plans: Iterable<SalesPlan>;
  readonly calls: Iterable<CallRecord>;
  readonly reviews: Iterable<QualityReview>;
  readonly trainings: Iterable<TrainingRecord>;
  readonly budgetLines: Iterable<BudgetLine>;
  readonly surveys: Iterable<SurveyResponse>;
  readonly tickets: Iterable<SupportTicket>;
  readonly feedback: Iterable<FeedbackItem>;
  /**
   * Every kind as an array, for docs and small tests.
   *
   * @throws {@link CsMetricsError} `invalid-option` at `options.limit` when the set holds more records than the limit.
   */
  toArrays(options?: SampleArraysOptions): SampleRecords;
}

const lazy = <T>(plan: SamplePlan, generate: (plan: SamplePlan) => Generator<T>): Iterable<T> => ({
  [Symbol.iterator]: () => generate(plan),
});

/**
 * A deterministic, realistic data set for demos, docs and benchmarks: sales managers of different
 * strengths with their meetings, calls, events, deals (through the funnel, some slipping into the
 * next month), plans, customers and revenue; a contact centre with calls peaking twice a day,
 * log-normal handle times and impatient callers, quality reviews, training and budgets; surveys,
 * tickets and feedback. Any size: the records are generated lazily, so ten million calls take no
 * more memory than one. The model and its knobs: docs/sample-data.md.
 *
 * @throws {@link CsMetricsError} `invalid-option` (or `invalid-date`, `invalid-time-zone`,
 *   `invalid-currency`) with the path of a bad option (`options.managers`).
 * @example
 * ```ts
 * import { meetingRate, sampleDataset, b2b } from '@org/cs-metrics';
 * const data = sampleDataset({ seed: 42, managers: 4, days: 30, profile: 'b2b', timeZone: 'Europe/Berlin' });
 * data.period.from; // '2026-10-01'
 * const rate = meetingRate(data.interactions, { period: data.period, profile: b2b, managerId: 'm-1' });
 * rate.rating === 'insufficient-data'; // false
 * ```
 */
export function sampleDataset(options: SampleDatasetOptions): SampleDataset {
  const plan = planSample(options);
  const strengths: Record<string, number> = {};
  for (const m of plan.salesManagers) strengths[m.id] = m.strength;
  for (const t of plan.teams) strengths[t.id] = t.strength;
  for (const a of plan.agents) strengths[a.id] = a.strength;
  const workingDays = plan.days.filter((d) => d.working).length;
  const counts = {
    managers: plan.salesManagers.length + plan.teams.length,
    agents: plan.agents.length,
    customers: plan.salesManagers.length * plan.shape.customersPerManager,
    plans: plan.salesManagers.length * plan.months.length,
    calls: plan.callsPerDay * workingDays,
    budgetLines: plan.teams.length * plan.months.length * Object.keys(BUDGET_PER_AGENT).length,
  };
  const data: Omit<SampleDataset, 'counts' | 'toArrays'> = {
    profile: plan.profile,
    period: plan.period,
    timeZone: plan.timeZone,
    currency: plan.currency,
    strengths,
    managers: lazy(plan, generateManagers),
    customers: lazy(plan, generateCustomers),
    revenue: lazy(plan, generateRevenue),
    interactions: lazy(plan, generateInteractions),
    deals: lazy(plan, generateDeals),
    plans: lazy(plan, generatePlans),
    calls: lazy(plan, generateCalls),
    reviews: lazy(plan, generateReviews),
    trainings: lazy(plan, generateTrainings),
    budgetLines: lazy(plan, generateBudgetLines),
    surveys: lazy(plan, generateSurveys),
    tickets: lazy(plan, generateTickets),
    feedback: lazy(plan, generateFeedback),
  };
  // Not counted in advance: revenue (churned customers stop paying) and every kind drawn at random.
  const known = counts;
  return {
    ...data,
    counts,
    toArrays(arrayOptions = {}) {
      const limit = arrayOptions.limit ?? 100_000;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
        return fail(ErrorCodes.InvalidOption, 'options.limit', 'a whole number of records ≥ 0', limit);
      }
      const tooMany = (count: number): never =>
        fail(
          ErrorCodes.InvalidOption,
          'options.limit',
          `a data set of at most ${limit} records for toArrays() (iterate the kinds one by one for larger sets, or raise the limit)`,
          count,
        );
      const fixed = known.managers + known.customers + known.plans + known.calls + known.budgetLines;
      if (fixed > limit) tooMany(fixed);
      let held = 0;
      const out: Record<string, unknown[]> = {};
      for (const kind of SAMPLE_KINDS) {
        const list: unknown[] = [];
        for (const record of data[kind] as Iterable<unknown>) {
          if (++held > limit) tooMany(held);
          list.push(record);
        }
        out[kind] = list;
      }
      return out as unknown as SampleRecords;
    },
  };
}
