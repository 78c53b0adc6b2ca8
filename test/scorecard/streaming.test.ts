import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Aggregator } from '../../src/core/aggregator.js';
import {
  b2b,
  b2c,
  evaluateTeam,
  evaluateTeamAsync,
  periodOf,
  SCORECARD_CRITERIA,
  SCORECARD_RECORD_KINDS,
  type ScorecardContext,
  type ScorecardCriterion,
  type ScorecardRecordKind,
  STREAMING_CRITERIA,
  sampleDataset,
  scoreTeamStream,
} from '../../src/index.js';
import { toPlainJson } from '../../src/scorecard/plain.js';
import { splitRecords } from '../../src/scorecard/records.js';

// The CLI's bundled sample, October 2026 with September before it (61 days), and the contact-centre
// managers cc-N leading teams t-N, as `cs-metrics report` scores it.
const october = periodOf('2026-10', 'Europe/Berlin');
const september = periodOf('2026-09', 'Europe/Berlin');
const data = sampleDataset({
  seed: 42,
  managers: 8,
  days: 61,
  profile: 'b2b',
  start: '2026-09-01',
  timeZone: 'Europe/Berlin',
});
const managers = [...data.managers];
const teamManagers: Record<string, string> = {};
for (const m of managers) if (m.id.startsWith('cc-')) teamManagers[`t-${m.id.slice(3)}`] = m.id;
// Arrays, so both scorecards read the same records (the sample's iterables are lazy).
const records = Object.fromEntries(
  SCORECARD_RECORD_KINDS.map((kind) => [kind, [...(data[kind] as Iterable<unknown>)]]),
) as Record<ScorecardRecordKind, unknown[]>;
async function* stream<T>(list: readonly T[]): AsyncGenerator<T> {
  yield* list;
}
const streams = () =>
  Object.fromEntries(SCORECARD_RECORD_KINDS.map((kind) => [kind, stream(records[kind])])) as never;

describe('STREAMING_CRITERIA', () => {
  it('has an entry for every wired registry entry', () => {
    expect(STREAMING_CRITERIA.map((s) => s.id)).toEqual(SCORECARD_CRITERIA.map((c) => c.id));
  });

  // For every criterion and every manager of the sample: the criterion's aggregator fed the kinds the
  // table names (tagged as it says), finished and evaluated, equals the registry entry's `run` (the
  // criterion's convenience function) on the same manager's arrays.
  const split = splitRecords(
    records as never,
    managers.map((m) => m.id),
    { teamManagers },
  );
  const context = (managerId: string): ScorecardContext => ({
    period: october,
    profile: b2b,
    managerId,
    calendar: b2b.calendar,
    asOf: undefined,
  });
  it.each(STREAMING_CRITERIA.map((s) => [s.id, s] as const))('%s equals its registry entry', (id, s) => {
    const entry = SCORECARD_CRITERIA.find((c) => c.id === id) as ScorecardCriterion;
    expect(Object.keys(s.kinds).sort()).toEqual([...entry.needs, ...entry.uses].sort());
    let evaluated = 0;
    for (const m of managers) {
      const mine = split.byManager.get(m.id)!;
      const c = context(m.id);
      const aggregator = s.aggregator(c) as Aggregator<unknown, unknown, unknown>;
      let state = aggregator.init();
      for (const [kind, tag] of Object.entries(s.kinds)) {
        for (const record of mine[kind as ScorecardRecordKind] ?? []) {
          state = aggregator.add(state, tag === null ? record : { type: tag, record });
        }
      }
      const streamed = s.evaluate(aggregator.finish(state), c);
      expect(streamed).toEqual(entry.run(mine, c));
      const empty = s.evaluate(aggregator.finish(aggregator.init()), c);
      if (!isDeepStrictEqual(toPlainJson(streamed.details), toPlainJson(empty.details))) evaluated++;
    }
    // Not vacuous: the records change each criterion's metrics for at least one of the 8 managers.
    expect(evaluated).toBeGreaterThan(0);
  });
});

describe('evaluateTeamAsync', () => {
  it('gives exactly what evaluateTeam gives on the sample (every criterion, the team objectives)', async () => {
    const expected = evaluateTeam({
      managers,
      period: october,
      profile: b2b,
      teamManagers,
      ...records,
    } as never);
    const team = await evaluateTeamAsync(
      { managers, period: october, profile: b2b, teamManagers },
      streams(),
    );
    expect(team).toEqual(expected);
    expect(team.objectives.map((o) => o.status)).toEqual(['scored', 'scored']);
    expect(team.managers.filter((c) => c.overall.score !== null)).toHaveLength(managers.length);
  });

  it('scores the previous period in the same pass, each as evaluateTeam does', async () => {
    let read = 0;
    const [now, before] = await scoreTeamStream(
      { managers, period: october, profile: b2b, teamManagers, onRecord: () => read++ },
      [october, september],
      streams(),
    );
    // Each record was read once, for both periods.
    expect(read).toBe(SCORECARD_RECORD_KINDS.reduce((n, kind) => n + records[kind].length, 0));
    expect(now).toEqual(
      evaluateTeam({ managers, period: october, profile: b2b, teamManagers, ...records } as never),
    );
    expect(before).toEqual(
      evaluateTeam({ managers, period: september, profile: b2b, teamManagers, ...records } as never),
    );
  });

  it('passes exchange rates, the reporting currency and switched-off criteria through as evaluateTeam does', async () => {
    // b2c switches events off (weight 0); rates and the budget's reporting currency reach the plan,
    // funnel and budget criteria; a profile without an entry for retention leaves it unevaluated.
    const { ['customer.retention']: _left, ...criteria } = b2c.criteria;
    const profile = { ...b2c, criteria } as typeof b2c;
    const input = {
      managers,
      period: october,
      profile,
      teamManagers,
      exchangeRates: { USD: '0.92' },
      currency: 'EUR',
      asOf: '2026-11-01T00:00:00Z',
    };
    const expected = evaluateTeam({ ...input, ...records } as never);
    const team = await evaluateTeamAsync(input, streams());
    expect(team).toEqual(expected);
    const card = team.managers[0]!;
    expect(card.criteria.find((c) => c.criterion === 'sales.eventParticipation')?.status).toBe(
      'switched-off',
    );
    expect(team.objectives.find((o) => o.criterion === 'contactCentre.budgetVariance')?.status).toBe(
      'scored',
    );
  });

  it('reads a kind that no chosen criterion reads, and drops it', async () => {
    const criteria = SCORECARD_CRITERIA.filter((c) => c.id === 'sales.meetingRate');
    const input = { managers, period: october, profile: b2b, teamManagers, criteria };
    let plans = 0;
    const team = await evaluateTeamAsync(
      { ...input, onRecord: (kind) => void (kind === 'plans' && plans++) },
      { interactions: records.interactions, plans: records.plans } as never,
    );
    expect(plans).toBe(records.plans.length);
    expect(plans).toBeGreaterThan(0);
    expect(team).toEqual(
      evaluateTeam({ ...input, interactions: records.interactions, plans: records.plans } as never),
    );
  });

  it('reads plain iterables too, and leaves kinds not supplied as no-records', async () => {
    const input = { managers, period: october, profile: b2b, teamManagers, asOf: '2026-11-01T00:00:00Z' };
    const expected = evaluateTeam({
      ...input,
      interactions: records.interactions,
      calls: records.calls,
    } as never);
    const team = await evaluateTeamAsync(input, {
      interactions: records.interactions,
      calls: records.calls,
    } as never);
    expect(team).toEqual(expected);
    expect(team.managers[0]?.criteria.find((c) => c.criterion === 'sales.planAttainment')?.status).toBe(
      'no-records',
    );
  });

  it('scores a registry entry without a streaming side by keeping its kinds (the fallback)', async () => {
    // The caller's own entry (not the registry's object, though its id is): it runs the meeting rate
    // on the arrays, as evaluateTeam would, rather than the satisfaction lane.
    const meetingRate = SCORECARD_CRITERIA.find((c) => c.id === 'sales.meetingRate')!;
    const custom: ScorecardCriterion = { ...meetingRate, id: 'customer.satisfaction' };
    const criteria = [meetingRate, custom];
    const input = { managers, period: october, profile: b2b, teamManagers, criteria };
    const expected = evaluateTeam({ ...input, interactions: records.interactions } as never);
    const team = await evaluateTeamAsync(input, { interactions: stream(records.interactions) } as never);
    expect(team).toEqual(expected);
    const card = team.managers[0]!;
    expect(card.criteria.map((c) => [c.criterion, c.score])).toEqual([
      ['sales.meetingRate', card.criteria[0]!.score],
      ['customer.satisfaction', card.criteria[0]!.score],
    ]);
  });

  it('rejects bad input with the path', async () => {
    const input = { managers, period: october, profile: b2b };
    await expect(evaluateTeamAsync(null as never, {})).rejects.toMatchObject({
      code: 'invalid-option',
      path: 'input',
    });
    await expect(evaluateTeamAsync(input, null as never)).rejects.toMatchObject({ path: 'sources' });
    await expect(evaluateTeamAsync(input, { calls: 42 } as never)).rejects.toMatchObject({
      path: 'sources.calls',
    });
    await expect(scoreTeamStream(input, [], {})).rejects.toMatchObject({ path: 'periods' });
    await expect(scoreTeamStream(null as never, [october], {})).rejects.toMatchObject({ path: 'input' });
    await expect(
      evaluateTeamAsync({ ...input, managers: [managers[0]!, managers[0]!] }, {}),
    ).rejects.toMatchObject({ path: 'input.managers[1].id' });
  });
});
