/**
 * Every error code the library raises, as named constants in one place.
 *
 * Codes are stable: an app may switch on them and translate the message.
 *
 * @example
 * ```ts
 * import { ErrorCodes, CsMetricsError, normalizeDeal } from '@org/cs-metrics';
 * try {
 *   normalizeDeal({ id: 'd1' });
 * } catch (error) {
 *   if (error instanceof CsMetricsError && error.code === ErrorCodes.MissingField) console.log(error.path);
 * }
 * ```
 */
export const ErrorCodes = {
  /** A value has the wrong JavaScript type (a string where a number belongs, an array for an object). */
  InvalidType: 'invalid-type',
  /** A required field is absent or `undefined`. */
  MissingField: 'missing-field',
  /** A field the type does not declare: misspelt, extra, or a `__proto__`/`constructor` key. */
  UnknownField: 'unknown-field',
  /** A value of the right type that is not allowed: an unknown enum member, an empty id, a long string. */
  InvalidValue: 'invalid-value',
  /** A number outside its range: negative seconds, `NaN`, `Infinity`, a score above its scale. */
  OutOfRange: 'out-of-range',
  /** A date that is not a `Date`, an ISO 8601 string or epoch milliseconds, or lies outside 1900–2199. */
  InvalidDate: 'invalid-date',
  /** An amount that is not a plain decimal string, a finite number or a `Decimal` (`"12,5"`, `"1e400"`). */
  InvalidAmount: 'invalid-amount',
  /** A currency that is not an ISO 4217 code. */
  InvalidCurrency: 'invalid-currency',
  /** Money in two currencies met in one sum or comparison. */
  CurrencyMismatch: 'currency-mismatch',
  /** A time zone that is not an IANA zone name this runtime knows. */
  InvalidTimeZone: 'invalid-time-zone',
  /** A period whose end is before its start, or a period label that is not `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
  InvalidPeriod: 'invalid-period',
  /** Fields that each look right but contradict each other: answered before offered, closed before created. */
  InconsistentRecord: 'inconsistent-record',
  /** A profile override that is not valid: an unknown key, a band out of order, a negative weight. */
  InvalidProfile: 'invalid-profile',
  /** An option passed to a function that is not valid for it. */
  InvalidOption: 'invalid-option',
  /** An aggregator that breaks one of its laws (identity, associativity, split anywhere, round trip). */
  LawViolation: 'law-violation',
  /** A file that cannot be read as the format it claims: an unclosed quote, a short row, broken JSON. */
  InvalidFile: 'invalid-file',
} as const;

/**
 * One of the {@link ErrorCodes} values.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from '@org/cs-metrics';
 * const code: ErrorCode = 'invalid-amount';
 * ```
 */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * The fields of a {@link CsMetricsError}, for constructing one.
 *
 * @example
 * ```ts
 * import { CsMetricsError, type CsMetricsErrorDetails } from '@org/cs-metrics';
 * const details: CsMetricsErrorDetails = { code: 'out-of-range', path: 'calls[3].talkSeconds', expected: 'a number ≥ 0', received: -4 };
 * new CsMetricsError(details).message; // 'calls[3].talkSeconds: expected a number ≥ 0, got -4'
 * ```
 */
export interface CsMetricsErrorDetails {
  /** The stable code; see {@link ErrorCodes}. */
  readonly code: ErrorCode;
  /** Where the bad value sits, as a JavaScript path (`deals[41].amount`); empty for the input itself. */
  readonly path: string;
  /** What the field should have held, in plain English. */
  readonly expected: string;
  /** The value that was found (kept as given; shown shortened in the message). */
  readonly received: unknown;
  /** Where in a file the bad value sits, when it was read from one (CSV, JSON lines). */
  readonly location?: FileLocation;
}

/**
 * A place in an input file: the file's name, the 1-based line and, for CSV, the 1-based column and
 * its header.
 *
 * @example
 * ```ts
 * import type { FileLocation } from '@org/cs-metrics';
 * const at: FileLocation = { file: 'deals.csv', line: 12, column: 7, header: 'Amount' };
 * ```
 */
export interface FileLocation {
  /** The file name as the caller gave it. */
  readonly file: string;
  /** The 1-based line (of the record's first line, for a quoted value that spans lines). */
  readonly line: number;
  /** The 1-based column, when known. */
  readonly column?: number;
  /** The column's header in the file, when known. */
  readonly header?: string;
}

/** @internal `deals.csv, line 12, column 7 (Amount)` */
export function describeLocation(at: FileLocation): string {
  const column = at.column === undefined ? '' : `, column ${at.column}`;
  const header = at.header === undefined ? '' : ` (${at.header})`;
  return `${at.file}, line ${at.line}${column}${header}`;
}

const MAX_SHOWN = 60;

/**
 * Renders a received value for a message: strings quoted, long values shortened, no stack of objects.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown =
      value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (${value.length} characters)` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function' && 'd' in value) return String(value);
    return 'an object';
  }
  return typeof value;
}

/**
 * The one error class the library throws for bad input, bad options and broken laws.
 *
 * The message reads `path: expected …, got …`; the same parts are fields, so a program can report
 * them its own way.
 *
 * @example
 * ```ts
 * import { CsMetricsError, normalizeDeal } from '@org/cs-metrics';
 * try {
 *   normalizeDeal({ id: 'd1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'won',
 *     amount: '12,5', currency: 'EUR', createdAt: '2026-10-01' }, { path: 'deals[41]' });
 * } catch (error) {
 *   if (error instanceof CsMetricsError) {
 *     console.log(error.message); // deals[41].amount: expected a decimal string or number, got "12,5"
 *   }
 * }
 * ```
 */
export class CsMetricsError extends Error {
  /** The stable code; see {@link ErrorCodes}. */
  readonly code: ErrorCode;
  /** Where the bad value sits (`deals[41].amount`). */
  readonly path: string;
  /** What the field should have held. */
  readonly expected: string;
  /** The value found. */
  readonly received: unknown;

  /** Where in a file the bad value sits, when it was read from one (an own property only then). */
  declare readonly location?: FileLocation;

  constructor(details: CsMetricsErrorDetails) {
    const where = details.path === '' ? 'input' : details.path;
    const file = details.location === undefined ? '' : `${describeLocation(details.location)}: `;
    super(`${file}${where}: expected ${details.expected}, got ${describeValue(details.received)}`);
    this.name = 'CsMetricsError';
    this.code = details.code;
    this.path = details.path;
    this.expected = details.expected;
    this.received = details.received;
    if (details.location !== undefined) this.location = details.location;
  }
}

/**
 * Throws a {@link CsMetricsError}; a one-line helper for the validators.
 *
 * @internal
 */
export function fail(code: ErrorCode, path: string, expected: string, received: unknown): never {
  throw new CsMetricsError({ code, path, expected, received });
}
