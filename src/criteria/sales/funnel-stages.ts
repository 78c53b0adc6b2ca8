// Helpers of sales.opportunityFunnel: where a deal stood at a date, how far it got, and whether each
// lost deal was followed by a new prospect.
import type { Deal, DealStage } from '../../domain/records/deal.js';

/** The stages a deal passes through on the way to `won`, in order (`lost` leaves the path). @internal */
export const PATH_STAGES = ['prospect', 'qualified', 'proposal', 'negotiation', 'won'] as const;
/** The open stages, in order. @internal */
export const OPEN_STAGES = ['prospect', 'qualified', 'proposal', 'negotiation'] as const;
/** One of {@link OPEN_STAGES}. @internal */
export type OpenStage = (typeof OPEN_STAGES)[number];

const PATH_INDEX: Readonly<Record<DealStage, number>> = {
  prospect: 0,
  qualified: 1,
  proposal: 2,
  negotiation: 3,
  won: 4,
  lost: -1,
};

/** Whether the deal was open at `asOf`: created by then and not closed by then. @internal */
export function openAt(d: Deal, asOf: number): boolean {
  return d.createdAt <= asOf && (d.closedAt === undefined || d.closedAt > asOf);
}

/**
 * The open stage of a deal open at `asOf`: its last stage change at or before `asOf`; without stage
 * history, its current stage while it is still open; otherwise `prospect` (every deal starts there).
 * @internal
 */
export function stageAt(d: Deal, asOf: number): OpenStage {
  const changes = d.stageChanges;
  if (changes === undefined || changes.length === 0) {
    return d.stage === 'won' || d.stage === 'lost' ? 'prospect' : d.stage;
  }
  let best: OpenStage = 'prospect';
  let bestAt = Number.NEGATIVE_INFINITY;
  for (const c of changes) {
    if (c.at <= asOf && c.at >= bestAt && c.stage !== 'won' && c.stage !== 'lost') {
      best = c.stage;
      bestAt = c.at;
    }
  }
  return best;
}

/**
 * The index in {@link PATH_STAGES} of the furthest stage a deal reached by `asOf` (0 prospect … 4 won).
 * Stages passed over (prospect straight to proposal) count as passed through. @internal
 */
export function furthestIndex(d: Deal, asOf: number): number {
  let furthest = 0;
  if (d.stage === 'won') {
    if ((d.closedAt as number) <= asOf) return 4;
  } else if (d.stage !== 'lost' && (d.stageChanges === undefined || d.stageChanges.length === 0)) {
    furthest = PATH_INDEX[d.stage];
  }
  for (const c of d.stageChanges ?? []) {
    const i = PATH_INDEX[c.stage];
    if (c.at <= asOf && i > furthest && i < 4) furthest = i;
  }
  return furthest;
}

/** The first index in sorted `xs` with `xs[i] > x`. @internal */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each loss: refilled when a deal was created in `(lostAt, lostAt + windowMs]` and by `asOf`; due
 * when refilled or its window has ended by `asOf`. @internal
 */
export function refillCounts(
  lostAt: readonly number[],
  createdAt: readonly number[],
  windowMs: number,
  asOf: number,
): { losses: number; due: number; refilled: number } {
  const created = createdAt.filter((t) => t <= asOf).sort((a, b) => a - b);
  let due = 0;
  let refilled = 0;
  for (const lost of lostAt) {
    const i = upperBound(created, lost);
    const hit = i < created.length && (created[i] as number) <= lost + windowMs;
    if (hit) refilled++;
    if (hit || lost + windowMs <= asOf) due++;
  }
  return { losses: lostAt.length, due, refilled };
}
