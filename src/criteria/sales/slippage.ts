// Slippage of sales.planAttainment: when a deal's closing was postponed past the period.
import { DAY_MS } from '../../domain/period.js';
import type { CloseDateChange, Deal } from '../../domain/records/deal.js';
import { calendarDateOf } from '../../domain/time.js';

/** Two instants on the same calendar day in the zone (formats only when they could share one). */
function sameDay(a: number, b: number, timeZone: string): boolean {
  // A calendar day lasts up to 25 hours across a DST change: compare the dates whenever they could share one.
  return Math.abs(a - b) < DAY_MS + 7_200_000 && calendarDateOf(a, timeZone) === calendarDateOf(b, timeZone);
}

function byChangedAt(x: CloseDateChange, y: CloseDateChange): number {
  return x.changedAt - y.changedAt;
}

/**
 * Whether a deal's expected close date ends up moved from inside [start, end) to after it. Changes are
 * taken one day at a time (the day of `changedAt` in the period's zone): a day's net change runs from
 * its first change's `from` to its last change's `to`, so several changes on one day count once. Only
 * moves made from the period's start on count (earlier ones are replanning). A later day that brings the
 * date back inside the period undoes the slip; a date pulled forward never slips.
 * @internal
 */
export function movedOut(
  changes: readonly CloseDateChange[],
  start: number,
  end: number,
  timeZone: string,
): boolean {
  let list = changes;
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as CloseDateChange).changedAt < (list[i - 1] as CloseDateChange).changedAt) {
      list = [...changes].sort(byChangedAt);
      break;
    }
  }
  let out = false;
  let i = 0;
  while (i < list.length) {
    const first = list[i] as CloseDateChange;
    let last = first;
    let j = i + 1;
    while (j < list.length && sameDay(first.changedAt, (list[j] as CloseDateChange).changedAt, timeZone)) {
      last = list[j] as CloseDateChange;
      j++;
    }
    const inside = (t: number) => t >= start && t < end;
    // A move made before the period began is replanning, not postponing: only moves from its start on slip.
    if (inside(first.from) && last.to >= end && first.changedAt >= start) out = true;
    else if (inside(last.to)) out = false;
    i = j;
  }
  return out;
}

/** Ready in the period: an expected close date inside it (now or before a change), or negotiation reached before its end. @internal */
export function readyIn(d: Deal, start: number, end: number): boolean {
  if (d.expectedCloseAt !== undefined && d.expectedCloseAt >= start && d.expectedCloseAt < end) return true;
  for (const c of d.closeDateChanges ?? []) if (c.from >= start && c.from < end) return true;
  for (const s of d.stageChanges ?? []) if (s.stage === 'negotiation' && s.at < end) return true;
  return false;
}
