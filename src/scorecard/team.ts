import { RATINGS, type Rating } from '../core/band.js';
import type { Explanation } from '../core/evaluation.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import type { Manager } from '../domain/records/manager.js';
import {
  type CheckedOptions,
  type CriterionRunner,
  checkManager,
  checkOptions,
  plainPeriod,
  runCriterion,
  type ScorecardOptions,
  scoreManager,
} from './manager.js';
import { scorecardMessage } from './messages.js';
import type { ManagerRecords, RecordAttribution, ScorecardRecordKind, ScorecardRecords } from './records.js';
import { SCORECARD_RECORD_KINDS, splitRecords } from './records.js';
import { SCORECARD_CRITERIA, type ScorecardContext } from './registry.js';
import type {
  CriterionDistribution,
  CriterionStatus,
  ManagerScorecard,
  ScorecardCriterionResult,
  TeamRankingEntry,
  TeamScorecard,
} from './types.js';

/**
 * What {@link evaluateTeam} takes: the managers, the options, the records by kind and how to
 * attribute the contact-centre records that name an agent or team rather than a manager.
 *
 * @example
 * ```ts
 * import { b2b, normalizeManagers, periodOf, type EvaluateTeamInput } from '@org/cs-metrics';
 * const input: EvaluateTeamInput = {
 *   managers: normalizeManagers([{ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' }]),
 *   period: periodOf('2026-10'), profile: b2b, interactions: [], agentManagers: { 'a-7': 'm1' },
 * };
 * ```
 */
export interface EvaluateTeamInput extends ScorecardOptions, ScorecardRecords, RecordAttribution {
  readonly managers: readonly Manager[];
}

/** The contact-centre objectives a team is held to as a whole. */
const TEAM_OBJECTIVES = ['contactCentre.serviceLevel', 'contactCentre.budgetVariance'] as const;

const STATUSES: readonly CriterionStatus[] = [
  'scored',
  'insufficient-data',
  'no-records',
  'switched-off',
  'not-applicable',
];

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function distributionOf(id: CriterionDistribution['criterion'], cards: readonly ManagerScorecard[]) {
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CriterionStatus, number>;
  const scores: number[] = [];
  let listed = false;
  for (const card of cards) {
    const c = card.criteria.find((x) => x.criterion === id);
    if (c === undefined) continue;
    listed = true;
    statuses[c.status]++;
    if (c.rating !== null) ratings[c.rating]++;
    if (c.score !== null) scores.push(c.score);
  }
  scores.sort((a, b) => a - b);
  const n = scores.length;
  const distribution: CriterionDistribution = {
    criterion: id,
    scored: n,
    min: n === 0 ? null : scores[0]!,
    median: n === 0 ? null : Math.round(median(scores) * 10) / 10,
    max: n === 0 ? null : scores[n - 1]!,
    mean: n === 0 ? null : Math.round((scores.reduce((s, x) => s + x, 0) / n) * 10) / 10,
    ratings,
    statuses,
  };
  return listed ? distribution : null;
}

/** Competition ranking (1, 2, 2, 4) by overall score, ties by manager id; no score: last, no rank. */
function rankingOf(cards: readonly ManagerScorecard[]): TeamRankingEntry[] {
  const sorted = [...cards].sort((a, b) => {
    const sa = a.overall.score;
    const sb = b.overall.score;
    if (sa !== sb) {
      if (sa === null) return 1;
      if (sb === null) return -1;
      return sb - sa;
    }
    // Manager ids are unique (checked), so two cards never compare equal here.
    return a.manager.id < b.manager.id ? -1 : 1;
  });
  let previous: number | null = null;
  let rank = 0;
  return sorted.map((card, i) => {
    const score = card.overall.score;
    if (score !== null && score !== previous) rank = i + 1;
    previous = score;
    return {
      rank: score === null ? null : rank,
      managerId: card.manager.id,
      name: card.manager.name,
      score,
      rating: card.overall.rating,
    };
  });
}

/**
 * A team's scorecard for a period: every manager's scorecard (see {@link evaluateManager}), a
 * ranking, each criterion's spread over the team, and the contact-centre objectives over all the
 * records (service level over every call, spending over every budget line of the period).
 *
 * The records are split by manager in ONE pass per kind (every iterable is read once): by `managerId`;
 * calls, quality reviews and trainings by `agentManagers` (agent id → manager id), then
 * `teamManagers` (team id → manager id); revenue through its customer's manager. Records that belong
 * to no manager in the list still count in the team objectives; their number per kind is in
 * `unassignedRecords` and a note.
 *
 * Ranking: by overall score, highest first; equal scores share a rank (1, 2, 2, 4) and are listed by
 * manager id; managers without an overall score come last with rank `null`.
 *
 * @throws {@link CsMetricsError} `invalid-option` for a bad option or a manager id given twice
 *   (`input.managers[2].id`).
 * @example
 * ```ts
 * import { b2b, evaluateTeam, normalizeInteractions, normalizeManagers, periodOf, SCORECARD_CRITERIA } from '@org/cs-metrics';
 * const managers = normalizeManagers([
 *   { id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 *   { id: 'm2', name: 'Li Wei', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 * ]);
 * // m2 holds 22 meetings on the 22 working days of October 2026 (1 a day: good, 60); m1 none (poor, 0).
 * const interactions = normalizeInteractions(Array.from({ length: 22 }, (_, i) => (
 *   { id: `i${i}`, managerId: 'm2', kind: 'meeting', at: `2026-10-${String(i + 1).padStart(2, '0')}T10:00Z` })));
 * // Only the meeting rate (`criteria`; by default every wired criterion that reads interactions runs).
 * const criteria = SCORECARD_CRITERIA.filter((c) => c.id === 'sales.meetingRate');
 * const team = evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions, criteria });
 * team.ranking.map((r) => r.managerId); // ['m2', 'm1']
 * team.distribution[0]?.median; // 30
 * ```
 */
export function evaluateTeam(input: EvaluateTeamInput): TeamScorecard {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', 'an object', input);
  const options = checkOptions(input, 'input');
  const managers = checkManagers(input.managers);
  const split = splitRecords(
    input,
    managers.map((m) => m.id),
    input,
  );
  const cards = managers.map((m) =>
    scoreManager(m, split.byManager.get(m.id) as ManagerRecords, options, {}),
  );
  return assembleTeam(options, cards, split.all, split.unassigned);
}

/** @internal The managers of a team input, checked: an array of managers, each id once. */
export function checkManagers(list: unknown): Manager[] {
  if (!Array.isArray(list)) {
    return fail(ErrorCodes.InvalidOption, 'input.managers', 'an array of managers', list);
  }
  const managers = list.map((m, i) => checkManager(m, `input.managers[${i}]`));
  const ids = new Set<string>();
  managers.forEach((m, i) => {
    if (ids.has(m.id)) fail(ErrorCodes.InvalidOption, `input.managers[${i}].id`, 'each manager once', m.id);
    ids.add(m.id);
  });
  return managers;
}

/**
 * @internal A team's scorecard from its managers' cards: the team objectives (over `all`, the kinds
 * supplied; `run` evaluates them, by default over the arrays of `all`), the notes, the ranking and
 * the distribution.
 */
export function assembleTeam(
  options: CheckedOptions,
  cards: readonly ManagerScorecard[],
  all: ManagerRecords,
  unassigned: Readonly<Partial<Record<ScorecardRecordKind, number>>>,
  run?: CriterionRunner,
): TeamScorecard {
  const context: ScorecardContext = {
    period: options.period,
    profile: options.profile,
    managerId: undefined,
    calendar: options.calendar,
    asOf: options.asOf,
    exchangeRates: options.exchangeRates,
    currency: options.currency,
  };
  const objectives: ScorecardCriterionResult[] = [];
  for (const id of TEAM_OBJECTIVES) {
    const entry = options.criteria.find((c) => c.id === id) ?? SCORECARD_CRITERIA.find((c) => c.id === id)!;
    const ran = runCriterion(entry, all, context, run);
    if (ran !== null) objectives.push(ran.result);
  }
  const notes: Explanation[] = [];
  for (const kind of SCORECARD_RECORD_KINDS) {
    const count = unassigned[kind];
    if (count !== undefined && count > 0) {
      const inputs = { kind, count };
      notes.push({
        code: 'scorecard.unassigned-records',
        message: scorecardMessage('scorecard.unassigned-records', inputs),
        inputs,
      });
    }
  }
  const distribution: CriterionDistribution[] = [];
  for (const entry of options.criteria) {
    const d = distributionOf(entry.id, cards);
    if (d !== null) distribution.push(d);
  }
  return {
    kind: 'team-scorecard',
    period: plainPeriod(options.period),
    profile: options.profile.id,
    asOf: options.asOf ?? null,
    managers: [...cards],
    ranking: rankingOf(cards),
    distribution,
    objectives,
    unassignedRecords: { ...unassigned },
    notes,
  };
}
