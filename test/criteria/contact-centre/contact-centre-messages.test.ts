// The words a contact-centre manager or a plugin author reads when service level, its intervals or
// the budget refuse something, and the explanations when there is nothing to rate: each message in
// full, as the error contract (`path: expected …, got …`) promises.
import { describe, expect, it } from 'vitest';
import {
  type BudgetLine,
  b2b,
  budgetVariance,
  budgetVarianceAggregator,
  evaluateBudgetVariance,
  measure,
  normalizeBudgetLines,
  periodOf,
  serviceLevel,
  serviceLevelAggregator,
  serviceLevelByInterval,
} from '../../../src/index.js';
import { errorOf } from '../../helpers.js';
import { rawCall } from './raw-call.js';

const october = periodOf('2026-10');
const message = (f: () => unknown): string => errorOf(f).message;

describe('service level: each refusal in full', () => {
  it('names the option and what it takes', () => {
    expect(message(() => serviceLevelAggregator({ period: october, thresholdSeconds: -1 }))).toBe(
      'options.thresholdSeconds: expected a finite number of seconds ≥ 0, got -1',
    );
    expect(message(() => serviceLevelAggregator({ period: october, convention: 'all' as never }))).toBe(
      'options.convention: expected one of answered-only, abandons-as-misses, abandons-within-threshold-as-met, ' +
        'abandons-within-threshold-excluded, short-abandons-as-met, short-abandons-excluded, got "all"',
    );
    expect(message(() => serviceLevelAggregator({ period: october, inclusive: 'yes' as never }))).toBe(
      'options.inclusive: expected true or false, got "yes"',
    );
    expect(message(() => serviceLevelAggregator({ period: '2026-10' as never }))).toBe(
      'options.period: expected a Period from period() or periodOf(), got "2026-10"',
    );
    expect(message(() => serviceLevelByInterval({ period: october, intervalMinutes: 20 as never }))).toBe(
      'options.intervalMinutes: expected 15, 30 or 60, got 20',
    );
  });

  it('refuses an impossible hold time in a call that skipped the normaliser', () => {
    const call = rawCall(october, { holdSeconds: -30 });
    expect(message(() => serviceLevel([call], { period: october, profile: b2b }))).toBe(
      'calls[0].holdSeconds: expected a finite number of seconds ≥ 0, got -30',
    );
  });

  it('explains a period where no call counts under the convention', () => {
    // One abandoned call: answered-only counts answered calls only, so there is nothing to rate.
    const abandoned = rawCall(october, {
      outcome: 'abandoned',
      waitSeconds: 40,
      answeredAt: undefined,
      abandonedAt: october.start + 3_640_000,
    });
    const result = serviceLevel([abandoned], { period: october, profile: b2b, convention: 'answered-only' });
    expect(result.rating).toBe('insufficient-data');
    expect(result.explanation.message).toBe(
      'No calls count under the answered-only convention in the period.',
    );
  });
});

describe('budget variance: each refusal and explanation in full', () => {
  const line = (fields: Partial<Record<string, unknown>>): BudgetLine =>
    normalizeBudgetLines([
      {
        department: 'CC',
        category: 'staff',
        period: '2026-10',
        budgeted: '100',
        actual: '90',
        currency: 'EUR',
        ...fields,
      },
    ])[0] as BudgetLine;

  it('names the currency options', () => {
    expect(message(() => budgetVarianceAggregator({ exchangeRates: { USD: '1.1' } }))).toBe(
      'options.currency: expected a reporting currency with rates, got undefined',
    );
    expect(errorOf(() => budgetVarianceAggregator({ currency: 'euro' as never })).path).toBe(
      'options.currency',
    );
  });

  it('refuses a line in a currency it cannot sum', () => {
    const withRates = budgetVarianceAggregator({ currency: 'EUR', exchangeRates: { USD: '0.9' } });
    expect(message(() => measure(withRates, [line({ currency: 'GBP' })]))).toBe(
      'budgetLines[["CC","staff","2026-10"]].currency: expected EUR or a currency with a rate, got "GBP"',
    );
    expect(
      message(() =>
        measure(budgetVarianceAggregator(), [line({}), line({ category: 'it', currency: 'USD' })]),
      ),
    ).toBe(
      'budgetLines[["CC","it","2026-10"]].currency: expected an amount in EUR (pass options.exchangeRates to convert), got "USD"',
    );
    // The same line again in another currency: even with a rate for it, one line keeps one currency.
    expect(message(() => measure(withRates, [line({ id: 'L1' }), line({ id: 'L1', currency: 'USD' })]))).toBe(
      'budgetLines[id=L1].currency: expected an amount in EUR, got "USD"',
    );
    expect(
      message(() => budgetVariance([line({}), line({ category: 'it', currency: 'USD' })], { profile: b2b })),
    ).toBe(
      'budgetLines[1].currency: expected an amount in EUR (pass options.exchangeRates to convert), got "USD"',
    );
  });

  it('refuses one id used for two different lines, in add and in merge', () => {
    const agg = budgetVarianceAggregator();
    expect(message(() => measure(agg, [line({ id: 'L1' }), line({ id: 'L1', category: 'it' })]))).toBe(
      'budgetLines[id=L1]: expected CC/staff/2026-10, got "CC/it/2026-10"',
    );
    const a = agg.add(agg.init(), line({ id: 'L1' }));
    const b = agg.add(agg.init(), line({ id: 'L1', period: '2026-11' }));
    expect(message(() => agg.merge(a, b))).toBe(
      'budgetLines[id=L1]: expected CC/staff/2026-10, got "CC/staff/2026-11"',
    );
  });

  it('refuses to merge states summed in two currencies without rates', () => {
    const agg = budgetVarianceAggregator();
    const a = agg.add(agg.init(), line({}));
    const b = agg.add(agg.init(), line({ category: 'it', currency: 'USD' }));
    expect(message(() => agg.merge(a, b))).toBe(
      'budgetLines: expected an amount in EUR (pass options.exchangeRates to convert), got "USD"',
    );
  });

  it('marks a line spent exactly to budget on-budget', () => {
    const m = measure(budgetVarianceAggregator(), [line({ budgeted: '100', actual: '100' })]);
    expect(m.lines.map((l) => l.status)).toEqual(['on-budget']);
  });

  it('explains no lines and a budget of 0', () => {
    const none = evaluateBudgetVariance(measure(budgetVarianceAggregator(), []), { profile: b2b });
    expect(none.criterion).toBe('contactCentre.budgetVariance');
    expect(none.explanation).toEqual({
      code: 'contactCentre.budgetVariance.no-lines',
      message: 'No budget lines.',
      inputs: {},
    });
    const zero = budgetVariance([line({ budgeted: '0', actual: '12.50' })], { profile: b2b });
    expect(zero.explanation).toEqual({
      code: 'contactCentre.budgetVariance.zero-budget',
      message: 'The total budget is 0: the variance % is undefined, so spending cannot be rated.',
      inputs: { actual: '12.5', currency: 'EUR' },
    });
  });
});
