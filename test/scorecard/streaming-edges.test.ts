// The streaming team scorecard at its edges, on the hand-built team of fixtures.ts (Anna m1 and Li m2,
// October 2026, B2B): bad input with its path and message, the team objectives when the chosen criteria
// leave them out or replace them, a profile without a criterion, budget conversion, the fallback's
// arrays and the attribution of revenue. Each card is checked against evaluateTeam on the same arrays.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type EvaluateTeamAsyncInput,
  evaluateTeam,
  evaluateTeamAsync,
  normalizeBudgetLines,
  normalizeCustomers,
  normalizeInteractions,
  normalizeRevenueRecords,
  SCORECARD_CRITERIA,
  type ScorecardCriterion,
  type ScorecardSources,
  scoreTeamStream,
} from '../../src/index.js';
import { agentManagers, allCalls, anna, budget, budgetLines, interactions, li, october } from './fixtures.js';

const base = { managers: [anna, li], period: october, profile: b2b, agentManagers };
const entry = (id: string) => SCORECARD_CRITERIA.find((c) => c.id === id)!;

/** The streaming team card, after checking it equals evaluateTeam's on the same records as arrays. */
async function both(input: EvaluateTeamAsyncInput, sources: ScorecardSources) {
  const streamed = await evaluateTeamAsync(input, sources);
  expect(streamed).toEqual(evaluateTeam({ ...input, ...sources } as never));
  return streamed;
}

const objectives = (team: Awaited<ReturnType<typeof evaluateTeamAsync>>) =>
  team.objectives.map((o) => [o.criterion, o.status, o.score]);

describe('scoreTeamStream rejects bad input with its path and what it expected', () => {
  it('input, sources and periods', async () => {
    await expect(scoreTeamStream(42 as never, [october], {})).rejects.toMatchObject({
      code: 'invalid-option',
      path: 'input',
      message: 'input: expected an object, got 42',
    });
    await expect(evaluateTeamAsync(null as never, {})).rejects.toMatchObject({
      path: 'input',
      message: 'input: expected an object, got null',
    });
    await expect(scoreTeamStream(base, [october], 42 as never)).rejects.toMatchObject({
      path: 'sources',
      message: 'sources: expected an object of record sources by kind, got 42',
    });
    await expect(scoreTeamStream(base, [], {})).rejects.toMatchObject({
      path: 'periods',
      message: 'periods: expected one period or more, got an array of 0',
    });
  });

  it('names the period by its index, and a source that is null or not iterable', async () => {
    await expect(scoreTeamStream(base, [october, {} as never], {})).rejects.toMatchObject({
      code: 'invalid-option',
      path: 'input.periods[1].period',
    });
    await expect(scoreTeamStream(base, [october], { calls: null } as never)).rejects.toMatchObject({
      code: 'invalid-option',
      path: 'sources.calls',
    });
    await expect(scoreTeamStream(base, [october], { calls: 42 } as never)).rejects.toMatchObject({
      path: 'sources.calls',
      message: 'sources.calls: expected an async iterable or iterable of normalised records, got 42',
    });
  });

  it('a budget line whose period is no month (not normalised) is an invalid period at that line', async () => {
    const line = { ...budget('m1', '9700')[0]!, period: '2026-13' };
    await expect(evaluateTeamAsync(base, { budgetLines: [line] })).rejects.toMatchObject({
      code: 'invalid-period',
      path: 'budgetLines[["CC-m1","staff","2026-13"]].period',
    });
    await expect(evaluateTeamAsync(base, { budgetLines: [{ ...line, id: 'b-7' }] })).rejects.toMatchObject({
      code: 'invalid-period',
      path: 'budgetLines[id=b-7].period',
      message:
        'budgetLines[id=b-7].period: expected a period label: YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD, got "2026-13"',
    });
  });
});

describe('the team objectives', () => {
  it('are scored even when the chosen criteria leave them out', async () => {
    // Calls: (36 + 32) ÷ 80 = 0.85 = good (60). Budget: (9 700 + 10 500) ÷ 20 000 = 1.01, between good 1
    // (60) and fair 1.05 (40): 60 − 0.01 ÷ 0.05 × 20 = 56 (Anna's September line is outside October).
    const team = await both(
      { ...base, criteria: [entry('sales.meetingRate')] },
      { interactions, calls: allCalls, budgetLines },
    );
    expect(objectives(team)).toEqual([
      ['contactCentre.serviceLevel', 'scored', 60],
      ['contactCentre.budgetVariance', 'scored', 56],
    ]);
  });

  it("are scored by the caller's own entry when given one, as evaluateTeam does", async () => {
    // The caller's service level counts agent a1's calls alone: 36 ÷ 40 = 0.9 = excellent (80), not
    // the registry's 0.85 (60) over both agents.
    const registry = entry('contactCentre.serviceLevel');
    const own: ScorecardCriterion = {
      ...registry,
      run: (r, c) => registry.run({ ...r, calls: r.calls!.filter((x) => x.agentId === 'a1') }, c),
    };
    const team = await both({ ...base, criteria: [entry('sales.meetingRate'), own] }, { calls: allCalls });
    expect(objectives(team)).toEqual([
      ['contactCentre.serviceLevel', 'scored', 80],
      ['contactCentre.budgetVariance', 'no-records', null],
    ]);
  });

  it("the caller's own entry gets the team's records whole, and only them", async () => {
    // Its run reports how many calls it was given: the team's 80 (40 per agent), no more, no fewer.
    const registry = entry('contactCentre.serviceLevel');
    const own: ScorecardCriterion = {
      ...registry,
      run: (r, c) => ({ ...registry.run(r, c), sampleSize: r.calls!.length }),
    };
    const team = await both({ ...base, criteria: [own] }, { calls: allCalls });
    expect(allCalls).toHaveLength(80);
    expect(team.objectives[0]).toMatchObject({ criterion: 'contactCentre.serviceLevel', sampleSize: 80 });
  });
});

describe('what the streaming side reads', () => {
  it('a profile without a criterion leaves it out, and gathers nothing for it', async () => {
    const { ['sales.meetingCallAlternation']: _left, ...criteria } = b2b.criteria;
    const profile = { ...b2b, criteria } as typeof b2b;
    const team = await both({ ...base, profile }, { interactions });
    expect(team.managers[0]!.criteria.map((c) => c.criterion)).not.toContain('sales.meetingCallAlternation');
    // Meetings: Anna 33 ÷ 22 = 1.5 (70), Li 22 ÷ 22 = 1 (60).
    expect(
      team.managers.map((m) => m.criteria.find((c) => c.criterion === 'sales.meetingRate')?.score),
    ).toEqual([70, 60]);
  });

  it('the budget objective converts into `currency` with the rates', async () => {
    // Anna 9 700 of 10 000 EUR; Li 10 500 of 10 000 USD at 0.5: 5 250 of 5 000 EUR. Team: 14 950 of
    // 15 000 = 0.99667, between excellent 0.97 (80) and good 1 (60): 60 + 0.00333 ÷ 0.03 × 20 = 62.22, rounded to 62.2.
    const lines = [
      ...budget('m1', '9700'),
      ...normalizeBudgetLines([
        {
          department: 'CC-m2',
          category: 'staff',
          period: '2026-10',
          budgeted: '10000',
          actual: '10500',
          currency: 'USD',
          managerId: 'm2',
        },
      ]),
    ];
    const team = await both(
      { ...base, currency: 'EUR', exchangeRates: { USD: '0.5' } },
      { budgetLines: lines },
    );
    const objective = team.objectives.find((o) => o.criterion === 'contactCentre.budgetVariance')!;
    expect(objective.value).toBeCloseTo(14_950 / 15_000, 10);
    expect(objective.score).toBe(62.2);
  });

  it("the caller's own entry is run on each manager's records, kept in arrays", async () => {
    // The caller's meeting rate reports the number of interactions it was given as its sample.
    const registry = entry('sales.meetingRate');
    const own: ScorecardCriterion = {
      ...registry,
      run: (r, c) => ({ ...registry.run(r, c), sampleSize: r.interactions!.length }),
    };
    const team = await both({ ...base, criteria: [own] }, { interactions });
    expect(team.managers.map((m) => [m.criteria[0]?.score, m.criteria[0]?.sampleSize])).toEqual([
      [70, 33],
      [60, 22],
    ]);
  });
});

describe('revenue reaches the manager of its customer, by customer id only', () => {
  it("an interaction whose id is a customer's id does not claim the customer's revenue", async () => {
    // c9 has no customer record; Li's interaction "c9" is no customer: the revenue stays unassigned.
    const team = await both(base, {
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

  it('a customer named again without a manager keeps the manager it was given', async () => {
    const team = await both(base, {
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
