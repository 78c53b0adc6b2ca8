import { describe, expect, it } from 'vitest';
import { assertTimeZone, calendarDateOf, toEpochMillis } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('toEpochMillis', () => {
  it('reads an ISO instant with Z or an offset exactly', () => {
    expect(toEpochMillis('2026-10-28T09:30:00Z')).toBe(Date.UTC(2026, 9, 28, 9, 30));
    expect(toEpochMillis('2026-10-28T09:30:00+01:00')).toBe(Date.UTC(2026, 9, 28, 8, 30));
    expect(toEpochMillis('2026-10-28T09:30:00-0330')).toBe(Date.UTC(2026, 9, 28, 13, 0));
    expect(toEpochMillis('2026-10-28T09:30:00.250Z')).toBe(Date.UTC(2026, 9, 28, 9, 30, 0, 250));
    expect(toEpochMillis('2026-10-28 09:30Z')).toBe(Date.UTC(2026, 9, 28, 9, 30));
  });

  it('reads a wall-clock time without offset in the zone it is given', () => {
    // Berlin is UTC+1 on 28 October 2026 (summer time ended on the 25th).
    expect(toEpochMillis('2026-10-28T09:30', 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 28, 8, 30));
    // Kolkata is UTC+5:30 all year.
    expect(toEpochMillis('2026-10-28', 'Asia/Kolkata')).toBe(Date.UTC(2026, 9, 27, 18, 30));
    expect(toEpochMillis('2026-10-28')).toBe(Date.UTC(2026, 9, 28));
  });

  it('moves a time a DST change skips forward, as date-fns does', () => {
    // Sao Paulo started summer time at midnight on 4 November 2018: 00:00 did not exist.
    expect(toEpochMillis('2018-11-04T00:00', 'America/Sao_Paulo')).toBe(Date.UTC(2018, 10, 4, 3, 0));
  });

  it('takes Date objects and integer epoch milliseconds', () => {
    expect(toEpochMillis(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1));
    expect(toEpochMillis(1793179800000)).toBe(1793179800000);
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['a 13th month', '2026-13-01'],
    ['hour 24', '2026-10-28T24:00Z'],
    ['free text', 'yesterday'],
    ['a US date', '10/28/2026'],
    ['an offset past 14 hours', '2026-10-28T09:00+15:00'],
    ['an offset of 14 hours and more minutes', '2026-10-28T09:00+14:30'],
    ['a two-digit year that Date.UTC would read as 1926', '0026-10-28T09:00Z'],
    ['year zero (Date.UTC would read 1900)', '0000-01-01'],
    ['a year out of range', '1850-01-01'],
    ['NaN', Number.NaN],
    ['a fractional epoch', 1.5],
    ['an invalid Date', new Date('nope')],
    ['a boolean', true],
    ['a very long string', `2026-10-28${'x'.repeat(100)}`],
  ])('rejects %s with invalid-date', (_label, value) => {
    const error = errorOf(() => toEpochMillis(value, 'UTC', 'deals[3].createdAt'));
    expect(error.code).toBe('invalid-date');
    expect(error.path).toBe('deals[3].createdAt');
  });

  it('accepts a leap day only in a leap year', () => {
    expect(toEpochMillis('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(errorOf(() => toEpochMillis('2026-02-29')).code).toBe('invalid-date');
  });
});

describe('time zones', () => {
  it('accepts IANA names and rejects others', () => {
    expect(assertTimeZone('Australia/Lord_Howe')).toBe('Australia/Lord_Howe');
    const error = errorOf(() => assertTimeZone('Mars/Olympus', 'manager.timeZone'));
    expect(error.code).toBe('invalid-time-zone');
    expect(error.message).toBe(
      'manager.timeZone: expected an IANA time zone name such as "Europe/Berlin", got "Mars/Olympus"',
    );
    expect(errorOf(() => assertTimeZone(42)).code).toBe('invalid-time-zone');
  });

  it('finds the calendar date of an instant in a zone', () => {
    expect(calendarDateOf(Date.UTC(2026, 9, 27, 23, 30), 'Europe/Berlin')).toBe('2026-10-28');
    expect(calendarDateOf(Date.UTC(2026, 9, 27, 23, 30), 'America/New_York')).toBe('2026-10-27');
    // Lord Howe is UTC+11 in (southern) summer: 13:00 UTC is midnight there.
    expect(calendarDateOf(Date.UTC(2026, 11, 31, 13, 0), 'Australia/Lord_Howe')).toBe('2027-01-01');
  });
});

describe('a wall-clock time in a zone the runtime cannot resolve', () => {
  it('is an invalid-date error, never NaN', () => {
    // TZDate gives NaN for an unknown zone; the range check must catch it rather than let it through.
    const error = errorOf(() => toEpochMillis('2026-10-28T09:00', 'Mars/Olympus', 'at'));
    expect(error.code).toBe('invalid-date');
    expect(error.path).toBe('at');
  });
});
