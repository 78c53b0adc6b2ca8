// evaluateManager at its edges: the checks of the manager and the chosen criteria (path and message),
// the overall rating exactly at 60 and 40, switched-off and not-applicable criteria in the notes and
// renormalisation, and the order of ties. October 2026 (UTC, 22 working days), B2B.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  evaluateManager,
  normalizeInteractions,
  normalizeManagers,
  normalizeSalesPlans,
  SCORECARD_CRITERIA,
  type ScorecardCriterion,
} from '../../src/index.js';
import { deal, errorOf, failure } from '../helpers.js';
import { agentManagers, allCalls, anna, budget, calls, interactions, li, october } from './fixtures.js';

const entry = (id: string) => SCORECARD_CRITERIA.find((c) => c.id === id)!;
const meetingRate = entry('sales.meetingRate');
const base = { manager: anna, period: october, profile: b2b };

describe('evaluateManager rejects bad input with its path and what it expected', () => {
  it('the input and the manager', () => {
    expect(failure(() => evaluateManager(42 as never))).toBe('invalid-option at input');
    expect(errorOf(() => evaluateManager(null as never)).message).toBe('input: expected an object, got null');
    const { id: _id, ...noId } = anna;
    const { name: _name, ...noName } = anna;
    expect(failure(() => evaluateManager({ ...base, manager: noId as never }))).toBe(
      'invalid-option at input.manager',
    );
    expect(failure(() => evaluateManager({ ...base, manager: noName as never }))).toBe(
      'invalid-option at input.manager',
    );
    // A function is no manager, even with an id and a name.
    const fn = Object.defineProperties(() => 0, { id: { value: 'm1' }, name: { value: 'Anna Berg' } });
    expect(errorOf(() => evaluateManager({ ...base, manager: fn as never })).message).toMatch(
      /^input\.manager: expected a Manager from normalizeManager\(\), got /,
    );
  });

  it('the work calendar, named under input.calendar', () => {
    expect(failure(() => evaluateManager({ ...base, calendar: 5 as never }))).toBe(
      'invalid-option at input.calendar',
    );
    expect(
      failure(() => evaluateManager({ ...base, calendar: { weekendDays: [7], holidays: [] } as never })),
    ).toBe('invalid-option at input.calendar.weekendDays[0]');
  });

  it('the chosen criteria: an array of known, distinct registry entries with run()', () => {
    const criteria = (list: unknown) => failure(() => evaluateManager({ ...base, criteria: list as never }));
    expect(errorOf(() => evaluateManager({ ...base, criteria: 42 as never })).message).toBe(
      'input.criteria: expected an array of registry entries, got 42',
    );
    expect(criteria([meetingRate, 42])).toBe('invalid-option at input.criteria[1]');
    expect(criteria([null])).toBe('invalid-option at input.criteria[0]');
    expect(criteria([{ ...meetingRate, id: 'sales.unknown' }])).toBe('invalid-option at input.criteria[0]');
    const { run: _run, ...noRun } = meetingRate;
    expect(criteria([noRun])).toBe('invalid-option at input.criteria[0]');
    // A function carrying an entry's fields is no entry either.
    const fn = Object.assign(() => 0, { ...meetingRate });
    expect(criteria([fn])).toBe('invalid-option at input.criteria[0]');
    expect(errorOf(() => evaluateManager({ ...base, criteria: [null as never] })).message).toBe(
      'input.criteria[0]: expected a registry entry with a known criterion id and run(), got null',
    );
    expect(errorOf(() => evaluateManager({ ...base, criteria: [meetingRate, meetingRate] })).message).toBe(
      'input.criteria[1].id: expected each criterion once, got "sales.meetingRate"',
    );
  });
});

describe('the overall rating at the edges of the scale', () => {
  it('60 is good and 40 is fair', () => {
    // Li: 22 meetings ÷ 22 working days = 1, the good edge: 60.
    const good = evaluateManager({ ...base, manager: li, criteria: [meetingRate], interactions });
    expect(good.overall).toEqual({ score: 60, rating: 'good', scored: 1, renormalised: false });
    // 32 of 40 calls in 30 s = 0.8, the fair edge: 40.
    const fair = evaluateManager({
      ...base,
      criteria: [entry('contactCentre.serviceLevel')].map(({ appliesTo: _, ...e }) => e),
      calls: calls('a2', 32, 8, 90),
    });
    expect(fair.overall).toEqual({ score: 40, rating: 'fair', scored: 1, renormalised: false });
  });
});

describe('criteria that are not scored', () => {
  it('a criterion switched off is no part of the renormalisation', () => {
    // Service level weight 0: switched off. Only the meeting rate is scored; nothing is left out.
    const off = defineProfile(b2b, {
      id: 'no-calls',
      criteria: { 'contactCentre.serviceLevel': { weight: 0 } },
    });
    const card = evaluateManager({
      ...base,
      profile: off,
      criteria: [meetingRate, ...[entry('contactCentre.serviceLevel')].map(({ appliesTo: _, ...e }) => e)],
      interactions,
      calls: allCalls,
      agentManagers,
    });
    expect(card.overall).toEqual({ score: 70, rating: 'good', scored: 1, renormalised: false });
    expect(card.notes.map((n) => n.code)).toEqual(['scorecard.switched-off']);
  });

  it('with every criterion scored there is no note and no renormalisation', () => {
    const card = evaluateManager({ ...base, criteria: [meetingRate], interactions });
    expect(card.overall.renormalised).toBe(false);
    expect(card.notes).toEqual([]);
  });

  it('a sales criterion is not applicable to a contact-centre manager, naming the functions it applies to', () => {
    const [cc] = normalizeManagers([
      { id: 'm9', name: 'Chris Young', role: 'first-line', function: 'contact-centre', timeZone: 'UTC' },
    ]);
    const card = evaluateManager({ ...base, manager: cc!, criteria: [meetingRate], interactions: [] });
    expect(card.criteria[0]).toMatchObject({
      status: 'not-applicable',
      explanation: { inputs: { function: 'contact-centre', appliesTo: 'sales, account' } },
    });
  });
});

describe('a criterion without its records', () => {
  it('is no-records, naming every kind missing', () => {
    const card = evaluateManager({ ...base, criteria: [entry('sales.referrals')] });
    expect(card.criteria[0]).toMatchObject({
      status: 'no-records',
      explanation: { code: 'scorecard.no-records', inputs: { missing: 'interactions, deals' } },
    });
  });
});

describe('ties', () => {
  // Service level 36 of 40 = 0.9 and budget 9 700 ÷ 10 000 = 0.97: both excellent edges, 80; with
  // the same weight (1) both ways the tie goes to the service level (criterion order).
  const even = defineProfile(b2b, {
    id: 'even',
    criteria: {
      'contactCentre.serviceLevel': { weight: 1 },
      'contactCentre.budgetVariance': { weight: 1 },
      'contactCentre.monitoringScores': { weight: 1 },
    },
  });
  const tiedCard = (ids: readonly string[]) =>
    evaluateManager({
      ...base,
      profile: even,
      criteria: ids.map((id) => {
        const { appliesTo: _, ...e } = SCORECARD_CRITERIA.find((c) => c.id === id)!;
        return e as ScorecardCriterion;
      }),
      calls: calls('a1', 36, 4, 45),
      budgetLines: budget('m1', '9700'),
    });

  it('of equal score and weight, the strongest and weakest are the first in criterion order', () => {
    const card = tiedCard(
      SCORECARD_CRITERIA.filter((c) => c.id.startsWith('contactCentre.')).map((c) => c.id),
    );
    expect(card.criteria.filter((c) => c.status === 'scored').map((c) => [c.criterion, c.score])).toEqual([
      ['contactCentre.serviceLevel', 80],
      ['contactCentre.budgetVariance', 80],
    ]);
    expect(card.strongest?.criterion).toBe('contactCentre.serviceLevel');
    expect(card.weakest?.criterion).toBe('contactCentre.serviceLevel');
  });

  it('a tie goes by criterion order, not by the order the criteria are given in', () => {
    // The same two excellent edges, with the entries given budget first.
    const card = tiedCard(['contactCentre.budgetVariance', 'contactCentre.serviceLevel']);
    // The card lists its criteria in criterion order, whatever order they were given in.
    expect(card.criteria.map((c) => c.criterion)).toEqual([
      'contactCentre.serviceLevel',
      'contactCentre.budgetVariance',
    ]);
    expect(card.strongest?.criterion).toBe('contactCentre.serviceLevel');
    expect(card.weakest?.criterion).toBe('contactCentre.serviceLevel');
  });

  it('next steps of criteria not scored come in criterion order', () => {
    // c-s1 met three times as a user, never a decision maker: a stalled account (decision-maker reach,
    // too few prospects to rate). D-3 slipped from 28 October to 3 November (plan attainment, unrated:
    // the plan is for another manager).
    const meetingsWithUser = normalizeInteractions(
      ['01', '02', '05'].map((d) => ({
        id: `mt-${d}`,
        managerId: 'm1',
        customerId: 'c-s1',
        kind: 'meeting' as const,
        at: `2026-10-${d}T14:00Z`,
        contactRole: 'user' as const,
      })),
    );
    const deals = [
      deal({
        id: 'D-3',
        stage: 'negotiation',
        amount: '10000',
        expectedCloseAt: '2026-11-03',
        closeDateChanges: [{ changedAt: '2026-10-27T09:00Z', from: '2026-10-28', to: '2026-11-03' }],
      }),
    ];
    const card = evaluateManager({
      ...base,
      criteria: [entry('sales.planAttainment'), entry('sales.decisionMakerReach')],
      interactions: meetingsWithUser,
      deals,
      plans: normalizeSalesPlans([]),
    });
    expect(card.criteria.map((c) => c.status)).toEqual(['insufficient-data', 'insufficient-data']);
    expect(card.nextSteps.map((s) => s.code)).toEqual([
      'sales.decisionMakerReach.meet-decision-makers',
      'sales.planAttainment.stop-slippage',
    ]);
  });
});
