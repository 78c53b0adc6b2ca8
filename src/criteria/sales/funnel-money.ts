// Money of sales.opportunityFunnel: combining currencies (never silently) and the per-currency rows.
import { currencyDigits, Decimal, type Money, type MoneyTotal, moneyTotalValue } from '../../domain/money.js';
import { own } from '../customer/keyed-state.js';
import { convertAmount } from '../exchange-rates.js';
import type { FunnelCurrency } from './opportunity-funnel.js';
import type { TotalsByCurrency } from './plan-money.js';

/** Sum of totals in one currency: the plan's (with rates), or the only one present; `null` if not possible. @internal */
export function combined(
  totals: TotalsByCurrency,
  into: string | null,
  rates: ReadonlyMap<string, Decimal> | null,
): Decimal | null {
  const currencies = Object.keys(totals);
  const target = into ?? (currencies.length === 1 ? (currencies[0] as string) : null);
  if (target === null) return currencies.length === 0 ? new Decimal(0) : null;
  let sum = new Decimal(0);
  for (const c of currencies) {
    const value = convertAmount(moneyOf(totals, c).amount, c, target, rates);
    if (value === undefined) return null;
    sum = sum.plus(value);
  }
  return sum;
}

/** A currency's total as Money (zero when absent). @internal */
export function moneyOf(totals: TotalsByCurrency, currency: string): Money {
  const total = own(totals, currency);
  return total === undefined ? { amount: new Decimal(0), currency } : (moneyTotalValue(total) as Money);
}

/**
 * One currency's closed amounts, win rate by amount, open deals and sales velocity:
 * (open deals × win rate by count × average won) ÷ mean cycle days, rounded to the minor unit. @internal
 */
export function currencyRow(
  currency: string,
  s: {
    readonly won: TotalsByCurrency;
    readonly lost: TotalsByCurrency;
    readonly open: Record<string, Record<string, MoneyTotal>>;
  },
  closedWon: number,
  closedLost: number,
  meanCycleDays: number | null,
): FunnelCurrency {
  const won = moneyOf(s.won, currency);
  const lost = moneyOf(s.lost, currency);
  const closed = won.amount.plus(lost.amount);
  const wonCount = own(s.won, currency)?.count ?? 0;
  let open = 0;
  for (const stage of Object.keys(s.open)) open += own(own(s.open, stage)!, currency)?.count ?? 0;
  const averageWon = wonCount === 0 ? null : won.amount.div(wonCount);
  // A won deal exists whenever averageWon does, so closedWon + closedLost > 0 there.
  const velocity =
    averageWon === null || meanCycleDays === null || meanCycleDays === 0
      ? null
      : averageWon
          .times(open)
          .times(closedWon)
          .div(closedWon + closedLost)
          .div(meanCycleDays)
          .toDecimalPlaces(currencyDigits(currency), Decimal.ROUND_HALF_EVEN);
  return {
    currency,
    won,
    lost,
    winRateByAmount: closed.isZero() ? null : won.amount.div(closed).toNumber(),
    openDeals: open,
    averageWon: averageWon === null ? null : { amount: averageWon, currency },
    velocityPerDay: velocity === null ? null : { amount: velocity, currency },
  };
}
