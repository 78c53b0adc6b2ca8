import { ErrorCodes, fail } from '../domain/errors.js';
import { checkKeys, loadOf, MAX_AGENTS, nonNegative, occupancyOf, wholeNumber } from './options.js';

/**
 * The work offered to a queue in one interval: the calls and their average handle time, or the
 * load in Erlangs directly (`offeredLoad = callsPerInterval × ahtSeconds / intervalSeconds`).
 *
 * @example
 * ```ts
 * import type { Workload } from '@org/cs-metrics';
 * const halfHour: Workload = { callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180 };
 * const tenErlangs: Workload = { offeredLoad: 10, ahtSeconds: 180 };
 * ```
 */
export type Workload =
  | {
      /** Calls offered in the interval (≥ 0; fractional forecasts are fine). */
      readonly callsPerInterval: number;
      /** Length of the interval in seconds (> 0): 1800 for a half hour. */
      readonly intervalSeconds: number;
      /** Average handle time in seconds (> 0): talk, hold and after-call work. */
      readonly ahtSeconds: number;
      /** Not with `callsPerInterval`. */
      readonly offeredLoad?: undefined;
    }
  | {
      /** The offered load in Erlangs (≥ 0, at most 1,000,000): calls × AHT / interval. */
      readonly offeredLoad: number;
      /** Average handle time in seconds (> 0). */
      readonly ahtSeconds: number;
      /** Not with `offeredLoad`. */
      readonly callsPerInterval?: undefined;
      /** Not with `offeredLoad`. */
      readonly intervalSeconds?: undefined;
    };

/**
 * What {@link erlangC} takes: a {@link Workload}, the agents on the phones and the service-level
 * threshold.
 *
 * @example
 * ```ts
 * import type { ErlangCOptions } from '@org/cs-metrics';
 * const options: ErlangCOptions = { callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 14, thresholdSeconds: 20 };
 * ```
 */
export type ErlangCOptions = Workload & {
  /** Agents taking calls in the interval: a whole number from 1 to 10,000,000 (after shrinkage, not the roster). */
  readonly agents: number;
  /** The service-level threshold in seconds (≥ 0): a call answered within it, inclusive, counts. */
  readonly thresholdSeconds: number;
};

/**
 * What {@link erlangC} returns. When the agents outnumber the load (`stable: true`) every figure is a
 * finite number. When they do not (`agents ≤ offeredLoad`, `stable: false`) the queue grows without
 * end: every call waits (`probabilityOfWaiting: 1`), none is answered within any threshold
 * (`serviceLevel: 0`), the agents are never idle (`occupancy: 1`), and the average wait has no finite
 * value (`averageSpeedOfAnswer: null` — never `Infinity`, which JSON cannot carry).
 *
 * @example
 * ```ts
 * import { erlangC, type ErlangCResult } from '@org/cs-metrics';
 * const result: ErlangCResult = erlangC({ offeredLoad: 10, ahtSeconds: 180, agents: 10, thresholdSeconds: 20 });
 * result.stable; // false
 * result.averageSpeedOfAnswer; // null
 * ```
 */
export type ErlangCResult =
  | {
      /** The agents outnumber the load: the queue settles. */
      readonly stable: true;
      /** The offered load in Erlangs. */
      readonly offeredLoad: number;
      /** The agents the figures are for. */
      readonly agents: number;
      /** The share of calls that wait at all (Erlang C). */
      readonly probabilityOfWaiting: number;
      /** The share of calls answered within `thresholdSeconds`, inclusive. */
      readonly serviceLevel: number;
      /** The mean wait over all calls, in seconds (calls answered at once count as 0). */
      readonly averageSpeedOfAnswer: number;
      /** The share of the agents' time spent handling calls: `offeredLoad / agents`. */
      readonly occupancy: number;
    }
  | {
      /** Too few agents: the queue grows without end. */
      readonly stable: false;
      /** The offered load in Erlangs. */
      readonly offeredLoad: number;
      /** The agents the figures are for. */
      readonly agents: number;
      /** Every call waits. */
      readonly probabilityOfWaiting: 1;
      /** No call is answered within the threshold in the long run. */
      readonly serviceLevel: 0;
      /** The wait grows without bound: there is no average. */
      readonly averageSpeedOfAnswer: null;
      /** The agents are never idle. */
      readonly occupancy: 1;
    };

const ERLANG_C_KEYS = [
  'callsPerInterval',
  'intervalSeconds',
  'offeredLoad',
  'ahtSeconds',
  'agents',
  'thresholdSeconds',
] as const;

/**
 * Erlang B for `agents` servers by the recursion `B(0) = 1`, `B(n) = A·B(n−1) / (n + A·B(n−1))`:
 * no factorial, no power, every step a number in [0, 1]. @internal
 */
export function erlangB(offeredLoad: number, agents: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (offeredLoad * b) / (n + offeredLoad * b);
  return b;
}

/** The figures of a stable queue from Erlang B at `agents` (`agents > offeredLoad`). @internal */
export function stableQueue(
  offeredLoad: number,
  agents: number,
  erlangBValue: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): { probabilityOfWaiting: number; serviceLevel: number; averageSpeedOfAnswer: number; occupancy: number } {
  const spare = agents - offeredLoad;
  const probabilityOfWaiting = (agents * erlangBValue) / (agents - offeredLoad * (1 - erlangBValue));
  const serviceLevel = 1 - probabilityOfWaiting * Math.exp((-spare * thresholdSeconds) / ahtSeconds);
  return {
    probabilityOfWaiting,
    serviceLevel: Math.min(1, Math.max(0, serviceLevel)),
    averageSpeedOfAnswer: (probabilityOfWaiting * ahtSeconds) / spare,
    occupancy: offeredLoad / agents,
  };
}

/**
 * The Erlang C queue (M/M/N: random arrivals, exponential handle times, callers who wait) for a
 * given number of agents: how many calls wait, how many are answered within the threshold, the
 * average speed of answer and the occupancy.
 *
 * With load `A` (Erlangs), `N` agents, handle time `AHT` and threshold `T` (seconds), and Erlang B
 * from the recursion `B(0) = 1`, `B(n) = A·B(n−1) / (n + A·B(n−1))`:
 *
 * - `probabilityOfWaiting = C = N·B(N) / (N − A·(1 − B(N)))`
 * - `serviceLevel = 1 − C·exp(−(N − A)·T / AHT)` (share answered within `T`, inclusive)
 * - `averageSpeedOfAnswer = C·AHT / (N − A)` (seconds, over all calls)
 * - `occupancy = A / N`
 *
 * The recursion is stable in floating point for any `N` (tens of thousands of agents included) and
 * takes `N` steps. Figures match the direct Erlang C sum to 12 significant digits (see docs/staffing.md
 * for the published reference values it is tested against). When `N ≤ A` the result is
 * `{ stable: false, … }`, described at {@link ErlangCResult}.
 *
 * @throws {CsMetricsError} `invalid-option` at `options.<name>` for a missing, non-finite or
 *   out-of-range value, `agents` that is not a whole number from 1 to 10,000,000, both
 *   `offeredLoad` and `callsPerInterval`, a load above 1,000,000 Erlangs, or an unknown key.
 * @example
 * ```ts
 * import { erlangC } from '@org/cs-metrics';
 * // Call Centre Helper's example: 100 calls in 30 minutes, 3-minute calls, 14 agents, 20-second target.
 * const result = erlangC({ callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 14, thresholdSeconds: 20 });
 * result.offeredLoad; // 10
 * Math.round(result.probabilityOfWaiting * 10_000) / 10_000; // 0.1741
 * Math.round(result.serviceLevel * 10_000) / 10_000; // 0.8884
 * Math.round(result.occupancy * 1000) / 1000; // 0.714
 * ```
 */
export function erlangC(options: ErlangCOptions): ErlangCResult {
  checkKeys(options, ERLANG_C_KEYS, 'options');
  const load = loadOf(options, 'options');
  const agents = wholeNumber(options.agents, 'options.agents', 1);
  if (agents > MAX_AGENTS)
    fail(ErrorCodes.InvalidOption, 'options.agents', `at most ${MAX_AGENTS} agents`, agents);
  const thresholdSeconds = nonNegative(
    options.thresholdSeconds,
    'options.thresholdSeconds',
    'a duration in seconds',
  );
  const offeredLoad = load.erlangs;
  // Stability is decided on the exact decimal load, so 10 agents for a load that prints as 10 is overloaded.
  const stable = BigInt(agents) * load.exact.denominator > load.exact.numerator && agents > offeredLoad;
  if (!stable)
    return {
      stable: false,
      offeredLoad,
      agents,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageSpeedOfAnswer: null,
      occupancy: 1,
    };
  const queue = stableQueue(
    offeredLoad,
    agents,
    erlangB(offeredLoad, agents),
    load.ahtSeconds,
    thresholdSeconds,
  );
  return { stable: true, offeredLoad, agents, ...queue, occupancy: occupancyOf(load, agents) };
}
