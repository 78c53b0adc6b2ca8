// Option checks shared by the seven sales criteria, so each reports a bad option the same way, with
// its path (the options object and period are checked as every criterion checks them).
import { ErrorCodes, fail } from '../../domain/errors.js';
import { assertWorkCalendar, type Period, type WorkCalendar } from '../../domain/period.js';
import { checkPeriodOption } from '../criterion-options.js';

/** Throws unless `managerId` is absent or a string. @internal */
export function checkManagerIdOption(managerId: unknown): string | undefined {
  if (managerId !== undefined && typeof managerId !== 'string') {
    fail(ErrorCodes.InvalidOption, 'options.managerId', 'a manager id string', managerId);
  }
  return managerId as string | undefined;
}

/** Throws unless `value` is a whole number ≥ `min` (days, meetings); returns it. @internal */
export function checkWholeOption(value: unknown, path: string, min: number, what: string): number {
  // Number.isInteger is false for anything that is not a number.
  if (!Number.isInteger(value) || (value as number) < min) {
    fail(ErrorCodes.InvalidOption, path, `a whole number of ${what} ≥ ${min}`, value);
  }
  return value as number;
}

/**
 * Checks `options` (an object), `options.period`, `options.managerId` and (when given)
 * `options.calendar`: the options of the criteria that take no other. @internal
 */
export function checkSalesOptions(options: {
  readonly period: Period;
  readonly managerId?: string;
  readonly calendar?: WorkCalendar;
}): void {
  checkPeriodOption(options);
  checkManagerIdOption(options.managerId);
  if (options.calendar !== undefined) assertWorkCalendar(options.calendar, 'options.calendar');
}
