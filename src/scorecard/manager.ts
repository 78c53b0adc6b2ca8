import type { Rating } from '../core/band.js';
import { areaOf, CRITERION_IDS } from '../core/criteria.js';
import type { Evaluation, Explanation } from '../core/evaluation.js';
import { checkPeriod, checkProfile } from '../criteria/criterion-options.js';
import { parseExchangeRates } from '../criteria/exchange-rates.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import { assertCurrency } from '../domain/money.js';
import { assertWorkCalendar, type Period, type WorkCalendar } from '../domain/period.js';
import type { Manager } from '../domain/records/manager.js';
import { type DateInput, toEpochMillis } from '../domain/time.js';
import type { Profile } from '../profiles/profile.js';
import { type MessageInputs, scorecardMessage } from './messages.js';
import { toPlainJson } from './plain.js';
import type { ManagerRecords, RecordAttribution, ScorecardRecordKind, ScorecardRecords } from './records.js';
import { splitRecords } from './records.js';
import {
  SCORECARD_CRITERIA,
  type ScorecardContext,
  type ScorecardCriterion,
  settingsOf,
} from './registry.js';
import type {
  ManagerScorecard,
  NextStep,
  RankedCriterion,
  ScorecardCriterionResult,
  ScorecardManager,
  ScorecardPeriod,
  ScorecardWeight,
} from './types.js';

/**
 * The options every scorecard function shares.
 *
 * @example
 * ```ts
 * import { b2b, periodOf, type ScorecardOptions } from '@org/cs-metrics';
 * const options: ScorecardOptions = { period: periodOf('2026-10', 'Europe/Berlin'), profile: b2b, asOf: '2026-11-01T00:00:00Z' };
 * ```
 */
export interface ScorecardOptions {
  /** The period scored; days and weeks are counted in its time zone. */
  readonly period: Period;
  /** The benchmarks and weights. */
  readonly profile: Profile;
  /** "Now", for the criteria that measure ages (open tickets); default none. Never the clock. */
  readonly asOf?: DateInput | undefined;
  /** Working days; default the profile's calendar. */
  readonly calendar?: WorkCalendar | undefined;
  /** The criteria to evaluate; default {@link SCORECARD_CRITERIA}. */
  readonly criteria?: readonly ScorecardCriterion[] | undefined;
  /**
   * Exchange rates as positive decimal strings, `{ USD: '0.92' }` (1 USD = 0.92 of the currency
   * converted into), passed to the criteria that convert: `sales.planAttainment` and
   * `sales.opportunityFunnel` convert into the plan's currency; `contactCentre.budgetVariance` into
   * `currency`, and only when `currency` is given. Default none: amounts in another currency than the
   * plan's are an error, never summed silently.
   */
  readonly exchangeRates?: Readonly<Record<string, string>> | undefined;
  /** The reporting currency of `contactCentre.budgetVariance` (ISO 4217). Default: the budget lines' own (one) currency. */
  readonly currency?: string | undefined;
}

/**
 * What {@link evaluateManager} takes: the manager, the options, and the records by kind.
 *
 * @example
 * ```ts
 * import { b2b, normalizeManager, periodOf, type EvaluateManagerInput } from '@org/cs-metrics';
 * const input: EvaluateManagerInput = {
 *   manager: normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' }),
 *   period: periodOf('2026-10'), profile: b2b, interactions: [],
 * };
 * ```
 */
export interface EvaluateManagerInput extends ScorecardOptions, ScorecardRecords, RecordAttribution {
  readonly manager: Manager;
}

/** @internal Options checked once, shared by a team's managers. */
export interface CheckedOptions {
  readonly period: Period;
  readonly profile: Profile;
  readonly calendar: WorkCalendar;
  readonly asOf: number | undefined;
  readonly criteria: readonly ScorecardCriterion[];
  readonly exchangeRates: Readonly<Record<string, string>> | undefined;
  readonly currency: string | undefined;
}

const ORDER = new Map<string, number>(CRITERION_IDS.map((id, i) => [id, i]));

/** @internal */
export function checkOptions(options: ScorecardOptions, path: string): CheckedOptions {
  // The callers have checked that `options` is an object.
  const period = checkPeriod(options.period, `${path}.period`);
  const profile = checkProfile(options.profile, `${path}.profile`);
  const calendar = options.calendar ?? profile.calendar;
  assertWorkCalendar(calendar, `${path}.calendar`);
  const asOf =
    options.asOf === undefined ? undefined : toEpochMillis(options.asOf, period.timeZone, `${path}.asOf`);
  const criteria = options.criteria ?? SCORECARD_CRITERIA;
  if (!Array.isArray(criteria))
    fail(ErrorCodes.InvalidOption, `${path}.criteria`, 'an array of registry entries', criteria);
  const seen = new Set<string>();
  criteria.forEach((c: ScorecardCriterion, i: number) => {
    if (typeof c !== 'object' || c === null || !ORDER.has(c.id) || typeof c.run !== 'function') {
      fail(
        ErrorCodes.InvalidOption,
        `${path}.criteria[${i}]`,
        'a registry entry with a known criterion id and run()',
        c,
      );
    }
    if (seen.has(c.id))
      fail(ErrorCodes.InvalidOption, `${path}.criteria[${i}].id`, 'each criterion once', c.id);
    seen.add(c.id);
  });
  const sorted = [...criteria].sort((a, b) => ORDER.get(a.id)! - ORDER.get(b.id)!);
  // Checked here so that a bad rate names the scorecard's option, not a criterion's.
  if (options.exchangeRates !== undefined) parseExchangeRates(options.exchangeRates, `${path}.exchangeRates`);
  const currency =
    options.currency === undefined ? undefined : assertCurrency(options.currency, `${path}.currency`);
  return {
    period,
    profile,
    calendar,
    asOf,
    criteria: sorted,
    exchangeRates: options.exchangeRates,
    currency,
  };
}

/** @internal */
export function checkManager(manager: unknown, path: string): Manager {
  const m = manager as Manager;
  if (typeof m !== 'object' || m === null || typeof m.id !== 'string' || typeof m.name !== 'string') {
    fail(ErrorCodes.InvalidOption, path, 'a Manager from normalizeManager()', manager);
  }
  return m;
}

const note = (code: string, inputs: MessageInputs): Explanation => ({
  code,
  message: scorecardMessage(code, inputs),
  inputs,
});

/** @internal Same scale as a criterion's score (src/core/band.ts). */
export function ratingOfScore(score: number | null): Rating {
  if (score === null) return 'insufficient-data';
  if (score >= 80) return 'excellent';
  if (score >= 60) return 'good';
  if (score >= 40) return 'fair';
  return 'poor';
}

/** @internal */
export function plainPeriod(p: Period): ScorecardPeriod {
  return { from: p.from, to: p.to, timeZone: p.timeZone, start: p.start, end: p.end };
}

function plainManager(m: Manager): ScorecardManager {
  return { id: m.id, name: m.name, role: m.role, function: m.function, team: m.team ?? null };
}

/**
 * @internal How an entry is evaluated once its kinds are known to be supplied: by default its `run`
 * over the manager's arrays; the streaming scorecard finishes its aggregator states instead.
 */
export type CriterionRunner = (entry: ScorecardCriterion, context: ScorecardContext) => Evaluation;

/**
 * @internal Runs one entry (or says why not) and returns its plain result with the live evaluation.
 * `records` says which kinds were supplied (a kind `undefined` is not); `run` evaluates the entry.
 */
export function runCriterion(
  entry: ScorecardCriterion,
  records: ManagerRecords,
  context: ScorecardContext,
  run: CriterionRunner = (e, c) => e.run(records, c),
): { result: ScorecardCriterionResult; evaluation: Evaluation | null } | null {
  const settings = settingsOf(context.profile, entry.id);
  // A criterion the profile does not know (newer than a custom profile) is not part of its scorecard.
  if (settings === undefined) return null;
  const base = {
    criterion: entry.id,
    area: areaOf(entry.id),
    weight: settings.weight,
    value: null,
    unit: null,
    rating: null,
    score: null,
    sampleSize: 0,
    benchmark: settings.band,
    warnings: [],
    details: null,
  };
  // Whether it applies comes first: a sales criterion is no part of a contact-centre manager's card,
  // whatever the profile's weight or the records supplied. Team objectives have no function.
  const fn = context.managerFunction;
  if (fn !== undefined && entry.appliesTo !== undefined && !entry.appliesTo.includes(fn)) {
    const explanation = note('scorecard.not-applicable', {
      function: fn,
      appliesTo: entry.appliesTo.join(', '),
    });
    return { result: { ...base, status: 'not-applicable', explanation }, evaluation: null };
  }
  if (settings.weight === 0) {
    const explanation = note('scorecard.switched-off', { profile: context.profile.id });
    return { result: { ...base, status: 'switched-off', explanation }, evaluation: null };
  }
  const missing = entry.needs.filter((kind) => records[kind] === undefined);
  if (missing.length > 0) {
    const explanation = note('scorecard.no-records', { missing: missing.join(', ') });
    return { result: { ...base, status: 'no-records', explanation }, evaluation: null };
  }
  const e = run(entry, context);
  const result: ScorecardCriterionResult = {
    criterion: entry.id,
    area: areaOf(entry.id),
    status: e.score === null ? 'insufficient-data' : 'scored',
    weight: settings.weight,
    value: e.value,
    unit: e.unit,
    rating: e.rating,
    score: e.score,
    sampleSize: e.sampleSize,
    benchmark: toPlainJson(e.benchmark) as unknown as ScorecardCriterionResult['benchmark'],
    explanation: toPlainJson(e.explanation) as unknown as Explanation,
    warnings: toPlainJson(e.warnings) as unknown as Explanation[],
    details: toPlainJson(e.details),
  };
  return { result, evaluation: e };
}

function byScore(direction: 1 | -1) {
  return (a: ScorecardCriterionResult, b: ScorecardCriterionResult): number =>
    direction * ((b.score as number) - (a.score as number)) ||
    b.weight - a.weight ||
    ORDER.get(a.criterion)! - ORDER.get(b.criterion)!;
}

function ranked(r: ScorecardCriterionResult | undefined): RankedCriterion | null {
  return r === undefined
    ? null
    : { criterion: r.criterion, score: r.score as number, rating: r.rating as Rating };
}

/** @internal The scorecard of one manager's records, already split. */
export function scoreManager(
  manager: Manager,
  records: ManagerRecords,
  options: CheckedOptions,
  skippedRecords: Readonly<Partial<Record<ScorecardRecordKind, number>>>,
  run?: CriterionRunner,
): ManagerScorecard {
  const context: ScorecardContext = {
    period: options.period,
    profile: options.profile,
    managerId: manager.id,
    managerFunction: manager.function,
    calendar: options.calendar,
    asOf: options.asOf,
    exchangeRates: options.exchangeRates,
    currency: options.currency,
  };
  const criteria: ScorecardCriterionResult[] = [];
  const live: { result: ScorecardCriterionResult; evaluation: Evaluation; entry: ScorecardCriterion }[] = [];
  for (const entry of options.criteria) {
    const ran = runCriterion(entry, records, context, run);
    if (ran === null) continue;
    criteria.push(ran.result);
    if (ran.evaluation !== null) live.push({ result: ran.result, evaluation: ran.evaluation, entry });
  }
  const scored = criteria.filter((c) => c.status === 'scored');
  const weightUsed = scored.reduce((sum, c) => sum + c.weight, 0);
  // Not applicable is not missing data: it is no part of the card, so it is never "left out".
  const leftOut = criteria.filter(
    (c) => c.weight > 0 && c.status !== 'scored' && c.status !== 'not-applicable',
  );
  const weightLeftOut = leftOut.reduce((sum, c) => sum + c.weight, 0);
  // Σ weight × score ÷ Σ weight over the scored criteria: the same as Σ share × score.
  const weighted = scored.reduce((sum, c) => sum + c.weight * (c.score as number), 0);
  const overallScore = scored.length === 0 ? null : Math.round((weighted / weightUsed) * 10) / 10;
  const weights: ScorecardWeight[] = scored.map((c) => {
    const share = c.weight / weightUsed;
    return {
      criterion: c.criterion,
      weight: c.weight,
      share,
      contribution: Math.round(share * (c.score as number) * 100) / 100,
    };
  });
  const notes: Explanation[] = [];
  if (scored.length === 0) notes.push(note('scorecard.nothing-scored', {}));
  else if (leftOut.length > 0) {
    notes.push(
      note('scorecard.weights-renormalised', {
        leftOut: leftOut.map((c) => c.criterion).join(', '),
        weightLeftOut,
        weightTotal: weightUsed + weightLeftOut,
      }),
    );
  }
  for (const c of criteria) {
    if (c.status === 'scored' || c.status === 'not-applicable') continue;
    const inputs: MessageInputs =
      c.status === 'insufficient-data'
        ? { criterion: c.criterion, reason: c.explanation.message }
        : { criterion: c.criterion, ...c.explanation.inputs };
    const code = c.status === 'insufficient-data' ? 'scorecard.insufficient-data' : c.explanation.code;
    notes.push({ code, message: `${c.criterion}: ${scorecardMessage(code, inputs)}`, inputs });
  }
  const best = [...scored].sort(byScore(1));
  const worst = [...scored].sort(byScore(-1));
  // Next steps: the weakest scored criterion's first; then those not scored but with advice, in order.
  const rank = new Map(worst.map((c, i) => [c.criterion, i]));
  live.sort(
    (a, b) =>
      (rank.get(a.result.criterion) ?? Number.MAX_SAFE_INTEGER) -
        (rank.get(b.result.criterion) ?? Number.MAX_SAFE_INTEGER) ||
      ORDER.get(a.result.criterion)! - ORDER.get(b.result.criterion)!,
  );
  const nextSteps: NextStep[] = [];
  for (const { entry, evaluation } of live) {
    for (const p of entry.nextSteps(evaluation, context)) {
      const inputs = toPlainJson(p.inputs) as unknown as NextStep['inputs'];
      nextSteps.push({
        code: p.code,
        criterion: entry.id,
        message: scorecardMessage(p.code, inputs),
        inputs,
      });
    }
  }
  return {
    kind: 'manager-scorecard',
    manager: plainManager(manager),
    period: plainPeriod(options.period),
    profile: options.profile.id,
    asOf: options.asOf ?? null,
    overall: {
      score: overallScore,
      rating: ratingOfScore(overallScore),
      scored: scored.length,
      renormalised: scored.length > 0 && leftOut.length > 0,
    },
    weights,
    criteria,
    strongest: ranked(best[0]),
    weakest: ranked(worst[0]),
    nextSteps,
    notes,
    skippedRecords: { ...skippedRecords },
  };
}

/**
 * One manager's scorecard for a period: every criterion of the registry that the records and the
 * profile allow, an overall score, the strongest and weakest criterion, and next steps.
 *
 * - **Records**: the normalised arrays or iterables by kind (each read once). They are taken as the
 *   manager's own, except records that name another manager (`managerId`, or an agent or team mapped
 *   to another manager by `agentManagers`/`teamManagers`, or revenue of another manager's customer):
 *   those are skipped and counted in `skippedRecords`.
 * - **Status**: a criterion whose record kinds were not supplied is `no-records`; one with weight 0 in
 *   the profile is `switched-off` (not evaluated); one whose evaluator found too little data is
 *   `insufficient-data`. None of these count in the overall score.
 * - **Overall**: `Σ weightᵢ × scoreᵢ ÷ Σ weightᵢ` over the scored criteria, rounded to 0.1, rated on
 *   the criteria's scale. When a criterion with a weight above 0 is left out, the other weights are
 *   renormalised (their shares sum to 1) and a `scorecard.weights-renormalised` note says so.
 * - **Next steps**: each registry entry turns its evaluation into codes with inputs; sentences come
 *   from `SCORECARD_MESSAGES_EN`. Weakest criterion first.
 *
 * @throws {@link CsMetricsError} `invalid-option` with the path of a bad option, and whatever the
 *   evaluators raise for a bad record.
 * @example
 * ```ts
 * import { b2b, evaluateManager, normalizeInteractions, normalizeManager, periodOf } from '@org/cs-metrics';
 * const manager = normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' });
 * // 11 meetings from 1 to 11 October 2026, 7 of them on working days. Interactions feed three B2B criteria:
 * // meetings 11 / 22 working days = 0.5 a day: 40 (weight 2); events: none, 0 (weight 1); alternation:
 * // 7 of 22 working days focused = 0.318: 40 + (0.318 − 0.25) / 0.25 × 20 = 45.45 (weight 1).
 * // Overall (2 × 40 + 1 × 0 + 1 × 45.45) / 4 = 31.4.
 * const interactions = normalizeInteractions(Array.from({ length: 11 }, (_, i) => (
 *   { id: `i${i}`, managerId: 'm1', kind: 'meeting', at: `2026-10-${String(i + 1).padStart(2, '0')}T10:00Z` })));
 * const card = evaluateManager({ manager, period: periodOf('2026-10'), profile: b2b, interactions });
 * card.overall.score; // 31.4
 * card.nextSteps.map((s) => s.code); // ['sales.eventParticipation.attend-more-events', 'sales.meetingRate.plan-more-meetings', 'sales.meetingCallAlternation.plan-focused-days', 'sales.meetingCallAlternation.fill-idle-days']
 * ```
 */
export function evaluateManager(input: EvaluateManagerInput): ManagerScorecard {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', 'an object', input);
  const manager = checkManager(input.manager, 'input.manager');
  const options = checkOptions(input, 'input');
  const split = splitRecords(input, [manager.id], input, manager.id);
  const records = split.byManager.get(manager.id) as ManagerRecords;
  return scoreManager(manager, records, options, split.unassigned);
}
