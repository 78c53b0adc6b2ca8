import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  type Customer,
  checkAggregatorLaws,
  Decimal,
  defineProfile,
  measure,
  normalizeCustomer,
  normalizeCustomers,
  normalizeRevenueRecords,
  type Period,
  periodOf,
  type RetentionRecord,
  retention,
  retentionAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const year = periodOf('2026');

const customers = normalizeCustomers([
  { id: 'A', since: '2023-01-10' }, // at start, stays
  { id: 'B', since: '2024-06-01', until: '2026-04-20' }, // at start, lost
  { id: 'C', since: '2025-11-30' }, // at start, stays
  { id: 'D', since: '2025-03-01', until: '2025-12-31' }, // ended before the year: outside
  { id: 'E', since: '2025-12-01', until: '2026-01-01T00:00Z' }, // ended at its first instant: outside
  { id: 'F', since: '2026-01-15' }, // new in January, stays
  { id: 'G', since: '2026-01-20', until: '2026-02-10' }, // new in January, lost in February
  { id: 'H', since: '2026-03-05', until: '2026-12-31T12:00Z' }, // new in March, lost in December
  { id: 'I', since: '2027-01-01' }, // after the year: outside
  { id: 'J', since: '2025-01-01', until: '2027-01-01T00:00Z' }, // at start, ends as the year ends: stays
]);
const revenue = normalizeRevenueRecords([
  { customerId: 'A', period: '2025-12', amount: '1000.00', currency: 'EUR' },
  { customerId: 'A', period: '2026-12', amount: '700.00', currency: 'EUR' },
  { customerId: 'A', period: '2026-12', amount: '500.00', currency: 'EUR' },
  { customerId: 'A', period: '2026-06', amount: '100.00', currency: 'EUR' }, // another month: skipped
  { customerId: 'B', period: '2025-12', amount: '500.00', currency: 'EUR' },
  { customerId: 'C', period: '2025-12', amount: '300.00', currency: 'EUR' },
  { customerId: 'C', period: '2026-12', amount: '249.90', currency: 'EUR' },
  { customerId: 'C', period: '2026-12', amount: '0.10', currency: 'EUR' },
  { customerId: 'J', period: '2025-12', amount: '200.00', currency: 'USD' },
  { customerId: 'J', period: '2026-12', amount: '180.00', currency: 'USD' },
  { customerId: 'F', period: '2026-12', amount: '400.00', currency: 'EUR' }, // new: left out
  { customerId: 'Z', period: '2025-12', amount: '50.00', currency: 'EUR' }, // unknown: left out
]);
const tagged: RetentionRecord[] = [
  ...customers.map((record) => ({ type: 'customer' as const, record })),
  ...revenue.map((record) => ({ type: 'revenue' as const, record })),
];
/** The retention metrics of customer records alone, without revenue. */
const measureCustomers = (period: Period, list: readonly Customer[]) =>
  measure(
    retentionAggregator({ period }),
    list.map((record) => ({ type: 'customer' as const, record })),
  );
const lax = (profile: typeof b2b) =>
  defineProfile(profile, { criteria: { 'customer.retention': { minimumSample: 4 } } });

describe('customer.retention', () => {
  it('counts customers at the start, the new ones, those at the end and those lost', () => {
    const m = measure(retentionAggregator({ period: year }), tagged);
    // S: A, B, C, J. N: F, G, H. E: A, C, J, F. Retained of S: A, C, J. Lost: B.
    expect([m.atStart, m.acquired, m.atEnd, m.retained, m.lost]).toEqual([4, 3, 4, 3, 1]);
    expect(m.retentionRate).toBe(0.75); // 3 / 4
    expect(m.churnRate).toBe(0.25); // 1 / 4
    // The textbook (E − N) / S = (4 − 3) / 4 = 0.25 undercounts: G and H came and went in the year.
    expect(m.retentionRateEndMinusNew).toBe(0.25);
    expect(m.acquiredAndLost).toBe(2);
    expect(m.outsidePeriod).toBe(3); // D, E, I
    expect(m.periodDays).toBe(365);
    expect(m.annualisedRetentionRate).toBe(0.75); // a calendar year is judged as is
  });

  it('a B2C manager keeping 3 of 4 customers over the year is good; in B2B the same is fair', () => {
    const c = retention({ customers, revenue }, { period: year, profile: lax(b2c) });
    // b2c: good 0.7 (60), excellent 0.8 (80): 60 + 0.05 / 0.1 × 20 = 70.
    expect([c.value, c.rating, c.score]).toEqual([0.75, 'good', 70]);
    expect(c.explanation.message).toBe('3 of 4 customers at the start stayed (75 %): good.');
    const b = retention({ customers, revenue }, { period: year, profile: lax(b2b) });
    // b2b: fair from 0.75 → score 40.
    expect([b.value, b.rating, b.score]).toEqual([0.75, 'fair', 40]);
    // The built-in profiles ask for 10 customers at the start.
    expect(retention({ customers }, { period: year, profile: b2b }).explanation.code).toBe(
      'customer.retention.insufficient-sample',
    );
  });

  it('revenue retention is exact, per currency, over the customers present at the start', () => {
    const m = measure(retentionAggregator({ period: year }), tagged);
    expect([m.revenueFrom, m.revenueTo]).toEqual(['2025-12', '2026-12']);
    const [eur, usd] = m.revenue;
    // EUR: A 1000 → 1200 (+200), B 500 → 0 (churned), C 300 → 249.90 + 0.10 = 250 (−50).
    expect(eur!.currency).toBe('EUR');
    expect(eur!.customers).toBe(3);
    expect(eur!.startRevenue.toString()).toBe('1800');
    expect(eur!.endRevenue.toString()).toBe('1450');
    expect([eur!.churned, eur!.contraction, eur!.expansion].map(String)).toEqual(['500', '50', '200']);
    // GRR (1800 − 500 − 50) / 1800 = 25/36; NRR 1450 / 1800 = 29/36, to 40 significant digits.
    expect(eur!.grossRetention!.equals(new Decimal(25).div(36))).toBe(true);
    expect(eur!.netRetention!.equals(new Decimal(29).div(36))).toBe(true);
    expect(eur!.grossRetention!.toFixed(4)).toBe('0.6944');
    // USD, never mixed with EUR: J 200 → 180.
    expect([usd!.currency, usd!.grossRetention!.toString(), usd!.netRetention!.toString()]).toEqual([
      'USD',
      '0.9',
      '0.9',
    ]);
    expect(m.revenueNotAtStart).toBe(2); // F (new) and Z (unknown)
    expect(m.revenueOutside).toBe(1); // A's June record
  });

  it('has no revenue retention in a currency with no starting revenue, but counts the expansion', () => {
    const gbp = normalizeRevenueRecords([
      { customerId: 'A', period: '2026-12', amount: '75.50', currency: 'GBP' },
    ]);
    const m = measure(retentionAggregator({ period: year }), [
      ...tagged,
      ...gbp.map((record) => ({ type: 'revenue' as const, record })),
    ]);
    const pound = m.revenue.find((r) => r.currency === 'GBP')!;
    // A brought nothing in GBP in December 2025 and 75.50 a year later: all expansion over a start of 0.
    expect([pound.startRevenue.toString(), pound.expansion.toString()]).toEqual(['0', '75.5']);
    expect([pound.grossRetention, pound.netRetention]).toEqual([null, null]);
    expect(m.revenue.map((r) => r.currency)).toEqual(['EUR', 'GBP', 'USD']);
  });

  it('warns where gross revenue retention falls below the target (B2B 90 %)', () => {
    const b = retention({ customers, revenue }, { period: year, profile: lax(b2b) });
    // EUR 69.4 % < 90 %; USD 90 % is not below.
    expect(b.warnings.map((w) => [w.code, w.inputs.currency])).toEqual([
      ['customer.retention.low-gross-revenue-retention', 'EUR'],
    ]);
  });

  it('retains by monthly cohort: of January’s two new customers one is left from February on', () => {
    const m = measure(retentionAggregator({ period: year }), tagged);
    expect(m.cohorts).toHaveLength(12);
    const jan = m.cohorts[0]!;
    expect([jan.month, jan.acquired]).toEqual(['2026-01', 2]); // F, G
    expect(jan.active).toHaveLength(12);
    expect(jan.active[0]).toEqual({ monthEnd: '2026-01', active: 2, share: 1 });
    expect(jan.active[1]).toEqual({ monthEnd: '2026-02', active: 1, share: 0.5 }); // G left 10 Feb
    expect(jan.active[11]).toEqual({ monthEnd: '2026-12', active: 1, share: 0.5 });
    const feb = m.cohorts[1]!;
    expect([feb.acquired, feb.active[0]!.share]).toEqual([0, null]);
    const mar = m.cohorts[2]!;
    expect(mar.acquired).toBe(1); // H
    expect(mar.active.map((a) => a.active)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0]); // leaves 31 Dec
  });

  it('annualises a quarter: 1 of 2 kept over 90 days is 0.5^(365/90) ≈ 6 % a year', () => {
    const q1 = periodOf('2026-Q1');
    const two = normalizeCustomers([
      { id: 'x', since: '2025-01-01' },
      { id: 'y', since: '2025-01-01', until: '2026-02-01' },
    ]);
    const m = measureCustomers(q1, two);
    expect([m.periodDays, m.retentionRate]).toEqual([90, 0.5]);
    // 365 / 90 = 4.05556; 0.5^4 = 0.0625; 0.5^0.05556 = 0.962224 → 0.060139.
    expect(m.annualisedRetentionRate).toBeCloseTo(0.060139, 6);
    expect([m.revenueFrom, m.revenueTo]).toEqual(['2025-12', '2026-03']);
    const few = defineProfile(b2c, { criteria: { 'customer.retention': { minimumSample: 2 } } });
    const result = retention({ customers: two }, { period: q1, profile: few });
    expect(result.rating).toBe('poor');
    expect(result.explanation.message).toBe(
      '1 of 2 customers at the start stayed (50 % over 90 days, 6 % a year): poor.',
    );
  });

  it('counts the boundaries and the months in the period’s time zone', () => {
    const berlin = periodOf('2026-Q1', 'Europe/Berlin'); // starts 2025-12-31T23:00Z
    const edge = normalizeCustomers([
      // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Berlin: acquired in the period, not at its start.
      { id: 'n', since: '2025-12-31T23:30Z' },
      // 22:59 UTC on 31 Dec is 23:59 in Berlin: a customer at the start.
      { id: 's', since: '2025-12-31T22:59Z' },
      // 23:30 UTC on 31 Jan is 00:30 on 1 Feb in Berlin: February's cohort.
      { id: 'f', since: '2026-01-31T23:30Z' },
    ]);
    const m = measureCustomers(berlin, edge);
    expect([m.atStart, m.acquired]).toEqual([1, 2]);
    expect(m.cohorts.map((c) => [c.month, c.acquired])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 0],
    ]);
  });

  it('is insufficient-data with no customers at the start', () => {
    const onlyNew = customers.filter((c) => c.id === 'F');
    const result = retention({ customers: onlyNew }, { period: year, profile: b2b });
    expect([result.rating, result.value, result.explanation.code]).toEqual([
      'insufficient-data',
      null,
      'customer.retention.no-customers-at-start',
    ]);
    expect(result.details.revenue).toEqual([]);
  });

  it('keeps the aggregator laws, also with a customer given twice', () => {
    checkAggregatorLaws(retentionAggregator({ period: year }), tagged);
    const twice = normalizeCustomers([
      { id: '__proto__', since: '2025-06-01', until: '2026-03-01' },
      { id: '__proto__', since: '2025-01-01', until: '2026-05-01' },
      { id: 'constructor', since: '2025-01-01', until: '2026-05-01' },
      { id: 'constructor', since: '2025-03-01' },
    ]);
    const records: RetentionRecord[] = [
      ...twice.map((record) => ({ type: 'customer' as const, record })),
      ...normalizeRevenueRecords([
        { customerId: '__proto__', period: '2025-12', amount: '10', currency: 'EUR' },
        { customerId: 'constructor', period: '2025-12', amount: '10', currency: 'EUR' },
        { customerId: 'constructor', period: '2026-12', amount: '15', currency: 'EUR' },
      ]).map((record) => ({ type: 'revenue' as const, record })),
    ];
    checkAggregatorLaws(retentionAggregator({ period: year }), records);
    const m = measure(retentionAggregator({ period: year }), records);
    // __proto__: earliest start, latest end (1 May): lost. constructor: one record has no end: stays.
    expect([m.atStart, m.retained]).toEqual([2, 1]);
    expect(m.revenue[0]!.netRetention!.toString()).toBe('0.75'); // 15 / 20
  });

  it('a customer given twice takes the earliest start and the latest end, whatever the order', () => {
    // k first appears as new in February and lost in May; the second record has them since 2025 and
    // until 2027. United: at the start, and still there at the end.
    const k = normalizeCustomers([
      { id: 'k', since: '2026-02-01', until: '2026-05-01' },
      { id: 'k', since: '2025-06-01', until: '2027-02-01' },
    ]);
    const m = measureCustomers(year, k);
    expect([m.atStart, m.acquired, m.retained, m.lost]).toEqual([1, 0, 1, 0]);
  });

  it('a customer won at a month’s first instant is that month’s cohort; one lost at a month’s end was there at it', () => {
    const edge = normalizeCustomers([
      { id: 'feb', since: '2026-02-01T00:00Z' },
      { id: 'jan', since: '2026-01-10', until: '2026-03-01T00:00Z' },
    ]);
    const m = measureCustomers(year, edge);
    expect(m.cohorts.slice(0, 3).map((c) => [c.month, c.acquired])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 0],
    ]);
    expect(m.cohorts[0]!.active.slice(0, 3).map((a) => a.active)).toEqual([1, 1, 0]);
  });

  it('a leap year is a year: 366 days are not annualised', () => {
    const leap = periodOf('2028');
    const two = normalizeCustomers([
      { id: 'x', since: '2027-01-01' },
      { id: 'y', since: '2027-01-01', until: '2028-02-29' },
    ]);
    const m = measureCustomers(leap, two);
    expect([m.periodDays, m.retentionRate, m.annualisedRetentionRate]).toEqual([366, 0.5, 0.5]);
    const few = defineProfile(b2c, { criteria: { 'customer.retention': { minimumSample: 2 } } });
    expect(retention({ customers: two }, { period: leap, profile: few }).explanation.message).toBe(
      '1 of 2 customers at the start stayed (50 %): poor.',
    );
  });

  it('rejects bad options and input with the path', () => {
    // Each half of each test on its own.
    expect(failure(() => retentionAggregator({ period: null as never }))).toBe(
      'invalid-option at options.period',
    );
    for (const key of ['from', 'to'] as const) {
      expect(failure(() => retentionAggregator({ period: { ...year, [key]: undefined } as never }))).toBe(
        'invalid-option at options.period',
      );
    }
    expect(failure(() => retentionAggregator({ period: year, revenueFrom: 2025 as never }))).toBe(
      'invalid-option at options.revenueFrom',
    );
    expect(failure(() => retention(5 as never, { period: year, profile: b2b }))).toBe(
      'invalid-option at input',
    );
    // Without revenue there is nothing outside the revenue periods either.
    expect(retention({ customers }, { period: year, profile: b2b }).details.revenueOutside).toBe(0);
    expect(failure(() => retentionAggregator(null as never))).toBe('invalid-option at options');
    expect(failure(() => retentionAggregator({ period: { start: 0, end: 1 } as never }))).toBe(
      'invalid-option at options.period',
    );
    expect(failure(() => retentionAggregator({ period: year, revenueFrom: '2026-W01' }))).toBe(
      'invalid-option at options.revenueFrom',
    );
    expect(failure(() => retentionAggregator({ period: year, revenueFrom: '2026-13' }))).toBe(
      'invalid-period at options.revenueFrom',
    );
    expect(failure(() => retentionAggregator({ period: year, revenueTo: '2025-12' }))).toBe(
      'invalid-option at options.revenueTo',
    );
    expect(failure(() => retention(null as never, { period: year, profile: b2b }))).toBe(
      'invalid-option at input',
    );
    // Quarters work where revenue is booked quarterly.
    expect(
      failure(() => retentionAggregator({ period: year, revenueFrom: '2025-Q4', revenueTo: '2026-Q4' })),
    ).toBe('no error');
  });
});

describe('retention before 1970', () => {
  it('a customer who left at the last millisecond of 1969 (epoch −1) is lost, not still there', () => {
    // The state marked "still a customer" with −1, so an end at epoch −1 read as no end at all.
    const m = measure(retentionAggregator({ period: periodOf('1969-12') }), [
      { type: 'customer', record: normalizeCustomer({ id: 'c1', since: '1969-01-01', until: -1 }) },
      { type: 'customer', record: normalizeCustomer({ id: 'c2', since: '1969-01-01' }) },
    ]);
    expect([m.atStart, m.retained, m.lost, m.retentionRate]).toEqual([2, 1, 1, 0.5]);
  });
});
