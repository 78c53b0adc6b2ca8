// From a CSV cell (always text) to the value a normaliser expects, guided by the type's JSON Schema.
// A cell that does not parse is passed on unchanged, so the normaliser reports it with its own
// message ("expected a number, got "12,5"") instead of this layer guessing.
import type { JsonSchema } from '../domain/fields.js';

/** @internal How a column's text becomes a value. */
export type CellKind = 'text' | 'number' | 'boolean' | 'json' | 'date';

const collectTypes = (schema: JsonSchema, into: Set<string>): void => {
  const type = schema.type;
  if (typeof type === 'string') into.add(type);
  if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^\\d{4}-\\d{2}-\\d{2}'))
    into.add('date');
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const sub of list) collectTypes(sub as JsonSchema, into);
  }
};

/** @internal The cell kind of each field of a record type's schema. */
export function cellKinds(schema: JsonSchema): Map<string, CellKind> {
  const kinds = new Map<string, CellKind>();
  const properties = schema.properties as Record<string, JsonSchema>; // every record schema has some
  for (const [field, property] of Object.entries(properties)) {
    const types = new Set<string>();
    collectTypes(property, types);
    kinds.set(
      field,
      types.has('array') || types.has('object')
        ? 'json'
        : types.has('date')
          ? 'date'
          : types.has('boolean')
            ? 'boolean'
            : !types.has('string') && (types.has('number') || types.has('integer'))
              ? 'number'
              : 'text',
    );
  }
  return kinds;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否']);

/**
 * @internal Converts one non-empty cell. `date` cells are left as text here: the reader reformats
 * them with the mapping's date formats first, and the normaliser reads ISO 8601 in the zone.
 */
export function parseCell(kind: CellKind, text: string): unknown {
  switch (kind) {
    case 'number':
      return NUMBER.test(text) ? Number(text) : text;
    case 'boolean': {
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    }
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}
