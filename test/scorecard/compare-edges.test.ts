// comparePeriods at its edges: what it accepts as a scorecard, two managers, the order of what rose,
// and a criterion dropped from the later card. Anna, October and November 2026 (22 and 21 working days).
import { describe, expect, it } from 'vitest';
import { b2b, comparePeriods, evaluateManager, SCORECARD_CRITERIA } from '../../src/index.js';
import { errorOf, failure } from '../helpers.js';
import { agentManagers, anna, calls, li, meetings, november, october } from './fixtures.js';

const meetingRate = SCORECARD_CRITERIA.find((c) => c.id === 'sales.meetingRate')!;
// Anna leads a contact-centre team here too: the service level applies to her.
const { appliesTo: _, ...serviceLevel } = SCORECARD_CRITERIA.find(
  (c) => c.id === 'contactCentre.serviceLevel',
)!;
const both = [meetingRate, serviceLevel];
const shifted = (list: ReturnType<typeof calls>, days: number) =>
  list.map((c) => ({
    ...c,
    offeredAt: c.offeredAt + 86_400_000 * days,
    ...(c.answeredAt === undefined ? {} : { answeredAt: c.answeredAt + 86_400_000 * days }),
  }));

// October: 11 meetings ÷ 22 = 0.5 a day (40); 32 of 40 calls in time = 0.8 (40).
const before = evaluateManager({
  criteria: both,
  manager: anna,
  period: october,
  profile: b2b,
  interactions: meetings('m1', 11),
  calls: calls('a1', 32, 8, 90),
  agentManagers,
});

describe('comparePeriods at the edges', () => {
  it('lists what rose by the size of the rise, largest first', () => {
    // November: 21 meetings ÷ 21 = 1 a day (60, +20); 36 of 40 calls (moved from 28 October to
    // 2 November) = 0.9 (80, +40).
    const now = evaluateManager({
      criteria: both,
      manager: anna,
      period: november,
      profile: b2b,
      interactions: meetings('m1', 21, '11'),
      calls: shifted(calls('a1', 36, 4, 45), 5),
      agentManagers,
    });
    const diff = comparePeriods(now, before);
    expect(diff.criteria.map((c) => [c.criterion, c.scoreDelta])).toEqual([
      ['sales.meetingRate', 20],
      ['contactCentre.serviceLevel', 40],
    ]);
    expect(diff.rose).toEqual(['contactCentre.serviceLevel', 'sales.meetingRate']);
  });

  it('a criterion in the earlier card only is dropped, with its unit', () => {
    const now = evaluateManager({
      criteria: [meetingRate],
      manager: anna,
      period: november,
      profile: b2b,
      interactions: meetings('m1', 21, '11'),
    });
    const diff = comparePeriods(now, before);
    expect(diff.dropped).toEqual(['contactCentre.serviceLevel']);
    expect(diff.criteria[1]).toMatchObject({
      criterion: 'contactCentre.serviceLevel',
      change: 'dropped',
      unit: before.criteria[1]!.unit,
      current: { value: null, score: null, rating: null },
    });
  });

  it('takes manager scorecards only, of the same manager', () => {
    expect(failure(() => comparePeriods({ ...before, kind: 'team-scorecard' } as never, before))).toBe(
      'invalid-option at current',
    );
    // A function carrying a scorecard's kind and criteria is no scorecard either.
    const fn = Object.assign(() => 0, { kind: 'manager-scorecard', criteria: [] });
    expect(failure(() => comparePeriods(before, fn as never))).toBe('invalid-option at previous');
    expect(errorOf(() => comparePeriods(42 as never, before)).message).toBe(
      'current: expected a ManagerScorecard from evaluateManager(), got 42',
    );
    const lis = evaluateManager({
      criteria: [meetingRate],
      manager: li,
      period: october,
      profile: b2b,
      interactions: [],
    });
    expect(errorOf(() => comparePeriods(before, lis)).message).toBe(
      'previous.manager.id: expected the scorecard of the same manager (m1), got "m2"',
    );
  });
});
