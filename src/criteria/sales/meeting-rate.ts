import type { Aggregator } from '../../core/aggregator.js';
import { measure } from '../../core/aggregator.js';
import { type Evaluation, judge, roundTo } from '../../core/evaluation.js';
import {
  dayIndexer,
  daysOf,
  isoWeeksOf,
  type Period,
  type WorkCalendar,
  workingDaysOf,
} from '../../domain/period.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { criterionSettings } from '../criterion-options.js';
import { checkSalesOptions } from './sales-options.js';

/**
 * Options of {@link meetingRateAggregator}.
 *
 * @example
 * ```ts
 * import { periodOf, type MeetingRateOptions } from '@org/cs-metrics';
 * const options: MeetingRateOptions = { period: periodOf('2026-10', 'Europe/Berlin'), managerId: 'm1' };
 * ```
 */
export interface MeetingRateOptions {
  /** The period; days and weeks are counted in its time zone. */
  readonly period: Period;
  /** Working days; default: the profile's calendar (or Monday–Friday without a profile). */
  readonly calendar?: WorkCalendar;
  /** Only this manager's interactions count; default: all records given (filter them yourself). */
  readonly managerId?: string;
}

/**
 * Plain-JSON state of {@link meetingRateAggregator}: meetings per day of the period.
 *
 * @example
 * ```ts
 * import type { MeetingRateState } from '@org/cs-metrics';
 * const state: MeetingRateState = { perDay: [0, 2, 1], outsidePeriod: 0 };
 * ```
 */
export interface MeetingRateState {
  /** Meetings on each day of `daysOf(period)`. */
  perDay: number[];
  /** Meetings skipped because they fall outside the period. */
  outsidePeriod: number;
}

/**
 * The numbers of {@link meetingRateAggregator}.
 *
 * @example
 * ```ts
 * import type { MeetingRateMetrics } from '@org/cs-metrics';
 * const m: MeetingRateMetrics = { meetings: 30, workingDays: 20, meetingsPerWorkingDay: 1.5, meetingsOnNonWorkingDays: 0, outsidePeriod: 0 };
 * ```
 */
export interface MeetingRateMetrics {
  /** Meetings in the period (all days). */
  readonly meetings: number;
  readonly workingDays: number;
  /** meetings ÷ working days; `null` with no working days. */
  readonly meetingsPerWorkingDay: number | null;
  /** Meetings held on weekends or holidays (they still count in `meetings`). */
  readonly meetingsOnNonWorkingDays: number;
  readonly outsidePeriod: number;
  /**
   * Meetings per ISO week of the period (weeks cut at the period's edges), in the period's zone, with
   * the week's working days and its meetings per working day (`null` for a week with none).
   */
  readonly perIsoWeek: readonly MeetingRateWeek[];
}

/**
 * One ISO week of {@link MeetingRateMetrics.perIsoWeek}.
 *
 * @example
 * ```ts
 * import type { MeetingRateWeek } from '@org/cs-metrics';
 * const w: MeetingRateWeek = { week: '2026-W41', meetings: 8, workingDays: 5, meetingsPerWorkingDay: 1.6 };
 * w.week; // '2026-W41'
 * ```
 */
export interface MeetingRateWeek {
  /** ISO week key, `2026-W41`. */
  readonly week: string;
  readonly meetings: number;
  readonly workingDays: number;
  readonly meetingsPerWorkingDay: number | null;
}

/**
 * Counts a manager's meetings per working day (interactions of kind `meeting`), in the period's zone.
 *
 * @example
 * ```ts
 * import { measure, meetingRateAggregator, normalizeInteraction, periodOf } from '@org/cs-metrics';
 * const m = normalizeInteraction({ id: 1, managerId: 'm1', kind: 'meeting', at: '2026-10-01T10:00Z' });
 * measure(meetingRateAggregator({ period: periodOf('2026-10') }), [m]).meetings; // 1
 * ```
 */
export function meetingRateAggregator(
  options: MeetingRateOptions,
): Aggregator<Interaction, MeetingRateState, MeetingRateMetrics> {
  checkSalesOptions(options);
  const { period, managerId } = options;
  const dayCount = daysOf(period).length;
  const indexOf = dayIndexer(period);
  const days = daysOf(period);
  const working = new Set(workingDaysOf(period, options.calendar).map((d) => d.from));
  const isWorking = days.map((d) => working.has(d.from));
  const weeks = isoWeeksOf(period);
  // The weeks are in order and touch: a day's week is the first that ends on or after it.
  const weekOfDay = days.map((d) => weeks.findIndex((w) => d.from <= w.to));
  return {
    init: () => ({ perDay: new Array<number>(dayCount).fill(0), outsidePeriod: 0 }),
    add(state, record) {
      if (record.kind !== 'meeting') return state;
      if (managerId !== undefined && record.managerId !== managerId) return state;
      const i = indexOf(record.at);
      if (i < 0) state.outsidePeriod++;
      else state.perDay[i] = (state.perDay[i] as number) + 1;
      return state;
    },
    merge: (a, b) => ({
      perDay: a.perDay.map((x, i) => x + (b.perDay[i] as number)),
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    }),
    finish(state) {
      let meetings = 0;
      let off = 0;
      const weekMeetings = weeks.map(() => 0);
      const weekWorking = weeks.map(() => 0);
      for (let i = 0; i < dayCount; i++) {
        const n = state.perDay[i] as number;
        const w = weekOfDay[i] as number;
        meetings += n;
        weekMeetings[w] = (weekMeetings[w] as number) + n;
        if (isWorking[i]) weekWorking[w] = (weekWorking[w] as number) + 1;
        else off += n;
      }
      const workingDays = working.size;
      return {
        meetings,
        workingDays,
        meetingsPerWorkingDay: workingDays === 0 ? null : meetings / workingDays,
        meetingsOnNonWorkingDays: off,
        outsidePeriod: state.outsidePeriod,
        perIsoWeek: weeks.map((w, i) => {
          const wd = weekWorking[i] as number;
          const n = weekMeetings[i] as number;
          return {
            week: w.key,
            meetings: n,
            workingDays: wd,
            meetingsPerWorkingDay: wd === 0 ? null : n / wd,
          };
        }),
      };
    },
  };
}

/**
 * Judges meetings per working day against the profile's `sales.meetingRate` band.
 * Formula: meetings in the period ÷ working days. Benchmark (brief): everyday goods (B2C)
 * 20 a day is excellent; B2B 1–2 a day is good.
 *
 * @example
 * ```ts
 * import { b2b, evaluateMeetingRate } from '@org/cs-metrics';
 * const e = evaluateMeetingRate({ meetings: 33, workingDays: 22, meetingsPerWorkingDay: 1.5, meetingsOnNonWorkingDays: 0, outsidePeriod: 0 }, { profile: b2b });
 * e.rating; // 'good'
 * ```
 */
export function evaluateMeetingRate(
  metrics: MeetingRateMetrics,
  options: { readonly profile: Profile },
): Evaluation<MeetingRateMetrics> {
  const settings = criterionSettings(options, 'sales.meetingRate');
  return judge({
    criterion: 'sales.meetingRate',
    value: metrics.meetingsPerWorkingDay,
    unit: 'meetings/working day',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.workingDays,
    details: metrics,
    explain: ({ rating, value }) => ({
      code: 'sales.meetingRate.rated',
      message: `${roundTo(value, 2)} meetings per working day over ${metrics.workingDays} working days: ${rating}.`,
      inputs: {
        meetings: metrics.meetings,
        workingDays: metrics.workingDays,
        value: roundTo(value, 4),
        rating,
      },
    }),
    insufficient: {
      code: 'sales.meetingRate.no-working-days',
      message: 'The period has no working days, so meetings per day cannot be measured.',
      inputs: { meetings: metrics.meetings },
    },
  });
}

/**
 * Meetings per working day of one manager, judged against the profile (see {@link evaluateMeetingRate}).
 *
 * @example
 * ```ts
 * import { b2b, meetingRate, periodOf } from '@org/cs-metrics';
 * meetingRate([], { period: periodOf('2026-10'), profile: b2b }).value; // 0
 * ```
 */
export function meetingRate(
  interactions: Iterable<Interaction>,
  options: MeetingRateOptions & { readonly profile: Profile },
): Evaluation<MeetingRateMetrics> {
  criterionSettings(options, 'sales.meetingRate');
  const calendar = options.calendar ?? options.profile.calendar;
  return evaluateMeetingRate(measure(meetingRateAggregator({ ...options, calendar }), interactions), options);
}
