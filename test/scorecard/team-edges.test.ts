// evaluateTeam at its edges: bad input with its path and message, a manager without a score ranked after
// one scoring 0, and a team objective given as the caller's own entry. October 2026 (UTC), B2B.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  evaluateTeam,
  normalizeManagers,
  SCORECARD_CRITERIA,
  type ScorecardCriterion,
} from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';
import { agentManagers, allCalls, anna, li, october } from './fixtures.js';

const base = { managers: [anna, li], period: october, profile: b2b };

describe('evaluateTeam rejects bad input with its path and what it expected', () => {
  it('the input, its options and its managers', () => {
    expect(failure(() => evaluateTeam(null as never))).toBe('invalid-option at input');
    expect(errorOf(() => evaluateTeam(null as never)).message).toBe('input: expected an object, got null');
    expect(failure(() => evaluateTeam({ ...base, period: {} as never }))).toBe(
      'invalid-option at input.period',
    );
    expect(errorOf(() => evaluateTeam({ ...base, managers: 42 as never })).message).toBe(
      'input.managers: expected an array of managers, got 42',
    );
    expect(errorOf(() => evaluateTeam({ ...base, managers: [anna, anna] })).message).toBe(
      'input.managers[1].id: expected each manager once, got "m1"',
    );
  });
});

describe('the ranking', () => {
  it('a manager without an overall score comes after one who scored 0, whatever the order given', () => {
    // No event in October: Anna's event participation is 0 a month, score 0. Chris leads a contact
    // centre: the sales criterion is not applicable, so nothing is scored and he has no overall score.
    const [chris] = normalizeManagers([
      { id: 'm0', name: 'Chris Young', role: 'first-line', function: 'contact-centre', timeZone: 'UTC' },
    ]);
    const team = evaluateTeam({
      ...base,
      managers: [chris!, anna],
      criteria: SCORECARD_CRITERIA.filter((c) => c.id === 'sales.eventParticipation'),
      interactions: [],
    });
    expect(team.ranking).toEqual([
      { rank: 1, managerId: 'm1', name: 'Anna Berg', score: 0, rating: 'poor' },
      { rank: null, managerId: 'm0', name: 'Chris Young', score: null, rating: 'insufficient-data' },
    ]);
  });
});

describe('the team objectives', () => {
  it("are scored by the caller's own entry when the criteria hold one", () => {
    // The caller's service level counts agent a1's calls alone: 36 ÷ 40 = 0.9 = excellent (80), not
    // the registry's (36 + 32) ÷ 80 = 0.85 (60).
    const registry = SCORECARD_CRITERIA.find((c) => c.id === 'contactCentre.serviceLevel')!;
    const own: ScorecardCriterion = {
      ...registry,
      run: (r, c) => registry.run({ ...r, calls: r.calls!.filter((x) => x.agentId === 'a1') }, c),
    };
    const team = evaluateTeam({ ...base, criteria: [own], calls: allCalls, agentManagers });
    expect(team.objectives.map((o) => [o.criterion, o.status, o.score])).toEqual([
      ['contactCentre.serviceLevel', 'scored', 80],
      ['contactCentre.budgetVariance', 'no-records', null],
    ]);
  });
});
