import DecimalJs from 'decimal.js';
import { describe, expect, it, vi } from 'vitest';
import {
  addMoney,
  addToMoneyTotal,
  assertCurrency,
  compareMoney,
  currencyDigits,
  Decimal,
  emptyMoneyTotal,
  formatMoney,
  mergeMoneyTotals,
  money,
  moneyTotalValue,
  subtractMoney,
  sumMoney,
  toDecimal,
} from '../../src/index.js';
import { errorOf, failure, UNDER_STRYKER } from '../helpers.js';

describe('toDecimal', () => {
  it('reads plain decimal strings, numbers and Decimals', () => {
    expect(toDecimal('1234.50').toString()).toBe('1234.5');
    expect(toDecimal('-3').toString()).toBe('-3');
    expect(toDecimal(0.1).toString()).toBe('0.1');
    expect(toDecimal(new DecimalJs('7.25')).toString()).toBe('7.25');
  });

  it.each([
    ['a decimal comma', '12,5'],
    ['an exponent', '1e400'],
    ['a thousands space', '1 200'],
    ['a thousands comma', '1,200.00'],
    ['an empty string', ''],
    ['a currency sign', '€12'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a quadrillion as a float', 1e15],
    ['a boolean', true],
    ['an object', { amount: 1 }],
    ['a NaN Decimal', new DecimalJs(Number.NaN)],
  ])('rejects %s with invalid-amount and the path', (_label, value) => {
    const error = errorOf(() => toDecimal(value, 'deals[41].amount'));
    expect(error.code).toBe('invalid-amount');
    expect(error.path).toBe('deals[41].amount');
  });

  it('says what it expected in the message', () => {
    expect(errorOf(() => toDecimal('12,5', 'deals[41].amount')).message).toBe(
      'deals[41].amount: expected a decimal string or number, got "12,5"',
    );
  });
});

describe('Money', () => {
  it('sums exactly where binary floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney(money('0.1', 'EUR'), money('0.2', 'EUR')).amount.toString()).toBe('0.3');
    const tenCents = Array.from({ length: 1000 }, () => money('0.10', 'EUR'));
    expect(sumMoney(tenCents, 'EUR').amount.toString()).toBe('100');
  });

  it('refuses to mix currencies, naming both', () => {
    const error = errorOf(() => addMoney(money('10', 'EUR'), money('10', 'USD')));
    expect(error.code).toBe('currency-mismatch');
    expect(error.message).toBe('input: expected an amount in EUR, got "10 USD"');
    expect(errorOf(() => subtractMoney(money(1, 'EUR'), money(1, 'GBP'))).code).toBe('currency-mismatch');
    expect(errorOf(() => compareMoney(money(1, 'EUR'), money(1, 'GBP'))).code).toBe('currency-mismatch');
    const mixed = errorOf(() => sumMoney([money(1, 'EUR'), money(2, 'EUR'), money(3, 'CNY')], 'EUR'));
    expect(mixed.path).toBe('[2]');
  });

  it('subtracts and compares', () => {
    expect(subtractMoney(money('100', 'USD'), money('95.50', 'USD')).amount.toString()).toBe('4.5');
    expect(compareMoney(money('10', 'EUR'), money('9.99', 'EUR'))).toBe(1);
    expect(compareMoney(money('9.99', 'EUR'), money('9.990', 'EUR'))).toBe(0);
  });

  it('knows currency digits and rejects unknown codes', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(assertCurrency('CNY')).toBe('CNY');
    for (const bad of ['eur', 'EURO', 'ZZZ', '', 978]) {
      expect(errorOf(() => assertCurrency(bad, 'deals[0].currency')).code).toBe('invalid-currency');
    }
    expect(errorOf(() => money('1', 'XXXX', 'plans[2]')).path).toBe('plans[2].currency');
  });

  it('formats for people with the currency digits', () => {
    expect(formatMoney(money('48200', 'EUR'))).toBe('48 200.00 EUR');
    expect(formatMoney(money('-1234567.891', 'KWD'))).toBe('-1 234 567.891 KWD');
    expect(formatMoney(money('5000', 'JPY'))).toBe('5 000 JPY');
    expect(formatMoney(money('0.5', 'USD'))).toBe('0.50 USD');
  });

  it('uses a private Decimal clone: the global configuration is untouched', () => {
    expect(Decimal).not.toBe(DecimalJs);
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.precision).toBe(40);
  });
});

describe('MoneyTotal', () => {
  it('sums cents as integers and stays exact', () => {
    const total = emptyMoneyTotal();
    for (let i = 0; i < 10_000; i++) addToMoneyTotal(total, money('0.01', 'EUR'));
    expect(total.minor).toBe(10_000);
    expect(total.exact).toBe('0');
    expect(moneyTotalValue(total)?.amount.toString()).toBe('100');
    expect(total.count).toBe(10_000);
  });

  it('moves an amount with more decimals than the currency into the exact part', () => {
    const total = emptyMoneyTotal();
    addToMoneyTotal(total, money('10.005', 'EUR'));
    addToMoneyTotal(total, money('0.01', 'EUR'));
    expect(total.minor).toBe(1);
    expect(total.exact).toBe('10.005');
    expect(moneyTotalValue(total)?.amount.toString()).toBe('10.015');
  });

  it('stays exact past 2^53 minor units', () => {
    const big = money('90000000000000.00', 'USD'); // 9e15 cents, above 2^53 ≈ 9.007e15 twice
    const total = emptyMoneyTotal();
    addToMoneyTotal(total, big);
    addToMoneyTotal(total, big);
    addToMoneyTotal(total, money('0.01', 'USD'));
    expect(moneyTotalValue(total)?.amount.toFixed(2)).toBe('180000000000000.01');
    const merged = mergeMoneyTotals(total, total);
    expect(moneyTotalValue(merged)?.amount.toFixed(2)).toBe('360000000000000.02');
  });

  it('merges without changing its inputs and refuses a second currency', () => {
    const a = addToMoneyTotal(emptyMoneyTotal(), money('1.50', 'EUR'));
    const b = addToMoneyTotal(emptyMoneyTotal(), money('2.25', 'EUR'));
    const merged = mergeMoneyTotals(a, b);
    expect(merged).toEqual({ currency: 'EUR', minor: 375, exact: '0', count: 2 });
    expect(a).toEqual({ currency: 'EUR', minor: 150, exact: '0', count: 1 });
    expect(mergeMoneyTotals(emptyMoneyTotal(), a)).toEqual(a);
    const usd = addToMoneyTotal(emptyMoneyTotal(), money('1', 'USD'));
    expect(errorOf(() => mergeMoneyTotals(a, usd)).code).toBe('currency-mismatch');
    expect(errorOf(() => addToMoneyTotal(a, money('1', 'USD'), 'lines[3].actual')).path).toBe(
      'lines[3].actual',
    );
    expect(moneyTotalValue(emptyMoneyTotal())).toBeNull();
  });

  // The integer path reads decimal.js's digit words (base 10^7) without arithmetic; these cases cover
  // one, two and three words, trailing zeros inside a word, signs, and 0-, 2- and 3-digit currencies.
  it.each([
    // [amount, currency, minor units added, or null when the amount must go to the exact part]
    ['0', 'EUR', 0], // zero is one word [0]
    ['12345.67', 'EUR', 1_234_567], // words [12345, 6700000]: 1234567 cents
    ['-0.01', 'EUR', -1], // one cent, negative
    ['12345678.12', 'EUR', 1_234_567_812], // three words [1, 2345678, 1200000]
    ['99999999999.99', 'EUR', 9_999_999_999_999], // three words with a 4-digit first word
    ['90071992547409.91', 'EUR', 9_007_199_254_740_991], // 2^53 − 1 cents: the largest safe total
    ['90071992547409.92', 'EUR', null], // 2^53 cents: not safe, so exact part
    ['10.005', 'EUR', null], // a tenth of a cent: more decimals than EUR has
    ['1500', 'JPY', 1500], // no minor unit
    ['1500.5', 'JPY', null], // half a yen
    ['1.234', 'KWD', 1234], // 3 decimals for the dinar
    ['100000000', 'EUR', 10_000_000_000], // 10^8: words [10, 0] (a zero word is skipped exactly)
    ['999999999999999', 'EUR', null], // ~10^17 cents: past 2^53, so exact part
    ['0.00000001', 'EUR', null], // a millionth of a cent
    ['-0.0000001', 'EUR', null], // a hundred-thousandth of a cent, negative
  ] as const)('adds %s %s as %s minor units, exactly', (amount, currency, minor) => {
    const total = addToMoneyTotal(emptyMoneyTotal(), money(amount, currency));
    expect(total.minor).toBe(minor ?? 0);
    expect(total.exact).toBe(minor === null ? new Decimal(amount).toString() : '0');
    expect(moneyTotalValue(total)?.amount.eq(amount)).toBe(true);
  });

  it('reads amounts built by the global decimal.js and by its other clones', () => {
    const total = emptyMoneyTotal();
    addToMoneyTotal(total, { amount: new DecimalJs('2.50') as unknown as Decimal, currency: 'EUR' });
    addToMoneyTotal(total, {
      amount: new (DecimalJs.clone())('0.25') as unknown as Decimal,
      currency: 'EUR',
    });
    expect(total).toEqual({ currency: 'EUR', minor: 275, exact: '0', count: 2 }); // 250 + 25 cents
  });

  it('sums a million amounts exactly', () => {
    const total = emptyMoneyTotal();
    const amount = money('19.99', 'EUR');
    for (let i = 0; i < 1_000_000; i++) addToMoneyTotal(total, amount);
    expect(moneyTotalValue(total)?.amount.toString()).toBe('19990000');
  });
});

describe('money edges found by mutation testing', () => {
  it('merging two totals whose cents together pass 2^53 moves the sum into the exact decimal', () => {
    // 50 000 000 000 000.00 EUR is 5 × 10^15 cents, below 2^53 ≈ 9.007 × 10^15; twice that is not.
    const half = addToMoneyTotal(emptyMoneyTotal(), money('50000000000000.00', 'EUR'));
    expect(half.minor).toBe(5e15);
    const merged = mergeMoneyTotals(half, half);
    expect(merged.minor).toBe(0);
    expect(merged.exact).toBe('100000000000000');
    expect(moneyTotalValue(merged)?.amount.toString()).toBe('100000000000000');
    expect(merged.count).toBe(2);
  });

  it('writes a negative amount with its sign before the grouped digits', () => {
    expect(formatMoney(money('-1234567.5', 'EUR'))).toBe('-1 234 567.50 EUR');
  });

  it('names the field under the path it is given', () => {
    expect(failure(() => money('12,5', 'EUR', 'deals[3]'))).toBe('invalid-amount at deals[3].amount');
    expect(failure(() => money('12.5', 'eur', 'deals[3]'))).toBe('invalid-currency at deals[3].currency');
    expect(failure(() => money('12,5', 'EUR'))).toBe('invalid-amount at amount');
  });
});

describe('money outside what the normalisers produce', () => {
  it('a non-finite Decimal built by hand goes into the exact part, not the integer of minor units', () => {
    const total = addToMoneyTotal(emptyMoneyTotal(), { amount: new Decimal('Infinity'), currency: 'EUR' });
    expect(total.minor).toBe(0);
    expect(total.exact).toBe('Infinity');
    expect(total.count).toBe(1);
  });

  it.skipIf(UNDER_STRYKER)(
    'on a runtime without Intl.supportedValuesOf, any three capitals pass as a currency',
    async () => {
      const intl = Intl as { supportedValuesOf?: unknown };
      const supported = intl.supportedValuesOf;
      // 'ABC' has the shape of an ISO 4217 code but is not one: the runtime's list refuses it.
      expect(failure(() => assertCurrency('ABC'))).toBe('invalid-currency at currency');
      vi.resetModules();
      intl.supportedValuesOf = undefined;
      try {
        const fresh = await import('../../src/domain/money.js');
        expect(fresh.assertCurrency('ABC')).toBe('ABC');
        // The fresh module has its own CsMetricsError class, so read the error's fields directly.
        // Exactly three capitals: not lower case, not four letters, not a number.
        for (const bad of ['eur', 'EURO', 'xEUR', 978]) {
          expect(() => fresh.assertCurrency(bad)).toThrow(
            expect.objectContaining({ code: 'invalid-currency', path: 'currency' }),
          );
        }
      } finally {
        intl.supportedValuesOf = supported;
        vi.resetModules();
      }
    },
  );
});
