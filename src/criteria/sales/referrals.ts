import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { criterionSettings, ratio } from '../criterion-options.js';
import { bump, mergeCounts, own, put, unionKeys } from '../customer/keyed-state.js';
import { checkSalesOptions } from './sales-options.js';

/**
 * One record for {@link referralsAggregator}: an interaction or a deal, tagged, so that one stream
 * can carry both.
 *
 * @example
 * ```ts
 * import { normalizeInteraction, type ReferralsRecord } from '@org/cs-metrics';
 * const record: ReferralsRecord = {
 *   type: 'interaction',
 *   record: normalizeInteraction({ id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-20', referralAsked: true, referralsReceived: 2 }),
 * };
 * ```
 */
export type ReferralsRecord =
  | { readonly type: 'interaction'; readonly record: Interaction }
  | { readonly type: 'deal'; readonly record: Deal };

/**
 * What {@link referrals} takes: the manager's deals (who was won, what came from referrals) and
 * interactions (who was asked, how many referrals they gave).
 *
 * @example
 * ```ts
 * import type { ReferralsInput } from '@org/cs-metrics';
 * const input: ReferralsInput = { interactions: [], deals: [] };
 * ```
 */
export interface ReferralsInput {
  readonly interactions: Iterable<Interaction>;
  readonly deals: Iterable<Deal>;
}

/**
 * Options of {@link referrals}.
 *
 * @example
 * ```ts
 * import { periodOf, type ReferralsOptions } from '@org/cs-metrics';
 * const options: ReferralsOptions = { period: periodOf('2026-Q4'), managerId: 'm1' };
 * ```
 */
export interface ReferralsOptions {
  /** Customers won and referral deals created or closed in this period are measured. */
  readonly period: Period;
  /** Only this manager's interactions and deals count; default: all records given (filter them yourself). */
  readonly managerId?: string;
}

/**
 * Plain-JSON state of {@link referralsAggregator}; customer sets are `{ [id]: true }`.
 *
 * @example
 * ```ts
 * import { periodOf, referralsAggregator, type ReferralsState } from '@org/cs-metrics';
 * const state: ReferralsState = referralsAggregator({ period: periodOf('2026-10') }).init();
 * state.wonCustomers; // {}
 * ```
 */
export interface ReferralsState {
  /** Customers with a deal won in the period. */
  wonCustomers: Record<string, true>;
  /** Customers the manager asked for referrals (an interaction with `referralAsked: true`) up to the period's end. */
  askedCustomers: Record<string, true>;
  /** Referrals received per customer up to the period's end. */
  referralsByCustomer: Record<string, number>;
  /** Referrals received in the period, from any customer. */
  referralsInPeriod: number;
  /** Interactions in the period in which the manager asked for referrals. */
  asksInPeriod: number;
  /** Deals with source `referral` created in the period. */
  referralDeals: number;
  /** Referral-sourced deals won in the period. */
  referralDealsWon: number;
  /** Referral-sourced deals lost in the period. */
  referralDealsLost: number;
  /** Interactions skipped because they come after the period. */
  afterPeriod: number;
}

/**
 * The numbers of {@link referralsAggregator}.
 *
 * @example
 * ```ts
 * import { measure, periodOf, referralsAggregator, type ReferralsMetrics } from '@org/cs-metrics';
 * const metrics: ReferralsMetrics = measure(referralsAggregator({ period: periodOf('2026-10') }), []);
 * metrics.askedShare; // null
 * ```
 */
export interface ReferralsMetrics {
  /** Distinct customers with a deal won in the period. */
  readonly wonCustomers: number;
  /** Of them, asked for referrals by the manager (at any time up to the period's end). */
  readonly askedWonCustomers: number;
  /** askedWonCustomers ÷ wonCustomers: the judged value; `null` without won customers. */
  readonly askedShare: number | null;
  /** Won customers not asked, sorted: whom to ask next. */
  readonly notAsked: readonly string[];
  /** Referrals received from the won customers (up to the period's end). */
  readonly referralsFromWonCustomers: number;
  /** referralsFromWonCustomers ÷ wonCustomers; `null` without won customers. */
  readonly referralsPerWonCustomer: number | null;
  /** Referrals received in the period from any customer. */
  readonly referralsReceivedInPeriod: number;
  /** Interactions in the period in which the manager asked for referrals. */
  readonly referralAsksInPeriod: number;
  /** Deals with source `referral` created in the period. */
  readonly referralDeals: number;
  readonly referralDealsWon: number;
  readonly referralDealsLost: number;
  /** won ÷ (won + lost) of the referral-sourced deals closed in the period; `null` with none closed. */
  readonly referralDealWinRate: number | null;
  readonly afterPeriod: number;
}

/**
 * The aggregator behind {@link referrals}: one pass over tagged interactions and deals, mergeable.
 * A won customer is the customer of a deal won in the period; asks and referrals received count up
 * to the period's end (a customer asked while the deal was still open was asked).
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { measure, normalizeDeal, periodOf, referralsAggregator } from '@org/cs-metrics';
 * const won = normalizeDeal({ id: 'd1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: 900, currency: 'EUR', createdAt: '2026-10-01', closedAt: '2026-10-20' });
 * measure(referralsAggregator({ period: periodOf('2026-10') }), [{ type: 'deal', record: won }]).notAsked; // ['c1']
 * ```
 */
export function referralsAggregator(
  options: ReferralsOptions,
): Aggregator<ReferralsRecord, ReferralsState, ReferralsMetrics> {
  checkSalesOptions(options);
  const { managerId } = options;
  const { start, end } = options.period;
  return {
    init: () => ({
      wonCustomers: {},
      askedCustomers: {},
      referralsByCustomer: {},
      referralsInPeriod: 0,
      asksInPeriod: 0,
      referralDeals: 0,
      referralDealsWon: 0,
      referralDealsLost: 0,
      afterPeriod: 0,
    }),
    add(s, tagged) {
      if (managerId !== undefined && tagged.record.managerId !== managerId) return s;
      if (tagged.type === 'interaction') {
        const i = tagged.record;
        if (i.at >= end) {
          s.afterPeriod++;
          return s;
        }
        const inPeriod = i.at >= start;
        const received = i.referralsReceived ?? 0;
        if (inPeriod) {
          s.referralsInPeriod += received;
          if (i.referralAsked === true) s.asksInPeriod++;
        }
        if (i.customerId !== undefined) {
          if (i.referralAsked === true) put(s.askedCustomers, i.customerId, true);
          if (received > 0) bump(s.referralsByCustomer, i.customerId, received);
        }
        return s;
      }
      const d = tagged.record;
      const closedInPeriod = d.closedAt !== undefined && d.closedAt >= start && d.closedAt < end;
      if (closedInPeriod && d.stage === 'won') put(s.wonCustomers, d.customerId, true);
      if (d.source === 'referral') {
        if (d.createdAt >= start && d.createdAt < end) s.referralDeals++;
        if (closedInPeriod) {
          if (d.stage === 'won') s.referralDealsWon++;
          else s.referralDealsLost++;
        }
      }
      return s;
    },
    merge: (a, b) => ({
      wonCustomers: unionKeys(a.wonCustomers, b.wonCustomers, true),
      askedCustomers: unionKeys(a.askedCustomers, b.askedCustomers, true),
      referralsByCustomer: mergeCounts(a.referralsByCustomer, b.referralsByCustomer),
      referralsInPeriod: a.referralsInPeriod + b.referralsInPeriod,
      asksInPeriod: a.asksInPeriod + b.asksInPeriod,
      referralDeals: a.referralDeals + b.referralDeals,
      referralDealsWon: a.referralDealsWon + b.referralDealsWon,
      referralDealsLost: a.referralDealsLost + b.referralDealsLost,
      afterPeriod: a.afterPeriod + b.afterPeriod,
    }),
    finish(s) {
      const won = Object.keys(s.wonCustomers).sort();
      const notAsked: string[] = [];
      let fromWon = 0;
      for (const id of won) {
        if (own(s.askedCustomers, id) === undefined) notAsked.push(id);
        fromWon += own(s.referralsByCustomer, id) ?? 0;
      }
      const asked = won.length - notAsked.length;
      return {
        wonCustomers: won.length,
        askedWonCustomers: asked,
        askedShare: ratio(asked, won.length),
        notAsked,
        referralsFromWonCustomers: fromWon,
        referralsPerWonCustomer: ratio(fromWon, won.length),
        referralsReceivedInPeriod: s.referralsInPeriod,
        referralAsksInPeriod: s.asksInPeriod,
        referralDeals: s.referralDeals,
        referralDealsWon: s.referralDealsWon,
        referralDealsLost: s.referralDealsLost,
        referralDealWinRate: ratio(s.referralDealsWon, s.referralDealsWon + s.referralDealsLost),
        afterPeriod: s.afterPeriod,
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges the share of won customers asked for a referral against the profile's `sales.referrals` band.
 *
 * Formula: won customers asked for referrals ÷ customers won in the period (distinct customers of
 * deals won in the period; asked: an interaction of the manager with `referralAsked: true` for the
 * customer, up to the period's end). The ask is judged, not the referrals received, because the
 * brief judges the habit: an experienced manager "does not wait to be recommended: he asks each
 * client"; what the customers give back (referrals per won customer, referral-sourced deals and
 * their win rate) is in `details`. Benchmark: asking every client is the best (Brief); good from half
 * (Convention; published surveys find only about one salesperson in nine asks, see docs/benchmarks.md).
 *
 * @example
 * ```ts
 * import { b2b, evaluateReferrals, measure, periodOf, referralsAggregator } from '@org/cs-metrics';
 * const metrics = measure(referralsAggregator({ period: periodOf('2026-10') }), []);
 * evaluateReferrals(metrics, { profile: b2b }).explanation.code; // 'sales.referrals.no-won-customers'
 * ```
 */
export function evaluateReferrals(
  metrics: ReferralsMetrics,
  options: { readonly profile: Profile },
): Evaluation<ReferralsMetrics> {
  const id = 'sales.referrals';
  const settings = criterionSettings(options, id);
  return judge({
    criterion: id,
    value: metrics.askedShare,
    unit: 'share of won customers asked for referrals',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.wonCustomers,
    details: metrics,
    insufficient: {
      code: `${id}.no-won-customers`,
      message: 'No customer was won in the period, so there was no client to ask for referrals.',
      inputs: { referralDeals: metrics.referralDeals },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.askedWonCustomers} of ${metrics.wonCustomers} won customers (${pct(value)} %) ${were(metrics.askedWonCustomers)} asked for referrals; they gave ${metrics.referralsFromWonCustomers}: ${rating}.`,
      inputs: {
        askedWonCustomers: metrics.askedWonCustomers,
        wonCustomers: metrics.wonCustomers,
        referralsFromWonCustomers: metrics.referralsFromWonCustomers,
        value: roundTo(value, 4),
        rating,
      },
    }),
  });
}

/**
 * Referrals from clients for one manager in a period, judged against the profile (see
 * {@link evaluateReferrals} for the formula and the benchmark).
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option or input.
 * @example
 * ```ts
 * import { b2b, normalizeDeals, normalizeInteractions, periodOf, referrals } from '@org/cs-metrics';
 * const deals = normalizeDeals([
 *   { id: 'd1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: 900, currency: 'EUR', createdAt: '2026-10-01', closedAt: '2026-10-20' },
 *   { id: 'd2', managerId: 'm1', customerId: 'c2', source: 'referral', stage: 'won', amount: 400, currency: 'EUR', createdAt: '2026-10-02', closedAt: '2026-10-22' },
 * ]);
 * const interactions = normalizeInteractions([
 *   { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-20', referralAsked: true, referralsReceived: 3 },
 * ]);
 * const result = referrals({ interactions, deals }, { period: periodOf('2026-10'), profile: b2b, managerId: 'm1' });
 * result.details.askedShare; // 0.5
 * result.details.referralsPerWonCustomer; // 1.5
 * result.details.notAsked; // ['c2']
 * ```
 */
export function referrals(
  input: ReferralsInput,
  options: ReferralsOptions & { readonly profile: Profile },
): Evaluation<ReferralsMetrics> {
  if (typeof input !== 'object' || input === null) {
    return fail(ErrorCodes.InvalidOption, 'input', '{ interactions, deals }', input);
  }
  const aggregator = referralsAggregator(options);
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const i: { type: 'interaction'; record: Interaction } = { type: 'interaction', record: undefined as never };
  for (const record of input.interactions) {
    i.record = record;
    state = aggregator.add(state, i);
  }
  const d: { type: 'deal'; record: Deal } = { type: 'deal', record: undefined as never };
  for (const record of input.deals) {
    d.record = record;
    state = aggregator.add(state, d);
  }
  return evaluateReferrals(aggregator.finish(state), options);
}
