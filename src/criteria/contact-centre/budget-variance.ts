// contactCentre.budgetVariance: actual spending against budget, exact in Decimal.
import { type Aggregator, measure } from '../../core/aggregator.js';
import { type Evaluation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { checkOptionsObject } from '../../domain/fields.js';
import {
  addToMoneyTotal,
  assertCurrency,
  type CurrencyCode,
  Decimal,
  emptyMoneyTotal,
  formatMoney,
  type Money,
  type MoneyTotal,
  mergeMoneyTotals,
  moneyTotalValue,
} from '../../domain/money.js';
import type { BudgetLine } from '../../domain/records/budget.js';
import type { Profile } from '../../profiles/profile.js';
import { criterionSettings } from '../criterion-options.js';
import { convertAmount, parseExchangeRates } from '../exchange-rates.js';

/**
 * Options of {@link budgetVarianceAggregator}. Without `exchangeRates`, every line must be in one currency
 * (mixed currencies are an error); with `currency` and `exchangeRates`, each line is converted into `currency`.
 *
 * @example
 * ```ts
 * import type { BudgetVarianceOptions } from '@org/cs-metrics';
 * const options: BudgetVarianceOptions = { currency: 'EUR', exchangeRates: { USD: '0.92' } };
 * ```
 */
export interface BudgetVarianceOptions {
  /** The reporting currency. Default: the currency of the lines (which must then all agree). */
  readonly currency?: string;
  /**
   * Exchange rates into `currency` as decimal strings: 1 unit of the key currency = rate units of
   * `currency`. Conversion is exact in Decimal, once per line at `finish`, and each converted amount is
   * rounded to the reporting currency's minor unit, half to even. Default: none.
   */
  readonly exchangeRates?: Readonly<Record<string, string>>;
}

/**
 * The running sums of one budget line (plain JSON).
 *
 * @example
 * ```ts
 * import type { BudgetLineState } from '@org/cs-metrics';
 * const s: BudgetLineState = { department: 'CC', category: 'staff', period: '2026-10', id: null,
 *   budgeted: { currency: 'EUR', minor: 100, exact: '0', count: 1 }, actual: { currency: 'EUR', minor: 90, exact: '0', count: 1 } };
 * ```
 */
export interface BudgetLineState {
  id: string | null;
  department: string;
  category: string;
  period: string;
  budgeted: MoneyTotal;
  actual: MoneyTotal;
}

/**
 * The state of {@link budgetVarianceAggregator}: one entry per line key (plain JSON).
 *
 * @example
 * ```ts
 * import { budgetVarianceAggregator } from '@org/cs-metrics';
 * budgetVarianceAggregator().init(); // { lines: {}, records: 0 }
 * ```
 */
export interface BudgetVarianceState {
  /** Lines by key: `id:<id>`, or department, category and period joined by U+0000. */
  lines: Record<string, BudgetLineState>;
  /** How many records were added. */
  records: number;
}

/**
 * Budget against actual for a line, a category, a period or the total, in the reporting currency.
 * `variance = budgeted − actual` (positive: under budget, favourable).
 *
 * @example
 * ```ts
 * import { budgetVarianceAggregator, measure, normalizeBudgetLines } from '@org/cs-metrics';
 * const m = measure(budgetVarianceAggregator(), normalizeBudgetLines([
 *   { department: 'CC', category: 'staff', period: '2026-10', budgeted: '100', actual: '90', currency: 'EUR' }]));
 * m.total?.variance.amount.toString(); // '10'
 * ```
 */
export interface BudgetSummary {
  readonly budgeted: Money;
  readonly actual: Money;
  /** budgeted − actual; positive is an under-spend (favourable). */
  readonly variance: Money;
  /** variance ÷ budgeted × 100; `null` when the budget is 0 (undefined, not Infinity). */
  readonly variancePercent: Decimal | null;
  /** `under` (favourable), `over` (unfavourable) or `on-budget`. */
  readonly status: 'under' | 'over' | 'on-budget';
  /** Money saved, gross: the sum of the under-spends of the lines inside; over-spends do not offset it. */
  readonly grossSavings: Money;
  /** The sum of the over-spends of the lines inside (≥ 0). `grossSavings − overspend = variance`. */
  readonly overspend: Money;
  /** `formatMoney` of budgeted, actual and variance, e.g. `'1 000.00 EUR'`. */
  readonly formatted: { readonly budgeted: string; readonly actual: string; readonly variance: string };
  /** How many lines are inside. */
  readonly lines: number;
}

/**
 * One budget line's result.
 *
 * @example
 * ```ts
 * import { budgetVarianceAggregator, measure, normalizeBudgetLines, type BudgetLineResult } from '@org/cs-metrics';
 * const m = measure(budgetVarianceAggregator(), normalizeBudgetLines([
 *   { department: 'CC', category: 'staff', period: '2026-10', budgeted: '100', actual: '110', currency: 'EUR' }]));
 * const line: BudgetLineResult | undefined = m.lines[0];
 * line?.status; // 'over'
 * ```
 */
export interface BudgetLineResult extends BudgetSummary {
  readonly id: string | null;
  readonly department: string;
  readonly category: string;
  readonly period: string;
  /** The line's own currency before conversion. */
  readonly originalCurrency: string;
}

/**
 * The finished numbers of {@link budgetVarianceAggregator}.
 *
 * @example
 * ```ts
 * import { budgetVarianceAggregator, measure } from '@org/cs-metrics';
 * measure(budgetVarianceAggregator(), []).total; // null
 * ```
 */
export interface BudgetVarianceMetrics {
  /** The reporting currency, `null` with no lines. */
  readonly currency: string | null;
  /** Lines sorted by key. */
  readonly lines: readonly BudgetLineResult[];
  /** Per category (across departments and periods), sorted by category. */
  readonly categories: readonly (BudgetSummary & { readonly category: string })[];
  /** The P&L-style summary per period label, sorted by label. */
  readonly periods: readonly (BudgetSummary & { readonly period: string })[];
  /** Everything together; `null` with no lines. */
  readonly total: BudgetSummary | null;
  /** actual ÷ budgeted of the total, the value judged (lower is better); `null` with no lines or budget 0. */
  readonly spendRatio: number | null;
}

interface Checked {
  readonly currency: CurrencyCode | null;
  readonly rates: Map<string, Decimal> | null;
}

function checkOptions(options: BudgetVarianceOptions): Checked {
  checkOptionsObject(options);
  const currency =
    options.currency === undefined ? null : assertCurrency(options.currency, 'options.currency');
  if (options.exchangeRates === undefined) return { currency, rates: null };
  if (currency === null)
    fail(ErrorCodes.InvalidOption, 'options.currency', 'a reporting currency with rates', undefined);
  const rates = parseExchangeRates(options.exchangeRates, 'options.exchangeRates');
  rates.set(currency, new Decimal(1));
  return { currency, rates };
}

/**
 * Checks a line's currency against the options (used by the aggregator with `budgetLines[id=…]` and by
 * {@link budgetVariance} with `budgetLines[i]`). `seen` is the first currency met without rates.
 */
function checkCurrency(checked: Checked, lineCurrency: string, seen: string | null, path: string): void {
  if (checked.rates !== null) {
    if (!checked.rates.has(lineCurrency)) {
      fail(ErrorCodes.CurrencyMismatch, path, `${checked.currency} or a currency with a rate`, lineCurrency);
    }
    return;
  }
  const expected = checked.currency ?? seen;
  if (expected !== null && expected !== lineCurrency) {
    fail(
      ErrorCodes.CurrencyMismatch,
      path,
      `an amount in ${expected} (pass options.exchangeRates to convert)`,
      lineCurrency,
    );
  }
}

function lineKey(line: BudgetLine): string {
  // \u0000 cannot occur in the normalised text fields' meaning; cheaper than JSON.stringify per record.
  return line.id === undefined
    ? `${line.department}\u0000${line.category}\u0000${line.period}`
    : `id:${line.id}`;
}

/**
 * @internal Where a budget line is, for an error: by its id, else by its department, category and
 * period (`budgetLines[["Support","Staff","2026-10"]]`), as a stream, or a manager's share of the lines,
 * has no index into what the caller passed.
 */
export function budgetLinePath(line: BudgetLine): string {
  return line.id === undefined
    ? `budgetLines[${JSON.stringify([line.department, line.category, line.period])}]`
    : `budgetLines[id=${line.id}]`;
}

function anyCurrency(state: BudgetVarianceState): string | null {
  for (const key in state.lines) return (state.lines[key] as BudgetLineState).budgeted.currency;
  return null;
}

interface Sums {
  budgeted: Decimal;
  actual: Decimal;
  saved: Decimal;
  over: Decimal;
  lines: number;
}

function summary(s: Sums, currency: string): BudgetSummary {
  const variance = s.budgeted.minus(s.actual);
  const m = (amount: Decimal): Money => ({ amount, currency });
  return {
    budgeted: m(s.budgeted),
    actual: m(s.actual),
    variance: m(variance),
    variancePercent: s.budgeted.isZero() ? null : variance.div(s.budgeted).times(100),
    status: variance.isZero() ? 'on-budget' : variance.isPositive() ? 'under' : 'over',
    grossSavings: m(s.saved),
    overspend: m(s.over),
    formatted: {
      budgeted: formatMoney(m(s.budgeted)),
      actual: formatMoney(m(s.actual)),
      variance: formatMoney(m(variance)),
    },
    lines: s.lines,
  };
}

function addSums(into: Map<string, Sums>, key: string, budgeted: Decimal, actual: Decimal): void {
  let s = into.get(key);
  if (s === undefined) {
    s = {
      budgeted: new Decimal(0),
      actual: new Decimal(0),
      saved: new Decimal(0),
      over: new Decimal(0),
      lines: 0,
    };
    into.set(key, s);
  }
  const v = budgeted.minus(actual);
  s.budgeted = s.budgeted.plus(budgeted);
  s.actual = s.actual.plus(actual);
  // A variance of 0 adds 0 to what was saved.
  if (v.isPositive()) s.saved = s.saved.plus(v);
  else s.over = s.over.minus(v);
  s.lines++;
}

/**
 * Sums budget lines per line, per category, per period and in total, exactly. Records with the same
 * `id` — or, without an id, the same (department, category, period) — add up into one line. The state
 * is plain JSON ({@link MoneyTotal}s); Decimal appears only in `finish`.
 *
 * @throws {@link CsMetricsError} `invalid-option` for bad options; `currency-mismatch` at
 * `budgetLines[id=…].currency` for a currency that differs from the others without rates, or has no rate;
 * `inconsistent-record` when one id is used for two different (department, category, period).
 * @example
 * ```ts
 * import { budgetVarianceAggregator, measure, normalizeBudgetLines } from '@org/cs-metrics';
 * const m = measure(budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0.5' } }), normalizeBudgetLines([
 *   { department: 'CC', category: 'staff', period: '2026-10', budgeted: '100', actual: '80', currency: 'EUR' },
 *   { department: 'CC', category: 'telephony', period: '2026-10', budgeted: '100', actual: '120', currency: 'USD' }]));
 * m.total?.formatted.variance; // '10.00 EUR'
 * ```
 */
export function budgetVarianceAggregator(
  options: BudgetVarianceOptions = {},
): Aggregator<BudgetLine, BudgetVarianceState, BudgetVarianceMetrics> {
  const checked = checkOptions(options);
  const scratch: { amount: Decimal; currency: string } = { amount: new Decimal(0), currency: '' };
  const mergeLine = (a: BudgetLineState, b: BudgetLineState, key: string): BudgetLineState => {
    if (a.department !== b.department || a.category !== b.category || a.period !== b.period) {
      fail(
        ErrorCodes.InconsistentRecord,
        key.startsWith('id:') ? `budgetLines[id=${key.slice(3)}]` : 'budgetLines',
        `${a.department}/${a.category}/${a.period}`,
        `${b.department}/${b.category}/${b.period}`,
      );
    }
    return {
      id: a.id,
      department: a.department,
      category: a.category,
      period: a.period,
      budgeted: mergeMoneyTotals(a.budgeted, b.budgeted),
      actual: mergeMoneyTotals(a.actual, b.actual),
    };
  };
  return {
    init: () => ({ lines: {}, records: 0 }),
    add(state, line) {
      const key = lineKey(line);
      let entry = state.lines[key];
      if (entry === undefined) {
        checkCurrency(
          checked,
          line.currency,
          checked.rates === null ? anyCurrency(state) : null,
          `${budgetLinePath(line)}.currency`,
        );
        entry = {
          id: line.id ?? null,
          department: line.department,
          category: line.category,
          period: line.period,
          budgeted: emptyMoneyTotal(),
          actual: emptyMoneyTotal(),
        };
        state.lines[key] = entry;
      } else if (
        entry.department !== line.department ||
        entry.category !== line.category ||
        entry.period !== line.period
      ) {
        fail(
          ErrorCodes.InconsistentRecord,
          budgetLinePath(line),
          `${entry.department}/${entry.category}/${entry.period}`,
          `${line.department}/${line.category}/${line.period}`,
        );
      }
      if (entry.budgeted.currency !== null && entry.budgeted.currency !== line.currency) {
        fail(
          ErrorCodes.CurrencyMismatch,
          `${budgetLinePath(line)}.currency`,
          `an amount in ${entry.budgeted.currency}`,
          line.currency,
        );
      }
      scratch.currency = line.currency;
      scratch.amount = line.budgeted;
      addToMoneyTotal(entry.budgeted, scratch);
      scratch.amount = line.actual;
      addToMoneyTotal(entry.actual, scratch);
      state.records++;
      return state;
    },
    merge(a, b) {
      // Every line is copied: `add` updates a line's totals in place, and a later add to the merged
      // state must not reach back into `a` or `b`.
      const copy = (l: BudgetLineState): BudgetLineState => ({
        ...l,
        budgeted: { ...l.budgeted },
        actual: { ...l.actual },
      });
      const lines: Record<string, BudgetLineState> = {};
      for (const key in a.lines) lines[key] = copy(a.lines[key] as BudgetLineState);
      if (checked.rates === null) {
        const ca = anyCurrency(a);
        const cb = anyCurrency(b);
        if (ca !== null && cb !== null && ca !== cb) {
          fail(
            ErrorCodes.CurrencyMismatch,
            'budgetLines',
            `an amount in ${ca} (pass options.exchangeRates to convert)`,
            cb,
          );
        }
      }
      for (const key in b.lines) {
        const other = b.lines[key] as BudgetLineState;
        const mine = lines[key];
        lines[key] = mine === undefined ? copy(other) : mergeLine(mine, other, key);
      }
      return { lines, records: a.records + b.records };
    },
    finish(state) {
      const keys = Object.keys(state.lines).sort();
      if (keys.length === 0) {
        return { currency: null, lines: [], categories: [], periods: [], total: null, spendRatio: null };
      }
      const currency = (checked.currency ?? anyCurrency(state)) as string;
      const convert = (total: MoneyTotal): Decimal => {
        // Every line has at least one record, so its totals are never empty.
        const value = moneyTotalValue(total) as Money;
        // Every foreign currency has a rate (checked in add), so this is never undefined.
        return convertAmount(value.amount, value.currency, currency, checked.rates) as Decimal;
      };
      const lines: BudgetLineResult[] = [];
      const categories = new Map<string, Sums>();
      const periods = new Map<string, Sums>();
      const all = new Map<string, Sums>();
      for (const key of keys) {
        const l = state.lines[key] as BudgetLineState;
        const budgeted = convert(l.budgeted);
        const actual = convert(l.actual);
        const own = new Map<string, Sums>();
        addSums(own, '', budgeted, actual);
        addSums(categories, l.category, budgeted, actual);
        addSums(periods, l.period, budgeted, actual);
        addSums(all, '', budgeted, actual);
        lines.push({
          id: l.id,
          department: l.department,
          category: l.category,
          period: l.period,
          originalCurrency: l.budgeted.currency as string,
          ...summary(own.get('') as Sums, currency),
        });
      }
      const sorted = (m: Map<string, Sums>) =>
        [...m.keys()].sort().map((k) => [k, summary(m.get(k) as Sums, currency)] as const);
      const total = summary(all.get('') as Sums, currency);
      return {
        currency,
        lines,
        categories: sorted(categories).map(([category, s]) => ({ category, ...s })),
        periods: sorted(periods).map(([period, s]) => ({ period, ...s })),
        total,
        spendRatio: total.budgeted.amount.isZero()
          ? null
          : total.actual.amount.div(total.budgeted.amount).toNumber(),
      };
    },
  };
}

/**
 * Judges budget metrics: the value is `spendRatio` = total actual ÷ total budget (1 = on budget),
 * lower is better, against the profile's band (default: good at 1 — "keep departmental spending below
 * the budget", the brief; see docs/benchmarks.md). Spending below `underspendWarningShare` of the budget
 * (default 0.9) adds the warning `contactCentre.budgetVariance.far-below-budget`: it may mean
 * under-staffing or deferred costs rather than savings.
 *
 * @example
 * ```ts
 * import { b2b, budgetVarianceAggregator, evaluateBudgetVariance, measure, normalizeBudgetLines } from '@org/cs-metrics';
 * const m = measure(budgetVarianceAggregator(), normalizeBudgetLines([
 *   { department: 'CC', category: 'staff', period: '2026-10', budgeted: '1000', actual: '970', currency: 'EUR' }]));
 * evaluateBudgetVariance(m, { profile: b2b }).rating; // 'excellent'
 * ```
 */
export function evaluateBudgetVariance(
  metrics: BudgetVarianceMetrics,
  options: { readonly profile: Profile },
): Evaluation<BudgetVarianceMetrics> {
  const settings = criterionSettings(options, 'contactCentre.budgetVariance');
  const total = metrics.total;
  const warnings =
    metrics.spendRatio !== null && metrics.spendRatio < settings.underspendWarningShare
      ? [
          {
            code: 'contactCentre.budgetVariance.far-below-budget',
            message: `Spending is ${roundTo(metrics.spendRatio * 100, 1)} % of the budget, below ${roundTo(settings.underspendWarningShare * 100, 1)} %: check for under-staffing or deferred costs.`,
            inputs: {
              spendRatio: metrics.spendRatio,
              underspendWarningShare: settings.underspendWarningShare,
            },
          },
        ]
      : [];
  return judge({
    criterion: 'contactCentre.budgetVariance',
    value: metrics.spendRatio,
    unit: 'actual/budget',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.lines.length,
    details: metrics,
    warnings,
    explain: ({ rating }) => {
      // Rated only when spendRatio is a number, so the total exists.
      const t = total as BudgetSummary;
      return {
        code: 'contactCentre.budgetVariance.rated',
        message: `Spent ${t.formatted.actual} of ${t.formatted.budgeted} (variance ${t.formatted.variance}); rated ${rating}.`,
        inputs: {
          budgeted: t.budgeted.amount.toString(),
          actual: t.actual.amount.toString(),
          variance: t.variance.amount.toString(),
          currency: metrics.currency,
          spendRatio: metrics.spendRatio,
        },
      };
    },
    insufficient:
      total === null
        ? { code: 'contactCentre.budgetVariance.no-lines', message: 'No budget lines.', inputs: {} }
        : {
            code: 'contactCentre.budgetVariance.zero-budget',
            message: 'The total budget is 0: the variance % is undefined, so spending cannot be rated.',
            inputs: { actual: total.actual.amount.toString(), currency: metrics.currency },
          },
  });
}

/**
 * Budget against actual, judged: {@link budgetVarianceAggregator} then {@link evaluateBudgetVariance}.
 * Currency errors name the array index (`budgetLines[3].currency`).
 *
 * @example
 * ```ts
 * import { b2c, budgetVariance, normalizeBudgetLines } from '@org/cs-metrics';
 * const result = budgetVariance(normalizeBudgetLines([
 *   { department: 'CC', category: 'training', period: '2026-10', budgeted: '12000', actual: '10450', currency: 'EUR' }]), { profile: b2c });
 * result.details.total?.grossSavings.amount.toString(); // '1550'
 * ```
 */
export function budgetVariance(
  lines: readonly BudgetLine[],
  options: BudgetVarianceOptions & { readonly profile: Profile },
): Evaluation<BudgetVarianceMetrics> {
  const checked = checkOptions(options);
  let seen: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as BudgetLine;
    checkCurrency(checked, line.currency, seen, `budgetLines[${i}].currency`);
    seen ??= line.currency;
  }
  return evaluateBudgetVariance(measure(budgetVarianceAggregator(options), lines), options);
}
