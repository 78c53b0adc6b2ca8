// Epoch times before 1970 are negative, and a sentinel of −1 or a `% n` on a time goes wrong there
// without any test of 2026 noticing (three such bugs were found in training coverage, retention and
// relationship care). 1953 has the calendar of 2026 (both start on a Thursday, neither is a leap
// year), so the same sample team, generated from the same seed for September–October of each year,
// must get the same scorecard: the same status, value and rating on every criterion.
import { describe, expect, it } from 'vitest';
import { b2b, evaluateTeam, periodOf, sampleDataset } from '../../src/index.js';

function scorecard(year: string) {
  const data = sampleDataset({ seed: 7, managers: 4, days: 61, profile: 'b2b', start: `${year}-09-01` });
  const team = evaluateTeam({ ...data.toArrays(), period: periodOf(`${year}-10`), profile: b2b });
  return team.managers.map((card) => ({
    manager: card.manager.id,
    overall: card.overall,
    criteria: card.criteria.map((r) => [r.criterion, r.status, r.value, r.rating]),
  }));
}

describe('a scorecard before 1970', () => {
  it('1953 scores as 2026, criterion by criterion', () => {
    const now = scorecard('2026');
    expect(scorecard('1953')).toEqual(now);
    // Not an empty comparison: every manager has an overall score, and most criteria are scored.
    expect(now.every((c) => typeof c.overall.score === 'number')).toBe(true);
    expect(now.flatMap((c) => c.criteria.filter((r) => r[1] === 'scored')).length).toBeGreaterThan(30);
  });
});
