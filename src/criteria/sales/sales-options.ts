// Option checks shared by the seven sales criteria, so each reports a bad option the same way, with
// its path; and the ratio they all report.
import { ErrorCodes, fail } from '../../domain/errors.js';
import { assertWorkCalendar, type Period, type WorkCalendar } from '../../domain/period.js';

/** Throws unless `options` is an object with a `period` from `period()`/`periodOf()`. @internal */
export function checkPeriodOption(options: unknown): Period {
  if (typeof options !== 'object' || options === null)
    return fail(ErrorCodes.InvalidOption, 'options', 'an options object', options);
  const p = (options as { period?: unknown }).period as Period | undefined;
  if (typeof p !== 'object' || p === null || !Number.isFinite(p.start) || !Number.isFinite(p.end)) {
    return fail(ErrorCodes.InvalidOption, 'options.period', 'a Period from period() or periodOf()', p);
  }
  return p;
}

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

/** `n ÷ d`, or `null` when `d` is 0: never NaN. @internal */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}
