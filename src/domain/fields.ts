// The field kinds every record type is declared with. One declaration drives both the normaliser
// (strict, path-reporting, prototype-safe) and the exported JSON Schema, so the two cannot drift.
import { ErrorCodes, fail } from './errors.js';
import { assertCurrency, type Decimal, toDecimal } from './money.js';
import { daysOfLabel } from './period.js';
import { assertTimeZone, toEpochMillis } from './time.js';

/**
 * A JSON Schema (draft 2020-12) as plain data.
 *
 * @example
 * ```ts
 * import { jsonSchemas, type JsonSchema } from '@org/cs-metrics';
 * const schema: JsonSchema = jsonSchemas.Deal;
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * Options every normaliser takes.
 *
 * @example
 * ```ts
 * import { normalizeInteraction, type NormalizeOptions } from '@org/cs-metrics';
 * const options: NormalizeOptions = { timeZone: 'Europe/Berlin', path: 'interactions[0]' };
 * normalizeInteraction({ id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-28T09:30' }, options);
 * ```
 */
export interface NormalizeOptions {
  /** The zone for ISO date strings without an offset (`2026-10-28T09:30`, `2026-10-28`). Default `UTC`. */
  readonly timeZone?: string;
  /** The path of the record, for errors (`deals[41]`). Default: empty. */
  readonly path?: string;
}

/** @internal */
export interface FieldKind<T> {
  readonly check: (value: unknown, path: string, timeZone: string) => T;
  readonly schema: JsonSchema;
}

/** @internal */
export interface FieldSpec<T> {
  readonly kind: FieldKind<T>;
  readonly optional: boolean;
  readonly description: string;
}

/** @internal */
export const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** @internal */
export function required<T>(kind: FieldKind<T>, description: string): FieldSpec<T> {
  return { kind, optional: false, description };
}

/** @internal */
export function optional<T>(kind: FieldKind<T>, description: string): FieldSpec<T> {
  return { kind, optional: true, description };
}

/** @internal An object that is not null and not an array: what an options object or a record must be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws `invalid-option` at `path` unless `options` is a plain object. @internal */
export function checkOptionsObject(
  options: unknown,
  path = 'options',
): asserts options is Record<string, unknown> {
  if (!isPlainObject(options)) fail(ErrorCodes.InvalidOption, path, 'an options object', options);
}

/** @internal */
export function text(maxLength = 500): FieldKind<string> {
  return {
    check(value, path) {
      if (typeof value !== 'string') return fail(ErrorCodes.InvalidType, path, 'a string', value);
      if (value.length === 0) return fail(ErrorCodes.InvalidValue, path, 'a non-empty string', value);
      if (value.length > maxLength) {
        return fail(ErrorCodes.InvalidValue, path, `a string of at most ${maxLength} characters`, value);
      }
      // U+0000 ends strings in C and is the separator of composite state keys (budget lines).
      if (value.includes('\u0000')) return fail(ErrorCodes.InvalidValue, path, 'text without U+0000', value);
      return value;
    },
    schema: { type: 'string', minLength: 1, maxLength },
  };
}

/** @internal An identifier: a string of at most 200 characters, or a safe integer (CRM numeric ids), kept as a string. */
export const identifier: FieldKind<string> = {
  check(value, path) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    if (typeof value !== 'string')
      return fail(ErrorCodes.InvalidType, path, 'an id (a string or an integer)', value);
    if (value.length === 0 || value.length > 200) {
      return fail(ErrorCodes.InvalidValue, path, 'an id of 1 to 200 characters', value);
    }
    if (value.includes('\u0000')) return fail(ErrorCodes.InvalidValue, path, 'an id without U+0000', value);
    return value;
  },
  schema: { anyOf: [{ type: 'string', minLength: 1, maxLength: 200 }, { type: 'integer' }] },
};

/** @internal */
export function oneOf<const T extends string>(values: readonly T[]): FieldKind<T> {
  const allowed = new Set<string>(values);
  const expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return {
    check(value, path) {
      // Only strings are in the set, so a value of another type is refused by the same test.
      if (!allowed.has(value as string)) return fail(ErrorCodes.InvalidValue, path, expected, value);
      return value as T;
    },
    schema: { type: 'string', enum: [...values] },
  };
}

/** @internal */
export const instant: FieldKind<number> = {
  check: (value, path, timeZone) => toEpochMillis(value, timeZone, path),
  schema: {
    description:
      'ISO 8601 date or date-time (without an offset: in the normaliser time zone), or epoch milliseconds',
    anyOf: [
      {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
      },
      { type: 'integer', minimum: Date.UTC(1900, 0, 1), maximum: Date.UTC(2200, 0, 1) - 1 },
    ],
  },
};

/** @internal */
export const periodLabel: FieldKind<string> = {
  check(value, path) {
    daysOfLabel(value as string, path);
    return value as string;
  },
  schema: { type: 'string', pattern: '^\\d{4}(-(Q[1-4]|W\\d{2}|\\d{2}(-\\d{2})?))?$' },
};

/** @internal */
export const amount: FieldKind<Decimal> = {
  check: (value, path) => toDecimal(value, path),
  schema: {
    description: 'a plain decimal (no thousands separators, no exponent), as a string or a number',
    anyOf: [{ type: 'string', pattern: '^[+-]?\\d{1,18}(\\.\\d{1,12})?$' }, { type: 'number' }],
  },
};

/** @internal */
export const currency: FieldKind<string> = {
  check: (value, path) => assertCurrency(value, path),
  schema: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' },
};

/** @internal */
export const timeZone: FieldKind<string> = {
  check: (value, path) => assertTimeZone(value, path),
  schema: { type: 'string', description: 'IANA time zone name, such as Europe/Berlin' },
};

/** @internal */
export function numberIn(min: number, max = Number.MAX_SAFE_INTEGER, integer = false): FieldKind<number> {
  const what = integer ? 'an integer' : 'a number';
  const expected = max === Number.MAX_SAFE_INTEGER ? `${what} ≥ ${min}` : `${what} from ${min} to ${max}`;
  return {
    check(value, path) {
      if (typeof value !== 'number') return fail(ErrorCodes.InvalidType, path, expected, value);
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        return fail(ErrorCodes.OutOfRange, path, expected, value);
      }
      return value;
    },
    schema: { type: integer ? 'integer' : 'number', minimum: min, maximum: max },
  };
}

/** @internal Seconds of a duration: a finite number ≥ 0, at most a year. */
export const seconds: FieldKind<number> = numberIn(0, 31_622_400);
/** @internal A count: an integer ≥ 0. */
export const count: FieldKind<number> = numberIn(0, Number.MAX_SAFE_INTEGER, true);
/** @internal A share from 0 to 1. */
export const share: FieldKind<number> = numberIn(0, 1);

/** @internal */
export const boolean: FieldKind<boolean> = {
  check(value, path) {
    if (typeof value !== 'boolean') return fail(ErrorCodes.InvalidType, path, 'true or false', value);
    return value;
  },
  schema: { type: 'boolean' },
};

/** @internal */
export function list<T>(item: FieldKind<T>, maxItems = 10_000): FieldKind<readonly T[]> {
  return {
    check(value, path, zone) {
      if (!Array.isArray(value)) return fail(ErrorCodes.InvalidType, path, 'an array', value);
      if (value.length > maxItems)
        return fail(ErrorCodes.OutOfRange, path, `at most ${maxItems} items`, value);
      const out: T[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = item.check(value[i], `${path}[${i}]`, zone);
      return out;
    },
    schema: { type: 'array', items: item.schema, maxItems },
  };
}

/** @internal The fields of a record type, each key of the normalised type declared once. */
export type Fields<Out> = { readonly [K in keyof Out]-?: FieldSpec<unknown> };

/** @internal */
export function objectKind<Out>(
  fields: Fields<Out>,
  refine?: (out: Out, path: string) => void,
): FieldKind<Out> & { readonly fields: Fields<Out> } {
  const entries = Object.keys(fields).map(
    (key) => [key, (fields as Record<string, FieldSpec<unknown>>)[key]!] as const,
  );
  const known = new Set(entries.map(([key]) => key));
  const expectedKeys = entries.map(([key]) => key).join(', ');
  const properties: Record<string, JsonSchema> = {};
  const requiredKeys: string[] = [];
  for (const [key, spec] of entries) {
    properties[key] = spec.optional
      ? { description: spec.description, anyOf: [spec.kind.schema, { type: 'null' }] }
      : { description: spec.description, ...spec.kind.schema };
    if (!spec.optional) requiredKeys.push(key);
  }
  return {
    fields,
    check(value, path, zone) {
      if (!isPlainObject(value) || value instanceof Date) {
        return fail(ErrorCodes.InvalidType, path, 'an object', value);
      }
      const input = value as Record<string, unknown>;
      for (const key of Object.keys(input)) {
        if (!known.has(key))
          return fail(ErrorCodes.UnknownField, join(path, key), `only the fields ${expectedKeys}`, key);
      }
      // Built as a fresh object: a `__proto__` key in the input never reaches here (it is unknown above).
      const out: Record<string, unknown> = {};
      for (const [key, spec] of entries) {
        const raw = Object.hasOwn(input, key) ? input[key] : undefined;
        if (raw === undefined || raw === null) {
          if (!spec.optional) return fail(ErrorCodes.MissingField, join(path, key), spec.description, raw);
          continue;
        }
        out[key] = spec.kind.check(raw, join(path, key), zone);
      }
      refine?.(out as Out, path);
      return out as Out;
    },
    schema: { type: 'object', properties, required: requiredKeys, additionalProperties: false },
  };
}

/**
 * A record type: its normaliser and its JSON Schema.
 *
 * @internal
 */
export interface RecordType<In, Out> {
  readonly name: string;
  readonly normalize: (input: In, options?: NormalizeOptions) => Out;
  readonly normalizeAll: (inputs: Iterable<In>, options?: NormalizeOptions) => Out[];
  readonly schema: JsonSchema;
}

/** @internal */
export function recordType<In, Out>(
  name: string,
  collection: string,
  description: string,
  fields: Fields<Out>,
  refine?: (out: Out, path: string) => void,
): RecordType<In, Out> {
  const kind = objectKind<Out>(fields, refine);
  return {
    name,
    normalize: (input, options = {}) =>
      kind.check(input, options.path ?? '', assertTimeZone(options.timeZone ?? 'UTC', 'options.timeZone')),
    normalizeAll(inputs, options = {}) {
      const zone = assertTimeZone(options.timeZone ?? 'UTC', 'options.timeZone');
      const base = options.path ?? collection;
      const out: Out[] = [];
      let i = 0;
      for (const input of inputs) {
        out.push(kind.check(input, `${base}[${i}]`, zone));
        i++;
      }
      return out;
    },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://cs-metrics.org/schema/${name}.json`,
      title: name,
      description,
      ...kind.schema,
    },
  };
}

/** @internal Throws `inconsistent-record` when `later` is before `earlier` (both present). */
export function assertOrder(
  path: string,
  earlierKey: string,
  earlier: number | undefined,
  laterKey: string,
  later: number | undefined,
): void {
  if (earlier !== undefined && later !== undefined && later < earlier) {
    fail(
      ErrorCodes.InconsistentRecord,
      join(path, laterKey),
      `a time on or after ${earlierKey} (${new Date(earlier).toISOString()})`,
      new Date(later).toISOString(),
    );
  }
}
