import { describe, expect, it } from 'vitest';
import { type ForecastInterval, type StaffingPlanOptions, staffingPlan } from '../../src/index.js';
import { failure } from '../helpers.js';

// A lunchtime peak in half hours: 50, 100, 150, 100, 50 calls of 3 minutes, 80 % within 20 s, 30 % shrinkage.
// Loads: 50 × 180 / 1800 = 5, then 10, 15, 10, 5 Erlangs. Agents on the phones (direct sum, reference.ts):
//   5 E:  SL(7) = 0.740441 < 0.8, SL(8) = 0.880148 → 8;  scheduled 8 / 0.7 = 11.43 → 12
//  10 E:  SL(13) = 0.795595,      SL(14) = 0.888350 → 14; scheduled 14 / 0.7 = 20
//  15 E:  SL(18) = 0.741093,      SL(19) = 0.843412 → 19; scheduled 19 / 0.7 = 27.14 → 28
const forecast: ForecastInterval[] = [
  { start: '11:00', calls: 50 },
  { start: '11:30', calls: 100 },
  { start: '12:00', calls: 150 },
  { start: '12:30', calls: 100 },
  { start: '13:00', calls: 50 },
];
const goal: StaffingPlanOptions = {
  intervalSeconds: 1800,
  ahtSeconds: 180,
  thresholdSeconds: 20,
  targetServiceLevel: 0.8,
  shrinkage: 0.3,
};

describe('staffingPlan', () => {
  it('gives the agents needed and to schedule in each half hour of a lunchtime peak', () => {
    const plan = staffingPlan(forecast, goal);
    expect(
      plan.intervals.map((row) => [row.start, row.offeredLoad, row.agents, row.scheduledAgents]),
    ).toEqual([
      ['11:00', 5, 8, 12],
      ['11:30', 10, 14, 20],
      ['12:00', 15, 19, 28],
      ['12:30', 10, 14, 20],
      ['13:00', 5, 8, 12],
    ]);
    expect(plan.intervals[2]?.serviceLevel).toBeCloseTo(0.843412047183, 11);
    expect(
      plan.intervals.every(
        (row) => row.rostered === null && row.shortfall === null && row.rosteredServiceLevel === null,
      ),
    ).toBe(true);
    expect(plan.peakScheduledAgents).toBe(28);
    expect(plan.shortfalls).toEqual([]);
  });

  it('a team of 28 that all lunch at noon falls short at 12:00 and 12:30', () => {
    // Half the team (14) at lunch 12:00–13:00: 28 − 14 = 14 rostered against 28 and 20 to schedule.
    const plan = staffingPlan(forecast, { ...goal, roster: [28, 28, 14, 14, 28] });
    expect(
      plan.shortfalls.map((row) => [row.start, row.scheduledAgents, row.rostered, row.shortfall]),
    ).toEqual([
      ['12:00', 28, 14, 14],
      ['12:30', 20, 14, 6],
    ]);
    expect(plan.intervals.map((row) => row.shortfall)).toEqual([0, 0, 14, 6, 0]);
    // What the roster delivers: ⌊28 × 0.7⌋ = ⌊19.6⌋ = 19 on the phones, ⌊14 × 0.7⌋ = ⌊9.8⌋ = 9.
    // 19 agents: SL(5 E) = 0.999999697365, SL(10 E) = 0.997103480063 (direct sum); 9 agents for 15 and
    // 10 Erlangs do not outnumber the load: the queue grows all lunchtime, service level 0.
    const delivered = plan.intervals.map((row) => row.rosteredServiceLevel);
    expect(delivered[0]).toBeCloseTo(0.999999697365, 11);
    expect(delivered[1]).toBeCloseTo(0.997103480063, 11);
    expect(delivered.slice(2, 4)).toEqual([0, 0]);
  });

  it('the same 28 half-hours of lunch moved away from the peak leave no shortfall', () => {
    // Off the phones per half hour: 10 + 6 + 0 + 6 + 6 = 28, the same as 14 + 14 at noon.
    // Rostered 18, 22, 28, 22, 22 against 12, 20, 28, 20, 12 to schedule.
    const plan = staffingPlan(forecast, { ...goal, roster: [18, 22, 28, 22, 22] });
    expect(plan.shortfalls).toEqual([]);
    expect(plan.intervals.map((row) => row.shortfall)).toEqual([0, 0, 0, 0, 0]);
    // On the phones ⌊18 × 0.7⌋ = 12, ⌊22 × 0.7⌋ = 15, ⌊28 × 0.7⌋ = 19, 15, 15; direct sum at 20 s:
    // SL(12 | 5 E) = 0.997296410397, SL(15 | 10 E) = 0.941452842869, SL(19 | 15 E) = 0.843412047183,
    // SL(15 | 5 E) = 0.999922354605 — every half hour at or above 80 %.
    const expected = [0.997296410397, 0.941452842869, 0.843412047183, 0.941452842869, 0.999922354605];
    plan.intervals.forEach((row, i) => {
      expect(row.rosteredServiceLevel).toBeCloseTo(expected[i]!, 11);
    });
  });

  it('a quiet interval needs nobody, and an empty day is an empty plan', () => {
    const plan = staffingPlan([{ start: '20:00', calls: 0 }], { ...goal, roster: [0] });
    expect(plan.intervals[0]).toMatchObject({
      agents: 0,
      scheduledAgents: 0,
      rostered: 0,
      shortfall: 0,
      rosteredServiceLevel: 1,
    });
    // With only an average-speed target there is no threshold, so no delivered service level.
    const byAsa = staffingPlan([{ start: '09:00', calls: 100 }], {
      intervalSeconds: 1800,
      ahtSeconds: 180,
      targetAverageSpeedOfAnswer: 20,
      roster: [13],
    });
    expect(byAsa.intervals[0]).toMatchObject({
      agents: 13,
      scheduledAgents: 13,
      shortfall: 0,
      rosteredServiceLevel: null,
    });
    expect(staffingPlan([], goal)).toEqual({ intervals: [], peakScheduledAgents: 0, shortfalls: [] });
  });

  it('a roster equal to the load delivers nothing, whichever way floating point rounds the load', () => {
    // 1 call × 0.3 s / 0.1 s is exactly 3 Erlangs (2.9999999999999996 in floating point), and 1 × 0.8999999999999999
    // / 0.3 is just under 3 exactly (3 in floating point). Three agents are overloaded either way. Six answer at
    // once 1 − C(6, 3 E) = 1 − 2.025/20.425 = 0.900857 ≥ 0.8; four answer at once 1 − 27/53 = 26/53.
    const at = (intervalSeconds: number, ahtSeconds: number, roster: number[]) =>
      staffingPlan([{ start: '09:00', calls: 1 }], {
        intervalSeconds,
        ahtSeconds,
        thresholdSeconds: 0,
        targetServiceLevel: 0.8,
        shrinkage: 0,
        roster,
      }).intervals[0];
    expect(at(0.1, 0.3, [3])).toMatchObject({ agents: 6, shortfall: 3, rosteredServiceLevel: 0 });
    expect(at(0.1, 0.3, [3])?.serviceLevel).toBeCloseTo(1 - 2.025 / 20.425, 14);
    expect(at(0.3, 0.8999999999999999, [3])).toMatchObject({ agents: 6, rosteredServiceLevel: 0 });
    expect(at(0.1, 0.3, [4])?.rosteredServiceLevel).toBeCloseTo(26 / 53, 14);
  });

  it('does not mutate its input', () => {
    const frozen = Object.freeze(forecast.map((interval) => Object.freeze({ ...interval })));
    const roster = Object.freeze([28, 28, 14, 14, 28]);
    expect(() => staffingPlan(frozen, { ...goal, roster })).not.toThrow();
  });

  it('rejects bad intervals and a roster that does not fit', () => {
    expect(failure(() => staffingPlan({} as never, goal))).toBe('invalid-type at intervals');
    expect(failure(() => staffingPlan([{ start: '', calls: 1 }], goal))).toBe(
      'invalid-value at intervals[0].start',
    );
    expect(failure(() => staffingPlan([{ calls: 1 } as never], goal))).toBe(
      'invalid-value at intervals[0].start',
    );
    expect(failure(() => staffingPlan([forecast[0]!, null as never], goal))).toBe(
      'invalid-value at intervals[1].start',
    );
    expect(failure(() => staffingPlan([forecast[0]!, { start: '11:30', calls: -1 }], goal))).toBe(
      'out-of-range at intervals[1].calls',
    );
    expect(failure(() => staffingPlan([{ start: '11:00', calls: Number.NaN }], goal))).toBe(
      'out-of-range at intervals[0].calls',
    );
    expect(failure(() => staffingPlan([{ start: '11:00', calls: 1e9 }], goal))).toBe(
      'out-of-range at intervals[0].calls',
    );
    expect(failure(() => staffingPlan(forecast, { ...goal, roster: [1, 2] }))).toBe(
      'invalid-option at options.roster',
    );
    expect(failure(() => staffingPlan(forecast, { ...goal, roster: [28, 28, 14.5, 14, 28] }))).toBe(
      'invalid-option at options.roster[2]',
    );
    expect(failure(() => staffingPlan(forecast, { ...goal, intervalSeconds: 0 }))).toBe(
      'invalid-option at options.intervalSeconds',
    );
    expect(failure(() => staffingPlan(forecast, { ...goal, targetServiceLevel: 85 }))).toBe(
      'invalid-option at options.targetServiceLevel',
    );
    expect(failure(() => staffingPlan(forecast, { ...goal, callsPerInterval: 3 } as never))).toBe(
      'invalid-option at options.callsPerInterval',
    );
  });
});
