import { Decimal } from '../domain/money.js';
import type { JsonValue } from './types.js';

/**
 * @internal A copy of a value as plain JSON data: Decimals become decimal strings, `undefined`
 * properties are dropped, null-prototype objects become plain ones, non-finite numbers become `null`
 * (the evaluators never produce them; this is a guard, not a path).
 */
export function toPlainJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Decimal.isDecimal(value)) return (value as Decimal).toString();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function') continue;
      // A key named `__proto__` stays a key, as JSON.parse would read it back.
      Object.defineProperty(out, key, {
        value: toPlainJson(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return null;
}
