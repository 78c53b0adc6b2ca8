import { describe, expect, it } from 'vitest';
import {
  b2b,
  evaluateManager,
  evaluateTeam,
  normalizeCustomers,
  normalizeManagers,
  normalizeRevenueRecords,
  SCORECARD_CRITERIA,
} from '../../src/index.js';
import { failure } from '../helpers.js';
import {
  agentManagers,
  allCalls,
  anna,
  budgetLines,
  calls,
  firstSix,
  interactions,
  li,
  meetings,
  october,
} from './fixtures.js';

describe('evaluateTeam', () => {
  const team = evaluateTeam({
    criteria: firstSix,
    managers: [anna, li],
    period: october,
    profile: b2b,
    interactions,
    calls: allCalls,
    budgetLines,
    agentManagers,
  });

  it("holds each manager's scorecard, in the order given", () => {
    expect(team.managers.map((c) => [c.manager.id, c.overall.score])).toEqual([
      ['m1', 76.7], // (2 × 70 + 3 × 80 + 1 × 80) / 6
      ['m2', 46.7], // (2 × 60 + 3 × 40 + 1 × 40) / 6
    ]);
  });

  it('ranks the managers by overall score', () => {
    expect(team.ranking).toEqual([
      { rank: 1, managerId: 'm1', name: 'Anna Berg', score: 76.7, rating: 'good' },
      { rank: 2, managerId: 'm2', name: 'Li Wei', score: 46.7, rating: 'fair' },
    ]);
  });

  it("spreads each criterion's scores over the team", () => {
    expect(team.distribution[0]).toEqual({
      criterion: 'sales.meetingRate',
      scored: 2,
      min: 60,
      median: 65, // (60 + 70) / 2
      max: 70,
      mean: 65,
      ratings: { excellent: 0, good: 2, fair: 0, poor: 0, 'insufficient-data': 0 },
      statuses: {
        scored: 2,
        'insufficient-data': 0,
        'no-records': 0,
        'switched-off': 0,
        'not-applicable': 0,
      },
    });
    expect(team.distribution[1]).toMatchObject({
      criterion: 'contactCentre.serviceLevel',
      min: 40,
      max: 80,
      mean: 60,
    });
    expect(team.distribution[1]?.ratings).toMatchObject({ excellent: 1, fair: 1 });
    expect(team.distribution[3]).toMatchObject({
      criterion: 'customer.resolutionEfficiency',
      scored: 0,
      min: null,
      median: null,
      mean: null,
      statuses: {
        scored: 0,
        'insufficient-data': 0,
        'no-records': 2,
        'switched-off': 0,
        'not-applicable': 0,
      },
    });
  });

  it('judges the contact-centre objectives over all the records', () => {
    const [sl, budget] = team.objectives;
    // (36 + 32) / (40 + 40) = 68 / 80 = 0.85: the good edge, 60.
    expect(sl).toMatchObject({
      criterion: 'contactCentre.serviceLevel',
      status: 'scored',
      value: 0.85,
      score: 60,
    });
    // (9 700 + 10 500) / (10 000 + 10 000) = 1.01: between fair 1.05 (40) and good 1 (60):
    // 40 + (1.05 − 1.01) / (1.05 − 1) × 20 = 40 + 0.8 × 20 = 56. September's line is not in October.
    expect(budget).toMatchObject({ criterion: 'contactCentre.budgetVariance', status: 'scored', score: 56 });
    expect(budget?.value).toBeCloseTo(1.01, 12);
  });

  it('splits records by manager in one pass, reading each iterable once', () => {
    let reads = 0;
    const once = <T>(list: readonly T[]): Iterable<T> => ({
      *[Symbol.iterator]() {
        reads++;
        if (reads > 2) throw new Error('iterated more than once');
        yield* list;
      },
    });
    const t = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: october,
      profile: b2b,
      interactions: once(interactions),
      calls: once(allCalls),
      agentManagers,
    });
    expect(reads).toBe(2);
    expect(t.managers.map((c) => c.criteria[0]?.score)).toEqual([70, 60]);
    expect(t.managers.map((c) => c.criteria[1]?.score)).toEqual([80, 40]);
  });

  it('attributes calls by team when no agent is mapped, and counts what nobody claims', () => {
    const byTeam = calls('a9', 30, 0, 0).map((c) => ({ ...c, teamId: 'north' }));
    const stray = meetings('m7', 3);
    const t = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: october,
      profile: b2b,
      interactions: [...interactions, ...stray],
      calls: [...byTeam, ...calls('a8', 2, 0, 0)],
      teamManagers: { north: 'm2' },
    });
    expect(t.managers[1]?.criteria[1]).toMatchObject({ criterion: 'contactCentre.serviceLevel', value: 1 });
    expect(t.managers[0]?.criteria[1]).toMatchObject({ status: 'insufficient-data', sampleSize: 0 });
    expect(t.unassignedRecords).toEqual({ interactions: 3, calls: 2 });
    expect(t.notes).toEqual([
      {
        code: 'scorecard.unassigned-records',
        message:
          '3 records of interactions belong to no manager in the list and were left out of the scorecards.',
        inputs: { kind: 'interactions', count: 3 },
      },
      {
        code: 'scorecard.unassigned-records',
        message: '2 records of calls belong to no manager in the list and were left out of the scorecards.',
        inputs: { kind: 'calls', count: 2 },
      },
    ]);
    // Unassigned calls still count for the team: 32 calls, all in time.
    expect(t.objectives[0]).toMatchObject({ value: 1, sampleSize: 32 });
  });

  it('shares a rank on equal scores, lists ties by id, and puts managers without a score last', () => {
    const [a, b, c, d] = normalizeManagers([
      { id: 'm4', name: 'D', role: 'first-line', function: 'sales', timeZone: 'UTC' },
      { id: 'm3', name: 'C', role: 'first-line', function: 'sales', timeZone: 'UTC' },
      { id: 'm5', name: 'E', role: 'first-line', function: 'sales', timeZone: 'UTC' },
      { id: 'm6', name: 'F', role: 'first-line', function: 'sales', timeZone: 'UTC' },
    ]);
    // m3 and m4: 22 meetings each (1 a day: 60); m5: 33 (1.5 a day: 70); m6: none (0 a day: 0).
    const t = evaluateTeam({
      criteria: firstSix,
      managers: [a!, b!, c!, d!],
      period: october,
      profile: b2b,
      interactions: [...meetings('m4', 22), ...meetings('m3', 22), ...meetings('m5', 33)],
      budgetLines: [],
    });
    expect(t.ranking.map((r) => [r.rank, r.managerId, r.score])).toEqual([
      [1, 'm5', 70],
      [2, 'm3', 60],
      [2, 'm4', 60],
      [4, 'm6', 0],
    ]);
    // m3 with no meetings scores 0: ranked second, not left out.
    const none = evaluateTeam({
      criteria: firstSix,
      managers: [a!, b!],
      period: october,
      profile: b2b,
      interactions: meetings('m4', 22),
    });
    expect(none.ranking.map((r) => [r.rank, r.managerId])).toEqual([
      [1, 'm4'],
      [2, 'm3'],
    ]);
    // No records at all: no overall score, no rank, listed by id.
    const noScore = evaluateTeam({ criteria: firstSix, managers: [a!, b!], period: october, profile: b2b });
    expect(noScore.ranking.map((r) => [r.rank, r.managerId, r.score])).toEqual([
      [null, 'm3', null],
      [null, 'm4', null],
    ]);
    expect(noScore.objectives.map((o) => o.status)).toEqual(['no-records', 'no-records']);
  });

  it('ranks a manager with no overall score after those with one', () => {
    // Anna's 40 calls are rated (0.9: 80); Li's agent took none, so Li has no score at all.
    const teamOf = (managers: (typeof anna)[]) =>
      evaluateTeam({
        criteria: firstSix,
        managers,
        period: october,
        profile: b2b,
        calls: allCalls.filter((c) => c.agentId === 'a1'),
        agentManagers,
      });
    const t = teamOf([li, anna]);
    expect(t.ranking.map((r) => [r.rank, r.managerId, r.score])).toEqual([
      [1, 'm1', 80],
      [null, 'm2', null],
    ]);
    // Given the other way round (the unscored manager compared first), the same ranking.
    expect(teamOf([anna, li]).ranking).toEqual(t.ranking);
  });

  it('judges the team objectives even with a custom registry that leaves them out', () => {
    const meetingRateOnly = SCORECARD_CRITERIA.find((c) => c.id === 'sales.meetingRate');
    const t = evaluateTeam({
      managers: [anna, li],
      period: october,
      profile: b2b,
      interactions,
      calls: allCalls,
      agentManagers,
      criteria: [meetingRateOnly!],
    });
    expect(t.managers[0]?.criteria.map((c) => c.criterion)).toEqual(['sales.meetingRate']);
    expect(t.distribution.map((d) => d.criterion)).toEqual(['sales.meetingRate']);
    expect(t.objectives.map((o) => [o.criterion, o.score])).toEqual([
      ['contactCentre.serviceLevel', 60],
      ['contactCentre.budgetVariance', null],
    ]);
  });

  it('has no distribution or objective for a criterion the profile does not know', () => {
    const { 'contactCentre.serviceLevel': _dropped, ...rest } = b2b.criteria;
    const older = { ...b2b, id: 'older', criteria: rest } as unknown as typeof b2b;
    const t = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: october,
      profile: older,
      calls: allCalls,
      agentManagers,
    });
    expect(t.distribution.map((d) => d.criterion)).not.toContain('contactCentre.serviceLevel');
    expect(t.objectives.map((o) => o.criterion)).toEqual(['contactCentre.budgetVariance']);
  });

  it("attributes revenue through its customer's manager", () => {
    const customers = normalizeCustomers([
      { id: 'c1', since: '2025-01-01', managerId: 'm1' },
      { id: 'c2', since: '2025-01-01', managerId: 'm9' },
    ]);
    const revenue = normalizeRevenueRecords(
      ['c1', 'c2', 'c3'].map((customerId) => ({
        customerId,
        period: '2026-10',
        amount: '100',
        currency: 'EUR',
      })),
    );
    // In a team: c1's revenue is Anna's; c2's manager (m9) and c3 (no customer record) are in nobody's list.
    const t = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: october,
      profile: b2b,
      customers,
      revenue,
    });
    expect(t.unassignedRecords).toEqual({ customers: 1, revenue: 2 });
    // For one manager: what names another manager (c2 of m9) is skipped; what names nobody (c3) is kept.
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      customers,
      revenue,
    });
    expect(card.skippedRecords).toEqual({ customers: 1, revenue: 1 });
  });

  it('rejects a bad manager list with the path', () => {
    const base = { period: october, profile: b2b };
    expect(failure(() => evaluateTeam(undefined as never))).toBe('invalid-option at input');
    expect(failure(() => evaluateTeam({ criteria: firstSix, ...base, managers: 'm1' as never }))).toBe(
      'invalid-option at input.managers',
    );
    expect(
      failure(() => evaluateTeam({ criteria: firstSix, ...base, managers: [anna, null as never] })),
    ).toBe('invalid-option at input.managers[1]');
    expect(failure(() => evaluateTeam({ criteria: firstSix, ...base, managers: [anna, li, anna] }))).toBe(
      'invalid-option at input.managers[2].id',
    );
  });
});
