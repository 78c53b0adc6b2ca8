// Cases that kill the survivors of a mutation run over budget-variance.ts
// (npx stryker run --mutate src/criteria/contact-centre/budget-variance.ts): the record count of the
// state, the empty result, the far-below-budget boundary, the stream paths of lines, and lines that
// share an id but not their department, category or period.
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type BudgetLineInput,
  b2b,
  budgetVariance,
  budgetVarianceAggregator,
  measure,
  normalizeBudgetLines,
} from '../../../src/index.js';
import { errorOf } from '../../helpers.js';

const line = (fields: Partial<BudgetLineInput>): BudgetLineInput => ({
  department: 'CC Berlin',
  category: 'staff',
  period: '2026-10',
  budgeted: '1000',
  actual: '1000',
  currency: 'EUR',
  ...fields,
});

describe('budgetVarianceAggregator state', () => {
  it('counts the records added, and merge adds the counts', () => {
    const agg = budgetVarianceAggregator();
    const a = accumulate(agg, normalizeBudgetLines([line({ id: 'a' }), line({ id: 'a', actual: '5' })]));
    const b = accumulate(agg, normalizeBudgetLines([line({ id: 'b' })]));
    expect([a.records, b.records, agg.merge(a, b).records]).toEqual([2, 1, 3]);
  });

  it('finishes an empty state as no lines at all', () => {
    expect(measure(budgetVarianceAggregator(), [])).toEqual({
      currency: null,
      lines: [],
      categories: [],
      periods: [],
      total: null,
      spendRatio: null,
    });
  });

  it('refuses two lines under one id with another department, category or period, added or merged', () => {
    const agg = budgetVarianceAggregator();
    const first = normalizeBudgetLines([line({ id: 'x' })]);
    for (const other of [{ department: 'CC Hamburg' }, { category: 'training' }, { period: '2026-11' }]) {
      const second = normalizeBudgetLines([line({ id: 'x', ...other })]);
      const added = errorOf(() => accumulate(agg, [...first, ...second]));
      expect([added.code, added.path]).toEqual(['inconsistent-record', 'budgetLines[id=x]']);
      const merged = errorOf(() => agg.merge(accumulate(agg, first), accumulate(agg, second)));
      expect([merged.code, merged.path]).toEqual(['inconsistent-record', 'budgetLines[id=x]']);
    }
  });

  it('names a line without an id by its department, category and period in a currency error', () => {
    const lines = normalizeBudgetLines([line({}), line({ category: 'telephony', currency: 'USD' })]);
    const error = errorOf(() => accumulate(budgetVarianceAggregator(), lines));
    expect(error.path).toBe('budgetLines[["CC Berlin","telephony","2026-10"]].currency');
  });

  it('sums lines in several currencies into the reporting currency when rates are given', () => {
    const lines = normalizeBudgetLines([
      line({ id: 'a', budgeted: '1000', actual: '900' }),
      line({ id: 'b', budgeted: '1000', actual: '1000', currency: 'USD' }),
    ]);
    // 1 USD = 0.9 EUR: budget 1000 + 900 = 1900 EUR, spent 900 + 900 = 1800 EUR.
    const m = measure(budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0.9' } }), lines);
    expect([m.currency, m.total?.budgeted.amount.toString(), m.total?.actual.amount.toString()]).toEqual([
      'EUR',
      '1900',
      '1800',
    ]);
  });
});

describe('evaluateBudgetVariance warnings and explanations', () => {
  it('warns of spending far below budget only below the share, not at it (b2b: 90 %)', () => {
    const at = budgetVariance(normalizeBudgetLines([line({ actual: '900' })]), { profile: b2b });
    expect(at.warnings).toEqual([]);
    const below = budgetVariance(normalizeBudgetLines([line({ actual: '899' })]), { profile: b2b });
    expect(below.warnings).toEqual([
      {
        code: 'contactCentre.budgetVariance.far-below-budget',
        message: 'Spending is 89.9 % of the budget, below 90 %: check for under-staffing or deferred costs.',
        inputs: { spendRatio: 0.899, underspendWarningShare: 0.9 },
      },
    ]);
  });

  it('explains a zero budget with what was spent', () => {
    const e = budgetVariance(normalizeBudgetLines([line({ budgeted: '0', actual: '250.50' })]), {
      profile: b2b,
    });
    expect(e.rating).toBe('insufficient-data');
    expect(e.warnings).toEqual([]); // no spend ratio, so no far-below-budget warning
    expect(e.explanation.inputs).toEqual({ actual: '250.5', currency: 'EUR' });
  });
});
