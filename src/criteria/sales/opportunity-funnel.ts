// sales.opportunityFunnel: the funnel of opportunities — open deals by stage, conversion, win rate,
// coverage, cycle, velocity, refill after a loss; judged on the share of a cohort of prospects that signs.
import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Decimal, Money, MoneyTotal } from '../../domain/money.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import type { SalesPlan } from '../../domain/records/sales-plan.js';
import { type DateInput, toEpochMillis } from '../../domain/time.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings, ratio } from '../criterion-options.js';
import { own, put } from '../customer/keyed-state.js';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  QUANTILE_EXACT_CAP,
  type QuantileSketch,
  sketchQuantile,
} from '../customer/quantile-sketch.js';
import { combined, currencyRow } from './funnel-money.js';
import {
  furthestIndex,
  OPEN_STAGES,
  type OpenStage,
  openAt,
  PATH_STAGES,
  refillCounts,
  stageAt,
} from './funnel-stages.js';
import {
  addByCurrency,
  addPlan,
  exchangeRatesOption,
  mergeByCurrency,
  moneyList,
  planMatcher,
  planOf,
  type TotalsByCurrency,
} from './plan-money.js';
import { checkManagerIdOption, checkWholeOption } from './sales-options.js';

/**
 * One record for {@link opportunityFunnelAggregator}: a deal or a sales plan, tagged.
 *
 * @example
 * ```ts
 * import { normalizeDeal, type OpportunityFunnelRecord } from '@org/cs-metrics';
 * const record: OpportunityFunnelRecord = { type: 'deal', record: normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'event', stage: 'prospect', amount: 5000, currency: 'EUR', createdAt: '2026-10-02' }) };
 * ```
 */
export type OpportunityFunnelRecord =
  | { readonly type: 'deal'; readonly record: Deal }
  | { readonly type: 'plan'; readonly record: SalesPlan };

/**
 * What {@link opportunityFunnel} takes: the manager's deals, and the plans (for pipeline coverage).
 *
 * @example
 * ```ts
 * import type { OpportunityFunnelInput } from '@org/cs-metrics';
 * const input: OpportunityFunnelInput = { deals: [] };
 * ```
 */
export interface OpportunityFunnelInput {
  readonly deals: Iterable<Deal>;
  /** Without a plan for the period, pipeline coverage is `null`. */
  readonly plans?: Iterable<SalesPlan>;
}

/**
 * Options of {@link opportunityFunnelAggregator} and {@link opportunityFunnel}.
 *
 * @example
 * ```ts
 * import { periodOf, type OpportunityFunnelOptions } from '@org/cs-metrics';
 * const options: OpportunityFunnelOptions = { period: periodOf('2026-10'), asOf: '2026-12-31', winRateBy: 'amount' };
 * ```
 */
export interface OpportunityFunnelOptions {
  /** Deals created in it form the cohort; deals closed in it give the win rate and the cycle. */
  readonly period: Period;
  /**
   * The instant the funnel is looked at (ISO strings without an offset are read in the period's zone): the
   * cohort's deals won by then count as signed; open deals are those open then. Never "now": pass it.
   * Default: the period's end. Must not be before the period's start.
   */
  readonly asOf?: DateInput;
  /** Only this manager's deals and plan; default: every record given. */
  readonly managerId?: string;
  /**
   * How long a cohort of prospects is given to sign: the cohort judged is the deals created in a window
   * as long as the period that ends this many days before its end (or before `asOf` when that is
   * earlier), so that deals of a long sales cycle have had time to close. Default the profile's in
   * {@link opportunityFunnel} (b2c 14, b2b 90, consulting 180), 0 in the aggregator (the period's own
   * prospects).
   */
  readonly cohortMaturityDays?: number;
  /** Which closed-deal win rate `winRate` reports: by `count` (default) or by `amount`. */
  readonly winRateBy?: 'count' | 'amount';
  /** A loss is refilled by a new deal created within this many days after it; default the profile's (7 b2c, 14 b2b and consulting), 14 in the aggregator. */
  readonly refillWithinDays?: number;
  /** Rates into the plan's currency (as in `planAttainment`), for coverage and win rate by amount across currencies. */
  readonly exchangeRates?: Readonly<Record<string, string>>;
}

/**
 * Plain-JSON state of {@link opportunityFunnelAggregator}.
 *
 * @example
 * ```ts
 * import { opportunityFunnelAggregator, periodOf, type OpportunityFunnelState } from '@org/cs-metrics';
 * const state: OpportunityFunnelState = opportunityFunnelAggregator({ period: periodOf('2026-10') }).init();
 * state.cohort; // 0
 * ```
 */
export interface OpportunityFunnelState {
  /** Deals created in the cohort window (the period by `asOf`, moved back by `cohortMaturityDays`). */
  cohort: number;
  /** Cohort deals that reached each of prospect, qualified, proposal, negotiation, won by `asOf`. */
  reached: number[];
  /** Cohort deals lost by `asOf`. */
  cohortLost: number;
  /** Open stage → currency → amounts of deals open at `asOf`. */
  open: Record<string, Record<string, MoneyTotal>>;
  /** Currency → amount × probability of open deals with a probability. */
  weighted: Record<string, MoneyTotal>;
  openWithoutProbability: number;
  /** Currency → amounts of deals won / lost in the period. */
  won: Record<string, MoneyTotal>;
  lost: Record<string, MoneyTotal>;
  /** Days from creation to won, for deals won in the period. */
  cycleDays: QuantileSketch;
  /**
   * Milliseconds from creation to won, summed: whole numbers, so the sum (exact below 2^53 ms, about
   * 100 million deal-days) does not depend on the order of the deals, as a sum of fractional days would.
   */
  cycleMsSum: number;
  /** `closedAt` of deals lost in the period. */
  lostAt: number[];
  /** `createdAt` of deals created from the period's start to `refillWithinDays` after its end. */
  createdAt: number[];
  /** Manager id → the plan(s) of the period. */
  plans: Record<string, MoneyTotal>;
}

/**
 * Open deals at one stage.
 *
 * @example
 * ```ts
 * import { money, type FunnelStage } from '@org/cs-metrics';
 * const s: FunnelStage = { stage: 'proposal', deals: 2, amounts: [money('12000', 'EUR')] };
 * ```
 */
export interface FunnelStage {
  readonly stage: 'prospect' | 'qualified' | 'proposal' | 'negotiation';
  readonly deals: number;
  /** Per currency, sorted by currency. */
  readonly amounts: readonly Money[];
}

/**
 * Stage-to-stage conversion of the cohort: of the deals that reached `stage`, the share that reached the next.
 *
 * @example
 * ```ts
 * import type { StageConversion } from '@org/cs-metrics';
 * const c: StageConversion = { stage: 'qualified', reached: 6, toNext: 0.5 };
 * ```
 */
export interface StageConversion {
  readonly stage: 'prospect' | 'qualified' | 'proposal' | 'negotiation' | 'won';
  readonly reached: number;
  /** reached(next) ÷ reached; `null` for `won` or when none reached the stage. */
  readonly toNext: number | null;
}

/**
 * Closed deals and sales velocity of one currency.
 *
 * @example
 * ```ts
 * import { money, type FunnelCurrency } from '@org/cs-metrics';
 * const c: FunnelCurrency = { currency: 'EUR', won: money('30000', 'EUR'), lost: money('10000', 'EUR'), winRateByAmount: 0.75,
 *   openDeals: 4, averageWon: money('15000', 'EUR'), velocityPerDay: money('1000', 'EUR') };
 * ```
 */
export interface FunnelCurrency {
  readonly currency: string;
  readonly won: Money;
  readonly lost: Money;
  /** won ÷ (won + lost) amounts; `null` with nothing closed in the currency. */
  readonly winRateByAmount: number | null;
  /** Deals open at `asOf` in the currency. */
  readonly openDeals: number;
  /** Average won deal in the period; `null` with none won. */
  readonly averageWon: Money | null;
  /** (openDeals × win rate by count × averageWon) ÷ mean cycle days, to the minor unit; `null` when a factor is missing. */
  readonly velocityPerDay: Money | null;
}

/**
 * The numbers of {@link opportunityFunnelAggregator}.
 *
 * @example
 * ```ts
 * import { measure, opportunityFunnelAggregator, periodOf, type OpportunityFunnelMetrics } from '@org/cs-metrics';
 * const m: OpportunityFunnelMetrics = measure(opportunityFunnelAggregator({ period: periodOf('2026-10') }), []);
 * m.cohortConversion; // null
 * ```
 */
export interface OpportunityFunnelMetrics {
  readonly asOf: number;
  /** How many days the cohort was given to sign (`cohortMaturityDays`). */
  readonly cohortMaturityDays: number;
  /** The cohort window: deals created from this instant (epoch ms) … */
  readonly cohortFrom: number;
  /** … to before this one. */
  readonly cohortTo: number;
  /** Deals created in the cohort window (prospects). */
  readonly cohort: number;
  /** Of them, won by `asOf`. */
  readonly cohortWon: number;
  readonly cohortLost: number;
  /** cohortWon ÷ cohort — "at least one in ten will sign": the value judged; `null` with no cohort. */
  readonly cohortConversion: number | null;
  readonly stageConversion: readonly StageConversion[];
  /** Open deals at `asOf` by stage (every open stage, in order). */
  readonly openByStage: readonly FunnelStage[];
  readonly openDeals: number;
  /** amount × probability of the open deals, per currency. */
  readonly weightedPipeline: readonly Money[];
  /** Open deals without a probability (left out of the weighted pipeline). */
  readonly openWithoutProbability: number;
  /** Deals won and lost in the period. */
  readonly closedWon: number;
  readonly closedLost: number;
  /** closedWon ÷ (closedWon + closedLost); `null` with none closed. */
  readonly winRateByCount: number | null;
  /** Won ÷ closed amounts in one currency (the plan's, with rates; or the only one); `null` otherwise. */
  readonly winRateByAmount: number | null;
  readonly winRateBy: 'count' | 'amount';
  /** The win rate chosen by `winRateBy`. */
  readonly winRate: number | null;
  readonly byCurrency: readonly FunnelCurrency[];
  readonly plan: Money | null;
  /** plan − won in the period, in the plan's currency; `null` without a plan or when amounts cannot be converted. */
  readonly remainingPlan: Money | null;
  /** Weighted pipeline ÷ remaining plan; `null` without a plan, with the plan already met, or amounts that cannot be converted. */
  readonly pipelineCoverage: number | null;
  /** Some amounts are in currencies without a rate into the plan's (or several without a plan): combined figures are `null`. */
  readonly mixedCurrencies: boolean;
  /** Deals won in the period and their days from creation to won. */
  readonly cycleDeals: number;
  readonly medianCycleDays: number | null;
  readonly meanCycleDays: number | null;
  /** Whether the median is exact (up to 256 deals). */
  readonly cycleExact: boolean;
  readonly refillWithinDays: number;
  /** Deals lost in the period. */
  readonly losses: number;
  /** Losses whose refill window has ended by `asOf`, or that were refilled. */
  readonly lossesDue: number;
  /** Losses followed by a new deal within `refillWithinDays`. */
  readonly lossesRefilled: number;
  /** lossesRefilled ÷ lossesDue; `null` with none due. */
  readonly refillShare: number | null;
}

function checkOptions(options: OpportunityFunnelOptions) {
  const period = checkPeriodOption(options);
  const managerId = checkManagerIdOption(options.managerId);
  const refillDays = checkWholeOption(options.refillWithinDays ?? 14, 'options.refillWithinDays', 0, 'days');
  const winRateBy = options.winRateBy ?? 'count';
  if (winRateBy !== 'count' && winRateBy !== 'amount')
    fail(ErrorCodes.InvalidOption, 'options.winRateBy', '"count" or "amount"', winRateBy);
  const asOf =
    options.asOf === undefined ? period.end : toEpochMillis(options.asOf, period.timeZone, 'options.asOf');
  if (asOf < period.start) {
    fail(
      ErrorCodes.InvalidOption,
      'options.asOf',
      `an instant on or after the period's start (${period.from})`,
      options.asOf,
    );
  }
  const rates = exchangeRatesOption(options.exchangeRates);
  const maturityDays = checkWholeOption(
    options.cohortMaturityDays ?? 0,
    'options.cohortMaturityDays',
    0,
    'days',
  );
  // The cohort: created in the period (by asOf), shifted back by the maturity.
  const cohortStart = period.start - maturityDays * DAY_MS;
  const cohortEnd = Math.min(period.end, asOf + 1) - maturityDays * DAY_MS;
  return {
    period,
    start: period.start,
    end: period.end,
    managerId,
    refillDays,
    winRateBy,
    asOf,
    rates,
    maturityDays,
    cohortStart,
    cohortEnd,
  };
}

/**
 * The aggregator behind {@link opportunityFunnel}: one pass over tagged deals and plans, mergeable.
 *
 * @throws {@link CsMetricsError} `invalid-option` (or `invalid-date` for `asOf`) with the path of a bad
 *   option; at `finish`, `inconsistent-record` at `plans[managerId=…]` for two plans of one manager.
 * @example
 * ```ts
 * import { measure, normalizeDeal, opportunityFunnelAggregator, periodOf } from '@org/cs-metrics';
 * const d = normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'event', stage: 'won', amount: 5000, currency: 'EUR', createdAt: '2026-10-02', closedAt: '2026-10-12' });
 * const m = measure(opportunityFunnelAggregator({ period: periodOf('2026-10') }), [{ type: 'deal', record: d }]);
 * m.cohortConversion; // 1
 * m.medianCycleDays; // 10
 * ```
 */
export function opportunityFunnelAggregator(
  options: OpportunityFunnelOptions,
): Aggregator<OpportunityFunnelRecord, OpportunityFunnelState, OpportunityFunnelMetrics> {
  const o = checkOptions(options);
  const windowMs = o.refillDays * DAY_MS;
  // Closed "in the period" means by asOf too, when asOf falls inside it.
  const cut = Math.min(o.end, o.asOf + 1);
  const matches = planMatcher(o.period);
  return {
    init: () => ({
      cohort: 0,
      reached: [0, 0, 0, 0, 0],
      cohortLost: 0,
      open: {},
      weighted: {},
      openWithoutProbability: 0,
      won: {},
      lost: {},
      cycleDays: emptySketch(),
      cycleMsSum: 0,
      lostAt: [],
      createdAt: [],
      plans: {},
    }),
    add(s, tagged) {
      if (tagged.type === 'plan') {
        const p = tagged.record;
        if ((o.managerId === undefined || p.managerId === o.managerId) && matches(p.period))
          addPlan(s.plans, p);
        return s;
      }
      const d = tagged.record;
      if (o.managerId !== undefined && d.managerId !== o.managerId) return s;
      if (d.createdAt >= o.start && d.createdAt < o.end + windowMs) s.createdAt.push(d.createdAt);
      if (d.createdAt >= o.cohortStart && d.createdAt < o.cohortEnd) {
        s.cohort++;
        const furthest = furthestIndex(d, o.asOf);
        for (let k = 0; k <= furthest; k++) s.reached[k] = (s.reached[k] as number) + 1;
        if (d.stage === 'lost' && (d.closedAt as number) <= o.asOf) s.cohortLost++;
      }
      if (openAt(d, o.asOf)) {
        const stage = stageAt(d, o.asOf);
        let byCurrency = own(s.open, stage);
        if (byCurrency === undefined) {
          byCurrency = {};
          put(s.open, stage, byCurrency);
        }
        addByCurrency(byCurrency, d.amount, d.currency);
        if (d.probability === undefined) s.openWithoutProbability++;
        else addByCurrency(s.weighted, d.amount.times(d.probability), d.currency);
        return s;
      }
      const closedAt = d.closedAt;
      if (closedAt === undefined || closedAt < o.start || closedAt >= cut) return s;
      if (d.stage === 'won') {
        addByCurrency(s.won, d.amount, d.currency);
        const days = (closedAt - d.createdAt) / DAY_MS;
        addToSketch(s.cycleDays, days);
        s.cycleMsSum += closedAt - d.createdAt;
      } else {
        addByCurrency(s.lost, d.amount, d.currency);
        s.lostAt.push(closedAt);
      }
      return s;
    },
    merge(a, b) {
      const open: Record<string, TotalsByCurrency> = {};
      for (const stage of OPEN_STAGES) {
        const x = own(a.open, stage);
        const y = own(b.open, stage);
        if (x !== undefined || y !== undefined) put(open, stage, mergeByCurrency(x ?? {}, y ?? {}));
      }
      return {
        cohort: a.cohort + b.cohort,
        reached: a.reached.map((n, k) => n + (b.reached[k] as number)),
        cohortLost: a.cohortLost + b.cohortLost,
        open,
        weighted: mergeByCurrency(a.weighted, b.weighted),
        openWithoutProbability: a.openWithoutProbability + b.openWithoutProbability,
        won: mergeByCurrency(a.won, b.won),
        lost: mergeByCurrency(a.lost, b.lost),
        cycleDays: mergeSketches(a.cycleDays, b.cycleDays),
        cycleMsSum: a.cycleMsSum + b.cycleMsSum,
        lostAt: a.lostAt.concat(b.lostAt),
        createdAt: a.createdAt.concat(b.createdAt),
        plans: mergeByCurrency(a.plans, b.plans),
      };
    },
    finish(s) {
      const { plan } = planOf(s.plans);
      const into = plan === null ? null : plan.currency;
      const openByStage: FunnelStage[] = OPEN_STAGES.map((stage: OpenStage) => {
        const totals = own(s.open, stage) ?? {};
        let deals = 0;
        for (const c of Object.keys(totals)) deals += own(totals, c)!.count;
        return { stage, deals, amounts: moneyList(totals) };
      });
      const openDeals = openByStage.reduce((n, x) => n + x.deals, 0);
      const closedWon = s.cycleDays.n;
      const closedLost = s.lostAt.length;
      const winRateByCount = ratio(closedWon, closedWon + closedLost);
      const wonAll = combined(s.won, into, o.rates);
      const lostAll = combined(s.lost, into, o.rates);
      const closedAll = wonAll === null || lostAll === null ? null : wonAll.plus(lostAll);
      const winRateByAmount =
        closedAll === null || closedAll.isZero() ? null : (wonAll as Decimal).div(closedAll).toNumber();
      const meanCycleDays = closedWon === 0 ? null : s.cycleMsSum / closedWon / DAY_MS;
      const currencies = new Set([...Object.keys(s.won), ...Object.keys(s.lost)]);
      for (const stage of Object.keys(s.open))
        for (const c of Object.keys(own(s.open, stage)!)) currencies.add(c);
      const byCurrency = [...currencies]
        .sort()
        .map((currency) => currencyRow(currency, s, closedWon, closedLost, meanCycleDays));
      let remainingPlan: Money | null = null;
      let pipelineCoverage: number | null = null;
      const weighted = combined(s.weighted, into, o.rates);
      const mixedCurrencies = wonAll === null || lostAll === null || weighted === null;
      if (plan !== null && wonAll !== null && weighted !== null) {
        const rest = plan.amount.minus(wonAll);
        remainingPlan = { amount: rest, currency: plan.currency };
        pipelineCoverage = rest.isPositive() && !rest.isZero() ? weighted.div(rest).toNumber() : null;
      }
      const refill = refillCounts(s.lostAt, s.createdAt, windowMs, o.asOf);
      const cohortWon = s.reached[4] as number;
      return {
        asOf: o.asOf,
        cohortMaturityDays: o.maturityDays,
        cohortFrom: o.cohortStart,
        cohortTo: o.cohortEnd,
        cohort: s.cohort,
        cohortWon,
        cohortLost: s.cohortLost,
        cohortConversion: ratio(cohortWon, s.cohort),
        stageConversion: PATH_STAGES.map((stage, k) => ({
          stage,
          reached: s.reached[k] as number,
          toNext: k === 4 ? null : ratio(s.reached[k + 1] as number, s.reached[k] as number),
        })),
        openByStage,
        openDeals,
        weightedPipeline: moneyList(s.weighted),
        openWithoutProbability: s.openWithoutProbability,
        closedWon,
        closedLost,
        winRateByCount,
        winRateByAmount,
        winRateBy: o.winRateBy,
        winRate: o.winRateBy === 'count' ? winRateByCount : winRateByAmount,
        byCurrency,
        plan,
        remainingPlan,
        pipelineCoverage,
        mixedCurrencies,
        cycleDeals: closedWon,
        medianCycleDays: sketchQuantile(s.cycleDays, 0.5),
        meanCycleDays,
        cycleExact: s.cycleDays.n <= QUANTILE_EXACT_CAP,
        refillWithinDays: o.refillDays,
        losses: refill.losses,
        lossesDue: refill.due,
        lossesRefilled: refill.refilled,
        refillShare: ratio(refill.refilled, refill.due),
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges the funnel against the profile's `sales.opportunityFunnel` band on the **cohort conversion**:
 * deals created in the cohort window (every deal starts as a prospect) ÷ those of them won by `asOf`. The
 * window is as long as the period and ends `cohortMaturityDays` before its end (b2b 90 days), so that the
 * cohort has had about one sales cycle to sign. The brief's
 * "at least one in ten will sign" is about prospects, so the band (good from 0.1) judges the cohort, not
 * the win rate of closed deals (won ÷ (won + lost), which leaves out the prospects still open and is
 * reported as `winRateByCount` / `winRateByAmount`). Warnings: `sales.opportunityFunnel.losses-not-refilled`
 * when a loss was not followed by a new prospect within `refillWithinDays` ("a refusal today is not a
 * refusal forever: the manager keeps working and looking for new clients"), `…missing-probability` and
 * `…mixed-currencies`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateOpportunityFunnel, measure, opportunityFunnelAggregator, periodOf } from '@org/cs-metrics';
 * const m = measure(opportunityFunnelAggregator({ period: periodOf('2026-10') }), []);
 * evaluateOpportunityFunnel(m, { profile: b2b }).explanation.code; // 'sales.opportunityFunnel.no-prospects'
 * ```
 */
export function evaluateOpportunityFunnel(
  metrics: OpportunityFunnelMetrics,
  options: { readonly profile: Profile },
): Evaluation<OpportunityFunnelMetrics> {
  const id = 'sales.opportunityFunnel';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (metrics.lossesDue > metrics.lossesRefilled) {
    warnings.push({
      code: `${id}.losses-not-refilled`,
      message: `${metrics.lossesDue - metrics.lossesRefilled} of ${metrics.lossesDue} lost deals ${were(metrics.lossesDue - metrics.lossesRefilled)} not followed by a new prospect within ${metrics.refillWithinDays} days.`,
      inputs: {
        lossesDue: metrics.lossesDue,
        lossesRefilled: metrics.lossesRefilled,
        refillWithinDays: metrics.refillWithinDays,
      },
    });
  }
  if (metrics.openWithoutProbability > 0) {
    warnings.push({
      code: `${id}.missing-probability`,
      message: `${metrics.openWithoutProbability} open deal(s) have no probability and are left out of the weighted pipeline.`,
      inputs: { openWithoutProbability: metrics.openWithoutProbability },
    });
  }
  if (metrics.mixedCurrencies) {
    warnings.push({
      code: `${id}.mixed-currencies`,
      message:
        'Amounts in several currencies without exchange rates: combined amounts (win rate by amount, coverage) are not computed.',
      inputs: { currencies: metrics.byCurrency.map((c) => c.currency).join(',') },
    });
  }
  return judge({
    criterion: id,
    value: metrics.cohortConversion,
    unit: 'share of prospects signed',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.cohort,
    details: metrics,
    warnings,
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.cohortWon} of ${metrics.cohort} prospects created ${new Date(metrics.cohortFrom).toISOString().slice(0, 10)} … ${new Date(metrics.cohortTo - 1).toISOString().slice(0, 10)} signed by ${new Date(metrics.asOf).toISOString().slice(0, 10)} (${pct(value)} %): ${rating}.`,
      inputs: {
        cohortWon: metrics.cohortWon,
        cohort: metrics.cohort,
        cohortMaturityDays: metrics.cohortMaturityDays,
        value: roundTo(value, 4),
        winRateByCount: metrics.winRateByCount,
        rating,
      },
    }),
    insufficient: {
      code: `${id}.no-prospects`,
      message: `No deal was created in the cohort window (the period moved back by ${metrics.cohortMaturityDays} days to let it mature), so the share of prospects that sign cannot be measured.`,
      inputs: {
        openDeals: metrics.openDeals,
        closedWon: metrics.closedWon,
        closedLost: metrics.closedLost,
        cohortMaturityDays: metrics.cohortMaturityDays,
      },
    },
  });
}

/**
 * The funnel of opportunities of one manager, judged on the share of a matured cohort of prospects that
 * sign (see {@link evaluateOpportunityFunnel}). `refillWithinDays` and `cohortMaturityDays` default to the
 * profile's; below, `cohortMaturityDays: 0` judges October's own prospects.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option or input.
 * @example
 * ```ts
 * import { b2b, normalizeDeals, opportunityFunnel, periodOf } from '@org/cs-metrics';
 * const deals = normalizeDeals(Array.from({ length: 10 }, (_, n) => ({
 *   id: `D-${n}`, managerId: 'm1', customerId: `c${n}`, source: 'event' as const, amount: 1000, currency: 'EUR',
 *   createdAt: '2026-10-01', ...(n === 0 ? { stage: 'won' as const, closedAt: '2026-10-20' } : { stage: 'prospect' as const }),
 * })));
 * const result = opportunityFunnel({ deals }, { period: periodOf('2026-10'), asOf: '2026-11-01', cohortMaturityDays: 0, profile: b2b });
 * result.value; // 0.1
 * result.rating; // 'good'
 * ```
 */
export function opportunityFunnel(
  input: OpportunityFunnelInput,
  options: OpportunityFunnelOptions & { readonly profile: Profile },
): Evaluation<OpportunityFunnelMetrics> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', '{ deals, plans }', input);
  const settings = criterionSettings(options, 'sales.opportunityFunnel');
  const aggregator = opportunityFunnelAggregator({
    ...options,
    refillWithinDays: options.refillWithinDays ?? settings.refillWithinDays,
    cohortMaturityDays: options.cohortMaturityDays ?? settings.cohortMaturityDays,
  });
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const d: { type: 'deal'; record: Deal } = { type: 'deal', record: undefined as never };
  for (const record of input.deals) {
    d.record = record;
    state = aggregator.add(state, d);
  }
  const p: { type: 'plan'; record: SalesPlan } = { type: 'plan', record: undefined as never };
  for (const record of input.plans ?? []) {
    p.record = record;
    state = aggregator.add(state, p);
  }
  return evaluateOpportunityFunnel(aggregator.finish(state), options);
}
