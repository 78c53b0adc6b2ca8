// Option checks shared by the sales criteria: the same paths and messages as meetingRate's.
import { ErrorCodes, fail } from '../../domain/errors.js';
import { assertWorkCalendar, type Period, type WorkCalendar } from '../../domain/period.js';

/** Checks `options.period`, `options.managerId` and (when given) `options.calendar`. @internal */
export function checkSalesOptions(options: {
  readonly period: Period;
  readonly managerId?: string;
  readonly calendar?: WorkCalendar;
}): void {
  if (typeof options !== 'object' || options === null) {
    fail(ErrorCodes.InvalidOption, 'options', 'an options object', options);
  }
  const p = options.period;
  if (typeof p !== 'object' || p === null || !Number.isFinite(p.start) || !Number.isFinite(p.end)) {
    fail(ErrorCodes.InvalidOption, 'options.period', 'a Period from period() or periodOf()', p);
  }
  if (options.managerId !== undefined && typeof options.managerId !== 'string') {
    fail(ErrorCodes.InvalidOption, 'options.managerId', 'a manager id string', options.managerId);
  }
  if (options.calendar !== undefined) assertWorkCalendar(options.calendar, 'options.calendar');
}

/** `n ÷ d`, or `null` when `d` is 0: never NaN. @internal */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}
