// Edges of customer.relationshipCare that the customer-b mutation run found untested: the instants
// at each end of the period and of a relationship, a customer given twice in either order, merges
// of the last contact before the period, each warning's own condition, each half of the checks.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type CustomerInput,
  checkAggregatorLaws,
  defineProfile,
  measure,
  normalizeCallRecords,
  normalizeCustomers,
  normalizeInteractions,
  normalizeSupportTickets,
  periodOf,
  type RelationshipCareOptions,
  type RelationshipCareRecord,
  relationshipCare,
  relationshipCareAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10'); // 1 Oct 00:00 to 1 Nov 00:00 UTC

/** Key customers and their contacts (calls on the given instants), tagged for the aggregator. */
function records(people: CustomerInput[], contacts: [customerId: string | undefined, at: string][]) {
  const interactions = normalizeInteractions(
    contacts.map(([customerId, at], i) => ({ id: `i${i}`, managerId: 'm1', customerId, kind: 'call', at })),
  );
  return [
    ...normalizeCustomers(people).map((record) => ({ type: 'customer' as const, record })),
    ...interactions.map((record) => ({ type: 'interaction' as const, record })),
  ] as RelationshipCareRecord[];
}
const key = (id: string, extra: Partial<CustomerInput> = {}): CustomerInput => ({
  id,
  since: '2024-01-01',
  segment: 'key',
  ...extra,
});
const care = (list: RelationshipCareRecord[], options: Partial<RelationshipCareOptions> = {}) =>
  measure(relationshipCareAggregator({ period: october, ...options }), list);

describe('relationshipCare: the instants at the edges', () => {
  it('a contact at the period’s end is outside it, and is not the last contact', () => {
    const m = care(
      records(
        [key('K')],
        [
          ['K', '2026-10-05'],
          ['K', '2026-11-01T00:00Z'],
        ],
      ),
      { keyContactIntervalDays: 10 },
    );
    // 5 Oct → 1 Nov = 27 days.
    expect(m.overdue).toEqual([
      {
        customerId: 'K',
        segment: 'key',
        intervalDays: 10,
        longestGapDays: 27,
        lastContactAt: Date.UTC(2026, 9, 5),
      },
    ]);
  });

  it('a contact at the very instant the relationship ends still counts as the last one', () => {
    const m = care(
      records(
        [key('K', { until: '2026-10-20T00:00Z' })],
        [
          ['K', '2026-10-02'],
          ['K', '2026-10-20T00:00Z'],
        ],
      ),
      { keyContactIntervalDays: 10 },
    );
    expect(m.overdue[0]).toMatchObject({ longestGapDays: 18, lastContactAt: Date.UTC(2026, 9, 20) });
  });

  it('a relationship that goes on after the period is watched only to the period’s end', () => {
    // 2 Oct → 1 Nov is 30 days, within 30; to 1 Dec it would be 60.
    const m = care(records([key('K', { until: '2026-12-01' })], [['K', '2026-10-02']]));
    expect([m.keyCustomers, m.contactedInInterval]).toEqual([1, 1]);
  });

  it('a customer from the period’s end, or until its start, is not watched in it', () => {
    const m = care(
      records([key('late', { since: '2026-11-01T00:00Z' }), key('gone', { until: '2026-10-01T00:00Z' })], []),
    );
    expect(m.keyCustomers).toBe(0);
  });

  it('an interaction with no customer is no customer’s contact, even one called "undefined"', () => {
    const m = care(
      records(
        [key('undefined')],
        [
          [undefined, '2026-10-10'],
          ['undefined', '2026-10-02'],
        ],
      ),
      { keyContactIntervalDays: 20 },
    );
    expect(m.overdue.map((o) => o.longestGapDays)).toEqual([30]);
  });

  it('a contact before the relationship began does not move its start back', () => {
    // From 11 Oct; contacts on 5 Oct (before they were a customer) and 31 Oct. The gaps are 11 → 31 Oct
    // (20 days) and 31 Oct → 1 Nov: within 25. Counted from 5 Oct it would be 26 days, overdue.
    const m = care(
      records(
        [key('K', { since: '2026-10-11' })],
        [
          ['K', '2026-10-05'],
          ['K', '2026-10-31'],
        ],
      ),
      { keyContactIntervalDays: 25 },
    );
    expect([m.keyCustomers, m.contactedInInterval, m.overdue]).toEqual([1, 1, []]);
  });

  it('an interval of 0 days is the customer’s own, not a missing one', () => {
    const m = care(records([key('K', { contactIntervalDays: 0 })], [['K', '2026-10-02']]));
    expect(m.overdue[0]).toMatchObject({ intervalDays: 0, longestGapDays: 30 });
  });

  it('counts complaints and calls from the period’s first instant, not at its end', () => {
    const tickets = normalizeSupportTickets([
      { id: 't1', customerId: 'K', openedAt: '2026-10-01T00:00Z', complaint: true },
      { id: 't2', customerId: 'K', openedAt: '2026-11-01T00:00Z', complaint: true },
    ]);
    const calls = normalizeCallRecords(
      ['2026-10-01T00:00Z', '2026-11-01T00:00Z'].map((offeredAt, i) => ({
        id: `c${i}`,
        queue: 'care',
        offeredAt,
        outcome: 'answered' as const,
        waitSeconds: 5,
        vip: true,
      })),
    );
    const m = care([
      ...tickets.map((record) => ({ type: 'ticket' as const, record })),
      ...calls.map((record) => ({ type: 'call' as const, record })),
    ]);
    expect([m.complaints, m.vipCalls]).toEqual([1, 1]);
  });
});

describe('relationshipCare: one customer given twice, merges', () => {
  it('keeps the same record whatever the order', () => {
    // Two key records of K: since 2024 and since 15 October. Either order gives the same (larger) record:
    // since 15 Oct, so 17 days to 1 Nov, in care.
    const a = key('K');
    const b = key('K', { since: '2026-10-15' });
    for (const people of [
      [a, b],
      [b, a],
    ]) {
      expect(care(records(people, [])).contactedInInterval).toBe(1);
    }
  });

  it('merges the last contact before the period: the later one wins', () => {
    // K's contacts before October: 25 Sep and 10 Sep. With a 10-day interval the gap from 25 Sep to 5 Oct
    // is 10 days (in care); from 10 Sep it would be 25.
    const list = records(
      [key('K')],
      [
        ['K', '2026-09-25'],
        ['K', '2026-09-10'],
        ['K', '2026-10-05'],
        ['K', '2026-10-15'],
        ['K', '2026-10-25'],
      ],
    );
    for (const keyContactIntervalDays of [10, 9]) {
      const options = { period: october, keyContactIntervalDays };
      checkAggregatorLaws(relationshipCareAggregator(options), list);
      checkAggregatorLaws(relationshipCareAggregator(options), [...list].reverse());
    }
    expect(care(list, { keyContactIntervalDays: 10 }).contactedInInterval).toBe(1);
    expect(care(list, { keyContactIntervalDays: 9 }).overdue[0]).toMatchObject({
      longestGapDays: 10,
      lastContactAt: Date.UTC(2026, 9, 25),
    });
  });

  it('finish leaves the state as it was (the law check compares it before and after)', () => {
    const list = records(
      [key('K')],
      [
        ['K', '2026-10-20'],
        ['K', '2026-10-05'],
      ],
    );
    checkAggregatorLaws(relationshipCareAggregator({ period: october }), list);
  });
});

describe('relationshipCare: warnings', () => {
  const vipCalls = (vip: boolean, waits: number[]) =>
    normalizeCallRecords(
      waits.map((waitSeconds, i) => ({
        id: `${vip ? 'v' : 'o'}${i}`,
        queue: 'care',
        offeredAt: '2026-10-06T10:00Z',
        outcome: 'answered' as const,
        waitSeconds,
        vip,
      })),
    );
  const codes = (calls: ReturnType<typeof vipCalls>) =>
    relationshipCare({ customers: [], calls }, { period: october, profile: b2b }).warnings.map((w) => w.code);

  it('asks for VIP priority only where there are VIP calls and other calls, and VIPs do no better', () => {
    const priority = 'customer.relationshipCare.no-vip-priority';
    expect(codes(vipCalls(false, [5, 30]))).not.toContain(priority); // no VIP calls
    expect(codes(vipCalls(true, [30, 40]))).not.toContain(priority); // VIP 0 %, no other calls
    expect(codes([...vipCalls(true, [5, 10]), ...vipCalls(false, [5, 30])])).not.toContain(priority); // 100 % > 50 %
    expect(codes([...vipCalls(true, [5, 30]), ...vipCalls(false, [5, 30])])).toContain(priority); // 50 % = 50 %
  });

  it('a complaint follow-up exactly at the target is no warning; below it, the warning says hours', () => {
    const tickets = normalizeSupportTickets([
      {
        id: 't1',
        customerId: 'K',
        openedAt: '2026-10-05T09:00Z',
        firstResponseAt: '2026-10-05T15:00Z',
        complaint: true,
      },
      { id: 't2', customerId: 'K', openedAt: '2026-10-07T09:00Z', complaint: true },
    ]);
    const judge = (target: number) =>
      relationshipCare(
        { customers: [], tickets },
        {
          period: october,
          profile: defineProfile(b2b, {
            criteria: { 'customer.relationshipCare': { targetComplaintFollowUpShare: target } },
          }),
        },
      ).warnings;
    expect(judge(0.5)).toEqual([]);
    expect(judge(0.9)).toEqual([
      {
        code: 'customer.relationshipCare.late-complaint-follow-up',
        message: '1 of 2 complaints was followed up within 24 h (50 %); the target is 90 %.',
        inputs: { followedUp: 1, complaints: 2, target: 0.9 },
      },
    ]);
  });

  it('takes the VIP answer threshold from the profile when the options leave it out', () => {
    const slower = defineProfile(b2b, {
      criteria: { 'customer.relationshipCare': { vipAnswerThresholdSeconds: 30 } },
    });
    const r = relationshipCare(
      { customers: [], calls: vipCalls(true, [25]) },
      { period: october, profile: slower },
    );
    expect([r.details.vipAnswerThresholdSeconds, r.details.vipServiceLevel]).toEqual([30, 1]);
  });
});

describe('relationshipCare: options', () => {
  const at = (options: object) => failure(() => relationshipCareAggregator({ period: october, ...options }));
  it('checks each half of each test', () => {
    expect(failure(() => relationshipCareAggregator(5 as never))).toBe('invalid-option at options');
    expect(at({ period: null })).toBe('invalid-option at options.period');
    expect(at({ period: { start: Number.NaN, end: october.end } })).toBe('invalid-option at options.period');
    expect(at({ period: { start: october.start, end: Number.NaN } })).toBe(
      'invalid-option at options.period',
    );
    expect(at({ keyContactIntervalDays: Number.NaN })).toBe(
      'invalid-option at options.keyContactIntervalDays',
    );
    expect(at({ vipContactIntervalDays: 0 })).toBe('invalid-option at options.vipContactIntervalDays');
    // Seconds may be 0: a complaint answered at once, a VIP call answered without waiting.
    expect(at({ complaintFollowUpSeconds: 0, vipAnswerThresholdSeconds: 0 })).toBe('no error');
    expect(failure(() => relationshipCare(5 as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
    expect(failure(() => relationshipCare(null as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });
});

describe('relationshipCare before 1970', () => {
  it('a key customer who left mid-period is judged up to the day they left, also when that day is before 1970', () => {
    // The state marked "still a customer" with −1 and read any negative end as "none": a customer who
    // left on 10 October 1965 was judged to the end of October, 31 days without contact instead of 9.
    for (const year of ['1965', '2026']) {
      const m = measure(
        relationshipCareAggregator({ period: periodOf(`${year}-10`), keyContactIntervalDays: 20 }),
        records([key('K', { since: `${year}-01-01`, until: `${year}-10-10` })], []),
      );
      expect([m.keyCustomers, m.contactedShare, m.overdue]).toEqual([1, 1, []]);
    }
  });

  it('the same customer twice keeps one of the two records, whichever comes first, before 1970 too', () => {
    const period = periodOf('1965-10');
    const left = normalizeCustomers([key('K', { since: '1960-01-01', until: '1965-10-10' })]);
    const still = normalizeCustomers([key('K', { since: '1960-01-01' })]);
    const agg = relationshipCareAggregator({ period, keyContactIntervalDays: 20 });
    const one = agg.add(agg.init(), { type: 'customer', record: left[0]! });
    const other = agg.add(agg.init(), { type: 'customer', record: still[0]! });
    // The record with an end date wins over the one without, in either order.
    expect(agg.merge(one, other).customers).toEqual(agg.merge(other, one).customers);
    expect(agg.finish(agg.merge(other, one)).overdue).toEqual([]);
  });
});
