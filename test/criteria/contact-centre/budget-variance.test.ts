import { describe, expect, it } from 'vitest';
import {
  type BudgetLineInput,
  b2b,
  b2c,
  budgetVariance,
  budgetVarianceAggregator,
  checkAggregatorLaws,
  ErrorCodes,
  measure,
  normalizeBudgetLines,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const line = (
  id: string | undefined,
  category: string,
  period: string,
  budgeted: string,
  actual: string,
  currency = 'EUR',
): BudgetLineInput => ({
  ...(id === undefined ? {} : { id }),
  department: 'CC Berlin',
  category,
  period,
  budgeted,
  actual,
  currency,
});

// A month's P&L of a Berlin contact centre, plus November's staff line.
const berlin = normalizeBudgetLines([
  line('a', 'staff', '2026-10', '90000', '87250.40'), // under by 2749.60
  line('b', 'training', '2026-10', '12000.00', '10450.00'), // under by 1550 (the fourth trainee free)
  line('c', 'telephony', '2026-10', '5000', '5600.50'),
  line('c', 'telephony', '2026-10', '0', '100'), // same line c: 5000 budget, 5700.50 actual → over by 700.50
  line(undefined, 'staff', '2026-11', '90000', '91000'), // over by 1000
]);

describe('contactCentre.budgetVariance', () => {
  it('a Berlin manager spending 194 400.90 of 197 000 EUR is rated good, with savings and P&L per period', () => {
    const result = budgetVariance(berlin, { profile: b2b });
    const m = result.details;
    // budget 90000+12000+5000+90000 = 197000; actual 87250.40+10450+5700.50+91000 = 194400.90
    expect(m.total?.budgeted.amount.toString()).toBe('197000');
    expect(m.total?.actual.amount.toString()).toBe('194400.9');
    expect(m.total?.variance.amount.toString()).toBe('2599.1');
    expect(m.total?.formatted.variance).toBe('2 599.10 EUR');
    // gross savings 2749.60 + 1550 = 4299.60; overspend 700.50 + 1000 = 1700.50; 4299.60 − 1700.50 = 2599.10
    expect(m.total?.grossSavings.amount.toString()).toBe('4299.6');
    expect(m.total?.overspend.amount.toString()).toBe('1700.5');
    expect(m.total?.status).toBe('under');
    expect(m.lines).toHaveLength(4);
    const c = m.lines.find((l) => l.id === 'c');
    expect(c?.variance.amount.toString()).toBe('-700.5');
    expect(c?.status).toBe('over');
    // training: 1550 / 12000 × 100 = 12.91666…
    expect(
      m.lines
        .find((l) => l.id === 'b')
        ?.variancePercent?.toDecimalPlaces(4)
        .toString(),
    ).toBe('12.9167');
    // periods: 2026-10 budget 107000, actual 103400.90, variance 3599.10; 2026-11: −1000, −1000/90000 = −1.111…%
    expect(m.periods.map((p) => [p.period, p.variance.amount.toString(), p.status])).toEqual([
      ['2026-10', '3599.1', 'under'],
      ['2026-11', '-1000', 'over'],
    ]);
    expect(m.periods[1]?.variancePercent?.toDecimalPlaces(3).toString()).toBe('-1.111');
    // staff: budget 180000, actual 178250.40 → 1749.60 net, 2749.60 saved, 1000 over
    const staff = m.categories.find((k) => k.category === 'staff');
    expect([
      staff?.variance.amount.toString(),
      staff?.grossSavings.amount.toString(),
      staff?.overspend.amount.toString(),
    ]).toEqual(['1749.6', '2749.6', '1000']);
    // 194400.90 / 197000 = 0.986806598…: between excellent 0.97 and good 1 → good
    expect(result.value).toBeCloseTo(0.9868066, 6);
    expect(result.rating).toBe('good');
    expect(result.explanation.code).toBe('contactCentre.budgetVariance.rated');
    expect(result.warnings).toEqual([]);
  });

  it('a manager spending 800 of 1000 is excellent but warned of possible under-staffing', () => {
    const result = budgetVariance(normalizeBudgetLines([line('x', 'staff', '2026', '1000', '800')]), {
      profile: b2c,
    });
    expect(result.value).toBe(0.8); // 800/1000
    expect(result.rating).toBe('excellent');
    expect(result.score).toBe(100); // at or beyond best 0.9
    expect(result.warnings.map((w) => w.code)).toEqual(['contactCentre.budgetVariance.far-below-budget']);
  });

  it('converts USD at the caller’s rate, per line at finish, rounded half to even', () => {
    const lines = normalizeBudgetLines([
      line('e', 'staff', '2026-10', '100', '80'),
      line('u', 'telephony', '2026-10', '100.01', '120.03', 'USD'), // ×0.5: 50.005 → 50.00 (even), 60.015 → 60.02
    ]);
    const m = budgetVariance(lines, { profile: b2b, currency: 'EUR', exchangeRates: { USD: '0.5' } }).details;
    expect(m.lines.find((l) => l.id === 'u')?.budgeted.amount.toString()).toBe('50');
    expect(m.lines.find((l) => l.id === 'u')?.actual.amount.toString()).toBe('60.02');
    // total: budget 150, actual 140.02, variance 9.98
    expect(m.total?.variance.amount.toString()).toBe('9.98');
    expect(m.currency).toBe('EUR');
  });

  it('mixed currencies without rates, or a currency without a rate, fail with the record path', () => {
    const lines = normalizeBudgetLines([
      line('e', 'staff', '2026-10', '1', '1'),
      line('u', 'x', '2026-10', '1', '1', 'USD'),
    ]);
    expect(failure(() => budgetVariance(lines, { profile: b2b }))).toBe(
      `${ErrorCodes.CurrencyMismatch} at budgetLines[1].currency`,
    );
    expect(failure(() => measure(budgetVarianceAggregator(), lines))).toBe(
      `${ErrorCodes.CurrencyMismatch} at budgetLines[id=u].currency`,
    );
    expect(
      failure(() => budgetVariance(lines, { profile: b2b, currency: 'EUR', exchangeRates: { GBP: '1.1' } })),
    ).toBe(`${ErrorCodes.CurrencyMismatch} at budgetLines[1].currency`);
    expect(
      failure(() => measure(budgetVarianceAggregator({ currency: 'EUR', exchangeRates: {} }), lines)),
    ).toBe(`${ErrorCodes.CurrencyMismatch} at budgetLines[id=u].currency`);
  });

  it('one line in two currencies fails even with rates', () => {
    const lines = normalizeBudgetLines([
      line('u', 'x', '2026-10', '1', '1', 'USD'),
      line('u', 'x', '2026-10', '1', '1'),
    ]);
    expect(
      failure(() =>
        measure(budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0.9' } }), lines),
      ),
    ).toBe(`${ErrorCodes.CurrencyMismatch} at budgetLines[id=u].currency`);
  });

  it('rejects bad options', () => {
    expect(failure(() => budgetVarianceAggregator({ exchangeRates: { USD: '1' } }))).toBe(
      `${ErrorCodes.InvalidOption} at options.currency`,
    );
    expect(failure(() => budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '-1' } }))).toBe(
      `${ErrorCodes.InvalidOption} at options.exchangeRates.USD`,
    );
    expect(failure(() => budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0' } }))).toBe(
      `${ErrorCodes.InvalidOption} at options.exchangeRates.USD`,
    );
    expect(failure(() => budgetVarianceAggregator({ currency: 'EUR', exchangeRates: null as never }))).toBe(
      `${ErrorCodes.InvalidOption} at options.exchangeRates`,
    );
  });

  it('one id used for two different lines is inconsistent', () => {
    const lines = normalizeBudgetLines([
      line('a', 'staff', '2026-10', '1', '1'),
      line('a', 'training', '2026-10', '1', '1'),
    ]);
    expect(failure(() => measure(budgetVarianceAggregator(), lines))).toBe(
      `${ErrorCodes.InconsistentRecord} at budgetLines[id=a]`,
    );
  });

  it('no lines, or a budget of 0, is insufficient data (variance % undefined, not Infinity)', () => {
    const none = budgetVariance([], { profile: b2b });
    expect(none.rating).toBe('insufficient-data');
    expect(none.explanation.code).toBe('contactCentre.budgetVariance.no-lines');
    const zero = budgetVariance(normalizeBudgetLines([line('z', 'staff', '2026-10', '0', '50')]), {
      profile: b2b,
    });
    expect(zero.rating).toBe('insufficient-data');
    expect(zero.value).toBeNull();
    expect(zero.explanation.code).toBe('contactCentre.budgetVariance.zero-budget');
    expect(zero.details.total?.variancePercent).toBeNull();
    expect(zero.details.total?.status).toBe('over');
  });

  it('keeps the aggregator laws', () => {
    checkAggregatorLaws(budgetVarianceAggregator(), berlin);
    const mixed = normalizeBudgetLines([
      line('e', 'staff', '2026-10', '100', '80'),
      line('u', 'telephony', '2026-10', '100.01', '120.03', 'USD'),
      line('u', 'telephony', '2026-10', '3', '0.5', 'USD'),
      line(undefined, 'staff', '2026-11', '10', '10'),
    ]);
    checkAggregatorLaws(budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0.92' } }), mixed);
  });

  it('one id used for two different lines in two partitions fails on merge', () => {
    const agg = budgetVarianceAggregator();
    const [x, y] = normalizeBudgetLines([
      line('a', 'staff', '2026-10', '1', '1'),
      line('a', 'training', '2026-10', '1', '1'),
    ]);
    const a = agg.add(agg.init(), x as never);
    const b = agg.add(agg.init(), y as never);
    expect(failure(() => agg.merge(a, b))).toBe(`${ErrorCodes.InconsistentRecord} at budgetLines[id=a]`);
  });

  it('a stored state whose line without id disagrees with its key fails on merge, naming the list', () => {
    const agg = budgetVarianceAggregator();
    const [x] = normalizeBudgetLines([line(undefined, 'staff', '2026-10', '1', '1')]);
    const a = agg.add(agg.init(), x as never);
    // The state read back from storage with the line's department edited, its key left as it was.
    const stored = JSON.parse(JSON.stringify(agg.add(agg.init(), x as never)));
    for (const key of Object.keys(stored.lines)) stored.lines[key].department = 'CC Hamburg';
    expect(failure(() => agg.merge(a, stored))).toBe(`${ErrorCodes.InconsistentRecord} at budgetLines`);
  });

  it('a merge of states in two currencies without rates fails', () => {
    const agg = budgetVarianceAggregator();
    const a = agg.add(agg.init(), normalizeBudgetLines([line('e', 's', '2026', '1', '1')])[0] as never);
    const b = agg.add(
      agg.init(),
      normalizeBudgetLines([line('u', 's', '2026', '1', '1', 'USD')])[0] as never,
    );
    expect(failure(() => agg.merge(a, b))).toBe(`${ErrorCodes.CurrencyMismatch} at budgetLines`);
  });
});

describe('a merged state owns its lines', () => {
  it('adding to a merged state leaves both partial states as they were (found by the merge law property)', () => {
    const agg = budgetVarianceAggregator();
    const [first, second] = normalizeBudgetLines([
      {
        id: 'L-3',
        department: 'Support',
        category: 'staff',
        period: '2026-10',
        budgeted: '100',
        actual: '0',
        currency: 'EUR',
      },
      {
        id: 'L-3',
        department: 'Support',
        category: 'staff',
        period: '2026-10',
        budgeted: '0',
        actual: '40',
        currency: 'EUR',
      },
    ]);
    const left = agg.add(agg.init(), first as never);
    const right = agg.init();
    const merged = agg.merge(left, right);
    agg.add(merged, second as never);
    // left still holds only the first record: 100 budgeted (10 000 cents), 0 actual.
    expect(left.lines['id:L-3']?.budgeted.minor).toBe(10_000);
    expect(left.lines['id:L-3']?.actual.count).toBe(1);
    expect(agg.finish(merged).total?.actual.amount.toString()).toBe('40');
  });
});
