import { describe, expect, it } from 'vitest';
import { b2b, comparePeriods, defineProfile, evaluateManager } from '../../src/index.js';
import { failure } from '../helpers.js';
import {
  agentManagers,
  allCalls,
  anna,
  budget,
  budgetLines,
  calls,
  firstSix,
  interactions,
  li,
  meetings,
  november,
  october,
} from './fixtures.js';

describe('comparePeriods', () => {
  const octoberCard = evaluateManager({
    criteria: firstSix,
    manager: anna,
    period: october,
    profile: b2b,
    interactions,
    calls: allCalls,
    budgetLines,
    agentManagers,
  });
  // November 2026 has 21 working days. Anna: 42 meetings → 2 a day (excellent edge, 80);
  // calls 34 of 40 in time = 0.85 (good edge, 60); budget 10 000 of 10 000 = 1 (good edge, 60); no tickets given before or now.
  const novemberCalls = calls('a1', 34, 6, 45).map((c) => ({
    ...c,
    offeredAt: c.offeredAt + 86_400_000 * 5,
    ...(c.answeredAt === undefined ? {} : { answeredAt: c.answeredAt + 86_400_000 * 5 }),
  }));
  const novemberCard = evaluateManager({
    criteria: firstSix,
    manager: anna,
    period: november,
    profile: b2b,
    interactions: meetings('m1', 42, '11'),
    calls: novemberCalls,
    budgetLines: budget('m1', '10000', '2026-11'),
    agentManagers,
    tickets: [],
  });

  it('says what rose, what fell and by how much, per criterion and overall', () => {
    const diff = comparePeriods(novemberCard, octoberCard);
    // Overall: October 76.7; November (2 × 80 + 3 × 60 + 1 × 60) / 6 = 400 / 6 = 66.666… → 66.7. Fell by 10.
    expect(diff.overall).toEqual({
      change: 'fell',
      previous: { value: null, score: 76.7, rating: 'good' },
      current: { value: null, score: 66.7, rating: 'good' },
      scoreDelta: -10,
    });
    expect(diff.criteria.slice(0, 3)).toEqual([
      {
        criterion: 'sales.meetingRate',
        change: 'rose',
        unit: 'meetings/working day',
        previous: { value: 1.5, score: 70, rating: 'good' },
        current: { value: 2, score: 80, rating: 'excellent' },
        scoreDelta: 10,
        valueDelta: 0.5,
      },
      {
        criterion: 'contactCentre.serviceLevel',
        change: 'fell',
        unit: 'share of calls',
        previous: { value: 0.9, score: 80, rating: 'excellent' },
        current: { value: 0.85, score: 60, rating: 'good' },
        scoreDelta: -20,
        valueDelta: -0.05, // 0.85 − 0.9, rounded to 10 decimals (the float difference is −0.0500000000000000…4)
      },
      {
        criterion: 'contactCentre.budgetVariance',
        change: 'fell',
        unit: 'actual/budget',
        previous: { value: 0.97, score: 80, rating: 'excellent' },
        current: { value: 1, score: 60, rating: 'good' },
        scoreDelta: -20,
        valueDelta: 0.03,
      },
    ]);
    // Both fell by 20: equal moves keep criterion order.
    expect(diff.rose).toEqual(['sales.meetingRate']);
    expect(diff.fell).toEqual(['contactCentre.serviceLevel', 'contactCentre.budgetVariance']);
    // Tickets supplied (none) in November: still no score, as in October.
    expect(diff.criteria[3]).toMatchObject({
      criterion: 'customer.resolutionEfficiency',
      change: 'not-compared',
    });
    expect(diff.notes).toEqual([]);
  });

  it('marks criteria scored in only one of the periods as new or dropped', () => {
    const onlyMeetings = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: november,
      profile: b2b,
      interactions: meetings('m1', 42, '11'),
    });
    const back = comparePeriods(onlyMeetings, octoberCard);
    expect(back.dropped).toEqual(['contactCentre.serviceLevel', 'contactCentre.budgetVariance']);
    expect(back.criteria[1]).toMatchObject({ change: 'dropped', scoreDelta: null, valueDelta: null });
    const forth = comparePeriods(octoberCard, onlyMeetings);
    expect(forth.new).toEqual(['contactCentre.serviceLevel', 'contactCentre.budgetVariance']);
    // 76.7 − 80 = −3.3.
    expect(forth.overall).toMatchObject({ change: 'fell', scoreDelta: -3.3 });
  });

  it('compares against a card evaluated with fewer criteria: the ones it lacks are new', () => {
    const meetingRateOnly = evaluateManager({
      criteria: firstSix.filter((c) => c.id === 'sales.meetingRate'),
      manager: anna,
      period: november,
      profile: b2b,
      interactions: meetings('m1', 42, '11'),
    });
    const diff = comparePeriods(octoberCard, meetingRateOnly);
    // The service level is not on the November card at all: no previous value, score or rating.
    expect(diff.criteria.find((c) => c.criterion === 'contactCentre.serviceLevel')).toEqual({
      criterion: 'contactCentre.serviceLevel',
      change: 'new',
      unit: 'share of calls',
      previous: { value: null, score: null, rating: null },
      current: { value: 0.9, score: 80, rating: 'excellent' },
      scoreDelta: null,
      valueDelta: null,
    });
    expect(diff.new).toEqual(['contactCentre.serviceLevel', 'contactCentre.budgetVariance']);
  });

  it('reports an unchanged scorecard, and a profile change in a note', () => {
    const same = comparePeriods(octoberCard, octoberCard);
    expect(same.overall.change).toBe('unchanged');
    expect(same.unchanged).toEqual([
      'sales.meetingRate',
      'contactCentre.serviceLevel',
      'contactCentre.budgetVariance',
    ]);
    const other = defineProfile(b2b, { id: 'b2b-strict' });
    const strict = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: other,
      interactions,
      calls: allCalls,
      budgetLines,
      agentManagers,
    });
    expect(comparePeriods(strict, octoberCard).notes).toEqual([
      {
        code: 'scorecard.profile-changed',
        message: 'The two scorecards were judged against different profiles (b2b, then b2b-strict).',
        inputs: { previous: 'b2b', current: 'b2b-strict' },
      },
    ]);
  });

  it('compares scorecards read back from JSON', () => {
    const stored = JSON.parse(JSON.stringify(octoberCard));
    expect(comparePeriods(novemberCard, stored)).toEqual(comparePeriods(novemberCard, octoberCard));
  });

  it('compares no overall score as not compared', () => {
    const empty = evaluateManager({ criteria: firstSix, manager: anna, period: november, profile: b2b });
    expect(comparePeriods(empty, empty).overall).toMatchObject({ change: 'not-compared', scoreDelta: null });
    expect(comparePeriods(empty, octoberCard).overall).toMatchObject({ change: 'dropped', scoreDelta: null });
  });

  it("refuses to compare two managers' scorecards, or something that is not a scorecard", () => {
    const liCard = evaluateManager({
      criteria: firstSix,
      manager: li,
      period: october,
      profile: b2b,
      interactions,
    });
    expect(failure(() => comparePeriods(liCard, octoberCard))).toBe('invalid-option at previous.manager.id');
    expect(failure(() => comparePeriods({} as never, octoberCard))).toBe('invalid-option at current');
    expect(failure(() => comparePeriods(octoberCard, null as never))).toBe('invalid-option at previous');
  });
});
