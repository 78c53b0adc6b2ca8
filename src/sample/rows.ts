// The raw form of the sample: the plain JSON rows a CRM export (or the CLI's CSV reader) holds, which
// the normalisers turn back into the records exactly.
import { currencyDigits, Decimal } from '../domain/money.js';
import { SAMPLE_KINDS, type SampleDataset, sampleDataset } from './dataset.js';
import type { SampleDatasetOptions } from './options.js';

/**
 * One raw row: plain JSON — dates as ISO 8601 strings (UTC, `Z`), amounts as decimal strings with the
 * currency's minor digits, everything else as is.
 *
 * @example
 * ```ts
 * import type { SampleRow } from '@org/cs-metrics';
 * const row: SampleRow = { id: 'D-1-1', amount: '12000.00', createdAt: '2026-10-01T09:12:30.000Z' };
 * ```
 */
export type SampleRow = { readonly [field: string]: unknown };

/**
 * The raw rows of a sample data set, each kind a lazy, re-iterable `Iterable` of {@link SampleRow}s.
 *
 * @example
 * ```ts
 * import { sampleRows, type SampleRowSet } from '@org/cs-metrics';
 * const rows: SampleRowSet = sampleRows({ seed: 1, managers: 1, days: 3, profile: 'b2b', callsPerDay: 5 });
 * ```
 */
export type SampleRowSet = { readonly [K in (typeof SAMPLE_KINDS)[number]]: Iterable<SampleRow> };

const DATE_FIELDS = new Set([
  'at',
  'offeredAt',
  'answeredAt',
  'abandonedAt',
  'createdAt',
  'expectedCloseAt',
  'closedAt',
  'changedAt',
  'from',
  'to',
  'since',
  'until',
  'openedAt',
  'firstResponseAt',
  'resolvedAt',
  'reopenedAt',
  'finalResolvedAt',
  'startedAt',
  'completedAt',
  'actionTakenAt',
]);

function rawValue(key: string, value: unknown, digits: number): unknown {
  if (value instanceof Decimal) return value.toFixed(digits);
  if (Array.isArray(value)) return value.map((v) => rawValue(key, v, digits));
  if (typeof value === 'number' && DATE_FIELDS.has(key)) return new Date(value).toISOString();
  if (typeof value === 'object' && value !== null) return rowOf(value as Record<string, unknown>, digits);
  return value;
}

function rowOf(record: Readonly<Record<string, unknown>>, digits: number): SampleRow {
  const row: Record<string, unknown> = {};
  for (const key of Object.keys(record)) row[key] = rawValue(key, record[key], digits);
  return row;
}

/**
 * A normalised record of the library written back as a raw row: dates to ISO strings, `Decimal`
 * amounts to strings with the currency's minor digits. The normalisers read it back to the same record.
 *
 * @example
 * ```ts
 * import { normalizeDeal, toSampleRow } from '@org/cs-metrics';
 * const deal = normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'prospect',
 *   amount: '5000', currency: 'EUR', createdAt: '2026-10-01T09:00Z' });
 * toSampleRow(deal).amount; // '5000.00'
 * toSampleRow(deal).createdAt; // '2026-10-01T09:00:00.000Z'
 * ```
 */
export function toSampleRow(record: object): SampleRow {
  const currency = (record as { currency?: unknown }).currency;
  return rowOf(
    record as Record<string, unknown>,
    typeof currency === 'string' ? currencyDigits(currency) : 2,
  );
}

/**
 * The sample data set of {@link sampleDataset} as raw rows (the shape of a CRM export), lazily.
 *
 * @throws {@link CsMetricsError} for bad options, as {@link sampleDataset}.
 * @example
 * ```ts
 * import { sampleRows } from '@org/cs-metrics';
 * const rows = sampleRows({ seed: 3, managers: 1, days: 2, profile: 'b2b', callsPerDay: 4 });
 * const [plan] = rows.plans;
 * plan; // { id: 'P-1-2026-10', managerId: 'm-1', period: '2026-10', amount: '34000.00', currency: 'EUR' }
 * ```
 */
export function sampleRows(options: SampleDatasetOptions): SampleRowSet {
  const data: SampleDataset = sampleDataset(options);
  const out: Record<string, Iterable<SampleRow>> = {};
  for (const kind of SAMPLE_KINDS) {
    const source = data[kind] as Iterable<object>;
    out[kind] = {
      *[Symbol.iterator]() {
        for (const record of source) yield toSampleRow(record);
      },
    };
  }
  return out as SampleRowSet;
}
