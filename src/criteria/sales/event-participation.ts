import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import {
  addToMoneyTotal,
  Decimal,
  emptyMoneyTotal,
  type Money,
  type MoneyTotal,
  mergeMoneyTotals,
  moneyTotalValue,
} from '../../domain/money.js';
import { DAY_MS, dayIndexer, daysOf, monthsOf, type Period } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import { EVENT_TYPES, type EventType, type Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { criterionSettings, ratio } from '../criterion-options.js';
import { own, put } from '../customer/keyed-state.js';
import { checkSalesOptions } from './sales-options.js';

/**
 * One record for {@link eventParticipationAggregator}: an interaction or a deal, tagged, so that
 * one stream (a file, a worker's partition) can carry both.
 *
 * @example
 * ```ts
 * import { normalizeInteraction, type EventParticipationRecord } from '@org/cs-metrics';
 * const record: EventParticipationRecord = {
 *   type: 'interaction',
 *   record: normalizeInteraction({ id: 'e1', managerId: 'm1', kind: 'event', at: '2026-10-14', eventType: 'exhibition', contactsMet: 23 }),
 * };
 * ```
 */
export type EventParticipationRecord =
  | { readonly type: 'interaction'; readonly record: Interaction }
  | { readonly type: 'deal'; readonly record: Deal };

/**
 * What {@link eventParticipation} takes: the manager's interactions (the events attended are those
 * of kind `event`) and deals (those with source `event` are what the events brought).
 *
 * @example
 * ```ts
 * import type { EventParticipationInput } from '@org/cs-metrics';
 * const input: EventParticipationInput = { interactions: [], deals: [] };
 * ```
 */
export interface EventParticipationInput {
  readonly interactions: Iterable<Interaction>;
  /** Without them the deal figures are 0 and their shares `null`. */
  readonly deals?: Iterable<Deal>;
}

/**
 * Options of {@link eventParticipation}.
 *
 * @example
 * ```ts
 * import { periodOf, type EventParticipationOptions } from '@org/cs-metrics';
 * const options: EventParticipationOptions = { period: periodOf('2026-Q4', 'Europe/Berlin'), managerId: 'm1' };
 * ```
 */
export interface EventParticipationOptions {
  /** The period; months are calendar months in its time zone. */
  readonly period: Period;
  /** Only this manager's interactions and deals count; default: all records given (filter them yourself). */
  readonly managerId?: string;
}

/**
 * Plain-JSON state of {@link eventParticipationAggregator}.
 *
 * @example
 * ```ts
 * import { eventParticipationAggregator, periodOf, type EventParticipationState } from '@org/cs-metrics';
 * const state: EventParticipationState = eventParticipationAggregator({ period: periodOf('2026-10') }).init();
 * state.eventsPerMonth; // [0]
 * ```
 */
export interface EventParticipationState {
  /** Events attended in each calendar month of `monthsOf(period)`. */
  eventsPerMonth: number[];
  /** Contacts of potential customers collected at those events, per month. */
  contactsPerMonth: number[];
  /** Events per type, in the order of `EVENT_TYPES`, then events without a type. */
  eventsByType: number[];
  /** Events skipped because they fall outside the period. */
  outsidePeriod: number;
  /** Deals created in the period (any source). */
  newDeals: number;
  /** Deals with source `event` created in the period. */
  eventDeals: number;
  /** Amounts of the deals created in the period, per currency. */
  newDealAmounts: Record<string, MoneyTotal>;
  /** Amounts of the event-sourced deals created in the period, per currency. */
  eventDealAmounts: Record<string, MoneyTotal>;
  /** Event-sourced deals won in the period. */
  eventDealsWon: number;
  /** Event-sourced deals lost in the period. */
  eventDealsLost: number;
}

/**
 * One calendar month of {@link EventParticipationMetrics.perMonth}.
 *
 * @example
 * ```ts
 * import type { EventParticipationMonth } from '@org/cs-metrics';
 * const october: EventParticipationMonth = { month: '2026-10', days: 31, daysInMonth: 31, events: 2, contactsMet: 40 };
 * ```
 */
export interface EventParticipationMonth {
  /** `2026-10`. */
  readonly month: string;
  /** Days of the month inside the period. */
  readonly days: number;
  /** Days of the whole calendar month. */
  readonly daysInMonth: number;
  readonly events: number;
  readonly contactsMet: number;
}

/**
 * Event-sourced against all new deals in one currency ({@link EventParticipationMetrics.amountShares}).
 *
 * @example
 * ```ts
 * import { money, type EventDealAmountShare } from '@org/cs-metrics';
 * const eur: EventDealAmountShare = { currency: 'EUR', eventAmount: money('3000', 'EUR'), newAmount: money('12000', 'EUR'), share: 0.25 };
 * ```
 */
export interface EventDealAmountShare {
  readonly currency: string;
  /** Exact sum of the event-sourced deals created in the period, in this currency. */
  readonly eventAmount: Money;
  /** Exact sum of all deals created in the period, in this currency. */
  readonly newAmount: Money;
  /** eventAmount ÷ newAmount; `null` when newAmount is 0. */
  readonly share: number | null;
}

/**
 * The numbers of {@link eventParticipation}.
 *
 * @example
 * ```ts
 * import { eventParticipationAggregator, measure, periodOf, type EventParticipationMetrics } from '@org/cs-metrics';
 * const metrics: EventParticipationMetrics = measure(eventParticipationAggregator({ period: periodOf('2026-10') }), []);
 * metrics.eventsPerMonth; // 0
 * metrics.eventDealWinRate; // null
 * ```
 */
export interface EventParticipationMetrics {
  /** Events attended in the period. */
  readonly events: number;
  /** Calendar days in the period. */
  readonly periodDays: number;
  /** The period's length in months: Σ over its calendar months of (days inside ÷ days of the month); 1 for a whole month. */
  readonly months: number;
  /** events ÷ months: the judged value. */
  readonly eventsPerMonth: number;
  /** Contacts of potential customers collected at the events (`contactsMet`). */
  readonly contactsMet: number;
  /** contactsMet ÷ events; `null` without events. */
  readonly contactsPerEvent: number | null;
  readonly perMonth: readonly EventParticipationMonth[];
  /** Events per type; `unspecified` for events without `eventType`. */
  readonly byEventType: Readonly<Record<EventType | 'unspecified', number>>;
  readonly outsidePeriod: number;
  /** Deals created in the period, any source. */
  readonly newDeals: number;
  /** Of them, with source `event`. */
  readonly eventDeals: number;
  /** eventDeals ÷ newDeals (by count); `null` without new deals. */
  readonly eventDealShare: number | null;
  /** The same share by amount, one entry per currency (never summed across currencies), by currency code. */
  readonly amountShares: readonly EventDealAmountShare[];
  readonly eventDealsWon: number;
  readonly eventDealsLost: number;
  /** won ÷ (won + lost) of the event-sourced deals closed in the period; `null` with none closed. */
  readonly eventDealWinRate: number | null;
}

const TYPE_SLOTS = EVENT_TYPES.length + 1;

function utcDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function mergeTotals(
  a: Record<string, MoneyTotal>,
  b: Record<string, MoneyTotal>,
): Record<string, MoneyTotal> {
  const out: Record<string, MoneyTotal> = {};
  for (const key of Object.keys(a)) put(out, key, mergeMoneyTotals(own(a, key)!, emptyMoneyTotal()));
  for (const key of Object.keys(b)) {
    put(out, key, mergeMoneyTotals(own(out, key) ?? emptyMoneyTotal(), own(b, key)!));
  }
  return out;
}

function addAmount(totals: Record<string, MoneyTotal>, deal: Deal): void {
  let total = own(totals, deal.currency);
  if (total === undefined) {
    total = emptyMoneyTotal();
    put(totals, deal.currency, total);
  }
  // Totals are kept per currency, so the currency always matches: no error path to build per record.
  addToMoneyTotal(total, deal);
}

/**
 * The aggregator behind {@link eventParticipation}: one pass over tagged interactions and deals,
 * mergeable. Events are interactions of kind `event`; a deal counts as new when created in the
 * period and as closed when won or lost in the period.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { eventParticipationAggregator, measure, normalizeInteraction, periodOf } from '@org/cs-metrics';
 * const fair = normalizeInteraction({ id: 'e1', managerId: 'm1', kind: 'event', at: '2026-10-14', eventType: 'fair', contactsMet: 12 });
 * const metrics = measure(eventParticipationAggregator({ period: periodOf('2026-10') }), [{ type: 'interaction', record: fair }]);
 * metrics.contactsMet; // 12
 * ```
 */
export function eventParticipationAggregator(
  options: EventParticipationOptions,
): Aggregator<EventParticipationRecord, EventParticipationState, EventParticipationMetrics> {
  checkSalesOptions(options);
  const { period, managerId } = options;
  const { start, end } = period;
  const indexOf = dayIndexer(period);
  const months = monthsOf(period);
  const monthOfDay: number[] = [];
  months.forEach((m, i) => {
    for (let d = utcDay(m.from); d <= utcDay(m.to); d += DAY_MS) monthOfDay.push(i);
  });
  const periodDays = daysOf(period).length;
  return {
    init: () => ({
      eventsPerMonth: new Array<number>(months.length).fill(0),
      contactsPerMonth: new Array<number>(months.length).fill(0),
      eventsByType: new Array<number>(TYPE_SLOTS).fill(0),
      outsidePeriod: 0,
      newDeals: 0,
      eventDeals: 0,
      newDealAmounts: {},
      eventDealAmounts: {},
      eventDealsWon: 0,
      eventDealsLost: 0,
    }),
    add(s, tagged) {
      if (managerId !== undefined && tagged.record.managerId !== managerId) return s;
      if (tagged.type === 'interaction') {
        const i = tagged.record;
        if (i.kind !== 'event') return s;
        const day = indexOf(i.at);
        if (day < 0) {
          s.outsidePeriod++;
          return s;
        }
        const m = monthOfDay[day]!;
        s.eventsPerMonth[m]!++;
        s.contactsPerMonth[m]! += i.contactsMet ?? 0;
        const t = i.eventType === undefined ? EVENT_TYPES.length : EVENT_TYPES.indexOf(i.eventType);
        s.eventsByType[t]!++;
        return s;
      }
      const d = tagged.record;
      if (d.createdAt >= start && d.createdAt < end) {
        s.newDeals++;
        addAmount(s.newDealAmounts, d);
        if (d.source === 'event') {
          s.eventDeals++;
          addAmount(s.eventDealAmounts, d);
        }
      }
      if (d.source === 'event' && d.closedAt !== undefined && d.closedAt >= start && d.closedAt < end) {
        // A deal with a close date is won or lost (the normaliser enforces it).
        if (d.stage === 'won') s.eventDealsWon++;
        else s.eventDealsLost++;
      }
      return s;
    },
    merge: (a, b) => ({
      eventsPerMonth: a.eventsPerMonth.map((x, i) => x + b.eventsPerMonth[i]!),
      contactsPerMonth: a.contactsPerMonth.map((x, i) => x + b.contactsPerMonth[i]!),
      eventsByType: a.eventsByType.map((x, i) => x + b.eventsByType[i]!),
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
      newDeals: a.newDeals + b.newDeals,
      eventDeals: a.eventDeals + b.eventDeals,
      newDealAmounts: mergeTotals(a.newDealAmounts, b.newDealAmounts),
      eventDealAmounts: mergeTotals(a.eventDealAmounts, b.eventDealAmounts),
      eventDealsWon: a.eventDealsWon + b.eventDealsWon,
      eventDealsLost: a.eventDealsLost + b.eventDealsLost,
    }),
    finish(s) {
      let events = 0;
      let contactsMet = 0;
      let monthLength = 0;
      const perMonth = months.map((m, i) => {
        const days = (utcDay(m.to) - utcDay(m.from)) / DAY_MS + 1;
        const first = utcDay(m.from);
        const d = new Date(first);
        const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
        monthLength += days / daysInMonth;
        events += s.eventsPerMonth[i]!;
        contactsMet += s.contactsPerMonth[i]!;
        return {
          month: m.key,
          days,
          daysInMonth,
          events: s.eventsPerMonth[i]!,
          contactsMet: s.contactsPerMonth[i]!,
        };
      });
      const byEventType = { unspecified: s.eventsByType[EVENT_TYPES.length]! } as Record<
        EventType | 'unspecified',
        number
      >;
      EVENT_TYPES.forEach((t, i) => {
        byEventType[t] = s.eventsByType[i]!;
      });
      const amountShares = Object.keys(s.newDealAmounts)
        .sort()
        .map((currency) => {
          const newAmount = moneyTotalValue(own(s.newDealAmounts, currency)!)!;
          const eventTotal = own(s.eventDealAmounts, currency);
          const eventAmount = (eventTotal && moneyTotalValue(eventTotal)) ?? {
            amount: new Decimal(0),
            currency,
          };
          const share = newAmount.amount.isZero()
            ? null
            : eventAmount.amount.div(newAmount.amount).toNumber();
          return { currency, eventAmount, newAmount, share };
        });
      return {
        events,
        periodDays,
        months: monthLength,
        eventsPerMonth: events / monthLength,
        contactsMet,
        contactsPerEvent: ratio(contactsMet, events),
        perMonth,
        byEventType,
        outsidePeriod: s.outsidePeriod,
        newDeals: s.newDeals,
        eventDeals: s.eventDeals,
        eventDealShare: ratio(s.eventDeals, s.newDeals),
        amountShares,
        eventDealsWon: s.eventDealsWon,
        eventDealsLost: s.eventDealsLost,
        eventDealWinRate: ratio(s.eventDealsWon, s.eventDealsWon + s.eventDealsLost),
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges events attended per month against the profile's `sales.eventParticipation` band.
 *
 * Formula: events attended in the period (interactions of kind `event`) ÷ the period's length in
 * months (Σ over its calendar months of days inside ÷ days of the month, so a whole month is 1 and
 * a quarter 3). Attendance is judged, not the deals it brought, because attending is what the brief
 * asks of the manager ("attending them is part of the job"); the event-sourced deals, their share of
 * new deals (by count, and by amount per currency) and their win rate are in `details`.
 * Benchmark: one event a month is good in the b2b and consulting profiles (Published context and
 * Convention; see docs/benchmarks.md). A profile with weight 0 (b2c by default) still gets the
 * evaluation, with `weight: 0` and the warning `sales.eventParticipation.switched-off`, so that a
 * scorecard leaves it out of the overall score. A period shorter than the profile's `minimumSample`
 * days (28) gives `insufficient-data` with `sales.eventParticipation.period-too-short`.
 *
 * @example
 * ```ts
 * import { b2b, eventParticipationAggregator, evaluateEventParticipation, measure, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * const events = normalizeInteractions([
 *   { id: 'e1', managerId: 'm1', kind: 'event', at: '2026-10-07', eventType: 'exhibition', contactsMet: 30 },
 *   { id: 'e2', managerId: 'm1', kind: 'event', at: '2026-11-18', eventType: 'conference', contactsMet: 8 },
 *   { id: 'e3', managerId: 'm1', kind: 'event', at: '2026-12-02', eventType: 'seminar', contactsMet: 5 },
 * ]).map((record) => ({ type: 'interaction' as const, record }));
 * const metrics = measure(eventParticipationAggregator({ period: periodOf('2026-Q4') }), events);
 * evaluateEventParticipation(metrics, { profile: b2b }).rating; // 'good'
 * ```
 */
export function evaluateEventParticipation(
  metrics: EventParticipationMetrics,
  options: { readonly profile: Profile },
): Evaluation<EventParticipationMetrics> {
  const id = 'sales.eventParticipation';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (settings.weight === 0) {
    warnings.push({
      code: `${id}.switched-off`,
      message: `The profile ${options.profile.id} gives events weight 0: they are measured but do not count in an overall score.`,
      inputs: { profile: options.profile.id },
    });
  }
  const enough = metrics.periodDays >= settings.minimumSample;
  return judge({
    criterion: id,
    value: enough ? metrics.eventsPerMonth : null,
    unit: 'events/month',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.periodDays,
    details: metrics,
    warnings,
    insufficient: {
      code: `${id}.period-too-short`,
      message: `The period has ${metrics.periodDays} days; events per month need at least ${settings.minimumSample}.`,
      inputs: { periodDays: metrics.periodDays, minimumDays: settings.minimumSample, events: metrics.events },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message:
        `${metrics.events} events in ${roundTo(metrics.months, 2)} months (${roundTo(value, 2)} a month), ` +
        `${metrics.contactsMet} contacts met; ${metrics.eventDeals} of ${metrics.newDeals} new deals came from events` +
        (metrics.eventDealShare === null ? '' : ` (${pct(metrics.eventDealShare)} %)`) +
        `: ${rating}.`,
      inputs: {
        events: metrics.events,
        months: roundTo(metrics.months, 4),
        value: roundTo(value, 4),
        contactsMet: metrics.contactsMet,
        eventDeals: metrics.eventDeals,
        newDeals: metrics.newDeals,
        eventDealWinRate: metrics.eventDealWinRate,
        rating,
      },
    }),
  });
}

/**
 * Events, conferences and exhibitions of one manager in a period, and what they brought, judged
 * against the profile (see {@link evaluateEventParticipation} for the formula and the benchmark).
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option or input.
 * @example
 * ```ts
 * import { b2b, eventParticipation, normalizeDeals, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * const interactions = normalizeInteractions([
 *   { id: 'e1', managerId: 'm1', kind: 'event', at: '2026-10-07', eventType: 'exhibition', contactsMet: 30 },
 * ]);
 * const deals = normalizeDeals([
 *   { id: 'd1', managerId: 'm1', customerId: 'c1', source: 'event', stage: 'won', amount: '3000', currency: 'EUR', createdAt: '2026-10-09', closedAt: '2026-10-28' },
 *   { id: 'd2', managerId: 'm1', customerId: 'c2', source: 'inbound', stage: 'prospect', amount: '9000', currency: 'EUR', createdAt: '2026-10-12' },
 * ]);
 * const result = eventParticipation({ interactions, deals }, { period: periodOf('2026-10'), profile: b2b });
 * result.value; // 1
 * result.details.eventDealShare; // 0.5
 * result.details.amountShares[0]?.share; // 0.25
 * ```
 */
export function eventParticipation(
  input: EventParticipationInput,
  options: EventParticipationOptions & { readonly profile: Profile },
): Evaluation<EventParticipationMetrics> {
  if (typeof input !== 'object' || input === null) {
    return fail(ErrorCodes.InvalidOption, 'input', '{ interactions, deals }', input);
  }
  const aggregator = eventParticipationAggregator(options);
  let state = aggregator.init();
  // One reusable tag per kind: no allocation per record.
  const i: { type: 'interaction'; record: Interaction } = { type: 'interaction', record: undefined as never };
  for (const record of input.interactions) {
    i.record = record;
    state = aggregator.add(state, i);
  }
  const d: { type: 'deal'; record: Deal } = { type: 'deal', record: undefined as never };
  for (const record of input.deals ?? []) {
    d.record = record;
    state = aggregator.add(state, d);
  }
  return evaluateEventParticipation(aggregator.finish(state), options);
}
