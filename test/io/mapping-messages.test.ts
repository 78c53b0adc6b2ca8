// Every refusal of defineMapping, word for word: a CRM plugin author reads these when a mapping file
// is wrong, so each names the part and says what it should have been (the mutation run found them
// checked by path only).
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/domain/schemas.js';
import { defineMapping } from '../../src/io/mapping.js';
import { errorOf } from '../helpers.js';

const PLAN_FIELDS = Object.keys(jsonSchemas.SalesPlan.properties as object).join(', ');
const base = { type: 'SalesPlan', columns: { Owner: 'managerId' } };
const message = (input: unknown) => errorOf(() => defineMapping(input)).message;

describe('defineMapping refuses', () => {
  it.each([
    [null, 'mapping: expected a mapping object, got null'],
    [{ ...base, type: 5 }, `mapping.type: expected one of ${Object.keys(jsonSchemas).join(', ')}, got 5`],
    [
      { ...base, type: 'Plan' },
      `mapping.type: expected one of ${Object.keys(jsonSchemas).join(', ')}, got "Plan"`,
    ],
    [{ ...base, colums: {} }, 'mapping.colums: expected a known mapping key, got "colums"'],
    [{ ...base, name: 7 }, 'mapping.name: expected a string, got 7'],
    [
      { type: 'SalesPlan', columns: [] },
      'mapping.columns: expected an object of header → field, got an array of 0',
    ],
    [
      { ...base, columns: { Owner: 'owner' } },
      `mapping.columns.Owner: expected a field of SalesPlan (${PLAN_FIELDS}), got "owner"`,
    ],
    [
      { ...base, columns: { Owner: 3 } },
      `mapping.columns.Owner: expected a field of SalesPlan (${PLAN_FIELDS}), got 3`,
    ],
    [{ ...base, defaults: 'EUR' }, 'mapping.defaults: expected an object keyed by field, got "EUR"'],
    [
      { ...base, values: { currency: 'EUR' } },
      'mapping.values.currency: expected an object of file text → value, got "EUR"',
    ],
    [{ ...base, otherwise: { currency: 1 } }, 'mapping.otherwise.currency: expected a string, got 1'],
    [{ ...base, percent: 'amount' }, 'mapping.percent: expected a list of fields, got "amount"'],
    [
      { ...base, dateFormats: ['dd.MM.yyyy', 5] },
      'mapping.dateFormats: expected a list of date-fns format strings, got an array of 2',
    ],
    [
      { ...base, dateFormats: [''] },
      'mapping.dateFormats: expected a list of date-fns format strings, got an array of 1',
    ],
    [{ ...base, copy: {} }, 'mapping.copy: expected a list of copy rules, got an object'],
    [{ ...base, copy: [5] }, 'mapping.copy[0]: expected { to, from, when? }, got 5'],
    [
      { ...base, copy: [{ to: 'period', from: 'month' }] },
      `mapping.copy[0].from: expected a field of SalesPlan (${PLAN_FIELDS}), got "month"`,
    ],
    [
      { ...base, copy: [{ to: 'period', from: 'managerId', when: { field: 'currency', in: ['EUR', 5] } }] },
      'mapping.copy[0].when: expected { field, in: [values] }, got an object',
    ],
    [
      { ...base, copy: [{ to: 'period', from: 'managerId', when: { field: 'cur', in: ['EUR'] } }] },
      `mapping.copy[0].when.field: expected a field of SalesPlan (${PLAN_FIELDS}), got "cur"`,
    ],
    [{ ...base, missingId: 'skip' }, `mapping.missingId: expected 'error' or 'line', got "skip"`],
  ])('%j', (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it('and takes both kinds of missing id, and a copy rule whose values are all strings', () => {
    for (const missingId of ['error', 'line'])
      expect(defineMapping({ ...base, missingId }).missingId).toBe(missingId);
    const rule = { to: 'period', from: 'managerId', when: { field: 'currency', in: ['EUR', 'USD'] } };
    expect(defineMapping({ ...base, copy: [rule] }).copy).toEqual([rule]);
  });
});
