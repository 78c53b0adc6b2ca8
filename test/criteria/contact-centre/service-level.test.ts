import { describe, expect, it } from 'vitest';
import {
  b2c,
  type CallRecord,
  type CallRecordInput,
  checkAggregatorLaws,
  defineProfile,
  evaluateServiceLevel,
  groupedBy,
  measure,
  normalizeCallRecords,
  periodOf,
  SERVICE_LEVEL_CONVENTIONS,
  type ServiceLevelConvention,
  serviceLevel,
  serviceLevelAggregator,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10', 'Europe/Berlin');
const at = (minute: number, plusSeconds = 0): string =>
  new Date(Date.UTC(2026, 9, 28, 8, minute, plusSeconds)).toISOString();

function answered(id: number, wait: number, extra: Partial<CallRecordInput> = {}): CallRecordInput {
  return { id, queue: 'billing', offeredAt: at(id), answeredAt: at(id, wait), ...extra };
}
function abandoned(id: number, wait: number, extra: Partial<CallRecordInput> = {}): CallRecordInput {
  return { id, queue: 'billing', offeredAt: at(id), abandonedAt: at(id, wait), ...extra };
}

// Seven calls, threshold 30 s (inclusive), short abandon 5 s:
// answered after 10, 30, 45, 90 s -> A = 4, A_T = 2 (10 and 30: "30 s or less")
// abandoned after 3, 20, 70 s   -> B = 3, B_T = 2 (3 and 20), B_S = 1 (3)
const seven: CallRecord[] = normalizeCallRecords([
  answered(1, 10, { agentId: 'a1', teamId: 't1', talkSeconds: 200, holdSeconds: 20, wrapUpSeconds: 30 }), // handle 250
  answered(2, 30, { agentId: 'a1', teamId: 't1', talkSeconds: 100, holdSeconds: 0, wrapUpSeconds: 20 }), // handle 120
  answered(3, 45, { agentId: 'a2', teamId: 't2', queue: 'sales', talkSeconds: 300, holdSeconds: 40 }), // handle 340
  answered(4, 90, { agentId: 'a2', teamId: 't2', queue: 'sales', talkSeconds: 150 }), // handle 150
  abandoned(5, 3),
  abandoned(6, 20, { queue: 'sales' }),
  abandoned(7, 70),
]);

const expectedByConvention: Record<ServiceLevelConvention, number> = {
  'answered-only': 2 / 4, // A_T / A
  'abandons-as-misses': 2 / 7, // A_T / (A + B)
  'abandons-within-threshold-as-met': (2 + 2) / 7, // (A_T + B_T) / (A + B)
  'abandons-within-threshold-excluded': 2 / (7 - 2), // A_T / (A + B - B_T) = 0.4
  'short-abandons-as-met': (2 + 1) / 7, // (A_T + B_S) / (A + B)
  'short-abandons-excluded': 2 / (7 - 1), // A_T / (A + B - B_S)
};

describe('contactCentre.serviceLevel', () => {
  it('computes each of the six conventions from the same seven calls and names the convention used', () => {
    for (const convention of SERVICE_LEVEL_CONVENTIONS) {
      const m = measure(serviceLevelAggregator({ period: october, convention }), seven);
      expect(m.convention).toBe(convention);
      expect(m.serviceLevel).toBeCloseTo(expectedByConvention[convention], 12);
    }
  });

  it('reports the companions: ASA, hold, handle, longest wait, waits over a minute, abandonment', () => {
    const m = measure(serviceLevelAggregator({ period: october }), seven);
    expect(m.convention).toBe('abandons-as-misses');
    expect(m.offered).toBe(7);
    expect(m.answered).toBe(4);
    expect(m.answeredWithinThreshold).toBe(2);
    expect(m.abandonedWithinThreshold).toBe(2);
    expect(m.shortAbandons).toBe(1);
    expect(m.averageSpeedOfAnswerSeconds).toBe(43.75); // (10 + 30 + 45 + 90) / 4
    expect(m.averageHoldSeconds).toBe(20); // (20 + 0 + 40) / 3 calls with a hold time
    expect(m.averageHandleSeconds).toBe(215); // (250 + 120 + 340 + 150) / 4
    expect(m.longestWaitSeconds).toBe(90);
    expect(m.waitedOverMinute).toBe(2); // 90 and 70
    expect(m.shareWaitedOverMinute).toBeCloseTo(2 / 7, 12);
    expect(m.abandonmentRate).toBeCloseTo(3 / 7, 12);
  });

  it('treats the threshold as inclusive unless asked: a call answered at exactly 30 s is in time', () => {
    const exclusive = measure(serviceLevelAggregator({ period: october, inclusive: false }), seven);
    expect(exclusive.answeredWithinThreshold).toBe(1); // only the 10 s call
    expect(exclusive.serviceLevel).toBeCloseTo(1 / 7, 12);
    // The explanation says "or less" only for an inclusive threshold (rated from 5 calls here).
    const five = defineProfile(b2c, { criteria: { 'contactCentre.serviceLevel': { minimumSample: 5 } } });
    const judged = (inclusive: boolean) =>
      serviceLevel(seven, { period: october, profile: five, inclusive }).explanation.message;
    expect(judged(true)).toContain(' calls answered in 30 s or less (');
    expect(judged(false)).toContain(' calls answered in 30 s (');
    const at20 = measure(serviceLevelAggregator({ period: october, thresholdSeconds: 20 }), seven);
    expect(at20.answeredWithinThreshold).toBe(1); // 10 s
    expect(at20.abandonedWithinThreshold).toBe(2); // 3 and 20 s
  });

  it('counts short abandons by shortAbandonSeconds (default 5, from the profile)', () => {
    const m = measure(
      serviceLevelAggregator({
        period: october,
        shortAbandonSeconds: 20,
        convention: 'short-abandons-excluded',
      }),
      seven,
    );
    expect(m.shortAbandons).toBe(2); // 3 and 20 s
    expect(m.serviceLevel).toBeCloseTo(2 / 5, 12);
    expect(b2c.criteria['contactCentre.serviceLevel'].shortAbandonSeconds).toBe(5);
  });

  it('gives results per queue, per agent and per team via groupedBy', () => {
    const byQueue = measure(
      groupedBy(serviceLevelAggregator({ period: october }), (c) => c.queue),
      seven,
    );
    // billing: answered 10, 30 s; abandoned 3, 70 s -> 2 / 4
    expect(byQueue.billing?.serviceLevel).toBe(0.5);
    // sales: answered 45, 90 s; abandoned 20 s -> 0 / 3
    expect(byQueue.sales?.serviceLevel).toBe(0);
    const byAgent = measure(
      groupedBy(serviceLevelAggregator({ period: october }), (c) => c.agentId ?? '(none)'),
      seven,
    );
    expect(byAgent.a1?.averageSpeedOfAnswerSeconds).toBe(20); // (10 + 30) / 2
    expect(byAgent.a2?.longestWaitSeconds).toBe(90);
    const byTeam = measure(
      groupedBy(serviceLevelAggregator({ period: october }), (c) => c.teamId ?? '(none)'),
      seven,
    );
    expect(byTeam.t2?.averageHandleSeconds).toBe(245); // (340 + 150) / 2
  });

  it('obeys the aggregator laws, also grouped', () => {
    checkAggregatorLaws(serviceLevelAggregator({ period: october }), seven);
    checkAggregatorLaws(
      groupedBy(serviceLevelAggregator({ period: october }), (c) => c.queue),
      seven,
    );
  });

  it("a centre answering 36 of 40 calls within 30 s is rated excellent (90 %, the band's excellent point)", () => {
    const calls = normalizeCallRecords(
      Array.from({ length: 40 }, (_, i) => (i < 36 ? answered(i, 10) : answered(i, 40))),
    );
    const result = serviceLevel(calls, { period: october, profile: b2c });
    expect(result.value).toBe(0.9); // 36 / 40
    expect(result.rating).toBe('excellent');
    expect(result.score).toBe(80);
    expect(result.explanation.code).toBe('contactCentre.serviceLevel.rated');
    expect(result.sampleSize).toBe(40);
  });

  it('a centre answering 34 of 40 in time meets the 85 % target and is rated good', () => {
    const calls = normalizeCallRecords(
      Array.from({ length: 40 }, (_, i) => (i < 34 ? answered(i, 10) : answered(i, 40))),
    );
    const result = serviceLevel(calls, { period: october, profile: b2c });
    expect(result.value).toBe(0.85); // 34 / 40
    expect(result.rating).toBe('good');
    expect(result.score).toBe(60);
  });

  it('reports insufficient data instead of NaN: no calls, or fewer than the minimum sample', () => {
    const none = serviceLevel([], { period: october, profile: b2c });
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('contactCentre.serviceLevel.no-calls');
    expect(none.details.averageSpeedOfAnswerSeconds).toBeNull();
    expect(none.details.longestWaitSeconds).toBeNull();
    const few = serviceLevel(seven, { period: october, profile: b2c });
    expect(few.rating).toBe('insufficient-data');
    expect(few.explanation.code).toBe('contactCentre.serviceLevel.insufficient-sample');
    // all calls abandoned within the threshold, excluded: no denominator
    const onlyShort = normalizeCallRecords([abandoned(1, 3)]);
    const m = measure(
      serviceLevelAggregator({ period: october, convention: 'abandons-within-threshold-excluded' }),
      onlyShort,
    );
    expect(m.serviceLevel).toBeNull();
    expect(m.countedCalls).toBe(0);
  });

  it('skips calls offered outside the period and warns', () => {
    const calls = normalizeCallRecords([
      ...Array.from({ length: 30 }, (_, i) => answered(i, 10)),
      { id: 'nov', queue: 'billing', offeredAt: '2026-11-02T10:00:00Z', answeredAt: '2026-11-02T10:00:05Z' },
    ]);
    const result = serviceLevel(calls, { period: october, profile: b2c });
    expect(result.details.outsidePeriod).toBe(1);
    expect(result.value).toBe(1); // 30 / 30
    expect(result.warnings[0]?.code).toBe('contactCentre.serviceLevel.outside-period');
  });

  it('takes the threshold from the profile', () => {
    const strict = defineProfile(b2c, {
      criteria: { 'contactCentre.serviceLevel': { thresholdSeconds: 20 } },
    });
    const result = serviceLevel(seven, { period: october, profile: strict });
    expect(result.details.thresholdSeconds).toBe(20);
    expect(result.details.answeredWithinThreshold).toBe(1);
  });

  it('rejects bad options with code and path', () => {
    expect(failure(() => serviceLevelAggregator({ period: october, thresholdSeconds: -1 }))).toBe(
      'invalid-option at options.thresholdSeconds',
    );
    expect(failure(() => serviceLevelAggregator({ period: october, shortAbandonSeconds: Number.NaN }))).toBe(
      'invalid-option at options.shortAbandonSeconds',
    );
    expect(
      failure(() =>
        serviceLevelAggregator({ period: october, convention: 'pure' as ServiceLevelConvention }),
      ),
    ).toBe('invalid-option at options.convention');
    expect(
      failure(() => serviceLevelAggregator({ period: october, inclusive: 'yes' as unknown as boolean })),
    ).toBe('invalid-option at options.inclusive');
    expect(failure(() => serviceLevelAggregator({ period: null as never }))).toBe(
      'invalid-option at options.period',
    );
  });

  it('rejects impossible calls before they reach the metric, with the record path', () => {
    expect(
      failure(() =>
        normalizeCallRecords([answered(1, 10), { id: 2, queue: 'q', offeredAt: at(5), answeredAt: at(4) }]),
      ),
    ).toMatch(/^inconsistent-record at calls\[1\]\./);
    expect(
      failure(() =>
        normalizeCallRecords([
          { id: 3, queue: 'q', offeredAt: at(1), outcome: 'abandoned', waitSeconds: -4 },
        ]),
      ),
    ).toMatch(/^out-of-range at calls\[0\]\.waitSeconds/);
    expect(failure(() => normalizeCallRecords([answered(1, 10, { holdSeconds: -1 })]))).toMatch(
      /^out-of-range at calls\[0\]\.holdSeconds/,
    );
  });

  it('judges metrics computed elsewhere', () => {
    const m = measure(serviceLevelAggregator({ period: october }), seven);
    expect(evaluateServiceLevel(m, { profile: b2c }).details).toBe(m);
  });

  it('reproduces the published ICMI / Call Centre Helper example for all six conventions', () => {
    // 1000 answered (860 within 20 s), 60 abandoned (20 within 20 s, 10 of them within 5 s)
    const inputs: CallRecordInput[] = [];
    let id = 0;
    const push = (n: number, make: (i: number) => CallRecordInput) => {
      for (let k = 0; k < n; k++) inputs.push(make(id++ % 1400));
    };
    push(860, (i) => answered(i, 10));
    push(140, (i) => answered(i, 40));
    push(10, (i) => abandoned(i, 3));
    push(10, (i) => abandoned(i, 15));
    push(40, (i) => abandoned(i, 50));
    const calls = normalizeCallRecords(inputs.map((c, i) => ({ ...c, id: i })));
    const published: Record<ServiceLevelConvention, number> = {
      'answered-only': 860 / 1000, // 86.0 %
      'abandons-as-misses': 860 / 1060, // 81.1 %
      'abandons-within-threshold-as-met': 880 / 1060, // 83.0 %
      'abandons-within-threshold-excluded': 860 / 1040, // 82.7 %
      'short-abandons-as-met': 870 / 1060, // 82.1 %
      'short-abandons-excluded': 860 / 1050, // 81.9 %
    };
    for (const convention of SERVICE_LEVEL_CONVENTIONS) {
      const m = measure(serviceLevelAggregator({ period: october, thresholdSeconds: 20, convention }), calls);
      expect(m.serviceLevel).toBeCloseTo(published[convention], 12);
    }
  });

  it('rejects impossible calls that bypassed the normaliser, from the metric side, with the path', () => {
    const good = seven[0] as CallRecord;
    const negative = { ...good, id: 'C-7', waitSeconds: -3 };
    expect(failure(() => serviceLevel([good, negative], { period: october, profile: b2c }))).toBe(
      'out-of-range at calls[1].waitSeconds',
    );
    const agg = serviceLevelAggregator({ period: october });
    expect(failure(() => agg.add(agg.init(), negative))).toBe('out-of-range at calls[id=C-7].waitSeconds');
    const early = { ...good, id: 'C-8', answeredAt: good.offeredAt - 1000 };
    // the convenience checks the times too; the streaming add trusts normalised times and checks the seconds it reads
    expect(failure(() => serviceLevel([early], { period: october, profile: b2c }))).toBe(
      'inconsistent-record at calls[0].answeredAt',
    );
    const early2 = { ...good, id: 'C-9', outcome: 'abandoned' as const, abandonedAt: good.offeredAt - 1 };
    expect(failure(() => serviceLevel([good, good, early2], { period: october, profile: b2c }))).toBe(
      'inconsistent-record at calls[2].abandonedAt',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, holdSeconds: Number.NaN }))).toBe(
      'out-of-range at calls[id=1].holdSeconds',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, talkSeconds: -1 }))).toBe(
      'out-of-range at calls[id=1].talkSeconds',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, wrapUpSeconds: Number.POSITIVE_INFINITY }))).toBe(
      'out-of-range at calls[id=1].wrapUpSeconds',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, outcome: 'lost' as 'answered' }))).toBe(
      'out-of-range at calls[id=1].outcome',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, offeredAt: Number.NaN }))).toBe(
      'out-of-range at calls[id=1].offeredAt',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, waitSeconds: undefined as unknown as number }))).toBe(
      'out-of-range at calls[id=1].waitSeconds',
    );
    // Finite in seconds, infinite in milliseconds: named by its own field (it used to be "waitSeconds").
    expect(failure(() => agg.add(agg.init(), { ...good, holdSeconds: 1e306 }))).toBe(
      'out-of-range at calls[id=1].holdSeconds',
    );
    expect(failure(() => agg.add(agg.init(), { ...good, talkSeconds: 1e306 }))).toBe(
      'out-of-range at calls[id=1].talkSeconds',
    );
    // Hold and wrap-up of 1.7e305 s are each 1.7e308 ms (below the largest double, 1.797e308): only
    // their sum is infinite, and the hold is named.
    expect(
      failure(() => agg.add(agg.init(), { ...good, holdSeconds: 1.7e305, wrapUpSeconds: 1.7e305 })),
    ).toBe('out-of-range at calls[id=1].holdSeconds');
  });
});
