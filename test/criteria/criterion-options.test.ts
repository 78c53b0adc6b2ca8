// Every criterion checks its options the same way (src/criteria/criterion-options.ts): an app written
// in JavaScript, or a CRM plugin that builds its options from a settings screen, gets the library's
// error with a code and a path, never a TypeError from deep inside. These cases were TypeErrors, or
// were accepted, before the checks were shared.
import { describe, expect, it } from 'vitest';
import {
  type Aggregator,
  b2b,
  budgetVariance,
  budgetVarianceAggregator,
  type CriterionId,
  CsMetricsError,
  decisionMakerReach,
  decisionMakerReachAggregator,
  defineProfile,
  evaluateBudgetVariance,
  evaluateDecisionMakerReach,
  evaluateEventParticipation,
  evaluateFeedbackQuality,
  evaluateMeetingCallAlternation,
  evaluateMeetingRate,
  evaluateMonitoringScores,
  evaluateOpportunityFunnel,
  evaluatePlanAttainment,
  evaluateReferrals,
  evaluateRelationshipCare,
  evaluateResolutionEfficiency,
  evaluateRetention,
  evaluateSatisfaction,
  evaluateServiceLevel,
  evaluateTrainingCoverage,
  eventParticipation,
  eventParticipationAggregator,
  feedbackQuality,
  feedbackQualityAggregator,
  measure,
  meetingCallAlternation,
  meetingCallAlternationAggregator,
  meetingRate,
  meetingRateAggregator,
  monitoringScores,
  monitoringScoresAggregator,
  opportunityFunnel,
  opportunityFunnelAggregator,
  type Period,
  type Profile,
  periodOf,
  planAttainment,
  planAttainmentAggregator,
  referrals,
  referralsAggregator,
  relationshipCare,
  relationshipCareAggregator,
  resolutionEfficiency,
  resolutionEfficiencyAggregator,
  retention,
  retentionAggregator,
  satisfaction,
  satisfactionAggregator,
  serviceLevel,
  serviceLevelAggregator,
  serviceLevelByInterval,
  trainingCoverage,
  trainingCoverageAggregator,
} from '../../src/index.js';

const october = periodOf('2026-10');

/** `code at path` of what `f` throws; fails the test when it throws anything else. */
function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof CsMetricsError)) throw e;
    return `${e.code} at ${e.path}`;
  }
  return 'no error';
}

// Each input object has every list any criterion reads, empty.
const emptyInput = {
  customers: [],
  deals: [],
  plans: [],
  interactions: [],
  feedback: [],
  reviews: [],
  trainings: [],
  revenue: [],
  tickets: [],
  calls: [],
};

type Any = (...args: never[]) => unknown;
interface Row {
  readonly id: CriterionId;
  readonly aggregator: (options: never) => Aggregator<never, unknown, unknown>;
  readonly evaluate: Any;
  readonly oneShot: Any;
  /** What the one-shot function takes first. */
  readonly input: unknown;
}
const rows: Row[] = [
  [
    'sales.eventParticipation',
    eventParticipationAggregator,
    evaluateEventParticipation,
    eventParticipation,
    emptyInput,
  ],
  [
    'sales.meetingCallAlternation',
    meetingCallAlternationAggregator,
    evaluateMeetingCallAlternation,
    meetingCallAlternation,
    [],
  ],
  ['sales.referrals', referralsAggregator, evaluateReferrals, referrals, emptyInput],
  ['sales.meetingRate', meetingRateAggregator, evaluateMeetingRate, meetingRate, []],
  [
    'sales.decisionMakerReach',
    decisionMakerReachAggregator,
    evaluateDecisionMakerReach,
    decisionMakerReach,
    emptyInput,
  ],
  ['sales.planAttainment', planAttainmentAggregator, evaluatePlanAttainment, planAttainment, emptyInput],
  [
    'sales.opportunityFunnel',
    opportunityFunnelAggregator,
    evaluateOpportunityFunnel,
    opportunityFunnel,
    emptyInput,
  ],
  ['contactCentre.serviceLevel', serviceLevelAggregator, evaluateServiceLevel, serviceLevel, []],
  [
    'contactCentre.monitoringScores',
    monitoringScoresAggregator,
    evaluateMonitoringScores,
    monitoringScores,
    [],
  ],
  ['contactCentre.budgetVariance', budgetVarianceAggregator, evaluateBudgetVariance, budgetVariance, []],
  [
    'contactCentre.trainingCoverage',
    trainingCoverageAggregator,
    evaluateTrainingCoverage,
    trainingCoverage,
    emptyInput,
  ],
  ['customer.satisfaction', satisfactionAggregator, evaluateSatisfaction, satisfaction, []],
  ['customer.retention', retentionAggregator, evaluateRetention, retention, emptyInput],
  [
    'customer.resolutionEfficiency',
    resolutionEfficiencyAggregator,
    evaluateResolutionEfficiency,
    resolutionEfficiency,
    [],
  ],
  [
    'customer.feedbackQuality',
    feedbackQualityAggregator,
    evaluateFeedbackQuality,
    feedbackQuality,
    emptyInput,
  ],
  [
    'customer.relationshipCare',
    relationshipCareAggregator,
    evaluateRelationshipCare,
    relationshipCare,
    emptyInput,
  ],
].map(([id, aggregator, evaluate, oneShot, input]) => ({ id, aggregator, evaluate, oneShot, input }) as Row);

// Budget variance is the one criterion without a period.
const periodic = rows.filter((r) => r.id !== 'contactCentre.budgetVariance');
const metricsOf = (r: Row): unknown =>
  measure(r.aggregator((r.id === 'contactCentre.budgetVariance' ? {} : { period: october }) as never), []);

/** b2b with criterion `id`'s settings replaced (or removed, for `undefined`). */
function withSettings(id: CriterionId, settings: unknown): Profile {
  const criteria: Record<string, unknown> = { ...b2b.criteria };
  if (settings === undefined) delete criteria[id];
  else criteria[id] = settings;
  return { ...b2b, criteria } as unknown as Profile;
}

describe('the options every criterion shares', () => {
  it('covers all sixteen criteria', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(b2b.criteria).sort());
  });

  it.each(rows)('$id: the aggregator refuses options that are not an object', ({ aggregator }) => {
    for (const options of [null, 5, 'b2b', [october]]) {
      expect(failure(() => aggregator(options as never))).toBe('invalid-option at options');
    }
  });

  it.each(periodic)('$id: the aggregator refuses anything but a whole period', ({ aggregator }) => {
    const bad: unknown[] = [
      undefined,
      '2026-10',
      { start: october.start, end: october.end },
      { ...october, start: Number.NaN },
      { ...october, end: Number.POSITIVE_INFINITY },
      { ...october, timeZone: undefined },
      { ...october, from: 20261001 },
      // An empty or backwards span: start must come before end.
      { ...october, end: october.start },
      { ...october, start: october.end, end: october.start },
    ];
    for (const period of bad) {
      expect(failure(() => aggregator({ period } as never))).toBe('invalid-option at options.period');
    }
    expect(failure(() => aggregator({ period: october } as never))).toBe('no error');
  });

  it.each(rows)('$id: evaluating needs an options object with a profile', (r) => {
    const metrics = metricsOf(r);
    expect(failure(() => r.evaluate(metrics as never, null as never))).toBe('invalid-option at options');
    expect(failure(() => r.evaluate(metrics as never, undefined as never))).toBe('invalid-option at options');
    expect(failure(() => r.evaluate(metrics as never, {} as never))).toBe(
      'invalid-option at options.profile',
    );
    expect(failure(() => r.evaluate(metrics as never, { profile: 'b2b' } as never))).toBe(
      'invalid-option at options.profile',
    );
    expect(failure(() => r.evaluate(metrics as never, { profile: b2b } as never))).toBe('no error');
  });

  it.each(rows)('$id: evaluating checks the profile and names the bad value in it', (r) => {
    const metrics = metricsOf(r);
    const settings = b2b.criteria[r.id];
    const evaluate = (profile: Profile) => failure(() => r.evaluate(metrics as never, { profile } as never));
    const at = `options.profile.criteria["${r.id}"]`;
    expect(evaluate(withSettings(r.id, { ...settings, weight: -1 }))).toBe(`invalid-profile at ${at}.weight`);
    expect(evaluate(withSettings(r.id, { ...settings, minimumSample: 0.5 }))).toBe(
      `invalid-profile at ${at}.minimumSample`,
    );
    expect(
      evaluate(withSettings(r.id, { ...settings, band: { ...settings.band, good: Number.NaN } })),
    ).toMatch(new RegExp(`^invalid-profile at ${at.replace(/[.[\]"]/g, '\\$&')}\\.band`));
    expect(evaluate(withSettings(r.id, null))).toBe(`invalid-profile at ${at}`);
    // A profile saved before this criterion existed: the scorecards leave the criterion out, but it
    // cannot be evaluated alone.
    expect(evaluate(withSettings(r.id, undefined))).toBe(`invalid-profile at ${at}`);
    expect(evaluate({ ...b2b, criteria: null } as unknown as Profile)).toBe(
      'invalid-profile at options.profile.criteria',
    );
  });

  it.each(rows)('$id: the one-shot function checks its options before it reads them', (r) => {
    const options = r.id === 'contactCentre.budgetVariance' ? {} : { period: october };
    expect(failure(() => r.oneShot(r.input as never, null as never))).toBe('invalid-option at options');
    expect(failure(() => r.oneShot(r.input as never, options as never))).toBe(
      'invalid-option at options.profile',
    );
    expect(failure(() => r.oneShot(r.input as never, { ...options, profile: b2b } as never))).toBe(
      'no error',
    );
  });

  it('a profile from defineProfile is checked once and used as it is', () => {
    const mine = defineProfile(b2b, {
      id: 'mine',
      criteria: { 'sales.meetingRate': { band: { good: 1.5 } } },
    });
    const metrics = measure(meetingRateAggregator({ period: october }), []);
    expect(evaluateMeetingRate(metrics, { profile: mine }).profile).toBe('mine');
    expect(evaluateMeetingRate(metrics, { profile: mine }).benchmark).toEqual(
      mine.criteria['sales.meetingRate'].band,
    );
  });

  it('service level and its intervals check an optional profile and a null options object', () => {
    const period: Period = october;
    expect(failure(() => serviceLevelAggregator(null as never))).toBe('invalid-option at options');
    expect(failure(() => serviceLevelByInterval(null as never))).toBe('invalid-option at options');
    expect(failure(() => serviceLevelByInterval({ period: { ...period, start: Number.NaN } }))).toBe(
      'invalid-option at options.period',
    );
    expect(failure(() => serviceLevelAggregator({ period, profile: 'b2b' as never }))).toBe(
      'invalid-option at options.profile',
    );
    const noSettings = withSettings('contactCentre.serviceLevel', {
      ...b2b.criteria['contactCentre.serviceLevel'],
      weight: Number.NaN,
    });
    expect(failure(() => serviceLevelAggregator({ period, profile: noSettings }))).toBe(
      'invalid-profile at options.profile.criteria["contactCentre.serviceLevel"].weight',
    );
  });

  it('says what it expected of a profile that is not one, and of a criterion it has no settings for', () => {
    const metrics = measure(meetingRateAggregator({ period: october }), []);
    const message = (profile: unknown) => {
      try {
        evaluateMeetingRate(metrics, { profile } as never);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message('b2b')).toBe(
      'options.profile: expected a Profile (b2b, b2c, consulting or defineProfile()), got "b2b"',
    );
    expect(message(withSettings('sales.meetingRate', undefined))).toBe(
      'options.profile.criteria["sales.meetingRate"]: expected the settings of sales.meetingRate, got undefined',
    );
  });

  it('monitoring checks its previous period as a whole period too', () => {
    const september = periodOf('2026-09');
    expect(
      failure(() =>
        monitoringScoresAggregator({
          period: october,
          previousPeriod: { ...september, to: undefined } as never,
        }),
      ),
    ).toBe('invalid-option at options.previousPeriod');
    expect(failure(() => monitoringScoresAggregator({ period: october, previousPeriod: september }))).toBe(
      'no error',
    );
  });
});
