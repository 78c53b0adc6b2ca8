import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { addToMoneyTotal, emptyMoneyTotal, type MoneyTotal, mergeMoneyTotals } from '../../domain/money.js';
import { DAY_MS, daysOfLabel, monthsOf, type Period, type PeriodLabel } from '../../domain/period.js';
import type { Customer, RevenueRecord } from '../../domain/records/customer.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { own, put } from './keyed-state.js';
import { type RevenueRetention, revenueRetention } from './revenue-retention.js';

/**
 * One record for {@link retentionAggregator}: a customer or a revenue record, tagged, so that one
 * stream (a file, a worker's partition) can carry both.
 *
 * @example
 * ```ts
 * import { normalizeCustomer, type RetentionRecord } from '@org/cs-metrics';
 * const record: RetentionRecord = { type: 'customer', record: normalizeCustomer({ id: 'c1', since: '2025-03-01' }) };
 * ```
 */
export type RetentionRecord =
  | { readonly type: 'customer'; readonly record: Customer }
  | { readonly type: 'revenue'; readonly record: RevenueRecord };

/**
 * What {@link retention} takes: the customers and, for revenue retention, their revenue records.
 *
 * @example
 * ```ts
 * import type { RetentionInput } from '@org/cs-metrics';
 * const input: RetentionInput = { customers: [], revenue: [] };
 * ```
 */
export interface RetentionInput {
  readonly customers: Iterable<Customer>;
  /** Without them the revenue retention list is empty. */
  readonly revenue?: Iterable<RevenueRecord>;
}

/**
 * Options of {@link retention}.
 *
 * @example
 * ```ts
 * import { periodOf, type RetentionOptions } from '@org/cs-metrics';
 * const options: RetentionOptions = { period: periodOf('2026'), revenueFrom: '2025-Q4', revenueTo: '2026-Q4' };
 * ```
 */
export interface RetentionOptions {
  /** The period retention is measured over. */
  readonly period: Period;
  /** The revenue period of the starting revenue (`YYYY-MM`, `YYYY-Qn` or `YYYY`); default the month before the period's first month. */
  readonly revenueFrom?: PeriodLabel;
  /** The revenue period of the ending revenue; default the period's last month. */
  readonly revenueTo?: PeriodLabel;
}

/**
 * The partial state of {@link retentionAggregator}: plain JSON data. Customers are kept by id (the
 * revenue of a customer can arrive before the customer), so the same customer given twice, in one
 * partition or two, counts once.
 *
 * @example
 * ```ts
 * import { periodOf, retentionAggregator, type RetentionState } from '@org/cs-metrics';
 * const state: RetentionState = retentionAggregator({ period: periodOf('2026') }).init();
 * ```
 */
export interface RetentionState {
  /**
   * Customers whose relationship touches the period: id → `[since, until]`, `until` `null` for a
   * customer still there. (Not −1: a customer who left before 1970 has a negative time.)
   */
  customers: Record<string, [since: number, until: number | null]>;
  /** Customers skipped: ended by the period's start or acquired after it. */
  outsidePeriod: number;
  /** Revenue by customer and currency: `[revenueFrom total, revenueTo total]`. */
  revenue: Record<string, Record<string, MoneyTotal[]>>;
  /** Revenue records of other revenue periods, skipped. */
  revenueOutside: number;
}

/**
 * Retention of the customers acquired in one month: how many are still customers at each later
 * month end of the period.
 *
 * @example
 * ```ts
 * import type { RetentionCohort } from '@org/cs-metrics';
 * const cohort: RetentionCohort = { month: '2026-01', acquired: 4, active: [{ monthEnd: '2026-01', active: 4, share: 1 }, { monthEnd: '2026-02', active: 3, share: 0.75 }] };
 * ```
 */
export interface RetentionCohort {
  /** The month of acquisition, `YYYY-MM`, in the period's zone. */
  readonly month: string;
  readonly acquired: number;
  /** From the cohort's month to the period's last: customers still active at the month's end. */
  readonly active: readonly {
    readonly monthEnd: string;
    readonly active: number;
    readonly share: number | null;
  }[];
}

/**
 * The numbers of {@link retention}.
 *
 * @example
 * ```ts
 * import { measure, periodOf, retentionAggregator, type RetentionMetrics } from '@org/cs-metrics';
 * const metrics: RetentionMetrics = measure(retentionAggregator({ period: periodOf('2026') }), []);
 * metrics.retentionRate; // null
 * ```
 */
export interface RetentionMetrics {
  /** Customers at the start (S): acquired before the period, not ended by its start. */
  readonly atStart: number;
  /** Customers acquired in the period (N). */
  readonly acquired: number;
  /** Customers at the end (E): acquired before the period's end, not ended before it. */
  readonly atEnd: number;
  /** Of the customers at the start, those still customers at the end. */
  readonly retained: number;
  /** Of the customers at the start, those who left in the period. */
  readonly lost: number;
  /** Of the customers acquired in the period, those who left in it. */
  readonly acquiredAndLost: number;
  /** `retained ÷ S`; `null` when S = 0. */
  readonly retentionRate: number | null;
  /** The textbook `(E − N) ÷ S`: equal to `retentionRate` unless customers acquired in the period left in it. */
  readonly retentionRateEndMinusNew: number | null;
  /** `lost ÷ S` (= 1 − `retentionRate`). */
  readonly churnRate: number | null;
  /** Calendar days in the period. */
  readonly periodDays: number;
  /** `retentionRate` over a year: as is for a calendar year (365 or 366 days), else `rate^(365 ÷ days)`. */
  readonly annualisedRetentionRate: number | null;
  readonly revenueFrom: PeriodLabel;
  readonly revenueTo: PeriodLabel;
  /** Per currency, sorted by currency code; never mixed. */
  readonly revenue: readonly RevenueRetention[];
  /** Revenue records of customers not present at the start (new or unknown), left out. */
  readonly revenueNotAtStart: number;
  readonly revenueOutside: number;
  readonly outsidePeriod: number;
  /** One cohort per month of the period. */
  readonly cohorts: readonly RetentionCohort[];
}

const REVENUE_LABEL = /^\d{4}(?:-Q[1-4]|-\d{2})?$/;

function checkLabel(label: unknown, path: string): { from: string; to: string } {
  if (typeof label !== 'string' || !REVENUE_LABEL.test(label))
    return fail(ErrorCodes.InvalidOption, path, 'a revenue period label: YYYY, YYYY-Qn or YYYY-MM', label);
  return daysOfLabel(label, path);
}

function checkOptions(options: RetentionOptions) {
  const p = checkPeriodOption(options);
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  const before = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  const revenueFrom = options.revenueFrom ?? before;
  const revenueTo = options.revenueTo ?? p.to.slice(0, 7);
  const fromDays = checkLabel(revenueFrom, 'options.revenueFrom');
  const toDays = checkLabel(revenueTo, 'options.revenueTo');
  if (!(fromDays.to < toDays.from)) {
    fail(ErrorCodes.InvalidOption, 'options.revenueTo', `a revenue period after ${revenueFrom}`, revenueTo);
  }
  const days = (Date.parse(`${p.to}T00:00Z`) - Date.parse(`${p.from}T00:00Z`)) / DAY_MS + 1;
  return { start: p.start, end: p.end, months: monthsOf(p), revenueFrom, revenueTo, days };
}

/**
 * The aggregator behind {@link retention}: one pass over tagged customer and revenue records,
 * mergeable; everything is computed in `finish` from the customers kept by id.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option; `invalid-period`
 *   for a revenue label that names no month.
 * @example
 * ```ts
 * import { measure, normalizeCustomers, periodOf, retentionAggregator } from '@org/cs-metrics';
 * const customers = normalizeCustomers([
 *   { id: 'c1', since: '2025-02-01' },
 *   { id: 'c2', since: '2025-06-01', until: '2026-05-10' },
 * ]);
 * const metrics = measure(retentionAggregator({ period: periodOf('2026') }), customers.map((record) => ({ type: 'customer' as const, record })));
 * metrics.retentionRate; // 0.5
 * ```
 */
export function retentionAggregator(
  options: RetentionOptions,
): Aggregator<RetentionRecord, RetentionState, RetentionMetrics> {
  const o = checkOptions(options);
  return {
    init: () => ({ customers: {}, outsidePeriod: 0, revenue: {}, revenueOutside: 0 }),
    add(s, tagged) {
      if (tagged.type === 'customer') {
        const c = tagged.record;
        const until = c.until ?? null;
        if (c.since >= o.end || (until !== null && until <= o.start)) {
          s.outsidePeriod++;
          return s;
        }
        const current = own(s.customers, c.id);
        if (current === undefined) put(s.customers, c.id, [c.since, until]);
        else unite(current, c.since, until);
        return s;
      }
      const r = tagged.record;
      const slot = r.period === o.revenueFrom ? 0 : r.period === o.revenueTo ? 1 : -1;
      if (slot === -1) {
        s.revenueOutside++;
        return s;
      }
      let byCurrency = own(s.revenue, r.customerId);
      if (byCurrency === undefined) {
        byCurrency = {};
        put(s.revenue, r.customerId, byCurrency);
      }
      let totals = own(byCurrency, r.currency);
      if (totals === undefined) {
        totals = [emptyMoneyTotal(), emptyMoneyTotal()];
        put(byCurrency, r.currency, totals);
      }
      addToMoneyTotal(totals[slot]!, r);
      return s;
    },
    merge(a, b) {
      const customers: Record<string, [number, number | null]> = {};
      for (const id of Object.keys(a.customers)) {
        const [since, until] = own(a.customers, id)!;
        put(customers, id, [since, until]);
      }
      for (const id of Object.keys(b.customers)) {
        const [since, until] = own(b.customers, id)!;
        const left = own(customers, id);
        if (left === undefined) put(customers, id, [since, until]);
        else unite(left, since, until);
      }
      const revenue: Record<string, Record<string, MoneyTotal[]>> = {};
      for (const side of [a.revenue, b.revenue]) {
        for (const id of Object.keys(side)) {
          let out = own(revenue, id);
          if (out === undefined) {
            out = {};
            put(revenue, id, out);
          }
          const byCurrency = own(side, id)!;
          for (const currency of Object.keys(byCurrency)) {
            const [from, to] = own(byCurrency, currency)! as [MoneyTotal, MoneyTotal];
            const left = own(out, currency) ?? [emptyMoneyTotal(), emptyMoneyTotal()];
            put(out, currency, [mergeMoneyTotals(left[0]!, from), mergeMoneyTotals(left[1]!, to)]);
          }
        }
      }
      return {
        customers,
        outsidePeriod: a.outsidePeriod + b.outsidePeriod,
        revenue,
        revenueOutside: a.revenueOutside + b.revenueOutside,
      };
    },
    finish(s) {
      let atStart = 0;
      let acquired = 0;
      let atEnd = 0;
      let retained = 0;
      let acquiredAndLost = 0;
      const startIds: string[] = [];
      const months = o.months;
      const acquiredIn = new Array<number>(months.length).fill(0);
      // activeAt[m][k]: of the customers acquired in month m, those active at the end of month k.
      const activeAt = months.map(() => new Array<number>(months.length).fill(0));
      for (const id of Object.keys(s.customers)) {
        const [since, until] = own(s.customers, id)!;
        const stays = until === null || until >= o.end;
        if (stays) atEnd++;
        if (since < o.start) {
          atStart++;
          startIds.push(id);
          if (stays) retained++;
          continue;
        }
        acquired++;
        if (!stays) acquiredAndLost++;
        let m = 0;
        while (months[m]!.end <= since) m++;
        acquiredIn[m]!++;
        for (let k = m; k < months.length; k++) {
          if (until === null || until >= months[k]!.end) activeAt[m]![k]!++;
        }
      }
      const rate = (n: number): number | null => (atStart === 0 ? null : n / atStart);
      const retentionRate = rate(retained);
      const annualised =
        retentionRate === null
          ? null
          : o.days === 365 || o.days === 366
            ? retentionRate
            : retentionRate ** (365 / o.days);
      return {
        atStart,
        acquired,
        atEnd,
        retained,
        lost: atStart - retained,
        acquiredAndLost,
        retentionRate,
        retentionRateEndMinusNew: rate(atEnd - acquired),
        churnRate: rate(atStart - retained),
        periodDays: o.days,
        annualisedRetentionRate: annualised,
        revenueFrom: o.revenueFrom,
        revenueTo: o.revenueTo,
        ...revenueRetention(s.revenue, startIds),
        revenueOutside: s.revenueOutside,
        outsidePeriod: s.outsidePeriod,
        cohorts: months.map((month, m) => ({
          month: month.key,
          acquired: acquiredIn[m]!,
          active: months.slice(m).map((end, i) => ({
            monthEnd: end.key,
            active: activeAt[m]![m + i]!,
            share: acquiredIn[m] === 0 ? null : activeAt[m]![m + i]! / acquiredIn[m]!,
          })),
        })),
      };
    },
  };
}

/** The same customer twice: the earliest start, and the latest end (none if either has none). */
function unite(target: [number, number | null], since: number, until: number | null): void {
  if (since < target[0]) target[0] = since;
  if (target[1] !== null) target[1] = until === null ? null : Math.max(target[1], until);
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges retention metrics against the profile: the band rates the annualised customer retention
 * rate; gross revenue retention below `targetGrossRevenueRetentionShare` in a currency raises
 * `…low-gross-revenue-retention`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateRetention, measure, periodOf, retentionAggregator } from '@org/cs-metrics';
 * const metrics = measure(retentionAggregator({ period: periodOf('2026') }), []);
 * evaluateRetention(metrics, { profile: b2b }).explanation.code; // 'customer.retention.no-customers-at-start'
 * ```
 */
export function evaluateRetention(
  metrics: RetentionMetrics,
  options: { readonly profile: Profile },
): Evaluation<RetentionMetrics> {
  const id = 'customer.retention';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  for (const r of metrics.revenue) {
    if (r.grossRetention?.lessThan(settings.targetGrossRevenueRetentionShare)) {
      const gross = r.grossRetention.toNumber();
      warnings.push({
        code: `${id}.low-gross-revenue-retention`,
        message: `Gross revenue retention in ${r.currency} is ${pct(gross)} %; the target is ${pct(settings.targetGrossRevenueRetentionShare)} %.`,
        inputs: {
          currency: r.currency,
          grossRetention: gross,
          target: settings.targetGrossRevenueRetentionShare,
        },
      });
    }
  }
  const annualised = metrics.periodDays !== 365 && metrics.periodDays !== 366;
  return judge({
    criterion: id,
    value: metrics.annualisedRetentionRate,
    unit: 'share of customers retained over a year',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.atStart,
    details: metrics,
    warnings,
    insufficient: {
      code: `${id}.no-customers-at-start`,
      message: 'No customers at the start of the period: there is no one to retain.',
      inputs: { acquired: metrics.acquired, outsidePeriod: metrics.outsidePeriod },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message:
        `${metrics.retained} of ${metrics.atStart} customers at the start stayed (${pct(metrics.retentionRate!)} %` +
        (annualised ? ` over ${metrics.periodDays} days, ${pct(value)} % a year` : '') +
        `): ${rating}.`,
      inputs: {
        retained: metrics.retained,
        atStart: metrics.atStart,
        retentionRate: metrics.retentionRate,
        periodDays: metrics.periodDays,
        annualised: value,
        rating,
      },
    }),
  });
}

/**
 * Customer retention over a period: the retention rate (customers at the start still customers at
 * the end ÷ customers at the start; the textbook `(E − N) ÷ S` is reported too), the churn rate,
 * revenue retention gross and net per currency (exact), and retention by monthly cohort. Judged:
 * the retention rate, annualised, against the profile's band.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option or input;
 *   `invalid-period` for a revenue label that names no month (`options.revenueFrom`: `2026-13`).
 * @example
 * ```ts
 * import { b2b, normalizeCustomers, normalizeRevenueRecords, periodOf, retention } from '@org/cs-metrics';
 * const customers = normalizeCustomers([
 *   { id: 'c1', since: '2024-05-01' },
 *   { id: 'c2', since: '2025-02-01', until: '2026-03-15' },
 * ]);
 * const revenue = normalizeRevenueRecords([
 *   { customerId: 'c1', period: '2025-12', amount: '100.00', currency: 'EUR' },
 *   { customerId: 'c1', period: '2026-12', amount: '130.00', currency: 'EUR' },
 *   { customerId: 'c2', period: '2025-12', amount: '100.00', currency: 'EUR' },
 * ]);
 * const result = retention({ customers, revenue }, { period: periodOf('2026'), profile: b2b });
 * result.details.retentionRate; // 0.5
 * result.details.revenue[0]?.netRetention?.toString(); // '0.65'
 * ```
 */
export function retention(
  input: RetentionInput,
  options: RetentionOptions & { readonly profile: Profile },
): Evaluation<RetentionMetrics> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', '{ customers, revenue }', input);
  const aggregator = retentionAggregator(options);
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const c: { type: 'customer'; record: Customer } = { type: 'customer', record: undefined as never };
  for (const record of input.customers) {
    c.record = record;
    state = aggregator.add(state, c);
  }
  const r: { type: 'revenue'; record: RevenueRecord } = { type: 'revenue', record: undefined as never };
  for (const record of input.revenue ?? []) {
    r.record = record;
    state = aggregator.add(state, r);
  }
  return evaluateRetention(aggregator.finish(state), options);
}
