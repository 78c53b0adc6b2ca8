// Exact money: a plain sum of amounts and budget variance, against integer-cents loops.
import {
  accumulate,
  addToMoneyTotal,
  budgetVarianceAggregator,
  emptyMoneyTotal,
  type Money,
  moneyTotalValue,
} from '../../../src/index.js';
import type { BenchDataset } from '../data.js';
import { assertSame, type BenchCase } from '../harness.js';

/** Amount → integer cents, exactly (the data has two decimals). */
const centsOf = (text: string): number => Math.round(Number(text) * 100);

export function moneyCases(data: BenchDataset): BenchCase[] {
  const lines = data.budgetLines;
  const n = lines.length;
  // The same amounts three ways: Money records (Decimal inside), plain objects holding integer cents
  // (what a hand-written exact loop reads), and a bare typed array (the floor).
  const amounts: Money[] = lines.map((l) => ({ amount: l.actual, currency: l.currency }));
  const centRecords = lines.map((l) => ({
    department: l.department,
    category: l.category,
    period: l.period,
    budgetedCents: centsOf(l.budgeted.toString()),
    actualCents: centsOf(l.actual.toString()),
    currency: l.currency,
  }));
  const actualCents = Float64Array.from(centRecords, (r) => r.actualCents);
  const budgetedCents = Float64Array.from(centRecords, (r) => r.budgetedCents);

  const librarySum = (): string => {
    const total = emptyMoneyTotal();
    for (let i = 0; i < n; i++) addToMoneyTotal(total, amounts[i] as Money);
    return (moneyTotalValue(total) as Money).amount.toFixed(2);
  };
  const objectCentsSum = (): string => {
    let cents = 0;
    for (let i = 0; i < n; i++) {
      const r = centRecords[i] as (typeof centRecords)[number];
      if (r.currency !== 'EUR') throw new Error('currency');
      cents += r.actualCents;
    }
    return (cents / 100).toFixed(2);
  };
  const arrayCentsSum = (): string => {
    let cents = 0;
    for (let i = 0; i < n; i++) cents += actualCents[i] as number;
    return (cents / 100).toFixed(2);
  };

  const libraryVariance = (): string[] => {
    const agg = budgetVarianceAggregator();
    const m = agg.finish(accumulate(agg, lines));
    return m.lines.map((l) => l.variance.amount.toFixed(2));
  };
  const handVariance = (): string[] => {
    // Hand-written: group by the line key in a Map, sum integer cents, then variance per line.
    const byKey = new Map<string, { b: number; a: number }>();
    for (let i = 0; i < n; i++) {
      const r = centRecords[i] as (typeof centRecords)[number];
      const key = `${r.department}\u0000${r.category}\u0000${r.period}`;
      let e = byKey.get(key);
      if (e === undefined) {
        e = { b: 0, a: 0 };
        byKey.set(key, e);
      }
      e.b += r.budgetedCents;
      e.a += r.actualCents;
    }
    return [...byKey.keys()].sort().map((k) => {
      const e = byKey.get(k) as { b: number; a: number };
      return ((e.b - e.a) / 100).toFixed(2);
    });
  };
  const arrayVarianceTotal = (): string => {
    // The previous session's baseline: two typed arrays, one total, no grouping.
    let b = 0;
    let a = 0;
    for (let i = 0; i < n; i++) {
      b += budgetedCents[i] as number;
      a += actualCents[i] as number;
    }
    return ((b - a) / 100).toFixed(2);
  };
  const libraryVarianceTotal = (): string => {
    const agg = budgetVarianceAggregator();
    return agg.finish(accumulate(agg, lines)).total?.variance.amount.toFixed(2) ?? '';
  };
  const check = (what: string) => (a: unknown, b: unknown) => assertSame(what, a, b);
  return [
    {
      name: `Exact money sum, ${n.toLocaleString('en')} amounts (MoneyTotal)`,
      baselineName: 'integer cents read from the same number of record objects',
      baseline: objectCentsSum,
      library: librarySum,
      target: 3,
      check: check('money sum'),
    },
    {
      name: `Exact money sum, ${n.toLocaleString('en')} amounts (MoneyTotal)`,
      baselineName: 'integer cents in a Float64Array (the floor)',
      baseline: arrayCentsSum,
      library: librarySum,
      target: null,
      check: check('money sum'),
    },
    {
      name: `Budget variance, ${n.toLocaleString('en')} lines → 600 line keys`,
      baselineName: 'Map by line key, integer cents, variance per line',
      baseline: handVariance,
      library: libraryVariance,
      target: 3,
      check: check('budget variance'),
    },
    {
      name: `Budget variance, ${n.toLocaleString('en')} lines → 600 line keys`,
      baselineName: 'total of two Float64Arrays of cents, no grouping (the floor)',
      baseline: arrayVarianceTotal,
      library: libraryVarianceTotal,
      target: null,
      check: check('budget variance total'),
    },
  ];
}
