// Plans and money per currency, shared by sales.planAttainment and sales.opportunityFunnel: which plan
// belongs to the period, and how amounts in several currencies reach the plan's currency (never silently).
import { ErrorCodes, fail } from '../../domain/errors.js';
import {
  addToMoneyTotal,
  Decimal,
  type Money,
  type MoneyTotal,
  mergeMoneyTotals,
  moneyTotalValue,
} from '../../domain/money.js';
import { daysOfLabel, type Period } from '../../domain/period.js';
import type { SalesPlan } from '../../domain/records/sales-plan.js';
import { own, put } from '../customer/keyed-state.js';
import { convertAmount, parseExchangeRates } from '../exchange-rates.js';

/** Money totals by currency code (plain JSON). @internal */
export type TotalsByCurrency = Record<string, MoneyTotal>;

/** Adds an amount to the total of its currency, in place. @internal */
export function addByCurrency(totals: TotalsByCurrency, amount: Decimal, currency: string): void {
  let total = own(totals, currency);
  if (total === undefined) {
    total = { currency, minor: 0, exact: '0', count: 0 };
    put(totals, currency, total);
  }
  addToMoneyTotal(total, { amount, currency });
}

/** A new object with the totals of `a` and `b` merged per currency; inputs unchanged. @internal */
export function mergeByCurrency(a: TotalsByCurrency, b: TotalsByCurrency): TotalsByCurrency {
  const out: TotalsByCurrency = {};
  for (const key of Object.keys(a)) put(out, key, { ...own(a, key)! });
  for (const key of Object.keys(b)) {
    const left = own(out, key);
    put(out, key, left === undefined ? { ...own(b, key)! } : mergeMoneyTotals(left, own(b, key)!));
  }
  return out;
}

/** The totals as a list of Money, sorted by currency code. @internal */
export function moneyList(totals: TotalsByCurrency): Money[] {
  return Object.keys(totals)
    .sort()
    .map((c) => moneyTotalValue(own(totals, c)!) as Money);
}

/** Deal id → the smallest id in a currency, kept so a currency error can name a real deal. @internal */
export function keepSmallestId(ids: Record<string, string>, currency: string, id: string): void {
  const current = own(ids, currency);
  if (current === undefined || id < current) put(ids, currency, id);
}

/** A new object with the smaller id per currency. @internal */
export function mergeSmallestIds(
  a: Record<string, string>,
  b: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(a)) put(out, key, own(a, key)!);
  for (const key of Object.keys(b)) keepSmallestId(out, key, own(b, key)!);
  return out;
}

/**
 * Throws `currency-mismatch` at `path` unless a deal's currency is the plan's or has a rate: deals in
 * another currency are never summed into the plan silently. Used by the aggregators (path
 * `deals[id=…].currency`) and the conveniences (path `deals[i].currency`). @internal
 */
export function checkDealCurrency(
  planCurrency: string,
  rates: ReadonlyMap<string, Decimal> | null,
  currency: string,
  path: string,
): void {
  if (currency !== planCurrency && rates?.has(currency) !== true) {
    fail(
      ErrorCodes.CurrencyMismatch,
      path,
      `an amount in ${planCurrency}, the plan's currency (pass options.exchangeRates to convert)`,
      currency,
    );
  }
}

/**
 * Converts totals by currency into the plan's currency and sums them, exactly (each foreign total
 * converted once and rounded to the plan currency's minor unit, half to even). @internal
 */
export function totalIn(
  totals: TotalsByCurrency,
  planCurrency: string,
  rates: ReadonlyMap<string, Decimal> | null,
  idOf: Record<string, string>,
): Decimal {
  let sum = new Decimal(0);
  for (const currency of Object.keys(totals).sort()) {
    checkDealCurrency(planCurrency, rates, currency, `deals[id=${own(idOf, currency)}].currency`);
    const value = moneyTotalValue(own(totals, currency)!) as Money;
    sum = sum.plus(convertAmount(value.amount, currency, planCurrency, rates) as Decimal);
  }
  return sum;
}

/** Parses `options.exchangeRates` (absent: `null`). @internal */
export function exchangeRatesOption(rates: unknown): Map<string, Decimal> | null {
  return rates === undefined ? null : parseExchangeRates(rates, 'options.exchangeRates');
}

/** Whether a plan's label names exactly the period's days (`2026-10` for October 2026). @internal */
export function planMatcher(period: Period): (label: string) => boolean {
  const cache = new Map<string, boolean>();
  return (label) => {
    let hit = cache.get(label);
    if (hit === undefined) {
      const days = daysOfLabel(label, 'plans.period');
      hit = days.from === period.from && days.to === period.to;
      cache.set(label, hit);
    }
    return hit;
  };
}

/** Adds a plan (already matched to the period) to the plans by manager, in place. @internal */
export function addPlan(plans: TotalsByCurrency, plan: SalesPlan): void {
  let total = own(plans, plan.managerId);
  if (total === undefined) {
    total = { currency: null, minor: 0, exact: '0', count: 0 };
    put(plans, plan.managerId, total);
  }
  if (total.currency !== null && total.currency !== plan.currency) {
    fail(
      ErrorCodes.InconsistentRecord,
      `plans[managerId=${plan.managerId}]`,
      'one plan per manager and period',
      `a second plan in ${plan.currency}`,
    );
  }
  addToMoneyTotal(total, { amount: plan.amount, currency: plan.currency });
}

/**
 * The plan of the period: one manager's, or the sum of the managers' plans (a team's plan). `null`
 * without a plan.
 *
 * @throws `inconsistent-record` at `plans[managerId=…]` for two plans of one manager and period;
 *   `currency-mismatch` at `plans` for managers' plans in different currencies. @internal
 */
export function planOf(plans: TotalsByCurrency): { plan: Money | null; count: number } {
  const managers = Object.keys(plans).sort();
  let currency: string | null = null;
  let sum = new Decimal(0);
  for (const m of managers) {
    const total = own(plans, m)!;
    if (total.count > 1) {
      fail(
        ErrorCodes.InconsistentRecord,
        `plans[managerId=${m}]`,
        'one plan per manager and period',
        `${total.count} plans`,
      );
    }
    const value = moneyTotalValue(total) as Money;
    if (currency !== null && value.currency !== currency) {
      fail(ErrorCodes.CurrencyMismatch, 'plans', `every plan in ${currency}`, `a plan in ${value.currency}`);
    }
    currency = value.currency;
    sum = sum.plus(value.amount);
  }
  return { plan: currency === null ? null : { amount: sum, currency }, count: managers.length };
}
