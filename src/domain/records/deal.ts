import { ErrorCodes, fail } from '../errors.js';
import {
  amount,
  assertOrder,
  currency,
  identifier,
  instant,
  join,
  list,
  type NormalizeOptions,
  objectKind,
  oneOf,
  optional,
  recordType,
  required,
  share,
  text,
} from '../fields.js';
import type { AmountInput, Decimal } from '../money.js';
import type { DateInput } from '../time.js';

/**
 * Where a deal came from. `event` and `referral` feed the events and referrals criteria.
 *
 * @example
 * ```ts
 * import { DEAL_SOURCES } from '@org/cs-metrics';
 * DEAL_SOURCES.includes('referral'); // true
 * ```
 */
export const DEAL_SOURCES = [
  'event',
  'referral',
  'cold-call',
  'inbound',
  'existing-customer',
  'partner',
  'other',
] as const;
/**
 * One of {@link DEAL_SOURCES}.
 *
 * @example
 * ```ts
 * import type { DealSource } from '@org/cs-metrics';
 * const source: DealSource = 'event';
 * ```
 */
export type DealSource = (typeof DEAL_SOURCES)[number];

/**
 * The stages of the funnel, in order; `won` and `lost` close a deal. Map a CRM's own stage names
 * onto these.
 *
 * @example
 * ```ts
 * import { DEAL_STAGES } from '@org/cs-metrics';
 * DEAL_STAGES.indexOf('proposal') < DEAL_STAGES.indexOf('negotiation'); // true
 * ```
 */
export const DEAL_STAGES = ['prospect', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
/**
 * One of {@link DEAL_STAGES}.
 *
 * @example
 * ```ts
 * import type { DealStage } from '@org/cs-metrics';
 * const stage: DealStage = 'negotiation';
 * ```
 */
export type DealStage = (typeof DEAL_STAGES)[number];

/**
 * A change of a deal's expected close date, as a CRM's field history holds it.
 *
 * @example
 * ```ts
 * import type { CloseDateChangeInput } from '@org/cs-metrics';
 * const slipped: CloseDateChangeInput = { changedAt: '2026-10-27T16:00', from: '2026-10-28', to: '2026-11-03' };
 * ```
 */
export interface CloseDateChangeInput {
  readonly changedAt: DateInput;
  readonly from: DateInput;
  readonly to: DateInput;
}
/**
 * A close-date change, normalised to epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { CloseDateChange } from '@org/cs-metrics';
 * const change: CloseDateChange = { changedAt: 1793116800000, from: 1793145600000, to: 1793664000000 };
 * ```
 */
export interface CloseDateChange {
  readonly changedAt: number;
  readonly from: number;
  readonly to: number;
}

/**
 * A deal's move into a stage, for stage-to-stage conversion.
 *
 * @example
 * ```ts
 * import type { StageChangeInput } from '@org/cs-metrics';
 * const change: StageChangeInput = { stage: 'proposal', at: '2026-10-12' };
 * ```
 */
export interface StageChangeInput {
  readonly stage: DealStage;
  readonly at: DateInput;
}
/**
 * A stage change, normalised.
 *
 * @example
 * ```ts
 * import type { StageChange } from '@org/cs-metrics';
 * const change: StageChange = { stage: 'won', at: 1793145600000 };
 * ```
 */
export interface StageChange {
  readonly stage: DealStage;
  readonly at: number;
}

/**
 * A deal (opportunity) as a CRM export holds it.
 *
 * @example
 * ```ts
 * import type { DealInput } from '@org/cs-metrics';
 * const deal: DealInput = {
 *   id: 'D-1042', managerId: 'm-17', customerId: 'c-4', source: 'event', stage: 'won',
 *   amount: '24100.00', currency: 'EUR', createdAt: '2026-09-02', expectedCloseAt: '2026-10-28', closedAt: '2026-11-03',
 *   closeDateChanges: [{ changedAt: '2026-10-27', from: '2026-10-28', to: '2026-11-03' }],
 * };
 * ```
 */
export interface DealInput {
  readonly id: string | number;
  readonly managerId: string | number;
  readonly customerId: string | number;
  readonly name?: string | null | undefined;
  readonly source: DealSource;
  readonly stage: DealStage;
  /** The deal's value, ≥ 0. */
  readonly amount: AmountInput;
  readonly currency: string;
  readonly createdAt: DateInput;
  readonly expectedCloseAt?: DateInput | null | undefined;
  /** Required for `won` and `lost`, absent for open deals. */
  readonly closedAt?: DateInput | null | undefined;
  /** The CRM's probability of winning, 0–1, for a weighted pipeline. */
  readonly probability?: number | null | undefined;
  readonly closeDateChanges?: readonly CloseDateChangeInput[] | null | undefined;
  readonly stageChanges?: readonly StageChangeInput[] | null | undefined;
  readonly lostReason?: string | null | undefined;
}

/**
 * A deal, normalised: dates in epoch milliseconds, the amount a `Decimal`. A `Deal` is itself a
 * valid {@link DealInput}, so normalising twice is harmless.
 *
 * @example
 * ```ts
 * import { normalizeDeal, type Deal } from '@org/cs-metrics';
 * const deal: Deal = normalizeDeal({ id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'prospect',
 *   amount: '5000', currency: 'EUR', createdAt: '2026-10-01' });
 * deal.amount.toString(); // '5000'
 * ```
 */
export interface Deal {
  readonly id: string;
  readonly managerId: string;
  readonly customerId: string;
  readonly name?: string;
  readonly source: DealSource;
  readonly stage: DealStage;
  readonly amount: Decimal;
  readonly currency: string;
  readonly createdAt: number;
  readonly expectedCloseAt?: number;
  readonly closedAt?: number;
  readonly probability?: number;
  readonly closeDateChanges?: readonly CloseDateChange[];
  readonly stageChanges?: readonly StageChange[];
  readonly lostReason?: string;
}

const closeDateChange = objectKind<CloseDateChange>({
  changedAt: required(instant, 'when the close date was changed'),
  from: required(instant, 'the close date before the change'),
  to: required(instant, 'the close date after the change'),
});
const stageChange = objectKind<StageChange>({
  stage: required(oneOf(DEAL_STAGES), 'the stage entered'),
  at: required(instant, 'when the deal entered it'),
});

const dealType = recordType<DealInput, Deal>(
  'Deal',
  'deals',
  'A sales opportunity and its outcome.',
  {
    id: required(identifier, 'the deal id'),
    managerId: required(identifier, 'the manager id'),
    customerId: required(identifier, 'the customer id'),
    name: optional(text(300), 'the deal name'),
    source: required(oneOf(DEAL_SOURCES), 'where the deal came from'),
    stage: required(oneOf(DEAL_STAGES), 'the current stage'),
    amount: required(amount, 'the deal value'),
    currency: required(currency, 'the ISO 4217 currency of the amount'),
    createdAt: required(instant, 'when the deal was created'),
    expectedCloseAt: optional(instant, 'the expected close date'),
    closedAt: optional(instant, 'when the deal was won or lost'),
    probability: optional(share, 'the probability of winning, 0 to 1'),
    closeDateChanges: optional(list(closeDateChange, 1000), 'the history of expected-close changes'),
    stageChanges: optional(list(stageChange, 1000), 'the history of stage changes'),
    lostReason: optional(text(500), 'why the deal was lost'),
  },
  (deal, path) => {
    if (deal.amount.isNegative())
      fail(ErrorCodes.OutOfRange, join(path, 'amount'), 'an amount ≥ 0', deal.amount.toString());
    const closed = deal.stage === 'won' || deal.stage === 'lost';
    if (closed && deal.closedAt === undefined) {
      fail(
        ErrorCodes.InconsistentRecord,
        join(path, 'closedAt'),
        `a close date for a ${deal.stage} deal`,
        undefined,
      );
    }
    if (!closed && deal.closedAt !== undefined) {
      fail(
        ErrorCodes.InconsistentRecord,
        join(path, 'closedAt'),
        `no close date for an open (${deal.stage}) deal`,
        new Date(deal.closedAt).toISOString(),
      );
    }
    assertOrder(path, 'createdAt', deal.createdAt, 'closedAt', deal.closedAt);
  },
);

/**
 * Checks one deal and returns its normalised form.
 *
 * @throws {@link CsMetricsError} `invalid-amount` (`deals[41].amount: expected a decimal string or number, got "12,5"`),
 *   `inconsistent-record` for a close date before the creation date or a won deal without one, and the other codes
 *   with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeDeal } from '@org/cs-metrics';
 * normalizeDeal({ id: 'D-7', managerId: 'm1', customerId: 'c9', source: 'referral', stage: 'won',
 *   amount: 12500, currency: 'USD', createdAt: '2026-09-01', closedAt: '2026-10-15' });
 * ```
 */
export const normalizeDeal: (input: DealInput, options?: NormalizeOptions) => Deal = dealType.normalize;
/**
 * Checks a list of deals; errors name the index (`deals[41].amount`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeDeals } from '@org/cs-metrics';
 * const deals = normalizeDeals([{ id: 'D-7', managerId: 'm1', customerId: 'c9', source: 'inbound', stage: 'qualified',
 *   amount: '900.00', currency: 'EUR', createdAt: '2026-10-02' }], { timeZone: 'Europe/Paris' });
 * ```
 */
export const normalizeDeals: (inputs: Iterable<DealInput>, options?: NormalizeOptions) => Deal[] =
  dealType.normalizeAll;
/** @internal */
export const dealSchema = dealType.schema;
