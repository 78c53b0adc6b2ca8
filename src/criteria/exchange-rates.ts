// Exchange rates as options: one parser and one conversion rule for every criterion that takes them
// (contactCentre.budgetVariance, sales.planAttainment, sales.opportunityFunnel).
import { ErrorCodes, fail } from '../domain/errors.js';
import { assertCurrency, currencyDigits, Decimal } from '../domain/money.js';

/**
 * Checks exchange rates given as `{ USD: '0.92' }` (1 unit of the key currency = rate units of the
 * reporting currency; positive plain decimal strings) and returns them as Decimals.
 *
 * @throws {@link CsMetricsError} `invalid-option` at `path` or `path.<code>`; `invalid-currency` for a bad key.
 * @internal
 */
export function parseExchangeRates(rates: unknown, path: string): Map<string, Decimal> {
  if (rates === null || typeof rates !== 'object') {
    fail(ErrorCodes.InvalidOption, path, 'an object of decimal strings', rates);
  }
  const out = new Map<string, Decimal>();
  for (const [code, rate] of Object.entries(rates as object)) {
    assertCurrency(code, `${path}.${code}`);
    if (typeof rate !== 'string' || !/^\d+(\.\d+)?$/.test(rate) || new Decimal(rate).lte(0)) {
      fail(ErrorCodes.InvalidOption, `${path}.${code}`, 'a positive decimal string such as "0.92"', rate);
    }
    out.set(code, new Decimal(rate));
  }
  return out;
}

/**
 * Converts an exact amount into the reporting currency with a rate from {@link parseExchangeRates},
 * rounded to the reporting currency's minor unit, half to even. The same currency is returned as is.
 * `undefined` when there is no rate (the caller decides the error and its path).
 *
 * @internal
 */
export function convertAmount(
  amount: Decimal,
  from: string,
  into: string,
  rates: ReadonlyMap<string, Decimal> | null,
): Decimal | undefined {
  if (from === into) return amount;
  const rate = rates?.get(from);
  if (rate === undefined) return undefined;
  return amount.times(rate).toDecimalPlaces(currencyDigits(into), Decimal.ROUND_HALF_EVEN);
}
