// How evaluateTeam splits the records among its managers, at the edges: a kind that is null, an
// attribution map with a key "undefined". (Revenue reaching the manager of its customer by customer id
// only is in streaming-edges.test.ts, which checks evaluateTeam and evaluateTeamAsync together.)
// October 2026 (UTC), B2B.
import { describe, expect, it } from 'vitest';
import { b2b, evaluateTeam, normalizeCallRecords } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';
import { anna, li, october } from './fixtures.js';

const base = { managers: [anna, li], period: october, profile: b2b };

describe('the records of a team', () => {
  it('a kind that is null or not iterable is an invalid option', () => {
    expect(failure(() => evaluateTeam({ ...base, calls: null as never }))).toBe(
      'invalid-option at input.calls',
    );
    expect(errorOf(() => evaluateTeam({ ...base, calls: 42 as never })).message).toBe(
      'input.calls: expected an array or iterable of normalised records, got 42',
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
});
