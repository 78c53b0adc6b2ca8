// The bad-input corpus (test/fixtures/bad-input/*.json): every malformed record goes through its
// normaliser, alone and in a list, deep-frozen, and must raise CsMetricsError with the right code,
// path and message, leaving the input exactly as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  b2b,
  budgetVariance,
  CsMetricsError,
  type NormalizeOptions,
  normalizeBudgetLine,
  normalizeBudgetLines,
  normalizeCallRecord,
  normalizeCallRecords,
  normalizeCustomer,
  normalizeCustomers,
  normalizeDeal,
  normalizeDeals,
  normalizeFeedbackItem,
  normalizeFeedbackItems,
  normalizeInteraction,
  normalizeInteractions,
  normalizeManager,
  normalizeManagers,
  normalizeQualityReview,
  normalizeQualityReviews,
  normalizeRevenueRecord,
  normalizeRevenueRecords,
  normalizeSalesPlan,
  normalizeSalesPlans,
  normalizeSupportTicket,
  normalizeSupportTickets,
  normalizeSurveyResponse,
  normalizeSurveyResponses,
  normalizeTrainingRecord,
  normalizeTrainingRecords,
  type RecordTypeName,
} from '../../src/index.js';

type One = (input: never, options?: NormalizeOptions) => unknown;
type All = (inputs: Iterable<never>, options?: NormalizeOptions) => unknown[];
const NORMALISERS: Record<RecordTypeName, readonly [One, All, string]> = {
  Manager: [normalizeManager, normalizeManagers, 'managers'],
  Interaction: [normalizeInteraction, normalizeInteractions, 'interactions'],
  Deal: [normalizeDeal, normalizeDeals, 'deals'],
  CallRecord: [normalizeCallRecord, normalizeCallRecords, 'calls'],
  BudgetLine: [normalizeBudgetLine, normalizeBudgetLines, 'budgetLines'],
  SalesPlan: [normalizeSalesPlan, normalizeSalesPlans, 'plans'],
  SurveyResponse: [normalizeSurveyResponse, normalizeSurveyResponses, 'surveys'],
  Customer: [normalizeCustomer, normalizeCustomers, 'customers'],
  RevenueRecord: [normalizeRevenueRecord, normalizeRevenueRecords, 'revenue'],
  SupportTicket: [normalizeSupportTicket, normalizeSupportTickets, 'tickets'],
  QualityReview: [normalizeQualityReview, normalizeQualityReviews, 'reviews'],
  FeedbackItem: [normalizeFeedbackItem, normalizeFeedbackItems, 'feedback'],
  TrainingRecord: [normalizeTrainingRecord, normalizeTrainingRecords, 'trainings'],
};

interface Case {
  readonly name: string;
  readonly code: string;
  readonly path: string;
  readonly patch?: Record<string, unknown>;
  readonly omit?: readonly string[];
  readonly input?: unknown;
  readonly options?: NormalizeOptions;
  readonly message?: string;
}
interface Corpus {
  readonly type: RecordTypeName;
  readonly valid: Record<string, unknown>;
  readonly cases: readonly Case[];
  readonly mixedCurrencies?: readonly {
    readonly name: string;
    readonly lines: readonly Record<string, unknown>[];
    readonly options?: { currency?: string; rates?: Record<string, string> };
    readonly code: string;
    readonly path: string;
  }[];
}

/**
 * JSON cannot hold every bad value, so a few are spelt as markers: `{"$number": "NaN"}` (also
 * Infinity, -Infinity, 1e400), `{"$repeat": ["x", 501]}` for a long string, `{"$date": "…"}` for a
 * Date object. Objects are rebuilt with defineProperty, so a `__proto__` key stays an own key, as
 * JSON.parse leaves it.
 */
function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if ('$number' in v) return Number(v.$number);
  if ('$repeat' in v) {
    const [text, times] = v.$repeat as [string, number];
    return text.repeat(times);
  }
  if ('$date' in v) return new Date(v.$date as string);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    Object.defineProperty(out, key, {
      value: decode(v[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function build(valid: Record<string, unknown>, c: Case): unknown {
  if ('input' in c) return decode(c.input);
  const record = decode(valid) as Record<string, unknown>;
  for (const key of c.omit ?? []) delete record[key];
  const patch = decode(c.patch ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    Object.defineProperty(record, key, {
      value: patch[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A snapshot that tells apart what JSON would blur: NaN, Infinity, undefined, Dates, own `__proto__`. */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return `#${v}`;
    if (v === undefined) return '#undefined';
    return v;
  });
}

function thrown(run: () => unknown): CsMetricsError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsMetricsError) return error;
    throw new Error(`expected a CsMetricsError, got ${String(error)}`);
  }
  throw new Error('expected a CsMetricsError, but the input was accepted');
}

const dir = join(import.meta.dirname, '../fixtures/bad-input');
const corpora = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, corpus: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Corpus }));

describe('the bad-input corpus', () => {
  it('holds at least 100 malformed records covering every input type', () => {
    const cases = corpora.reduce((n, { corpus }) => n + corpus.cases.length, 0);
    expect(cases).toBeGreaterThanOrEqual(100);
    expect(new Set(corpora.map(({ corpus }) => corpus.type))).toEqual(new Set(Object.keys(NORMALISERS)));
  });

  for (const { file, corpus } of corpora) {
    const [one, all, collection] = NORMALISERS[corpus.type];

    it(`${file}: the valid record it starts from is accepted`, () => {
      expect(() => one(decode(corpus.valid) as never)).not.toThrow();
    });

    describe(file, () => {
      it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const input = deepFreeze(build(corpus.valid, c));
        const before = snapshot(input);
        const options = c.options ?? {};
        const error = thrown(() => one(input as never, options));
        expect(`${error.code} at ${error.path}`).toBe(`${c.code} at ${c.path}`);
        const where = c.path === '' ? 'input' : c.path;
        expect(error.message.startsWith(`${where}: expected ${error.expected}, got `)).toBe(true);
        if (c.message !== undefined) expect(error.message).toBe(c.message);
        // In a list the path names the index, except for the options themselves.
        const inList = thrown(() => all([input] as never, options));
        const listPath = c.path.startsWith('options.')
          ? c.path
          : c.path === ''
            ? `${collection}[0]`
            : `${collection}[0].${c.path}`;
        expect(`${inList.code} at ${inList.path}`).toBe(`${c.code} at ${listPath}`);
        expect(snapshot(input)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    });

    for (const mixed of corpus.mixedCurrencies ?? []) {
      it(`${file}: ${mixed.name} is a currency-mismatch error, not a silent sum`, () => {
        const lines = normalizeBudgetLines(
          mixed.lines.map((patch) => ({ ...corpus.valid, ...patch }) as never),
        );
        const error = thrown(() => budgetVariance(deepFreeze(lines), { profile: b2b, ...mixed.options }));
        expect(`${error.code} at ${error.path}`).toBe(`${mixed.code} at ${mixed.path}`);
      });
    }
  }
});
