// Day, ISO-week and month buckets in a named zone against plain UTC arithmetic on the same instants.
import {
  calendarDateOf,
  dayIndexer,
  isoWeekIndexer,
  monthIndexer,
  period,
  periodOf,
} from '../../../src/index.js';
import type { BenchDataset } from '../data.js';
import { assertSame, type BenchCase } from '../harness.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const ZONE = 'Europe/Berlin'; // a DST change on 25 October 2026, inside the month

export function zonedCases(data: BenchDataset): BenchCase[] {
  const times = Float64Array.from(data.calls, (c) => c.offeredAt);
  const n = times.length;
  const month = periodOf(data.month, ZONE);
  const quarter = period({ from: '2026-10-01', to: '2026-12-31', timeZone: ZONE });
  const utcStart = periodOf(data.month, 'UTC').start;
  const utcEnd = periodOf(data.month, 'UTC').end;
  // ISO weeks start on Monday; 1970-01-05 was one.
  const firstMonday = Math.floor((utcStart - 4 * DAY) / WEEK) * WEEK + 4 * DAY;
  const sums = (xs: Int32Array) => xs.reduce((a, b) => a + b, 0);
  // Built once per case, as an aggregator builds it once: a fresh closure per timed run would only
  // measure V8 throwing away the loop's optimised code ("wrong call target") each run.
  const dayOfT = dayIndexer(month);
  const weekOfT = isoWeekIndexer(month);
  const monthOfT = monthIndexer(quarter);

  const utcDays = () => {
    const counts = new Int32Array(32);
    for (let i = 0; i < n; i++) {
      const t = times[i] as number;
      if (t >= utcStart && t < utcEnd) {
        const k = Math.floor((t - utcStart) / DAY);
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts);
  };
  const zonedDays = () => {
    const indexOf = dayOfT;
    const counts = new Int32Array(32);
    for (let i = 0; i < n; i++) {
      const d = indexOf(times[i] as number);
      if (d >= 0) {
        const k = d;
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts) + (n - sums(counts)); // all instants were looked at: compare the total
  };
  const utcWeeks = () => {
    const counts = new Int32Array(8);
    for (let i = 0; i < n; i++) {
      const t = times[i] as number;
      if (t >= utcStart && t < utcEnd) {
        const k = Math.floor((t - firstMonday) / WEEK);
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts);
  };
  const zonedWeeks = () => {
    const indexOf = weekOfT;
    const counts = new Int32Array(8);
    for (let i = 0; i < n; i++) {
      const w = indexOf(times[i] as number);
      if (w >= 0) {
        const k = w;
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts) + (n - sums(counts));
  };
  const november = Date.UTC(2026, 10, 1);
  const december = Date.UTC(2026, 11, 1);
  const january = Date.UTC(2027, 0, 1);
  const utcMonths = () => {
    // Hand-written: compare with the UTC month starts of the quarter.
    const counts = new Int32Array(3);
    for (let i = 0; i < n; i++) {
      const t = times[i] as number;
      if (t >= utcStart && t < january) {
        const k = t < november ? 0 : t < december ? 1 : 2;
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts);
  };
  const zonedMonths = () => {
    const indexOf = monthOfT;
    const counts = new Int32Array(3);
    for (let i = 0; i < n; i++) {
      const m = indexOf(times[i] as number);
      if (m >= 0) {
        const k = m;
        counts[k] = (counts[k] as number) + 1;
      }
    }
    return sums(counts) + (n - sums(counts));
  };
  const utcDates = () => {
    let chars = 0;
    for (let i = 0; i < n; i++) {
      const t = times[i] as number;
      const d = new Date(t - (t % DAY));
      const m = d.getUTCMonth() + 1;
      const day = d.getUTCDate();
      chars += `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`.length;
    }
    return chars;
  };
  const zonedDates = () => {
    let chars = 0;
    for (let i = 0; i < n; i++) chars += calendarDateOf(times[i] as number, ZONE).length;
    return chars;
  };
  const check = (what: string) => (a: unknown, b: unknown) => assertSame(what, a, b);
  const rows = (what: string): string => `${what}, ${n.toLocaleString('en')} instants in ${ZONE}`;
  return [
    {
      name: rows('Day index'),
      baselineName: 'UTC: floor((t − start) / 86 400 000)',
      baseline: utcDays,
      library: zonedDays,
      target: 3,
      check: check('days'),
    },
    {
      name: rows('ISO-week index'),
      baselineName: 'UTC: floor((t − Monday) / 604 800 000)',
      baseline: utcWeeks,
      library: zonedWeeks,
      target: 3,
      check: check('weeks'),
    },
    {
      name: rows('Month index (Q4)'),
      baselineName: 'UTC: compare with the month starts',
      baseline: utcMonths,
      library: zonedMonths,
      target: 3,
      check: check('months'),
    },
    {
      name: rows('Calendar date string (calendarDateOf)'),
      baselineName: 'UTC: YYYY-MM-DD from Date getters',
      baseline: utcDates,
      library: zonedDates,
      target: 3,
      check: check('dates'),
    },
  ];
}
