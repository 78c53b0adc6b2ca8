// Checks shared by the staffing calculators: every option is a finite number in its range, and a
// misspelt key is an error rather than a silently ignored target.
import { ErrorCodes, fail } from '../domain/errors.js';
import { checkOptionsObject } from '../domain/fields.js';
import { decimalRatio, divideRatios, multiplyRatios, type Ratio, ratioToNumber } from './exact.js';

/** The largest offered load the calculators accept, in Erlangs; the search is linear in the load. @internal */
export const MAX_OFFERED_LOAD = 1_000_000;

/** The most agents the calculators work with; each costs one step of the Erlang B recursion. @internal */
export const MAX_AGENTS = 10_000_000;

/** Throws unless `options` is a plain object whose keys are all in `allowed`. @internal */
export function checkKeys(options: unknown, allowed: readonly string[], path: string): void {
  checkOptionsObject(options, path);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key))
      fail(ErrorCodes.InvalidOption, `${path}.${key}`, `one of ${allowed.join(', ')}`, key);
  }
}

/** A finite number, or a CsMetricsError at `path`. @internal */
export function finiteNumber(value: unknown, path: string, expected: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(ErrorCodes.InvalidOption, path, expected, value);
  return value;
}

/** A finite number ≥ 0. @internal */
export function nonNegative(value: unknown, path: string, unit: string): number {
  const n = finiteNumber(value, path, `${unit} ≥ 0`);
  if (n < 0) fail(ErrorCodes.InvalidOption, path, `${unit} ≥ 0`, value);
  return n;
}

/** A finite number > 0. @internal */
export function positive(value: unknown, path: string, unit: string): number {
  const n = finiteNumber(value, path, `${unit} > 0`);
  if (n <= 0) fail(ErrorCodes.InvalidOption, path, `${unit} > 0`, value);
  return n;
}

/** A whole number ≥ `min`. @internal */
export function wholeNumber(value: unknown, path: string, min: number): number {
  const expected = `a whole number ≥ ${min}`;
  const n = finiteNumber(value, path, expected);
  if (!Number.isSafeInteger(n) || n < min) fail(ErrorCodes.InvalidOption, path, expected, value);
  return n;
}

/** A share strictly between 0 and 1 (a service-level target). @internal */
export function openShare(value: unknown, path: string): number {
  const n = finiteNumber(value, path, 'a share between 0 and 1, both excluded');
  if (n <= 0 || n >= 1) fail(ErrorCodes.InvalidOption, path, 'a share between 0 and 1, both excluded', value);
  return n;
}

/** `A / N` as the double nearest the exact decimal quotient (35.7 / 42 is 0.85, not 0.8500000000000001). @internal */
export function occupancyOf(load: Load, agents: number): number {
  const nearest = ratioToNumber({
    numerator: load.exact.numerator,
    denominator: load.exact.denominator * BigInt(agents),
  });
  return Number.isFinite(nearest) ? nearest : load.erlangs / agents;
}

/** The offered load in Erlangs, as a float for the queue and as the exact decimal for ceilings. @internal */
export interface Load {
  readonly erlangs: number;
  readonly exact: Ratio;
}

/** What {@link loadOf} reads. @internal */
export interface LoadInput {
  readonly offeredLoad?: number | undefined;
  readonly callsPerInterval?: number | undefined;
  readonly intervalSeconds?: number | undefined;
  readonly ahtSeconds?: number | undefined;
}

/**
 * The offered load `A = callsPerInterval × ahtSeconds / intervalSeconds` (or `offeredLoad` as given),
 * with `ahtSeconds` checked on the way. @internal
 */
export function loadOf(options: LoadInput, path: string): Load & { readonly ahtSeconds: number } {
  const ahtSeconds = positive(options.ahtSeconds, `${path}.ahtSeconds`, 'a duration in seconds');
  let erlangs: number;
  let exact: Ratio;
  if (options.offeredLoad !== undefined) {
    if (options.callsPerInterval !== undefined || options.intervalSeconds !== undefined)
      fail(
        ErrorCodes.InvalidOption,
        `${path}.offeredLoad`,
        'either offeredLoad, or callsPerInterval with intervalSeconds, not both',
        options.offeredLoad,
      );
    erlangs = nonNegative(options.offeredLoad, `${path}.offeredLoad`, 'a load in Erlangs');
    exact = decimalRatio(erlangs);
  } else {
    if (options.callsPerInterval === undefined)
      fail(
        ErrorCodes.InvalidOption,
        `${path}.callsPerInterval`,
        'a number of calls ≥ 0 (or offeredLoad)',
        undefined,
      );
    const calls = nonNegative(options.callsPerInterval, `${path}.callsPerInterval`, 'a number of calls');
    const intervalSeconds = positive(
      options.intervalSeconds,
      `${path}.intervalSeconds`,
      'a duration in seconds',
    );
    erlangs = (calls * ahtSeconds) / intervalSeconds;
    exact = divideRatios(
      multiplyRatios(decimalRatio(calls), decimalRatio(ahtSeconds)),
      decimalRatio(intervalSeconds),
    );
  }
  if (erlangs > MAX_OFFERED_LOAD)
    fail(
      ErrorCodes.InvalidOption,
      options.offeredLoad !== undefined ? `${path}.offeredLoad` : `${path}.callsPerInterval`,
      `an offered load of at most ${MAX_OFFERED_LOAD} Erlangs`,
      erlangs,
    );
  return { erlangs, exact, ahtSeconds };
}
