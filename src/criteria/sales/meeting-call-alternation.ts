import type { Aggregator } from '../../core/aggregator.js';
import { type Rating, rateValue } from '../../core/band.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { dayIndexer, daysOf, type Period, type WorkCalendar, workingDaysOf } from '../../domain/period.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { criterionSettings, ratio } from '../criterion-options.js';
import { checkSalesOptions } from './sales-options.js';

/**
 * Options of {@link meetingCallAlternationAggregator}.
 *
 * @example
 * ```ts
 * import { periodOf, type MeetingCallAlternationOptions } from '@org/cs-metrics';
 * const options: MeetingCallAlternationOptions = { period: periodOf('2026-10', 'Europe/Berlin'), managerId: 'm1', focusRatioThreshold: 2 };
 * ```
 */
export interface MeetingCallAlternationOptions {
  /** The period; days are counted in its time zone. */
  readonly period: Period;
  /** Working days; default: the profile's calendar (or Monday–Friday without a profile). */
  readonly calendar?: WorkCalendar;
  /** Only this manager's interactions count; default: all records given (filter them yourself). */
  readonly managerId?: string;
  /**
   * How far a day's mix must lean from the manager's usual mix to count as focused: a meeting day
   * has at most 1/this of his usual calls per meeting, a call day at least this many times them (or
   * no meeting); default the profile's in {@link meetingCallAlternation} (2 in every built-in
   * profile), 2 in the aggregator.
   */
  readonly focusRatioThreshold?: number;
}

/**
 * Plain-JSON state of {@link meetingCallAlternationAggregator}: counters per day of the period.
 *
 * @example
 * ```ts
 * import type { MeetingCallAlternationState } from '@org/cs-metrics';
 * const state: MeetingCallAlternationState = { calls: [12, 0], meetings: [0, 2], newCustomers: [1, 0], newCustomerFlags: 3, outsidePeriod: 0 };
 * ```
 */
export interface MeetingCallAlternationState {
  /** Calls on each day of `daysOf(period)`. */
  calls: number[];
  /** Meetings on each day. */
  meetings: number[];
  /** Interactions (not events) that added a customer to the client base (`newCustomer: true`), per day. */
  newCustomers: number[];
  /** Interactions in the period that say whether they added a customer (`newCustomer` true or false). */
  newCustomerFlags: number;
  /** Calls and meetings skipped because they fall outside the period. */
  outsidePeriod: number;
}

/**
 * How a working day was spent (see {@link meetingCallAlternation} for the rule).
 *
 * @example
 * ```ts
 * import type { DayFocus } from '@org/cs-metrics';
 * const focus: DayFocus = 'call-day';
 * ```
 */
export type DayFocus = 'call-day' | 'meeting-day' | 'calls-without-new-customers' | 'mixed' | 'idle';

/**
 * One working day of {@link MeetingCallAlternationMetrics.days}.
 *
 * @example
 * ```ts
 * import type { WorkingDayFocus } from '@org/cs-metrics';
 * const day: WorkingDayFocus = { date: '2026-10-05', calls: 14, meetings: 0, newCustomers: 2, focus: 'call-day' };
 * ```
 */
export interface WorkingDayFocus {
  readonly date: string;
  readonly calls: number;
  readonly meetings: number;
  readonly newCustomers: number;
  readonly focus: DayFocus;
}

/**
 * The numbers of {@link meetingCallAlternationAggregator}.
 *
 * @example
 * ```ts
 * import { measure, meetingCallAlternationAggregator, periodOf, type MeetingCallAlternationMetrics } from '@org/cs-metrics';
 * const metrics: MeetingCallAlternationMetrics = measure(meetingCallAlternationAggregator({ period: periodOf('2026-10') }), []);
 * metrics.idleDays; // 22
 * metrics.meetingsPerCall; // null
 * ```
 */
export interface MeetingCallAlternationMetrics {
  readonly workingDays: number;
  /** Calls in the period (all days). */
  readonly calls: number;
  /** Meetings in the period (all days). */
  readonly meetings: number;
  /** calls ÷ working days; `null` without working days. */
  readonly callsPerWorkingDay: number | null;
  /** meetings ÷ working days; `null` without working days. */
  readonly meetingsPerWorkingDay: number | null;
  /** meetings ÷ calls; `null` without calls. */
  readonly meetingsPerCall: number | null;
  /** Working days with calls per meeting ≥ the usual × `focusRatioThreshold` (or calls and no meeting), and at least one customer added. */
  readonly callDays: number;
  /** Working days with at least one meeting and calls per meeting ≤ the usual ÷ `focusRatioThreshold`. */
  readonly meetingDays: number;
  /** Working days that would be call days but added no customer. */
  readonly callDaysWithoutNewCustomers: number;
  /** Working days with meetings and calls in about the usual mix (neither a meeting day nor a call day). */
  readonly mixedDays: number;
  /** Working days with neither calls nor meetings. */
  readonly idleDays: number;
  /** (callDays + meetingDays) ÷ working days: the judged value; `null` without working days. */
  readonly focusedDayShare: number | null;
  /** idleDays ÷ working days; `null` without working days. */
  readonly idleDayShare: number | null;
  /** Calls and meetings on weekends and holidays (they count in `calls` and `meetings`). */
  readonly activityOnNonWorkingDays: number;
  /** Interactions in the period that say whether they added a customer. */
  readonly newCustomerFlags: number;
  /** The focus ratio threshold the days were classified with. */
  readonly focusRatioThreshold: number;
  /** Calls and meetings outside the period (skipped). */
  readonly outsidePeriod: number;
  /** Every working day with its counts and its focus. */
  readonly days: readonly WorkingDayFocus[];
}

/**
 * The focus of one working day, judged against the manager's usual mix (his calls and meetings on
 * all working days of the period, `usualCalls` and `usualMeetings`) with threshold `k`:
 * `idle` with no calls and no meetings; `meeting-day` with at least one meeting and calls per meeting
 * ≤ usual calls per meeting ÷ k; a call day with no meeting, or calls per meeting ≥ usual × k —
 * `call-day` if it added a customer, else `calls-without-new-customers`; otherwise `mixed`.
 * Relative, so that it fits any volume: 25 calls and 3 meetings is a meeting day for a B2B manager who
 * usually makes 25 calls to 1.4 meetings (8.3 ≤ 17.9 ÷ 2), a mixed day for a B2C one at 20 to 16.
 *
 * @example
 * ```ts
 * import { dayFocus } from '@org/cs-metrics';
 * // Usually 250 calls to 14 meetings (17.9 per meeting), k = 2:
 * dayFocus(40, 0, 1, 250, 14, 2); // 'call-day'
 * dayFocus(40, 1, 1, 250, 14, 2); // 'call-day' (40 ≥ 35.7)
 * dayFocus(6, 3, 0, 250, 14, 2); // 'meeting-day' (2 ≤ 8.9)
 * dayFocus(25, 1, 0, 250, 14, 2); // 'mixed'
 * ```
 */
export function dayFocus(
  calls: number,
  meetings: number,
  newCustomers: number,
  usualCalls: number,
  usualMeetings: number,
  threshold: number,
): DayFocus {
  if (calls === 0 && meetings === 0) return 'idle';
  // calls ÷ meetings ≤ (usual calls ÷ usual meetings) ÷ threshold, multiplied out (no division by 0).
  if (meetings > 0 && calls * usualMeetings * threshold <= meetings * usualCalls) return 'meeting-day';
  if (meetings === 0 || calls * usualMeetings >= threshold * meetings * usualCalls) {
    return newCustomers > 0 ? 'call-day' : 'calls-without-new-customers';
  }
  return 'mixed';
}

/**
 * Counts a manager's calls, meetings and customers added per day of the period, in its zone, and
 * classifies each working day with {@link dayFocus}.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { measure, meetingCallAlternationAggregator, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * const list = normalizeInteractions([
 *   { id: 1, managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-05T09:00Z', newCustomer: true },
 *   { id: 2, managerId: 'm1', customerId: 'c2', kind: 'meeting', at: '2026-10-06T10:00Z' },
 * ]);
 * const m = measure(meetingCallAlternationAggregator({ period: periodOf('2026-W41') }), list);
 * m.days.map((d) => d.focus); // ['call-day', 'meeting-day', 'idle', 'idle', 'idle']
 * ```
 */
export function meetingCallAlternationAggregator(
  options: MeetingCallAlternationOptions,
): Aggregator<Interaction, MeetingCallAlternationState, MeetingCallAlternationMetrics> {
  checkSalesOptions(options);
  const { period, managerId } = options;
  const threshold = options.focusRatioThreshold ?? 2;
  // Number.isFinite is false for anything that is not a number, so it refuses strings too.
  if (!Number.isFinite(threshold) || threshold < 0) {
    fail(ErrorCodes.InvalidOption, 'options.focusRatioThreshold', 'a number ≥ 0', threshold);
  }
  const days = daysOf(period);
  const dayCount = days.length;
  const indexOf = dayIndexer(period);
  const working = new Set(workingDaysOf(period, options.calendar).map((d) => d.from));
  const isWorking = days.map((d) => working.has(d.from));
  const zeros = () => new Array<number>(dayCount).fill(0);
  const sum = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
  return {
    init: () => ({
      calls: zeros(),
      meetings: zeros(),
      newCustomers: zeros(),
      newCustomerFlags: 0,
      outsidePeriod: 0,
    }),
    add(s, record) {
      if (record.kind === 'event') return s;
      if (managerId !== undefined && record.managerId !== managerId) return s;
      const i = indexOf(record.at);
      if (i < 0) {
        if (record.kind === 'call' || record.kind === 'meeting') s.outsidePeriod++;
        return s;
      }
      if (record.kind === 'call') s.calls[i]!++;
      else if (record.kind === 'meeting') s.meetings[i]!++;
      if (record.newCustomer !== undefined) {
        s.newCustomerFlags++;
        if (record.newCustomer) s.newCustomers[i]!++;
      }
      return s;
    },
    merge: (a, b) => ({
      calls: sum(a.calls, b.calls),
      meetings: sum(a.meetings, b.meetings),
      newCustomers: sum(a.newCustomers, b.newCustomers),
      newCustomerFlags: a.newCustomerFlags + b.newCustomerFlags,
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    }),
    finish(s) {
      let calls = 0;
      let meetings = 0;
      let off = 0;
      const count: Record<DayFocus, number> = {
        'call-day': 0,
        'meeting-day': 0,
        'calls-without-new-customers': 0,
        mixed: 0,
        idle: 0,
      };
      const list: WorkingDayFocus[] = [];
      // The manager's usual mix: his calls and meetings on the working days of the period.
      let usualCalls = 0;
      let usualMeetings = 0;
      for (let i = 0; i < dayCount; i++) {
        if (!isWorking[i]) continue;
        usualCalls += s.calls[i]!;
        usualMeetings += s.meetings[i]!;
      }
      for (let i = 0; i < dayCount; i++) {
        const c = s.calls[i]!;
        const m = s.meetings[i]!;
        calls += c;
        meetings += m;
        if (!isWorking[i]) {
          off += c + m;
          continue;
        }
        const n = s.newCustomers[i]!;
        const focus = dayFocus(c, m, n, usualCalls, usualMeetings, threshold);
        count[focus]++;
        list.push({ date: days[i]!.from, calls: c, meetings: m, newCustomers: n, focus });
      }
      const wd = working.size;
      return {
        workingDays: wd,
        calls,
        meetings,
        callsPerWorkingDay: ratio(calls, wd),
        meetingsPerWorkingDay: ratio(meetings, wd),
        meetingsPerCall: ratio(meetings, calls),
        callDays: count['call-day'],
        meetingDays: count['meeting-day'],
        callDaysWithoutNewCustomers: count['calls-without-new-customers'],
        mixedDays: count.mixed,
        idleDays: count.idle,
        focusedDayShare: ratio(count['call-day'] + count['meeting-day'], wd),
        idleDayShare: ratio(count.idle, wd),
        activityOnNonWorkingDays: off,
        newCustomerFlags: s.newCustomerFlags,
        focusRatioThreshold: threshold,
        outsidePeriod: s.outsidePeriod,
        days: list,
      };
    },
  };
}

/**
 * What {@link evaluateMeetingCallAlternation} returns in `details`: the metrics and the ratio of
 * meetings to calls rated against the profile's `ratioBand`.
 *
 * @example
 * ```ts
 * import type { MeetingCallAlternationDetails } from '@org/cs-metrics';
 * const ratio: MeetingCallAlternationDetails['ratioRating'] = { rating: 'good', score: 70 };
 * ```
 */
export interface MeetingCallAlternationDetails extends MeetingCallAlternationMetrics {
  /** `meetingsPerCall` against the profile's `ratioBand`; `null` without calls. */
  readonly ratioRating: {
    readonly rating: Exclude<Rating, 'insufficient-data'>;
    readonly score: number;
  } | null;
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges how well a manager's working days are organised, against the profile's
 * `sales.meetingCallAlternation` settings.
 *
 * Formula: focused day share = (call days + meeting days) ÷ working days, where each working day is
 * classified by {@link dayFocus} against the manager's own usual mix: a call day leans to calls (no
 * meeting, or at least `focusRatioThreshold` times his usual calls per meeting) and adds to the
 * customer base (an interaction with `newCustomer: true`); a meeting day leans to meetings (at most his
 * usual calls per meeting ÷ `focusRatioThreshold`). This is the brief's rational alternation ("one day
 * calling customers and adding to the client base, the next day meetings"): a manager who alternates
 * scores near 1, one who mixes calls and meetings every day scores low whatever the totals and
 * whatever the volumes of the field (a B2B day of 25 calls holds 1–2 meetings).
 * The ratio meetings ÷ calls is rated against the profile's target-range `ratioBand` in
 * `details.ratioRating`, with a warning outside its good range; an idle-day share above
 * `idleDayWarningShare` and calls with no `newCustomer` data at all also raise warnings.
 * Benchmark: Convention (good from half of the working days focused; see docs/benchmarks.md).
 *
 * @example
 * ```ts
 * import { b2b, evaluateMeetingCallAlternation, measure, meetingCallAlternationAggregator, periodOf } from '@org/cs-metrics';
 * const metrics = measure(meetingCallAlternationAggregator({ period: periodOf('2026-10-10') }), []);
 * evaluateMeetingCallAlternation(metrics, { profile: b2b }).explanation.code; // 'sales.meetingCallAlternation.no-working-days'
 * ```
 */
export function evaluateMeetingCallAlternation(
  metrics: MeetingCallAlternationMetrics,
  options: { readonly profile: Profile },
): Evaluation<MeetingCallAlternationDetails> {
  const id = 'sales.meetingCallAlternation';
  const settings = criterionSettings(options, id);
  const ratioRating =
    metrics.meetingsPerCall === null ? null : rateValue(metrics.meetingsPerCall, settings.ratioBand);
  const warnings: Explanation[] = [];
  if (metrics.idleDayShare !== null && metrics.idleDayShare > settings.idleDayWarningShare) {
    warnings.push({
      code: `${id}.idle-days`,
      message: `${metrics.idleDays} of ${metrics.workingDays} working days (${pct(metrics.idleDayShare)} %) had neither calls nor meetings; the profile warns above ${pct(settings.idleDayWarningShare)} %.`,
      inputs: {
        idleDays: metrics.idleDays,
        workingDays: metrics.workingDays,
        limit: settings.idleDayWarningShare,
      },
    });
  }
  if (ratioRating !== null && (ratioRating.rating === 'poor' || ratioRating.rating === 'fair')) {
    warnings.push({
      code: `${id}.ratio-out-of-band`,
      message: `${metrics.meetings} meetings to ${metrics.calls} calls (${roundTo(metrics.meetingsPerCall!, 3)} per call) is ${ratioRating.rating} against the profile's ratio band.`,
      inputs: {
        meetings: metrics.meetings,
        calls: metrics.calls,
        meetingsPerCall: roundTo(metrics.meetingsPerCall!, 4),
        rating: ratioRating.rating,
      },
    });
  }
  if (metrics.newCustomerFlags === 0 && metrics.callDaysWithoutNewCustomers > 0) {
    warnings.push({
      code: `${id}.new-customer-unknown`,
      message:
        'No interaction says whether it added a customer (newCustomer), so no day can count as a call day that grew the client base.',
      inputs: { callDaysWithoutNewCustomers: metrics.callDaysWithoutNewCustomers },
    });
  }
  return judge({
    criterion: id,
    value: metrics.focusedDayShare,
    unit: 'share of working days with a clear focus',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.workingDays,
    details: { ...metrics, ratioRating },
    warnings,
    insufficient: {
      code: `${id}.no-working-days`,
      message: 'The period has no working days, so the organisation of working days cannot be judged.',
      inputs: { calls: metrics.calls, meetings: metrics.meetings },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.callDays} call days and ${metrics.meetingDays} meeting days of ${metrics.workingDays} working days (${pct(value)} % with a clear focus), ${metrics.idleDays} idle: ${rating}.`,
      inputs: {
        callDays: metrics.callDays,
        meetingDays: metrics.meetingDays,
        mixedDays: metrics.mixedDays,
        idleDays: metrics.idleDays,
        workingDays: metrics.workingDays,
        value: roundTo(value, 4),
        rating,
      },
    }),
  });
}

/**
 * The alternation of meetings and calls of one manager in a period, judged against the profile
 * (see {@link evaluateMeetingCallAlternation} for the formula, {@link dayFocus} for the day rule).
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { b2b, meetingCallAlternation, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * // Monday calls that add two customers, Tuesday two meetings, and so on: a week that alternates.
 * const list = normalizeInteractions([
 *   { id: 1, managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-05T09:00Z', newCustomer: true },
 *   { id: 2, managerId: 'm1', customerId: 'c2', kind: 'call', at: '2026-10-05T10:00Z', newCustomer: true },
 *   { id: 3, managerId: 'm1', customerId: 'c3', kind: 'meeting', at: '2026-10-06T10:00Z' },
 *   { id: 4, managerId: 'm1', customerId: 'c4', kind: 'meeting', at: '2026-10-06T14:00Z' },
 *   { id: 5, managerId: 'm1', customerId: 'c5', kind: 'call', at: '2026-10-07T09:00Z', newCustomer: true },
 *   { id: 6, managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-08T10:00Z' },
 *   { id: 7, managerId: 'm1', customerId: 'c6', kind: 'call', at: '2026-10-09T09:00Z', newCustomer: true },
 * ]);
 * const result = meetingCallAlternation(list, { period: periodOf('2026-W41'), profile: b2b });
 * result.value; // 1
 * result.rating; // 'excellent'
 * ```
 */
export function meetingCallAlternation(
  interactions: Iterable<Interaction>,
  options: MeetingCallAlternationOptions & { readonly profile: Profile },
): Evaluation<MeetingCallAlternationDetails> {
  const settings = criterionSettings(options, 'sales.meetingCallAlternation');
  const aggregator = meetingCallAlternationAggregator({
    ...options,
    calendar: options.calendar ?? options.profile.calendar,
    focusRatioThreshold: options.focusRatioThreshold ?? settings.focusRatioThreshold,
  });
  let state = aggregator.init();
  for (const record of interactions) state = aggregator.add(state, record);
  return evaluateMeetingCallAlternation(aggregator.finish(state), options);
}
