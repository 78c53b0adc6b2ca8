import type { Aggregator } from '../../core/aggregator.js';
import { measure } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { isPlainObject } from '../../domain/fields.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { SupportTicket } from '../../domain/records/ticket.js';
import { type DateInput, toEpochMillis } from '../../domain/time.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { type BusinessHours, businessClock } from './business-hours.js';
import { mergeLists, own, pushTo } from './keyed-state.js';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  QUANTILE_EXACT_CAP,
  type QuantileSketch,
  sketchQuantile,
} from './quantile-sketch.js';

/**
 * How first-contact resolution (FCR) is counted. Every method counts only tickets resolved and
 * never reopened as resolved at first contact; they differ in what else they ask:
 *
 * - `no-repeat-contact` (the default, `windowDays` 7): the customer opened no other ticket within
 *   `windowDays` after this one. Share over the tickets with a `customerId`.
 * - `one-touch`: the ticket itself records a single contact (`contacts` = 1). Share over the
 *   tickets with `contacts`.
 * - `contacts-per-problem`: problems resolved (and never reopened) ÷ all the contacts of the
 *   tickets with `contacts`, that is `1 − repeat contacts ÷ all contacts` when every problem is
 *   resolved (1 when every problem took one contact).
 *
 * @example
 * ```ts
 * import type { FirstContactResolutionMethod } from '@org/cs-metrics';
 * const fcr: FirstContactResolutionMethod = { method: 'no-repeat-contact', windowDays: 14 };
 * ```
 */
export type FirstContactResolutionMethod =
  | { readonly method: 'no-repeat-contact'; readonly windowDays?: number }
  | { readonly method: 'one-touch' }
  | { readonly method: 'contacts-per-problem' };

/**
 * What a reopened ticket's resolution time runs to: `full-resolution` (the default) to its last
 * resolution, `finalResolvedAt`, since the customer's problem was not solved until then (a reopened
 * ticket without one is open again); `first-resolution` to `resolvedAt`. The time to first response
 * never changes: the first answer was given once, whatever happened after.
 *
 * @example
 * ```ts
 * import type { ReopenedTicketPolicy } from '@org/cs-metrics';
 * const policy: ReopenedTicketPolicy = 'first-resolution';
 * ```
 */
export type ReopenedTicketPolicy = 'full-resolution' | 'first-resolution';

/**
 * Options of {@link resolutionEfficiency}.
 *
 * @example
 * ```ts
 * import { periodOf, type ResolutionEfficiencyOptions } from '@org/cs-metrics';
 * const options: ResolutionEfficiencyOptions = {
 *   period: periodOf('2026-10', 'Europe/Berlin'),
 *   timeBasis: 'business',
 *   businessHours: { opensAt: '08:00', closesAt: '18:00', calendar: { weekendDays: [0, 6], holidays: ['2026-10-03'] } },
 *   asOf: '2026-11-01T00:00:00+01:00',
 * };
 * ```
 */
export interface ResolutionEfficiencyOptions {
  /** Tickets opened in this period are measured. */
  readonly period: Period;
  /** `calendar` (default): wall time; `business`: only the team's business hours count. */
  readonly timeBasis?: 'calendar' | 'business';
  /** With `timeBasis: 'business'`: the hours; the zone defaults to the period's, the hours to 09:00–17:00 on weekdays. */
  readonly businessHours?: Omit<BusinessHours, 'timeZone'> & { readonly timeZone?: string };
  /** What a reopened ticket's resolution time runs to; default `full-resolution`. */
  readonly reopened?: ReopenedTicketPolicy;
  /** How first-contact resolution is counted; default `{ method: 'no-repeat-contact', windowDays: 7 }`. */
  readonly firstContactResolution?: FirstContactResolutionMethod;
  /** Give it to measure the age of open problems as of this instant (never the clock). */
  readonly asOf?: DateInput;
}

/**
 * The partial state of {@link resolutionEfficiencyAggregator}: plain JSON data.
 *
 * @example
 * ```ts
 * import { periodOf, resolutionEfficiencyAggregator, type ResolutionEfficiencyState } from '@org/cs-metrics';
 * const state: ResolutionEfficiencyState = resolutionEfficiencyAggregator({ period: periodOf('2026-10') }).init();
 * ```
 */
export interface ResolutionEfficiencyState {
  /** Tickets opened in the period. */
  tickets: number;
  /** Tickets skipped because they were opened outside the period. */
  outsidePeriod: number;
  firstResponse: QuantileSketch;
  resolution: QuantileSketch;
  /** Tickets opened in the period and resolved at least once. */
  everResolved: number;
  /** Of those, reopened at least once. */
  reopened: number;
  /** FCR denominator and numerator for `one-touch`. */
  oneTouchEligible: number;
  oneTouchResolved: number;
  /** Tickets with `contacts` and the sum of their contacts. */
  contactTickets: number;
  contacts: number;
  /** Tickets with `contacts` that were resolved and never reopened (`contacts-per-problem`). */
  contactProblemsResolved: number;
  /** `no-repeat-contact`: in-period tickets with a customer. */
  repeatEligible: number;
  /** Per customer: opening times of in-period tickets resolved and never reopened (`no-repeat-contact` only). */
  resolvedOpenings: Record<string, number[]>;
  /** Per customer: opening times of every ticket that can be a repeat contact (`no-repeat-contact` only). */
  openings: Record<string, number[]>;
  /** Open problems as of `asOf` (any period) and their ages in seconds. */
  openAge: QuantileSketch;
  oldestOpenSeconds: number;
}

/**
 * The percentiles of a duration, in seconds.
 *
 * @example
 * ```ts
 * import type { DurationPercentiles } from '@org/cs-metrics';
 * const times: DurationPercentiles = { count: 4, medianSeconds: 1800, p90Seconds: 5400, exact: true };
 * ```
 */
export interface DurationPercentiles {
  /** How many durations. */
  readonly count: number;
  /** The median (lower median for an even count); `null` with none. */
  readonly medianSeconds: number | null;
  /** The 90th percentile; `null` with none. */
  readonly p90Seconds: number | null;
  /** `true` while exact; `false` once the 1 % sketch is in use (more than 256 values). */
  readonly exact: boolean;
}

/**
 * The numbers of {@link resolutionEfficiency}.
 *
 * @example
 * ```ts
 * import { measure, periodOf, resolutionEfficiencyAggregator, type ResolutionEfficiencyMetrics } from '@org/cs-metrics';
 * const metrics: ResolutionEfficiencyMetrics = measure(resolutionEfficiencyAggregator({ period: periodOf('2026-10') }), []);
 * metrics.firstContactResolution.share; // null
 * ```
 */
export interface ResolutionEfficiencyMetrics {
  readonly tickets: number;
  readonly outsidePeriod: number;
  readonly timeBasis: 'calendar' | 'business';
  readonly reopenedPolicy: ReopenedTicketPolicy;
  readonly firstResponse: DurationPercentiles;
  readonly resolution: DurationPercentiles;
  readonly firstContactResolution: {
    readonly method: FirstContactResolutionMethod['method'];
    /** Tickets (problems) the share is over. */
    readonly eligible: number;
    /** Problems resolved at first contact (for `contacts-per-problem`: contacts in the denominator). */
    readonly resolved: number;
    readonly share: number | null;
  };
  /** Mean contacts per problem over the tickets with `contacts`. */
  readonly contactsPerProblem: number | null;
  readonly reopen: { readonly resolved: number; readonly reopened: number; readonly share: number | null };
  /** `null` unless `asOf` was given. */
  readonly openProblems: {
    readonly asOf: number;
    readonly open: number;
    readonly medianAgeSeconds: number | null;
    readonly p90AgeSeconds: number | null;
    readonly oldestAgeSeconds: number | null;
  } | null;
}

function percentiles(sketch: QuantileSketch): DurationPercentiles {
  return {
    count: sketch.n,
    medianSeconds: sketchQuantile(sketch, 0.5),
    p90Seconds: sketchQuantile(sketch, 0.9),
    exact: sketch.n <= QUANTILE_EXACT_CAP,
  };
}

function checkOptions(options: ResolutionEfficiencyOptions) {
  const p = checkPeriodOption(options);
  const timeBasis = options.timeBasis ?? 'calendar';
  if (timeBasis !== 'calendar' && timeBasis !== 'business') {
    fail(ErrorCodes.InvalidOption, 'options.timeBasis', '"calendar" or "business"', timeBasis);
  }
  const reopened = options.reopened ?? 'full-resolution';
  if (reopened !== 'full-resolution' && reopened !== 'first-resolution') {
    fail(ErrorCodes.InvalidOption, 'options.reopened', '"full-resolution" or "first-resolution"', reopened);
  }
  const fcr = options.firstContactResolution ?? { method: 'no-repeat-contact' };
  const methods = ['no-repeat-contact', 'one-touch', 'contacts-per-problem'];
  if (typeof fcr !== 'object' || fcr === null || !methods.includes(fcr.method)) {
    fail(
      ErrorCodes.InvalidOption,
      'options.firstContactResolution.method',
      `one of ${methods.join(', ')}`,
      (fcr as { method?: unknown } | null)?.method,
    );
  }
  const givenWindow = (fcr as { windowDays?: unknown }).windowDays;
  if (fcr.method !== 'no-repeat-contact' && givenWindow !== undefined) {
    fail(
      ErrorCodes.InvalidOption,
      'options.firstContactResolution.windowDays',
      'no windowDays unless method is "no-repeat-contact"',
      givenWindow,
    );
  }
  const windowDays = fcr.method === 'no-repeat-contact' ? (fcr.windowDays ?? 7) : 0;
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    fail(
      ErrorCodes.InvalidOption,
      'options.firstContactResolution.windowDays',
      'a whole number of days ≥ 0',
      windowDays,
    );
  }
  const hours: unknown = options.businessHours;
  if (timeBasis === 'calendar' && hours !== undefined) {
    fail(
      ErrorCodes.InvalidOption,
      'options.businessHours',
      'no business hours unless timeBasis is "business"',
      hours,
    );
  }
  // The period's zone is the default. Only a plain object is spread: anything else goes to
  // businessClock as given and is refused there (spread, a number or an array would become the default hours).
  const span =
    timeBasis === 'business'
      ? businessClock(
          (isPlainObject(hours)
            ? { timeZone: p.timeZone, ...hours }
            : (hours ?? { timeZone: p.timeZone })) as BusinessHours,
          'options.businessHours',
        )
      : (from: number, to: number) => (to - from) / 1000;
  const asOf = options.asOf === undefined ? null : toEpochMillis(options.asOf, p.timeZone, 'options.asOf');
  return { period: p, timeBasis, reopened, method: fcr.method, windowMs: windowDays * DAY_MS, span, asOf };
}

/**
 * The aggregator behind {@link resolutionEfficiency}: one pass over tickets, mergeable.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { measure, normalizeSupportTickets, periodOf, resolutionEfficiencyAggregator } from '@org/cs-metrics';
 * const tickets = normalizeSupportTickets([
 *   { id: 'T-1', customerId: 'c1', openedAt: '2026-10-05T09:00Z', firstResponseAt: '2026-10-05T09:30Z', resolvedAt: '2026-10-05T11:00Z' },
 * ]);
 * measure(resolutionEfficiencyAggregator({ period: periodOf('2026-10') }), tickets).resolution.medianSeconds; // 7200
 * ```
 */
export function resolutionEfficiencyAggregator(
  options: ResolutionEfficiencyOptions,
): Aggregator<SupportTicket, ResolutionEfficiencyState, ResolutionEfficiencyMetrics> {
  const o = checkOptions(options);
  const { start, end } = o.period;
  const repeatEnd = end + o.windowMs;
  // Only the no-repeat method needs the opening times by customer; the others keep the state small.
  const repeatMethod = o.method === 'no-repeat-contact';
  return {
    init: () => ({
      tickets: 0,
      outsidePeriod: 0,
      firstResponse: emptySketch(),
      resolution: emptySketch(),
      everResolved: 0,
      reopened: 0,
      oneTouchEligible: 0,
      oneTouchResolved: 0,
      contactTickets: 0,
      contacts: 0,
      contactProblemsResolved: 0,
      repeatEligible: 0,
      resolvedOpenings: {},
      openings: {},
      openAge: emptySketch(),
      oldestOpenSeconds: -1,
    }),
    add(s, t) {
      const opened = t.openedAt;
      const reopenedCount = t.reopenedAt === undefined ? 0 : t.reopenedAt.length;
      if (o.asOf !== null && opened <= o.asOf) {
        // Open as of asOf: never resolved by then, or reopened by then and not finally resolved by then.
        let open = t.resolvedAt === undefined || t.resolvedAt > o.asOf;
        if (!open && reopenedCount > 0 && t.reopenedAt!.some((r) => r <= o.asOf!)) {
          open = t.finalResolvedAt === undefined || t.finalResolvedAt > o.asOf;
        }
        if (open) {
          const age = o.span(opened, o.asOf);
          addToSketch(s.openAge, age);
          if (age > s.oldestOpenSeconds) s.oldestOpenSeconds = age;
        }
      }
      if (repeatMethod && t.customerId !== undefined && opened >= start && opened < repeatEnd) {
        pushTo(s.openings, t.customerId, opened);
      }
      if (opened < start || opened >= end) {
        s.outsidePeriod++;
        return s;
      }
      s.tickets++;
      if (t.firstResponseAt !== undefined) addToSketch(s.firstResponse, o.span(opened, t.firstResponseAt));
      const resolvedEnd =
        o.reopened === 'first-resolution'
          ? t.resolvedAt
          : (t.finalResolvedAt ?? (reopenedCount > 0 ? undefined : t.resolvedAt));
      if (resolvedEnd !== undefined) addToSketch(s.resolution, o.span(opened, resolvedEnd));
      const cleanlyResolved = t.resolvedAt !== undefined && reopenedCount === 0;
      if (t.resolvedAt !== undefined) {
        s.everResolved++;
        if (reopenedCount > 0) s.reopened++;
      }
      if (t.contacts !== undefined) {
        s.contactTickets++;
        s.contacts += t.contacts;
        s.oneTouchEligible++;
        if (cleanlyResolved && t.contacts === 1) s.oneTouchResolved++;
        if (cleanlyResolved) s.contactProblemsResolved++;
      }
      if (t.customerId !== undefined) {
        s.repeatEligible++;
        if (cleanlyResolved && repeatMethod) pushTo(s.resolvedOpenings, t.customerId, opened);
      }
      return s;
    },
    merge: (a, b) => ({
      tickets: a.tickets + b.tickets,
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
      firstResponse: mergeSketches(a.firstResponse, b.firstResponse),
      resolution: mergeSketches(a.resolution, b.resolution),
      everResolved: a.everResolved + b.everResolved,
      reopened: a.reopened + b.reopened,
      oneTouchEligible: a.oneTouchEligible + b.oneTouchEligible,
      oneTouchResolved: a.oneTouchResolved + b.oneTouchResolved,
      contactTickets: a.contactTickets + b.contactTickets,
      contacts: a.contacts + b.contacts,
      contactProblemsResolved: a.contactProblemsResolved + b.contactProblemsResolved,
      repeatEligible: a.repeatEligible + b.repeatEligible,
      resolvedOpenings: mergeLists(a.resolvedOpenings, b.resolvedOpenings),
      openings: mergeLists(a.openings, b.openings),
      openAge: mergeSketches(a.openAge, b.openAge),
      oldestOpenSeconds: Math.max(a.oldestOpenSeconds, b.oldestOpenSeconds),
    }),
    finish(s) {
      let eligible: number;
      let resolved: number;
      if (o.method === 'one-touch') {
        eligible = s.oneTouchEligible;
        resolved = s.oneTouchResolved;
      } else if (o.method === 'contacts-per-problem') {
        // Problems ÷ contacts over resolved problems: each contact beyond the first is a repeat.
        eligible = s.contactTickets;
        resolved = s.contactProblemsResolved;
      } else {
        eligible = s.repeatEligible;
        resolved = 0;
        for (const customer of Object.keys(s.resolvedOpenings)) {
          // Any order will do: the scan below looks at every opening until one falls in the window.
          const all = own(s.openings, customer)!;
          for (const t of own(s.resolvedOpenings, customer)!) {
            // A repeat: another ticket from the customer opened after this one, within the window.
            let repeated = false;
            for (const u of all) {
              if (u > t && u <= t + o.windowMs) {
                repeated = true;
                break;
              }
            }
            if (!repeated) resolved++;
          }
        }
      }
      const share =
        o.method === 'contacts-per-problem'
          ? s.contacts === 0
            ? null
            : resolved / s.contacts
          : eligible === 0
            ? null
            : resolved / eligible;
      return {
        tickets: s.tickets,
        outsidePeriod: s.outsidePeriod,
        timeBasis: o.timeBasis,
        reopenedPolicy: o.reopened,
        firstResponse: percentiles(s.firstResponse),
        resolution: percentiles(s.resolution),
        firstContactResolution: { method: o.method, eligible, resolved, share },
        contactsPerProblem: s.contactTickets === 0 ? null : s.contacts / s.contactTickets,
        reopen: {
          resolved: s.everResolved,
          reopened: s.reopened,
          share: s.everResolved === 0 ? null : s.reopened / s.everResolved,
        },
        openProblems:
          o.asOf === null
            ? null
            : {
                asOf: o.asOf,
                open: s.openAge.n,
                medianAgeSeconds: sketchQuantile(s.openAge, 0.5),
                p90AgeSeconds: sketchQuantile(s.openAge, 0.9),
                oldestAgeSeconds: s.oldestOpenSeconds < 0 ? null : s.oldestOpenSeconds,
              },
      };
    },
  };
}

const hours = (seconds: number): number => roundTo(seconds / 3600, 1);

/**
 * Judges resolution metrics against the profile: the band rates the first-contact resolution share;
 * a median first response or resolution slower than the profile's targets, or a reopen rate above
 * its maximum, raises a warning.
 *
 * @example
 * ```ts
 * import { b2b, evaluateResolutionEfficiency, measure, periodOf, resolutionEfficiencyAggregator } from '@org/cs-metrics';
 * const metrics = measure(resolutionEfficiencyAggregator({ period: periodOf('2026-10') }), []);
 * evaluateResolutionEfficiency(metrics, { profile: b2b }).explanation.code; // 'customer.resolutionEfficiency.no-tickets'
 * ```
 */
export function evaluateResolutionEfficiency(
  metrics: ResolutionEfficiencyMetrics,
  options: { readonly profile: Profile },
): Evaluation<ResolutionEfficiencyMetrics> {
  const settings = criterionSettings(options, 'customer.resolutionEfficiency');
  const id = 'customer.resolutionEfficiency';
  const fcr = metrics.firstContactResolution;
  const warnings: Explanation[] = [];
  const frt = metrics.firstResponse.medianSeconds;
  if (frt !== null && frt > settings.firstResponseTargetSeconds) {
    warnings.push({
      code: `${id}.slow-first-response`,
      message: `The median first response took ${hours(frt)} h; the target is ${hours(settings.firstResponseTargetSeconds)} h.`,
      inputs: { medianSeconds: frt, targetSeconds: settings.firstResponseTargetSeconds },
    });
  }
  const ttr = metrics.resolution.medianSeconds;
  if (ttr !== null && ttr > settings.resolutionTargetSeconds) {
    warnings.push({
      code: `${id}.slow-resolution`,
      message: `The median resolution took ${hours(ttr)} h; the target is ${hours(settings.resolutionTargetSeconds)} h.`,
      inputs: { medianSeconds: ttr, targetSeconds: settings.resolutionTargetSeconds },
    });
  }
  const reopenShare = metrics.reopen.share;
  if (reopenShare !== null && reopenShare > settings.maximumReopenShare) {
    warnings.push({
      code: `${id}.high-reopen-rate`,
      message: `${metrics.reopen.reopened} of ${metrics.reopen.resolved} resolved tickets ${were(metrics.reopen.reopened)} reopened; the maximum is ${roundTo(settings.maximumReopenShare * 100, 1)} %.`,
      inputs: {
        reopened: metrics.reopen.reopened,
        resolved: metrics.reopen.resolved,
        maximumShare: settings.maximumReopenShare,
      },
    });
  }
  const insufficient: Explanation =
    metrics.tickets === 0
      ? {
          code: `${id}.no-tickets`,
          message: 'No tickets were opened in the period.',
          inputs: { outsidePeriod: metrics.outsidePeriod },
        }
      : {
          code: `${id}.no-eligible-tickets`,
          message: `None of the ${metrics.tickets} tickets carries what the ${fcr.method} method needs (${fcr.method === 'no-repeat-contact' ? 'a customerId' : 'contacts'}).`,
          inputs: { tickets: metrics.tickets, method: fcr.method },
        };
  return judge({
    criterion: id,
    value: fcr.share,
    unit: 'share of problems resolved at first contact',
    profile: options.profile.id,
    settings,
    sampleSize: fcr.eligible,
    details: metrics,
    warnings,
    insufficient,
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${roundTo(value * 100, 1)} % of ${fcr.eligible} problems resolved at first contact (${fcr.method}); ${options.profile.id} good is ${roundTo((settings.band.direction === 'target-range' ? settings.band.best : settings.band.good) * 100, 1)} %: ${rating}.`,
      inputs: { share: value, eligible: fcr.eligible, resolved: fcr.resolved, method: fcr.method, rating },
    }),
  });
}

/**
 * Problem-resolution efficiency: respond fast, resolve fast, at the first contact.
 *
 * Measured over the tickets opened in the period: time to first response and time to resolution
 * (median and 90th percentile, in calendar time or the team's business hours), first-contact
 * resolution `FCR = problems resolved at first contact ÷ problems` (see
 * {@link FirstContactResolutionMethod}), contacts per problem, the reopen rate
 * `reopened ÷ resolved at least once`, and, with `asOf`, the age of the problems open at that
 * instant (every ticket opened by then, whatever its period). A reopened ticket keeps its first
 * response time; its resolution time runs to its final resolution (see {@link ReopenedTicketPolicy}).
 *
 * Percentiles: the value at rank `⌊q·(n − 1)⌋` of the sorted durations, exact up to 256 durations,
 * then from a mergeable log-bucket sketch within 1 % relative error.
 *
 * Judged: the FCR share against the profile band — good from 70 %, excellent from 80 % (SQM Group's
 * FCR benchmark, see docs/benchmarks.md); the times and the reopen rate raise warnings.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { b2b, normalizeSupportTickets, periodOf, resolutionEfficiency } from '@org/cs-metrics';
 * const tickets = normalizeSupportTickets([
 *   { id: 'T-1', customerId: 'c1', openedAt: '2026-10-05T09:00Z', firstResponseAt: '2026-10-05T09:30Z', resolvedAt: '2026-10-05T11:00Z' },
 *   { id: 'T-2', customerId: 'c2', openedAt: '2026-10-06T09:00Z', resolvedAt: '2026-10-06T10:00Z' },
 *   { id: 'T-3', customerId: 'c2', openedAt: '2026-10-08T09:00Z' },
 * ]);
 * const result = resolutionEfficiency(tickets, { period: periodOf('2026-10'), profile: b2b });
 * result.details.firstContactResolution.share; // 0.3333333333333333
 * result.rating; // 'insufficient-data' (b2b asks for 20 tickets)
 * ```
 */
export function resolutionEfficiency(
  tickets: Iterable<SupportTicket>,
  options: ResolutionEfficiencyOptions & { readonly profile: Profile },
): Evaluation<ResolutionEfficiencyMetrics> {
  return evaluateResolutionEfficiency(measure(resolutionEfficiencyAggregator(options), tickets), options);
}
