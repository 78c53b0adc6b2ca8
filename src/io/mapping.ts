// Column mappings: how a CRM's export (its headers, its stage names, its date format) becomes the
// library's input records. A mapping is plain data, so it can live in a JSON file next to the export.
import { ErrorCodes, fail } from '../domain/errors.js';
import { isPlainObject } from '../domain/fields.js';
import { jsonSchemas, RECORD_TYPES, type RecordTypeName } from '../domain/schemas.js';

/**
 * A copy rule: set one field from another when a condition holds — for instance a CRM that keeps
 * one "Close Date" (expected while open, actual once closed) fills `closedAt` for won and lost deals.
 *
 * @example
 * ```ts
 * import type { CopyRule } from '@org/cs-metrics/io';
 * const rule: CopyRule = { to: 'closedAt', from: 'expectedCloseAt', when: { field: 'stage', in: ['won', 'lost'] } };
 * ```
 */
export interface CopyRule {
  /** The field to set (left alone when the row already has it). */
  readonly to: string;
  /** The field whose value is copied. */
  readonly from: string;
  /** Only when this field (after mapping) holds one of these values. */
  readonly when?: { readonly field: string; readonly in: readonly string[] };
}

/**
 * How the columns of an export map onto one record type. Every part but `type` and `columns` is
 * optional; a file read without a mapping must use the library's own field names as headers.
 *
 * @example
 * ```ts
 * import type { ColumnMapping } from '@org/cs-metrics/io';
 * const myCrm: ColumnMapping = {
 *   type: 'Deal',
 *   name: 'My CRM deals',
 *   columns: { 'Deal ID': 'id', Owner: 'managerId', Account: 'customerId', Stage: 'stage', Value: 'amount',
 *     Opened: 'createdAt', Source: 'source' },
 *   values: { stage: { Won: 'won', Lost: 'lost', Open: 'qualified' } },
 *   otherwise: { source: 'other' },
 *   defaults: { currency: 'EUR' },
 * };
 * ```
 */
export interface ColumnMapping {
  /** The record type the file holds. */
  readonly type: RecordTypeName;
  /** A name for messages and `cs-metrics` listings ("Zoho CRM deals"). */
  readonly name?: string;
  /** Header in the file → field of the record type. Columns not listed are ignored. */
  readonly columns: Readonly<Record<string, string>>;
  /** Per field, the file's text → the library's value; matched exactly, then ignoring case and spaces. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
  /** Per field with a `values` table, the value for text the table does not list (Lead Source "Web" → `other`). Without it, unlisted text reaches the normaliser, which rejects it. */
  readonly otherwise?: Readonly<Record<string, string>>;
  /** Fields the file gives in percent (0–100), divided by 100 (a probability of 60 % becomes 0.6). */
  readonly percent?: readonly string[];
  /** Date formats in date-fns `parse` tokens, tried in order for dates that are not ISO 8601 (`M/d/yyyy h:mm a`). */
  readonly dateFormats?: readonly string[];
  /** Values for fields the file lacks (a single-currency export: `{ currency: 'EUR' }`). A cell wins over a default. */
  readonly defaults?: Readonly<Record<string, string | number | boolean>>;
  /** Fields filled from others under a condition, applied after `values`. */
  readonly copy?: readonly CopyRule[];
  /** A row without an id: `'error'` (default), or `'line'` to use the file name and line (`deals.csv:12`). */
  readonly missingId?: 'error' | 'line';
}

/**
 * Checks a mapping (for instance one read from a JSON file) and returns it typed. Field names are
 * checked against the record type, so a typo fails here, with its path, and not on row 4,000.
 *
 * @throws `CsMetricsError` (from the main entry) `invalid-option` with the path of the bad part (`mapping.columns.Amount`).
 * @example
 * ```ts
 * import { defineMapping } from '@org/cs-metrics/io';
 * const mapping = defineMapping({ type: 'SalesPlan', columns: { Owner: 'managerId', Month: 'period', Quota: 'amount', Currency: 'currency' } });
 * mapping.columns.Quota; // 'amount'
 * ```
 */
export function defineMapping(input: unknown, path = 'mapping'): ColumnMapping {
  if (!isPlainObject(input)) return fail(ErrorCodes.InvalidOption, path, 'a mapping object', input);
  const type = input.type;
  // includes and has are false for anything that is not one of their strings.
  if (!(RECORD_TYPES as readonly unknown[]).includes(type))
    return fail(ErrorCodes.InvalidOption, `${path}.type`, `one of ${RECORD_TYPES.join(', ')}`, type);
  const fields = new Set(Object.keys(jsonSchemas[type as RecordTypeName].properties as object));
  const field = (value: unknown, at: string): void => {
    if (!fields.has(value as string))
      fail(ErrorCodes.InvalidOption, at, `a field of ${type} (${[...fields].join(', ')})`, value);
  };
  const known = new Set([
    'type',
    'name',
    'columns',
    'values',
    'otherwise',
    'percent',
    'dateFormats',
    'defaults',
    'copy',
    'missingId',
  ]);
  for (const key of Object.keys(input))
    if (!known.has(key)) fail(ErrorCodes.InvalidOption, `${path}.${key}`, 'a known mapping key', key);
  if (input.name !== undefined && typeof input.name !== 'string')
    fail(ErrorCodes.InvalidOption, `${path}.name`, 'a string', input.name);
  if (!isPlainObject(input.columns))
    return fail(ErrorCodes.InvalidOption, `${path}.columns`, 'an object of header → field', input.columns);
  for (const [header, target] of Object.entries(input.columns)) field(target, `${path}.columns.${header}`);
  for (const key of ['values', 'otherwise', 'defaults'] as const) {
    const part = input[key];
    if (part === undefined) continue;
    if (!isPlainObject(part))
      fail(ErrorCodes.InvalidOption, `${path}.${key}`, 'an object keyed by field', part);
    for (const [name, value] of Object.entries(part as Record<string, unknown>)) {
      field(name, `${path}.${key}.${name}`);
      if (key === 'values' && !isPlainObject(value))
        fail(ErrorCodes.InvalidOption, `${path}.values.${name}`, 'an object of file text → value', value);
      if (key === 'otherwise' && typeof value !== 'string')
        fail(ErrorCodes.InvalidOption, `${path}.otherwise.${name}`, 'a string', value);
    }
  }
  if (input.percent !== undefined) {
    if (!Array.isArray(input.percent))
      fail(ErrorCodes.InvalidOption, `${path}.percent`, 'a list of fields', input.percent);
    for (const [i, name] of (input.percent as unknown[]).entries()) field(name, `${path}.percent[${i}]`);
  }
  if (input.dateFormats !== undefined) {
    const formats = input.dateFormats;
    if (!Array.isArray(formats) || formats.some((f) => typeof f !== 'string' || f === ''))
      fail(ErrorCodes.InvalidOption, `${path}.dateFormats`, 'a list of date-fns format strings', formats);
  }
  if (input.copy !== undefined) {
    if (!Array.isArray(input.copy))
      fail(ErrorCodes.InvalidOption, `${path}.copy`, 'a list of copy rules', input.copy);
    for (const [i, rule] of (input.copy as unknown[]).entries()) {
      const at = `${path}.copy[${i}]`;
      if (!isPlainObject(rule)) fail(ErrorCodes.InvalidOption, at, '{ to, from, when? }', rule);
      field(rule.to, `${at}.to`);
      field(rule.from, `${at}.from`);
      if (rule.when !== undefined) {
        const when = rule.when;
        if (!isPlainObject(when) || !Array.isArray(when.in) || when.in.some((v) => typeof v !== 'string'))
          fail(ErrorCodes.InvalidOption, `${at}.when`, '{ field, in: [values] }', when);
        field((when as Record<string, unknown>).field, `${at}.when.field`);
      }
    }
  }
  if (input.missingId !== undefined && input.missingId !== 'error' && input.missingId !== 'line')
    fail(ErrorCodes.InvalidOption, `${path}.missingId`, "'error' or 'line'", input.missingId);
  return input as unknown as ColumnMapping;
}
