// sales.planAttainment: won amount against the plan, exact in Decimal, with slippage into the next period.
import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { Decimal, formatMoney, type Money, type MoneyTotal } from '../../domain/money.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import type { SalesPlan } from '../../domain/records/sales-plan.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { own, put } from '../customer/keyed-state.js';
import {
  addByCurrency,
  addPlan,
  checkDealCurrency,
  exchangeRatesOption,
  keepSmallestId,
  mergeByCurrency,
  mergeSmallestIds,
  moneyList,
  planMatcher,
  planOf,
  type TotalsByCurrency,
  totalIn,
} from './plan-money.js';
import { checkManagerIdOption, checkWholeOption } from './sales-options.js';
import { movedOut, readyIn } from './slippage.js';

/**
 * One record for {@link planAttainmentAggregator}: a deal or a sales plan, tagged.
 *
 * @example
 * ```ts
 * import { normalizeSalesPlan, type PlanAttainmentRecord } from '@org/cs-metrics';
 * const record: PlanAttainmentRecord = { type: 'plan', record: normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' }) };
 * ```
 */
export type PlanAttainmentRecord =
  | { readonly type: 'deal'; readonly record: Deal }
  | { readonly type: 'plan'; readonly record: SalesPlan };

/**
 * What {@link planAttainment} takes: the manager's deals and plans (plans of other periods are skipped).
 *
 * @example
 * ```ts
 * import type { PlanAttainmentInput } from '@org/cs-metrics';
 * const input: PlanAttainmentInput = { deals: [], plans: [] };
 * ```
 */
export interface PlanAttainmentInput {
  readonly deals: Iterable<Deal>;
  readonly plans: Iterable<SalesPlan>;
}

/**
 * Options of {@link planAttainmentAggregator} and {@link planAttainment}.
 *
 * @example
 * ```ts
 * import { periodOf, type PlanAttainmentOptions } from '@org/cs-metrics';
 * const options: PlanAttainmentOptions = { period: periodOf('2026-10'), managerId: 'm1', exchangeRates: { USD: '0.92' } };
 * ```
 */
export interface PlanAttainmentOptions {
  /** The plan period: a plan counts when its label names exactly these days (`2026-10` for October). */
  readonly period: Period;
  /** Only this manager's deals and plan; default: every record given (the plans are summed: a team's plan). */
  readonly managerId?: string;
  /**
   * Rates into the plan's currency, as decimal strings: 1 unit of the key currency = rate units of the
   * plan's currency. Each currency's total is converted once, rounded to the plan currency's minor unit,
   * half to even. Default: none — a won or slipped deal in another currency is a `currency-mismatch` error.
   */
  readonly exchangeRates?: Readonly<Record<string, string>>;
  /**
   * Days after the period's end (24-hour days from its last instant) in which a deal won that was ready in
   * the period counts as slipped. Default: the profile's in {@link planAttainment} (3 in b2c, 7 in b2b and
   * consulting), 7 in the aggregator.
   */
  readonly slippageGraceDays?: number;
}

/**
 * A slipped deal as the state keeps it (plain JSON).
 *
 * @example
 * ```ts
 * import type { SlippedDealState } from '@org/cs-metrics';
 * const s: SlippedDealState = { customerId: 'c1', amount: '10000', currency: 'EUR', movedOut: true, wonInGrace: false };
 * ```
 */
export interface SlippedDealState {
  customerId: string;
  /** The deal amount as a decimal string. */
  amount: string;
  currency: string;
  movedOut: boolean;
  wonInGrace: boolean;
}

/**
 * Plain-JSON state of {@link planAttainmentAggregator}.
 *
 * @example
 * ```ts
 * import { periodOf, planAttainmentAggregator, type PlanAttainmentState } from '@org/cs-metrics';
 * const state: PlanAttainmentState = planAttainmentAggregator({ period: periodOf('2026-10') }).init();
 * state.wonDeals; // 0
 * ```
 */
export interface PlanAttainmentState {
  /** Manager id → the plan(s) of the period (a count above 1 is an error at `finish`). */
  plans: Record<string, MoneyTotal>;
  /** Plans of other periods, skipped. */
  otherPlans: number;
  /** Currency → the won amount of deals closed won in the period. */
  won: Record<string, MoneyTotal>;
  wonDeals: number;
  /** Currency → the smallest id of a deal summed in it (to name a deal in a currency error). */
  dealIdOf: Record<string, string>;
  /** Deal id → a slipped deal. */
  slipped: Record<string, SlippedDealState>;
  /** Deals closed outside the period and not slipped. */
  outsidePeriod: number;
}

/**
 * A deal whose closing was postponed past the period: its expected close date moved out of the period
 * (`movedOut`), or it was won in the first `slippageGraceDays` of the next period though ready in this one
 * (`wonInGrace`); one deal may be both.
 *
 * @example
 * ```ts
 * import { money, type SlippedDeal } from '@org/cs-metrics';
 * const d: SlippedDeal = { dealId: 'D-3', customerId: 'c3', amount: money('10000', 'EUR'), movedOut: true, wonInGrace: false };
 * ```
 */
export interface SlippedDeal {
  readonly dealId: string;
  readonly customerId: string;
  readonly amount: Money;
  readonly movedOut: boolean;
  readonly wonInGrace: boolean;
}

/**
 * Slipped deals of one currency.
 *
 * @example
 * ```ts
 * import { money, type SlippageByCurrency } from '@org/cs-metrics';
 * const s: SlippageByCurrency = { currency: 'EUR', deals: 2, amount: money('18000', 'EUR') };
 * ```
 */
export interface SlippageByCurrency {
  readonly currency: string;
  readonly deals: number;
  readonly amount: Money;
}

/**
 * The numbers of {@link planAttainmentAggregator}. Amounts are exact (`Decimal`); `…Value` fields are
 * the same ratios as numbers.
 *
 * @example
 * ```ts
 * import { measure, periodOf, planAttainmentAggregator, type PlanAttainmentMetrics } from '@org/cs-metrics';
 * const m: PlanAttainmentMetrics = measure(planAttainmentAggregator({ period: periodOf('2026-10') }), []);
 * m.plan; // null
 * ```
 */
export interface PlanAttainmentMetrics {
  /** The period's plan (summed over managers when no `managerId` is given); `null` without one. */
  readonly plan: Money | null;
  /** How many managers' plans are in `plan`. */
  readonly plans: number;
  /** Won amount in the plan's currency (converted with `exchangeRates`); `null` without a plan. */
  readonly won: Money | null;
  /** Won amounts in their own currencies, sorted by currency. */
  readonly wonByCurrency: readonly Money[];
  /** Deals closed won in the period. */
  readonly wonDeals: number;
  /** won ÷ plan, exact (1.12 = 12 % over plan); `null` without a plan or with a plan of 0. */
  readonly attainment: Decimal | null;
  readonly attainmentValue: number | null;
  /** Sorted by deal id. */
  readonly slippedDeals: readonly SlippedDeal[];
  readonly slippedByCurrency: readonly SlippageByCurrency[];
  /** Slipped amount in the plan's currency; `null` without a plan. */
  readonly slipped: Money | null;
  /** max(0, (won − slipped) ÷ plan), exact: the value judged. */
  readonly adjustedAttainment: Decimal | null;
  readonly adjustedAttainmentValue: number | null;
  readonly slippageGraceDays: number;
  readonly otherPlans: number;
  readonly outsidePeriod: number;
}

function checkOptions(options: PlanAttainmentOptions) {
  const period = checkPeriodOption(options);
  const managerId = checkManagerIdOption(options.managerId);
  const graceDays = checkWholeOption(options.slippageGraceDays ?? 7, 'options.slippageGraceDays', 0, 'days');
  const rates = exchangeRatesOption(options.exchangeRates);
  return { period, start: period.start, end: period.end, managerId, graceDays, rates };
}

interface Parts {
  readonly aggregator: Aggregator<PlanAttainmentRecord, PlanAttainmentState, PlanAttainmentMetrics>;
  /** Whether a deal's amount is summed (won in the period or slipped): its currency must then reach the plan's. */
  readonly counts: (deal: Deal) => boolean;
  readonly rates: ReadonlyMap<string, Decimal> | null;
  readonly matches: (label: string) => boolean;
}

function parts(options: PlanAttainmentOptions): Parts {
  const o = checkOptions(options);
  const graceEnd = o.end + o.graceDays * DAY_MS;
  const matches = planMatcher(o.period);
  /** 0: not counted, 1: won in the period, 2: slipped. */
  const kind = (d: Deal): 0 | 1 | 2 => {
    if (o.managerId !== undefined && d.managerId !== o.managerId) return 0;
    const closedAt = d.closedAt;
    if (closedAt !== undefined && closedAt >= o.start && closedAt < o.end) return d.stage === 'won' ? 1 : 0;
    if (d.stage === 'lost') return 0;
    if (d.stage === 'won' && (closedAt as number) >= o.end && (closedAt as number) < graceEnd) {
      if (readyIn(d, o.start, o.end)) return 2;
    }
    if (d.closeDateChanges !== undefined && (closedAt === undefined || closedAt >= o.end)) {
      if (movedOut(d.closeDateChanges, o.start, o.end, o.period.timeZone)) return 2;
    }
    return 0;
  };
  const aggregator: Parts['aggregator'] = {
    init: () => ({
      plans: {},
      otherPlans: 0,
      won: {},
      wonDeals: 0,
      dealIdOf: {},
      slipped: {},
      outsidePeriod: 0,
    }),
    add(s, tagged) {
      if (tagged.type === 'plan') {
        const p = tagged.record;
        if (o.managerId !== undefined && p.managerId !== o.managerId) return s;
        if (matches(p.period)) addPlan(s.plans, p);
        else s.otherPlans++;
        return s;
      }
      const d = tagged.record;
      const k = kind(d);
      if (k === 0) {
        const closed = d.closedAt;
        if (
          closed !== undefined &&
          (closed < o.start || closed >= o.end) &&
          (o.managerId === undefined || d.managerId === o.managerId)
        )
          s.outsidePeriod++;
        return s;
      }
      keepSmallestId(s.dealIdOf, d.currency, d.id);
      if (k === 1) {
        addByCurrency(s.won, d.amount, d.currency);
        s.wonDeals++;
        return s;
      }
      const closedAt = d.closedAt;
      put(s.slipped, d.id, {
        customerId: d.customerId,
        amount: d.amount.toString(),
        currency: d.currency,
        movedOut:
          d.closeDateChanges !== undefined && movedOut(d.closeDateChanges, o.start, o.end, o.period.timeZone),
        wonInGrace: d.stage === 'won' && closedAt !== undefined && closedAt >= o.end && closedAt < graceEnd,
      });
      return s;
    },
    merge(a, b) {
      const slipped: Record<string, SlippedDealState> = {};
      for (const id of Object.keys(a.slipped)) put(slipped, id, { ...own(a.slipped, id)! });
      // A deal id is one deal: the same id in both states is the same record, so either copy will do.
      for (const id of Object.keys(b.slipped)) put(slipped, id, { ...own(b.slipped, id)! });
      return {
        plans: mergeByCurrency(a.plans, b.plans),
        otherPlans: a.otherPlans + b.otherPlans,
        won: mergeByCurrency(a.won, b.won),
        wonDeals: a.wonDeals + b.wonDeals,
        dealIdOf: mergeSmallestIds(a.dealIdOf, b.dealIdOf),
        slipped,
        outsidePeriod: a.outsidePeriod + b.outsidePeriod,
      };
    },
    finish(s) {
      const { plan, count } = planOf(s.plans);
      const slippedDeals: SlippedDeal[] = Object.keys(s.slipped)
        .sort()
        .map((dealId) => {
          const x = own(s.slipped, dealId)!;
          return {
            dealId,
            customerId: x.customerId,
            amount: { amount: new Decimal(x.amount), currency: x.currency },
            movedOut: x.movedOut,
            wonInGrace: x.wonInGrace,
          };
        });
      const slippedTotals: TotalsByCurrency = {};
      const slippedCount: Record<string, number> = {};
      for (const d of slippedDeals) {
        addByCurrency(slippedTotals, d.amount.amount, d.amount.currency);
        put(slippedCount, d.amount.currency, (own(slippedCount, d.amount.currency) ?? 0) + 1);
      }
      const slippedByCurrency = moneyList(slippedTotals).map((amount) => ({
        currency: amount.currency,
        deals: own(slippedCount, amount.currency)!,
        amount,
      }));
      const base = {
        plan,
        plans: count,
        wonByCurrency: moneyList(s.won),
        wonDeals: s.wonDeals,
        slippedDeals,
        slippedByCurrency,
        slippageGraceDays: o.graceDays,
        otherPlans: s.otherPlans,
        outsidePeriod: s.outsidePeriod,
      };
      if (plan === null) {
        return {
          ...base,
          won: null,
          attainment: null,
          attainmentValue: null,
          slipped: null,
          adjustedAttainment: null,
          adjustedAttainmentValue: null,
        };
      }
      const won = totalIn(s.won, plan.currency, o.rates, s.dealIdOf);
      const slipped = totalIn(slippedTotals, plan.currency, o.rates, s.dealIdOf);
      const zero = plan.amount.isZero();
      const attainment = zero ? null : won.div(plan.amount);
      const adjusted = zero ? null : Decimal.max(0, won.minus(slipped).div(plan.amount));
      return {
        ...base,
        won: { amount: won, currency: plan.currency },
        attainment,
        attainmentValue: attainment === null ? null : attainment.toNumber(),
        slipped: { amount: slipped, currency: plan.currency },
        adjustedAttainment: adjusted,
        adjustedAttainmentValue: adjusted === null ? null : adjusted.toNumber(),
      };
    },
  };
  return { aggregator, counts: (d) => kind(d) !== 0, rates: o.rates, matches };
}

/**
 * The aggregator behind {@link planAttainment}: one pass over tagged deals and plans, mergeable. Won:
 * deals in stage `won` with `closedAt` in the period. Slipped: see {@link SlippedDeal}.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option; at `finish`,
 *   `currency-mismatch` at `deals[id=…].currency` for a won or slipped deal in another currency than the
 *   plan's without a rate, and `inconsistent-record` at `plans[managerId=…]` for two plans of one manager.
 * @example
 * ```ts
 * import { measure, normalizeDeal, normalizeSalesPlan, periodOf, planAttainmentAggregator } from '@org/cs-metrics';
 * const m = measure(planAttainmentAggregator({ period: periodOf('2026-10') }), [
 *   { type: 'plan', record: normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' }) },
 *   { type: 'deal', record: normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: '112000', currency: 'EUR', createdAt: '2026-09-01', closedAt: '2026-10-20' }) },
 * ]);
 * m.attainment?.toString(); // '1.12'
 * ```
 */
export function planAttainmentAggregator(
  options: PlanAttainmentOptions,
): Aggregator<PlanAttainmentRecord, PlanAttainmentState, PlanAttainmentMetrics> {
  return parts(options).aggregator;
}

/**
 * Judges plan attainment net of slippage against the profile's `sales.planAttainment` band.
 *
 * Formula: `attainment = won ÷ plan` (exact; 1.12 = 12 % over plan), and the value judged,
 * `adjusted = max(0, (won − slipped) ÷ plan)`: every slipped deal's amount is taken off, because "one who
 * postpones closing contracts and receiving the money to next month becomes an ineffective worker" (the
 * brief). Benchmark: good from 1 (plan met), excellent from 1.1 — "a good manager aims to exceed the plan,
 * not merely meet it".
 *
 * @example
 * ```ts
 * import { b2b, evaluatePlanAttainment, measure, periodOf, planAttainmentAggregator } from '@org/cs-metrics';
 * const m = measure(planAttainmentAggregator({ period: periodOf('2026-10') }), []);
 * evaluatePlanAttainment(m, { profile: b2b }).explanation.code; // 'sales.planAttainment.no-plan'
 * ```
 */
export function evaluatePlanAttainment(
  metrics: PlanAttainmentMetrics,
  options: { readonly profile: Profile },
): Evaluation<PlanAttainmentMetrics> {
  const id = 'sales.planAttainment';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (metrics.slippedDeals.length > 0 && metrics.slipped !== null) {
    warnings.push({
      code: `${id}.slippage`,
      message: `${metrics.slippedDeals.length} deal(s) worth ${formatMoney(metrics.slipped)} slipped past the period: closing was postponed to the next one.`,
      inputs: {
        slippedDeals: metrics.slippedDeals.length,
        slipped: metrics.slipped.amount.toString(),
        currency: metrics.slipped.currency,
      },
    });
  }
  const plan = metrics.plan;
  return judge({
    criterion: id,
    value: metrics.adjustedAttainmentValue,
    unit: 'won/plan',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.plans,
    details: metrics,
    warnings,
    explain: ({ rating, value }) => {
      // Rated only with a plan above 0, so won, slipped and attainment exist.
      const p = plan as Money;
      return {
        code: `${id}.rated`,
        message: `Won ${formatMoney(metrics.won as Money)} of a plan of ${formatMoney(p)} (${roundTo((metrics.attainmentValue as number) * 100, 1)} %); less ${formatMoney(metrics.slipped as Money)} slipped: ${roundTo(value * 100, 1)} %, ${rating}.`,
        inputs: {
          plan: p.amount.toString(),
          won: (metrics.won as Money).amount.toString(),
          slipped: (metrics.slipped as Money).amount.toString(),
          currency: p.currency,
          attainment: (metrics.attainment as Decimal).toString(),
          adjustedAttainment: value,
          rating,
        },
      };
    },
    insufficient:
      plan === null
        ? {
            code: `${id}.no-plan`,
            message: 'No sales plan for the period, so attainment cannot be measured.',
            inputs: { wonDeals: metrics.wonDeals, otherPlans: metrics.otherPlans },
          }
        : {
            code: `${id}.zero-plan`,
            message: 'The plan for the period is 0: attainment is undefined.',
            inputs: { currency: plan.currency, wonDeals: metrics.wonDeals },
          },
  });
}

/**
 * Exceeding the plan, for one manager (or a team): won amount against the period's plan, net of slippage,
 * judged (see {@link evaluatePlanAttainment}). `slippageGraceDays` defaults to the profile's. A deal in
 * another currency than the plan's is an error naming its index (`deals[3].currency`) unless
 * `exchangeRates` has its rate.
 *
 * @throws {@link CsMetricsError} `invalid-option`, `currency-mismatch`, `inconsistent-record` (see {@link planAttainmentAggregator}).
 * @example
 * ```ts
 * import { b2b, normalizeDeals, normalizeSalesPlans, periodOf, planAttainment } from '@org/cs-metrics';
 * const plans = normalizeSalesPlans([{ managerId: 'm1', period: '2026-10', amount: '100000', currency: 'EUR' }]);
 * const deals = normalizeDeals([
 *   { id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: '112000', currency: 'EUR', createdAt: '2026-09-01', closedAt: '2026-10-20' },
 * ]);
 * const result = planAttainment({ deals, plans }, { period: periodOf('2026-10'), profile: b2b });
 * result.value; // 1.12
 * result.rating; // 'excellent'
 * ```
 */
export function planAttainment(
  input: PlanAttainmentInput,
  options: PlanAttainmentOptions & { readonly profile: Profile },
): Evaluation<PlanAttainmentMetrics> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', '{ deals, plans }', input);
  const settings = criterionSettings(options, 'sales.planAttainment');
  const { aggregator, counts, rates, matches } = parts({
    ...options,
    slippageGraceDays: options.slippageGraceDays ?? settings.slippageGraceDays,
  });
  let state = aggregator.init();
  // Plans first: their currency is what each deal is checked against, with its index in the path.
  const p: { type: 'plan'; record: SalesPlan } = { type: 'plan', record: undefined as never };
  let planCurrency: string | null = null;
  for (const record of input.plans) {
    p.record = record;
    state = aggregator.add(state, p);
    if (matches(record.period) && (options.managerId === undefined || record.managerId === options.managerId))
      planCurrency ??= record.currency;
  }
  const d: { type: 'deal'; record: Deal } = { type: 'deal', record: undefined as never };
  let i = 0;
  for (const record of input.deals) {
    if (planCurrency !== null && counts(record))
      checkDealCurrency(planCurrency, rates, record.currency, `deals[${i}].currency`);
    d.record = record;
    state = aggregator.add(state, d);
    i++;
  }
  return evaluatePlanAttainment(aggregator.finish(state), options);
}
