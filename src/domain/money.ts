import DecimalJs from 'decimal.js';
import { ErrorCodes, fail } from './errors.js';

/**
 * The decimal.js constructor the library computes with: a private clone (40 significant digits,
 * banker's rounding) so that nothing here changes, or depends on, the global `Decimal.set`.
 *
 * @example
 * ```ts
 * import { Decimal } from '@org/cs-metrics';
 * new Decimal('0.1').plus('0.2').toString(); // '0.3'
 * ```
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
/**
 * An exact decimal number (a decimal.js instance).
 *
 * @example
 * ```ts
 * import { Decimal } from '@org/cs-metrics';
 * const amount: Decimal = new Decimal('48200.00');
 * ```
 */
export type Decimal = DecimalJs;

/**
 * An amount as a CRM export holds it: a plain decimal string (`"1234.50"`, `"-3"`), a finite
 * number, or a `Decimal`. No thousands separators, no decimal commas, no exponents.
 *
 * @example
 * ```ts
 * import type { AmountInput } from '@org/cs-metrics';
 * const amounts: AmountInput[] = ['48200.00', 1500, '-12.5'];
 * ```
 */
export type AmountInput = Decimal | string | number;

/**
 * An ISO 4217 currency code, upper case: `EUR`, `USD`, `CNY`, `JPY`.
 *
 * @example
 * ```ts
 * import type { CurrencyCode } from '@org/cs-metrics';
 * const currency: CurrencyCode = 'CNY';
 * ```
 */
export type CurrencyCode = string;

/**
 * An exact amount of money in one currency. Serialises to JSON as `{ "amount": "48200.00", "currency": "EUR" }`.
 *
 * @example
 * ```ts
 * import { money, type Money } from '@org/cs-metrics';
 * const fee: Money = money('1500.00', 'EUR');
 * ```
 */
export interface Money {
  /** The amount, exact. */
  readonly amount: Decimal;
  /** Its ISO 4217 currency. */
  readonly currency: CurrencyCode;
}

const PLAIN_DECIMAL = /^[+-]?\d{1,18}(?:\.\d{1,12})?$/;
const EXPECTED_AMOUNT = 'a decimal string or number';
/** Amounts at or above a quintillion are refused: no real ledger holds them, and floats lose cents there. */
const MAX_ABS_NUMBER = 1e15;

/**
 * Parses an {@link AmountInput} into a `Decimal`, refusing anything ambiguous.
 *
 * @throws {@link CsMetricsError} `invalid-amount` for `"12,5"`, `"1e400"`, `"1 200"`, `NaN`,
 *   `Infinity`, an empty string, or a number of a quadrillion or more.
 * @example
 * ```ts
 * import { toDecimal } from '@org/cs-metrics';
 * toDecimal('1234.50').toString(); // '1234.5'
 * toDecimal(0.1).toString(); // '0.1' (the shortest decimal that round-trips the float)
 * ```
 */
export function toDecimal(value: unknown, path = ''): Decimal {
  if (typeof value === 'string') {
    if (!PLAIN_DECIMAL.test(value)) return fail(ErrorCodes.InvalidAmount, path, EXPECTED_AMOUNT, value);
    return new Decimal(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= MAX_ABS_NUMBER) {
      return fail(ErrorCodes.InvalidAmount, path, `${EXPECTED_AMOUNT} below 1e15 in size`, value);
    }
    return new Decimal(value);
  }
  if (DecimalJs.isDecimal(value)) {
    const d = new Decimal(value as Decimal);
    if (!d.isFinite()) return fail(ErrorCodes.InvalidAmount, path, 'a finite Decimal', value);
    return d;
  }
  return fail(ErrorCodes.InvalidAmount, path, EXPECTED_AMOUNT, value);
}

let knownCurrencies: Set<string> | null = null;
function currencies(): Set<string> | null {
  if (knownCurrencies === null) {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    if (typeof supported !== 'function') return null;
    knownCurrencies = new Set(supported('currency'));
  }
  return knownCurrencies;
}

/**
 * Checks an ISO 4217 code (against the runtime's `Intl` list where it has one) and returns it.
 *
 * @throws {@link CsMetricsError} `invalid-currency`.
 * @example
 * ```ts
 * import { assertCurrency } from '@org/cs-metrics';
 * assertCurrency('EUR'); // 'EUR'
 * ```
 */
export function assertCurrency(code: unknown, path = 'currency'): CurrencyCode {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    return fail(ErrorCodes.InvalidCurrency, path, 'an ISO 4217 currency code such as "EUR"', code);
  }
  const known = currencies();
  if (known !== null && !known.has(code)) {
    return fail(ErrorCodes.InvalidCurrency, path, 'an ISO 4217 currency code such as "EUR"', code);
  }
  return code;
}

const digitsCache = new Map<string, number>();
/**
 * How many minor-unit digits a currency has: 2 for EUR, 0 for JPY, 3 for KWD.
 *
 * @example
 * ```ts
 * import { currencyDigits } from '@org/cs-metrics';
 * currencyDigits('JPY'); // 0
 * ```
 */
export function currencyDigits(currency: CurrencyCode): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    assertCurrency(currency);
    // ECMA-402 always resolves maximumFractionDigits for a currency format without significant
    // digits; TypeScript's type leaves it optional only for the significant-digits case.
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Makes a {@link Money} from an amount and a currency.
 *
 * @throws {@link CsMetricsError} `invalid-amount` or `invalid-currency`.
 * @example
 * ```ts
 * import { money } from '@org/cs-metrics';
 * money('48200.00', 'EUR').amount.toFixed(2); // '48200.00'
 * ```
 */
export function money(amount: AmountInput, currency: CurrencyCode, path = ''): Money {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  return { amount: toDecimal(amount, at('amount')), currency: assertCurrency(currency, at('currency')) };
}

/**
 * Throws unless two amounts share a currency; mixing currencies is never a silent sum.
 *
 * @throws {@link CsMetricsError} `currency-mismatch`.
 * @example
 * ```ts
 * import { assertSameCurrency, money } from '@org/cs-metrics';
 * assertSameCurrency(money(1, 'EUR'), money(2, 'EUR')); // 'EUR'
 * ```
 */
export function assertSameCurrency(a: Money, b: Money, path = ''): CurrencyCode {
  if (a.currency !== b.currency) {
    return fail(
      ErrorCodes.CurrencyMismatch,
      path,
      `an amount in ${a.currency}`,
      `${b.amount.toString()} ${b.currency}`,
    );
  }
  return a.currency;
}

/**
 * `a + b`, exact; both in one currency.
 *
 * @throws {@link CsMetricsError} `currency-mismatch`.
 * @example
 * ```ts
 * import { addMoney, money } from '@org/cs-metrics';
 * addMoney(money('0.10', 'EUR'), money('0.20', 'EUR')).amount.toString(); // '0.3'
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  return { amount: a.amount.plus(b.amount), currency: assertSameCurrency(a, b) };
}

/**
 * `a − b`, exact; both in one currency.
 *
 * @throws {@link CsMetricsError} `currency-mismatch`.
 * @example
 * ```ts
 * import { money, subtractMoney } from '@org/cs-metrics';
 * subtractMoney(money('100', 'USD'), money('95.50', 'USD')).amount.toString(); // '4.5'
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  return { amount: a.amount.minus(b.amount), currency: assertSameCurrency(a, b) };
}

/**
 * The exact sum of a list of amounts in one currency; the empty sum is zero in `currency`.
 *
 * @throws {@link CsMetricsError} `currency-mismatch` with the index of the first foreign amount.
 * @example
 * ```ts
 * import { money, sumMoney } from '@org/cs-metrics';
 * sumMoney([money('0.1', 'EUR'), money('0.2', 'EUR')], 'EUR').amount.toString(); // '0.3'
 * ```
 */
export function sumMoney(amounts: Iterable<Money>, currency: CurrencyCode): Money {
  assertCurrency(currency);
  let total = new Decimal(0);
  let i = 0;
  for (const m of amounts) {
    if (m.currency !== currency) {
      fail(
        ErrorCodes.CurrencyMismatch,
        `[${i}]`,
        `an amount in ${currency}`,
        `${m.amount.toString()} ${m.currency}`,
      );
    }
    total = total.plus(m.amount);
    i++;
  }
  return { amount: total, currency };
}

/**
 * Compares two amounts in one currency: -1, 0 or 1.
 *
 * @throws {@link CsMetricsError} `currency-mismatch`.
 * @example
 * ```ts
 * import { compareMoney, money } from '@org/cs-metrics';
 * compareMoney(money('10', 'EUR'), money('9.99', 'EUR')); // 1
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Writes money for a person: the amount fixed to the currency's digits, a thin grouping space,
 * and the code (`48 200.00 EUR`). Locale-free on purpose, so explanations read the same everywhere.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from '@org/cs-metrics';
 * formatMoney(money('48200', 'EUR')); // '48 200.00 EUR'
 * ```
 */
export function formatMoney(m: Money): string {
  const [whole, fraction] = m.amount.toFixed(currencyDigits(m.currency)).split('.') as [string, string?];
  // A space goes only between two digits, so a minus sign is never followed by one.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${m.currency}`;
}

/**
 * The running state of an exact money sum inside an aggregator: plain JSON data.
 *
 * Whole minor units (cents) are summed as an integer `number` while that is exact; an amount with
 * more decimals than its currency has, or a total past 2^53, moves into the decimal string `exact`.
 *
 * @example
 * ```ts
 * import { addToMoneyTotal, emptyMoneyTotal, money, moneyTotalValue } from '@org/cs-metrics';
 * const total = emptyMoneyTotal();
 * addToMoneyTotal(total, money('0.10', 'EUR'));
 * addToMoneyTotal(total, money('0.20', 'EUR'));
 * moneyTotalValue(total)?.amount.toString(); // '0.3'
 * ```
 */
export interface MoneyTotal {
  /** The currency, once the first amount is added. */
  currency: CurrencyCode | null;
  /** The sum of amounts in whole minor units, exact while below 2^53. */
  minor: number;
  /** The rest of the sum as a decimal string in major units (`"0"` when everything fit in `minor`). */
  exact: string;
  /** How many amounts were added. */
  count: number;
}

/**
 * A new, empty {@link MoneyTotal}.
 *
 * @example
 * ```ts
 * import { emptyMoneyTotal } from '@org/cs-metrics';
 * emptyMoneyTotal(); // { currency: null, minor: 0, exact: '0', count: 0 }
 * ```
 */
export function emptyMoneyTotal(): MoneyTotal {
  return { currency: null, minor: 0, exact: '0', count: 0 };
}

const scales = new Map<number, Decimal>();
function scaleOf(digits: number): Decimal {
  let s = scales.get(digits);
  if (s === undefined) {
    s = new Decimal(10).pow(digits);
    scales.set(digits, s);
  }
  return s;
}

/** decimal.js's documented read-only instance properties: digits (base 1e7 words), exponent, sign. */
interface DecimalParts {
  readonly d: readonly number[] | null;
  readonly e: number;
  readonly s: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Divisors for a digit word (< 10^7): small integers, so `%` stays an integer operation. */
const WORD_DIVISORS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * `amount × 10^digits` as a safe integer, or `NaN` when that is not a whole number or not safe.
 * Reads the Decimal's digit words instead of multiplying, so it allocates nothing: word `j` of `k`
 * is worth `d[j] × 10^(e + 1 − n + digits − 7(k − 1 − j))` minor units, `n` being the count of
 * digits of all words. Each term is a whole number below 2^53 and the terms share a sign, so every
 * step is exact and the sum is safe when the result is.
 */
function minorUnitsOf(amount: Decimal, digits: number): number {
  const { d, e, s } = amount as unknown as DecimalParts;
  if (!Array.isArray(d)) return Number.NaN;
  const k = d.length;
  const d0 = d[0] as number;
  const lead = d0 < 10 ? 1 : d0 < 100 ? 2 : d0 < 1e3 ? 3 : d0 < 1e4 ? 4 : d0 < 1e5 ? 5 : d0 < 1e6 ? 6 : 7;
  let power = e + 1 - lead + digits; // the power of ten of d[0]'s last digit, in minor units
  let minor = 0;
  for (let j = 0; j < k; j++) {
    const word = d[j] as number;
    if (power >= 0) {
      // Above 10^15 minor units the sum is not safe. Only d[0] can get here (any later word is 7 powers
      // lower, so d[0] was above 10^22 and returned first), and d[0] is never 0 unless the amount is.
      if (power > 15) return Number.NaN;
      minor += word * (POW10[power] as number);
    } else if (power > -7) {
      const p = WORD_DIVISORS[-power] as number;
      if (word % p !== 0) return Number.NaN;
      minor += word / p;
    } else return Number.NaN; // divided by 10^7 or more: it, or the last word (never 0), is a fraction
    power -= 7;
  }
  if (minor > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return s < 0 ? -minor : minor;
}

let lastCurrency = '';
let lastDigits = 2;

/**
 * Adds an amount to a {@link MoneyTotal} in place and returns the total. An amount with no more
 * decimals than its currency has is added as an integer of minor units, read straight from the
 * Decimal's digits (no Decimal arithmetic, no allocation); any other amount, and any sum that
 * would pass 2^53 minor units, goes into the exact decimal part.
 *
 * @throws {@link CsMetricsError} `currency-mismatch` when the amount's currency differs from the total's.
 * @example
 * ```ts
 * import { addToMoneyTotal, emptyMoneyTotal, money } from '@org/cs-metrics';
 * addToMoneyTotal(emptyMoneyTotal(), money('12.34', 'EUR')).minor; // 1234
 * ```
 */
export function addToMoneyTotal(total: MoneyTotal, m: Money, path = ''): MoneyTotal {
  const currency = m.currency;
  if (total.currency === null) total.currency = currency;
  else if (total.currency !== currency) {
    fail(
      ErrorCodes.CurrencyMismatch,
      path,
      `an amount in ${total.currency}`,
      `${m.amount.toString()} ${currency}`,
    );
  }
  let digits = lastDigits;
  if (currency !== lastCurrency) {
    digits = currencyDigits(currency);
    lastCurrency = currency;
    lastDigits = digits;
  }
  total.count++;
  const next = total.minor + minorUnitsOf(m.amount, digits);
  if (Number.isSafeInteger(next)) {
    total.minor = next;
    return total;
  }
  total.exact = m.amount.plus(total.exact).toString();
  return total;
}

/**
 * Merges two {@link MoneyTotal}s into a new one (neither is changed).
 *
 * @throws {@link CsMetricsError} `currency-mismatch`.
 * @example
 * ```ts
 * import { addToMoneyTotal, emptyMoneyTotal, mergeMoneyTotals, money } from '@org/cs-metrics';
 * const a = addToMoneyTotal(emptyMoneyTotal(), money('1.50', 'EUR'));
 * const b = addToMoneyTotal(emptyMoneyTotal(), money('2.25', 'EUR'));
 * mergeMoneyTotals(a, b).minor; // 375
 * ```
 */
export function mergeMoneyTotals(a: MoneyTotal, b: MoneyTotal): MoneyTotal {
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) {
    fail(ErrorCodes.CurrencyMismatch, '', `a total in ${a.currency}`, `a total in ${b.currency}`);
  }
  const currency = a.currency ?? b.currency;
  const minor = a.minor + b.minor;
  let exact = new Decimal(a.exact).plus(b.exact);
  let safeMinor = minor;
  if (!Number.isSafeInteger(minor) && currency !== null) {
    exact = exact.plus(new Decimal(a.minor).plus(b.minor).div(scaleOf(currencyDigits(currency))));
    safeMinor = 0;
  }
  return { currency, minor: safeMinor, exact: exact.toString(), count: a.count + b.count };
}

/**
 * The exact value of a {@link MoneyTotal}, or `null` when nothing was added.
 *
 * @example
 * ```ts
 * import { addToMoneyTotal, emptyMoneyTotal, money, moneyTotalValue } from '@org/cs-metrics';
 * moneyTotalValue(emptyMoneyTotal()); // null
 * moneyTotalValue(addToMoneyTotal(emptyMoneyTotal(), money('9.99', 'USD')))?.amount.toString(); // '9.99'
 * ```
 */
export function moneyTotalValue(total: MoneyTotal): Money | null {
  if (total.currency === null) return null;
  const amount = new Decimal(total.minor).div(scaleOf(currencyDigits(total.currency))).plus(total.exact);
  return { amount, currency: total.currency };
}
