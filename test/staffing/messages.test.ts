// What a planner reads when an option is wrong: the path, what was expected and what was found, for
// every refusal of the three staffing calculators. The checks themselves are tested with the
// calculators; this pins the wording, which is the part a user acts on.
import { expect, it } from 'vitest';
import { erlangC, requiredAgents, staffingPlan } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const load = { offeredLoad: 2, ahtSeconds: 180 };
const queue = { ...load, thresholdSeconds: 20 };
const asa = { ...load, targetAverageSpeedOfAnswer: 20 };
const day = { intervalSeconds: 1800, ahtSeconds: 180, targetAverageSpeedOfAnswer: 20 };
const CASES: readonly (readonly [() => unknown, string])[] = [
  [() => erlangC(5 as never), 'options: expected an options object, got 5'],
  [
    () => erlangC({ ...queue, agents: 3, colour: 1 } as never),
    'options.colour: expected one of callsPerInterval, intervalSeconds, offeredLoad, ahtSeconds, agents, thresholdSeconds, got "colour"',
  ],
  [
    () => erlangC({ ...queue, agents: 3, ahtSeconds: -1 }),
    'options.ahtSeconds: expected a duration in seconds > 0, got -1',
  ],
  [
    () => erlangC({ ...queue, agents: 3, ahtSeconds: 'x' as never }),
    'options.ahtSeconds: expected a duration in seconds > 0, got "x"',
  ],
  [
    () => erlangC({ ...queue, agents: 3, callsPerInterval: 10 } as never),
    'options.offeredLoad: expected either offeredLoad, or callsPerInterval with intervalSeconds, not both, got 2',
  ],
  [
    () => erlangC({ ...queue, agents: 3, offeredLoad: -1 }),
    'options.offeredLoad: expected a load in Erlangs ≥ 0, got -1',
  ],
  [
    () => erlangC({ ...queue, agents: 3, offeredLoad: Number.NaN }),
    'options.offeredLoad: expected a load in Erlangs ≥ 0, got NaN',
  ],
  [
    () => erlangC({ ahtSeconds: 180, agents: 3 } as never),
    'options.callsPerInterval: expected a number of calls ≥ 0 (or offeredLoad), got undefined',
  ],
  [
    () =>
      erlangC({
        ahtSeconds: 180,
        thresholdSeconds: 20,
        agents: 3,
        callsPerInterval: -1,
        intervalSeconds: 1800,
      }),
    'options.callsPerInterval: expected a number of calls ≥ 0, got -1',
  ],
  [
    () =>
      erlangC({ ahtSeconds: 180, thresholdSeconds: 20, agents: 3, callsPerInterval: 1, intervalSeconds: 0 }),
    'options.intervalSeconds: expected a duration in seconds > 0, got 0',
  ],
  [
    () => erlangC({ ...queue, agents: 3, offeredLoad: 2e6 }),
    'options.offeredLoad: expected an offered load of at most 1000000 Erlangs, got 2000000',
  ],
  [
    () => erlangC({ ...queue, agents: 2e7 }),
    'options.agents: expected at most 10000000 agents, got 20000000',
  ],
  [() => erlangC({ ...queue, agents: 0 }), 'options.agents: expected a whole number ≥ 1, got 0'],
  [
    () => erlangC({ ...queue, agents: 3, thresholdSeconds: -1 }),
    'options.thresholdSeconds: expected a duration in seconds ≥ 0, got -1',
  ],
  [
    () => requiredAgents({ ...load, thresholdSeconds: -1, targetServiceLevel: 0.8 }),
    'options.thresholdSeconds: expected a duration in seconds ≥ 0, got -1',
  ],
  [
    () => requiredAgents({ ...load, targetAverageSpeedOfAnswer: 0 }),
    'options.targetAverageSpeedOfAnswer: expected a duration in seconds > 0, got 0',
  ],
  [
    () => requiredAgents({ ...load, targetServiceLevel: 0.8 }),
    'options.thresholdSeconds: expected the threshold of targetServiceLevel, in seconds, got undefined',
  ],
  [
    () => requiredAgents({ ...load }),
    'options.targetServiceLevel: expected a target: targetServiceLevel with thresholdSeconds, or targetAverageSpeedOfAnswer, got undefined',
  ],
  [
    () => requiredAgents({ ...asa, maxOccupancy: 'x' as never }),
    'options.maxOccupancy: expected a share in (0, 1], got "x"',
  ],
  [
    () => requiredAgents({ ...asa, maxOccupancy: 1.5 }),
    'options.maxOccupancy: expected a share in (0, 1], got 1.5',
  ],
  [
    () => requiredAgents({ ...asa, shrinkage: 'x' as never }),
    'options.shrinkage: expected a share in [0, 1), got "x"',
  ],
  [() => requiredAgents({ ...asa, shrinkage: 1 }), 'options.shrinkage: expected a share in [0, 1), got 1'],
  [
    () => requiredAgents({ ...load, thresholdSeconds: 20, targetServiceLevel: 1 }),
    'options.targetServiceLevel: expected a share between 0 and 1, both excluded, got 1',
  ],
  [
    () => requiredAgents({ ...load, thresholdSeconds: 20, targetServiceLevel: 'x' as never }),
    'options.targetServiceLevel: expected a share between 0 and 1, both excluded, got "x"',
  ],
  [
    // 1,000 Erlangs at an occupancy of at most 0.001 % needs 100,000,000 agents.
    () => requiredAgents({ ...asa, offeredLoad: 1000, maxOccupancy: 1e-5 }),
    'options.maxOccupancy: expected an occupancy cap that needs at most 10000000 agents, got 0.00001',
  ],
  [() => staffingPlan('x' as never, day), 'intervals: expected an array of intervals, got "x"'],
  [
    () => staffingPlan([], { ...day, intervalSeconds: 0 }),
    'options.intervalSeconds: expected a duration in seconds > 0, got 0',
  ],
  [
    () => staffingPlan([], { ...day, ahtSeconds: 0 }),
    'options.ahtSeconds: expected a duration in seconds > 0, got 0',
  ],
  [
    () =>
      staffingPlan(
        [
          { start: '08:00', calls: 1 },
          { start: '08:30', calls: 1 },
        ],
        { ...day, roster: [1] },
      ),
    'options.roster: expected one whole number per interval (2), got an array of 1',
  ],
  [
    () => staffingPlan([{ start: '08:00', calls: 1 }], { ...day, roster: [1.5] }),
    'options.roster[0]: expected a whole number ≥ 0, got 1.5',
  ],
  [
    () => staffingPlan([{ start: ' ', calls: 1 }], day),
    'intervals[0].start: expected a non-empty label such as "08:30", got " "',
  ],
  [
    () => staffingPlan([{ start: '08:00', calls: -1 }], day),
    'intervals[0].calls: expected a number of calls ≥ 0, got -1',
  ],
  [
    // 10,000,010 calls × 180 s / 1,800 s is 1,000,001 Erlangs; 10,000,000 calls (exactly the limit) pass.
    () => staffingPlan([{ start: '08:00', calls: 10_000_010 }], day),
    'intervals[0].calls: expected at most 1000000 Erlangs of calls in an interval, got 10000010',
  ],
];

it.each(CASES.map(([fn, message]) => [message, fn] as const))('%s', (message, fn) => {
  expect(errorOf(fn).message).toBe(message);
});

it('takes the limits themselves: 10,000,000 agents (given, or needed by the occupancy cap), and 1,000,000 Erlangs of calls in an interval', () => {
  expect(erlangC({ ...queue, agents: 10_000_000 }).probabilityOfWaiting).toBe(0);
  // An occupancy cap that needs exactly 10,000,000 agents: 1,000 Erlangs ÷ 0.0001 (exact on the decimals).
  expect(requiredAgents({ ...asa, offeredLoad: 1000, maxOccupancy: 0.0001 }).agents).toBe(10_000_000);
  // 10,000,000 calls × 180 s / 1,800 s is exactly 1,000,000 Erlangs.
  expect(staffingPlan([{ start: '08:00', calls: 10_000_000 }], day).intervals[0]?.offeredLoad).toBe(
    1_000_000,
  );
});
