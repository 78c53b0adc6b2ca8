// Call metrics: the service-level aggregator against a hand-written loop, whole and grouped.
import {
  type CallRecord,
  groupedBy,
  measure,
  periodOf,
  type ServiceLevelMetrics,
  serviceLevelAggregator,
  serviceLevelByInterval,
} from '../../../src/index.js';
import type { BenchDataset } from '../data.js';
import { assertSame, type BenchCase } from '../harness.js';

/** The hand-written state: the same counts the aggregator keeps. */
interface Counts {
  answered: number;
  within: number;
  abandoned: number;
  waitMs: number;
  handled: number;
  handleMs: number;
}
const newCounts = (): Counts => ({
  answered: 0,
  within: 0,
  abandoned: 0,
  waitMs: 0,
  handled: 0,
  handleMs: 0,
});

/** One call into hand-written counts: service level (30 s), ASA, abandonment and AHT. */
function addCall(c: Counts, call: CallRecord): void {
  const waitMs = Math.round(call.waitSeconds * 1000);
  if (call.outcome === 'answered') {
    c.answered++;
    if (waitMs <= 30_000) c.within++;
    c.waitMs += waitMs;
    if (call.talkSeconds !== undefined) {
      c.handled++;
      c.handleMs +=
        Math.round(call.talkSeconds * 1000) +
        Math.round((call.holdSeconds ?? 0) * 1000) +
        Math.round((call.wrapUpSeconds ?? 0) * 1000);
    }
  } else c.abandoned++;
}

/** The four figures both sides must agree on. */
const figures = (c: Counts) => [
  c.answered + c.abandoned === 0 ? null : c.within / (c.answered + c.abandoned),
  c.answered === 0 ? null : c.waitMs / c.answered / 1000,
  c.answered + c.abandoned === 0 ? null : c.abandoned / (c.answered + c.abandoned),
  c.handled === 0 ? null : c.handleMs / c.handled / 1000,
];
const libraryFigures = (m: ServiceLevelMetrics) => [
  m.serviceLevel,
  m.averageSpeedOfAnswerSeconds,
  m.abandonmentRate,
  m.averageHandleSeconds,
];

export function callCases(data: BenchDataset): BenchCase[] {
  const calls = data.calls;
  const n = calls.length;
  const period = periodOf(data.month, 'UTC');
  const berlin = periodOf(data.month, 'Europe/Berlin');
  const { start, end } = period;

  const handLoop = () => {
    const c = newCounts();
    for (let i = 0; i < n; i++) {
      const call = calls[i] as CallRecord;
      if (call.offeredAt >= start && call.offeredAt < end) addCall(c, call);
    }
    return figures(c);
  };
  const library = () => libraryFigures(measure(serviceLevelAggregator({ period }), calls));
  const handLoopFull = () => {
    // Everything the aggregator returns, with its guards: hold, longest wait, waits over a minute,
    // short abandons, abandons in time, and the range checks on each number read.
    let answered = 0;
    let within = 0;
    let abandoned = 0;
    let abandonedWithin = 0;
    let short = 0;
    let waitMs = 0;
    let holdCalls = 0;
    let holdMs = 0;
    let handled = 0;
    let handleMs = 0;
    let longest = -1;
    let overMinute = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const call = calls[i] as CallRecord;
      const t = call.offeredAt;
      const wait = call.waitSeconds;
      if (!(wait >= 0 && wait < Number.POSITIVE_INFINITY)) throw new Error('wait');
      if (t < start || t >= end) {
        outside++;
        continue;
      }
      const w = Math.round(wait * 1000);
      if (call.outcome === 'answered') {
        const hold = call.holdSeconds;
        const h = hold === undefined ? 0 : Math.round(hold * 1000);
        const wrap = Math.round((call.wrapUpSeconds ?? 0) * 1000);
        if (!(h >= 0 && wrap >= 0)) throw new Error('hold');
        answered++;
        if (w <= 30_000) within++;
        waitMs += w;
        if (call.talkSeconds !== undefined) {
          handled++;
          handleMs += Math.round(call.talkSeconds * 1000) + h + wrap;
        }
        if (hold !== undefined) {
          holdCalls++;
          holdMs += h;
        }
      } else {
        abandoned++;
        if (w <= 30_000) abandonedWithin++;
        if (w <= 5000) short++;
      }
      if (w > longest) longest = w;
      if (w > 60_000) overMinute++;
    }
    void [abandonedWithin, short, holdCalls, holdMs, longest, overMinute, outside];
    return figures({ answered, within, abandoned, waitMs, handled, handleMs });
  };

  const handByAgent = () => {
    const byAgent = new Map<string, Counts>();
    for (let i = 0; i < n; i++) {
      const call = calls[i] as CallRecord;
      if (call.offeredAt < start || call.offeredAt >= end) continue;
      const key = call.agentId ?? '';
      let c = byAgent.get(key);
      if (c === undefined) {
        c = newCounts();
        byAgent.set(key, c);
      }
      addCall(c, call);
    }
    return [...byAgent.keys()].sort().map((k) => figures(byAgent.get(k) as Counts));
  };
  const libraryByAgent = () => {
    const m = measure(
      groupedBy(serviceLevelAggregator({ period }), (c) => c.agentId ?? ''),
      calls,
    );
    return Object.keys(m).map((k) => libraryFigures(m[k] as ServiceLevelMetrics));
  };

  const SLOT = 15 * 60_000;
  const handByInterval = () => {
    // Berlin's offsets are whole hours, so its 15-minute intervals are UTC's: an array by slot.
    const slots: (Counts | undefined)[] = new Array(Math.ceil((berlin.end - berlin.start) / SLOT));
    for (let i = 0; i < n; i++) {
      const call = calls[i] as CallRecord;
      const t = call.offeredAt;
      if (t < berlin.start || t >= berlin.end) continue;
      const k = Math.floor((t - berlin.start) / SLOT);
      let c = slots[k];
      if (c === undefined) {
        c = newCounts();
        slots[k] = c;
      }
      addCall(c, call);
    }
    return slots.filter((c) => c !== undefined).map(figures);
  };
  const libraryByInterval = () =>
    measure(serviceLevelByInterval({ period: berlin, intervalMinutes: 15 }), calls).intervals.map((r) =>
      libraryFigures(r.metrics),
    );

  const check = (what: string) => (a: unknown, b: unknown) => assertSame(what, a, b);
  const count = n.toLocaleString('en');
  return [
    {
      name: `Service level, ASA, abandonment, AHT over ${count} calls`,
      baselineName: 'one for loop over the same call records',
      baseline: handLoop,
      library,
      target: 1.2,
      check: check('service level'),
    },
    {
      name: `Service level, ASA, abandonment, AHT over ${count} calls`,
      baselineName: 'one for loop computing every figure the aggregator returns, with its guards',
      baseline: handLoopFull,
      library,
      target: null,
      check: check('service level (all figures)'),
    },
    {
      name: `… per agent (${data.agents} agents), groupedBy`,
      baselineName: 'one loop, Map by agent, same counts',
      baseline: handByAgent,
      library: libraryByAgent,
      target: 1.5,
      check: check('per agent'),
    },
    {
      name: '… per 15-minute interval (Europe/Berlin), serviceLevelByInterval',
      baselineName: 'one loop, array by 15-minute slot, same counts',
      baseline: handByInterval,
      library: libraryByInterval,
      target: 1.5,
      check: check('per interval'),
    },
  ];
}
