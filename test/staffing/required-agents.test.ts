import { describe, expect, it } from 'vitest';
import { requiredAgents } from '../../src/index.js';
import { failure } from '../helpers.js';
import { referenceErlangC } from './reference.js';

describe('requiredAgents', () => {
  it("Call Centre Helper's example needs 14 agents on the phones and 20 on the schedule", () => {
    // A = 100 × 180 / 1800 = 10. Direct sum (reference.ts) at 20 s: SL(13) = 0.795594788418 < 0.8,
    // SL(14) = 0.888350019179 ≥ 0.8 → 14. Occupancy 10/14 = 0.714 ≤ 0.85. Scheduled: 14 / (1 − 0.3) = 20.
    const plan = requiredAgents({
      callsPerInterval: 100,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      thresholdSeconds: 20,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.85,
      shrinkage: 0.3,
    });
    expect(plan.agents).toBe(14);
    expect(plan.scheduledAgents).toBe(20);
    expect(plan.serviceLevel).toBeCloseTo(0.888350019179, 11);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.174131933595, 11);
    expect(plan.averageSpeedOfAnswer).toBeCloseTo(7.83593701178, 9);
    expect(plan.occupancy).toBe(10 / 14);
    expect(referenceErlangC(10, 13, 180, 20).serviceLevel).toBeLessThan(0.8);
    // CRAN ErlangC 0.1.0 README, calculate_agents(100, 30 min, 180 s, 20 s, 0.8, 0.85, 0.3): agents 14 (right).
  });

  it('pyworkforce test_expected_erlangc_results: raw_positions 14, positions 20 (right)', () => {
    // asa = 0.33 min = 19.8 s in the peer's test; SL(13, 19.8 s) = 0.794912300865 < 0.8.
    const plan = requiredAgents({
      offeredLoad: 10,
      ahtSeconds: 180,
      thresholdSeconds: 19.8,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.85,
      shrinkage: 0.3,
    });
    expect([plan.agents, plan.scheduledAgents]).toEqual([14, 20]);
    expect(plan.serviceLevel).toBeCloseTo(0.887852692691, 11);
  });

  it('pyworkforce README: SL 0.8884, occupancy 0.7143, waiting 0.1741 at asa=20/60; the 0.80/0.85/0.90 sweep schedules 20, 20, 22 (right)', () => {
    // README.md of github.com/rodrigo-arenas/pyworkforce, ErlangC and MultiErlangC examples (20 s exactly).
    // Direct sum: SL(14) = 0.888350019179 → 0.8884; 10/14 → 0.7143; C(14) = 0.174131933595 → 0.1741.
    // Target 0.90: SL(14) = 0.8884 < 0.9, SL(15) = 0.941452842869 → 15 agents, 15 / 0.7 = 21.4 → 22, occupancy 0.6667.
    const goal = {
      offeredLoad: 10,
      ahtSeconds: 180,
      thresholdSeconds: 20,
      maxOccupancy: 0.85,
      shrinkage: 0.3,
    };
    const at80 = requiredAgents({ ...goal, targetServiceLevel: 0.8 });
    expect(at80.serviceLevel?.toFixed(4)).toBe('0.8884');
    expect(at80.occupancy.toFixed(4)).toBe('0.7143');
    expect(at80.probabilityOfWaiting.toFixed(4)).toBe('0.1741');
    expect(requiredAgents({ ...goal, targetServiceLevel: 0.85 }).scheduledAgents).toBe(20);
    const at90 = requiredAgents({ ...goal, targetServiceLevel: 0.9 });
    expect([at90.agents, at90.scheduledAgents, at90.occupancy.toFixed(4)]).toEqual([15, 22, '0.6667']);
    expect(at90.serviceLevel).toBeCloseTo(0.941452842869, 11);
  });

  it('pyworkforce test_over_occupancy_erlangc: an occupancy cap of 70 % needs 15 and schedules 22 (right)', () => {
    // 10 / 0.7 = 14.29 → 15 agents (the cap binds: the service level alone needs 14);
    // 15 / (1 − 0.3) = 21.43 → 22. SL(15, 19.8 s) = 0.941126675704; occupancy 10/15.
    const plan = requiredAgents({
      offeredLoad: 10,
      ahtSeconds: 180,
      thresholdSeconds: 19.8,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.7,
      shrinkage: 0.3,
    });
    expect([plan.agents, plan.scheduledAgents]).toEqual([15, 22]);
    expect(plan.serviceLevel).toBeCloseTo(0.941126675704, 11);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.102042367008, 11);
  });

  it('PRODYNA NumberOfAgentsForSl(200 calls/h, 180 s, 60 s, 80 %) = 13 and NumberOfAgentsForAsa(…, 120 s) = 12 (both right)', () => {
    // A = 200 × 180 / 3600 = 10. SL(12, 60 s) = 0.769276392554, SL(13, 60 s) = 0.895054865154 → 13.
    // ASA(11) = 122.781276844 s > 120, ASA(12) = 40.4449401868 s → 12.
    const workload = { callsPerInterval: 200, intervalSeconds: 3600, ahtSeconds: 180 };
    expect(requiredAgents({ ...workload, thresholdSeconds: 60, targetServiceLevel: 0.8 }).agents).toBe(13);
    const byAsa = requiredAgents({ ...workload, targetAverageSpeedOfAnswer: 120 });
    expect(byAsa.agents).toBe(12);
    expect(byAsa.averageSpeedOfAnswer).toBeCloseTo(40.4449401868, 9);
    expect(byAsa.serviceLevel).toBeNull();
  });

  it("Wolfram's ErlangC problem: 90 % of calls not delayed at 2.5 Erlangs needs 6 agents", () => {
    // 30 calls/h × 5 min = 2.5 Erlangs; not delayed = SL at 0 s = 1 − C. C(5) = 0.130 > 0.1, C(6) = 0.0474 ≤ 0.1.
    const plan = requiredAgents({
      offeredLoad: 2.5,
      ahtSeconds: 300,
      thresholdSeconds: 0,
      targetServiceLevel: 0.9,
    });
    expect(plan.agents).toBe(6);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.0474448121945, 12);
  });

  it("the brief's goal, 85 % within 30 seconds, at 10 Erlangs of 3-minute calls needs 14 agents", () => {
    // Direct sum at 30 s: SL(13) = 1 − 0.285270453036·e^(−3×30/180) = 1 − 0.285270453036 × 0.606530659713 = 0.8269747239
    // SL(14) = 1 − 0.174131933595·e^(−4×30/180) = 1 − 0.174131933595 × 0.513417119033 = 0.9105976843
    expect(referenceErlangC(10, 13, 180, 30).serviceLevel).toBeCloseTo(0.8269747239, 9);
    const plan = requiredAgents({
      offeredLoad: 10,
      ahtSeconds: 180,
      thresholdSeconds: 30,
      targetServiceLevel: 0.85,
    });
    expect(plan.agents).toBe(14);
    expect(plan.serviceLevel).toBeCloseTo(0.9105976843, 9);
  });

  it('both targets: the stricter one decides', () => {
    // SL 80/20 alone needs 14 (ASA 7.84 s); an ASA of 5 s needs 15 (ASA(14) = 7.84 > 5, ASA(15) = 3.67).
    const plan = requiredAgents({
      offeredLoad: 10,
      ahtSeconds: 180,
      thresholdSeconds: 20,
      targetServiceLevel: 0.8,
      targetAverageSpeedOfAnswer: 5,
    });
    expect(plan.agents).toBe(15);
    expect(plan.averageSpeedOfAnswer).toBeCloseTo(3.67352521229, 9);
  });

  it('35.7 Erlangs at an 85 % occupancy cap needs 42 agents, not 43 (35.7 / 0.85 is 42.00000000000001 in floating point)', () => {
    expect(35.7 / 0.85).toBeGreaterThan(42);
    // 357/10 ÷ 85/100 = 35700/850 = 42 exactly; the ASA target of 60 s alone needs fewer (39), so the cap binds.
    const plan = requiredAgents({
      offeredLoad: 35.7,
      ahtSeconds: 300,
      targetAverageSpeedOfAnswer: 60,
      maxOccupancy: 0.85,
    });
    expect(plan.agents).toBe(42);
    // And the occupancy it reports is the cap itself (357/420), not 35.7 / 42 = 0.8500000000000001.
    expect(35.7 / 42).toBeGreaterThan(0.85);
    expect(plan.occupancy).toBe(0.85);
    expect(
      requiredAgents({ offeredLoad: 35.7, ahtSeconds: 300, targetAverageSpeedOfAnswer: 60 }).agents,
    ).toBe(39);
    // 35.71 Erlangs at 85 %: 35.71 / 0.85 = 42.0118 → 43.
    expect(
      requiredAgents({
        offeredLoad: 35.71,
        ahtSeconds: 300,
        targetAverageSpeedOfAnswer: 60,
        maxOccupancy: 0.85,
      }).agents,
    ).toBe(43);
  });

  it('never staffs as many agents as the load, whichever way floating point rounds it, even for a target they would seem to meet', () => {
    // 1 call × 0.3 s / 0.1 s is exactly 3 Erlangs but 2.9999999999999996 in floating point; 1 × 0.8999999999999999 /
    // 0.3 is just under 3 exactly but 3 in floating point. erlangC calls 3 agents overloaded for both (N > A must
    // hold on both). At 3 agents the floating-point queue gives C = 0.9999999999999998, so SL(0 s) = 1 − C ≈ 2.2e-16,
    // which a target of 1e-16 would take: the search must start at 4, where SL(0 s) = 1 − 27/53 = 26/53.
    const tiny = { thresholdSeconds: 0, targetServiceLevel: 1e-16 };
    const underFloat = requiredAgents({
      callsPerInterval: 1,
      intervalSeconds: 0.1,
      ahtSeconds: 0.3,
      ...tiny,
    });
    expect(underFloat.agents).toBe(4);
    expect(underFloat.serviceLevel).toBeCloseTo(26 / 53, 14);
    const overFloat = { callsPerInterval: 1, intervalSeconds: 0.3, ahtSeconds: 0.8999999999999999 };
    expect(requiredAgents({ ...overFloat, ...tiny }).agents).toBe(4);
  });

  it('shrinkage rounds up exactly: 21 agents at 30 % schedule 30, not 31; 17 at 32 % → 25; 9 at 55 % → 20', () => {
    // 21 / 0.7 = 30.000000000000004, 17 / 0.68 = 25.000000000000004, 9 / 0.45 = 20.000000000000004 in floating point.
    expect(21 / (1 - 0.3)).toBeGreaterThan(30);
    const at = (shrinkage: number, agentsWanted: number) => {
      // A load of n − 0.5 Erlangs with a lax ASA target (1 hour) needs exactly n agents: the fewest above the load.
      const plan = requiredAgents({
        offeredLoad: agentsWanted - 0.5,
        ahtSeconds: 180,
        targetAverageSpeedOfAnswer: 3600,
        shrinkage,
      });
      expect(plan.agents).toBe(agentsWanted);
      return plan.scheduledAgents;
    };
    expect(at(0.3, 21)).toBe(30);
    expect(at(0.32, 17)).toBe(25);
    expect(at(0.55, 9)).toBe(20);
    // And when the quotient is not whole, it rounds up: 14 at 30 % → 20 (exact), 15 → 21.43 → 22.
    expect(at(0.3, 15)).toBe(22);
  });

  it('no calls: nobody is needed', () => {
    expect(
      requiredAgents({
        callsPerInterval: 0,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        thresholdSeconds: 20,
        targetServiceLevel: 0.8,
        shrinkage: 0.3,
      }),
    ).toEqual({
      offeredLoad: 0,
      agents: 0,
      scheduledAgents: 0,
      serviceLevel: 1,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
      probabilityOfWaiting: 0,
    });
    expect(
      requiredAgents({ offeredLoad: 0, ahtSeconds: 180, targetAverageSpeedOfAnswer: 10 }).serviceLevel,
    ).toBeNull();
  });

  it('a target met exactly is met: one agent at 0.5 Erlangs answers half the calls at once', () => {
    // M/M/1: C = ρ = 0.5, so SL(0 s) = 0.5 and ASA = 0.5 × 100 / 0.5 = 100 s, exactly on the targets.
    expect(
      requiredAgents({ offeredLoad: 0.5, ahtSeconds: 100, thresholdSeconds: 0, targetServiceLevel: 0.5 })
        .agents,
    ).toBe(1);
    expect(
      requiredAgents({ offeredLoad: 0.5, ahtSeconds: 100, targetAverageSpeedOfAnswer: 100 }).agents,
    ).toBe(1);
    // Two agents at 1 Erlang: B(2) = 0.2, C = 2 × 0.2 / (2 − 0.8) = 1/3; SL(0 s) = 2/3, ASA = (1/3) × 100 / 1 = 100/3 s.
    expect(
      requiredAgents({ offeredLoad: 1, ahtSeconds: 100, thresholdSeconds: 0, targetServiceLevel: 2 / 3 })
        .agents,
    ).toBe(2);
    expect(
      requiredAgents({ offeredLoad: 1, ahtSeconds: 100, targetAverageSpeedOfAnswer: 100 / 3 }).agents,
    ).toBe(2);
  });

  it('a tiny load still needs one agent', () => {
    // A = 1 call × 60 s / 3600 s = 1/60; one agent: C = ρ = 1/60, SL(20 s) = 1 − (1/60)·e^(−(59/60)×20/60) ≥ 0.98.
    const plan = requiredAgents({
      callsPerInterval: 1,
      intervalSeconds: 3600,
      ahtSeconds: 60,
      thresholdSeconds: 20,
      targetServiceLevel: 0.8,
    });
    expect(plan.agents).toBe(1);
    expect(plan.probabilityOfWaiting).toBeCloseTo(1 / 60, 15);
  });

  it('10,000 Erlangs: agreement with the direct sum at the answer and one agent below', () => {
    const plan = requiredAgents({
      offeredLoad: 10_000,
      ahtSeconds: 180,
      thresholdSeconds: 20,
      targetServiceLevel: 0.8,
    });
    const at = referenceErlangC(10_000, plan.agents, 180, 20);
    const below = referenceErlangC(10_000, plan.agents - 1, 180, 20);
    expect(at.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(below.serviceLevel).toBeLessThan(0.8);
    expect(plan.serviceLevel).toBeCloseTo(at.serviceLevel, 10);
  });

  it('rejects bad options with the path of the option', () => {
    const ok = { offeredLoad: 10, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 };
    const bad = (patch: object) => failure(() => requiredAgents({ ...ok, ...patch } as never));
    expect(bad({ targetServiceLevel: 1 })).toBe('invalid-option at options.targetServiceLevel');
    expect(bad({ targetServiceLevel: 0 })).toBe('invalid-option at options.targetServiceLevel');
    expect(bad({ targetServiceLevel: 80 })).toBe('invalid-option at options.targetServiceLevel');
    expect(bad({ thresholdSeconds: undefined })).toBe('invalid-option at options.thresholdSeconds');
    expect(bad({ targetServiceLevel: undefined })).toBe('invalid-option at options.targetServiceLevel');
    expect(bad({ targetAverageSpeedOfAnswer: 0 })).toBe(
      'invalid-option at options.targetAverageSpeedOfAnswer',
    );
    expect(bad({ maxOccupancy: 0 })).toBe('invalid-option at options.maxOccupancy');
    // 10 Erlangs at an occupancy of at most one in a billion would need 10,000,000,000 agents.
    expect(bad({ maxOccupancy: 1e-9 })).toBe('invalid-option at options.maxOccupancy');
    expect(bad({ maxOccupancy: 1.2 })).toBe('invalid-option at options.maxOccupancy');
    expect(bad({ maxOccupancy: Number.NaN })).toBe('invalid-option at options.maxOccupancy');
    expect(bad({ shrinkage: 1 })).toBe('invalid-option at options.shrinkage');
    expect(bad({ shrinkage: -0.1 })).toBe('invalid-option at options.shrinkage');
    expect(bad({ shrinkage: '0.3' })).toBe('invalid-option at options.shrinkage');
    expect(bad({ targetServiceLvel: 0.8 })).toBe('invalid-option at options.targetServiceLvel');
    expect(bad({ ahtSeconds: -180 })).toBe('invalid-option at options.ahtSeconds');
  });
});
