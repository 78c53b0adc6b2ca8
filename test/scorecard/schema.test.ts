import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  b2b,
  comparePeriods,
  evaluateManager,
  evaluateTeam,
  normalizeCustomers,
  normalizeFeedbackItems,
  normalizeSupportTickets,
  scorecardJsonSchemas,
} from '../../src/index.js';
import {
  agentManagers,
  allCalls,
  anna,
  budgetLines,
  firstSix,
  interactions,
  li,
  october,
} from './fixtures.js';

// Real results with every kind of criterion entry: scored (with Decimal-bearing budget details),
// insufficient-data, no-records, and a next step.
const records = {
  interactions,
  calls: allCalls,
  budgetLines,
  agentManagers,
  tickets: normalizeSupportTickets([{ id: 'T-1', customerId: 'c1', openedAt: '2026-10-05T09:00Z' }]),
  feedback: normalizeFeedbackItems([{ id: 'F-1', at: '2026-10-02', source: 'call' }]),
  customers: normalizeCustomers([{ id: 'c1', since: '2025-01-01', segment: 'vip', managerId: 'm2' }]),
  asOf: '2026-11-01T00:00:00Z',
};
const team = evaluateTeam({
  criteria: firstSix,
  managers: [anna, li],
  period: october,
  profile: b2b,
  ...records,
});
const card = evaluateManager({ criteria: firstSix, manager: li, period: october, profile: b2b, ...records });
// Li's own scorecard against the one in the team: the same manager, period and records.
const comparison = comparePeriods(card, team.managers[1]!);

const ajv = new Ajv2020({ allErrors: true, strict: true });

describe('the scorecard JSON Schemas', () => {
  it('validates a real manager scorecard', () => {
    const validate = ajv.compile(scorecardJsonSchemas.ManagerScorecard);
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expect(card.criteria.map((c) => c.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'insufficient-data',
      'insufficient-data',
      'insufficient-data',
    ]);
    expect(card.nextSteps.length).toBeGreaterThan(0);
  });

  it('validates a real team scorecard and a period comparison', () => {
    const team2 = ajv.compile(scorecardJsonSchemas.TeamScorecard);
    expect(team2(team), JSON.stringify(team2.errors)).toBe(true);
    const compare = ajv.compile(scorecardJsonSchemas.PeriodComparison);
    expect(compare(comparison), JSON.stringify(compare.errors)).toBe(true);
    expect(comparison.overall.change).toBe('unchanged');
  });

  it('rejects what is not a scorecard', () => {
    const validate = ajv.compile(scorecardJsonSchemas.ManagerScorecard);
    expect(validate({ ...card, overall: { ...card.overall, score: 140 } })).toBe(false);
    expect(validate({ ...card, criteria: [{ ...card.criteria[0], status: 'great' }] })).toBe(false);
    expect(validate({ ...card, extra: 1 })).toBe(false);
    expect(validate({ ...card, kind: 'team-scorecard' })).toBe(false);
  });

  it('survives a JSON round trip unchanged: the results are plain data', () => {
    expect(JSON.parse(JSON.stringify(card))).toStrictEqual(card);
    expect(JSON.parse(JSON.stringify(team))).toStrictEqual(team);
    expect(JSON.parse(JSON.stringify(comparison))).toStrictEqual(comparison);
    // Money in details is written as decimal strings, not Decimal objects.
    const budget = card.criteria.find((c) => c.criterion === 'contactCentre.budgetVariance')!;
    expect((budget.details as { total: { budgeted: { amount: unknown } } }).total.budgeted.amount).toBe(
      '10000',
    );
    expect(card.asOf).toBe(Date.UTC(2026, 10, 1));
  });
});
