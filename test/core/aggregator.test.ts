import { describe, expect, it } from 'vitest';
import {
  type Aggregator,
  accumulate,
  accumulateAsync,
  checkAggregatorLaws,
  filtered,
  groupedBy,
  measure,
  measureAsync,
  mergeStates,
} from '../../src/index.js';

interface Call {
  readonly agentId: string;
  readonly waitSeconds: number;
}

/** Mean wait and count: a minimal real metric. */
const meanWait: Aggregator<Call, { n: number; sum: number }, { calls: number; meanWait: number | null }> = {
  init: () => ({ n: 0, sum: 0 }),
  add: (s, c) => {
    s.n++;
    s.sum += c.waitSeconds;
    return s;
  },
  merge: (a, b) => ({ n: a.n + b.n, sum: a.sum + b.sum }),
  finish: (s) => ({ calls: s.n, meanWait: s.n === 0 ? null : s.sum / s.n }),
};

const calls: Call[] = [
  { agentId: 'a1', waitSeconds: 10 },
  { agentId: 'a2', waitSeconds: 40 },
  { agentId: 'a1', waitSeconds: 25 },
  { agentId: '__proto__', waitSeconds: 5 },
];

describe('runners', () => {
  it('measure runs one pass over an array, a Set or a generator', () => {
    expect(measure(meanWait, calls)).toEqual({ calls: 4, meanWait: 20 });
    expect(measure(meanWait, new Set(calls))).toEqual({ calls: 4, meanWait: 20 });
    function* gen() {
      yield* calls;
    }
    expect(measure(meanWait, gen())).toEqual({ calls: 4, meanWait: 20 });
    expect(measure(meanWait, [])).toEqual({ calls: 0, meanWait: null });
  });

  it('measureAsync streams an async iterable', async () => {
    async function* stream() {
      for (const c of calls) yield c;
    }
    expect(await measureAsync(meanWait, stream())).toEqual({ calls: 4, meanWait: 20 });
    expect(await measureAsync(meanWait, calls)).toEqual({ calls: 4, meanWait: 20 });
  });

  it('partial states from partitions merge to the one-pass result, also through JSON', async () => {
    const left = accumulate(meanWait, calls.slice(0, 1));
    const right = await accumulateAsync(meanWait, calls.slice(1));
    const shipped = [left, right].map((s) => JSON.parse(JSON.stringify(s)));
    expect(meanWait.finish(mergeStates(meanWait, shipped))).toEqual({ calls: 4, meanWait: 20 });
    expect(mergeStates(meanWait, [])).toEqual({ n: 0, sum: 0 });
    expect(accumulate(meanWait, calls.slice(2), accumulate(meanWait, calls.slice(0, 2)))).toEqual({
      n: 4,
      sum: 80,
    });
  });
});

describe('combinators', () => {
  it('filtered sees only the records it keeps', () => {
    expect(
      measure(
        filtered(meanWait, (c) => c.agentId === 'a1'),
        calls,
      ),
    ).toEqual({ calls: 2, meanWait: 17.5 });
  });

  it('groupedBy runs one aggregator per group, safely keyed', () => {
    const perAgent = groupedBy(meanWait, (c) => c.agentId);
    const result = measure(perAgent, calls);
    expect(Object.keys(result)).toEqual(['__proto__', 'a1', 'a2']);
    expect(result.a1).toEqual({ calls: 2, meanWait: 17.5 });
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual({ calls: 1, meanWait: 5 });
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('both pass the aggregator laws', () => {
    checkAggregatorLaws(meanWait, calls);
    checkAggregatorLaws(
      groupedBy(meanWait, (c) => c.agentId),
      calls,
    );
    checkAggregatorLaws(
      filtered(meanWait, (c) => c.waitSeconds > 8),
      calls,
    );
  });

  it('a grouped merge never shares state with its inputs', () => {
    const perAgent = groupedBy(meanWait, (c) => c.agentId);
    const a = accumulate(perAgent, calls.slice(0, 2));
    const merged = perAgent.merge(a, perAgent.init());
    perAgent.add(merged, { agentId: 'a1', waitSeconds: 100 });
    expect(a.a1).toEqual({ n: 1, sum: 10 });
  });
});
