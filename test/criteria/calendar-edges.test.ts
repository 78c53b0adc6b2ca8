// The calendar's awkward days, met by the criteria (the domain's own cases are in
// test/domain/period.test.ts): DST days, month ends, ISO week 53 and leap days. Every zone is named
// explicitly, so these hold whatever TZ the process runs under (CI runs the suite in five).
import { describe, expect, it } from 'vitest';
import {
  measure,
  meetingRateAggregator,
  normalizeCallRecord,
  normalizeInteraction,
  period,
  periodOf,
  serviceLevelAggregator,
  serviceLevelByInterval,
} from '../../src/index.js';

const meetingIn = (timeZone: string) => (at: string | number) =>
  normalizeInteraction({ id: String(at), managerId: 'm1', kind: 'meeting', at }, { timeZone });

describe('meetingRate on a DST day', () => {
  it('a meeting late on the 25-hour day summer time ends (London, Sunday 25 October 2026) counts on that day', () => {
    const london = meetingIn('Europe/London');
    const p = period({ from: '2026-10-25', to: '2026-10-26', timeZone: 'Europe/London' });
    // 23:30 on the 25th is 23:30Z (GMT again); a 24-hour guess from 00:00 BST (23:00Z on the 24th)
    // would put it on the 26th. 01:30 happens twice; both are on the 25th.
    const m = measure(meetingRateAggregator({ period: p }), [
      london('2026-10-25T23:30'),
      london('2026-10-25T00:30:00Z'), // 01:30 BST, the first time
      london('2026-10-25T01:30:00Z'), // 01:30 GMT, the second time
      london('2026-10-26T09:00'),
    ]);
    // Sunday the 25th is not a working day; Monday the 26th is: 3 meetings fall on the Sunday.
    expect(m.meetingsOnNonWorkingDays).toBe(3);
    expect(m.meetings).toBe(4);
    expect(m.workingDays).toBe(1);
    // The rate divides every meeting by the working days: 4 ÷ 1.
    expect(m.meetingsPerWorkingDay).toBe(4);
    expect(m.perIsoWeek.map((w) => [w.week, w.meetings])).toEqual([
      ['2026-W43', 3],
      ['2026-W44', 1],
    ]);
  });

  it('the 23-hour day summer time starts (London, 29 March 2026) ends at 23:00Z', () => {
    const london = meetingIn('Europe/London');
    const p = period({ from: '2026-03-29', to: '2026-03-29', timeZone: 'Europe/London' });
    // 29 March starts at 00:00Z (GMT) and ends at 30 March 00:00 BST = 29 March 23:00Z.
    expect(p.end - p.start).toBe(23 * 3_600_000);
    const m = measure(meetingRateAggregator({ period: p }), [
      london('2026-03-29T22:59:59Z'), // 23:59:59 BST: inside
      london('2026-03-29T23:00:00Z'), // 00:00 BST on the 30th: outside
    ]);
    expect([m.meetings, m.outsidePeriod]).toEqual([1, 1]);
  });
});

describe('month ends', () => {
  it('23:59:59 on 31 October in Kolkata is October; midnight is November', () => {
    const kolkata = meetingIn('Asia/Kolkata');
    const m = measure(meetingRateAggregator({ period: periodOf('2026-10', 'Asia/Kolkata') }), [
      kolkata('2026-10-31T23:59:59'),
      kolkata('2026-11-01T00:00:00'),
      kolkata('2026-10-01T00:00:00'),
      kolkata('2026-09-30T23:59:59'),
    ]);
    expect([m.meetings, m.outsidePeriod]).toEqual([2, 2]);
  });

  it('a call offered at 23:59:59.999 on the last day of a 31-day month counts; one at 00:00 of the 1st does not', () => {
    // São Paulo is UTC−03:00 all year: 31 October 23:59:59.999 local is 1 November 02:59:59.999Z.
    const p = periodOf('2026-10', 'America/Sao_Paulo');
    const offered = (at: string) =>
      normalizeCallRecord({ id: at, queue: 'q', offeredAt: at, outcome: 'answered', waitSeconds: 10 });
    const m = measure(serviceLevelAggregator({ period: p }), [
      offered('2026-11-01T02:59:59.999Z'),
      offered('2026-11-01T03:00:00Z'),
    ]);
    expect([m.offered, m.outsidePeriod]).toEqual([1, 1]);
  });
});

describe('ISO week 53 and leap days', () => {
  it('meetings from 28 December 2026 to 3 January 2027 all fall in 2026-W53, which has 5 working days', () => {
    const utc = meetingIn('UTC');
    const p = period({ from: '2026-12-28', to: '2027-01-03' });
    const m = measure(meetingRateAggregator({ period: p }), [
      utc('2026-12-28T10:00'),
      utc('2027-01-01T10:00'), // a Friday: a working day under the default calendar (no holidays)
      utc('2027-01-03T10:00'), // a Sunday
    ]);
    // Monday 28 December to Friday 1 January: 5 working days; 2 meetings on them.
    expect(m.perIsoWeek).toEqual([
      { week: '2026-W53', meetings: 3, workingDays: 5, meetingsPerWorkingDay: 3 / 5 },
    ]);
    expect(m.meetingsOnNonWorkingDays).toBe(1);
  });

  it('February 2028 (a leap year) has 29 days and 21 working days; a meeting on the 29th counts', () => {
    // 1 January 2028 is a Saturday (2027 began on a Friday and has 365 days), so 1 February is a
    // Tuesday (31 days = 4 weeks + 3 days later). Weekends: Saturdays 5, 12, 19, 26 and Sundays 6,
    // 13, 20, 27: 29 − 8 = 21 working days.
    const utc = meetingIn('UTC');
    const m = measure(meetingRateAggregator({ period: periodOf('2028-02') }), [
      utc('2028-02-29T15:00'),
      utc('2028-03-01T00:00'),
    ]);
    expect([m.meetings, m.outsidePeriod, m.workingDays]).toEqual([1, 1, 21]);
    expect(m.meetingsPerWorkingDay).toBe(1 / 21);
  });

  it('service-level intervals of the leap day in Lord Howe (UTC+11:00 in February) start at local midnight', () => {
    const p = period({ from: '2028-02-29', to: '2028-02-29', timeZone: 'Australia/Lord_Howe' });
    const call = normalizeCallRecord(
      { id: 'c', queue: 'q', offeredAt: '2028-02-29T00:10', outcome: 'answered', waitSeconds: 5 },
      { timeZone: 'Australia/Lord_Howe' },
    );
    const r = measure(serviceLevelByInterval({ period: p, intervalMinutes: 30 }), [call]);
    expect(r.intervals.map((i) => i.label)).toEqual(['2028-02-29T00:00+11:00']);
    // Local midnight at +11:00 is 13:00Z the day before.
    expect(r.intervals[0]?.start).toBe(Date.UTC(2028, 1, 28, 13));
  });
});
