import { Decimal, type MoneyTotal, moneyTotalValue } from '../../domain/money.js';
import { own, put } from './keyed-state.js';

/**
 * Revenue retention in one currency, over the customers present at the start. Amounts are exact.
 *
 * @example
 * ```ts
 * import { Decimal, type RevenueRetention } from '@org/cs-metrics';
 * const eur: RevenueRetention = {
 *   currency: 'EUR', customers: 2, startRevenue: new Decimal(1000), endRevenue: new Decimal(1100),
 *   churned: new Decimal(0), contraction: new Decimal(100), expansion: new Decimal(200),
 *   grossRetention: new Decimal(0.9), netRetention: new Decimal(1.1),
 * };
 * ```
 */
export interface RevenueRetention {
  readonly currency: string;
  /** Customers present at the start with revenue in this currency. */
  readonly customers: number;
  /** Their revenue in `revenueFrom`. */
  readonly startRevenue: Decimal;
  /** Their revenue in `revenueTo` (a negative total counts as 0). */
  readonly endRevenue: Decimal;
  /** Starting revenue of customers with no ending revenue. */
  readonly churned: Decimal;
  /** Decreases of customers who still bring revenue. */
  readonly contraction: Decimal;
  /** Increases. */
  readonly expansion: Decimal;
  /** `(start − churned − contraction) ÷ start`, at most 1; `null` when start ≤ 0. */
  readonly grossRetention: Decimal | null;
  /** `(start − churned − contraction + expansion) ÷ start`; `null` when start ≤ 0. */
  readonly netRetention: Decimal | null;
}

const ZERO = new Decimal(0);

function amountOf(total: MoneyTotal): Decimal {
  return moneyTotalValue(total)?.amount ?? ZERO;
}

/**
 * Gross and net revenue retention per currency over the customers present at the start, from the
 * revenue totals kept by customer and currency (`[revenueFrom, revenueTo]`).
 *
 * @internal
 */
export function revenueRetention(
  revenueByCustomer: Readonly<Record<string, Record<string, MoneyTotal[]>>>,
  startIds: readonly string[],
): { revenue: RevenueRetention[]; revenueNotAtStart: number } {
  const sums: Record<
    string,
    { customers: number; start: Decimal; end: Decimal; churned: Decimal; down: Decimal; up: Decimal }
  > = {};
  const atStart: Record<string, true> = {};
  for (const id of startIds) {
    put(atStart, id, true);
    const byCurrency = own(revenueByCustomer, id);
    if (byCurrency === undefined) continue;
    for (const currency of Object.keys(byCurrency)) {
      const [from, to] = own(byCurrency, currency)! as [MoneyTotal, MoneyTotal];
      const start = amountOf(from);
      const end = Decimal.max(amountOf(to), ZERO);
      let sum = own(sums, currency);
      if (sum === undefined) {
        sum = { customers: 0, start: ZERO, end: ZERO, churned: ZERO, down: ZERO, up: ZERO };
        put(sums, currency, sum);
      }
      sum.customers++;
      sum.start = sum.start.plus(start);
      sum.end = sum.end.plus(end);
      if (end.isZero()) sum.churned = sum.churned.plus(Decimal.max(start, ZERO));
      else if (end.lessThan(start)) sum.down = sum.down.plus(start.minus(end));
      else sum.up = sum.up.plus(end.minus(start));
    }
  }
  let revenueNotAtStart = 0;
  for (const id of Object.keys(revenueByCustomer)) {
    if (own(atStart, id) !== undefined) continue;
    for (const totals of Object.values(own(revenueByCustomer, id)!))
      revenueNotAtStart += totals[0]!.count + totals[1]!.count;
  }
  const revenue = Object.keys(sums)
    .sort()
    .map((currency) => {
      const x = own(sums, currency)!;
      const positive = x.start.greaterThan(0);
      const kept = x.start.minus(x.churned).minus(x.down);
      return {
        currency,
        customers: x.customers,
        startRevenue: x.start,
        endRevenue: x.end,
        churned: x.churned,
        contraction: x.down,
        expansion: x.up,
        grossRetention: positive ? Decimal.min(kept.div(x.start), 1) : null,
        netRetention: positive ? kept.plus(x.up).div(x.start) : null,
      };
    });
  return { revenue, revenueNotAtStart };
}
