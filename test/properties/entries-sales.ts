// Law entries of the sales criteria that landed after the suite was written: events, the
// alternation of call and meeting days, referrals, decision makers, plan attainment and the funnel.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  type Aggregator,
  type Deal,
  Decimal,
  type DecisionMakerReachMetrics,
  type DecisionMakerReachRecord,
  decisionMakerReachAggregator,
  type EventParticipationMetrics,
  type EventParticipationRecord,
  eventParticipationAggregator,
  type Interaction,
  type MeetingCallAlternationMetrics,
  type Money,
  meetingCallAlternationAggregator,
  normalizeDeal,
  normalizeInteraction,
  type OpportunityFunnelMetrics,
  type OpportunityFunnelRecord,
  opportunityFunnelAggregator,
  type PlanAttainmentMetrics,
  type PlanAttainmentRecord,
  planAttainmentAggregator,
  type ReferralsMetrics,
  type ReferralsRecord,
  referralsAggregator,
} from '../../src/index.js';
import { deal, OCTOBER, plansAndDeals, salesInteraction, ZONE } from './arbitraries.js';
import type { AnyLawEntry, LawEntry } from './harness.js';

/** `after ≤ before`, where null (nothing to measure yet) is no constraint. */
export const notRaised = (before: number | null, after: number | null) =>
  before === null || after === null || after <= before;
export const notLowered = (before: number | null, after: number | null) =>
  before === null || after === null || after >= before;
export const inPeriod = (t: number) => t >= OCTOBER.start && t < OCTOBER.end;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const two = (n: number) => String(n).padStart(2, '0');
/** A day of October 2026 from the 1st to `last`. */
const october = (last = 31) => fc.integer({ min: 1, max: last }).map((d) => `2026-10-${two(d)}`);

/** One aggregator per manager, built once (building one splits the month into days). */
function perManager<A>(build: (managerId: string) => A): (managerId: string) => A {
  const cache = new Map<string, A>();
  return (managerId) => {
    let a = cache.get(managerId);
    if (a === undefined) {
      a = build(managerId);
      cache.set(managerId, a);
    }
    return a;
  };
}

/** A deal added by a law: a fixed id outside the generated ones, London wall times. */
const extraDeal = (over: Partial<Parameters<typeof normalizeDeal>[0]>): Deal =>
  normalizeDeal(
    {
      id: 'extra',
      managerId: 'm1',
      customerId: 'c1',
      source: 'inbound',
      stage: 'won',
      amount: '1000.00',
      currency: 'EUR',
      createdAt: '2026-09-10T10:00',
      ...over,
    },
    { timeZone: ZONE },
  );
const extraInteraction = (over: Partial<Parameters<typeof normalizeInteraction>[0]>): Interaction =>
  normalizeInteraction(
    { id: 'extra', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-14T10:00', ...over },
    { timeZone: ZONE },
  );
const wholeAmount = fc.integer({ min: 0, max: 2_000_000 }).map((c) => (c / 100).toFixed(2));
const totalIn = (list: readonly Money[], currency: string) =>
  list.find((m) => m.currency === currency)?.amount.toString() ?? '0';

// ---------------------------------------------------------------- sales.eventParticipation

const tagged =
  <T extends 'interaction' | 'deal'>(type: T) =>
  <R>(record: R) => ({ type, record });
const eventRecord: fc.Arbitrary<EventParticipationRecord> = fc.oneof(
  salesInteraction.map(tagged('interaction')),
  deal.map(tagged('deal')),
) as fc.Arbitrary<EventParticipationRecord>;
const eventAggregatorOf = perManager(
  (managerId) =>
    eventParticipationAggregator({ period: OCTOBER, managerId }) as Aggregator<
      EventParticipationRecord,
      unknown,
      EventParticipationMetrics
    >,
);

export const eventParticipation: LawEntry<EventParticipationRecord, unknown, EventParticipationMetrics> = {
  name: 'sales.eventParticipation',
  aggregator: eventParticipationAggregator({ period: OCTOBER }) as never,
  records: eventRecord,
  ratios: (r) => ({
    eventDealShare: r.eventDealShare,
    eventDealWinRate: r.eventDealWinRate,
    ...Object.fromEntries(r.amountShares.map((a) => [`amount share ${a.currency}`, a.share])),
  }),
  oracle(rs, r) {
    const events = rs
      .filter((x) => x.type === 'interaction' && x.record.kind === 'event')
      .map((x) => x.record as Interaction);
    const inside = events.filter((i) => inPeriod(i.at));
    expect(r.events).toBe(inside.length);
    expect(r.outsidePeriod).toBe(events.length - inside.length);
    expect(r.contactsMet).toBe(inside.reduce((n, i) => n + (i.contactsMet ?? 0), 0));
    // October is one whole month: events per month are the events.
    expect(r.months).toBe(1);
    expect(r.eventsPerMonth).toBe(r.events);
    expect(Object.values(r.byEventType).reduce((n, k) => n + k, 0)).toBe(r.events);
    const deals = rs.filter((x) => x.type === 'deal').map((x) => x.record as Deal);
    const created = deals.filter((d) => inPeriod(d.createdAt));
    expect(r.newDeals).toBe(created.length);
    expect(r.eventDeals).toBe(created.filter((d) => d.source === 'event').length);
    for (const a of r.amountShares) {
      const sum = (ds: Deal[]) =>
        ds.filter((d) => d.currency === a.currency).reduce((s, d) => s.plus(d.amount), new Decimal(0));
      expect(a.newAmount.amount.toString()).toBe(sum(created).toString());
      expect(a.eventAmount.amount.toString()).toBe(
        sum(created.filter((d) => d.source === 'event')).toString(),
      );
    }
  },
  monotone: [
    {
      name: 'adding an event attended in the period never lowers events per month nor contacts met',
      extra: fc.tuple(october(), fc.integer({ min: 0, max: 40 })).map(([d, contactsMet]) => ({
        type: 'interaction' as const,
        record: extraInteraction({ kind: 'event', customerId: undefined, at: `${d}T18:00`, contactsMet }),
      })),
      holds: (b, a) => a.eventsPerMonth === b.eventsPerMonth + 1 && a.contactsMet >= b.contactsMet,
    },
    {
      name: 'adding a new deal from an event never lowers the share of new deals from events; one from another source never raises it',
      extra: fc
        .tuple(october(), fc.constantFrom('event', 'referral', 'inbound'), wholeAmount)
        .map(([d, source, amount]) => ({
          type: 'deal' as const,
          record: extraDeal({
            stage: 'prospect',
            source: source as 'event',
            createdAt: `${d}T09:00`,
            amount,
          }),
        })),
      holds: (b, a) =>
        a.newDeals === b.newDeals + 1 &&
        (a.eventDeals > b.eventDeals
          ? notLowered(b.eventDealShare, a.eventDealShare)
          : notRaised(b.eventDealShare, a.eventDealShare)),
    },
    {
      name: 'adding a deal from an event won in the period never lowers the win rate of event deals',
      extra: october().map((d) => ({
        type: 'deal' as const,
        record: extraDeal({ source: 'event', closedAt: `${d}T16:00` }),
      })),
      holds: (b, a) => notLowered(b.eventDealWinRate, a.eventDealWinRate) && a.eventDealWinRate !== null,
    },
  ],
  team: {
    groupOf: (x) => x.record.managerId,
    forGroup: eventAggregatorOf,
    conserved: (r) => ({
      events: r.events,
      contactsMet: r.contactsMet,
      outside: r.outsidePeriod,
      newDeals: r.newDeals,
      eventDeals: r.eventDeals,
      won: r.eventDealsWon,
      lost: r.eventDealsLost,
      newEUR: totalIn(
        r.amountShares.map((s) => s.newAmount),
        'EUR',
      ),
      newGBP: totalIn(
        r.amountShares.map((s) => s.newAmount),
        'GBP',
      ),
      eventEUR: totalIn(
        r.amountShares.map((s) => s.eventAmount),
        'EUR',
      ),
    }),
  },
};

// ---------------------------------------------------------------- sales.meetingCallAlternation

export const meetingCallAlternation: LawEntry<Interaction, unknown, MeetingCallAlternationMetrics> = {
  name: 'sales.meetingCallAlternation (focus ratio 2, Monday to Friday)',
  aggregator: meetingCallAlternationAggregator({ period: OCTOBER }) as never,
  records: salesInteraction,
  ratios: (r) => ({ focused: r.focusedDayShare, idle: r.idleDayShare }),
  oracle(rs, r) {
    const inside = rs.filter((i) => inPeriod(i.at));
    expect(r.calls).toBe(inside.filter((i) => i.kind === 'call').length);
    expect(r.meetings).toBe(inside.filter((i) => i.kind === 'meeting').length);
    expect(r.outsidePeriod).toBe(
      rs.filter((i) => !inPeriod(i.at) && (i.kind === 'call' || i.kind === 'meeting')).length,
    );
    // Every working day has exactly one focus; October 2026 has 22 working days.
    expect(r.workingDays).toBe(22);
    expect(r.days.length).toBe(22);
    expect(r.callDays + r.meetingDays + r.callDaysWithoutNewCustomers + r.mixedDays + r.idleDays).toBe(22);
    expect(r.days.reduce((n, d) => n + d.calls + d.meetings, 0) + r.activityOnNonWorkingDays).toBe(
      r.calls + r.meetings,
    );
  },
  monotone: [
    {
      name: 'adding a call or meeting never raises the number of idle days, and counts once',
      extra: fc
        .tuple(fc.constantFrom('call', 'meeting'), fc.integer({ min: 0, max: 32 }))
        .map(([kind, offset]) =>
          extraInteraction({
            kind: kind as 'call',
            at: `${new Date(Date.UTC(2026, 8, 30 + offset)).toISOString().slice(0, 10)}T11:30`,
          }),
        ),
      holds: (b, a) =>
        a.idleDays <= b.idleDays &&
        a.calls + a.meetings + a.outsidePeriod === b.calls + b.meetings + b.outsidePeriod + 1,
    },
    {
      name: 'adding an event, or an email or message that says nothing of a new customer, changes nothing',
      extra: fc
        .tuple(fc.constantFrom('event', 'email', 'message'), october())
        .map(([kind, d]) => extraInteraction({ kind: kind as 'email', at: `${d}T15:00` })),
      holds: (b, a) => same(a, b),
    },
  ],
  team: {
    groupOf: (i) => i.managerId,
    forGroup: perManager(
      (managerId) =>
        meetingCallAlternationAggregator({ period: OCTOBER, managerId }) as Aggregator<
          Interaction,
          unknown,
          MeetingCallAlternationMetrics
        >,
    ),
    conserved: (r) => ({
      calls: r.calls,
      meetings: r.meetings,
      offDays: r.activityOnNonWorkingDays,
      flags: r.newCustomerFlags,
      outside: r.outsidePeriod,
    }),
  },
};

// ---------------------------------------------------------------- sales.referrals

export const referrals: LawEntry<ReferralsRecord, unknown, ReferralsMetrics> = {
  name: 'sales.referrals',
  aggregator: referralsAggregator({ period: OCTOBER }) as never,
  records: eventRecord as fc.Arbitrary<ReferralsRecord>,
  ratios: (r) => ({ asked: r.askedShare, referralWinRate: r.referralDealWinRate }),
  oracle(rs, r) {
    const won = new Set(
      rs
        .filter((x) => x.type === 'deal' && x.record.stage === 'won' && inPeriod(x.record.closedAt!))
        .map((x) => (x.record as Deal).customerId),
    );
    expect(r.wonCustomers).toBe(won.size);
    expect(r.notAsked.length).toBe(r.wonCustomers - r.askedWonCustomers);
    expect(r.afterPeriod).toBe(
      rs.filter((x) => x.type === 'interaction' && (x.record as Interaction).at >= OCTOBER.end).length,
    );
  },
  monotone: [
    {
      name: 'adding a request for referrals (before the period ends) never lowers the share of won customers asked',
      extra: fc
        .tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), fc.integer({ min: 0, max: 31 }))
        .map(([customerId, offset]) => ({
          type: 'interaction' as const,
          record: extraInteraction({
            customerId,
            kind: 'call',
            at: `${new Date(Date.UTC(2026, 8, 30 + offset)).toISOString().slice(0, 10)}T10:00`,
            referralAsked: true,
          }),
        })),
      holds: (b, a) => notLowered(b.askedShare, a.askedShare) && a.wonCustomers === b.wonCustomers,
    },
    {
      name: 'adding a customer won in the period and never asked never raises the share asked',
      extra: october().map((d) => ({
        type: 'deal' as const,
        record: extraDeal({ customerId: 'c-never-asked', closedAt: `${d}T12:00` }),
      })),
      holds: (b, a) => notRaised(b.askedShare, a.askedShare) && a.wonCustomers === b.wonCustomers + 1,
    },
    {
      name: 'adding a referral deal won in the period never lowers the win rate of referral deals',
      extra: october().map((d) => ({
        type: 'deal' as const,
        record: extraDeal({ source: 'referral', closedAt: `${d}T12:00` }),
      })),
      holds: (b, a) => notLowered(b.referralDealWinRate, a.referralDealWinRate),
    },
  ],
  // Won customers and asks are per customer: per-customer results add up.
  team: {
    groupOf: (x) => (x.type === 'deal' ? x.record.customerId : (x.record.customerId ?? 'none')),
    conserved: (r) => ({
      won: r.wonCustomers,
      asked: r.askedWonCustomers,
      fromWon: r.referralsFromWonCustomers,
      received: r.referralsReceivedInPeriod,
      asks: r.referralAsksInPeriod,
      deals: r.referralDeals,
      dealsWon: r.referralDealsWon,
      dealsLost: r.referralDealsLost,
      after: r.afterPeriod,
    }),
  },
};

// ---------------------------------------------------------------- sales.decisionMakerReach

const meetingWith = (decisionMaker: boolean) =>
  fc
    .tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c-new'), october())
    .map(([customerId, d]) => ({
      type: 'interaction' as const,
      record: extraInteraction({
        customerId,
        at: `${d}T10:00`,
        contactRole: decisionMaker ? 'decision-maker' : 'user',
        decisionMakerPresent: decisionMaker,
      }),
    }));

export const decisionMakerReach: LawEntry<DecisionMakerReachRecord, unknown, DecisionMakerReachMetrics> = {
  name: 'sales.decisionMakerReach (stalled after 3 meetings)',
  aggregator: decisionMakerReachAggregator({ period: OCTOBER, stalledAfterMeetings: 3 }) as never,
  records: eventRecord as fc.Arbitrary<DecisionMakerReachRecord>,
  ratios: (r) => ({ decisionMakerShare: r.decisionMakerShare }),
  oracle(rs, r) {
    const meetings = rs
      .filter((x) => x.type === 'interaction' && x.record.kind === 'meeting' && x.record.customerId)
      .map((x) => x.record as Interaction)
      .filter((i) => inPeriod(i.at));
    expect(r.meetings).toBe(meetings.length);
    expect(r.decisionMakerMeetings).toBe(
      meetings.filter((i) => i.decisionMakerPresent === true || i.contactRole === 'decision-maker').length,
    );
    expect(r.prospectsMet).toBe(new Set(meetings.map((i) => i.customerId)).size);
    for (const s of r.stalledAccounts) expect(s.meetings).toBeGreaterThanOrEqual(3);
    expect(r.customersSigned).toBeLessThanOrEqual(r.contractsSigned);
  },
  monotone: [
    {
      name: 'adding a meeting with a decision maker never lowers the share of meetings with one, nor adds a stalled account',
      extra: meetingWith(true),
      holds: (b, a) =>
        notLowered(b.decisionMakerShare, a.decisionMakerShare) &&
        a.stalledAccounts.length <= b.stalledAccounts.length,
    },
    {
      name: 'adding a meeting without a decision maker never raises the share of meetings with one',
      extra: meetingWith(false),
      holds: (b, a) => notRaised(b.decisionMakerShare, a.decisionMakerShare),
    },
    {
      name: 'adding a contract won in the period never lowers contracts per prospect met, nor adds a stalled account',
      extra: fc
        .tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), october())
        .map(([customerId, d]) => ({
          type: 'deal' as const,
          record: extraDeal({ customerId, closedAt: `${d}T12:00` }),
        })),
      holds: (b, a) =>
        notLowered(b.contractsPerProspectMet, a.contractsPerProspectMet) &&
        a.stalledAccounts.length <= b.stalledAccounts.length,
    },
  ],
  team: {
    groupOf: (x) => (x.type === 'deal' ? x.record.customerId : (x.record.customerId ?? 'none')),
    conserved: (r) => ({
      prospects: r.prospectsMet,
      contracts: r.contractsSigned,
      signed: r.customersSigned,
      meetings: r.meetings,
      withDecisionMaker: r.decisionMakerMeetings,
      accounts: r.accountsWithDecisionMaker,
      stalled: r.stalledAccounts.length,
      outside: r.outsidePeriod,
    }),
  },
};

// ---------------------------------------------------------------- sales.planAttainment

const RATES = { GBP: '1.15' };
const dealIn = (d: Deal) => ({ type: 'deal' as const, record: d });
const planOptions = { period: OCTOBER, exchangeRates: RATES, slippageGraceDays: 7 };

export const planAttainment: LawEntry<PlanAttainmentRecord, unknown, PlanAttainmentMetrics> = {
  name: 'sales.planAttainment (EUR plans, GBP at 1.15, 7 days of grace)',
  aggregator: planAttainmentAggregator(planOptions) as never,
  records: deal.map(dealIn),
  list: plansAndDeals,
  oracle(rs, r) {
    const plans = rs.filter((x) => x.type === 'plan' && x.record.period === '2026-10');
    expect(r.plans).toBe(plans.length);
    expect(r.otherPlans).toBe(rs.filter((x) => x.type === 'plan').length - plans.length);
    const won = rs
      .filter((x) => x.type === 'deal' && x.record.stage === 'won' && inPeriod(x.record.closedAt!))
      .map((x) => x.record as Deal);
    expect(r.wonDeals).toBe(won.length);
    for (const c of ['EUR', 'GBP']) {
      const sum = won.filter((d) => d.currency === c).reduce((s, d) => s.plus(d.amount), new Decimal(0));
      expect(totalIn(r.wonByCurrency, c)).toBe(sum.toString());
    }
    if (r.plan !== null) {
      const eur = new Decimal(totalIn(r.wonByCurrency, 'EUR'));
      const gbp = new Decimal(totalIn(r.wonByCurrency, 'GBP'));
      // The GBP total is converted once, rounded to the cent half to even (not each deal).
      const converted = gbp.times('1.15').toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
      expect(r.won!.amount.toString()).toBe(eur.plus(converted).toString());
      expect(r.attainment!.toString()).toBe(r.won!.amount.div(r.plan.amount).toString());
    }
  },
  monotone: [
    {
      name: 'adding a deal won in the period in the plan’s currency never lowers attainment nor adjusted attainment',
      extra: fc
        .tuple(october(), wholeAmount)
        .map(([d, amount]) => dealIn(extraDeal({ closedAt: `${d}T16:00`, amount }))),
      holds: (b, a) =>
        b.attainment === null ||
        (a.attainment!.gte(b.attainment) && a.adjustedAttainment!.gte(b.adjustedAttainment!)),
    },
    {
      name: 'adding an open deal whose close date was moved out of the period never lowers the slipped amount nor raises adjusted attainment',
      extra: fc
        .tuple(
          fc.integer({ min: 1, max: 31 }),
          fc.integer({ min: 1, max: 31 }),
          fc.integer({ min: 0, max: 40 }),
        )
        .map(([from, changed, later]) =>
          dealIn(
            extraDeal({
              stage: 'negotiation',
              closedAt: undefined,
              expectedCloseAt: `2026-10-${two(from)}`,
              closeDateChanges: [
                {
                  changedAt: `2026-10-${two(changed)}T09:00`,
                  from: `2026-10-${two(from)}`,
                  to: new Date(Date.UTC(2026, 10, 1 + later)).toISOString().slice(0, 10),
                },
              ],
            }),
          ),
        ),
      holds: (b, a) =>
        a.slippedDeals.length === b.slippedDeals.length + 1 &&
        (b.slipped === null ||
          (a.slipped!.amount.gte(b.slipped.amount) &&
            a.adjustedAttainment!.lte(b.adjustedAttainment!) &&
            a.attainment!.eq(b.attainment!))),
    },
    {
      name: 'adding a deal lost in the period changes nothing',
      extra: october().map((d) => dealIn(extraDeal({ stage: 'lost', closedAt: `${d}T16:00` }))),
      holds: (b, a) => same(a, b),
    },
  ],
  team: {
    groupOf: (x) => x.record.managerId,
    forGroup: perManager(
      (managerId) =>
        planAttainmentAggregator({ ...planOptions, managerId }) as Aggregator<
          PlanAttainmentRecord,
          unknown,
          PlanAttainmentMetrics
        >,
    ),
    conserved: (r) => ({
      plans: r.plans,
      plan: r.plan?.amount.toString() ?? '0',
      otherPlans: r.otherPlans,
      wonDeals: r.wonDeals,
      wonEUR: totalIn(r.wonByCurrency, 'EUR'),
      wonGBP: totalIn(r.wonByCurrency, 'GBP'),
      slipped: r.slippedDeals.length,
      outside: r.outsidePeriod,
    }),
  },
};

// ---------------------------------------------------------------- sales.opportunityFunnel

const funnelOptions = {
  period: OCTOBER,
  asOf: '2026-10-25T12:00',
  exchangeRates: RATES,
  refillWithinDays: 14,
};
const AS_OF = Date.UTC(2026, 9, 25, 12); // 12:00 in London on 25 October is 12:00 UTC (summer time ended at 01:00 UTC).
const closedBeforeAsOf = (stage: 'won' | 'lost') =>
  fc
    .tuple(october(24), wholeAmount, fc.constantFrom('EUR', 'GBP'))
    .map(([d, amount, currency]) => dealIn(extraDeal({ stage, closedAt: `${d}T16:00`, amount, currency })));
const winRates = (r: OpportunityFunnelMetrics) => [r.winRateByCount, r.winRateByAmount];

export const opportunityFunnel: LawEntry<OpportunityFunnelRecord, unknown, OpportunityFunnelMetrics> = {
  name: 'sales.opportunityFunnel (as of 25 October, GBP at 1.15, refill within 14 days)',
  aggregator: opportunityFunnelAggregator(funnelOptions) as never,
  records: deal.map(dealIn),
  list: plansAndDeals,
  ratios: (r) => ({
    cohort: r.cohortConversion,
    byCount: r.winRateByCount,
    byAmount: r.winRateByAmount,
    refill: r.refillShare,
    ...Object.fromEntries(r.stageConversion.map((s) => [`to next from ${s.stage}`, s.toNext])),
    ...Object.fromEntries(r.byCurrency.map((c) => [`by amount ${c.currency}`, c.winRateByAmount])),
  }),
  oracle(rs, r) {
    expect(r.asOf).toBe(AS_OF);
    const deals = rs.filter((x) => x.type === 'deal').map((x) => x.record as Deal);
    const open = deals.filter(
      (d) => d.createdAt <= AS_OF && (d.closedAt === undefined || d.closedAt > AS_OF),
    );
    expect(r.openDeals).toBe(open.length);
    expect(r.openWithoutProbability).toBe(open.filter((d) => d.probability === undefined).length);
    const closed = (stage: string) =>
      deals.filter((d) => d.stage === stage && d.closedAt! >= OCTOBER.start && d.closedAt! <= AS_OF).length;
    expect(r.closedWon).toBe(closed('won'));
    expect(r.closedLost).toBe(closed('lost'));
    for (let k = 1; k < r.stageConversion.length; k++) {
      expect(r.stageConversion[k]!.reached).toBeLessThanOrEqual(r.stageConversion[k - 1]!.reached);
    }
    expect(r.stageConversion[0]!.reached).toBe(r.cohort);
    expect(r.lossesRefilled).toBeLessThanOrEqual(r.lossesDue);
    expect(r.losses).toBe(r.closedLost);
  },
  monotone: [
    {
      name: 'adding a deal lost in the period never raises the closed win rate (by count or by amount)',
      extra: closedBeforeAsOf('lost'),
      holds: (b, a) => winRates(b).every((x, k) => notRaised(x, winRates(a)[k]!)),
    },
    {
      name: 'adding a deal won in the period never lowers the closed win rate (by count or by amount), nor raises the plan left to win',
      extra: closedBeforeAsOf('won'),
      holds: (b, a) =>
        winRates(b).every((x, k) => notLowered(x, winRates(a)[k]!)) &&
        (b.remainingPlan === null || a.remainingPlan!.amount.lte(b.remainingPlan.amount)),
    },
    {
      name: 'adding an open deal with a probability never lowers the weighted pipeline',
      extra: fc
        .tuple(wholeAmount, fc.constantFrom(0.1, 0.5, 1), fc.constantFrom('EUR', 'GBP'))
        .map(([amount, probability, currency]) =>
          dealIn(extraDeal({ stage: 'proposal', closedAt: undefined, amount, probability, currency })),
        ),
      holds: (b, a) =>
        ['EUR', 'GBP'].every((c) =>
          new Decimal(totalIn(a.weightedPipeline, c)).gte(totalIn(b.weightedPipeline, c)),
        ) &&
        (b.remainingPlan === null || notLowered(b.pipelineCoverage, a.pipelineCoverage)),
    },
  ],
  // Refills are not conserved: a loss of one manager may be refilled by a deal of another.
  team: {
    groupOf: (x) => x.record.managerId,
    forGroup: perManager(
      (managerId) =>
        opportunityFunnelAggregator({ ...funnelOptions, managerId }) as Aggregator<
          OpportunityFunnelRecord,
          unknown,
          OpportunityFunnelMetrics
        >,
    ),
    conserved: (r) => ({
      cohort: r.cohort,
      cohortWon: r.cohortWon,
      cohortLost: r.cohortLost,
      open: r.openDeals,
      noProbability: r.openWithoutProbability,
      won: r.closedWon,
      lost: r.closedLost,
      losses: r.losses,
      wonEUR: totalIn(
        r.byCurrency.map((c) => c.won),
        'EUR',
      ),
      wonGBP: totalIn(
        r.byCurrency.map((c) => c.won),
        'GBP',
      ),
      lostEUR: totalIn(
        r.byCurrency.map((c) => c.lost),
        'EUR',
      ),
      weightedEUR: totalIn(r.weightedPipeline, 'EUR'),
    }),
  },
};

/** The sales entries, in the order the criteria landed. */
export const SALES_ENTRIES: readonly AnyLawEntry[] = [
  eventParticipation,
  meetingCallAlternation,
  referrals,
  decisionMakerReach,
  planAttainment,
  opportunityFunnel,
];
