import { ErrorCodes, fail } from '../errors.js';
import {
  amount,
  currency,
  identifier,
  join,
  type NormalizeOptions,
  optional,
  periodLabel,
  recordType,
  required,
} from '../fields.js';
import type { AmountInput, Decimal } from '../money.js';
import type { PeriodLabel } from '../period.js';

/**
 * A manager's sales plan (quota) for a period.
 *
 * @example
 * ```ts
 * import type { SalesPlanInput } from '@org/cs-metrics';
 * const plan: SalesPlanInput = { managerId: 'm-17', period: '2026-10', amount: '150000.00', currency: 'EUR' };
 * ```
 */
export interface SalesPlanInput {
  readonly id?: string | number | null | undefined;
  readonly managerId: string | number;
  /** `2026`, `2026-Q4` or `2026-10`. */
  readonly period: PeriodLabel;
  /** The won amount planned for the period, > 0. */
  readonly amount: AmountInput;
  readonly currency: string;
}

/**
 * A sales plan, normalised.
 *
 * @example
 * ```ts
 * import { normalizeSalesPlan, type SalesPlan } from '@org/cs-metrics';
 * const plan: SalesPlan = normalizeSalesPlan({ managerId: 'm1', period: '2026-Q4', amount: 450000, currency: 'USD' });
 * ```
 */
export interface SalesPlan {
  readonly id?: string;
  readonly managerId: string;
  readonly period: PeriodLabel;
  readonly amount: Decimal;
  readonly currency: string;
}

const salesPlanType = recordType<SalesPlanInput, SalesPlan>(
  'SalesPlan',
  'plans',
  "A manager's sales plan (quota) for a period.",
  {
    id: optional(identifier, 'the plan id'),
    managerId: required(identifier, 'the manager id'),
    period: required(periodLabel, 'the plan period: YYYY, YYYY-Qn or YYYY-MM'),
    amount: required(amount, 'the planned won amount'),
    currency: required(currency, 'the ISO 4217 currency of the plan'),
  },
  (plan, path) => {
    if (!plan.amount.isPositive() || plan.amount.isZero()) {
      fail(ErrorCodes.OutOfRange, join(path, 'amount'), 'a plan amount above 0', plan.amount.toString());
    }
  },
);

/**
 * Checks one sales plan and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeSalesPlan } from '@org/cs-metrics';
 * normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '150000', currency: 'EUR' });
 * ```
 */
export const normalizeSalesPlan: (input: SalesPlanInput, options?: NormalizeOptions) => SalesPlan =
  salesPlanType.normalize;
/**
 * Checks a list of sales plans; errors name the index (`plans[0].amount`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeSalesPlans } from '@org/cs-metrics';
 * normalizeSalesPlans([{ managerId: 'm1', period: '2026-10', amount: '150000', currency: 'EUR' }]);
 * ```
 */
export const normalizeSalesPlans: (
  inputs: Iterable<SalesPlanInput>,
  options?: NormalizeOptions,
) => SalesPlan[] = salesPlanType.normalizeAll;
/** @internal */
export const salesPlanSchema = salesPlanType.schema;
