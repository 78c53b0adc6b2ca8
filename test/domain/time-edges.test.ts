// The edges of reading dates and zones: the first and last instant accepted, offsets at ±14:00, the
// days a calendar does not have, and the offset table against Intl around DST changes.
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, zoneOffsetMs } from '../../src/domain/time.js';
import { assertTimeZone, calendarDateOf, toEpochMillis } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const ZONE_EXPECTED = 'an IANA time zone name such as "Europe/Berlin"';

describe('assertTimeZone at its edges', () => {
  it('refuses a missing, empty or very long name, under the default path timeZone', () => {
    for (const [value, shown] of [
      [undefined, 'undefined'],
      [null, 'null'],
      ['', '""'],
    ] as const) {
      const error = errorOf(() => assertTimeZone(value));
      expect(error.code).toBe('invalid-time-zone');
      expect(error.message).toBe(`timeZone: expected ${ZONE_EXPECTED}, got ${shown}`);
    }
    expect(errorOf(() => assertTimeZone(`Europe/${'x'.repeat(100_000)}`)).code).toBe('invalid-time-zone');
  });
});

describe('toEpochMillis at its edges', () => {
  const EXPECTED = 'expected a Date, an ISO 8601 date-time string or epoch milliseconds';
  const RANGE = 'expected a date between 1900 and 2199';

  it('accepts the first and the last millisecond of 1900–2199 and nothing outside', () => {
    const first = Date.UTC(1900, 0, 1);
    const last = Date.UTC(2200, 0, 1) - 1;
    expect(toEpochMillis(first)).toBe(first);
    expect(toEpochMillis(last)).toBe(last);
    expect(toEpochMillis('1900-01-01T00:00:00Z')).toBe(first);
    expect(toEpochMillis('2199-12-31T23:59:59.999Z')).toBe(last);
    expect(errorOf(() => toEpochMillis(first - 1)).message).toBe(`input: ${RANGE}, got ${first - 1}`);
    expect(errorOf(() => toEpochMillis(last + 1)).message).toBe(`input: ${RANGE}, got ${last + 1}`);
  });

  it('refuses a year outside 1900–2199 as written, even when its offset brings the instant inside', () => {
    // 2200-01-01T00:00+14:00 is 2199-12-31T10:00Z, and 1899-12-31T23:00-14:00 is 1900-01-01T13:00Z.
    expect(errorOf(() => toEpochMillis('2200-01-01T00:00:00+14:00')).message).toBe(
      `input: ${RANGE}, got "2200-01-01T00:00:00+14:00"`,
    );
    expect(errorOf(() => toEpochMillis('1899-12-31T23:00:00-14:00', 'UTC', 'at')).path).toBe('at');
  });

  it('says what it expected of a value that is no date at all, and of an invalid Date', () => {
    expect(errorOf(() => toEpochMillis({})).message).toBe(`input: ${EXPECTED}, got an object`);
    expect(errorOf(() => toEpochMillis(new Date(Number.NaN))).message).toBe(
      `input: ${EXPECTED}, got Invalid Date`,
    );
    expect(errorOf(() => toEpochMillis('28/10/2026')).message).toBe(`input: ${EXPECTED}, got "28/10/2026"`);
    expect(errorOf(() => toEpochMillis(`2026-10-28T09:30:00Z${'0'.repeat(100_000)}`)).code).toBe(
      'invalid-date',
    );
  });

  it('refuses a month or day 00 and names a day or time that does not exist', () => {
    for (const text of [
      '2026-00-10',
      '2026-10-00',
      '2026-13-01',
      '2026-04-31',
      '2026-10-28T24:00',
      '2026-10-28T10:60', // not 11:00
      '2026-10-28T10:00:60',
    ]) {
      expect(errorOf(() => toEpochMillis(text)).message).toBe(
        `input: expected a real calendar date and time, got "${text}"`,
      );
    }
  });

  it('takes offsets up to ±14:00 with minutes up to 59, and refuses the rest', () => {
    const utc = Date.UTC(2026, 9, 28, 12);
    expect(toEpochMillis('2026-10-28T12:00:00+14:00')).toBe(utc - 14 * 3_600_000);
    expect(toEpochMillis('2026-10-28T12:00:00-14:00')).toBe(utc + 14 * 3_600_000);
    expect(toEpochMillis('2026-10-28T12:00:00+01:59')).toBe(utc - 119 * 60_000);
    for (const text of [
      '2026-10-28T12:00:00+14:01',
      '2026-10-28T12:00:00+01:60',
      '2026-10-28T12:00:00-15:00',
    ]) {
      expect(errorOf(() => toEpochMillis(text)).message).toBe(
        `input: expected a UTC offset between -14:00 and +14:00, got "${text}"`,
      );
    }
  });
});

describe('parseCalendarDate', () => {
  it('splits a real YYYY-MM-DD day of 1900–2199 into its numbers', () => {
    expect(parseCalendarDate('1900-01-01', 'from')).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseCalendarDate('2199-12-31', 'to')).toEqual({ year: 2199, month: 12, day: 31 });
    expect(parseCalendarDate('2028-02-29', 'to')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('refuses anything but exactly YYYY-MM-DD, including a one-element array that would print as one', () => {
    for (const [value, shown] of [
      [['2026-10-28'], 'an array of 1'],
      ['x2026-10-28', '"x2026-10-28"'],
      ['2026-10-28x', '"2026-10-28x"'],
      ['2026-10-28T00:00', '"2026-10-28T00:00"'],
    ] as const) {
      expect(errorOf(() => parseCalendarDate(value, 'from')).message).toBe(
        `from: expected a calendar date written YYYY-MM-DD, got ${shown}`,
      );
    }
  });

  it('refuses days a calendar does not have and years outside 1900–2199', () => {
    for (const text of [
      '1899-12-31',
      '2200-01-01',
      '2026-00-10',
      '2026-13-01',
      '2026-10-00',
      '2026-10-32',
      '2026-02-29',
    ]) {
      expect(errorOf(() => parseCalendarDate(text, 'to')).message).toBe(
        `to: expected a real calendar date between 1900 and 2199, got "${text}"`,
      );
    }
  });
});

describe('the table of zone offsets', () => {
  const HOUR = 3_600_000;
  const intl = (zone: string, t: number) => tzOffset(zone, new Date(t)) * 60_000;

  it('agrees with Intl at every hour of 2022 and a millisecond either side of every change', () => {
    // Tehran changed its offset in 2022 and not after; Lord Howe moves by 30 minutes.
    for (const zone of ['Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran']) {
      let changes = 0;
      for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2023, 0, 1); t += HOUR) {
        expect(zoneOffsetMs(zone, t)).toBe(intl(zone, t));
        if (intl(zone, t + HOUR) !== intl(zone, t)) {
          changes++;
          let lo = t;
          let hi = t + HOUR;
          while (hi - lo > 1) {
            const mid = lo + Math.floor((hi - lo) / 2);
            if (intl(zone, mid) === intl(zone, t)) lo = mid;
            else hi = mid;
          }
          expect([zoneOffsetMs(zone, lo), zoneOffsetMs(zone, hi)]).toEqual([intl(zone, lo), intl(zone, hi)]);
        }
      }
      expect(changes).toBe(2);
    }
  });

  it('finds a change on the last day of a 32-day block of the table', () => {
    // Berlin left summer time at 2022-10-30T01:00Z, 31 days and 1 hour into the block that starts
    // on 2022-09-29 (day 19,264 of the epoch, block 602): 22:30 UTC that evening is 23:30 in Berlin.
    expect(zoneOffsetMs('Europe/Berlin', Date.UTC(2022, 9, 30, 1) - 1)).toBe(2 * HOUR);
    expect(zoneOffsetMs('Europe/Berlin', Date.UTC(2022, 9, 30, 1))).toBe(HOUR);
    expect(calendarDateOf(Date.UTC(2022, 9, 30, 22, 30), 'Europe/Berlin')).toBe('2022-10-30');
  });
});
