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
  text,
} from '../fields.js';
import type { AmountInput, Decimal } from '../money.js';
import type { PeriodLabel } from '../period.js';

/**
 * One line of a department's budget (its P&L): what was budgeted and what was spent, in one currency.
 *
 * @example
 * ```ts
 * import type { BudgetLineInput } from '@org/cs-metrics';
 * const line: BudgetLineInput = { department: 'Contact centre Berlin', category: 'training', period: '2026-10',
 *   budgeted: '12000.00', actual: '10450.00', currency: 'EUR' };
 * ```
 */
export interface BudgetLineInput {
  readonly id?: string | number | null | undefined;
  readonly department: string;
  /** Staff, training, recognition, telephony, … */
  readonly category: string;
  /** The budget's period: `2026`, `2026-Q4` or `2026-10`. */
  readonly period: PeriodLabel;
  /** Budgeted amount, ≥ 0. */
  readonly budgeted: AmountInput;
  /** Actual spending (negative for a net refund). */
  readonly actual: AmountInput;
  readonly currency: string;
  /** The manager who answers for the line. */
  readonly managerId?: string | number | null | undefined;
}

/**
 * A budget line, normalised: amounts as `Decimal`.
 *
 * @example
 * ```ts
 * import { normalizeBudgetLine, type BudgetLine } from '@org/cs-metrics';
 * const line: BudgetLine = normalizeBudgetLine({ department: 'CC', category: 'staff', period: '2026-10',
 *   budgeted: 90000, actual: '87250.40', currency: 'EUR' });
 * line.budgeted.minus(line.actual).toString(); // '2749.6'
 * ```
 */
export interface BudgetLine {
  readonly id?: string;
  readonly department: string;
  readonly category: string;
  readonly period: PeriodLabel;
  readonly budgeted: Decimal;
  readonly actual: Decimal;
  readonly currency: string;
  readonly managerId?: string;
}

const budgetLineType = recordType<BudgetLineInput, BudgetLine>(
  'BudgetLine',
  'budgetLines',
  "One line of a department's budget: budgeted and actual spending in one currency.",
  {
    id: optional(identifier, 'the line id'),
    department: required(text(200), 'the department'),
    category: required(text(200), 'the spending category'),
    period: required(periodLabel, 'the budget period: YYYY, YYYY-Qn or YYYY-MM'),
    budgeted: required(amount, 'the budgeted amount'),
    actual: required(amount, 'the actual spending'),
    currency: required(currency, 'the ISO 4217 currency of both amounts'),
    managerId: optional(identifier, 'the responsible manager'),
  },
  (line, path) => {
    if (line.budgeted.isNegative()) {
      fail(ErrorCodes.OutOfRange, join(path, 'budgeted'), 'a budget ≥ 0', line.budgeted.toString());
    }
  },
);

/**
 * Checks one budget line and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeBudgetLine } from '@org/cs-metrics';
 * normalizeBudgetLine({ department: 'CC', category: 'recognition', period: '2026-Q4', budgeted: '3000', actual: '2100', currency: 'EUR' });
 * ```
 */
export const normalizeBudgetLine: (input: BudgetLineInput, options?: NormalizeOptions) => BudgetLine =
  budgetLineType.normalize;
/**
 * Checks a list of budget lines; errors name the index (`budgetLines[2].actual`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeBudgetLines } from '@org/cs-metrics';
 * normalizeBudgetLines([{ department: 'CC', category: 'staff', period: '2026-10', budgeted: '1', actual: '1', currency: 'EUR' }]);
 * ```
 */
export const normalizeBudgetLines: (
  inputs: Iterable<BudgetLineInput>,
  options?: NormalizeOptions,
) => BudgetLine[] = budgetLineType.normalizeAll;
/** @internal */
export const budgetLineSchema = budgetLineType.schema;
