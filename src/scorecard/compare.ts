import type { Rating } from '../core/band.js';
import { CRITERION_IDS, type CriterionId } from '../core/criteria.js';
import { type Explanation, roundTo } from '../core/evaluation.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import { scorecardMessage } from './messages.js';
import type { ManagerScorecard, ScorecardCriterionResult, ScorecardPeriod } from './types.js';

/**
 * How a score moved from one period to the next:
 * - `rose` / `fell` / `unchanged`: scored in both periods (by the score, which already knows whether
 *   more or less of the value is better);
 * - `new`: scored now, not before; `dropped`: scored before, not now;
 * - `not-compared`: scored in neither.
 *
 * @example
 * ```ts
 * import type { ScoreChange } from '@org/cs-metrics';
 * const change: ScoreChange = 'fell';
 * ```
 */
export type ScoreChange = 'rose' | 'fell' | 'unchanged' | 'new' | 'dropped' | 'not-compared';

/**
 * One criterion (or the overall score) in two periods. Deltas are `current − previous`, `null` unless
 * both sides have the number; score deltas are rounded to 0.1 (scores are), value deltas to 10 decimals.
 *
 * @example
 * ```ts
 * import type { CriterionChange } from '@org/cs-metrics';
 * const c: CriterionChange = {
 *   criterion: 'sales.meetingRate', change: 'rose', unit: 'meetings/working day',
 *   previous: { value: 0.5, score: 40, rating: 'fair' }, current: { value: 1, score: 60, rating: 'good' },
 *   scoreDelta: 20, valueDelta: 0.5,
 * };
 * ```
 */
export interface CriterionChange {
  readonly criterion: CriterionId;
  readonly change: ScoreChange;
  readonly unit: string | null;
  readonly previous: {
    readonly value: number | null;
    readonly score: number | null;
    readonly rating: Rating | null;
  };
  readonly current: {
    readonly value: number | null;
    readonly score: number | null;
    readonly rating: Rating | null;
  };
  readonly scoreDelta: number | null;
  readonly valueDelta: number | null;
}

/**
 * A manager's scorecard against the previous period's: per criterion and overall, what rose, what
 * fell and by how much. Plain JSON data.
 *
 * @example
 * ```ts
 * import type { PeriodComparison } from '@org/cs-metrics';
 * const unchanged = { value: null, score: 50, rating: 'fair' } as const;
 * const comparison: PeriodComparison = {
 *   kind: 'period-comparison', managerId: 'm1',
 *   current: { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC', start: 1793491200000, end: 1796083200000 },
 *   previous: { from: '2026-10-01', to: '2026-10-31', timeZone: 'UTC', start: 1790812800000, end: 1793491200000 },
 *   overall: { change: 'unchanged', previous: unchanged, current: unchanged, scoreDelta: 0 },
 *   criteria: [], rose: [], fell: [], unchanged: [], new: [], dropped: [], notes: [],
 * };
 * ```
 */
export interface PeriodComparison {
  readonly kind: 'period-comparison';
  readonly managerId: string;
  readonly current: ScorecardPeriod;
  readonly previous: ScorecardPeriod;
  readonly overall: {
    readonly change: ScoreChange;
    readonly previous: { readonly value: null; readonly score: number | null; readonly rating: Rating };
    readonly current: { readonly value: null; readonly score: number | null; readonly rating: Rating };
    readonly scoreDelta: number | null;
  };
  /** Every criterion listed in either scorecard, in criterion order. */
  readonly criteria: readonly CriterionChange[];
  /** Criterion ids by change, in criterion order; `rose` and `fell` by the size of the move, largest first. */
  readonly rose: readonly CriterionId[];
  readonly fell: readonly CriterionId[];
  readonly unchanged: readonly CriterionId[];
  readonly new: readonly CriterionId[];
  readonly dropped: readonly CriterionId[];
  readonly notes: readonly Explanation[];
}

function changeOf(before: number | null, after: number | null): ScoreChange {
  if (before === null) return after === null ? 'not-compared' : 'new';
  if (after === null) return 'dropped';
  const d = roundTo(after - before, 1);
  return d > 0 ? 'rose' : d < 0 ? 'fell' : 'unchanged';
}

function side(c: ScorecardCriterionResult | undefined) {
  return c === undefined
    ? { value: null, score: null, rating: null }
    : { value: c.value, score: c.score, rating: c.rating };
}

function checkCard(card: unknown, path: string): ManagerScorecard {
  const c = card as ManagerScorecard;
  if (typeof c !== 'object' || c === null || c.kind !== 'manager-scorecard' || !Array.isArray(c.criteria)) {
    fail(ErrorCodes.InvalidOption, path, 'a ManagerScorecard from evaluateManager()', card);
  }
  return c;
}

/**
 * Compares a manager's scorecard with the one of a previous period: for every criterion and the
 * overall score, whether it rose, fell, stayed, is new or was dropped, with `current − previous` for
 * the score and the value. The two scorecards may come from storage (`JSON.parse`): only their plain
 * data is read.
 *
 * @throws {@link CsMetricsError} `invalid-option` when either is not a manager scorecard, or when
 *   they are about two different managers (`previous.manager.id`).
 * @example
 * ```ts
 * import { b2b, comparePeriods, evaluateManager, normalizeInteractions, normalizeManager, periodOf, SCORECARD_CRITERIA } from '@org/cs-metrics';
 * const manager = normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' });
 * const meetings = (month: string, n: number) => normalizeInteractions(Array.from({ length: n }, (_, i) => (
 *   { id: `${month}-${i}`, managerId: 'm1', kind: 'meeting', at: `2026-${month}-${String(i + 1).padStart(2, '0')}T10:00Z` })));
 * // October: 11 meetings in 22 working days (0.5 a day, score 40); November: 21 in 21 (1 a day, score 60).
 * const criteria = SCORECARD_CRITERIA.filter((c) => c.id === 'sales.meetingRate'); // the meeting rate only
 * const october = evaluateManager({ manager, period: periodOf('2026-10'), profile: b2b, interactions: meetings('10', 11), criteria });
 * const november = evaluateManager({ manager, period: periodOf('2026-11'), profile: b2b, interactions: meetings('11', 21), criteria });
 * const diff = comparePeriods(november, october);
 * diff.overall.scoreDelta; // 20
 * diff.rose; // ['sales.meetingRate']
 * ```
 */
export function comparePeriods(current: ManagerScorecard, previous: ManagerScorecard): PeriodComparison {
  const now = checkCard(current, 'current');
  const before = checkCard(previous, 'previous');
  if (now.manager.id !== before.manager.id) {
    fail(
      ErrorCodes.InvalidOption,
      'previous.manager.id',
      `the scorecard of the same manager (${now.manager.id})`,
      before.manager.id,
    );
  }
  const criteria: CriterionChange[] = [];
  for (const id of CRITERION_IDS) {
    const a = before.criteria.find((c) => c.criterion === id);
    const b = now.criteria.find((c) => c.criterion === id);
    if (a === undefined && b === undefined) continue;
    // Not part of the manager's card in either period (a sales criterion of a contact-centre manager).
    if (
      (a?.status ?? 'not-applicable') === 'not-applicable' &&
      (b?.status ?? 'not-applicable') === 'not-applicable'
    )
      continue;
    const p = side(a);
    const q = side(b);
    criteria.push({
      criterion: id,
      change: changeOf(p.score, q.score),
      unit: b?.unit ?? a?.unit ?? null,
      previous: p,
      current: q,
      scoreDelta: p.score === null || q.score === null ? null : roundTo(q.score - p.score, 1),
      valueDelta: p.value === null || q.value === null ? null : roundTo(q.value - p.value, 10),
    });
  }
  const ids = (change: ScoreChange) => criteria.filter((c) => c.change === change);
  const bySize = (list: CriterionChange[]) =>
    [...list].sort((x, y) => Math.abs(y.scoreDelta!) - Math.abs(x.scoreDelta!)).map((c) => c.criterion);
  const ps = before.overall.score;
  const cs = now.overall.score;
  const notes: Explanation[] = [];
  if (now.profile !== before.profile) {
    const inputs = { previous: before.profile, current: now.profile };
    notes.push({
      code: 'scorecard.profile-changed',
      message: scorecardMessage('scorecard.profile-changed', inputs),
      inputs,
    });
  }
  return {
    kind: 'period-comparison',
    managerId: now.manager.id,
    current: now.period,
    previous: before.period,
    overall: {
      change: changeOf(ps, cs),
      previous: { value: null, score: ps, rating: before.overall.rating },
      current: { value: null, score: cs, rating: now.overall.rating },
      scoreDelta: ps === null || cs === null ? null : roundTo(cs - ps, 1),
    },
    criteria,
    rose: bySize(ids('rose')),
    fell: bySize(ids('fell')),
    unchanged: ids('unchanged').map((c) => c.criterion),
    new: ids('new').map((c) => c.criterion),
    dropped: ids('dropped').map((c) => c.criterion),
    notes,
  };
}
