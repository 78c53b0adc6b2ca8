// The messages of the money functions and the edges of the integer fast path of MoneyTotal.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  addToMoneyTotal,
  assertCurrency,
  emptyMoneyTotal,
  formatMoney,
  mergeMoneyTotals,
  money,
  moneyTotalValue,
  sumMoney,
  toDecimal,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const messageOf = (fn: () => unknown) => errorOf(fn).message;

describe('reading amounts and currencies', () => {
  it('says what it expected of an amount, at the input itself by default', () => {
    expect(messageOf(() => toDecimal('12,5'))).toBe('input: expected a decimal string or number, got "12,5"');
    expect(messageOf(() => toDecimal(1e15))).toBe(
      'input: expected a decimal string or number below 1e15 in size, got 1000000000000000',
    );
    expect(messageOf(() => toDecimal(new Decimal(Number.POSITIVE_INFINITY), 'amount'))).toBe(
      'amount: expected a finite Decimal, got Infinity',
    );
  });

  it('says what it expected of a currency, at currency by default, for a bad shape or an unknown code', () => {
    const expected = 'currency: expected an ISO 4217 currency code such as "EUR"';
    expect(messageOf(() => assertCurrency('eur'))).toBe(`${expected}, got "eur"`);
    expect(messageOf(() => assertCurrency('ABC'))).toBe(`${expected}, got "ABC"`);
    expect(messageOf(() => assertCurrency(978))).toBe(`${expected}, got 978`);
  });
});

describe('currency mismatches', () => {
  it('names the position, the currency expected and the amount found', () => {
    expect(messageOf(() => sumMoney([money(1, 'EUR'), money('5.5', 'GBP')], 'EUR'))).toBe(
      '[1]: expected an amount in EUR, got "5.5 GBP"',
    );
    const eur = addToMoneyTotal(emptyMoneyTotal(), money(1, 'EUR'));
    expect(messageOf(() => addToMoneyTotal(eur, money(5, 'GBP')))).toBe(
      'input: expected an amount in EUR, got "5 GBP"',
    );
    expect(messageOf(() => addToMoneyTotal(eur, money(5, 'GBP'), 'lines[3].actual'))).toBe(
      'lines[3].actual: expected an amount in EUR, got "5 GBP"',
    );
    const usd = addToMoneyTotal(emptyMoneyTotal(), money(1, 'USD'));
    expect(messageOf(() => mergeMoneyTotals(eur, usd))).toBe(
      'input: expected a total in EUR, got "a total in USD"',
    );
  });
});

describe('the integer part of a MoneyTotal', () => {
  it('holds 10^15 minor units (ten trillion euros) as an integer', () => {
    const total = addToMoneyTotal(emptyMoneyTotal(), money('10000000000000', 'EUR'));
    expect(total).toEqual({ currency: 'EUR', minor: 1e15, exact: '0', count: 1 });
    expect(moneyTotalValue(total)?.amount.toString()).toBe('10000000000000');
  });
});

describe('formatMoney with a sign', () => {
  it('never puts a space after the minus sign', () => {
    expect(formatMoney(money('-123', 'EUR'))).toBe('-123.00 EUR');
    expect(formatMoney(money('-100000', 'EUR'))).toBe('-100 000.00 EUR');
    expect(formatMoney(money('-1', 'JPY'))).toBe('-1 JPY');
  });
});
