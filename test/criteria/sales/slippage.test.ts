// movedOut and readyIn, the two rules behind plan attainment's slippage, on their own: each bound of
// the period on both sides, a day's changes counted once, changes given out of order.
import { describe, expect, it } from 'vitest';
import { movedOut, readyIn } from '../../../src/criteria/sales/slippage.js';
import type { CloseDateChange, Deal } from '../../../src/index.js';

// October 2026 in UTC.
const start = Date.UTC(2026, 9, 1);
const end = Date.UTC(2026, 10, 1);
const at = (month: number, day: number, hour = 12) => Date.UTC(2026, month - 1, day, hour);
const change = (changedAt: number, from: number, to: number): CloseDateChange => ({ changedAt, from, to });
const slipped = (...changes: CloseDateChange[]) => movedOut(changes, start, end, 'UTC');

describe('movedOut', () => {
  it('is a close date moved from inside the period to after it, by a change made in the period', () => {
    expect(slipped()).toBe(false);
    expect(slipped(change(at(10, 5), at(10, 20), at(11, 10)))).toBe(true);
    // Made before the period: replanning. Made at its very first instant: a slip.
    expect(slipped(change(at(9, 28), at(10, 20), at(11, 10)))).toBe(false);
    expect(slipped(change(start, at(10, 20), at(11, 10)))).toBe(true);
  });

  it('counts a date from the first instant of the period, and to the first instant after it', () => {
    expect(slipped(change(at(10, 5), start, at(11, 10)))).toBe(true);
    expect(slipped(change(at(10, 5), end, at(11, 10)))).toBe(false);
    // An overdue date (September) moved in October to November was never inside October.
    expect(slipped(change(at(10, 5), start - 1, at(11, 10)))).toBe(false);
    expect(slipped(change(at(10, 5), at(10, 20), end))).toBe(true);
    expect(slipped(change(at(10, 5), at(10, 20), end - 1))).toBe(false);
  });

  it('is undone by a later day that brings the date back, and not by one that postpones it further', () => {
    const out = change(at(10, 5), at(10, 20), at(11, 10));
    expect(slipped(out, change(at(10, 12), at(11, 10), at(10, 25)))).toBe(false);
    expect(slipped(out, change(at(10, 12), at(11, 10), at(12, 1)))).toBe(true);
  });

  it("takes a day's changes as one: out at 09:00 and back at 15:00 is no slip", () => {
    expect(
      slipped(change(at(10, 5, 9), at(10, 20), at(11, 10)), change(at(10, 5, 15), at(11, 10), at(10, 28))),
    ).toBe(false);
  });

  it('orders changes given out of order by when they were made, without touching the list', () => {
    const list = Object.freeze([
      change(at(10, 12), at(11, 10), at(10, 25)),
      change(at(10, 20), at(10, 25), at(10, 30)),
      change(at(10, 5), at(10, 20), at(11, 10)),
    ]);
    // In time order: out on the 5th, back on the 12th, moved within October on the 20th.
    expect(movedOut(list, start, end, 'UTC')).toBe(false);
    const reslipped = Object.freeze([change(at(10, 26), at(10, 30), at(11, 3)), ...list]);
    expect(movedOut(reslipped, start, end, 'UTC')).toBe(true);
    // Newest first, no pair in order: still read oldest first (out on the 5th, back on the 12th).
    const newestFirst = Object.freeze([list[0]!, list[2]!]);
    expect(movedOut(newestFirst, start, end, 'UTC')).toBe(false);
  });
});

describe('readyIn', () => {
  const deal = (fields: Partial<Deal>) => fields as Deal;
  it('is an expected close date inside the period, its first instant included and the end excluded', () => {
    expect(readyIn(deal({ expectedCloseAt: start }), start, end)).toBe(true);
    expect(readyIn(deal({ expectedCloseAt: end - 1 }), start, end)).toBe(true);
    expect(readyIn(deal({ expectedCloseAt: end }), start, end)).toBe(false);
    expect(readyIn(deal({ expectedCloseAt: start - 1 }), start, end)).toBe(false);
    expect(readyIn(deal({}), start, end)).toBe(false);
  });

  it('or a close date that was inside it before a change', () => {
    const moved = (from: number) =>
      deal({ expectedCloseAt: at(12, 1), closeDateChanges: [change(at(10, 5), from, at(12, 1))] });
    expect(readyIn(moved(start), start, end)).toBe(true);
    expect(readyIn(moved(end), start, end)).toBe(false);
    expect(readyIn(moved(start - 1), start, end)).toBe(false);
  });

  it('or negotiation reached before the end of the period', () => {
    const negotiating = (when: number) =>
      deal({ stageChanges: [{ stage: 'negotiation', at: when }] } as Partial<Deal>);
    expect(readyIn(negotiating(end - 1), start, end)).toBe(true);
    expect(readyIn(negotiating(end), start, end)).toBe(false);
    expect(
      readyIn(deal({ stageChanges: [{ stage: 'proposal', at: start }] } as Partial<Deal>), start, end),
    ).toBe(false);
  });
});
