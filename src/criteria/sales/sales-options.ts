// Option checks shared by the sales criteria of issue 3 (decisionMakerReach, planAttainment,
// opportunityFunnel), so each reports a bad option the same way, with its path.
import { ErrorCodes, fail } from '../../domain/errors.js';
import type { Period } from '../../domain/period.js';

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
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(ErrorCodes.InvalidOption, path, `a whole number of ${what} ≥ ${min}`, value);
  }
  return value as number;
}
