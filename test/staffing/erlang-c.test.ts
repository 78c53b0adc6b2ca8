import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/index.js';
import { erlangB } from '../../src/staffing/erlang-c.js';
import { failure } from '../helpers.js';
import { referenceErlangC, relativeError } from './reference.js';

// Every expected figure below is (a) worked by hand where the arithmetic is short, or (b) the
// 40-digit direct Erlang C sum of ./reference.ts, printed to 12 significant digits, and (c) where a
// peer published a figure, that figure with its source and whether it survived the check.

function stable(result: ReturnType<typeof erlangC>) {
  if (!result.stable) throw new Error('expected a stable queue');
  return result;
}

describe('erlangC', () => {
  it("Call Centre Helper's example: 100 calls in 30 minutes, 3-minute calls, 14 agents, 80/20", () => {
    // A = 100 × 180 / 1800 = 10 Erlangs; occupancy = 10 / 14 = 0.714285…
    // Direct sum (reference.ts): C = 0.174131933595, SL(20 s) = 0.888350019179, ASA = 7.83593701178 s
    // (ASA = C × 180 / 4 = 0.174131933595 × 45 = 7.83593701178).
    const r = stable(
      erlangC({
        callsPerInterval: 100,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        agents: 14,
        thresholdSeconds: 20,
      }),
    );
    expect(r.offeredLoad).toBe(10);
    expect(r.agents).toBe(14);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.174131933595, 11);
    expect(r.serviceLevel).toBeCloseTo(0.888350019179, 11);
    expect(r.averageSpeedOfAnswer).toBeCloseTo(7.83593701178, 9);
    expect(r.occupancy).toBe(10 / 14);
  });

  it('CRAN ErlangC 0.1.0 README: erlang_c(100, 30 min, 180 s, 20 s, 14) and its 11-agent step (right, 7+ digits)', () => {
    // https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html prints wait_probability 0.1741319,
    // service_level 0.88835, average_speed_of_answer "7.83593701177724s", immediate_answer_probability
    // 0.8258681, occupancy 0.7142857; the calculate_agents process row for 11 agents: 0.6821182, 0.3896138.
    // Direct sum: C(14) = 0.174131933595, SL = 0.888350019179, ASA = 7.83593701178; C(11) = 0.682118204689,
    // SL(11) = 0.389613811729 — every printed digit agrees.
    const r = stable(
      erlangC({
        callsPerInterval: 100,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        agents: 14,
        thresholdSeconds: 20,
      }),
    );
    expect(r.probabilityOfWaiting.toPrecision(7)).toBe('0.1741319');
    expect(r.serviceLevel.toPrecision(7)).toBe('0.8883500');
    expect(r.averageSpeedOfAnswer).toBeCloseTo(7.83593701177724, 12);
    expect((1 - r.probabilityOfWaiting).toPrecision(7)).toBe('0.8258681');
    expect(r.occupancy.toPrecision(7)).toBe('0.7142857');
    const eleven = stable(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 11, thresholdSeconds: 20 }));
    expect(eleven.probabilityOfWaiting.toPrecision(7)).toBe('0.6821182');
    expect(eleven.serviceLevel.toPrecision(7)).toBe('0.3896138');
  });

  it('pyworkforce test_expected_erlangc_results: 14 positions at asa=0.33 min give SL 0.888, occupancy 0.714, waiting 0.174 (right)', () => {
    // github.com/rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_erlang.py: transactions=100,
    // aht=3 (min), interval=30 (min), asa=0.33 (min) = 19.8 s — note: not the 20 s of the example it
    // follows. Direct sum at T = 19.8 s: SL = 0.887852692691 → 0.888 ✓; C = 0.174131933595 → 0.174 ✓.
    const r = stable(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 14, thresholdSeconds: 19.8 }));
    expect(r.serviceLevel).toBeCloseTo(0.887852692691, 11);
    expect(Math.round(r.serviceLevel * 1000) / 1000).toBe(0.888);
    expect(Math.round(r.occupancy * 1000) / 1000).toBe(0.714);
    expect(Math.round(r.probabilityOfWaiting * 1000) / 1000).toBe(0.174);
  });

  it('pyworkforce test_over_occupancy_erlangc: 15 agents give SL 0.941, occupancy 0.667, waiting 0.102 (right)', () => {
    // Direct sum: C(15, 10) = 0.102042367008; SL(19.8 s) = 1 − C·e^(−5×19.8/180) = 0.941126675704.
    const r = stable(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 15, thresholdSeconds: 19.8 }));
    expect(r.probabilityOfWaiting).toBeCloseTo(0.102042367008, 11);
    expect(r.serviceLevel).toBeCloseTo(0.941126675704, 11);
    expect(r.occupancy).toBeCloseTo(2 / 3, 15);
  });

  it('PRODYNA/exciting-algorithms ErlangC(25, 20) = 0.261 is wrong: the true value is 0.209102826599', () => {
    // tests/erlangc_test.go asserts round(ErlangC(25 agents, 20 Erlangs), 3) = 0.261 (the Go port of the
    // R package phubers/erlang). Its Erlang B loop stops at N − 1: B(24, 20) = 0.0660967170042 gives
    // 25 × 0.0661 / (25 − 20 × 0.9339) = 0.2614, the published figure. With B(25, 20) = 0.0502217778908:
    // C = 25 × 0.0502217778908 / (25 − 20 × 0.9497782221092) = 1.25554444727 / 6.00443555782 = 0.209102826599.
    const r = stable(erlangC({ offeredLoad: 20, ahtSeconds: 180, agents: 25, thresholdSeconds: 60 }));
    expect(r.probabilityOfWaiting).toBeCloseTo(0.209102826599, 11);
    expect(r.probabilityOfWaiting).not.toBeCloseTo(0.261, 3);
  });

  it('PRODYNA ErlangB(200, 180) = 0.012 is wrong: the true blocking is 0.0103249952050', () => {
    // tests/erlangb_test.go. Direct sum B = (A^N/N!) / Σₖ₌₀ᴺ Aᵏ/k! in 40 digits: B(200, 180) = 0.0103249952050;
    // B(199, 180) = 0.0115919032398 is the published figure rounded (the loop stops at N − 1).
    expect(erlangB(180, 200)).toBeCloseTo(0.010324995205, 12);
    expect(erlangB(180, 199)).toBeCloseTo(0.0115919032398, 12);
    expect(erlangB(20, 25)).toBeCloseTo(0.0502217778908, 12);
    // By hand: B(1, 1) = 1 × 1 / (1 + 1) = 0.5; B(2, 1) = 0.5 / (2 + 0.5) = 0.2.
    expect(erlangB(1, 2)).toBeCloseTo(0.2, 15);
  });

  it('PRODYNA AvgWaitTime(25, 200 calls, 180 s, 30 min) = 9.410 s is wrong: the true ASA is 7.52770175756 s', () => {
    // A = 200 × 180 / 1800 = 20; ASA = C × 180 / 5 = 0.209102826599 × 36 = 7.52770175756.
    // The published 9.410 = 0.2614 × 36, the off-by-one C above.
    const r = stable(
      erlangC({
        callsPerInterval: 200,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        agents: 25,
        thresholdSeconds: 60,
      }),
    );
    expect(r.averageSpeedOfAnswer).toBeCloseTo(7.52770175756, 9);
    expect(r.serviceLevel).toBeCloseTo(0.960505577571, 11);
  });

  it('PRODYNA ServiceLevel(25, 200 calls, 180 s, 60 min, 60 s) = 0.9999992 is wrong: the true SL is 0.999999671311', () => {
    // A = 200 × 180 / 3600 = 10; C(25, 10) = 0.0000487817589579; SL = 1 − C·e^(−15 × 60 / 180) = 1 − C·e^(−5).
    // The off-by-one C(25, 10) = 0.000121954 gives 0.99999918, the published figure.
    const r = stable(
      erlangC({
        callsPerInterval: 200,
        intervalSeconds: 3600,
        ahtSeconds: 180,
        agents: 25,
        thresholdSeconds: 60,
      }),
    );
    expect(r.probabilityOfWaiting).toBeCloseTo(0.0000487817589579, 15);
    expect(r.serviceLevel).toBeCloseTo(0.999999671311, 11);
  });

  it('a threshold of 0 seconds counts only the calls answered at once: SL = 1 − C', () => {
    // Wolfram's ErlangC documentation problem: 30 calls an hour, 5-minute calls → A = 30 × 300 / 3600 = 2.5.
    // Direct sum: C(5, 2.5) = 0.130371297455, C(6, 2.5) = 0.0474448121945.
    const five = stable(erlangC({ offeredLoad: 2.5, ahtSeconds: 300, agents: 5, thresholdSeconds: 0 }));
    expect(five.serviceLevel).toBeCloseTo(1 - 0.130371297455, 11);
    const six = stable(erlangC({ offeredLoad: 2.5, ahtSeconds: 300, agents: 6, thresholdSeconds: 0 }));
    expect(six.serviceLevel).toBeCloseTo(1 - 0.0474448121945, 11);
  });

  it('one agent is the M/M/1 queue: C = ρ, ASA = ρ·AHT/(1 − ρ)', () => {
    // A = 0.5: C = 0.5 (B(1) = 0.5/1.5 = 1/3; C = 1 × (1/3) / (1 − 0.5 × 2/3) = (1/3)/(2/3) = 0.5);
    // ASA = 0.5 × 120 / 0.5 = 120 s; SL(60 s) = 1 − 0.5·e^(−0.5 × 60/120) = 1 − 0.5·e^(−0.25) = 0.610599608464.
    const r = stable(erlangC({ offeredLoad: 0.5, ahtSeconds: 120, agents: 1, thresholdSeconds: 60 }));
    expect(r.probabilityOfWaiting).toBeCloseTo(0.5, 15);
    expect(r.averageSpeedOfAnswer).toBeCloseTo(120, 12);
    expect(r.serviceLevel).toBeCloseTo(1 - 0.5 * Math.exp(-0.25), 15);
    expect(r.occupancy).toBe(0.5);
  });

  it('no calls: nobody waits', () => {
    const r = stable(
      erlangC({
        callsPerInterval: 0,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        agents: 1,
        thresholdSeconds: 0,
      }),
    );
    expect(r).toEqual({
      stable: true,
      offeredLoad: 0,
      agents: 1,
      probabilityOfWaiting: 0,
      serviceLevel: 1,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    });
  });

  it('agents not above the load: a typed overloaded result, never NaN or Infinity', () => {
    const overloaded = {
      stable: false,
      offeredLoad: 10,
      agents: 10,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageSpeedOfAnswer: null,
      occupancy: 1,
    };
    expect(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 10, thresholdSeconds: 20 })).toEqual(
      overloaded,
    );
    expect(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 3, thresholdSeconds: 20 })).toEqual({
      ...overloaded,
      agents: 3,
    });
    // 0.1 × 300 / 3 is 10.000000000000002 in floating point; the decimal load is exactly 10, so 10 agents are
    // overloaded and 11 are not.
    const tricky = { callsPerInterval: 0.1, intervalSeconds: 3, ahtSeconds: 300, thresholdSeconds: 20 };
    expect(erlangC({ ...tricky, agents: 10 })).toMatchObject({ stable: false, offeredLoad: 10 });
    // Inputs whose exact decimal parts overflow a double fall back to the floating-point quotient:
    // 1e-310 × 1e300 / 1e-10 = 1 Erlang; so does occupancy, 1 / 2 agents; C(2, 1 E) = (1/2 × 2) / (1 + 1 + 1) = 1/3.
    const subnormal = erlangC({
      callsPerInterval: 1e-310,
      ahtSeconds: 1e300,
      intervalSeconds: 1e-10,
      agents: 2,
      thresholdSeconds: 0,
    });
    expect(subnormal.offeredLoad).toBeCloseTo(1, 12);
    expect(subnormal.occupancy).toBeCloseTo(0.5, 12);
    expect(subnormal.probabilityOfWaiting).toBeCloseTo(1 / 3, 12);
    expect(erlangC({ ...tricky, agents: 11 })).toMatchObject({ stable: true, offeredLoad: 10 });
    // The two tests of stability each catch a load the other misses. 1 × 0.3 / 0.1 is exactly 3 Erlangs but
    // 2.9999999999999996 in floating point: the decimal test makes 3 agents overloaded ...
    const underFloat = { callsPerInterval: 1, intervalSeconds: 0.1, ahtSeconds: 0.3, thresholdSeconds: 0 };
    expect(erlangC({ ...underFloat, agents: 3 })).toEqual({
      ...overloaded,
      offeredLoad: 2.9999999999999996,
      agents: 3,
    });
    // ... and 4 agents are the textbook C(4, 3 E) = (3⁴/4! × 4/1) / (1 + 3 + 9/2 + 27/6 + 27/2) = 13.5/26.5 = 27/53.
    const four = stable(erlangC({ ...underFloat, agents: 4 }));
    expect(four.probabilityOfWaiting).toBeCloseTo(27 / 53, 14);
    expect(four.serviceLevel).toBeCloseTo(26 / 53, 14);
    // 1 × 0.8999999999999999 / 0.3 is 2.99999999999999966… exactly but 3 in floating point: the decimal test
    // alone would call 3 agents stable and divide by 3 − 3 = 0; the floating-point test keeps them overloaded.
    const overFloat = { callsPerInterval: 1, intervalSeconds: 0.3, ahtSeconds: 0.8999999999999999 };
    expect(erlangC({ ...overFloat, agents: 3, thresholdSeconds: 0 })).toEqual({
      ...overloaded,
      offeredLoad: 3,
      agents: 3,
    });
    expect(
      JSON.parse(
        JSON.stringify(erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 9, thresholdSeconds: 20 })),
      ),
    ).toEqual({
      ...overloaded,
      agents: 9,
    });
  });

  it('a large queue matches the direct sum to 10 significant digits (1,000 and 10,000 Erlangs)', () => {
    for (const [load, agents] of [
      [1000, 1030],
      [10_000, 10_080],
    ] as const) {
      const r = stable(erlangC({ offeredLoad: load, ahtSeconds: 240, agents, thresholdSeconds: 15 }));
      const ref = referenceErlangC(load, agents, 240, 15);
      expect(relativeError(r.probabilityOfWaiting, ref.probabilityOfWaiting)).toBeLessThan(1e-10);
      expect(relativeError(r.serviceLevel, ref.serviceLevel)).toBeLessThan(1e-10);
      expect(relativeError(r.averageSpeedOfAnswer, ref.averageSpeedOfAnswer)).toBeLessThan(1e-10);
    }
  });

  it('fifty thousand agents: finite, no overflow', () => {
    const r = stable(erlangC({ offeredLoad: 50_000, ahtSeconds: 300, agents: 50_200, thresholdSeconds: 20 }));
    expect(Number.isFinite(r.probabilityOfWaiting)).toBe(true);
    expect(r.probabilityOfWaiting).toBeGreaterThan(0);
    expect(r.serviceLevel).toBeGreaterThan(0.9);
    // A small load on many agents underflows Erlang B to 0 rather than to NaN.
    expect(
      stable(erlangC({ offeredLoad: 1, ahtSeconds: 300, agents: 2000, thresholdSeconds: 20 })).serviceLevel,
    ).toBe(1);
  });

  it('rejects bad options with the path of the option', () => {
    const ok = { offeredLoad: 10, ahtSeconds: 180, agents: 14, thresholdSeconds: 20 };
    const bad = (patch: object) => failure(() => erlangC({ ...ok, ...patch } as never));
    expect(bad({ agents: 14.5 })).toBe('invalid-option at options.agents');
    expect(bad({ agents: 0 })).toBe('invalid-option at options.agents');
    expect(bad({ agents: 1e12 })).toBe('invalid-option at options.agents');
    expect(bad({ agents: '14' })).toBe('invalid-option at options.agents');
    expect(bad({ ahtSeconds: 0 })).toBe('invalid-option at options.ahtSeconds');
    expect(bad({ ahtSeconds: Number.NaN })).toBe('invalid-option at options.ahtSeconds');
    expect(bad({ thresholdSeconds: -1 })).toBe('invalid-option at options.thresholdSeconds');
    expect(bad({ offeredLoad: Number.POSITIVE_INFINITY })).toBe('invalid-option at options.offeredLoad');
    expect(bad({ offeredLoad: -2 })).toBe('invalid-option at options.offeredLoad');
    expect(bad({ offeredLoad: 2_000_000 })).toBe('invalid-option at options.offeredLoad');
    expect(bad({ callsPerInterval: 100 })).toBe('invalid-option at options.offeredLoad');
    expect(bad({ agentz: 3 })).toBe('invalid-option at options.agentz');
    expect(failure(() => erlangC(null as never))).toBe('invalid-option at options');
    // A number has no keys of its own, so only the type test refuses it.
    expect(failure(() => erlangC(5 as never))).toBe('invalid-option at options');
    expect(bad({ intervalSeconds: 1800 })).toBe('invalid-option at options.offeredLoad');
    // The limit itself is allowed: a million Erlangs with a million agents is a (cheap) overloaded queue.
    expect(
      erlangC({ offeredLoad: 1_000_000, ahtSeconds: 180, agents: 1_000_000, thresholdSeconds: 20 }).stable,
    ).toBe(false);
    const byVolume = {
      callsPerInterval: 100,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      agents: 14,
      thresholdSeconds: 20,
    };
    expect(failure(() => erlangC({ ...byVolume, intervalSeconds: 0 }))).toBe(
      'invalid-option at options.intervalSeconds',
    );
    expect(failure(() => erlangC({ ...byVolume, callsPerInterval: -1 }))).toBe(
      'invalid-option at options.callsPerInterval',
    );
    const { callsPerInterval: _, ...noCalls } = byVolume;
    expect(failure(() => erlangC(noCalls as never))).toBe('invalid-option at options.callsPerInterval');
    // 10,001 calls of 3 minutes every 1.8 s: 10,001 × 180 / 1.8 = 1,000,100 Erlangs, past the 1,000,000
    // allowed; the calls are named, since they make the load.
    expect(failure(() => erlangC({ ...byVolume, callsPerInterval: 10_001, intervalSeconds: 1.8 }))).toBe(
      'invalid-option at options.callsPerInterval',
    );
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ offeredLoad: 10, ahtSeconds: 180, agents: 14, thresholdSeconds: 20 });
    expect(() => erlangC(options)).not.toThrow();
  });
});
