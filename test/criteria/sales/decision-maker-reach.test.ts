import { describe, expect, it } from 'vitest';
import {
  b2b,
  type ContactRole,
  checkAggregatorLaws,
  consulting,
  type DecisionMakerReachRecord,
  decisionMakerReach,
  decisionMakerReachAggregator,
  defineProfile,
  evaluateDecisionMakerReach,
  measure,
  normalizeDeal,
  normalizeInteraction,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

let next = 0;
const meeting = (
  customerId: string,
  at: string,
  contactRole: ContactRole = 'user',
  extra: { managerId?: string; decisionMakerPresent?: boolean; kind?: 'meeting' | 'call' } = {},
) =>
  normalizeInteraction({
    id: ++next,
    managerId: extra.managerId ?? 'm1',
    customerId,
    kind: extra.kind ?? 'meeting',
    at,
    contactRole,
    ...(extra.decisionMakerPresent === undefined ? {} : { decisionMakerPresent: extra.decisionMakerPresent }),
  });
const deal = (id: string, customerId: string, stage: 'won' | 'lost' | 'proposal', closedAt?: string) =>
  normalizeDeal({
    id,
    managerId: 'm1',
    customerId,
    source: 'inbound',
    stage,
    amount: '1000',
    currency: 'EUR',
    createdAt: '2026-08-01',
    ...(closedAt === undefined ? {} : { closedAt }),
  });

const october = periodOf('2026-10');

// A consulting manager in October 2026 (UTC):
// - c1: 1 meeting with the decision maker (role), and two contracts won in October;
// - c2: 3 meetings with users only, no contract: stalled;
// - c3: 3 meetings, the third with a decision maker present (flag, role influencer): not stalled;
// - c4: 3 meetings with users, but a contract won in September: under contract, not stalled;
// - c5..c10: 1 meeting each with an influencer;
// skipped: a call with c2's decision maker (not a meeting), a November meeting, another manager's meeting,
// a lost deal and an open deal.
const interactions = [
  meeting('c1', '2026-10-01T10:00Z', 'decision-maker'),
  meeting('c2', '2026-10-02T10:00Z'),
  meeting('c2', '2026-10-09T10:00Z'),
  meeting('c2', '2026-10-16T10:00Z'),
  meeting('c3', '2026-10-05T10:00Z'),
  meeting('c3', '2026-10-12T10:00Z'),
  meeting('c3', '2026-10-19T10:00Z', 'influencer', { decisionMakerPresent: true }),
  meeting('c4', '2026-10-06T10:00Z'),
  meeting('c4', '2026-10-13T10:00Z'),
  meeting('c4', '2026-10-20T10:00Z'),
  ...['c5', 'c6', 'c7', 'c8', 'c9', 'c10'].map((c) => meeting(c, '2026-10-21T10:00Z', 'influencer')),
  meeting('c2', '2026-10-22T10:00Z', 'decision-maker', { kind: 'call' }),
  meeting('c5', '2026-11-02T10:00Z'),
  meeting('c11', '2026-10-07T10:00Z', 'user', { managerId: 'm2' }),
];
const deals = [
  deal('D-1', 'c1', 'won', '2026-10-15T12:00Z'),
  deal('D-2', 'c1', 'won', '2026-10-28T12:00Z'),
  deal('D-3', 'c4', 'won', '2026-09-20T12:00Z'),
  deal('D-4', 'c5', 'lost', '2026-10-10T12:00Z'),
  deal('D-5', 'c6', 'proposal'),
  // Won by c2 only in November: c2 is still stalled in October, and November's contract is not October's.
  deal('D-6', 'c2', 'won', '2026-11-05T12:00Z'),
  { ...deal('D-7', 'c7', 'won', '2026-10-05T12:00Z'), managerId: 'm2' },
];

describe('decisionMakerReach', () => {
  it('one contract from ten consulting prospects meets the norm', () => {
    const e = decisionMakerReach(
      { interactions, deals },
      { period: october, profile: consulting, managerId: 'm1' },
    );
    expect(e.details.prospectsMet).toBe(10); // c1..c10
    expect(e.details.customersSigned).toBe(1); // c1 (twice)
    expect(e.details.contractsSigned).toBe(2); // D-1, D-2
    expect(e.value).toBe(0.1); // 1 / 10
    expect(e.rating).toBe('good'); // consulting: one in ten is good
    expect(e.score).toBe(60); // exactly at good
    // meetings: 1 + 3 + 3 + 3 + 6 = 16, with a decision maker: c1's and c3's third = 2 → 2 / 16 = 0.125
    expect(e.details.meetings).toBe(16);
    expect(e.details.decisionMakerMeetings).toBe(2);
    expect(e.details.decisionMakerShare).toBe(0.125);
    expect(e.details.accountsWithDecisionMaker).toBe(2);
    expect(e.details.stalledAccounts).toEqual([{ customerId: 'c2', meetings: 3 }]);
    expect(e.details.outsidePeriod).toBe(3); // the November meeting, the September and the November contracts
    expect(e.explanation.code).toBe('sales.decisionMakerReach.rated');
    expect(e.warnings.map((w) => w.code)).toEqual(['sales.decisionMakerReach.stalled-accounts']);
    expect(e.warnings[0]?.inputs.customerIds).toBe('c2');
  });

  it('a B2B manager with many meetings and no contract has not reached the decision maker', () => {
    // 12 accounts met 3 times each with users, nothing signed: 0 / 12 = 0, the worst of the band.
    const many = Array.from({ length: 36 }, (_, n) =>
      meeting(
        `a${String(n % 12).padStart(2, '0')}`,
        `2026-10-${String(1 + (n % 28)).padStart(2, '0')}T09:00Z`,
      ),
    );
    const e = decisionMakerReach({ interactions: many, deals: [] }, { period: october, profile: b2b });
    expect(e.value).toBe(0);
    expect(e.rating).toBe('poor');
    expect(e.score).toBe(0);
    expect(e.details.decisionMakerShare).toBe(0);
    expect(e.details.stalledAccounts).toHaveLength(12);
    expect(e.details.stalledAccounts[0]).toEqual({ customerId: 'a00', meetings: 3 });
  });

  it('lists stalled accounts with most meetings first, then by id, after the threshold given', () => {
    const list = [
      meeting('b', '2026-10-01T10:00Z'),
      meeting('b', '2026-10-02T10:00Z'),
      meeting('a', '2026-10-01T10:00Z'),
      meeting('a', '2026-10-02T10:00Z'),
      meeting('z', '2026-10-01T10:00Z'),
      meeting('z', '2026-10-02T10:00Z'),
      meeting('z', '2026-10-03T10:00Z'),
      meeting('y', '2026-10-03T10:00Z'),
    ];
    const e = decisionMakerReach(
      { interactions: list, deals: [] },
      { period: october, profile: consulting, stalledAfterMeetings: 2 },
    );
    expect(e.details.stalledAccounts).toEqual([
      { customerId: 'z', meetings: 3 },
      { customerId: 'a', meetings: 2 },
      { customerId: 'b', meetings: 2 },
    ]);
    expect(e.details.stalledAfterMeetings).toBe(2);
    // The profile's threshold is used when the option is absent.
    const strict = defineProfile(consulting, {
      criteria: { 'sales.decisionMakerReach': { stalledAfterMeetings: 3 } },
    });
    expect(
      decisionMakerReach({ interactions: list, deals: [] }, { period: october, profile: strict }).details
        .stalledAccounts,
    ).toEqual([{ customerId: 'z', meetings: 3 }]);
  });

  it('no meeting gives insufficient-data; fewer than ten prospects is an insufficient sample', () => {
    const none = decisionMakerReach({ interactions: [], deals }, { period: october, profile: consulting });
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('sales.decisionMakerReach.no-prospects-met');
    expect(none.details.decisionMakerShare).toBeNull();
    const few = decisionMakerReach(
      { interactions: interactions.slice(0, 4), deals },
      { period: october, profile: consulting, managerId: 'm1' },
    );
    expect(few.details.prospectsMet).toBe(2);
    expect(few.explanation.code).toBe('sales.decisionMakerReach.insufficient-sample');
    expect(evaluateDecisionMakerReach(few.details, { profile: consulting }).rating).toBe('insufficient-data');
  });

  it('the aggregator obeys the laws over meetings and deals', () => {
    const records: DecisionMakerReachRecord[] = [
      ...interactions.map((record) => ({ type: 'interaction' as const, record })),
      ...deals.map((record) => ({ type: 'deal' as const, record })),
    ];
    checkAggregatorLaws(decisionMakerReachAggregator({ period: october, managerId: 'm1' }), records);
    const m = measure(decisionMakerReachAggregator({ period: october, managerId: 'm1' }), records);
    expect(m.contractsPerProspectMet).toBe(0.1);
    // A customer id `__proto__` is an ordinary key.
    const odd = measure(decisionMakerReachAggregator({ period: october, stalledAfterMeetings: 1 }), [
      { type: 'interaction', record: meeting('__proto__', '2026-10-01T10:00Z') },
    ]);
    expect(odd.stalledAccounts).toEqual([{ customerId: '__proto__', meetings: 1 }]);
  });

  it('rejects bad options and input with their path', () => {
    const bad = (o: unknown) =>
      failure(() => decisionMakerReachAggregator(o as Parameters<typeof decisionMakerReachAggregator>[0]));
    expect(bad(null)).toBe('invalid-option at options');
    expect(bad({ period: '2026-10' })).toBe('invalid-option at options.period');
    expect(bad({ period: october, managerId: 7 })).toBe('invalid-option at options.managerId');
    expect(bad({ period: october, stalledAfterMeetings: 0 })).toBe(
      'invalid-option at options.stalledAfterMeetings',
    );
    expect(bad({ period: october, stalledAfterMeetings: 2.5 })).toBe(
      'invalid-option at options.stalledAfterMeetings',
    );
    expect(failure(() => decisionMakerReach(null as never, { period: october, profile: consulting }))).toBe(
      'invalid-option at input',
    );
  });
});
