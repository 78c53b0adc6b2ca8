// Time per requiredAgents call by offered load (80 % within 20 s, AHT 180 s):
//   npx vitest bench --run test/bench/staffing.bench.ts
import { bench, describe } from 'vitest';
import { erlangC, requiredAgents } from '../../src/index.js';

describe('requiredAgents, 80/20, AHT 180 s', () => {
  for (const offeredLoad of [1, 100, 1000, 10_000]) {
    bench(`${offeredLoad} Erlangs`, () => {
      requiredAgents({ offeredLoad, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 });
    });
  }
});

describe('erlangC at the answer', () => {
  for (const [offeredLoad, agents] of [
    [1, 3],
    [100, 107],
    [1000, 1011],
    [10_000, 10_013],
  ] as const) {
    bench(`${offeredLoad} Erlangs, ${agents} agents`, () => {
      erlangC({ offeredLoad, ahtSeconds: 180, agents, thresholdSeconds: 20 });
    });
  }
});
