// One entry per aggregator: its records, its ratios, a recount to agree with, its own monotonic
// laws and what must add up from managers to the team. A new criterion adds one entry here.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  QUANTILE_EXACT_CAP,
  type QuantileSketch,
} from '../../src/criteria/customer/quantile-sketch.js';
import {
  type Aggregator,
  addToMoneyTotal,
  type BudgetVarianceMetrics,
  budgetVarianceAggregator,
  type CallRecord,
  Decimal,
  emptyMoneyTotal,
  type FeedbackQualityMetrics,
  type FeedbackQualityRecord,
  feedbackQualityAggregator,
  type Interaction,
  type MeetingRateMetrics,
  type Money,
  type MoneyTotal,
  meetingRateAggregator,
  mergeMoneyTotals,
  money,
  moneyTotalValue,
  normalizeBudgetLine,
  normalizeFeedbackItem,
  normalizeInteraction,
  normalizeSupportTicket,
  period,
  type RelationshipCareMetrics,
  type RelationshipCareRecord,
  type ResolutionEfficiencyMetrics,
  relationshipCareAggregator,
  resolutionEfficiencyAggregator,
  SERVICE_LEVEL_CONVENTIONS,
  type ServiceLevelConvention,
  type ServiceLevelIntervals,
  type ServiceLevelMetrics,
  type ServiceLevelState,
  serviceLevelAggregator,
  serviceLevelByInterval,
  sketchQuantile,
} from '../../src/index.js';
import {
  amountText,
  budgetLine,
  call,
  callInPeriod,
  customer,
  feedbackItem,
  interaction,
  meeting,
  OCTOBER,
  ticket,
  ZONE,
} from './arbitraries.js';
import type { AnyLawEntry, LawEntry } from './harness.js';

/** `after ≤ before`, where null (nothing to measure yet) is no constraint. */
const notRaised = (before: number | null, after: number | null) =>
  before === null || after === null || after <= before;
const notLowered = (before: number | null, after: number | null) =>
  before === null || after === null || after >= before;
const inPeriod = (t: number) => t >= OCTOBER.start && t < OCTOBER.end;

// ---------------------------------------------------------------- sales.meetingRate

type MeetingRateAggregator = Aggregator<Interaction, unknown, MeetingRateMetrics>;
const perManager = new Map<string, MeetingRateAggregator>();
const meetingRate: LawEntry<Interaction, unknown, MeetingRateMetrics> = {
  name: 'sales.meetingRate',
  aggregator: meetingRateAggregator({ period: OCTOBER }) as Aggregator<
    Interaction,
    unknown,
    MeetingRateMetrics
  >,
  records: interaction,
  oracle(rs, r) {
    const meetings = rs.filter((i) => i.kind === 'meeting');
    expect(r.meetings).toBe(meetings.filter((i) => inPeriod(i.at)).length);
    expect(r.outsidePeriod).toBe(meetings.filter((i) => !inPeriod(i.at)).length);
    // The ISO weeks (40 to 44 of 2026) partition the month.
    expect(r.perIsoWeek.map((w) => w.week)).toEqual([
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
    ]);
    expect(r.perIsoWeek.reduce((n, w) => n + w.meetings, 0)).toBe(r.meetings);
    expect(r.perIsoWeek.reduce((n, w) => n + w.workingDays, 0)).toBe(r.workingDays);
    // 1 October 2026 is a Thursday: 31 days − 5 Saturdays (3, 10, 17, 24, 31) − 4 Sundays (4, 11, 18, 25) = 22.
    expect(r.workingDays).toBe(22);
  },
  monotone: [
    {
      name: 'adding a meeting never lowers meetings per working day',
      extra: meeting,
      holds: (b, a) =>
        notLowered(b.meetingsPerWorkingDay, a.meetingsPerWorkingDay) &&
        a.meetings + a.outsidePeriod === b.meetings + b.outsidePeriod + 1,
    },
    {
      name: 'adding a call, email, message or event changes nothing',
      extra: interaction.filter((i) => i.kind !== 'meeting'),
      holds: (b, a) => JSON.stringify(a) === JSON.stringify(b),
    },
  ],
  team: {
    groupOf: (i) => i.managerId,
    // Built once per manager: building one splits the month into days and weeks (milliseconds).
    forGroup: (managerId) => {
      let agg = perManager.get(managerId);
      if (agg === undefined) {
        agg = meetingRateAggregator({ period: OCTOBER, managerId }) as MeetingRateAggregator;
        perManager.set(managerId, agg);
      }
      return agg;
    },
    conserved: (r) => ({
      meetings: r.meetings,
      offDays: r.meetingsOnNonWorkingDays,
      outside: r.outsidePeriod,
    }),
  },
};

// ---------------------------------------------------------------- contactCentre.serviceLevel

/** The state does not depend on the convention, so one pass is finished under all six at once. */
function allConventions(): Aggregator<
  CallRecord,
  ServiceLevelState,
  Record<ServiceLevelConvention, ServiceLevelMetrics>
> {
  const each = SERVICE_LEVEL_CONVENTIONS.map((convention) =>
    serviceLevelAggregator({ period: OCTOBER, convention }),
  );
  const first = each[0]!;
  return {
    init: first.init,
    add: first.add,
    merge: first.merge,
    finish: (s) =>
      Object.fromEntries(SERVICE_LEVEL_CONVENTIONS.map((c, i) => [c, each[i]!.finish(s)])) as Record<
        ServiceLevelConvention,
        ServiceLevelMetrics
      >,
  };
}
type AllLevels = Record<ServiceLevelConvention, ServiceLevelMetrics>;
const everyConvention =
  (test: (b: ServiceLevelMetrics, a: ServiceLevelMetrics) => boolean) => (b: AllLevels, a: AllLevels) =>
    SERVICE_LEVEL_CONVENTIONS.every((c) => test(b[c], a[c]));
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 });

const serviceLevel: LawEntry<CallRecord, ServiceLevelState, AllLevels> = {
  name: 'contactCentre.serviceLevel (all six conventions, 30 s inclusive)',
  aggregator: allConventions(),
  records: call,
  ratios: (r) => ({
    ...Object.fromEntries(SERVICE_LEVEL_CONVENTIONS.map((c) => [c, r[c].serviceLevel])),
    abandonmentRate: r['abandons-as-misses'].abandonmentRate,
    shareWaitedOverMinute: r['abandons-as-misses'].shareWaitedOverMinute,
  }),
  oracle(rs, all) {
    const r = all['abandons-as-misses'];
    const inside = rs.filter((c) => inPeriod(c.offeredAt));
    expect(r.offered).toBe(inside.length);
    expect(r.outsidePeriod).toBe(rs.length - inside.length);
    expect(r.answered).toBe(inside.filter((c) => c.outcome === 'answered').length);
    // Waits are whole tenths of a second here, so "within 30 s" is exact: waitSeconds ≤ 30.
    expect(r.answeredWithinThreshold).toBe(
      inside.filter((c) => c.outcome === 'answered' && c.waitSeconds <= 30).length,
    );
    expect(r.countedCalls).toBe(r.offered);
    expect(all['answered-only'].countedCalls).toBe(r.answered);
  },
  monotone: [
    {
      name: 'adding a call answered late never raises the service level (any convention)',
      extra: callInPeriod(true, tenths(30.1, 120)),
      holds: everyConvention((b, a) => notRaised(b.serviceLevel, a.serviceLevel)),
    },
    {
      name: 'adding a call answered in time never lowers the service level (any convention)',
      extra: callInPeriod(true, tenths(0, 30)),
      holds: everyConvention((b, a) => notLowered(b.serviceLevel, a.serviceLevel)),
    },
    {
      name: 'adding an abandoned call never raises the service level when abandons count as misses, never lowers the abandonment rate',
      extra: callInPeriod(false, tenths(0, 120)),
      holds: (b, a) =>
        notRaised(b['abandons-as-misses'].serviceLevel, a['abandons-as-misses'].serviceLevel) &&
        notLowered(b['abandons-as-misses'].abandonmentRate, a['abandons-as-misses'].abandonmentRate) &&
        a['answered-only'].serviceLevel === b['answered-only'].serviceLevel,
    },
    {
      name: 'adding any call never shortens the longest wait',
      extra: call,
      holds: (b, a) =>
        notLowered(b['abandons-as-misses'].longestWaitSeconds, a['abandons-as-misses'].longestWaitSeconds),
    },
  ],
  team: {
    groupOf: (c) => c.agentId ?? 'abandoned',
    conserved: (all) => {
      const r = all['abandons-as-misses'];
      return {
        offered: r.offered,
        answered: r.answered,
        within: r.answeredWithinThreshold,
        abandoned: r.abandoned,
        outside: r.outsidePeriod,
      };
    },
  },
};

// ---------------------------------------------------------------- serviceLevelByInterval

const LORD_HOWE_OCTOBER = period({ from: '2026-10-01', to: '2026-10-31', timeZone: 'Australia/Lord_Howe' });

function intervalsEntry(
  zone: string,
  p: typeof OCTOBER,
  minutes: 15 | 30 | 60,
): LawEntry<CallRecord, unknown, ServiceLevelIntervals> {
  const whole = serviceLevelAggregator({ period: p });
  return {
    name: `serviceLevelByInterval (${minutes} min, ${zone})`,
    aggregator: serviceLevelByInterval({ period: p, intervalMinutes: minutes }) as Aggregator<
      CallRecord,
      unknown,
      ServiceLevelIntervals
    >,
    records: call,
    ratios: (r) => Object.fromEntries(r.intervals.map((i) => [i.label, i.metrics.serviceLevel])),
    oracle(rs, r) {
      // The intervals partition the period: their counts add up to the whole period's.
      const total = whole.finish(rs.reduce((s, c) => whole.add(s, c), whole.init()));
      const sum = (f: (m: ServiceLevelMetrics) => number) =>
        r.intervals.reduce((n, i) => n + f(i.metrics), 0);
      expect(sum((m) => m.offered)).toBe(total.offered);
      expect(sum((m) => m.answeredWithinThreshold)).toBe(total.answeredWithinThreshold);
      expect(r.outsidePeriod).toBe(total.outsidePeriod);
      for (let k = 0; k < r.intervals.length; k++) {
        const { start } = r.intervals[k]!;
        expect(start >= p.start && start < p.end).toBe(true);
        if (k > 0) expect(start).toBeGreaterThan(r.intervals[k - 1]!.start);
      }
      expect(new Set(r.intervals.map((i) => i.label)).size).toBe(r.intervals.length);
    },
  };
}

// ---------------------------------------------------------------- contactCentre.budgetVariance

const plainLine = (budgeted: fc.Arbitrary<string>, actual: fc.Arbitrary<string>) =>
  fc
    .record({ budgeted, actual, category: fc.constantFrom('staff', 'recognition') })
    .map((l) => normalizeBudgetLine({ department: 'Support', period: '2026-10', currency: 'EUR', ...l }));

const budgetVariance: LawEntry<ReturnType<typeof normalizeBudgetLine>, unknown, BudgetVarianceMetrics> = {
  name: 'contactCentre.budgetVariance',
  aggregator: budgetVarianceAggregator() as Aggregator<
    ReturnType<typeof normalizeBudgetLine>,
    unknown,
    BudgetVarianceMetrics
  >,
  records: budgetLine,
  oracle(rs, r) {
    if (rs.length === 0) {
      expect(r.total).toBeNull();
      return;
    }
    const t = r.total!;
    const sum = (f: (x: (typeof rs)[number]) => Decimal) => rs.reduce((s, x) => s.plus(f(x)), new Decimal(0));
    // Exact: the totals are the decimal sums of the records, to the last digit.
    expect(t.budgeted.amount.toString()).toBe(sum((x) => x.budgeted).toString());
    expect(t.actual.amount.toString()).toBe(sum((x) => x.actual).toString());
    expect(t.variance.amount.toString()).toBe(t.budgeted.amount.minus(t.actual.amount).toString());
    expect(t.grossSavings.amount.minus(t.overspend.amount).toString()).toBe(t.variance.amount.toString());
    const byLines = r.lines.reduce((s, l) => s.plus(l.variance.amount), new Decimal(0));
    expect(byLines.toString()).toBe(t.variance.amount.toString());
    const byCategory = r.categories.reduce((s, c) => s.plus(c.actual.amount), new Decimal(0));
    expect(byCategory.toString()).toBe(t.actual.amount.toString());
  },
  monotone: [
    {
      name: 'adding spending with no budget never lowers the spend ratio',
      extra: plainLine(fc.constant('0'), amountText),
      holds: (b, a) => notLowered(b.spendRatio, a.spendRatio),
    },
    {
      // Towards 0, not down: with net refunds the ratio is negative and more budget raises it to 0.
      name: 'adding budget with no spending never moves the spend ratio away from 0',
      extra: plainLine(amountText, fc.constant('0')),
      holds: (b, a) =>
        b.spendRatio === null || a.spendRatio === null || Math.abs(a.spendRatio) <= Math.abs(b.spendRatio),
    },
  ],
  team: {
    groupOf: (l) => l.managerId ?? 'none',
    conserved: (r) => ({
      budgeted: r.total?.budgeted.amount.toString() ?? '0',
      actual: r.total?.actual.amount.toString() ?? '0',
      variance: r.total?.variance.amount.toString() ?? '0',
    }),
  },
};

// ---------------------------------------------------------------- customer.resolutionEfficiency

const freshCustomerTicket = (resolvedCleanly: boolean) =>
  fc
    .record({ day: fc.integer({ min: 2, max: 29 }), hours: fc.integer({ min: 1, max: 48 }) })
    .map(({ day, hours }) => {
      const opened = Date.UTC(2026, 9, day, 9);
      return normalizeSupportTicket({
        id: 'extra',
        customerId: 'a-customer-seen-once',
        openedAt: opened,
        contacts: 1,
        resolvedAt: opened + hours * 3_600_000,
        reopenedAt: resolvedCleanly ? undefined : [opened + (hours + 1) * 3_600_000],
      });
    });

const resolutionRatios = (r: ResolutionEfficiencyMetrics) => ({
  fcr: r.firstContactResolution.share,
  reopen: r.reopen.share,
});
const resolutionOracle = (rs: readonly unknown[], r: ResolutionEfficiencyMetrics) => {
  expect(r.tickets + r.outsidePeriod).toBe(rs.length);
  for (const d of [r.firstResponse, r.resolution]) {
    if (d.count > 0) expect(d.medianSeconds!).toBeLessThanOrEqual(d.p90Seconds!);
  }
};

const resolutionNoRepeat: LawEntry<
  ReturnType<typeof normalizeSupportTicket>,
  unknown,
  ResolutionEfficiencyMetrics
> = {
  name: 'customer.resolutionEfficiency (no repeat contact in 7 days, as of 20 October)',
  aggregator: resolutionEfficiencyAggregator({ period: OCTOBER, asOf: '2026-10-20T12:00Z' }) as never,
  records: ticket,
  ratios: resolutionRatios,
  oracle: resolutionOracle,
  monotone: [
    {
      name: 'adding a ticket from a new customer, resolved and never reopened, never lowers first-contact resolution',
      extra: freshCustomerTicket(true),
      holds: (b, a) => notLowered(b.firstContactResolution.share, a.firstContactResolution.share),
    },
    {
      name: 'adding a reopened ticket never lowers the reopen rate nor raises first-contact resolution',
      extra: freshCustomerTicket(false),
      holds: (b, a) =>
        notLowered(b.reopen.share, a.reopen.share) &&
        notRaised(b.firstContactResolution.share, a.firstContactResolution.share),
    },
  ],
  // A repeat contact is a ticket from the same customer, so per-customer results add up.
  team: {
    groupOf: (t) => t.customerId ?? 'none',
    conserved: (r) => ({
      tickets: r.tickets,
      outside: r.outsidePeriod,
      eligible: r.firstContactResolution.eligible,
      resolved: r.firstContactResolution.resolved,
      everResolved: r.reopen.resolved,
      reopened: r.reopen.reopened,
      open: r.openProblems?.open ?? 0,
    }),
  },
};

const resolutionOneTouch: LawEntry<
  ReturnType<typeof normalizeSupportTicket>,
  unknown,
  ResolutionEfficiencyMetrics
> = {
  name: 'customer.resolutionEfficiency (one touch, business hours, first resolution)',
  aggregator: resolutionEfficiencyAggregator({
    period: OCTOBER,
    timeBasis: 'business',
    reopened: 'first-resolution',
    firstContactResolution: { method: 'one-touch' },
  }) as never,
  records: ticket,
  ratios: resolutionRatios,
  oracle: resolutionOracle,
  monotone: [
    {
      name: 'adding a ticket resolved at the one contact never lowers one-touch resolution',
      extra: freshCustomerTicket(true),
      holds: (b, a) => notLowered(b.firstContactResolution.share, a.firstContactResolution.share),
    },
  ],
};

// ---------------------------------------------------------------- customer.feedbackQuality

const feedbackRecord: fc.Arbitrary<FeedbackQualityRecord> = fc.oneof(
  feedbackItem.map((record) => ({ type: 'feedback' as const, record })),
  interaction.map((record) => ({ type: 'interaction' as const, record })),
);
const feedbackInPeriod = (actedAfterDays: fc.Arbitrary<number | undefined>) =>
  fc.tuple(fc.integer({ min: 2, max: 29 }), actedAfterDays).map(([d, after]): FeedbackQualityRecord => {
    const at = Date.UTC(2026, 9, d, 12);
    return {
      type: 'feedback',
      record: normalizeFeedbackItem({
        id: 'extra',
        at: new Date(at).toISOString(),
        source: 'survey',
        actionTakenAt: after === undefined ? undefined : new Date(at + after * 86_400_000).toISOString(),
      }),
    };
  });

const feedbackQuality: LawEntry<FeedbackQualityRecord, unknown, FeedbackQualityMetrics> = {
  name: 'customer.feedbackQuality (action within 30 days)',
  aggregator: feedbackQualityAggregator({ period: OCTOBER }) as never,
  records: feedbackRecord,
  ratios: (r) => ({
    coverage: r.customerCoverage,
    categorised: r.categorisedShare,
    actedOn: r.actedOnShare,
    actedInTime: r.actedInTimeShare,
    ...Object.fromEntries(r.topics.map((t) => [`topic ${t.topic}`, t.share])),
  }),
  oracle(rs, r) {
    expect(r.topics.reduce((n, t) => n + t.count, 0)).toBe(r.categorised);
    expect(r.actedInTime).toBeLessThanOrEqual(r.actedOn);
    expect(r.feedback).toBe(rs.filter((x) => x.type === 'feedback' && inPeriod(x.record.at)).length);
  },
  monotone: [
    {
      name: 'adding feedback acted on within the window never lowers the share acted on in time',
      extra: feedbackInPeriod(fc.integer({ min: 0, max: 30 })),
      holds: (b, a) => notLowered(b.actedInTimeShare, a.actedInTimeShare),
    },
    {
      name: 'adding feedback never acted on never raises the share acted on in time',
      extra: feedbackInPeriod(fc.constant(undefined)),
      holds: (b, a) => notRaised(b.actedInTimeShare, a.actedInTimeShare),
    },
  ],
  team: {
    groupOf: (x) => x.record.customerId ?? 'none',
    conserved: (r) => ({
      feedback: r.feedback,
      outside: r.outsidePeriod,
      interactions: r.interactions,
      categorised: r.categorised,
      actedInTime: r.actedInTime,
      active: r.activeCustomers,
      covered: r.activeCustomersWithFeedback,
    }),
  },
};

// ---------------------------------------------------------------- customer.relationshipCare

const careRecord: fc.Arbitrary<RelationshipCareRecord> = fc.oneof(
  customer.map((record) => ({ type: 'customer' as const, record })),
  interaction.map((record) => ({ type: 'interaction' as const, record })),
  ticket.map((record) => ({ type: 'ticket' as const, record })),
  call.map((record) => ({ type: 'call' as const, record })),
);
const contactInPeriod = fc
  .tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), fc.integer({ min: 1, max: 31 }))
  .map(([customerId, d]) => ({
    type: 'interaction' as const,
    record: normalizeInteraction(
      {
        id: 'extra',
        managerId: 'm1',
        customerId,
        kind: 'meeting',
        at: `2026-10-${String(d).padStart(2, '0')}T10:00`,
      },
      { timeZone: ZONE },
    ),
  }));
const groupOfCare = (x: RelationshipCareRecord): string =>
  x.type === 'customer' ? x.record.id : x.type === 'interaction' ? (x.record.customerId ?? 'none') : 'none';

const relationshipCare: LawEntry<RelationshipCareRecord, unknown, RelationshipCareMetrics> = {
  name: 'customer.relationshipCare',
  aggregator: relationshipCareAggregator({ period: OCTOBER }) as never,
  records: careRecord,
  ratios: (r) => ({
    contacted: r.contactedShare,
    followUp: r.complaintFollowUpShare,
    vip: r.vipServiceLevel,
    other: r.otherServiceLevel,
  }),
  oracle(_rs, r) {
    expect(r.overdue.length).toBe(r.keyCustomers - r.contactedInInterval);
  },
  monotone: [
    {
      name: 'adding a contact inside the period never lowers the share of key customers contacted in time',
      extra: contactInPeriod,
      holds: (b, a) => notLowered(b.contactedShare, a.contactedShare) && a.keyCustomers === b.keyCustomers,
    },
    {
      name: 'adding a VIP call answered within 20 s never lowers the VIP service level',
      extra: callInPeriod(true, tenths(0, 20)).map((c) => ({
        type: 'call' as const,
        record: { ...c, vip: true },
      })),
      holds: (b, a) => notLowered(b.vipServiceLevel, a.vipServiceLevel),
    },
  ],
  team: {
    groupOf: groupOfCare,
    conserved: (r) => ({
      keyCustomers: r.keyCustomers,
      contacted: r.contactedInInterval,
      complaints: r.complaints,
      followedUp: r.complaintsFollowedUp,
      vipCalls: r.vipCalls,
    }),
  },
};

// ---------------------------------------------------------------- the quantile sketch

const QUANTILES = [0, 0.1, 0.5, 0.9, 1] as const;
const sketch: LawEntry<number, QuantileSketch, (number | null)[]> = {
  name: 'quantile sketch (exact to 256 values, then within 1 %)',
  aggregator: {
    init: emptySketch,
    add: addToSketch,
    merge: mergeSketches,
    finish: (s) => QUANTILES.map((q) => sketchQuantile(s, q)),
  },
  records: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.double({ min: 0.001, max: 1e7, noNaN: true }),
  ),
  maxLength: 600,
  oracle(rs, r) {
    const sorted = [...rs].sort((x, y) => x - y);
    QUANTILES.forEach((q, k) => {
      if (rs.length === 0) expect(r[k]).toBeNull();
      else if (rs.length <= QUANTILE_EXACT_CAP) expect(r[k]).toBe(sorted[Math.floor(q * (rs.length - 1))]);
      else {
        // DDSketch's guarantee: within the relative error of the value of that rank.
        const exact = sorted[Math.floor(q * (rs.length - 1))]!;
        expect(Math.abs(r[k]! - exact)).toBeLessThanOrEqual(exact * 0.01 * (1 + 1e-9));
      }
    });
  },
  monotone: [
    {
      name: 'adding a value never lowers the maximum nor raises the minimum',
      extra: fc.integer({ min: 0, max: 2_000_000 }),
      holds: (b, a) => notLowered(b[4]!, a[4]!) && notRaised(b[0]!, a[0]!),
    },
  ],
};

// ---------------------------------------------------------------- MoneyTotal

function moneyTotalEntry(
  currency: string,
): LawEntry<Money, MoneyTotal, { value: string | null; count: number }> {
  return {
    name: `MoneyTotal in ${currency} (integers of minor units, decimals past them or past 2^53)`,
    aggregator: {
      init: emptyMoneyTotal,
      add: (t, m) => addToMoneyTotal(t, m),
      merge: mergeMoneyTotals,
      finish: (t) => ({ value: moneyTotalValue(t)?.amount.toString() ?? null, count: t.count }),
    },
    records: amountText.map((a) => money(a, currency)),
    oracle(rs, r) {
      expect(r.count).toBe(rs.length);
      const exact = rs.reduce((s, m) => s.plus(m.amount), new Decimal(0));
      expect(r.value).toBe(rs.length === 0 ? null : exact.toString());
    },
  };
}

/** Every aggregator under the laws. */
export const ENTRIES: readonly AnyLawEntry[] = [
  meetingRate,
  serviceLevel,
  intervalsEntry('Europe/London', OCTOBER, 30),
  intervalsEntry('Australia/Lord_Howe', LORD_HOWE_OCTOBER, 60),
  budgetVariance,
  resolutionNoRepeat,
  resolutionOneTouch,
  feedbackQuality,
  relationshipCare,
  sketch,
  moneyTotalEntry('EUR'),
  moneyTotalEntry('JPY'),
  moneyTotalEntry('KWD'),
];
