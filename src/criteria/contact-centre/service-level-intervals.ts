import type { Aggregator } from '../../core/aggregator.js';
import { ErrorCodes, fail } from '../../domain/errors.js';
import { checkOptionsObject } from '../../domain/fields.js';
import type { CallRecord } from '../../domain/records/call.js';
import { zoneOffsetMs } from '../../domain/time.js';
import type { Profile } from '../../profiles/profile.js';
import {
  type ServiceLevelMetrics,
  type ServiceLevelOptions,
  type ServiceLevelState,
  serviceLevelAggregator,
} from './service-level.js';

const SLOT_MS = 15 * 60_000;

/**
 * Options of {@link serviceLevelByInterval}: those of the service level and the interval length.
 *
 * @example
 * ```ts
 * import { periodOf, type ServiceLevelIntervalOptions } from '@org/cs-metrics';
 * const options: ServiceLevelIntervalOptions = { period: periodOf('2026-10', 'Asia/Kolkata'), intervalMinutes: 30 };
 * ```
 */
export interface ServiceLevelIntervalOptions extends ServiceLevelOptions {
  /** 15, 30 or 60 minutes of the centre's wall clock (the period's time zone); default 30. */
  readonly intervalMinutes?: 15 | 30 | 60;
}

/**
 * One interval of {@link serviceLevelByInterval}'s result.
 *
 * @example
 * ```ts
 * import type { ServiceLevelInterval } from '@org/cs-metrics';
 * const row: Pick<ServiceLevelInterval, 'label'> = { label: '2026-10-28T09:30+05:30' };
 * ```
 */
export interface ServiceLevelInterval {
  /** Epoch ms of the interval's start. */
  readonly start: number;
  /** The local start with its UTC offset, `YYYY-MM-DDTHH:mm±hh:mm` (the repeated hour of a DST change has two rows). */
  readonly label: string;
  readonly metrics: ServiceLevelMetrics;
}

/**
 * What {@link serviceLevelByInterval} finishes with.
 *
 * @example
 * ```ts
 * import type { ServiceLevelIntervals } from '@org/cs-metrics';
 * const empty: ServiceLevelIntervals = { intervals: [], outsidePeriod: 0 };
 * ```
 */
export interface ServiceLevelIntervals {
  /** The intervals with calls, in time order. */
  readonly intervals: ServiceLevelInterval[];
  /** Calls offered outside the period (skipped). */
  readonly outsidePeriod: number;
}

/**
 * The service level per interval of 15, 30 or 60 minutes in the centre's time zone, in one pass.
 * The interval of a call is computed arithmetically from its offer time and the zone offset in
 * force at that instant (a table per 15 minutes of the period, built once), so zones with 30- or
 * 45-minute offsets (Asia/Kolkata, Asia/Kathmandu) and DST days get wall-clock intervals. The
 * state is keyed by the interval's start as a count of 15-minute steps from the period start.
 * Only intervals with calls appear; rows are in time order.
 *
 * @example
 * ```ts
 * import { measure, normalizeCallRecords, periodOf, serviceLevelByInterval } from '@org/cs-metrics';
 * const calls = normalizeCallRecords([
 *   { id: 1, queue: 'q', offeredAt: '2026-10-28T04:05:00Z', answeredAt: '2026-10-28T04:05:10Z' },
 * ]);
 * const { intervals: rows } = measure(serviceLevelByInterval({ period: periodOf('2026-10', 'Asia/Kolkata'), intervalMinutes: 60 }), calls);
 * rows[0]?.label; // '2026-10-28T09:00+05:30'
 * ```
 */
export function serviceLevelByInterval(
  options: ServiceLevelIntervalOptions & { readonly profile?: Profile },
): Aggregator<CallRecord, Record<string, ServiceLevelState>, ServiceLevelIntervals> {
  checkOptionsObject(options);
  const minutes = options.intervalMinutes ?? 30;
  if (minutes !== 15 && minutes !== 30 && minutes !== 60) {
    fail(ErrorCodes.InvalidOption, 'options.intervalMinutes', '15, 30 or 60', minutes);
  }
  const inner = serviceLevelAggregator(options);
  const { start, end, timeZone } = options.period;
  const intervalMs = minutes * 60_000;
  const slots = Math.ceil((end - start) / SLOT_MS);
  // The zone offset (ms) in force during each 15-minute slot of the period: offsets change only
  // on 15-minute boundaries of UTC in every zone in use.
  const offsets = new Float64Array(slots);
  for (let i = 0; i < slots; i++) {
    const t = start + i * SLOT_MS;
    offsets[i] = zoneOffsetMs(timeZone, t);
  }
  // With offsets in whole quarter-hours, every instant of a slot falls in the same wall-clock
  // interval, so the interval key of each slot is computed here once and `add` only reads it.
  const keyOfSlot = offsets.every((off) => off % SLOT_MS === 0) ? new Int32Array(slots) : null;
  if (keyOfSlot !== null) {
    for (let i = 0; i < slots; i++) keyOfSlot[i] = keyOf(start + i * SLOT_MS, offsets[i] as number);
  }
  function keyOf(t: number, off: number): number {
    const local = t + off;
    return (local - (((local % intervalMs) + intervalMs) % intervalMs) - off - start) / SLOT_MS;
  }
  const emptyState = inner.init;
  return {
    init: () => Object.create(null) as Record<string, ServiceLevelState>,
    add(state, call) {
      const t = call.offeredAt;
      if (t < start || t >= end) {
        // counted once, in the bucket −1, so the skip is still reported
        let skipped = state[-1];
        if (skipped === undefined) {
          skipped = emptyState();
          state[-1] = skipped;
        }
        skipped.outsidePeriod++;
        return state;
      }
      const slot = Math.floor((t - start) / SLOT_MS);
      const key = keyOfSlot !== null ? (keyOfSlot[slot] as number) : keyOf(t, offsets[slot] as number);
      let current = state[key];
      if (current === undefined) {
        current = emptyState();
        state[key] = current;
      }
      inner.add(current, call);
      return state;
    },
    merge(a, b) {
      const out = Object.create(null) as Record<string, ServiceLevelState>;
      for (const key of Object.keys(a)) out[key] = inner.merge(emptyState(), a[key] as ServiceLevelState);
      for (const key of Object.keys(b)) {
        out[key] = inner.merge(out[key] ?? emptyState(), b[key] as ServiceLevelState);
      }
      return out;
    },
    finish(state) {
      const rows: ServiceLevelInterval[] = [];
      // In time order. Object.keys gives whole-number keys in ascending order, but after a historical
      // change of offset off the quarter-hours (Singapore, 1941) a key is fractional, and such keys
      // come in insertion order: sorted here. The bucket −1 (calls outside the period) is left out.
      const keys = Object.keys(state)
        .map(Number)
        .filter((k) => k >= 0)
        .sort((x, y) => x - y);
      for (const k of keys) {
        const at = start + k * SLOT_MS;
        const off = zoneOffsetMs(timeZone, at);
        const sign = off < 0 ? '-' : '+';
        const abs = Math.floor(Math.abs(off) / 60_000); // an offset with seconds is labelled to the minute
        const hh = String(Math.floor(abs / 60)).padStart(2, '0');
        const mm = String(abs % 60).padStart(2, '0');
        const label = `${new Date(at + off).toISOString().slice(0, 16)}${sign}${hh}:${mm}`;
        rows.push({ start: at, label, metrics: inner.finish(state[k] as ServiceLevelState) });
      }
      return { intervals: rows, outsidePeriod: state[-1]?.outsidePeriod ?? 0 };
    },
  };
}
