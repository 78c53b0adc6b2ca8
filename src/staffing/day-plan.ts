import { ErrorCodes, fail } from '../domain/errors.js';
import { erlangB, stableQueue } from './erlang-c.js';
import { decimalRatio, floorRatio, multiplyRatios, oneMinus } from './exact.js';
import { checkKeys, type Load, loadOf, MAX_OFFERED_LOAD, positive, wholeNumber } from './options.js';
import { type RequiredAgentsResult, searchAgents, targetsOf } from './required-agents.js';

/**
 * One interval of a day's forecast: when it starts (a label such as `'12:00'`, kept as given) and
 * the calls expected in it.
 *
 * @example
 * ```ts
 * import type { ForecastInterval } from '@org/cs-metrics';
 * const lunch: ForecastInterval = { start: '12:00', calls: 150 };
 * ```
 */
export interface ForecastInterval {
  /** The interval's label, usually its start time `HH:MM`; a non-empty string, shown back as given. */
  readonly start: string;
  /** Calls expected in the interval (≥ 0). */
  readonly calls: number;
}

/**
 * What {@link staffingPlan} takes besides the intervals: the interval length and handle time, the
 * targets and limits of {@link requiredAgents}, and optionally the roster to check.
 *
 * @example
 * ```ts
 * import type { StaffingPlanOptions } from '@org/cs-metrics';
 * const options: StaffingPlanOptions = {
 *   intervalSeconds: 1800, ahtSeconds: 180, thresholdSeconds: 30, targetServiceLevel: 0.85,
 *   shrinkage: 0.3, roster: [10, 20, 14],
 * };
 * ```
 */
export interface StaffingPlanOptions {
  /** Length of every interval in seconds (> 0): 1800 for half hours. */
  readonly intervalSeconds: number;
  /** Average handle time in seconds (> 0). */
  readonly ahtSeconds: number;
  /** The service-level threshold in seconds (≥ 0), inclusive. Required with `targetServiceLevel`. */
  readonly thresholdSeconds?: number;
  /** The share of calls to answer within `thresholdSeconds`, strictly between 0 and 1. */
  readonly targetServiceLevel?: number;
  /** The longest acceptable average speed of answer, in seconds (> 0). */
  readonly targetAverageSpeedOfAnswer?: number;
  /** The highest acceptable occupancy, in (0, 1]; default 1. */
  readonly maxOccupancy?: number;
  /** The share of rostered time not on the phones, in [0, 1); default 0. */
  readonly shrinkage?: number;
  /**
   * The agents rostered in each interval (whole numbers ≥ 0, one per interval, in the same order),
   * counted like `scheduledAgents`: people on shift and not on a planned break. Omit it to plan only.
   */
  readonly roster?: readonly number[];
}

/**
 * One row of a {@link StaffingPlan}.
 *
 * @example
 * ```ts
 * import { staffingPlan, type StaffingPlanRow } from '@org/cs-metrics';
 * const [row]: readonly StaffingPlanRow[] = staffingPlan([{ start: '08:00', calls: 100 }], {
 *   intervalSeconds: 1800, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3, roster: [18],
 * }).intervals;
 * row?.shortfall; // 2: 20 to schedule, 18 rostered
 * ```
 */
export interface StaffingPlanRow extends RequiredAgentsResult {
  /** The interval's label, as given. */
  readonly start: string;
  /** Calls expected. */
  readonly calls: number;
  /** Agents on the roster in this interval; `null` without a roster. */
  readonly rostered: number | null;
  /** `scheduledAgents − rostered` when positive, else 0; `null` without a roster. */
  readonly shortfall: number | null;
  /**
   * The service level the roster delivers: Erlang C with `⌊rostered × (1 − shrinkage)⌋` agents on the
   * phones (0 when they do not outnumber the load); `null` without a roster or a threshold.
   */
  readonly rosteredServiceLevel: number | null;
}

/**
 * What {@link staffingPlan} returns: a row per interval, and the intervals where the roster falls
 * short.
 *
 * @example
 * ```ts
 * import { staffingPlan, type StaffingPlan } from '@org/cs-metrics';
 * const plan: StaffingPlan = staffingPlan([{ start: '08:00', calls: 0 }], { intervalSeconds: 1800, ahtSeconds: 180, targetAverageSpeedOfAnswer: 20 });
 * plan.peakScheduledAgents; // 0
 * ```
 */
export interface StaffingPlan {
  /** One row per interval, in the order given. */
  readonly intervals: readonly StaffingPlanRow[];
  /** The most agents to schedule in any interval (0 for an empty day). */
  readonly peakScheduledAgents: number;
  /** The rows whose roster falls short of `scheduledAgents` (`shortfall > 0`), in order; empty without a roster. */
  readonly shortfalls: readonly StaffingPlanRow[];
}

/** Rostered people actually taking calls: `⌊rostered × (1 − shrinkage)⌋`, exact on the decimal shrinkage. */
function onThePhones(rostered: number, shrinkage: number): number {
  return floorRatio(
    multiplyRatios({ numerator: BigInt(rostered), denominator: 1n }, oneMinus(decimalRatio(shrinkage))),
  );
}

/** Erlang C's service level for `agents`, 0 when they do not outnumber the load (1 with no calls). */
function serviceLevelOf(load: Load, ahtSeconds: number, agents: number, thresholdSeconds: number): number {
  if (load.exact.numerator === 0n) return 1;
  const stable = BigInt(agents) * load.exact.denominator > load.exact.numerator && agents > load.erlangs;
  if (!stable) return 0;
  return stableQueue(load.erlangs, agents, erlangB(load.erlangs, agents), ahtSeconds, thresholdSeconds)
    .serviceLevel;
}

const PLAN_KEYS = [
  'intervalSeconds',
  'ahtSeconds',
  'thresholdSeconds',
  'targetServiceLevel',
  'targetAverageSpeedOfAnswer',
  'maxOccupancy',
  'shrinkage',
  'roster',
] as const;

/**
 * A day's staffing plan: for each interval's forecast calls, the agents needed on the phones and the
 * agents to roster (by {@link requiredAgents}, with the same targets all day), and — given a roster —
 * the intervals where it falls short. This is the brief's contact-centre manager at work: "at high
 * call volumes lunch breaks move earlier or later"; the shortfalls show which lunch slots to move.
 *
 * Per interval: `offeredLoad = calls × ahtSeconds / intervalSeconds`; `agents` and `scheduledAgents`
 * as in {@link requiredAgents}; `shortfall = max(0, scheduledAgents − rostered)`.
 *
 * @throws {CsMetricsError} `invalid-type` at `intervals` for a non-array; `invalid-value` at
 *   `intervals[i].start` for an empty label; `out-of-range` at `intervals[i].calls` for a negative or
 *   non-finite count, or one above 1,000,000 Erlangs; `invalid-option` at `options.<name>` as for
 *   {@link requiredAgents}, and at `options.roster` / `options.roster[i]` for a roster of the wrong
 *   length or a count that is not a whole number ≥ 0.
 * @example
 * ```ts
 * import { staffingPlan } from '@org/cs-metrics';
 * const day = staffingPlan(
 *   [{ start: '11:30', calls: 50 }, { start: '12:00', calls: 100 }, { start: '12:30', calls: 50 }],
 *   { intervalSeconds: 1800, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3, roster: [20, 12, 20] },
 * );
 * day.intervals.map((row) => row.scheduledAgents); // [12, 20, 12]
 * day.shortfalls.map((row) => `${row.start}: ${row.shortfall} short`); // ['12:00: 8 short']
 * ```
 */
export function staffingPlan(
  intervals: readonly ForecastInterval[],
  options: StaffingPlanOptions,
): StaffingPlan {
  if (!Array.isArray(intervals))
    fail(ErrorCodes.InvalidType, 'intervals', 'an array of intervals', intervals);
  checkKeys(options, PLAN_KEYS, 'options');
  const intervalSeconds = positive(
    options.intervalSeconds,
    'options.intervalSeconds',
    'a duration in seconds',
  );
  const ahtSeconds = positive(options.ahtSeconds, 'options.ahtSeconds', 'a duration in seconds');
  const targets = targetsOf(options, 'options');
  const roster = options.roster;
  if (roster !== undefined) {
    if (!Array.isArray(roster) || roster.length !== intervals.length)
      fail(
        ErrorCodes.InvalidOption,
        'options.roster',
        `one whole number per interval (${intervals.length})`,
        roster,
      );
    for (const [i, count] of roster.entries()) wholeNumber(count, `options.roster[${i}]`, 0);
  }
  const rows: StaffingPlanRow[] = [];
  const shortfalls: StaffingPlanRow[] = [];
  let peakScheduledAgents = 0;
  intervals.forEach((interval, i) => {
    const start = interval?.start;
    if (typeof start !== 'string' || start.trim() === '')
      fail(ErrorCodes.InvalidValue, `intervals[${i}].start`, 'a non-empty label such as "08:30"', start);
    const calls = interval.calls;
    if (typeof calls !== 'number' || !Number.isFinite(calls) || calls < 0)
      fail(ErrorCodes.OutOfRange, `intervals[${i}].calls`, 'a number of calls ≥ 0', calls);
    if ((calls * ahtSeconds) / intervalSeconds > MAX_OFFERED_LOAD)
      fail(
        ErrorCodes.OutOfRange,
        `intervals[${i}].calls`,
        `at most ${MAX_OFFERED_LOAD} Erlangs of calls in an interval`,
        calls,
      );
    const load = loadOf({ callsPerInterval: calls, intervalSeconds, ahtSeconds }, 'options');
    const need = searchAgents(load, load.ahtSeconds, targets);
    const rostered = roster === undefined ? null : (roster[i] as number);
    const rosteredServiceLevel =
      rostered === null || targets.thresholdSeconds === null
        ? null
        : serviceLevelOf(
            load,
            ahtSeconds,
            onThePhones(rostered, targets.shrinkage),
            targets.thresholdSeconds,
          );
    const row: StaffingPlanRow = {
      start,
      calls,
      ...need,
      rostered,
      shortfall: rostered === null ? null : Math.max(0, need.scheduledAgents - rostered),
      rosteredServiceLevel,
    };
    rows.push(row);
    if (row.shortfall !== null && row.shortfall > 0) shortfalls.push(row);
    peakScheduledAgents = Math.max(peakScheduledAgents, row.scheduledAgents);
  });
  return { intervals: rows, peakScheduledAgents, shortfalls };
}
