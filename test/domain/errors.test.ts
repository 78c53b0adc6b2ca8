import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/domain/errors.js';
import { CsMetricsError, ErrorCodes } from '../../src/index.js';

// How a received value reads in a message (`…, got <this>`): each kind of value the normalisers can meet.
describe('describeValue', () => {
  it('names undefined and null', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
  });

  it('quotes a string whole up to 60 characters and shortens a longer one, saying its length', () => {
    expect(describeValue('12,5')).toBe('"12,5"');
    expect(describeValue('')).toBe('""');
    const sixty = 'x'.repeat(60);
    expect(describeValue(sixty)).toBe(`"${sixty}"`);
    expect(describeValue(`${sixty}yz`)).toBe(`"${sixty}… (62 characters)"`);
  });

  it('writes numbers, booleans and bigints as they are', () => {
    expect(describeValue(12.5)).toBe('12.5');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(10n ** 20n)).toBe('100000000000000000000');
  });

  it('writes a date as its instant, and an invalid one as such', () => {
    expect(describeValue(new Date(Date.UTC(2026, 10, 23, 9)))).toBe('Date(2026-11-23T09:00:00.000Z)');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('writes a Decimal as its digits, and any other object or array without its contents', () => {
    expect(describeValue(new Decimal('12.50'))).toBe('12.5');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue({ amount: 12 })).toBe('an object');
    // Either half of a Decimal's shape alone is just an object.
    expect(describeValue({ toFixed: () => '1', e: 0 })).toBe('an object');
    expect(describeValue({ d: [1] })).toBe('an object');
  });

  it('names the type of a function or a symbol', () => {
    expect(describeValue(() => 1)).toBe('function');
    expect(describeValue(Symbol('s'))).toBe('symbol');
  });
});

describe('CsMetricsError', () => {
  it('is named CsMetricsError, reads "input" for an empty path and has no location unless given one', () => {
    const error = new CsMetricsError({
      code: ErrorCodes.InvalidType,
      path: '',
      expected: 'an object',
      received: 7,
    });
    expect(error.name).toBe('CsMetricsError');
    expect(String(error)).toBe('CsMetricsError: input: expected an object, got 7');
    expect('location' in error).toBe(false);
  });

  it('prefixes the file location and keeps it as a field', () => {
    const location = { file: 'deals.csv', line: 12, column: 7, header: 'Amount' };
    const error = new CsMetricsError({
      code: ErrorCodes.InvalidAmount,
      path: 'deals[10].amount',
      expected: 'a decimal string or number',
      received: '12,5',
      location,
    });
    expect(error.message).toBe(
      'deals.csv, line 12, column 7 (Amount): deals[10].amount: expected a decimal string or number, got "12,5"',
    );
    expect(error.location).toEqual(location);
  });
});
