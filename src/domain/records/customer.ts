import {
  amount,
  assertOrder,
  count,
  currency,
  identifier,
  instant,
  type NormalizeOptions,
  oneOf,
  optional,
  periodLabel,
  recordType,
  required,
  text,
} from '../fields.js';
import type { AmountInput, Decimal } from '../money.js';
import type { PeriodLabel } from '../period.js';
import type { DateInput } from '../time.js';

/**
 * Customer segments: VIP customers expect priority and special conditions; key accounts get regular care.
 *
 * @example
 * ```ts
 * import { CUSTOMER_SEGMENTS } from '@org/cs-metrics';
 * CUSTOMER_SEGMENTS; // ['standard', 'key', 'vip']
 * ```
 */
export const CUSTOMER_SEGMENTS = ['standard', 'key', 'vip'] as const;
/**
 * One of {@link CUSTOMER_SEGMENTS}.
 *
 * @example
 * ```ts
 * import type { CustomerSegment } from '@org/cs-metrics';
 * const segment: CustomerSegment = 'vip';
 * ```
 */
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

/**
 * A customer with the start and (if it ended) the end of the relationship.
 *
 * @example
 * ```ts
 * import type { CustomerInput } from '@org/cs-metrics';
 * const customer: CustomerInput = { id: 'c-4', name: 'Kessler GmbH', managerId: 'm-17', segment: 'key', since: '2024-03-01' };
 * ```
 */
export interface CustomerInput {
  readonly id: string | number;
  readonly name?: string | null | undefined;
  readonly managerId?: string | number | null | undefined;
  readonly segment?: CustomerSegment | null | undefined;
  /** When the relationship began (first purchase or contract). */
  readonly since: DateInput;
  /** When it ended (churn), if it did. */
  readonly until?: DateInput | null | undefined;
  /** How often, in days, this customer should be contacted; overrides the profile's interval. */
  readonly contactIntervalDays?: number | null | undefined;
}

/**
 * A customer, normalised.
 *
 * @example
 * ```ts
 * import { normalizeCustomer, type Customer } from '@org/cs-metrics';
 * const customer: Customer = normalizeCustomer({ id: 'c1', since: '2025-01-15', segment: 'vip' });
 * ```
 */
export interface Customer {
  readonly id: string;
  readonly name?: string;
  readonly managerId?: string;
  readonly segment?: CustomerSegment;
  readonly since: number;
  readonly until?: number;
  readonly contactIntervalDays?: number;
}

const customerType = recordType<CustomerInput, Customer>(
  'Customer',
  'customers',
  'A customer and the span of the relationship.',
  {
    id: required(identifier, 'the customer id'),
    name: optional(text(300), 'the customer name'),
    managerId: optional(identifier, 'the responsible manager'),
    segment: optional(oneOf(CUSTOMER_SEGMENTS), 'standard, key or vip'),
    since: required(instant, 'when the relationship began'),
    until: optional(instant, 'when the relationship ended'),
    contactIntervalDays: optional(count, 'the contact interval in days'),
  },
  (customer, path) => assertOrder(path, 'since', customer.since, 'until', customer.until),
);

/**
 * Checks one customer and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field; `inconsistent-record` when `until` is before `since`.
 * @example
 * ```ts
 * import { normalizeCustomer } from '@org/cs-metrics';
 * normalizeCustomer({ id: 'c1', since: '2025-01-15', until: '2026-10-31' });
 * ```
 */
export const normalizeCustomer: (input: CustomerInput, options?: NormalizeOptions) => Customer =
  customerType.normalize;
/**
 * Checks a list of customers; errors name the index (`customers[9].since`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeCustomers } from '@org/cs-metrics';
 * normalizeCustomers([{ id: 'c1', since: '2025-01-15' }]);
 * ```
 */
export const normalizeCustomers: (inputs: Iterable<CustomerInput>, options?: NormalizeOptions) => Customer[] =
  customerType.normalizeAll;
/** @internal */
export const customerSchema = customerType.schema;

/**
 * Revenue from one customer in one period, for revenue retention.
 *
 * @example
 * ```ts
 * import type { RevenueRecordInput } from '@org/cs-metrics';
 * const revenue: RevenueRecordInput = { customerId: 'c-4', period: '2026-10', amount: '8200.00', currency: 'EUR' };
 * ```
 */
export interface RevenueRecordInput {
  readonly customerId: string | number;
  readonly period: PeriodLabel;
  readonly amount: AmountInput;
  readonly currency: string;
}

/**
 * A revenue record, normalised.
 *
 * @example
 * ```ts
 * import { normalizeRevenueRecord, type RevenueRecord } from '@org/cs-metrics';
 * const revenue: RevenueRecord = normalizeRevenueRecord({ customerId: 'c1', period: '2026-10', amount: 100, currency: 'EUR' });
 * ```
 */
export interface RevenueRecord {
  readonly customerId: string;
  readonly period: PeriodLabel;
  readonly amount: Decimal;
  readonly currency: string;
}

const revenueType = recordType<RevenueRecordInput, RevenueRecord>(
  'RevenueRecord',
  'revenue',
  'Revenue from one customer in one period.',
  {
    customerId: required(identifier, 'the customer id'),
    period: required(periodLabel, 'the period: YYYY, YYYY-Qn or YYYY-MM'),
    amount: required(amount, 'the revenue'),
    currency: required(currency, 'the ISO 4217 currency'),
  },
);

/**
 * Checks one revenue record and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeRevenueRecord } from '@org/cs-metrics';
 * normalizeRevenueRecord({ customerId: 'c1', period: '2026-Q3', amount: '12000', currency: 'EUR' });
 * ```
 */
export const normalizeRevenueRecord: (
  input: RevenueRecordInput,
  options?: NormalizeOptions,
) => RevenueRecord = revenueType.normalize;
/**
 * Checks a list of revenue records; errors name the index (`revenue[0].amount`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeRevenueRecords } from '@org/cs-metrics';
 * normalizeRevenueRecords([{ customerId: 'c1', period: '2026-10', amount: '100', currency: 'EUR' }]);
 * ```
 */
export const normalizeRevenueRecords: (
  inputs: Iterable<RevenueRecordInput>,
  options?: NormalizeOptions,
) => RevenueRecord[] = revenueType.normalizeAll;
/** @internal */
export const revenueRecordSchema = revenueType.schema;
