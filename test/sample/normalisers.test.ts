// Every generated record is one the normalisers accept: written as a plain-JSON row (ISO strings,
// amounts as strings), sent through JSON text, and normalised again, it comes back the same.
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  normalizeBudgetLine,
  normalizeCallRecord,
  normalizeCustomer,
  normalizeDeal,
  normalizeFeedbackItem,
  normalizeInteraction,
  normalizeManager,
  normalizeQualityReview,
  normalizeRevenueRecord,
  normalizeSalesPlan,
  normalizeSupportTicket,
  normalizeSurveyResponse,
  normalizeTrainingRecord,
  SAMPLE_KINDS,
  type SampleRecords,
  sampleDataset,
  sampleRows,
  toSampleRow,
} from '../../src/index.js';

const normalisers: { [K in keyof SampleRecords]: (input: never, options?: { path: string }) => unknown } = {
  managers: normalizeManager,
  customers: normalizeCustomer,
  revenue: normalizeRevenueRecord,
  interactions: normalizeInteraction,
  deals: normalizeDeal,
  plans: normalizeSalesPlan,
  calls: normalizeCallRecord,
  reviews: normalizeQualityReview,
  trainings: normalizeTrainingRecord,
  budgetLines: normalizeBudgetLine,
  surveys: normalizeSurveyResponse,
  tickets: normalizeSupportTicket,
  feedback: normalizeFeedbackItem,
};

/** A record with its Decimals as strings, so that equal amounts compare equal. */
const plain = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_, v) => (v instanceof Decimal ? v.toString() : v)));

describe('every sample record goes through its normaliser unchanged', () => {
  for (const profile of ['b2c', 'b2b', 'consulting'] as const) {
    it(`${profile}: all thirteen kinds, from plain JSON rows`, () => {
      const data = sampleDataset({
        seed: 5,
        managers: 2,
        days: 45,
        profile,
        timeZone: 'Europe/Berlin',
        callsPerDay: 40,
      });
      const arrays = data.toArrays();
      for (const kind of SAMPLE_KINDS) {
        const records = arrays[kind] as readonly object[];
        expect(records.length, kind).toBeGreaterThan(0);
        // Every record of the small kinds; every 7th of the large ones.
        const step = records.length > 500 ? 7 : 1;
        for (let i = 0; i < records.length; i += step) {
          const record = records[i] as object;
          const row = JSON.parse(JSON.stringify(toSampleRow(record)));
          const back = normalisers[kind](row as never, { path: `${kind}[${i}]` });
          expect(plain(back), `${kind}[${i}]`).toEqual(plain(record));
        }
      }
    });
  }

  it('the generated records are already normalised: normalising them again changes nothing', () => {
    const arrays = sampleDataset({
      seed: 11,
      managers: 2,
      days: 30,
      profile: 'b2b',
      callsPerDay: 20,
    }).toArrays();
    for (const deal of arrays.deals) expect(plain(normalizeDeal(deal))).toEqual(plain(deal));
    for (const call of arrays.calls) expect(normalizeCallRecord(call)).toEqual(call);
  });

  it('sampleRows gives the same rows as toSampleRow over the records, amounts as strings and dates as ISO', () => {
    const options = { seed: 3, managers: 1, days: 20, profile: 'consulting', callsPerDay: 5 } as const;
    const rows = sampleRows(options);
    const data = sampleDataset(options);
    expect([...rows.deals]).toEqual([...data.deals].map(toSampleRow));
    const [line] = rows.budgetLines;
    // 1 agent × 3 400 EUR staff budget a month.
    expect(line).toMatchObject({
      category: 'staff',
      period: '2026-10',
      budgeted: '3400.00',
      currency: 'EUR',
    });
    const [call] = rows.calls;
    expect(call?.offeredAt).toMatch(/^2026-10-01T\d\d:\d\d:\d\d\.000Z$/);
  });

  it('amounts take the minor digits of the currency (none for JPY)', () => {
    const [plan] = sampleRows({
      seed: 1,
      managers: 1,
      days: 1,
      profile: 'b2b',
      currency: 'JPY',
      callsPerDay: 0,
    }).plans;
    expect(plan?.amount).toMatch(/^\d+000$/);
  });
});
