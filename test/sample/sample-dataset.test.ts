import { describe, expect, it } from 'vitest';
import {
  countWorkingDays,
  monthsOf,
  normalizeCustomers,
  normalizeDeals,
  SAMPLE_KINDS,
  sampleDataset,
  sampleRows,
} from '../../src/index.js';
import { failure } from '../helpers.js';

const small = { seed: 42, managers: 3, days: 14, profile: 'b2b', callsPerDay: 50 } as const;

/** The records as JSON text, Decimals written as strings: one string to compare. */
const text = (records: Iterable<unknown>): string => JSON.stringify([...records]);

describe('sampleDataset: determinism', () => {
  it('the same seed gives the same records, kind by kind, on every pass and every call', () => {
    const a = sampleDataset(small);
    const b = sampleDataset({ ...small });
    for (const kind of SAMPLE_KINDS) {
      const first = text(a[kind]);
      expect(text(a[kind]), kind).toBe(first); // a second pass over the same iterable
      expect(text(b[kind]), kind).toBe(first); // a second data set from the same options
    }
  });

  it('a different seed gives different records (but the same fixed counts)', () => {
    const a = sampleDataset(small);
    const b = sampleDataset({ ...small, seed: 43 });
    for (const kind of ['interactions', 'deals', 'calls', 'surveys', 'tickets', 'feedback'] as const) {
      expect(text(b[kind]), kind).not.toBe(text(a[kind]));
    }
    expect(b.counts).toEqual(a.counts);
  });

  it('a string seed works and differs from another string', () => {
    const a = text(sampleDataset({ ...small, seed: 'demo' }).calls);
    expect(text(sampleDataset({ ...small, seed: 'demo' }).calls)).toBe(a);
    expect(text(sampleDataset({ ...small, seed: 'demo2' }).calls)).not.toBe(a);
  });

  it('the kinds are independent streams: more calls per day leave the deals unchanged', () => {
    const a = sampleDataset(small);
    const b = sampleDataset({ ...small, callsPerDay: 80, agents: 3 });
    expect(text(b.deals)).toBe(text(a.deals));
    expect(text(b.interactions)).toBe(text(a.interactions));
  });
});

describe('sampleDataset: sizes and counts as asked', () => {
  it('has the managers, customers, plans, calls and budget lines the options fix', () => {
    const data = sampleDataset(small);
    const arrays = data.toArrays();
    // 2026-10-01 … 2026-10-14: Thursday 1st to Wednesday 14th, weekends 3–4 and 10–11 → 10 working days.
    expect(countWorkingDays(data.period)).toBe(10);
    // b2b agents by default: ceil(50 calls × (300 s × 1.2 + 30 s) / (12 h × 3600 s × 0.75)) = ceil(0.6) = 1 → 1 team.
    expect(data.counts).toEqual({
      managers: 4, // 3 sales managers + 1 team manager
      agents: 1,
      customers: 180, // 3 × 60 b2b customers each
      plans: 3, // 3 managers × 1 month (October)
      calls: 500, // 50 × 10 working days
      budgetLines: 4, // 1 team × 1 month × 4 categories
    });
    expect(arrays.managers).toHaveLength(4);
    expect(arrays.customers).toHaveLength(180);
    expect(arrays.plans).toHaveLength(3);
    expect(arrays.calls).toHaveLength(500);
    expect(arrays.budgetLines).toHaveLength(4);
    expect(arrays.managers.map((m) => m.function)).toEqual(['sales', 'sales', 'account', 'contact-centre']);
  });

  it('covers exactly the days asked, in the zone asked', () => {
    const data = sampleDataset({ ...small, days: 61, timeZone: 'Asia/Shanghai', start: '2026-11-15' });
    expect(data.period).toMatchObject({ from: '2026-11-15', to: '2027-01-14', timeZone: 'Asia/Shanghai' });
    expect(monthsOf(data.period).map((m) => m.key)).toEqual(['2026-11', '2026-12', '2027-01']);
    const { plans } = data.toArrays();
    expect(plans.map((p) => p.period)).toEqual(
      [...Array(3)].flatMap(() => ['2026-11', '2026-12', '2027-01']),
    );
  });

  it('every record lies inside the period', () => {
    const data = sampleDataset({ ...small, timeZone: 'America/New_York' });
    const { start, end } = data.period;
    const arrays = data.toArrays();
    const times = [
      ...arrays.interactions.map((r) => r.at),
      ...arrays.calls.map((r) => r.offeredAt),
      ...arrays.reviews.map((r) => r.at),
      ...arrays.trainings.map((r) => r.completedAt),
      ...arrays.surveys.map((r) => r.at),
      ...arrays.tickets.map((r) => r.openedAt),
      ...arrays.tickets.flatMap((r) => (r.finalResolvedAt === undefined ? [] : [r.finalResolvedAt])),
      ...arrays.feedback.map((r) => r.at),
      ...arrays.feedback.flatMap((r) => (r.actionTakenAt === undefined ? [] : [r.actionTakenAt])),
    ];
    expect(times.length).toBeGreaterThan(1000);
    expect(times.filter((t) => t < start || t >= end)).toEqual([]);
    // Deals are the CRM's history: it starts historyDays before the sample (150 in b2b), so the first
    // month has an opening pipeline and a matured cohort; nothing happens after the end.
    const history = 150 * 86_400_000;
    for (const d of arrays.deals) {
      expect(d.createdAt).toBeGreaterThanOrEqual(start - history);
      expect(d.createdAt).toBeLessThan(end);
      if (d.closedAt !== undefined) expect(d.closedAt).toBeLessThan(end);
    }
    expect(arrays.deals.some((d) => d.createdAt < start && d.closedAt === undefined)).toBe(true);
  });

  it('ids are unique within each kind', () => {
    const arrays = sampleDataset({ ...small, profile: 'b2c', callsPerDay: 30 }).toArrays();
    for (const kind of SAMPLE_KINDS) {
      if (kind === 'revenue') continue;
      const ids = (arrays[kind] as readonly { id?: string }[]).map((r) => r.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
    const keys = arrays.revenue.map((r) => `${r.customerId} ${r.period}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the strengths asked are the strengths used, by manager id', () => {
    const data = sampleDataset({ ...small, strengths: [0.1, 0.5, 0.9] });
    expect([data.strengths['m-1'], data.strengths['m-2'], data.strengths['m-3']]).toEqual([0.1, 0.5, 0.9]);
  });

  it('default strengths spread evenly from 0.15 to 0.95 in a seeded order', () => {
    const data = sampleDataset({ ...small, managers: 5 });
    // 0.15 + 0.8·i/4 for i = 0…4: 0.15, 0.35, 0.55, 0.75, 0.95.
    const strengths = [1, 2, 3, 4, 5].map((i) => data.strengths[`m-${i}`] as number);
    expect([...strengths].sort((a, b) => a - b).map((s) => Math.round(s * 100) / 100)).toEqual([
      0.15, 0.35, 0.55, 0.75, 0.95,
    ]);
    expect(sampleDataset({ ...small, managers: 1 }).strengths['m-1']).toBe(0.55);
  });
});

describe('sampleDataset: lazy and re-iterable', () => {
  it('creating a ten-million-call data set generates nothing, and its first calls come at once', () => {
    const started = performance.now();
    // 10 working days × 1 000 000 calls = 10 000 000 calls.
    const data = sampleDataset({ seed: 1, managers: 1, days: 14, profile: 'b2c', callsPerDay: 1_000_000 });
    expect(data.counts.calls).toBe(10_000_000);
    const first: string[] = [];
    for (const call of data.calls) {
      first.push(call.id);
      if (first.length === 5) break;
    }
    expect(first).toEqual(['C-1', 'C-2', 'C-3', 'C-4', 'C-5']);
    // Generating 10 million calls would take seconds; five take microseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('each pass is a fresh generator: iterators are independent, the second pass restarts', () => {
    const data = sampleDataset(small);
    const a = data.calls[Symbol.iterator]();
    const b = data.calls[Symbol.iterator]();
    expect(a).not.toBe(b);
    const a1 = a.next().value;
    a.next();
    expect(b.next().value).toEqual(a1);
  });

  it('streams 200 000 calls one at a time (the generator never builds the list)', () => {
    const data = sampleDataset({
      seed: 9,
      managers: 1,
      days: 1,
      start: '2026-10-01',
      profile: 'b2c',
      callsPerDay: 200_000,
    });
    let n = 0;
    let last = Number.NEGATIVE_INFINITY;
    let ordered = true;
    for (const call of data.calls) {
      n++;
      if (call.offeredAt < last) ordered = false;
      last = call.offeredAt;
    }
    expect(n).toBe(200_000);
    expect(ordered).toBe(true); // arrivals come sorted without a sort, so without an array
  });
});

describe('sampleDataset: toArrays', () => {
  it('refuses a set larger than the limit, before generating when the fixed counts already exceed it', () => {
    const data = sampleDataset({ ...small, callsPerDay: 20_000 });
    // 4 managers + 180 customers + 3 plans + 200 000 calls + budget lines already exceed 100 000.
    expect(failure(() => data.toArrays())).toBe('invalid-option at options.limit');
    expect(failure(() => sampleDataset(small).toArrays({ limit: 100 }))).toBe(
      'invalid-option at options.limit',
    );
    expect(failure(() => sampleDataset(small).toArrays({ limit: 1.5 }))).toBe(
      'invalid-option at options.limit',
    );
    expect(failure(() => sampleDataset(small).toArrays({ limit: 1000 }))).toBe(
      'invalid-option at options.limit',
    );
  });

  it('says why and what to do', () => {
    expect(() => sampleDataset(small).toArrays({ limit: 100 })).toThrow(/iterate the kinds one by one/);
  });
});

describe('sampleDataset: options are checked', () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ['a negative seed', { seed: -1 }, 'invalid-option at options.seed'],
    ['a fractional seed', { seed: 1.5 }, 'invalid-option at options.seed'],
    ['an empty string seed', { seed: '' }, 'invalid-option at options.seed'],
    ['no managers', { managers: 0 }, 'invalid-option at options.managers'],
    ['too many managers', { managers: 10_001 }, 'invalid-option at options.managers'],
    ['a fractional day count', { days: 2.5 }, 'invalid-option at options.days'],
    ['more than ten years', { days: 3661 }, 'invalid-option at options.days'],
    ['an unknown profile', { profile: 'retail' }, 'invalid-option at options.profile'],
    ['a bad start', { start: '2026-02-30' }, 'invalid-date at options.start'],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'invalid-time-zone at options.timeZone'],
    ['a bad currency', { currency: 'euro' }, 'invalid-currency at options.currency'],
    ['negative calls', { callsPerDay: -1 }, 'invalid-option at options.callsPerDay'],
    ['no agents', { agents: 0 }, 'invalid-option at options.agents'],
    ['a strength above 1', { strengths: [0.5, 1.2, 0.5] }, 'invalid-option at options.strengths[1]'],
    ['too few strengths', { strengths: [0.5] }, 'invalid-option at options.strengths'],
    ['strengths not an array', { strengths: 0.5 }, 'invalid-option at options.strengths'],
    ['a peak after closing', { callPeaks: [10, 20] }, 'invalid-option at options.callPeaks[1]'],
    ['no peaks', { callPeaks: [] }, 'invalid-option at options.callPeaks'],
    ['a period past 2198', { start: '2198-12-01', days: 40 }, 'invalid-option at options.days'],
    ['a start before 1905', { start: '1904-12-31' }, 'invalid-option at options.start'],
  ];
  it.each(bad)('%s', (_, override, expected) => {
    expect(failure(() => sampleDataset({ ...small, ...override } as never))).toBe(expected);
  });

  it('the earliest start and the latest end give records the normalisers accept', () => {
    for (const options of [
      { ...small, start: '1905-01-01', days: 30 },
      { ...small, start: '2198-10-03', days: 90, profile: 'consulting' as const },
    ]) {
      const rows = sampleRows(options);
      expect(() => normalizeDeals(rows.deals as never)).not.toThrow();
      expect(() => normalizeCustomers(rows.customers as never)).not.toThrow();
    }
  });

  it('no options object at all', () => {
    expect(failure(() => sampleDataset(null as never))).toBe('invalid-option at options');
    expect(failure(() => sampleRows(undefined as never))).toBe('invalid-option at options');
  });

  it('leaves the options untouched', () => {
    const options = { ...small, strengths: [0.2, 0.4, 0.6], callPeaks: [10, 15] };
    const copy = structuredClone(options);
    sampleDataset(options).toArrays();
    expect(options).toEqual(copy);
  });
});
