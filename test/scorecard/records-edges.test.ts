// How evaluateTeam splits the records among its managers, at the edges: a kind that is null, an
// attribution map with a key "undefined", revenue reaching the manager of its customer by customer id
// only. October 2026 (UTC), B2B.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  evaluateTeam,
  normalizeCallRecords,
  normalizeCustomers,
  normalizeInteractions,
  normalizeRevenueRecords,
} from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';
import { anna, li, october } from './fixtures.js';

const base = { managers: [anna, li], period: october, profile: b2b };

describe('the records of a team', () => {
  it('a kind that is null or not iterable is an invalid option', () => {
    expect(failure(() => evaluateTeam({ ...base, calls: null as never }))).toBe(
      'invalid-option at records.calls',
    );
    expect(errorOf(() => evaluateTeam({ ...base, calls: 42 as never })).message).toBe(
      'records.calls: expected an array or iterable of normalised records, got 42',
    );
  });

  it('a call without an agent or team belongs to nobody, even with an attribution key "undefined"', () => {
    const calls = normalizeCallRecords([
      { id: 'C-1', queue: 'q', offeredAt: '2026-10-15T09:00:00Z', answeredAt: '2026-10-15T09:00:10Z' },
    ]);
    const team = evaluateTeam({
      ...base,
      calls,
      agentManagers: { undefined: 'm2' },
      teamManagers: { undefined: 'm2' },
    });
    expect(team.unassignedRecords).toMatchObject({ calls: 1 });
  });

  it("an interaction whose id is a customer's id does not claim the customer's revenue", () => {
    // c9 has no customer record; Li's interaction "c9" is no customer: the revenue stays unassigned.
    const team = evaluateTeam({
      ...base,
      interactions: normalizeInteractions([
        { id: 'c9', managerId: 'm2', kind: 'call', at: '2026-10-05T09:00Z' },
      ]),
      customers: normalizeCustomers([{ id: 'c1', managerId: 'm1', since: '2025-01-01' }]),
      revenue: normalizeRevenueRecords([
        { customerId: 'c9', period: '2026-10', amount: '100', currency: 'EUR' },
      ]),
    });
    expect(team.unassignedRecords).toMatchObject({ interactions: 0, customers: 0, revenue: 1 });
  });

  it('a customer named again without a manager keeps the manager it was given', () => {
    const team = evaluateTeam({
      ...base,
      customers: normalizeCustomers([
        { id: 'c1', managerId: 'm1', since: '2025-01-01' },
        { id: 'c1', since: '2025-01-01' },
      ]),
      revenue: normalizeRevenueRecords([
        { customerId: 'c1', period: '2026-10', amount: '100', currency: 'EUR' },
      ]),
    });
    expect(team.unassignedRecords).toMatchObject({ customers: 1, revenue: 0 });
  });
});
