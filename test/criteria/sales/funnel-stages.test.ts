// The helpers of sales.opportunityFunnel on their own: where a deal stood at a date, how far it got,
// and whether each loss was refilled, each at the exact instants where the answer changes.
import { describe, expect, it } from 'vitest';
import { furthestIndex, openAt, refillCounts, stageAt } from '../../../src/criteria/sales/funnel-stages.js';
import type { Deal } from '../../../src/index.js';

const DAY = 86_400_000;
const t = (day: number) => Date.UTC(2026, 9, day);
const deal = (fields: object) => ({ createdAt: t(1), ...fields }) as Deal;
const change = (stage: string, day: number) => ({ stage, at: t(day) });

describe('openAt', () => {
  it('is open from its creation to just before its close', () => {
    const d = deal({ stage: 'won', closedAt: t(10) });
    expect([openAt(d, t(1)), openAt(d, t(10) - 1), openAt(d, t(10)), openAt(d, t(1) - 1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('stageAt', () => {
  it('without stage history: its stage while open, prospect once won or lost', () => {
    expect(stageAt(deal({ stage: 'proposal' }), t(5))).toBe('proposal');
    expect(stageAt(deal({ stage: 'proposal', stageChanges: [] }), t(5))).toBe('proposal');
    expect(stageAt(deal({ stage: 'won' }), t(5))).toBe('prospect');
    expect(stageAt(deal({ stage: 'lost' }), t(5))).toBe('prospect');
  });

  it('the last open stage reached at or before the date, whatever the order of the list', () => {
    const d = deal({
      stage: 'won',
      stageChanges: [change('proposal', 8), change('qualified', 3), change('won', 12)],
    });
    expect(stageAt(d, t(8))).toBe('proposal');
    expect(stageAt(d, t(8) - 1)).toBe('qualified');
    expect(stageAt(d, t(2))).toBe('prospect');
    // won and lost are not open stages: after the win it stays at the last open one.
    expect(stageAt(d, t(20))).toBe('proposal');
    const lost = deal({ stage: 'lost', stageChanges: [change('qualified', 3), change('lost', 9)] });
    expect(stageAt(lost, t(20))).toBe('qualified');
  });

  it('of two changes at the same instant, the one given last', () => {
    const d = deal({ stage: 'proposal', stageChanges: [change('qualified', 4), change('proposal', 4)] });
    expect(stageAt(d, t(4))).toBe('proposal');
  });
});

describe('furthestIndex', () => {
  it('4 for a deal won by the date, its close instant included', () => {
    expect(furthestIndex(deal({ stage: 'won', closedAt: t(10) }), t(10))).toBe(4);
    expect(furthestIndex(deal({ stage: 'won', closedAt: t(10) }), t(10) - 1)).toBe(0);
  });

  it('without history, the current open stage (a lost deal: prospect)', () => {
    expect(furthestIndex(deal({ stage: 'negotiation' }), t(5))).toBe(3);
    expect(furthestIndex(deal({ stage: 'proposal', stageChanges: [] }), t(5))).toBe(2);
    expect(furthestIndex(deal({ stage: 'lost' }), t(5))).toBe(0);
  });

  it('with history, the furthest open stage reached by the date; a win counts only from the close', () => {
    const d = deal({
      stage: 'won',
      closedAt: t(15),
      stageChanges: [change('negotiation', 9), change('qualified', 3), change('won', 12)],
    });
    expect(furthestIndex(d, t(9))).toBe(3);
    expect(furthestIndex(d, t(9) - 1)).toBe(1);
    expect(furthestIndex(d, t(14))).toBe(3);
    expect(furthestIndex(d, t(15))).toBe(4);
    // An open deal with history: its current stage is not taken for one it had not reached yet.
    const open = deal({
      stage: 'negotiation',
      stageChanges: [change('qualified', 3), change('negotiation', 9)],
    });
    expect(furthestIndex(open, t(5))).toBe(1);
  });
});

describe('refillCounts', () => {
  const window = 14 * DAY;
  it('refilled by a deal created after the loss and at most the window after it, by the date', () => {
    expect(refillCounts([t(1)], [t(1)], window, t(30))).toEqual({ losses: 1, due: 1, refilled: 0 });
    expect(refillCounts([t(1)], [t(1) + window], window, t(30))).toEqual({ losses: 1, due: 1, refilled: 1 });
    expect(refillCounts([t(1)], [t(1) + window + 1], window, t(30))).toEqual({
      losses: 1,
      due: 1,
      refilled: 0,
    });
  });

  it('counts a creation at the date itself, not after it, and a window ending at the date as due', () => {
    expect(refillCounts([t(1)], [t(5)], window, t(5))).toEqual({ losses: 1, due: 1, refilled: 1 });
    expect(refillCounts([t(1)], [t(5) + 1], window, t(5))).toEqual({ losses: 1, due: 0, refilled: 0 });
    expect(refillCounts([t(1)], [], window, t(1) + window)).toEqual({ losses: 1, due: 1, refilled: 0 });
    expect(refillCounts([t(1)], [], window, t(1) + window - 1)).toEqual({ losses: 1, due: 0, refilled: 0 });
  });
});
