import { ErrorCodes, fail } from '../domain/errors.js';
import type { BudgetLine } from '../domain/records/budget.js';
import type { CallRecord } from '../domain/records/call.js';
import type { Customer, RevenueRecord } from '../domain/records/customer.js';
import type { Deal } from '../domain/records/deal.js';
import type { FeedbackItem } from '../domain/records/feedback.js';
import type { Interaction } from '../domain/records/interaction.js';
import type { QualityReview } from '../domain/records/quality-review.js';
import type { SalesPlan } from '../domain/records/sales-plan.js';
import type { SurveyResponse } from '../domain/records/survey.js';
import type { SupportTicket } from '../domain/records/ticket.js';
import type { TrainingRecord } from '../domain/records/training.js';

/**
 * The normalised records a scorecard reads, by kind, with the names the domain uses. Each is an
 * array or any iterable (read once); a kind left out means "not supplied": the criteria that need it
 * are listed as `no-records`, never scored 0.
 *
 * @example
 * ```ts
 * import { normalizeInteractions, type ScorecardRecords } from '@org/cs-metrics';
 * const records: ScorecardRecords = {
 *   interactions: normalizeInteractions([{ id: 'i1', managerId: 'm1', kind: 'meeting', at: '2026-10-05T10:00Z' }]),
 * };
 * ```
 */
export interface ScorecardRecords {
  readonly interactions?: Iterable<Interaction> | undefined;
  readonly deals?: Iterable<Deal> | undefined;
  readonly plans?: Iterable<SalesPlan> | undefined;
  readonly calls?: Iterable<CallRecord> | undefined;
  readonly reviews?: Iterable<QualityReview> | undefined;
  readonly trainings?: Iterable<TrainingRecord> | undefined;
  readonly budgetLines?: Iterable<BudgetLine> | undefined;
  readonly surveys?: Iterable<SurveyResponse> | undefined;
  readonly tickets?: Iterable<SupportTicket> | undefined;
  readonly feedback?: Iterable<FeedbackItem> | undefined;
  readonly customers?: Iterable<Customer> | undefined;
  readonly revenue?: Iterable<RevenueRecord> | undefined;
}

/**
 * The record kinds of {@link ScorecardRecords}, in the order they are split. `customers` comes before
 * `revenue`, whose records are attributed through their customer's manager.
 *
 * @example
 * ```ts
 * import { SCORECARD_RECORD_KINDS } from '@org/cs-metrics';
 * SCORECARD_RECORD_KINDS.length; // 12
 * ```
 */
export const SCORECARD_RECORD_KINDS = [
  'interactions',
  'deals',
  'plans',
  'calls',
  'reviews',
  'trainings',
  'budgetLines',
  'surveys',
  'tickets',
  'feedback',
  'customers',
  'revenue',
] as const;

/**
 * One of {@link SCORECARD_RECORD_KINDS}.
 *
 * @example
 * ```ts
 * import type { ScorecardRecordKind } from '@org/cs-metrics';
 * const kind: ScorecardRecordKind = 'calls';
 * ```
 */
export type ScorecardRecordKind = (typeof SCORECARD_RECORD_KINDS)[number];

/**
 * One manager's records, read into arrays: what a registry entry's `run` receives. A kind is
 * `undefined` when it was not supplied at all, and an empty array when it was supplied but held
 * nothing for this manager.
 *
 * @example
 * ```ts
 * import type { ManagerRecords } from '@org/cs-metrics';
 * const records: ManagerRecords = { interactions: [], calls: undefined };
 * ```
 */
export type ManagerRecords = {
  readonly [K in ScorecardRecordKind]?: readonly RecordOf<K>[] | undefined;
};

/**
 * The record type of a kind: `RecordOf<'calls'>` is `CallRecord`.
 *
 * @example
 * ```ts
 * import type { CallRecord, RecordOf } from '@org/cs-metrics';
 * const call: RecordOf<'calls'> | undefined = undefined as CallRecord | undefined;
 * ```
 */
export type RecordOf<K extends ScorecardRecordKind> = ScorecardRecords[K] extends
  | Iterable<infer R>
  | undefined
  ? R
  : never;

/**
 * Who the records without a `managerId` belong to in a team: contact-centre records (calls, quality
 * reviews, trainings) name an agent and a team, not a manager.
 *
 * @example
 * ```ts
 * import type { RecordAttribution } from '@org/cs-metrics';
 * const attribution: RecordAttribution = { agentManagers: { 'a-7': 'm2' }, teamManagers: { 'cc-north': 'm2' } };
 * ```
 */
export interface RecordAttribution {
  /** agentId → managerId: a call, review or training of this agent belongs to that manager. Checked first. */
  readonly agentManagers?: Readonly<Record<string, string>> | undefined;
  /** teamId → managerId: a call or review of this team belongs to that manager. */
  readonly teamManagers?: Readonly<Record<string, string>> | undefined;
}

/** @internal The split of one pass over every kind: records per manager, and what nobody claimed. */
export interface SplitRecords {
  readonly byManager: ReadonlyMap<string, ManagerRecords>;
  /** Records attributed to nobody in the list (or, for one manager, naming someone else), per kind supplied. */
  readonly unassigned: Readonly<Partial<Record<ScorecardRecordKind, number>>>;
  /** Every supplied kind, read into one array (for the team-level objectives); empty with a `fallback`. */
  readonly all: ManagerRecords;
}

type Mutable = { [K in ScorecardRecordKind]?: RecordOf<K>[] };

function lookup(
  map: Readonly<Record<string, string>> | undefined,
  key: string | undefined,
): string | undefined {
  return map !== undefined && key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * @internal Splits every supplied kind by manager in ONE pass per kind (each iterable is read once):
 * a record goes to the manager its `managerId` names; calls, reviews and trainings through the
 * attribution (agent first, then team); revenue through its customer's manager. `fallback` (the one
 * manager of `evaluateManager`) takes the records that name no manager at all.
 */
export function splitRecords(
  records: ScorecardRecords,
  managerIds: readonly string[],
  attribution: RecordAttribution,
  fallback?: string,
): SplitRecords {
  const buckets = new Map<string, Mutable>();
  for (const id of managerIds) buckets.set(id, {});
  const all: Mutable = {};
  const unassigned: Partial<Record<ScorecardRecordKind, number>> = {};
  const customerManager = new Map<string, string>();
  for (const kind of SCORECARD_RECORD_KINDS) {
    const source = records[kind] as Iterable<RecordOf<typeof kind>> | undefined;
    if (source === undefined) continue;
    if (
      source === null ||
      typeof (source as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      fail(ErrorCodes.InvalidOption, `input.${kind}`, 'an array or iterable of normalised records', source);
    }
    // Only a team needs every record together (its objectives); one manager's scorecard does not.
    const list: RecordOf<typeof kind>[] | null = fallback === undefined ? [] : null;
    for (const bucket of buckets.values()) (bucket as Record<string, unknown[]>)[kind] = [];
    let lost = 0;
    for (const record of source) {
      list?.push(record);
      const owner = ownerOf(kind, record, attribution, customerManager);
      const target = owner === undefined ? fallback : owner;
      const bucket = target === undefined ? undefined : buckets.get(target);
      if (bucket === undefined) lost++;
      else (bucket[kind] as unknown[]).push(record);
      if (kind === 'customers' && owner !== undefined) {
        customerManager.set((record as Customer).id, owner);
      }
    }
    if (list !== null) (all as Record<string, unknown[]>)[kind] = list;
    unassigned[kind] = lost;
  }
  return { byManager: buckets as ReadonlyMap<string, ManagerRecords>, unassigned, all };
}

/** @internal The manager a record belongs to (`undefined`: it names none), by the rules of {@link splitRecords}. */
export function ownerOf(
  kind: ScorecardRecordKind,
  record: unknown,
  attribution: RecordAttribution,
  customerManager: ReadonlyMap<string, string>,
): string | undefined {
  switch (kind) {
    case 'calls':
    case 'reviews':
    case 'trainings': {
      const r = record as { agentId?: string; teamId?: string };
      return lookup(attribution.agentManagers, r.agentId) ?? lookup(attribution.teamManagers, r.teamId);
    }
    case 'revenue':
      return customerManager.get((record as RevenueRecord).customerId);
    default:
      return (record as { managerId?: string }).managerId;
  }
}
