import { describe, expect, it } from 'vitest';
import {
  b2b,
  checkAggregatorLaws,
  defineProfile,
  measure,
  normalizeCallRecords,
  normalizeCustomers,
  normalizeInteractions,
  normalizeSupportTickets,
  periodOf,
  type RelationshipCareRecord,
  relationshipCare,
  relationshipCareAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10'); // 1 Oct 00:00 to 1 Nov 00:00 UTC
const customers = normalizeCustomers([
  { id: 'K1', since: '2024-01-01', segment: 'key' },
  { id: 'K2', since: '2024-01-01', segment: 'key' },
  { id: 'V1', since: '2024-01-01', segment: 'vip', contactIntervalDays: 7 },
  { id: 'V2', since: '2026-10-20', segment: 'vip' },
  { id: 'V3', since: '2024-01-01', until: '2026-09-15', segment: 'vip' },
  { id: 'K3', since: '2024-01-01', segment: 'key' },
  { id: 'S1', since: '2024-01-01', segment: 'standard' },
]);
const interactions = normalizeInteractions([
  { id: 'a1', managerId: 'm1', customerId: 'K1', kind: 'meeting', at: '2026-09-20' },
  { id: 'a2', managerId: 'm1', customerId: 'K1', kind: 'call', at: '2026-10-15' },
  { id: 'a3', managerId: 'm1', customerId: 'K2', kind: 'email', at: '2026-10-02' },
  { id: 'a4', managerId: 'm1', customerId: 'K2', kind: 'call', at: '2026-10-25', outcome: 'no-answer' },
  { id: 'a5', managerId: 'm1', customerId: 'V1', kind: 'call', at: '2026-10-05' },
  { id: 'a6', managerId: 'm1', customerId: 'V1', kind: 'message', at: '2026-10-12' },
  { id: 'a7', managerId: 'm1', customerId: 'V1', kind: 'meeting', at: '2026-10-26' },
  { id: 'a8', managerId: 'm1', customerId: 'K3', kind: 'event', at: '2026-10-14', eventType: 'fair' },
  { id: 'a9', managerId: 'm1', customerId: 'S1', kind: 'call', at: '2026-11-03' },
]);
const tickets = normalizeSupportTickets([
  {
    id: 'C1',
    customerId: 'K1',
    openedAt: '2026-10-05T09:00Z',
    firstResponseAt: '2026-10-05T15:00Z',
    complaint: true,
  },
  {
    id: 'C2',
    customerId: 'K2',
    openedAt: '2026-10-07T09:00Z',
    firstResponseAt: '2026-10-09T09:00Z',
    complaint: true,
  },
  { id: 'C3', customerId: 'V1', openedAt: '2026-10-08T09:00Z', complaint: true },
  { id: 'C4', customerId: 'V1', openedAt: '2026-10-08T09:00Z' },
  { id: 'C5', customerId: 'V1', openedAt: '2026-09-30T09:00Z', complaint: true },
]);
const call = (
  id: string,
  vip: boolean,
  outcome: 'answered' | 'abandoned',
  waitSeconds: number,
  day = '2026-10-06',
) => ({
  id,
  queue: 'care',
  offeredAt: `${day}T10:00:00Z`,
  outcome,
  waitSeconds,
  vip,
});
const calls = normalizeCallRecords([
  call('v1', true, 'answered', 10),
  call('v2', true, 'answered', 15),
  call('v3', true, 'answered', 25),
  call('v4', true, 'abandoned', 5),
  call('v5', true, 'answered', 5, '2026-09-30'),
  call('o1', false, 'answered', 5),
  call('o2', false, 'answered', 30),
  call('o3', false, 'answered', 12),
  call('o4', false, 'abandoned', 40),
]);
const tagged: RelationshipCareRecord[] = [
  ...customers.map((record) => ({ type: 'customer' as const, record })),
  ...interactions.map((record) => ({ type: 'interaction' as const, record })),
  ...tickets.map((record) => ({ type: 'ticket' as const, record })),
  ...calls.map((record) => ({ type: 'call' as const, record })),
];
const input = { customers, interactions, tickets, calls };

describe('customer.relationshipCare', () => {
  it('checks that key and VIP customers were contacted with no gap longer than their interval', () => {
    const m = relationshipCare(input, { period: october, profile: b2b }).details;
    // b2b: key 30 days, VIP 14 days.
    // K1: 20 Sep → 15 Oct = 25 d, 15 Oct → 1 Nov = 17 d: in care.
    // K2: 1 Oct → 2 Oct = 1 d, 2 Oct → 1 Nov = 30 d (the no-answer call does not count): in care, at the limit.
    // V1 (own interval 7): 1→5 Oct 4 d, 5→12 7 d, 12→26 14 d: overdue.
    // V2 (customer since 20 Oct): 20 Oct → 1 Nov = 12 d ≤ 14: in care.
    // V3 ended in September: not counted. K3: only an event, 31 days without contact: overdue. S1 is standard.
    expect([m.keyCustomers, m.contactedInInterval, m.contactedShare]).toEqual([5, 3, 0.6]);
    expect(m.overdue).toEqual([
      { customerId: 'K3', segment: 'key', intervalDays: 30, longestGapDays: 31, lastContactAt: null },
      {
        customerId: 'V1',
        segment: 'vip',
        intervalDays: 7,
        longestGapDays: 14,
        lastContactAt: Date.UTC(2026, 9, 26),
      },
    ]);
  });

  it('follows up complaints within the set time', () => {
    const m = relationshipCare(input, { period: october, profile: b2b }).details;
    // C1 answered in 6 h (≤ 24 h), C2 in 48 h, C3 never; C4 is no complaint; C5 is from September: 1 / 3.
    expect([m.complaints, m.complaintsFollowedUp]).toEqual([3, 1]);
    expect(m.complaintFollowUpShare).toBeCloseTo(1 / 3, 12);
    // With two days allowed, C2 counts: 2 / 3.
    const lenient = relationshipCare(input, {
      period: october,
      profile: b2b,
      complaintFollowUpSeconds: 172_800,
    });
    expect(lenient.details.complaintsFollowedUp).toBe(2);
  });

  it("measures the VIP customers' own service level against the others'", () => {
    const m = relationshipCare(input, { period: october, profile: b2b }).details;
    // VIP in October: 10 s, 15 s answered in time; 25 s late; one abandoned → 2 / 4. The September call is outside.
    // Others: 5 s, 12 s in time; 30 s late; one abandoned → 2 / 4.
    expect([m.vipCalls, m.vipServiceLevel, m.otherServiceLevel, m.vipAnswerThresholdSeconds]).toEqual([
      4, 0.5, 0.5, 20,
    ]);
  });

  it('a manager with 60 % of key customers in care is rated poor, with warnings on complaints and VIP priority', () => {
    const result = relationshipCare(input, { period: october, profile: b2b });
    // 0.6 between worst 0.5 (0) and fair 0.7 (40): (0.6 − 0.5) / 0.2 × 40 = 20.
    expect([result.value, result.rating, result.score, result.sampleSize]).toEqual([0.6, 'poor', 20, 5]);
    expect(result.explanation.code).toBe('customer.relationshipCare.rated');
    expect(result.warnings.map((w) => w.code)).toEqual([
      'customer.relationshipCare.late-complaint-follow-up',
      'customer.relationshipCare.vip-service-level',
      'customer.relationshipCare.no-vip-priority',
    ]);
  });

  it('a VIP service level that meets its target exactly gives no VIP warning', () => {
    // VIP 2 / 4 = 0.5 (above): a target of 0.5 is met, one of 0.51 is not.
    const at = (target: number) =>
      relationshipCare(input, {
        period: october,
        profile: defineProfile(b2b, {
          criteria: { 'customer.relationshipCare': { targetVipServiceLevel: target } },
        }),
      }).warnings.map((w) => w.code);
    expect(at(0.5)).not.toContain('customer.relationshipCare.vip-service-level');
    expect(at(0.51)).toContain('customer.relationshipCare.vip-service-level');
  });

  it('takes the intervals from the profile: with 31-day key intervals K3 is in care too', () => {
    const relaxed = defineProfile(b2b, {
      criteria: { 'customer.relationshipCare': { keyContactIntervalDays: 31 } },
    });
    // 4 / 5 = 0.8: between fair 0.7 (40) and good 0.85 (60): 40 + 0.1 / 0.15 × 20 = 53.3.
    const result = relationshipCare(input, { period: october, profile: relaxed });
    expect(result.value).toBe(0.8);
    expect(result.rating).toBe('fair');
    expect(result.score).toBe(53.3);
  });

  it('is insufficient-data without key or VIP customers, or below the minimum sample', () => {
    const none = relationshipCare({ customers: [] }, { period: october, profile: b2b });
    expect([none.rating, none.value, none.explanation.code]).toEqual([
      'insufficient-data',
      null,
      'customer.relationshipCare.no-key-customers',
    ]);
    expect([
      none.details.complaintFollowUpShare,
      none.details.vipServiceLevel,
      none.details.otherServiceLevel,
    ]).toEqual([null, null, null]);
    const few = relationshipCare(
      { customers: customers.slice(0, 2), interactions },
      { period: october, profile: b2b },
    );
    expect(few.explanation.code).toBe('customer.relationshipCare.insufficient-sample');
  });

  it('keeps the aggregator laws, also with a customer given twice', () => {
    checkAggregatorLaws(relationshipCareAggregator({ period: october }), tagged);
    const twice = normalizeCustomers([
      { id: '__proto__', since: '2024-01-01', segment: 'key' },
      { id: '__proto__', since: '2024-01-01', segment: 'vip' },
    ]);
    const records: RelationshipCareRecord[] = [
      ...twice.map((record) => ({ type: 'customer' as const, record })),
      { type: 'interaction', record: interactions[1]! },
    ];
    checkAggregatorLaws(relationshipCareAggregator({ period: october }), records);
    // The larger record wins whatever the order: the VIP one.
    expect(measure(relationshipCareAggregator({ period: october }), records).overdue[0]?.segment).toBe('vip');
  });

  it('ends the watch when the relationship ends, and ignores customers who start after the period', () => {
    const more = normalizeCustomers([
      { id: 'U1', since: '2024-01-01', until: '2026-10-11', segment: 'key' },
      { id: 'U1', since: '2024-01-01', until: '2026-10-11', segment: 'key' },
      { id: 'F1', since: '2026-11-05', segment: 'key' },
    ]);
    const contacts = normalizeInteractions([
      { id: 'u1', managerId: 'm1', customerId: 'U1', kind: 'call', at: '2026-09-25' },
      { id: 'u2', managerId: 'm1', customerId: 'U1', kind: 'call', at: '2026-09-10' },
      { id: 'u3', managerId: 'm1', customerId: 'U1', kind: 'call', at: '2026-10-05' },
      { id: 'u4', managerId: 'm1', customerId: 'U1', kind: 'call', at: '2026-10-20' },
      { id: 'u5', managerId: 'm1', kind: 'event', at: '2026-10-06', eventType: 'fair' },
    ]);
    const records: RelationshipCareRecord[] = [
      ...more.map((record) => ({ type: 'customer' as const, record })),
      ...contacts.map((record) => ({ type: 'interaction' as const, record })),
    ];
    // U1 until 11 Oct: last contact before the period 25 Sep (not 10 Sep) → 5 Oct: 10 d; 5 → 11 Oct: 6 d.
    // The 20 Oct call comes after the relationship ended. F1 starts after October.
    const m = measure(relationshipCareAggregator({ period: october, keyContactIntervalDays: 10 }), records);
    expect([m.keyCustomers, m.contactedInInterval]).toEqual([1, 1]);
    const strict = measure(
      relationshipCareAggregator({ period: october, keyContactIntervalDays: 9 }),
      records,
    );
    expect(strict.overdue).toEqual([
      {
        customerId: 'U1',
        segment: 'key',
        intervalDays: 9,
        longestGapDays: 10,
        lastContactAt: Date.UTC(2026, 9, 5),
      },
    ]);
    checkAggregatorLaws(relationshipCareAggregator({ period: october }), records);
  });

  it('rejects bad options and input with the path', () => {
    expect(failure(() => relationshipCareAggregator({ period: 1 as never }))).toBe(
      'invalid-option at options.period',
    );
    expect(failure(() => relationshipCareAggregator(null as never))).toBe('invalid-option at options');
    expect(failure(() => relationshipCareAggregator({ period: october, keyContactIntervalDays: 0 }))).toBe(
      'invalid-option at options.keyContactIntervalDays',
    );
    expect(
      failure(() => relationshipCareAggregator({ period: october, vipAnswerThresholdSeconds: -1 })),
    ).toBe('invalid-option at options.vipAnswerThresholdSeconds');
    expect(failure(() => relationshipCare(undefined as never, { period: october, profile: b2b }))).toBe(
      'invalid-option at input',
    );
  });
});
