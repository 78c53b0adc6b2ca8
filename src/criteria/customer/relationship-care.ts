import type { Aggregator } from '../../core/aggregator.js';
import { type Evaluation, type Explanation, judge, roundTo } from '../../core/evaluation.js';
import { were } from '../../core/words.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { DAY_MS, type Period } from '../../domain/period.js';
import type { CallRecord } from '../../domain/records/call.js';
import type { Customer } from '../../domain/records/customer.js';
import type { Interaction } from '../../domain/records/interaction.js';
import type { SupportTicket } from '../../domain/records/ticket.js';
import type { Profile } from '../../profiles/profile.js';
import { checkPeriodOption, criterionSettings } from '../criterion-options.js';
import { mergeLists, own, pushTo, put } from './keyed-state.js';

/**
 * One record for {@link relationshipCareAggregator}: a customer, an interaction, a ticket or a
 * call, tagged, so that one stream (or one worker's partition) can carry all four.
 *
 * @example
 * ```ts
 * import { normalizeCustomer, type RelationshipCareRecord } from '@org/cs-metrics';
 * const record: RelationshipCareRecord = { type: 'customer', record: normalizeCustomer({ id: 'c1', since: '2025-01-15', segment: 'vip' }) };
 * ```
 */
export type RelationshipCareRecord =
  | { readonly type: 'customer'; readonly record: Customer }
  | { readonly type: 'interaction'; readonly record: Interaction }
  | { readonly type: 'ticket'; readonly record: SupportTicket }
  | { readonly type: 'call'; readonly record: CallRecord };

/**
 * What {@link relationshipCare} takes: the customers (with their segment and, optionally, their
 * own contact interval), the managers' interactions with them, the tickets (complaints) and the
 * calls (VIP callers).
 *
 * @example
 * ```ts
 * import type { RelationshipCareInput } from '@org/cs-metrics';
 * const input: RelationshipCareInput = { customers: [], interactions: [], tickets: [], calls: [] };
 * ```
 */
export interface RelationshipCareInput {
  readonly customers: Iterable<Customer>;
  readonly interactions?: Iterable<Interaction>;
  readonly tickets?: Iterable<SupportTicket>;
  readonly calls?: Iterable<CallRecord>;
}

/**
 * Options of {@link relationshipCare}. In {@link relationshipCare} every default comes from the
 * profile (`profile.criteria['customer.relationshipCare']`); the aggregator alone uses the b2b values.
 *
 * @example
 * ```ts
 * import { periodOf, type RelationshipCareOptions } from '@org/cs-metrics';
 * const options: RelationshipCareOptions = { period: periodOf('2026-Q4'), vipContactIntervalDays: 7 };
 * ```
 */
export interface RelationshipCareOptions {
  /** Contacts, complaints and calls in this period are measured. */
  readonly period: Period;
  /** Longest gap between contacts with a key customer, in days; default 30. */
  readonly keyContactIntervalDays?: number;
  /** Longest gap between contacts with a VIP customer, in days; default 14. */
  readonly vipContactIntervalDays?: number;
  /** A complaint first answered within this many seconds is followed up; default 86400 (a day). */
  readonly complaintFollowUpSeconds?: number;
  /** A VIP call answered within this many seconds is answered in time; default 20. */
  readonly vipAnswerThresholdSeconds?: number;
}

/**
 * The partial state of {@link relationshipCareAggregator}: plain JSON data.
 *
 * @example
 * ```ts
 * import { periodOf, relationshipCareAggregator, type RelationshipCareState } from '@org/cs-metrics';
 * const state: RelationshipCareState = relationshipCareAggregator({ period: periodOf('2026-10') }).init();
 * ```
 */
export interface RelationshipCareState {
  /**
   * Key and VIP customers: id → `[segment (1 key, 2 vip), since, until, own interval days or -1]`,
   * `until` `null` for a customer still there. (Not −1: a customer who left before 1970 has a
   * negative time.)
   */
  customers: Record<string, [segment: number, since: number, until: number | null, intervalDays: number]>;
  /** Contact times in the period by customer. */
  contacts: Record<string, number[]>;
  /** The last contact before the period, by customer. */
  lastBefore: Record<string, number>;
  complaints: number;
  complaintsFollowedUp: number;
  vipCalls: number;
  vipCallsInTime: number;
  otherCalls: number;
  otherCallsInTime: number;
}

/** One key or VIP customer in {@link RelationshipCareState}. */
type CustomerEntry = RelationshipCareState['customers'][string];

/**
 * A key or VIP customer whose contacts left a gap longer than the interval.
 *
 * @example
 * ```ts
 * import type { OverdueCustomer } from '@org/cs-metrics';
 * const overdue: OverdueCustomer = { customerId: 'c-4', segment: 'vip', intervalDays: 14, longestGapDays: 21, lastContactAt: null };
 * ```
 */
export interface OverdueCustomer {
  readonly customerId: string;
  readonly segment: 'key' | 'vip';
  readonly intervalDays: number;
  /** The longest gap without contact, in days (fractions kept). */
  readonly longestGapDays: number;
  /** The last contact up to the end of the period, or `null` with none known. */
  readonly lastContactAt: number | null;
}

/**
 * The numbers of {@link relationshipCare}.
 *
 * @example
 * ```ts
 * import { measure, periodOf, relationshipCareAggregator, type RelationshipCareMetrics } from '@org/cs-metrics';
 * const metrics: RelationshipCareMetrics = measure(relationshipCareAggregator({ period: periodOf('2026-10') }), []);
 * metrics.contactedShare; // null
 * ```
 */
export interface RelationshipCareMetrics {
  /** Key and VIP customers whose relationship overlaps the period. */
  readonly keyCustomers: number;
  /** Of them, contacted with no gap longer than their interval. */
  readonly contactedInInterval: number;
  readonly contactedShare: number | null;
  /** The others, longest gap first (then by id). */
  readonly overdue: readonly OverdueCustomer[];
  readonly complaints: number;
  readonly complaintsFollowedUp: number;
  readonly complaintFollowUpShare: number | null;
  readonly complaintFollowUpSeconds: number;
  readonly vipCalls: number;
  /** Share of VIP calls answered within the VIP threshold. */
  readonly vipServiceLevel: number | null;
  /** The same share for the other calls, for comparison: VIPs expect priority. */
  readonly otherServiceLevel: number | null;
  readonly vipAnswerThresholdSeconds: number;
}

function checkOptions(options: RelationshipCareOptions) {
  const p = checkPeriodOption(options);
  const number = (key: keyof RelationshipCareOptions, fallback: number, positive: boolean): number => {
    const v = options[key] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (positive && v === 0)) {
      fail(ErrorCodes.InvalidOption, `options.${key}`, positive ? 'a number > 0' : 'a number ≥ 0', v);
    }
    return v as number;
  };
  return {
    start: p.start,
    end: p.end,
    keyDays: number('keyContactIntervalDays', 30, true),
    vipDays: number('vipContactIntervalDays', 14, true),
    followUpSeconds: number('complaintFollowUpSeconds', 86_400, false),
    vipSeconds: number('vipAnswerThresholdSeconds', 20, false),
  };
}

/**
 * The aggregator behind {@link relationshipCare}: one pass over tagged records, mergeable.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { measure, normalizeCustomer, normalizeInteraction, periodOf, relationshipCareAggregator } from '@org/cs-metrics';
 * const metrics = measure(relationshipCareAggregator({ period: periodOf('2026-10'), keyContactIntervalDays: 20 }), [
 *   { type: 'customer', record: normalizeCustomer({ id: 'c1', since: '2025-01-01', segment: 'key' }) },
 *   { type: 'interaction', record: normalizeInteraction({ id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-15' }) },
 * ]);
 * metrics.contactedShare; // 1
 * ```
 */
export function relationshipCareAggregator(
  options: RelationshipCareOptions,
): Aggregator<RelationshipCareRecord, RelationshipCareState, RelationshipCareMetrics> {
  const o = checkOptions(options);
  return {
    init: () => ({
      customers: {},
      contacts: {},
      lastBefore: {},
      complaints: 0,
      complaintsFollowedUp: 0,
      vipCalls: 0,
      vipCallsInTime: 0,
      otherCalls: 0,
      otherCallsInTime: 0,
    }),
    add(s, tagged) {
      switch (tagged.type) {
        case 'customer': {
          const c = tagged.record;
          if (c.segment === 'key' || c.segment === 'vip') {
            const next: CustomerEntry = [
              c.segment === 'vip' ? 2 : 1,
              c.since,
              c.until ?? null,
              c.contactIntervalDays ?? -1,
            ];
            const current = own(s.customers, c.id);
            put(s.customers, c.id, current === undefined ? next : pick(current, next));
          }
          return s;
        }
        case 'interaction': {
          const i = tagged.record;
          // A contact: a call, meeting, email or message that reached the customer.
          if (i.customerId === undefined || i.kind === 'event' || i.outcome === 'no-answer' || i.at >= o.end)
            return s;
          if (i.at >= o.start) pushTo(s.contacts, i.customerId, i.at);
          else if ((own(s.lastBefore, i.customerId) ?? -Infinity) < i.at)
            put(s.lastBefore, i.customerId, i.at);
          return s;
        }
        case 'ticket': {
          const t = tagged.record;
          if (t.complaint !== true || t.openedAt < o.start || t.openedAt >= o.end) return s;
          s.complaints++;
          if (t.firstResponseAt !== undefined && t.firstResponseAt - t.openedAt <= o.followUpSeconds * 1000)
            s.complaintsFollowedUp++;
          return s;
        }
        default: {
          const c = tagged.record;
          if (c.offeredAt < o.start || c.offeredAt >= o.end) return s;
          const inTime = c.outcome === 'answered' && c.waitSeconds <= o.vipSeconds ? 1 : 0;
          if (c.vip === true) {
            s.vipCalls++;
            s.vipCallsInTime += inTime;
          } else {
            s.otherCalls++;
            s.otherCallsInTime += inTime;
          }
          return s;
        }
      }
    },
    merge(a, b) {
      const customers: Record<string, CustomerEntry> = {};
      for (const id of Object.keys(a.customers))
        put(customers, id, own(a.customers, id)!.slice() as CustomerEntry);
      for (const id of Object.keys(b.customers)) {
        const left = own(customers, id);
        const right = own(b.customers, id)!;
        put(customers, id, left === undefined ? (right.slice() as CustomerEntry) : pick(left, right));
      }
      const lastBefore: Record<string, number> = {};
      for (const id of Object.keys(a.lastBefore)) put(lastBefore, id, own(a.lastBefore, id)!);
      for (const id of Object.keys(b.lastBefore))
        put(lastBefore, id, Math.max(own(lastBefore, id) ?? -Infinity, own(b.lastBefore, id)!));
      return {
        customers,
        contacts: mergeLists(a.contacts, b.contacts),
        lastBefore,
        complaints: a.complaints + b.complaints,
        complaintsFollowedUp: a.complaintsFollowedUp + b.complaintsFollowedUp,
        vipCalls: a.vipCalls + b.vipCalls,
        vipCallsInTime: a.vipCallsInTime + b.vipCallsInTime,
        otherCalls: a.otherCalls + b.otherCalls,
        otherCallsInTime: a.otherCallsInTime + b.otherCallsInTime,
      };
    },
    finish(s) {
      let cared = 0;
      let total = 0;
      const overdue: OverdueCustomer[] = [];
      for (const id of Object.keys(s.customers)) {
        const [segment, since, until, own_] = own(s.customers, id)!;
        const windowEnd = until !== null && until < o.end ? until : o.end;
        if (since >= o.end || windowEnd <= o.start) continue;
        total++;
        const intervalDays = own_ >= 0 ? own_ : segment === 2 ? o.vipDays : o.keyDays;
        const before = own(s.lastBefore, id);
        // Without an earlier contact on record, the gap is counted from the start of the relationship
        // or of the period, whichever is later: the data cannot tell more.
        let previous = Math.max(since, before ?? o.start);
        let longest = 0;
        const times = (own(s.contacts, id) ?? []).slice().sort((x, y) => x - y);
        let last = before ?? null;
        for (const t of times) {
          if (t > windowEnd) break;
          if (t - previous > longest) longest = t - previous;
          if (t > previous) previous = t;
          last = t;
        }
        if (windowEnd - previous > longest) longest = windowEnd - previous;
        if (longest <= intervalDays * DAY_MS) cared++;
        else
          overdue.push({
            customerId: id,
            segment: segment === 2 ? 'vip' : 'key',
            intervalDays,
            longestGapDays: longest / DAY_MS,
            lastContactAt: last,
          });
      }
      overdue.sort((x, y) => y.longestGapDays - x.longestGapDays || (x.customerId < y.customerId ? -1 : 1));
      return {
        keyCustomers: total,
        contactedInInterval: cared,
        contactedShare: total === 0 ? null : cared / total,
        overdue,
        complaints: s.complaints,
        complaintsFollowedUp: s.complaintsFollowedUp,
        complaintFollowUpShare: s.complaints === 0 ? null : s.complaintsFollowedUp / s.complaints,
        complaintFollowUpSeconds: o.followUpSeconds,
        vipCalls: s.vipCalls,
        vipServiceLevel: s.vipCalls === 0 ? null : s.vipCallsInTime / s.vipCalls,
        otherServiceLevel: s.otherCalls === 0 ? null : s.otherCallsInTime / s.otherCalls,
        vipAnswerThresholdSeconds: o.vipSeconds,
      };
    },
  };
}

/** Of two records of one customer, a deterministic choice (the larger tuple), so merge order never matters. */
function pick<T extends (number | null)[]>(a: T, b: T): T {
  // The larger at the first place they differ wins, whatever the order they came in; a customer
  // still there (`until` null) ranks below any end date.
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] ?? Number.NEGATIVE_INFINITY) > (b[i] ?? Number.NEGATIVE_INFINITY) ? a : b;
  }
  return a;
}

const pct = (x: number): number => roundTo(x * 100, 1);

/**
 * Judges relationship-care metrics against the profile: the band rates the share of key and VIP
 * customers contacted within their interval; late complaint follow-up and a VIP service level below
 * target, or no better than the other callers', raise warnings.
 *
 * @example
 * ```ts
 * import { b2b, evaluateRelationshipCare, measure, periodOf, relationshipCareAggregator } from '@org/cs-metrics';
 * const metrics = measure(relationshipCareAggregator({ period: periodOf('2026-10') }), []);
 * evaluateRelationshipCare(metrics, { profile: b2b }).explanation.code; // 'customer.relationshipCare.no-key-customers'
 * ```
 */
export function evaluateRelationshipCare(
  metrics: RelationshipCareMetrics,
  options: { readonly profile: Profile },
): Evaluation<RelationshipCareMetrics> {
  const id = 'customer.relationshipCare';
  const settings = criterionSettings(options, id);
  const warnings: Explanation[] = [];
  const follow = metrics.complaintFollowUpShare;
  if (follow !== null && follow < settings.targetComplaintFollowUpShare) {
    warnings.push({
      code: `${id}.late-complaint-follow-up`,
      message: `${metrics.complaintsFollowedUp} of ${metrics.complaints} complaints ${were(metrics.complaintsFollowedUp)} followed up within ${roundTo(metrics.complaintFollowUpSeconds / 3600, 1)} h (${pct(follow)} %); the target is ${pct(settings.targetComplaintFollowUpShare)} %.`,
      inputs: {
        followedUp: metrics.complaintsFollowedUp,
        complaints: metrics.complaints,
        target: settings.targetComplaintFollowUpShare,
      },
    });
  }
  const vip = metrics.vipServiceLevel;
  if (vip !== null && vip < settings.targetVipServiceLevel) {
    warnings.push({
      code: `${id}.vip-service-level`,
      message: `${pct(vip)} % of VIP calls were answered within ${metrics.vipAnswerThresholdSeconds} s; the target is ${pct(settings.targetVipServiceLevel)} %.`,
      inputs: {
        serviceLevel: vip,
        target: settings.targetVipServiceLevel,
        thresholdSeconds: metrics.vipAnswerThresholdSeconds,
      },
    });
  }
  if (vip !== null && metrics.otherServiceLevel !== null && vip <= metrics.otherServiceLevel) {
    warnings.push({
      code: `${id}.no-vip-priority`,
      message: `VIP callers were answered in time no more often than the others (${pct(vip)} % against ${pct(metrics.otherServiceLevel)} %): they expect priority.`,
      inputs: { vipServiceLevel: vip, otherServiceLevel: metrics.otherServiceLevel },
    });
  }
  return judge({
    criterion: id,
    value: metrics.contactedShare,
    unit: 'share of key and VIP customers contacted within their interval',
    profile: options.profile.id,
    settings,
    sampleSize: metrics.keyCustomers,
    details: metrics,
    warnings,
    insufficient: {
      code: `${id}.no-key-customers`,
      message: 'No key or VIP customers in the period.',
      inputs: { keyCustomers: 0 },
    },
    explain: ({ rating, value }) => ({
      code: `${id}.rated`,
      message: `${metrics.contactedInInterval} of ${metrics.keyCustomers} key and VIP customers (${pct(value)} %) ${were(metrics.contactedInInterval)} contacted with no gap longer than their interval: ${rating}.`,
      inputs: {
        contacted: metrics.contactedInInterval,
        keyCustomers: metrics.keyCustomers,
        share: value,
        rating,
      },
    }),
  });
}

/**
 * Relationship care: regular contact with key and VIP customers, follow-up after a complaint, and
 * the priority VIP customers expect.
 *
 * Contact: for every key or VIP customer whose relationship overlaps the period, the longest gap
 * without contact (a call, meeting, email or message with the customer that was not a `no-answer`)
 * from the last contact before the period — or, without one, the later of the relationship's and the
 * period's start — to the end of the period or relationship. In care when the gap is at most the
 * interval (the customer's own `contactIntervalDays`, else the profile's key or VIP interval);
 * `contactedShare = in care ÷ key and VIP customers` is judged against the band (Convention, see
 * docs/benchmarks.md). Complaints (`complaint: true`) opened in the period are followed up when first
 * answered within `complaintFollowUpSeconds`; VIP calls (`vip: true`) are answered in time within
 * `vipAnswerThresholdSeconds`, compared with the other calls under the same threshold.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option.
 * @example
 * ```ts
 * import { b2b, normalizeCustomers, normalizeInteractions, periodOf, relationshipCare } from '@org/cs-metrics';
 * const customers = normalizeCustomers([
 *   { id: 'c1', since: '2025-01-01', segment: 'vip' },
 *   { id: 'c2', since: '2025-01-01', segment: 'key' },
 * ]);
 * const interactions = normalizeInteractions([
 *   { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-10' },
 *   { id: 'i2', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-20' },
 *   { id: 'i3', managerId: 'm1', customerId: 'c2', kind: 'email', at: '2026-10-16' },
 * ]);
 * const result = relationshipCare({ customers, interactions }, { period: periodOf('2026-10'), profile: b2b });
 * result.details.contactedShare; // 1
 * ```
 */
export function relationshipCare(
  input: RelationshipCareInput,
  options: RelationshipCareOptions & { readonly profile: Profile },
): Evaluation<RelationshipCareMetrics> {
  if (typeof input !== 'object' || input === null) {
    return fail(ErrorCodes.InvalidOption, 'input', '{ customers, interactions, tickets, calls }', input);
  }
  const settings = criterionSettings(options, 'customer.relationshipCare');
  const aggregator = relationshipCareAggregator({
    period: options.period,
    keyContactIntervalDays: options.keyContactIntervalDays ?? settings.keyContactIntervalDays,
    vipContactIntervalDays: options.vipContactIntervalDays ?? settings.vipContactIntervalDays,
    complaintFollowUpSeconds: options.complaintFollowUpSeconds ?? settings.complaintFollowUpSeconds,
    vipAnswerThresholdSeconds: options.vipAnswerThresholdSeconds ?? settings.vipAnswerThresholdSeconds,
  });
  let state = aggregator.init();
  // One reusable tag: no allocation per record.
  const tag = { type: 'customer', record: undefined } as unknown as {
    type: RelationshipCareRecord['type'];
    record: unknown;
  };
  const feed = (type: RelationshipCareRecord['type'], records: Iterable<unknown> | undefined): void => {
    tag.type = type;
    for (const record of records ?? []) {
      tag.record = record;
      state = aggregator.add(state, tag as RelationshipCareRecord);
    }
  };
  feed('customer', input.customers);
  feed('interaction', input.interactions);
  feed('ticket', input.tickets);
  feed('call', input.calls);
  return evaluateRelationshipCare(aggregator.finish(state), options);
}
