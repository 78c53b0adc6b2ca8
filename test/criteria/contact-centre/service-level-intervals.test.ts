import { describe, expect, it } from 'vitest';
import {
  checkAggregatorLaws,
  measure,
  normalizeCallRecords,
  period,
  periodOf,
  serviceLevelByInterval,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const call = (id: number, offeredAt: string, wait: number) => ({
  id,
  queue: 'q',
  offeredAt,
  answeredAt: new Date(Date.parse(offeredAt) + wait * 1000).toISOString(),
});

describe('contactCentre.serviceLevel per interval', () => {
  it('cuts 60-minute intervals on the wall clock of a half-hour zone (Asia/Kolkata, +05:30)', () => {
    const calls = normalizeCallRecords([
      call(1, '2026-10-28T04:05:00Z', 10), // 09:35 IST -> 09:00 interval, in time
      call(2, '2026-10-28T04:29:59Z', 40), // 09:59:59 IST -> 09:00 interval, late
      call(3, '2026-10-28T04:35:00Z', 20), // 10:05 IST -> 10:00 interval
    ]);
    const { intervals } = measure(
      serviceLevelByInterval({ period: periodOf('2026-10', 'Asia/Kolkata'), intervalMinutes: 60 }),
      calls,
    );
    expect(intervals.map((r) => r.label)).toEqual(['2026-10-28T09:00+05:30', '2026-10-28T10:00+05:30']);
    expect(intervals[0]?.start).toBe(Date.parse('2026-10-28T03:30:00Z'));
    expect(intervals[0]?.metrics.serviceLevel).toBe(0.5); // 1 of 2
    expect(intervals[1]?.metrics.serviceLevel).toBe(1);
  });

  it('keeps the repeated hour of the autumn DST change apart (Europe/Berlin, 25 October 2026)', () => {
    const calls = normalizeCallRecords([
      call(1, '2026-10-25T00:30:00Z', 10), // 02:30 CEST
      call(2, '2026-10-25T01:30:00Z', 10), // 02:30 CET, an hour later
    ]);
    const { intervals } = measure(
      serviceLevelByInterval({ period: periodOf('2026-10', 'Europe/Berlin'), intervalMinutes: 60 }),
      calls,
    );
    expect(intervals.map((r) => r.label)).toEqual(['2026-10-25T02:00+02:00', '2026-10-25T02:00+01:00']);
  });

  it('follows a 30-minute DST shift (Australia/Lord_Howe, +10:30 to +11:00 on 4 October 2026)', () => {
    const calls = normalizeCallRecords([
      call(1, '2026-10-03T15:20:00Z', 10), // 01:50 +10:30
      call(2, '2026-10-03T16:10:00Z', 10), // 03:10 +11:00
    ]);
    const { intervals } = measure(
      serviceLevelByInterval({ period: periodOf('2026-10', 'Australia/Lord_Howe'), intervalMinutes: 30 }),
      calls,
    );
    expect(intervals.map((r) => r.label)).toEqual(['2026-10-04T01:30+10:30', '2026-10-04T03:00+11:00']);
    expect(intervals.map((r) => r.start)).toEqual([
      Date.parse('2026-10-03T15:00:00Z'),
      Date.parse('2026-10-03T16:00:00Z'),
    ]);
  });

  it('cuts 15-minute intervals in UTC, reports calls outside the period and obeys the laws', () => {
    const calls = normalizeCallRecords([
      call(1, '2026-10-28T09:14:59Z', 10),
      call(2, '2026-10-28T09:15:00Z', 50),
      call(3, '2026-10-28T09:29:00Z', 5),
      call(4, '2026-11-01T00:00:00Z', 5), // outside October
    ]);
    const agg = serviceLevelByInterval({ period: periodOf('2026-10'), intervalMinutes: 15 });
    const result = measure(agg, calls);
    expect(result.intervals.map((r) => r.label)).toEqual([
      '2026-10-28T09:00+00:00',
      '2026-10-28T09:15+00:00',
    ]);
    expect(result.intervals[1]?.metrics.serviceLevel).toBe(0.5); // 50 s late, 5 s in time
    expect(result.outsidePeriod).toBe(1);
    checkAggregatorLaws(agg, calls);
  });

  it('rejects an interval other than 15, 30 or 60 minutes', () => {
    expect(
      failure(() => serviceLevelByInterval({ period: periodOf('2026-10'), intervalMinutes: 20 as 15 })),
    ).toBe('invalid-option at options.intervalMinutes');
  });

  it('labels a negative half-hour offset (America/St_Johns, -02:30) and cuts 30 minutes by default', () => {
    const calls = normalizeCallRecords([
      call(1, '2026-10-28T12:10:00Z', 10), // 09:40 NDT -> 09:30 interval
      call(2, '2026-10-28T12:31:00Z', 10), // 10:01 NDT -> 10:00 interval
    ]);
    const agg = serviceLevelByInterval({ period: periodOf('2026-10', 'America/St_Johns') });
    const { intervals, outsidePeriod } = measure(agg, calls);
    expect(intervals.map((r) => r.label)).toEqual(['2026-10-28T09:30-02:30', '2026-10-28T10:00-02:30']);
    expect(outsidePeriod).toBe(0);
    checkAggregatorLaws(agg, calls);
  });

  it('cuts wall-clock intervals in an offset of seconds (Kolkata, +5:21:10 in 1901) without the slot table', () => {
    // 04:40 UTC is 10:01:10 local, in the 10:00 interval, which starts at 10:00 − 5:21:10 = 04:38:50 UTC;
    // 04:38 UTC is 09:59:10 local, in the 09:00 interval (03:38:50 UTC).
    const calls = normalizeCallRecords([
      call(1, '1901-01-01T04:40:00Z', 10),
      call(2, '1901-01-01T04:38:00Z', 40),
    ]);
    const agg = serviceLevelByInterval({ period: periodOf('1901-01', 'Asia/Kolkata'), intervalMinutes: 60 });
    const { intervals } = measure(agg, calls);
    expect(intervals.map((r) => r.start)).toEqual([
      Date.UTC(1901, 0, 1, 3, 38, 50),
      Date.UTC(1901, 0, 1, 4, 38, 50),
    ]);
    expect(intervals.map((r) => r.metrics.serviceLevel)).toEqual([0, 1]); // 40 s is late, 10 s in time
    checkAggregatorLaws(agg, calls);
  });

  // The per-slot key table holds only when every slot's offset differs from the period's first by whole
  // quarter-hours; today's zones all do, these two changes of 1935 and 1941 do not.
  it('cuts at the wall clock after a 10-minute change of offset (Asia/Singapore, +07:20 to +07:30, 1 September 1941)', () => {
    // The period starts at 31 August 00:00 +07:20 = 30 August 16:40 UTC, so its quarter-hour slots start
    // at :10, :25, :40 and :55 past each UTC hour. After the change 17:35 UTC is 01:05 +07:30, in the
    // 01:00 interval (17:30 UTC), though its slot began at 17:25 UTC, at 00:55 local, in the 00:00 one.
    const calls = normalizeCallRecords([
      call(1, '1941-08-31T16:35:00Z', 10), // 23:55 +07:20, before the change
      call(2, '1941-08-31T17:35:00Z', 40), // 01:05 +07:30
    ]);
    const agg = serviceLevelByInterval({
      period: period({ from: '1941-08-31', to: '1941-09-01', timeZone: 'Asia/Singapore' }),
      intervalMinutes: 60,
    });
    const { intervals } = measure(agg, calls);
    expect(intervals.map((r) => [r.label, r.start, r.metrics.serviceLevel])).toEqual([
      ['1941-08-31T23:00+07:20', Date.UTC(1941, 7, 31, 15, 40), 1],
      ['1941-09-01T01:00+07:30', Date.UTC(1941, 7, 31, 17, 30), 0],
    ]);
    checkAggregatorLaws(agg, calls);
  });

  it('gives the intervals in time order after that change, whatever order the calls come in', () => {
    // After the change the intervals' keys are fractional quarter-hours (01:00 +07:30 is 17:30 UTC, 99⅓
    // slots after 16:40 UTC the day before), which Object.keys gives in the order they were added.
    const calls = normalizeCallRecords([
      call(1, '1941-08-31T19:35:00Z', 10), // 03:05 +07:30
      call(2, '1941-08-31T17:35:00Z', 10), // 01:05 +07:30
    ]);
    const agg = serviceLevelByInterval({
      period: period({ from: '1941-08-31', to: '1941-09-01', timeZone: 'Asia/Singapore' }),
      intervalMinutes: 60,
    });
    expect(measure(agg, calls).intervals.map((r) => [r.label, r.start])).toEqual([
      ['1941-09-01T01:00+07:30', Date.UTC(1941, 7, 31, 17, 30)],
      ['1941-09-01T03:00+07:30', Date.UTC(1941, 7, 31, 19, 30)],
    ]);
    checkAggregatorLaws(agg, calls);
  });

  it('cuts at the wall clock after a 16-second change of offset (America/Paramaribo, −3:40:52 to −3:40:36, 1935)', () => {
    // Both offsets are off the quarter-hours. The period starts at 31 December 00:00 −3:40:52 = 03:40:52
    // UTC. On 1 January 04:40:40 UTC is 01:00:04 −3:40:36, in the 01:00 interval (04:40:36 UTC); its
    // slot began at 04:25:52 UTC, at 00:45:16 local.
    const calls = normalizeCallRecords([call(1, '1935-01-01T04:40:40Z', 10)]);
    const agg = serviceLevelByInterval({
      period: period({ from: '1934-12-31', to: '1935-01-01', timeZone: 'America/Paramaribo' }),
      intervalMinutes: 60,
    });
    expect(measure(agg, calls).intervals.map((r) => [r.label, r.start])).toEqual([
      ['1935-01-01T01:00-03:40', Date.UTC(1935, 0, 1, 4, 40, 36)],
    ]);
    checkAggregatorLaws(agg, calls);
  });
});
