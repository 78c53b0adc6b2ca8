// Cases that kill the survivors of a mutation run over service-level.ts and service-level-intervals.ts
// (npx stryker run --mutate 'src/criteria/contact-centre/service-level*.ts'): the guard for calls that
// did not come through the normaliser (each field's own code, path and expectation), the edges of the
// period, a longest wait of zero, the absence of warnings, and intervals after a DST change.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type CallRecord,
  evaluateServiceLevel,
  measure,
  normalizeCallRecords,
  periodOf,
  serviceLevel,
  serviceLevelAggregator,
  serviceLevelByInterval,
} from '../../../src/index.js';
import { arrayLike, errorOf } from '../../helpers.js';
import { rawCall } from './raw-call.js';

const october = periodOf('2026-10', 'Europe/Berlin');
const raw = (fields: Partial<Record<keyof CallRecord, unknown>>): CallRecord => rawCall(october, fields);
const reject = (call: CallRecord) =>
  errorOf(() => measure(serviceLevelAggregator({ period: october }), [call]));

describe('serviceLevel on records that skipped the normaliser', () => {
  it('names each impossible field with its own code, path and expectation', () => {
    const cases: [Partial<Record<keyof CallRecord, unknown>>, string, string, string][] = [
      [{ offeredAt: Number.POSITIVE_INFINITY }, 'offeredAt', 'out-of-range', 'epoch milliseconds'],
      [{ offeredAt: Number.NEGATIVE_INFINITY }, 'offeredAt', 'out-of-range', 'epoch milliseconds'],
      [{ outcome: 'lost' }, 'outcome', 'out-of-range', '"answered" or "abandoned"'],
      [{ waitSeconds: undefined }, 'waitSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      [
        { waitSeconds: Number.POSITIVE_INFINITY },
        'waitSeconds',
        'out-of-range',
        'a finite number of seconds ≥ 0',
      ],
      [{ waitSeconds: -1 }, 'waitSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      // Finite in seconds, not in milliseconds: refused, never summed into an infinite average.
      [{ waitSeconds: 1e306 }, 'waitSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      [
        { outcome: 'abandoned', answeredAt: undefined, waitSeconds: 1e306 },
        'waitSeconds',
        'out-of-range',
        'a finite number of seconds ≥ 0',
      ],
      // The metric reads waits, not the answer time; a call it refuses for another reason (here hold
      // and wrap-up too long together) is named by its first impossible field, in the record's order.
      [
        { answeredAt: october.start, holdSeconds: 1.5e305, wrapUpSeconds: 1.5e305 },
        'answeredAt',
        'inconsistent-record',
        'a time at or after offeredAt',
      ],
      [
        { abandonedAt: october.start, holdSeconds: 1.5e305, wrapUpSeconds: 1.5e305 },
        'abandonedAt',
        'inconsistent-record',
        'a time at or after offeredAt',
      ],
      [
        { talkSeconds: Number.POSITIVE_INFINITY },
        'talkSeconds',
        'out-of-range',
        'a finite number of seconds ≥ 0',
      ],
      [{ talkSeconds: -5 }, 'talkSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      [{ holdSeconds: -1 }, 'holdSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      [{ wrapUpSeconds: -1 }, 'wrapUpSeconds', 'out-of-range', 'a finite number of seconds ≥ 0'],
      // Each finite in milliseconds (1.5e308), their sum is not: only the pair is impossible.
      [
        { holdSeconds: 1.5e305, wrapUpSeconds: 1.5e305 },
        'holdSeconds',
        'out-of-range',
        'a finite number of seconds ≥ 0',
      ],
    ];
    for (const [fields, field, code, expected] of cases) {
      const error = reject(raw(fields));
      expect([error.code, error.path, error.expected], JSON.stringify(fields)).toEqual([
        code,
        `calls[id=c1].${field}`,
        expected,
      ]);
    }
  });
});

describe('serviceLevel on an iterable that is not an array', () => {
  it('names a bad call by its id, even when the iterable has indices', () => {
    const calls = arrayLike([raw({}), raw({ id: 'c9', waitSeconds: -1 })]);
    expect(errorOf(() => serviceLevel(calls, { period: october, profile: b2b })).message).toBe(
      'calls[id=c9].waitSeconds: expected a finite number of seconds ≥ 0, got -1',
    );
  });
});

describe('serviceLevel options and edges', () => {
  it('takes a threshold of 0 s (only calls answered at once are in time) and refuses a negative one', () => {
    const calls = normalizeCallRecords([
      { id: 1, queue: 'q', offeredAt: '2026-10-05T08:00:00Z', answeredAt: '2026-10-05T08:00:00Z' },
      { id: 2, queue: 'q', offeredAt: '2026-10-05T08:01:00Z', answeredAt: '2026-10-05T08:01:01Z' },
    ]);
    expect(
      measure(serviceLevelAggregator({ period: october, thresholdSeconds: 0 }), calls).serviceLevel,
    ).toBe(0.5);
    expect(errorOf(() => serviceLevelAggregator({ period: october, thresholdSeconds: -1 })).path).toBe(
      'options.thresholdSeconds',
    );
  });

  it('refuses a period that is not one, whichever part is missing', () => {
    for (const period of [null, '2026-10', { start: 0 }, { end: 1 }, { start: 0, end: '1' }]) {
      expect(errorOf(() => serviceLevelAggregator({ period: period as never })).path).toBe('options.period');
    }
  });

  it('counts a call offered at the first instant of the period, not one at its end', () => {
    const calls = [
      raw({ id: 'first', offeredAt: october.start, answeredAt: october.start + 1000, waitSeconds: 1 }),
      raw({ id: 'after', offeredAt: october.end, answeredAt: october.end + 1000, waitSeconds: 1 }),
    ];
    const m = measure(serviceLevelAggregator({ period: october }), calls);
    expect([m.offered, m.outsidePeriod]).toEqual([1, 1]);
    const rows = measure(serviceLevelByInterval({ period: october, intervalMinutes: 60 }), calls);
    expect(rows.intervals.map((r) => r.label)).toEqual(['2026-10-01T00:00+02:00']);
    expect(rows.outsidePeriod).toBe(1);
  });

  it('reports a longest wait of 0 s when every call was answered at once (not "no calls")', () => {
    const m = measure(serviceLevelAggregator({ period: october }), [raw({ waitSeconds: 0 })]);
    expect(m.longestWaitSeconds).toBe(0);
    expect(measure(serviceLevelAggregator({ period: october }), []).longestWaitSeconds).toBeNull();
  });

  it('warns of calls outside the period only when there are some, and says why there is no rating', () => {
    const inside = serviceLevel([raw({})], { period: october, profile: b2b });
    expect(inside.warnings).toEqual([]);
    const outside = serviceLevel(
      [raw({}), raw({ id: 'c2', offeredAt: october.end, answeredAt: october.end + 10_000 })],
      {
        period: october,
        profile: b2b,
      },
    );
    expect(outside.warnings.map((w) => [w.code, w.inputs])).toEqual([
      ['contactCentre.serviceLevel.outside-period', { outsidePeriod: 1 }],
    ]);
    const none = evaluateServiceLevel(measure(serviceLevelAggregator({ period: october }), []), {
      profile: b2b,
    });
    expect(none.rating).toBe('insufficient-data');
    expect(none.explanation.inputs).toEqual({ offered: 0, convention: 'abandons-as-misses' });
  });
});

describe('serviceLevelByInterval after a DST change', () => {
  it('labels a call of 28 October 2026 (after summer time ended on the 25th) in CET, +01:00', () => {
    const calls = normalizeCallRecords([
      // 08:10 UTC is 09:10 in Berlin after the change (10:10 before it).
      { id: 1, queue: 'q', offeredAt: '2026-10-28T08:10:00Z', answeredAt: '2026-10-28T08:10:20Z' },
      { id: 2, queue: 'q', offeredAt: '2026-10-05T08:10:00Z', answeredAt: '2026-10-05T08:10:20Z' },
    ]);
    const rows = measure(serviceLevelByInterval({ period: october, intervalMinutes: 60 }), calls).intervals;
    expect(rows.map((r) => r.label)).toEqual(['2026-10-05T10:00+02:00', '2026-10-28T09:00+01:00']);
    expect(rows.map((r) => r.start)).toEqual([Date.UTC(2026, 9, 5, 8), Date.UTC(2026, 9, 28, 8)]);
  });

  it('keeps hourly intervals on the wall clock after Lord Howe moves by half an hour (+10:30 → +11:00 on 4 October)', () => {
    const lordHowe = periodOf('2026-10', 'Australia/Lord_Howe');
    // 22:10 UTC on the 19th is 09:10 on the 20th at +11:00; the hour starts at 22:00 UTC, not 21:30.
    const calls = normalizeCallRecords([
      { id: 1, queue: 'q', offeredAt: '2026-10-19T22:10:00Z', answeredAt: '2026-10-19T22:10:20Z' },
    ]);
    const rows = measure(serviceLevelByInterval({ period: lordHowe, intervalMinutes: 60 }), calls).intervals;
    expect(rows.map((r) => [r.label, r.start])).toEqual([
      ['2026-10-20T09:00+11:00', Date.UTC(2026, 9, 19, 22)],
    ]);
  });
});
