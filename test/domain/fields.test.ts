// The field kinds every record type is built from: each refusal with its message, and each bound on
// both sides.
import { describe, expect, it } from 'vitest';
import { boolean, identifier, list, objectKind, oneOf, optional, text } from '../../src/domain/fields.js';
import { errorOf } from '../helpers.js';

const messageOf = (fn: () => unknown) => errorOf(fn).message;

describe('text', () => {
  const name = text(3);
  it('takes a string of 1 to maxLength characters', () => {
    expect(name.check('abc', 'name', 'UTC')).toBe('abc');
    expect(name.check('a', 'name', 'UTC')).toBe('a');
  });
  it('refuses a non-string, an empty or too long string and U+0000, saying which', () => {
    expect(messageOf(() => name.check(5, 'name', 'UTC'))).toBe('name: expected a string, got 5');
    expect(messageOf(() => name.check('', 'name', 'UTC'))).toBe('name: expected a non-empty string, got ""');
    expect(messageOf(() => name.check('abcd', 'name', 'UTC'))).toBe(
      'name: expected a string of at most 3 characters, got "abcd"',
    );
    expect(messageOf(() => name.check('a\u0000', 'name', 'UTC'))).toBe(
      'name: expected text without U+0000, got "a\\u0000"',
    );
  });
});

describe('identifier', () => {
  it('keeps a string of 1 to 200 characters and writes a safe integer as a string', () => {
    expect(identifier.check('x'.repeat(200), 'id', 'UTC')).toHaveLength(200);
    expect(identifier.check(42, 'id', 'UTC')).toBe('42');
  });
  it('refuses other numbers and types, empty or long ids and U+0000', () => {
    for (const [value, shown] of [
      [1.5, '1.5'],
      [2 ** 53, '9007199254740992'],
      [{}, 'an object'],
    ] as const) {
      expect(messageOf(() => identifier.check(value, 'id', 'UTC'))).toBe(
        `id: expected an id (a string or an integer), got ${shown}`,
      );
    }
    expect(messageOf(() => identifier.check('', 'id', 'UTC'))).toBe(
      'id: expected an id of 1 to 200 characters, got ""',
    );
    expect(errorOf(() => identifier.check('x'.repeat(201), 'id', 'UTC')).expected).toBe(
      'an id of 1 to 200 characters',
    );
    expect(messageOf(() => identifier.check('a\u0000b', 'id', 'UTC'))).toBe(
      'id: expected an id without U+0000, got "a\\u0000b"',
    );
  });
});

describe('oneOf, boolean and list', () => {
  it('refuses what is not one of the values, a boolean or an array', () => {
    const stage = oneOf(['won', 'lost']);
    expect(stage.check('won', 'stage', 'UTC')).toBe('won');
    expect(messageOf(() => stage.check(1, 'stage', 'UTC'))).toBe(
      'stage: expected one of "won", "lost", got 1',
    );
    expect(messageOf(() => boolean.check('yes', 'vip', 'UTC'))).toBe(
      'vip: expected true or false, got "yes"',
    );
    expect(messageOf(() => list(boolean).check('x', 'flags', 'UTC'))).toBe(
      'flags: expected an array, got "x"',
    );
  });
});

describe('objectKind', () => {
  const kind = objectKind<{ name: string; vip?: boolean }>({
    name: { kind: text(10), optional: false, description: 'the name' },
    vip: optional(boolean, 'whether a VIP'),
  });
  it('refuses null and other non-objects as the whole record', () => {
    for (const [value, shown] of [
      [null, 'null'],
      [[], 'an array of 0'],
      [new Date(0), 'Date(1970-01-01T00:00:00.000Z)'],
      ['x', '"x"'],
    ] as const) {
      expect(messageOf(() => kind.check(value, 'customers[3]', 'UTC'))).toBe(
        `customers[3]: expected an object, got ${shown}`,
      );
    }
  });
  it('names every field it knows when it meets one it does not', () => {
    expect(messageOf(() => kind.check({ name: 'A', colour: 'red' }, 'c', 'UTC'))).toBe(
      'c.colour: expected only the fields name, vip, got "colour"',
    );
  });
});
