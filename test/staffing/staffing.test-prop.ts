// The laws of the staffing calculators, checked on random inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, erlangC, requiredAgents } from '../../src/index.js';
import { decimalRatio } from '../../src/staffing/exact.js';
import { scheduledFor } from '../../src/staffing/required-agents.js';
import { referenceErlangC, relativeError } from './reference.js';

const WideDecimal = Decimal.clone({ precision: 400 });
const Wide = (value: string) => new WideDecimal(value);

// Loads in hundredths of an Erlang, so every load is an exact two-place decimal.
const load = fc.integer({ min: 1, max: 50_000 }).map((hundredths) => hundredths / 100);
const aht = fc.integer({ min: 10, max: 900 });
const threshold = fc.integer({ min: 0, max: 120 });

function stableFigures(offeredLoad: number, agents: number, ahtSeconds: number, thresholdSeconds: number) {
  const r = erlangC({ offeredLoad, ahtSeconds, agents, thresholdSeconds });
  if (!r.stable) throw new Error('expected a stable queue');
  return r;
}

describe('staffing laws', () => {
  it('more agents never lower the service level, nor raise the wait or the chance of waiting', () => {
    fc.assert(
      fc.property(load, aht, threshold, fc.integer({ min: 0, max: 60 }), (a, h, t, extra) => {
        const n = Math.floor(a) + 1 + extra;
        const fewer = stableFigures(a, n, h, t);
        const more = stableFigures(a, n + 1, h, t);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel);
        expect(more.averageSpeedOfAnswer).toBeLessThanOrEqual(fewer.averageSpeedOfAnswer);
        expect(more.probabilityOfWaiting).toBeLessThanOrEqual(fewer.probabilityOfWaiting);
        expect(more.occupancy).toBeLessThan(fewer.occupancy);
      }),
    );
  });

  it('more calls never lower the agents required', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 500 }),
        aht,
        threshold,
        fc.integer({ min: 1, max: 99 }),
        (calls, more, h, t, percent) => {
          const goal = {
            intervalSeconds: 1800,
            ahtSeconds: h,
            thresholdSeconds: t,
            targetServiceLevel: percent / 100,
          };
          const base = requiredAgents({ ...goal, callsPerInterval: calls });
          const busier = requiredAgents({ ...goal, callsPerInterval: calls + more });
          expect(busier.agents).toBeGreaterThanOrEqual(base.agents);
          expect(busier.scheduledAgents).toBeGreaterThanOrEqual(base.scheduledAgents);
        },
      ),
    );
  });

  it('the answer is the fewest: one agent fewer is unstable, over the cap, or misses the target', () => {
    fc.assert(
      fc.property(
        load,
        aht,
        threshold,
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 50, max: 100 }),
        (a, h, t, sl, cap) => {
          const targetServiceLevel = sl / 100;
          const maxOccupancy = cap / 100;
          const plan = requiredAgents({
            offeredLoad: a,
            ahtSeconds: h,
            thresholdSeconds: t,
            targetServiceLevel,
            maxOccupancy,
          });
          expect(plan.serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
          // Occupancy cap in integers: a / agents ≤ cap / 100 ⇔ 100 × (a × 100) ≤ cap × 100 × agents.
          const hundredths = Math.round(a * 100);
          expect(100 * hundredths).toBeLessThanOrEqual(cap * 100 * plan.agents);
          const fewer = plan.agents - 1;
          const unstable = fewer * 100 <= hundredths;
          const overCap = 100 * hundredths > cap * 100 * fewer;
          const missed = !unstable && stableFigures(a, fewer, h, t).serviceLevel < targetServiceLevel;
          expect(unstable || overCap || missed).toBe(true);
        },
      ),
    );
  });

  it('matches the 40-digit direct sum to 10 significant digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30_000 }).map((h) => h / 100),
        aht,
        threshold,
        fc.integer({ min: 0, max: 40 }),
        (a, h, t, extra) => {
          const n = Math.floor(a) + 1 + extra;
          const ours = stableFigures(a, n, h, t);
          const ref = referenceErlangC(a, n, h, t);
          expect(relativeError(ours.probabilityOfWaiting, ref.probabilityOfWaiting)).toBeLessThan(1e-10);
          expect(relativeError(ours.averageSpeedOfAnswer, ref.averageSpeedOfAnswer)).toBeLessThan(1e-10);
          expect(Math.abs(ours.serviceLevel - ref.serviceLevel)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('scheduled agents are the exact ceiling of agents / (1 − shrinkage) for two-place shrinkage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 99 }),
        (agents, percent) => {
          // Integer arithmetic: ⌈agents × 100 / (100 − percent)⌉.
          const expected = Math.floor((agents * 100 + (100 - percent) - 1) / (100 - percent));
          expect(scheduledFor(agents, percent / 100)).toBe(expected);
        },
      ),
    );
  });

  it('reads every number as the decimal it prints as', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), (x) => {
        const r = decimalRatio(x);
        // Divided back in 400-digit decimal arithmetic, the ratio rounds to the very same double.
        expect(Wide(r.numerator.toString()).div(r.denominator.toString()).toNumber()).toBe(x);
      }),
    );
  });
});
