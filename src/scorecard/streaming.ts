// The streaming team scorecard: one pass over each record source, every record added to its manager's
// aggregator states (and the team objectives'), nothing held but the states. The rules stay in the
// criteria: each entry below builds the criterion's own exported aggregator and evaluate function with
// the options its registry entry's `run` gives the convenience function.
import { type Aggregator, filtered } from '../core/aggregator.js';
import type { CriterionId } from '../core/criteria.js';
import type { Evaluation } from '../core/evaluation.js';
import {
  budgetVarianceAggregator,
  evaluateBudgetVariance,
} from '../criteria/contact-centre/budget-variance.js';
import {
  evaluateMonitoringScores,
  monitoringScoresAggregator,
} from '../criteria/contact-centre/monitoring-scores.js';
import { evaluateServiceLevel, serviceLevelAggregator } from '../criteria/contact-centre/service-level.js';
import {
  evaluateTrainingCoverage,
  trainingCoverageAggregator,
} from '../criteria/contact-centre/training-coverage.js';
import { evaluateFeedbackQuality, feedbackQualityAggregator } from '../criteria/customer/feedback-quality.js';
import {
  evaluateRelationshipCare,
  relationshipCareAggregator,
} from '../criteria/customer/relationship-care.js';
import {
  evaluateResolutionEfficiency,
  resolutionEfficiencyAggregator,
} from '../criteria/customer/resolution-efficiency.js';
import { evaluateRetention, retentionAggregator } from '../criteria/customer/retention.js';
import { evaluateSatisfaction, satisfactionAggregator } from '../criteria/customer/satisfaction.js';
import {
  decisionMakerReachAggregator,
  evaluateDecisionMakerReach,
} from '../criteria/sales/decision-maker-reach.js';
import {
  evaluateEventParticipation,
  eventParticipationAggregator,
} from '../criteria/sales/event-participation.js';
import {
  evaluateMeetingCallAlternation,
  meetingCallAlternationAggregator,
} from '../criteria/sales/meeting-call-alternation.js';
import { evaluateMeetingRate, meetingRateAggregator } from '../criteria/sales/meeting-rate.js';
import {
  evaluateOpportunityFunnel,
  opportunityFunnelAggregator,
} from '../criteria/sales/opportunity-funnel.js';
import { evaluatePlanAttainment, planAttainmentAggregator } from '../criteria/sales/plan-attainment.js';
import { evaluateReferrals, referralsAggregator } from '../criteria/sales/referrals.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import type { Period } from '../domain/period.js';
import type { Customer } from '../domain/records/customer.js';
import type { Manager } from '../domain/records/manager.js';
import { checkOptions, type ScorecardOptions, scoreManager } from './manager.js';
import {
  type ManagerRecords,
  ownerOf,
  type RecordAttribution,
  type RecordOf,
  SCORECARD_RECORD_KINDS,
  type ScorecardRecordKind,
} from './records.js';
import {
  budgetLineFilter,
  SCORECARD_CRITERIA,
  type ScorecardContext,
  type ScorecardCriterion,
  settingsOf,
} from './registry.js';
import { assembleTeam, checkManagers } from './team.js';
import type { TeamScorecard } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: a table of aggregators with different record, state and metric types.
type AnyAggregator = Aggregator<any, any, any>;

/**
 * What the streaming scorecard needs of a criterion, beside its registry entry (same `id`): the
 * criterion's own aggregator built from the context, how each record kind is handed to it (`null`:
 * the record itself; a string: tagged `{ type, record }`, as multi-kind aggregators take them), and
 * its evaluate function. Each entry uses the options its registry entry's `run` gives the criterion's
 * convenience function, so `evaluate(finish(states))` is what `run` gives on the same records.
 *
 * @example
 * ```ts
 * import { STREAMING_CRITERIA } from '@org/cs-metrics';
 * STREAMING_CRITERIA.find((c) => c.id === 'sales.referrals')?.kinds; // { interactions: 'interaction', deals: 'deal' }
 * ```
 */
export interface StreamingCriterion {
  readonly id: CriterionId;
  /** The kinds the aggregator reads (the registry entry's `needs` and `uses`), and the tag of each. */
  readonly kinds: Readonly<Partial<Record<ScorecardRecordKind, string | null>>>;
  /** The criterion's aggregator for one manager (or the team), without a managerId: grouping does that. */
  // biome-ignore lint/suspicious/noExplicitAny: each criterion's aggregator has its own record, state and metric types.
  readonly aggregator: (context: ScorecardContext) => Aggregator<any, any, any>;
  /** The criterion's judgement of the finished metrics. */
  readonly evaluate: (metrics: unknown, context: ScorecardContext) => Evaluation;
}

const periodProfile = (c: ScorecardContext) => ({ period: c.period, profile: c.profile });
const withAsOf = <T extends object>(o: T, c: ScorecardContext) =>
  c.asOf === undefined ? o : { ...o, asOf: c.asOf };
const withRates = <T extends object>(o: T, c: ScorecardContext) =>
  c.exchangeRates === undefined ? o : { ...o, exchangeRates: c.exchangeRates };

/** The options the registry's budget entry gives `budgetVariance`. */
function budgetOptions(c: ScorecardContext) {
  return {
    profile: c.profile,
    ...(c.currency === undefined ? {} : { currency: c.currency }),
    ...(c.currency === undefined || c.exchangeRates === undefined ? {} : { exchangeRates: c.exchangeRates }),
  };
}

const settings = (c: ScorecardContext) => c.profile.criteria;

/**
 * The streaming side of the wired registry entries, one per criterion id of {@link SCORECARD_CRITERIA}
 * (all sixteen). An entry of the caller's in `criteria` (not the registry's object) is still scored by
 * {@link evaluateTeamAsync}: its kinds are then kept per manager and its `run` is called.
 *
 * @example
 * ```ts
 * import { SCORECARD_CRITERIA, STREAMING_CRITERIA } from '@org/cs-metrics';
 * STREAMING_CRITERIA.length === SCORECARD_CRITERIA.length; // true
 * ```
 */
export const STREAMING_CRITERIA: readonly StreamingCriterion[] = Object.freeze([
  {
    id: 'sales.eventParticipation',
    kinds: { interactions: 'interaction', deals: 'deal' },
    aggregator: (c) => eventParticipationAggregator(periodProfile(c)),
    evaluate: (m, c) => evaluateEventParticipation(m as never, periodProfile(c)),
  },
  {
    id: 'sales.meetingCallAlternation',
    kinds: { interactions: null },
    aggregator: (c) =>
      meetingCallAlternationAggregator({
        ...periodProfile(c),
        calendar: c.calendar,
        focusRatioThreshold: settings(c)['sales.meetingCallAlternation'].focusRatioThreshold,
      }),
    evaluate: (m, c) => evaluateMeetingCallAlternation(m as never, periodProfile(c)),
  },
  {
    id: 'sales.referrals',
    kinds: { interactions: 'interaction', deals: 'deal' },
    aggregator: (c) => referralsAggregator(periodProfile(c)),
    evaluate: (m, c) => evaluateReferrals(m as never, periodProfile(c)),
  },
  {
    id: 'sales.meetingRate',
    kinds: { interactions: null },
    aggregator: (c) => meetingRateAggregator({ ...periodProfile(c), calendar: c.calendar }),
    evaluate: (m, c) => evaluateMeetingRate(m as never, periodProfile(c)),
  },
  {
    id: 'sales.decisionMakerReach',
    kinds: { interactions: 'interaction', deals: 'deal' },
    aggregator: (c) =>
      decisionMakerReachAggregator({
        ...periodProfile(c),
        stalledAfterMeetings: settings(c)['sales.decisionMakerReach'].stalledAfterMeetings,
      }),
    evaluate: (m, c) => evaluateDecisionMakerReach(m as never, periodProfile(c)),
  },
  {
    id: 'sales.planAttainment',
    kinds: { deals: 'deal', plans: 'plan' },
    aggregator: (c) =>
      planAttainmentAggregator({
        ...withRates(periodProfile(c), c),
        slippageGraceDays: settings(c)['sales.planAttainment'].slippageGraceDays,
      }),
    evaluate: (m, c) => evaluatePlanAttainment(m as never, withRates(periodProfile(c), c)),
  },
  {
    id: 'sales.opportunityFunnel',
    kinds: { deals: 'deal', plans: 'plan' },
    aggregator: (c) =>
      opportunityFunnelAggregator({
        ...withAsOf(withRates(periodProfile(c), c), c),
        refillWithinDays: settings(c)['sales.opportunityFunnel'].refillWithinDays,
        cohortMaturityDays: settings(c)['sales.opportunityFunnel'].cohortMaturityDays,
      }),
    evaluate: (m, c) => evaluateOpportunityFunnel(m as never, withAsOf(withRates(periodProfile(c), c), c)),
  },
  {
    id: 'contactCentre.serviceLevel',
    kinds: { calls: null },
    aggregator: (c) => serviceLevelAggregator(periodProfile(c)),
    evaluate: (m, c) => evaluateServiceLevel(m as never, periodProfile(c)),
  },
  {
    id: 'contactCentre.monitoringScores',
    kinds: { reviews: null },
    aggregator: (c) =>
      monitoringScoresAggregator({
        ...periodProfile(c),
        trainingThreshold: settings(c)['contactCentre.monitoringScores'].trainingThreshold,
      }),
    evaluate: (m, c) => evaluateMonitoringScores(m as never, periodProfile(c)),
  },
  {
    id: 'contactCentre.budgetVariance',
    kinds: { budgetLines: null },
    aggregator: (c) => filtered(budgetVarianceAggregator(budgetOptions(c)), budgetLineFilter(c.period)),
    evaluate: (m, c) => evaluateBudgetVariance(m as never, budgetOptions(c)),
  },
  {
    id: 'contactCentre.trainingCoverage',
    kinds: { reviews: 'review', trainings: 'training' },
    aggregator: (c) =>
      trainingCoverageAggregator({
        ...withAsOf(periodProfile(c), c),
        trainingThreshold: settings(c)['contactCentre.monitoringScores'].trainingThreshold,
        trainedWithinDays: settings(c)['contactCentre.trainingCoverage'].trainedWithinDays,
      }),
    evaluate: (m, c) => evaluateTrainingCoverage(m as never, withAsOf(periodProfile(c), c)),
  },
  {
    id: 'customer.satisfaction',
    kinds: { surveys: null },
    aggregator: (c) => satisfactionAggregator(periodProfile(c)),
    evaluate: (m, c) => evaluateSatisfaction(m as never, periodProfile(c)),
  },
  {
    id: 'customer.retention',
    // Revenue reaches its customer's manager: `customers` is read before `revenue`.
    kinds: { customers: 'customer', revenue: 'revenue' },
    aggregator: (c) => retentionAggregator(periodProfile(c)),
    evaluate: (m, c) => evaluateRetention(m as never, periodProfile(c)),
  },
  {
    id: 'customer.resolutionEfficiency',
    kinds: { tickets: null },
    aggregator: (c) => resolutionEfficiencyAggregator(withAsOf(periodProfile(c), c)),
    evaluate: (m, c) => evaluateResolutionEfficiency(m as never, withAsOf(periodProfile(c), c)),
  },
  {
    id: 'customer.feedbackQuality',
    kinds: { feedback: 'feedback', interactions: 'interaction' },
    aggregator: (c) =>
      feedbackQualityAggregator({
        ...periodProfile(c),
        actionWithinDays: settings(c)['customer.feedbackQuality'].actionWithinDays,
      }),
    evaluate: (m, c) => evaluateFeedbackQuality(m as never, periodProfile(c)),
  },
  {
    id: 'customer.relationshipCare',
    kinds: { customers: 'customer', interactions: 'interaction', tickets: 'ticket', calls: 'call' },
    aggregator: (c) => {
      const s = settings(c)['customer.relationshipCare'];
      return relationshipCareAggregator({
        period: c.period,
        keyContactIntervalDays: s.keyContactIntervalDays,
        vipContactIntervalDays: s.vipContactIntervalDays,
        complaintFollowUpSeconds: s.complaintFollowUpSeconds,
        vipAnswerThresholdSeconds: s.vipAnswerThresholdSeconds,
      });
    },
    evaluate: (m, c) => evaluateRelationshipCare(m as never, periodProfile(c)),
  },
] satisfies StreamingCriterion[]);

/**
 * The record sources of {@link evaluateTeamAsync}: per kind, an async iterable (a file being read, a
 * paged API) or an iterable. Each is read once, in {@link SCORECARD_RECORD_KINDS} order (`customers`
 * before `revenue`); a kind left out is "not supplied".
 *
 * @example
 * ```ts
 * import type { ScorecardSources } from '@org/cs-metrics';
 * async function* none() {}
 * const sources: ScorecardSources = { interactions: none(), calls: [] };
 * ```
 */
export type ScorecardSources = {
  readonly [K in ScorecardRecordKind]?: AsyncIterable<RecordOf<K>> | Iterable<RecordOf<K>> | undefined;
};

/**
 * What {@link evaluateTeamAsync} takes beside the sources: the managers, the options and the
 * attribution, as for `evaluateTeam`, and optionally more periods scored in the same pass.
 *
 * @example
 * ```ts
 * import { b2b, periodOf, type EvaluateTeamAsyncInput } from '@org/cs-metrics';
 * const input: EvaluateTeamAsyncInput = { managers: [], period: periodOf('2026-10'), profile: b2b, agentManagers: { 'a-7': 'm1' } };
 * ```
 */
export interface EvaluateTeamAsyncInput extends ScorecardOptions, RecordAttribution {
  readonly managers: readonly Manager[];
  /** Called with every record read, before it is scored (progress, a check of the dates). */
  readonly onRecord?: ((kind: ScorecardRecordKind, record: unknown) => void) | undefined;
}

/** One criterion's states for one period: per manager (by slot) and, for the team objectives, one more. */
interface Lane {
  readonly entry: ScorecardCriterion;
  readonly stream: StreamingCriterion;
  readonly context: ScorecardContext;
  readonly aggregator: AnyAggregator;
  /** Per manager slot; `undefined` until a record arrives (then `init()` at the end). */
  readonly states: unknown[];
  /** Per manager slot, whether the criterion applies to that manager's function (else no state is kept). */
  readonly applies: readonly boolean[];
  /** The team objective's state over every record, when this criterion is one; else `null`. */
  team: unknown;
  /** A reusable tag per kind: no allocation per record. */
  readonly tags: Partial<Record<ScorecardRecordKind, { type: string; record: unknown }>>;
}

const TEAM_OBJECTIVES: readonly CriterionId[] = [
  'contactCentre.serviceLevel',
  'contactCentre.budgetVariance',
];

/**
 * Team scorecards for one or more periods in ONE pass over the sources: every record is attributed to
 * its manager (the rules of `evaluateTeam`: `managerId`; calls, reviews and trainings through
 * `agentManagers`, then `teamManagers`; revenue through its customer's manager) and added to that
 * manager's aggregator state of every criterion that reads its kind, for every period, and to the
 * team objectives' states. Only the states are held (and the customer → manager map for revenue), so
 * the input can be larger than memory. Each period's result is what `evaluateTeam` gives for it on the
 * same records (`input.period` is ignored; `periods[0]` is the first result).
 *
 * An entry in `input.criteria` that is not the registry's own (the caller's, or a criterion wired
 * after {@link STREAMING_CRITERIA}) is still scored: its kinds are kept per manager, in arrays, and
 * its `run` is called on them. A criterion that does not apply to a manager's function keeps no
 * state for that manager.
 *
 * @throws {@link CsMetricsError} as `evaluateTeam`; a bad record is reported by the criterion's
 *   aggregator with its id in the path (`calls[id=c-12]`), as a stream has no index.
 * @example
 * ```ts
 * import { b2b, normalizeManagers, periodOf, scoreTeamStream } from '@org/cs-metrics';
 * const managers = normalizeManagers([{ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' }]);
 * async function* interactions() {}
 * const [october, september] = await scoreTeamStream(
 *   { managers, period: periodOf('2026-10'), profile: b2b }, [periodOf('2026-10'), periodOf('2026-09')], { interactions: interactions() });
 * october?.period.from; // '2026-10-01'
 * september?.period.from; // '2026-09-01'
 * ```
 */
export async function scoreTeamStream(
  input: EvaluateTeamAsyncInput,
  periods: readonly Period[],
  sources: ScorecardSources,
): Promise<TeamScorecard[]> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', 'an object', input);
  if (typeof sources !== 'object' || sources === null)
    return fail(ErrorCodes.InvalidOption, 'sources', 'an object of record sources by kind', sources);
  if (!Array.isArray(periods) || periods.length === 0)
    return fail(ErrorCodes.InvalidOption, 'periods', 'one period or more', periods);
  const checked = periods.map((p, i) => checkOptions({ ...input, period: p }, `input.periods[${i}]`));
  const managers = checkManagers(input.managers);
  const slotOf = new Map<string, number>(managers.map((m, i) => [m.id, i]));
  const supplied: Partial<Record<ScorecardRecordKind, readonly never[]>> = {};
  for (const kind of SCORECARD_RECORD_KINDS) {
    const source = sources[kind];
    if (source === undefined) continue;
    const s = source as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
    if (
      s === null ||
      (typeof s[Symbol.iterator] !== 'function' && typeof s[Symbol.asyncIterator] !== 'function')
    ) {
      fail(
        ErrorCodes.InvalidOption,
        `sources.${kind}`,
        'an async iterable or iterable of normalised records',
        source,
      );
    }
    supplied[kind] = [];
  }
  const streamOf = new Map(STREAMING_CRITERIA.map((s) => [s.id, s]));
  const registryEntries = new Set<ScorecardCriterion>(SCORECARD_CRITERIA);

  // Lanes: one per (period, criterion) evaluated with a streaming entry. Entries without one (or
  // not needed: switched off, kinds missing) get no lane; the fallback keeps their kinds in arrays.
  const lanes: Lane[][] = [];
  const fallbackKinds = new Set<ScorecardRecordKind>();
  // The kinds of a team objective scored by the caller's own entry: kept whole, as `evaluateTeam` does.
  const teamFallbackKinds = new Set<ScorecardRecordKind>();
  const byKind = new Map<ScorecardRecordKind, Lane[]>();
  for (const options of checked) {
    const list: Lane[] = [];
    const context: ScorecardContext = {
      period: options.period,
      profile: options.profile,
      managerId: undefined,
      calendar: options.calendar,
      asOf: options.asOf,
      exchangeRates: options.exchangeRates,
      currency: options.currency,
    };
    const entries = [...options.criteria];
    for (const id of TEAM_OBJECTIVES) {
      if (!entries.some((e) => e.id === id)) entries.push(SCORECARD_CRITERIA.find((e) => e.id === id)!);
    }
    for (const entry of entries) {
      // Switched off (weight 0) or unknown to the profile: never evaluated, so nothing to gather.
      if (!((settingsOf(options.profile, entry.id)?.weight ?? 0) > 0)) continue;
      // The streaming side is the registry entry's own: an entry of the caller's (same id, another
      // `run`) is scored by its `run`, on arrays, as `evaluateTeam` would.
      const stream = registryEntries.has(entry) ? streamOf.get(entry.id) : undefined;
      if (stream === undefined) {
        for (const kind of [...entry.needs, ...entry.uses]) {
          fallbackKinds.add(kind);
          if (TEAM_OBJECTIVES.includes(entry.id)) teamFallbackKinds.add(kind);
        }
        continue;
      }
      const tags: Lane['tags'] = {};
      for (const [kind, tag] of Object.entries(stream.kinds) as [ScorecardRecordKind, string | null][]) {
        if (tag !== null) tags[kind] = { type: tag, record: undefined };
      }
      const aggregator = stream.aggregator(context);
      const lane: Lane = {
        entry,
        stream,
        context,
        aggregator,
        states: new Array(managers.length),
        applies: managers.map((m) => entry.appliesTo === undefined || entry.appliesTo.includes(m.function)),
        team: TEAM_OBJECTIVES.includes(entry.id) ? aggregator.init() : undefined,
        tags,
      };
      list.push(lane);
      for (const kind of Object.keys(stream.kinds) as ScorecardRecordKind[]) {
        if (supplied[kind] === undefined) continue;
        const at = byKind.get(kind) ?? [];
        at.push(lane);
        byKind.set(kind, at);
      }
    }
    lanes.push(list);
  }

  const kept: Partial<Record<ScorecardRecordKind, unknown[]>>[] = managers.map(() => ({}));
  const keptAll: Partial<Record<ScorecardRecordKind, unknown[]>> = {};
  const unassigned: Partial<Record<ScorecardRecordKind, number>> = {};
  const customerManager = new Map<string, string>();
  const onRecord = input.onRecord;
  for (const kind of SCORECARD_RECORD_KINDS) {
    const source = sources[kind];
    if (source === undefined) continue;
    const at = byKind.get(kind) ?? [];
    const keep = fallbackKinds.has(kind);
    if (keep) for (const k of kept) k[kind] = [];
    const all: unknown[] | undefined = teamFallbackKinds.has(kind) ? [] : undefined;
    if (all !== undefined) keptAll[kind] = all;
    let lost = 0;
    const take = (record: unknown): void => {
      onRecord?.(kind, record);
      all?.push(record);
      const owner = ownerOf(kind, record, input, customerManager);
      if (kind === 'customers' && owner !== undefined) customerManager.set((record as Customer).id, owner);
      const slot = owner === undefined ? undefined : slotOf.get(owner);
      if (slot === undefined) lost++;
      else if (keep) (kept[slot]![kind] as unknown[]).push(record);
      for (let i = 0; i < at.length; i++) {
        const lane = at[i]!;
        const tag = lane.tags[kind];
        let item: unknown = record;
        if (tag !== undefined) {
          tag.record = record;
          item = tag;
        }
        if (slot !== undefined && lane.applies[slot]) {
          const current = lane.states[slot];
          lane.states[slot] = lane.aggregator.add(
            current === undefined ? lane.aggregator.init() : current,
            item,
          );
        }
        if (lane.team !== undefined) lane.team = lane.aggregator.add(lane.team, item);
      }
    };
    // An iterable is read synchronously (no promise per record); an async one with for await.
    if (typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') {
      for await (const record of source as AsyncIterable<unknown>) take(record);
    } else {
      for (const record of source as Iterable<unknown>) take(record);
    }
    unassigned[kind] = lost;
  }

  return checked.map((options, p) => {
    const byId = new Map(lanes[p]!.map((lane) => [lane.entry.id, lane]));
    const finish = (lane: Lane, state: unknown, context: ScorecardContext): Evaluation =>
      lane.stream.evaluate(
        lane.aggregator.finish(state === undefined ? lane.aggregator.init() : state),
        context,
      );
    const cards = managers.map((manager, slot) => {
      const records = { ...supplied, ...kept[slot] } as ManagerRecords;
      return scoreManager(manager, records, options, {}, (entry, context) => {
        const lane = byId.get(entry.id);
        return lane === undefined ? entry.run(records, context) : finish(lane, lane.states[slot], context);
      });
    });
    return assembleTeam(options, cards, supplied, unassigned, (entry, context) => {
      const lane = byId.get(entry.id);
      return lane === undefined
        ? entry.run({ ...supplied, ...keptAll } as ManagerRecords, context)
        : finish(lane, lane.team, context);
    });
  });
}

/**
 * A team's scorecard from record streams: what `evaluateTeam` gives on the same records, computed in
 * one pass over each source with only the aggregator states in memory (see {@link scoreTeamStream},
 * which also scores more periods, such as the previous month, in the same pass).
 *
 * @throws {@link CsMetricsError} as `evaluateTeam`.
 * @example
 * ```ts
 * import { b2b, evaluateTeamAsync, normalizeInteractions, normalizeManagers, periodOf, SCORECARD_CRITERIA } from '@org/cs-metrics';
 * const managers = normalizeManagers([
 *   { id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 *   { id: 'm2', name: 'Li Wei', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 * ]);
 * // m2 holds 22 meetings on the 22 working days of October 2026 (1 a day: good, 60); m1 none (poor, 0).
 * async function* interactions() {
 *   yield* normalizeInteractions(Array.from({ length: 22 }, (_, i) => (
 *     { id: `i${i}`, managerId: 'm2', kind: 'meeting', at: `2026-10-${String(i + 1).padStart(2, '0')}T10:00Z` })));
 * }
 * const criteria = SCORECARD_CRITERIA.filter((c) => c.id === 'sales.meetingRate');
 * const team = await evaluateTeamAsync({ managers, period: periodOf('2026-10'), profile: b2b, criteria }, { interactions: interactions() });
 * team.ranking.map((r) => r.managerId); // ['m2', 'm1']
 * ```
 */
export async function evaluateTeamAsync(
  input: EvaluateTeamAsyncInput,
  sources: ScorecardSources,
): Promise<TeamScorecard> {
  if (typeof input !== 'object' || input === null)
    return fail(ErrorCodes.InvalidOption, 'input', 'an object', input);
  const [team] = await scoreTeamStream(input, [input.period], sources);
  return team!;
}
