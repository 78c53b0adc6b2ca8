import { ErrorCodes, fail } from '../domain/errors.js';
import type { Workload } from './erlang-c.js';
import { erlangB, stableQueue } from './erlang-c.js';
import { ceilRatio, decimalRatio, divideRatios, nextIntegerAbove, oneMinus } from './exact.js';
import {
  checkKeys,
  finiteNumber,
  type Load,
  loadOf,
  MAX_AGENTS,
  nonNegative,
  occupancyOf,
  openShare,
  positive,
} from './options.js';

/**
 * What {@link requiredAgents} takes: a {@link Workload}, at least one target, and optionally an
 * occupancy cap and the shrinkage.
 *
 * Targets: the service-level pair (`targetServiceLevel` of calls answered within `thresholdSeconds`),
 * `targetAverageSpeedOfAnswer`, or both — every target given must be met. `thresholdSeconds` alone
 * beside an average-speed target only reports the service level at that threshold.
 *
 * @example
 * ```ts
 * import type { RequiredAgentsOptions } from '@org/cs-metrics';
 * // The brief's goal: 85 % of calls within 30 seconds.
 * const options: RequiredAgentsOptions = {
 *   callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180,
 *   thresholdSeconds: 30, targetServiceLevel: 0.85, maxOccupancy: 0.85, shrinkage: 0.3,
 * };
 * ```
 */
export type RequiredAgentsOptions = Workload & {
  /** The service-level threshold in seconds (≥ 0), inclusive. Required with `targetServiceLevel`. */
  readonly thresholdSeconds?: number;
  /** The share of calls to answer within `thresholdSeconds`, strictly between 0 and 1 (0.8 for 80/20). */
  readonly targetServiceLevel?: number;
  /** The longest acceptable average speed of answer, in seconds (> 0). */
  readonly targetAverageSpeedOfAnswer?: number;
  /** The highest acceptable occupancy, in (0, 1]; default 1 (no cap beyond a stable queue). */
  readonly maxOccupancy?: number;
  /** The share of paid time not on the phones (breaks, training, absence), in [0, 1); default 0. */
  readonly shrinkage?: number;
};

/**
 * What {@link requiredAgents} returns: the agents needed on the phones, the agents to schedule once
 * shrinkage is added, and the queue's figures at `agents`.
 *
 * With no calls (`offeredLoad` 0) nobody is needed: `agents` and `scheduledAgents` are 0, nobody waits
 * (`probabilityOfWaiting` 0, `averageSpeedOfAnswer` 0, `serviceLevel` 1) and `occupancy` is 0.
 *
 * @example
 * ```ts
 * import { requiredAgents, type RequiredAgentsResult } from '@org/cs-metrics';
 * const plan: RequiredAgentsResult = requiredAgents({ offeredLoad: 10, ahtSeconds: 180, targetAverageSpeedOfAnswer: 20 });
 * plan.agents; // 13
 * ```
 */
export interface RequiredAgentsResult {
  /** The offered load in Erlangs. */
  readonly offeredLoad: number;
  /** The fewest agents on the phones that meet every target and the occupancy cap. */
  readonly agents: number;
  /** The agents to schedule: `agents / (1 − shrinkage)`, rounded up exactly. */
  readonly scheduledAgents: number;
  /** The share answered within `thresholdSeconds` at `agents`; `null` when no threshold was given. */
  readonly serviceLevel: number | null;
  /** The mean wait over all calls at `agents`, in seconds. */
  readonly averageSpeedOfAnswer: number;
  /** `offeredLoad / agents` (0 with no calls). */
  readonly occupancy: number;
  /** The share of calls that wait at all, at `agents`. */
  readonly probabilityOfWaiting: number;
}

const REQUIRED_AGENTS_KEYS = [
  'callsPerInterval',
  'intervalSeconds',
  'offeredLoad',
  'ahtSeconds',
  'thresholdSeconds',
  'targetServiceLevel',
  'targetAverageSpeedOfAnswer',
  'maxOccupancy',
  'shrinkage',
] as const;

/** The checked targets and limits of a staffing search. @internal */
export interface StaffingTargets {
  readonly thresholdSeconds: number | null;
  readonly targetServiceLevel: number | null;
  readonly targetAverageSpeedOfAnswer: number | null;
  readonly maxOccupancy: number;
  readonly shrinkage: number;
}

/** Reads and checks the targets shared by {@link requiredAgents} and the day plan. @internal */
export function targetsOf(options: Partial<StaffingTargetsInput>, path: string): StaffingTargets {
  const thresholdSeconds =
    options.thresholdSeconds === undefined
      ? null
      : nonNegative(options.thresholdSeconds, `${path}.thresholdSeconds`, 'a duration in seconds');
  const targetServiceLevel =
    options.targetServiceLevel === undefined
      ? null
      : openShare(options.targetServiceLevel, `${path}.targetServiceLevel`);
  const targetAverageSpeedOfAnswer =
    options.targetAverageSpeedOfAnswer === undefined
      ? null
      : positive(
          options.targetAverageSpeedOfAnswer,
          `${path}.targetAverageSpeedOfAnswer`,
          'a duration in seconds',
        );
  if (targetServiceLevel !== null && thresholdSeconds === null)
    fail(
      ErrorCodes.InvalidOption,
      `${path}.thresholdSeconds`,
      'the threshold of targetServiceLevel, in seconds',
      undefined,
    );
  if (targetServiceLevel === null && targetAverageSpeedOfAnswer === null)
    fail(
      ErrorCodes.InvalidOption,
      `${path}.targetServiceLevel`,
      'a target: targetServiceLevel with thresholdSeconds, or targetAverageSpeedOfAnswer',
      undefined,
    );
  let maxOccupancy = 1;
  if (options.maxOccupancy !== undefined) {
    maxOccupancy = finiteNumber(options.maxOccupancy, `${path}.maxOccupancy`, 'a share in (0, 1]');
    if (maxOccupancy <= 0 || maxOccupancy > 1)
      fail(ErrorCodes.InvalidOption, `${path}.maxOccupancy`, 'a share in (0, 1]', options.maxOccupancy);
  }
  let shrinkage = 0;
  if (options.shrinkage !== undefined) {
    shrinkage = finiteNumber(options.shrinkage, `${path}.shrinkage`, 'a share in [0, 1)');
    if (shrinkage < 0 || shrinkage >= 1)
      fail(ErrorCodes.InvalidOption, `${path}.shrinkage`, 'a share in [0, 1)', options.shrinkage);
  }
  return { thresholdSeconds, targetServiceLevel, targetAverageSpeedOfAnswer, maxOccupancy, shrinkage };
}

/** The target fields as the user passes them. @internal */
export interface StaffingTargetsInput {
  readonly thresholdSeconds: number;
  readonly targetServiceLevel: number;
  readonly targetAverageSpeedOfAnswer: number;
  readonly maxOccupancy: number;
  readonly shrinkage: number;
}

/** `ceil(agents / (1 − shrinkage))`, exact on the decimal shrinkage (21 / (1 − 0.3) is 30, not 31). @internal */
export function scheduledFor(agents: number, shrinkage: number): number {
  if (shrinkage === 0 || agents === 0) return agents;
  return ceilRatio(
    divideRatios({ numerator: BigInt(agents), denominator: 1n }, oneMinus(decimalRatio(shrinkage))),
  );
}

/**
 * The staffing search for a checked load and targets. It starts at the fewest agents that keep the
 * queue stable and within the occupancy cap, computes Erlang B there once (`O(A)` steps), then walks
 * up one agent at a time with one more step of the recursion each (`O(1)`), until every target is
 * met. The walk is `O(√A)` agents long for a fixed service goal (square-root staffing), so a call
 * costs `O(A)` time and `O(1)` memory. @internal
 */
export function searchAgents(load: Load, ahtSeconds: number, targets: StaffingTargets): RequiredAgentsResult {
  const offeredLoad = load.erlangs;
  if (load.exact.numerator === 0n)
    return {
      offeredLoad,
      agents: 0,
      scheduledAgents: 0,
      serviceLevel: targets.thresholdSeconds === null ? null : 1,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
      probabilityOfWaiting: 0,
    };
  const stableFloor = Math.max(nextIntegerAbove(load.exact), Math.floor(offeredLoad) + 1);
  const occupancyFloor = ceilRatio(divideRatios(load.exact, decimalRatio(targets.maxOccupancy)));
  if (occupancyFloor > MAX_AGENTS)
    fail(
      ErrorCodes.InvalidOption,
      'options.maxOccupancy',
      `an occupancy cap that needs at most ${MAX_AGENTS} agents`,
      targets.maxOccupancy,
    );
  let agents = Math.max(stableFloor, occupancyFloor);
  let b = erlangB(offeredLoad, agents);
  const threshold = targets.thresholdSeconds ?? 0;
  for (;;) {
    const queue = stableQueue(offeredLoad, agents, b, ahtSeconds, threshold);
    const serviceLevelMet =
      targets.targetServiceLevel === null || queue.serviceLevel >= targets.targetServiceLevel;
    const speedMet =
      targets.targetAverageSpeedOfAnswer === null ||
      queue.averageSpeedOfAnswer <= targets.targetAverageSpeedOfAnswer;
    if (serviceLevelMet && speedMet)
      return {
        offeredLoad,
        agents,
        scheduledAgents: scheduledFor(agents, targets.shrinkage),
        serviceLevel: targets.thresholdSeconds === null ? null : queue.serviceLevel,
        averageSpeedOfAnswer: queue.averageSpeedOfAnswer,
        occupancy: occupancyOf(load, agents),
        probabilityOfWaiting: queue.probabilityOfWaiting,
      };
    agents += 1;
    b = (offeredLoad * b) / (agents + offeredLoad * b);
  }
}

/**
 * The fewest agents that answer the calls to target — a service level, an average speed of answer,
 * or both — without pushing occupancy over the cap, and the agents to schedule once shrinkage is
 * added. The planning side of the brief's objective: "answer 85 % of calls within 30 seconds".
 *
 * `agents` is the smallest `N > A` with `serviceLevel(N) ≥ targetServiceLevel`,
 * `averageSpeedOfAnswer(N) ≤ targetAverageSpeedOfAnswer` and `A / N ≤ maxOccupancy` (figures as in
 * {@link erlangC}); `scheduledAgents = ⌈agents / (1 − shrinkage)⌉`. Both ceilings are exact on the
 * inputs as written in decimal: a load of 35.7 Erlangs at an 85 % cap needs 42 agents (not 43, as
 * `Math.ceil(35.7 / 0.85)` says), and 21 agents at 30 % shrinkage means scheduling 30 (not 31).
 *
 * Cost: `O(A)` time (Erlang B at the starting point) plus `O(√A)` single steps, `O(1)` memory — under
 * a millisecond for 10,000 Erlangs (docs/staffing.md has the measurements).
 *
 * @throws {CsMetricsError} `invalid-option` at `options.<name>`: a missing workload or target,
 *   `targetServiceLevel` without `thresholdSeconds`, a target outside (0, 1), `maxOccupancy` outside
 *   (0, 1] or needing more than 10,000,000 agents, `shrinkage` outside [0, 1), a non-finite or
 *   negative number, a load above 1,000,000 Erlangs, or an unknown key.
 * @example
 * ```ts
 * import { requiredAgents } from '@org/cs-metrics';
 * // Call Centre Helper's example: 100 calls in 30 minutes, AHT 180 s, 80 % within 20 s, occupancy ≤ 85 %, 30 % shrinkage.
 * const plan = requiredAgents({
 *   callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180,
 *   thresholdSeconds: 20, targetServiceLevel: 0.8, maxOccupancy: 0.85, shrinkage: 0.3,
 * });
 * plan.agents; // 14
 * plan.scheduledAgents; // 20: 14 / 0.7
 * requiredAgents({ offeredLoad: 35.7, ahtSeconds: 300, targetAverageSpeedOfAnswer: 60, maxOccupancy: 0.85 }).agents; // 42
 * ```
 */
export function requiredAgents(options: RequiredAgentsOptions): RequiredAgentsResult {
  checkKeys(options, REQUIRED_AGENTS_KEYS, 'options');
  const load = loadOf(options, 'options');
  const targets = targetsOf(options, 'options');
  return searchAgents(load, load.ahtSeconds, targets);
}
