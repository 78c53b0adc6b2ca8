// sales.decisionMakerReach: contracts signed per prospect met, and whether the manager meets the person who decides.
import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';
import type { Deal } from '../../domain/records/deal.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { bump, mergeCounts, own, put, unionKeys } from '../customer/keyed-state.js';
import { checkManagerIdOption, checkWholeOption } from './sales-options.js';

/**
 * One record for {@link decisionMakerReachAggregator}: a deal or an interaction, tagged, so that one
 * stream (a file, a worker's partition) can carry both.
 *
 * @example
 * ```ts
 * import { normalizeInteraction, type DecisionMakerReachRecord } from '@org/cs-metrics';
 * const record: DecisionMakerReachRecord = {
 *   type: 'interaction',
 *   record: normalizeInteraction({ id: 1, managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-05T10:00Z' }),
 * };
 * ```
 */
export type DecisionMakerReachRecord =
  | { readonly type: 'deal'; readonly record: Deal }
  | { readonly type: 'interaction'; readonly record: Interaction };

/**
 * What {@link decisionMakerReach} takes: a manager's interactions (the meetings) and deals (the contracts).
 *
 * @example
 * ```ts
 * import type { DecisionMakerReachInput } from '@org/cs-metrics';
 * const input: DecisionMakerReachInput = { interactions: [], deals: [] };
 * ```
 */
export interface DecisionMakerReachInput {
  readonly interactions: Iterable<Interaction>;
  readonly deals: Iterable<Deal>;
}

/**
 * Options of {@link decisionMakerReachAggregator} and {@link decisionMakerReach}.
 *
 * @example
 * ```ts
 * import { periodOf, type DecisionMakerReachOptions } from '@org/cs-metrics';
 * const options: DecisionMakerReachOptions = { period: periodOf('2026-10'), managerId: 'm1', stalledAfterMeetings: 3 };
 * ```
 */
export interface DecisionMakerReachOptions {
  /** Meetings held and contracts won (`closedAt`) in this period are measured. */
  readonly period: Period;
  /** Only this manager's records count; default: all records given. */
  readonly managerId?: string;
  /**
   * An account with at least this many meetings in the period, no decision maker met and no contract is
   * listed as stalled. Default: the profile's `stalledAfterMeetings` in {@link decisionMakerReach} (3 in
   * the built-ins), 3 in the aggregator.
   */
  readonly stalledAfterMeetings?: number;
}

/**
 * Plain-JSON state of {@link decisionMakerReachAggregator}.
 *
 * @example
 * ```ts
 * import { decisionMakerReachAggregator, periodOf, type DecisionMakerReachState } from '@org/cs-metrics';
 * const state: DecisionMakerReachState = decisionMakerReachAggregator({ period: periodOf('2026-10') }).init();
 * state.meetings; // 0
 * ```
 */
export interface DecisionMakerReachState {
  /** Meetings with a customer in the period. */
  meetings: number;
  /** Of them, meetings with a decision maker present. */
  decisionMakerMeetings: number;
  /** Customer id → meetings in the period. */
  metCustomers: Record<string, number>;
  /** Customer id → meetings in the period with a decision maker present. */
  decisionMakersMet: Record<string, number>;
  /** Deals won in the period. */
  contractsSigned: number;
  /** Customer id → deals won in the period. */
  signedCustomers: Record<string, number>;
  /** Customer id → 1 for a deal won at any time before the period's end (a customer under contract). */
  customersUnderContract: Record<string, number>;
  /** Meetings and won deals skipped because they fall outside the period. */
  outsidePeriod: number;
}

/**
 * An account the manager keeps meeting without reaching the person who decides.
 *
 * @example
 * ```ts
 * import type { StalledAccount } from '@org/cs-metrics';
 * const account: StalledAccount = { customerId: 'c7', meetings: 4 };
 * ```
 */
export interface StalledAccount {
  readonly customerId: string;
  /** Meetings with it in the period, none with a decision maker. */
  readonly meetings: number;
}

/**
 * The numbers of {@link decisionMakerReachAggregator}.
 *
 * @example
 * ```ts
 * import { decisionMakerReachAggregator, measure, periodOf, type DecisionMakerReachMetrics } from '@org/cs-metrics';
 * const m: DecisionMakerReachMetrics = measure(decisionMakerReachAggregator({ period: periodOf('2026-10') }), []);
 * m.contractsPerProspectMet; // null
 * ```
 */
export interface DecisionMakerReachMetrics {
  /** Distinct customers with a meeting in the period. */
  readonly prospectsMet: number;
  /** Deals won (`closedAt`) in the period. */
  readonly contractsSigned: number;
  /** Distinct customers with a deal won in the period. */
  readonly customersSigned: number;
  /** customersSigned ÷ prospectsMet — the value judged; `null` with no prospect met. */
  readonly contractsPerProspectMet: number | null;
  /** Meetings with a customer in the period. */
  readonly meetings: number;
  /** Meetings with a decision maker present (`decisionMakerPresent` or `contactRole: 'decision-maker'`). */
  readonly decisionMakerMeetings: number;
  /** decisionMakerMeetings ÷ meetings; `null` without meetings. */
  readonly decisionMakerShare: number | null;
  /** Distinct customers met with a decision maker present at least once. */
  readonly accountsWithDecisionMaker: number;
  /** Accounts with ≥ `stalledAfterMeetings` meetings, no decision maker met and no contract; most meetings first, then by id. */
  readonly stalledAccounts: readonly StalledAccount[];
  readonly stalledAfterMeetings: number;
  readonly outsidePeriod: number;
}

function checkOptions(options: DecisionMakerReachOptions) {
  const period = checkPeriodOption(options);
  const managerId = checkManagerIdOption(options.managerId);
  const stalledAfter = checkWholeOption(
    options.stalledAfterMeetings ?? 3,
    'options.stalledAfterMeetings',
    1,
    'meetings',
  );
  return { start: period.start, end: period.end, managerId, stalledAfter };
}

/** A decision maker took part: the CRM's flag, or the contact's role. */
function decisionMakerPresent(i: Interaction): boolean {
  return i.decisionMakerPresent === true || i.contactRole === 'decision-maker';
}

/**
 * The aggregator behind {@link decisionMakerReach}: one pass over tagged deals and interactions, mergeable.
 * Meetings are interactions of kind `meeting` with a `customerId`; contracts are deals in stage `won`.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { decisionMakerReachAggregator, measure, normalizeDeal, normalizeInteraction, periodOf } from '@org/cs-metrics';
 * const m = measure(decisionMakerReachAggregator({ period: periodOf('2026-10') }), [
 *   { type: 'interaction', record: normalizeInteraction({ id: 1, managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-05T10:00Z', contactRole: 'decision-maker' }) },
 *   { type: 'deal', record: normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won', amount: 900, currency: 'EUR', createdAt: '2026-09-01', closedAt: '2026-10-20' }) },
 * ]);
 * m.contractsPerProspectMet; // 1
 * m.decisionMakerShare; // 1
 * ```
 */
export function decisionMakerReachAggregator(
  options: DecisionMakerReachOptions,
): Aggregator<DecisionMakerReachRecord, DecisionMakerReachState, DecisionMakerReachMetrics> {
  const o = checkOptions(options);
  return {
    init: () => ({
      meetings: 0,
      decisionMakerMeetings: 0,
      metCustomers: {},
      decisionMakersMet: {},
      contractsSigned: 0,
      signedCustomers: {},
      customersUnderContract: {},
      outsidePeriod: 0,
    }),
    add(s, tagged) {
      if (tagged.type === 'interaction') {
        const i = tagged.record;
        if (i.kind !== 'meeting' || i.customerId === undefined) return s;
        if (o.managerId !== undefined && i.managerId !== o.managerId) return s;
        if (i.at < o.start || i.at >= o.end) {
          s.outsidePeriod++;
          return s;
        }
        s.meetings++;
        bump(s.metCustomers, i.customerId);
        if (decisionMakerPresent(i)) {
          s.decisionMakerMeetings++;
          bump(s.decisionMakersMet, i.customerId);
        }
        return s;
      }
      const d = tagged.record;
      if (d.stage !== 'won') return s;
      if (o.managerId !== undefined && d.managerId !== o.managerId) return s;
      // A won deal always has closedAt (the normaliser checks it).
      const closedAt = d.closedAt as number;
      if (closedAt < o.end) put(s.customersUnderContract, d.customerId, 1);
      if (closedAt < o.start || closedAt >= o.end) {
        s.outsidePeriod++;
        return s;
      }
      s.contractsSigned++;
      bump(s.signedCustomers, d.customerId);
      return s;
    },
    merge: (a, b) => ({
      meetings: a.meetings + b.meetings,
      decisionMakerMeetings: a.decisionMakerMeetings + b.decisionMakerMeetings,
      metCustomers: mergeCounts(a.metCustomers, b.metCustomers),
      decisionMakersMet: mergeCounts(a.decisionMakersMet, b.decisionMakersMet),
      contractsSigned: a.contractsSigned + b.contractsSigned,
      signedCustomers: mergeCounts(a.signedCustomers, b.signedCustomers),
      customersUnderContract: unionKeys(a.customersUnderContract, b.customersUnderContract, 1),
      outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    }),
    finish(s) {
      const met = Object.keys(s.metCustomers);
      const stalled: StalledAccount[] = [];
      for (const id of met) {
        const n = own(s.metCustomers, id) as number;
        if (
          n >= o.stalledAfter &&
          own(s.decisionMakersMet, id) === undefined &&
          own(s.customersUnderContract, id) === undefined
        ) {
          stalled.push({ customerId: id, meetings: n });
        }
      }
      stalled.sort(
        (x, y) =>
          // Customer ids are distinct keys, so the order is total.
          y.meetings - x.meetings || (x.customerId < y.customerId ? -1 : 1),
      );
      const customersSigned = Object.keys(s.signedCustomers).length;
      return {
        prospectsMet: met.length,
        contractsSigned: s.contractsSigned,
        customersSigned,
        contractsPerProspectMet: met.length === 0 ? null : customersSigned / met.length,
        meetings: s.meetings,
        decisionMakerMeetings: s.decisionMakerMeetings,
        decisionMakerShare: s.meetings === 0 ? null : s.decisionMakerMeetings / s.meetings,
        accountsWithDecisionMaker: Object.keys(s.decisionMakersMet).length,
        stalledAccounts: stalled,
        stalledAfterMeetings: o.stalledAfter,
        outsidePeriod: s.outsidePeriod,
      };
    },
  };
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges contracts per prospect met against the profile's `sales.decisionMakerReach` band.
 *
 * Formula: distinct customers with a deal won in the period ÷ distinct customers met (a meeting) in the
 * period. Benchmark (brief): "in consulting, one contract from 10 potential customers is normal" — good
 * from 0.1 in every built-in profile. Stalled accounts (many meetings, no decision maker, no contract:
 * "the manager has probably not reached the decision maker") raise the warning
 * `sales.decisionMakerReach.stalled-accounts`; the share of meetings with a decision maker is reported,
 * not judged.
 *
 * @example
 * ```ts
 * import { consulting, decisionMakerReachAggregator, evaluateDecisionMakerReach, measure, periodOf } from '@org/cs-metrics';
 * const m = measure(decisionMakerReachAggregator({ period: periodOf('2026-10') }), []);
 * evaluateDecisionMakerReach(m, { profile: consulting }).explanation.code; // 'sales.decisionMakerReach.no-prospects-met'
 * ```
 */
export function evaluateDecisionMakerReach(
  metrics: DecisionMakerReachMetrics,
  options: { readonly profile: Profile },
): Evaluation<DecisionMakerReachMetrics> {
  const id = 'sales.decisionMakerReach';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  if (metrics.stalledAccounts.length > 0) {
    warnings.push({
      code: `${id}.stalled-accounts`,
      message: `${metrics.stalledAccounts.length} account(s) had ${metrics.stalledAfterMeetings} or more meetings without a decision maker and without a contract: the manager has probably not reached the person who decides.`,
      inputs: {
        stalledAccounts: metrics.stalledAccounts.length,
        stalledAfterMeetings: metrics.stalledAfterMeetings,
        customerIds: metrics.stalledAccounts.map((a) => a.customerId).join(','),
      },
    });
  }
  return judge({
    criterion: id,
    value: metrics.contractsPerProspectMet,
    unit: 'contracts/prospect met',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.prospectsMet,
    details: metrics,
    warnings,
    // Rated only with a prospect met, so with a meeting: decisionMakerShare is a number.
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.customersSigned} of ${metrics.prospectsMet} prospects met signed a contract (${roundTo(value, 3)} per prospect); ${pct(metrics.decisionMakerShare as number)} % of meetings had a decision maker: ${rating}.`,
      inputs: {
        customersSigned: metrics.customersSigned,
        prospectsMet: metrics.prospectsMet,
        value: roundTo(value, 4),
        decisionMakerShare: metrics.decisionMakerShare,
        rating,
      },
    }),
    insufficient: {
      code: `${id}.no-prospects-met`,
      message: 'No meeting with a customer in the period, so contracts per prospect met cannot be measured.',
      inputs: { contractsSigned: metrics.contractsSigned, outsidePeriod: metrics.outsidePeriod },
    },
  });
}

/**
 * Reaching the person who decides, for one manager: contracts per prospect met, judged (see
 * {@link evaluateDecisionMakerReach}), with the share of meetings with a decision maker and the stalled
 * accounts. `stalledAfterMeetings` defaults to the profile's.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option or input.
 * @example
 * ```ts
 * import { consulting, decisionMakerReach, normalizeInteractions, periodOf } from '@org/cs-metrics';
 * const interactions = normalizeInteractions([1, 2, 3].map((n) => ({ id: n, managerId: 'm1', customerId: 'c1', kind: 'meeting' as const, at: `2026-10-0${n}T10:00Z`, contactRole: 'user' as const })));
 * const result = decisionMakerReach({ interactions, deals: [] }, { period: periodOf('2026-10'), profile: consulting });
 * result.details.stalledAccounts; // [{ customerId: 'c1', meetings: 3 }]
 * ```
 */
export function decisionMakerReach(
  input: DecisionMakerReachInput,
  options: DecisionMakerReachOptions & { readonly profile: Profile },
): Evaluation<DecisionMakerReachMetrics> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', '{ interactions, deals }', input);
  const settings = criterionSettings(options, 'sales.decisionMakerReach');
  const aggregator = decisionMakerReachAggregator({
    ...options,
    stalledAfterMeetings: options.stalledAfterMeetings ?? settings.stalledAfterMeetings,
  });
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
  return evaluateDecisionMakerReach(aggregator.finish(state), options);
}
