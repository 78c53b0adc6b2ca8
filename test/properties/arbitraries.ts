// Record arbitraries for the property tests. Every record is written the way a CRM export writes it
// (ISO strings, decimal strings, small id pools so that keys collide) and then goes through the
// library's own normaliser, so the laws are checked on exactly what users feed the aggregators.
import fc from 'fast-check';
import {
  type BudgetLine,
  type CallRecord,
  type Customer,
  type Deal,
  type FeedbackItem,
  type Interaction,
  normalizeBudgetLine,
  normalizeCallRecord,
  normalizeCustomer,
  normalizeDeal,
  normalizeFeedbackItem,
  normalizeInteraction,
  normalizeQualityReview,
  normalizeRevenueRecord,
  normalizeSalesPlan,
  normalizeSupportTicket,
  normalizeSurveyResponse,
  normalizeTrainingRecord,
  period,
  type QualityReview,
  type RevenueRecord,
  type SalesPlan,
  type SupportTicket,
  type SurveyResponse,
  type TrainingRecord,
  toEpochMillis,
} from '../../src/index.js';

/**
 * How many runs each property gets: 1,000 in CI (the floor), 100 while developing.
 * `CS_METRICS_PROPERTY_RUNS` overrides both (the CI time-zone matrix re-runs the suite at 100).
 */
export const NUM_RUNS = process.env.CS_METRICS_PROPERTY_RUNS
  ? Number(process.env.CS_METRICS_PROPERTY_RUNS)
  : process.env.CI
    ? 1_000
    : 100;

/**
 * October 2026 in London: it holds the end of summer time (Sunday 25 October has 25 hours), a
 * month end, and ISO weeks 40 to 44, so every property also crosses a DST change.
 */
export const ZONE = 'Europe/London';
export const OCTOBER = period({ from: '2026-10-01', to: '2026-10-31', timeZone: ZONE });

const two = (n: number): string => String(n).padStart(2, '0');

/** A calendar day from 30 September to 1 November 2026: the month and one day either side (outside the period). */
export const day = fc
  .integer({ min: 0, max: 32 })
  .map((offset) => new Date(Date.UTC(2026, 8, 30 + offset)).toISOString().slice(0, 10));

/** A wall-clock time in {@link ZONE} (no offset written), as an activity export holds it. */
export const wallTime = fc
  .tuple(
    day,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([d, h, m, s]) => `${d}T${two(h)}:${two(m)}:${two(s)}`);

/** An exact UTC instant in or around October 2026, written with `Z`. */
export const utcInstant = fc
  .integer({ min: Date.UTC(2026, 8, 29), max: Date.UTC(2026, 10, 2) })
  .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString());

const plus = (iso: string, seconds: number): string =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();

const pool = (prefix: string, size: number) => fc.integer({ min: 1, max: size }).map((i) => `${prefix}${i}`);

export const managerId = pool('m', 3);
export const customerId = pool('c', 6);

/** An interaction of any kind, by one of three managers with one of six customers. */
export const interaction: fc.Arbitrary<Interaction> = fc
  .record(
    {
      id: pool('i', 1000),
      managerId,
      customerId,
      kind: fc.constantFrom('call', 'meeting', 'email', 'message', 'event'),
      at: wallTime,
      outcome: fc.constantFrom('no-answer', 'connected', 'meeting-booked', 'agreement'),
    },
    { requiredKeys: ['id', 'managerId', 'kind', 'at'] },
  )
  .map((input) => normalizeInteraction(input as never, { timeZone: ZONE }));

/** A meeting (in or around the period) by one of three managers. */
export const meeting: fc.Arbitrary<Interaction> = fc
  .record({ id: pool('i', 1000), managerId, customerId, at: wallTime })
  .map((input) => normalizeInteraction({ ...input, kind: 'meeting' }, { timeZone: ZONE }));

/** Waits in tenths of a second from 0 to 120 s, so that 29.9, 30.0 and 30.1 s all occur. */
const waitTenths = fc.integer({ min: 0, max: 1200 });

/** An offered call: answered or abandoned, written with its outcome and wait (or its answer time). */
export const call: fc.Arbitrary<CallRecord> = fc
  .record({
    id: pool('call-', 100_000),
    queue: fc.constantFrom('billing', 'sales'),
    agentId: pool('a', 4),
    offeredAt: utcInstant,
    answered: fc.boolean(),
    wait: waitTenths,
    byTime: fc.boolean(),
    talk: fc.option(fc.integer({ min: 0, max: 1800 }), { nil: undefined }),
    hold: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    wrap: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    vip: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((c) => callFrom(c));

function callFrom(c: {
  id: string;
  queue: string;
  agentId: string;
  offeredAt: string;
  answered: boolean;
  wait: number;
  byTime: boolean;
  talk?: number | undefined;
  hold?: number | undefined;
  wrap?: number | undefined;
  vip?: boolean | undefined;
}): CallRecord {
  const waitSeconds = c.wait / 10;
  const base = { id: c.id, queue: c.queue, offeredAt: c.offeredAt, vip: c.vip };
  if (!c.answered) {
    return normalizeCallRecord(
      c.byTime
        ? { ...base, abandonedAt: plus(c.offeredAt, Math.round(waitSeconds)) }
        : { ...base, outcome: 'abandoned', waitSeconds },
    );
  }
  const answered = c.byTime
    ? { answeredAt: plus(c.offeredAt, Math.round(waitSeconds)) }
    : { outcome: 'answered' as const, waitSeconds };
  return normalizeCallRecord({
    ...base,
    ...answered,
    agentId: c.agentId,
    talkSeconds: c.talk,
    holdSeconds: c.hold,
    wrapUpSeconds: c.wrap,
  });
}

/** A call offered inside October (UTC days 2 to 30, inside the London period whatever the offset). */
export const callInPeriod = (answered: boolean, wait: fc.Arbitrary<number>): fc.Arbitrary<CallRecord> =>
  fc
    .record({
      offeredAt: fc
        .integer({ min: Date.UTC(2026, 9, 2), max: Date.UTC(2026, 9, 30) })
        .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString()),
      wait,
      vip: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ offeredAt, wait: w, vip }) =>
      callFrom({
        id: 'extra',
        queue: 'billing',
        agentId: 'a1',
        offeredAt,
        answered,
        wait: w,
        byTime: false,
        vip,
      }),
    );

/** Amounts as decimal strings: cents, sub-cent fractions, refunds, and sums past 2^53 minor units. */
export const amountText = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000 }).map((c) => (c / 100).toFixed(2)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 999_999 }).map((m) => `0.${String(m).padStart(6, '0')}`),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 16n, max: 10n ** 18n - 1n }).map((b) => `${b}.99`) },
);

const departments = ['Support', 'Sales desk'] as const;
const categories = ['staff', 'training', 'telephony'] as const;
const labels = ['2026-10', '2026-Q4', '2026'] as const;

/**
 * A budget line in EUR. Lines with an id always carry the same department, category and period for
 * that id (a CRM line id names one line); lines without one are keyed by those three fields.
 */
export const budgetLine: fc.Arbitrary<BudgetLine> = fc
  .record({
    id: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    department: fc.constantFrom(...departments),
    category: fc.constantFrom(...categories),
    period: fc.constantFrom(...labels),
    budgeted: amountText,
    actual: amountText,
    refund: fc.boolean(),
    managerId: fc.option(managerId, { nil: undefined }),
  })
  .map((b) =>
    normalizeBudgetLine({
      id: b.id === undefined ? undefined : `L-${b.id}`,
      department: b.id === undefined ? b.department : departments[b.id % 2]!,
      category: b.id === undefined ? b.category : categories[b.id % 3]!,
      period: b.id === undefined ? b.period : labels[b.id % 3]!,
      budgeted: b.budgeted,
      actual: b.refund && b.actual !== '0.00' ? `-${b.actual}` : b.actual,
      currency: 'EUR',
      managerId: b.managerId,
    }),
  );

/** A support ticket with response, resolution and reopening times in hours after it was opened. */
export const ticket: fc.Arbitrary<SupportTicket> = fc
  .record({
    id: pool('t', 100_000),
    customerId: fc.option(customerId, { nil: undefined }),
    openedAt: utcInstant,
    response: fc.option(fc.integer({ min: 0, max: 72 * 60 }), { nil: undefined }),
    resolved: fc.option(fc.integer({ min: 0, max: 30 * 24 }), { nil: undefined }),
    reopenAfter: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
    finalAfter: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
    contacts: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    complaint: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((t) => {
    const resolvedAt = t.resolved === undefined ? undefined : plus(t.openedAt, t.resolved * 3600);
    const reopenedAt =
      resolvedAt === undefined || t.reopenAfter === undefined
        ? undefined
        : [plus(resolvedAt, t.reopenAfter * 3600)];
    const finalResolvedAt =
      reopenedAt === undefined || t.finalAfter === undefined
        ? undefined
        : plus(reopenedAt[0]!, t.finalAfter * 3600);
    return normalizeSupportTicket({
      id: t.id,
      customerId: t.customerId,
      openedAt: t.openedAt,
      firstResponseAt: t.response === undefined ? undefined : plus(t.openedAt, t.response * 60),
      resolvedAt,
      reopenedAt,
      finalResolvedAt,
      contacts: t.contacts,
      complaint: t.complaint,
    });
  });

/** A feedback item, maybe categorised (topics differ only in case and spaces), maybe acted on days later. */
export const feedbackItem: fc.Arbitrary<FeedbackItem> = fc
  .record({
    id: pool('f', 100_000),
    customerId: fc.option(customerId, { nil: undefined }),
    at: wallTime,
    source: fc.constantFrom('survey', 'complaint', 'call'),
    topic: fc.option(fc.constantFrom('Billing', ' billing ', 'Delivery', 'staff', '__proto__'), {
      nil: undefined,
    }),
    sentiment: fc.option(fc.constantFrom('positive', 'neutral', 'negative'), { nil: undefined }),
    actedAfterDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  })
  .map((f) => {
    const at = normalizeFeedbackItem({ id: f.id, at: f.at, source: f.source }, { timeZone: ZONE }).at;
    return normalizeFeedbackItem(
      {
        id: f.id,
        customerId: f.customerId,
        at: f.at,
        source: f.source,
        topic: f.topic,
        sentiment: f.sentiment,
        actionTakenAt:
          f.actedAfterDays === undefined
            ? undefined
            : new Date(at + f.actedAfterDays * 86_400_000).toISOString(),
      },
      { timeZone: ZONE },
    );
  });

/** A customer of any segment; `since` may be long before or inside the period, `until` inside it. */
export const customer: fc.Arbitrary<Customer> = fc
  .record({
    id: customerId,
    segment: fc.option(fc.constantFrom('standard', 'key', 'vip'), { nil: undefined }),
    since: fc.constantFrom('2025-06-01', '2026-10-10'),
    until: fc.option(fc.constantFrom('2026-10-20', '2026-12-31'), { nil: undefined }),
    contactIntervalDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  })
  .map((c) => normalizeCustomer(c, { timeZone: ZONE }));

// ---------------------------------------------------------------- records of the later criteria

/** `YYYY-MM-DD` plus `days` calendar days. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A calendar day from 15 August to 15 November 2026: deals created long before the period close in it. */
export const wideDay = fc.integer({ min: 0, max: 92 }).map((offset) => addDays('2026-08-15', offset));

/** A wall-clock time to the quarter hour (01:00 to 01:45 on 25 October happen twice in London). */
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 }))
  .map(([h, q]) => `${two(h)}:${two(q * 15)}`);

/**
 * London wall times and dates to epoch milliseconds, by the library's own conversion, remembered:
 * converting a wall time is about 13 times slower than reading a UTC instant, and deals hold up to
 * eight dates, so a deal list took most of the suite's time. There are only ~9,000 distinct ones.
 */
const londonTimes = new Map<string, number>();
const london = (wall: string): number => {
  let ms = londonTimes.get(wall);
  if (ms === undefined) {
    ms = toEpochMillis(wall, ZONE, 'deals[].date');
    londonTimes.set(wall, ms);
  }
  return ms;
};

/**
 * A sales activity with the fields the sales criteria read: the contact's role, whether a decision
 * maker took part, a new customer, referrals asked and received, contacts met at an event.
 */
export const salesInteraction: fc.Arbitrary<Interaction> = fc
  .record(
    {
      id: pool('i', 1000),
      managerId,
      customerId,
      kind: fc.constantFrom('call', 'meeting', 'meeting', 'email', 'message', 'event'),
      at: wallTime,
      contactRole: fc.constantFrom('decision-maker', 'influencer', 'user', 'gatekeeper', 'unknown'),
      decisionMakerPresent: fc.boolean(),
      newCustomer: fc.boolean(),
      referralAsked: fc.boolean(),
      referralsReceived: fc.integer({ min: 0, max: 4 }),
      contactsMet: fc.integer({ min: 0, max: 30 }),
      eventType: fc.constantFrom('exhibition', 'conference', 'presentation', 'fair', 'seminar', 'other'),
    },
    { requiredKeys: ['id', 'managerId', 'kind', 'at'] },
  )
  .map((input) => normalizeInteraction(input as never, { timeZone: ZONE }));

const stages = ['prospect', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
const openStages = ['prospect', 'qualified', 'proposal', 'negotiation'] as const;

/** A short hash of an input, so that a deal id always names the same deal (a CRM id names one record). */
const hashOf = (value: unknown): string => {
  let h = 2166136261;
  for (const ch of JSON.stringify(value)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36);
};

/**
 * A deal as a CRM export writes it: created any day from mid-August, won or lost some days later
 * (or still open), maybe with its expected close date, close-date changes, stage changes and a
 * probability, in EUR or GBP. Its id is derived from its content, so equal ids are equal deals.
 */
export const deal: fc.Arbitrary<Deal> = fc
  .record({
    managerId,
    customerId,
    source: fc.constantFrom('event', 'referral', 'cold-call', 'inbound', 'existing-customer'),
    stage: fc.constantFrom(...stages),
    amount: amountText,
    currency: fc.constantFrom('EUR', 'EUR', 'GBP'),
    created: wideDay,
    at: clock,
    closedClock: clock,
    closeAfter: fc.integer({ min: 0, max: 45 }),
    expectedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    probability: fc.option(fc.constantFrom(0, 0.1, 0.25, 0.5, 0.9, 1), { nil: undefined }),
    changes: fc.array(
      fc.record({
        changedAfter: fc.integer({ min: 0, max: 40 }),
        from: fc.integer({ min: 0, max: 60 }),
        by: fc.integer({ min: -10, max: 30 }),
      }),
      { maxLength: 3 },
    ),
    stageChanges: fc.array(
      fc.record({ stage: fc.constantFrom(...openStages), after: fc.integer({ min: 0, max: 40 }) }),
      { maxLength: 3 },
    ),
  })
  .map((d) => {
    const closed = d.stage === 'won' || d.stage === 'lost';
    const input = {
      managerId: d.managerId,
      customerId: d.customerId,
      source: d.source,
      stage: d.stage,
      amount: d.amount,
      currency: d.currency,
      createdAt: `${d.created}T${d.at}`,
      expectedCloseAt: d.expectedAfter === undefined ? undefined : addDays(d.created, d.expectedAfter),
      // Closed at any time of a later day (the same time on the same day): cycles of fractional days.
      closedAt: closed
        ? `${addDays(d.created, d.closeAfter)}T${d.closeAfter === 0 ? d.at : d.closedClock}`
        : undefined,
      probability: d.probability,
      closeDateChanges: d.changes.map((c) => ({
        changedAt: `${addDays(d.created, c.changedAfter)}T${d.at}`,
        from: addDays(d.created, c.from),
        to: addDays(d.created, Math.max(0, c.from + c.by)),
      })),
      stageChanges: d.stageChanges.map((c) => ({ stage: c.stage, at: addDays(d.created, c.after) })),
    };
    const at = (wall: string | undefined) => (wall === undefined ? undefined : london(wall));
    return normalizeDeal(
      {
        id: `D-${hashOf(input)}`,
        ...input,
        createdAt: london(input.createdAt),
        expectedCloseAt: at(input.expectedCloseAt),
        closedAt: at(input.closedAt),
        closeDateChanges: input.closeDateChanges.map((c) => ({
          changedAt: london(c.changedAt),
          from: london(c.from),
          to: london(c.to),
        })),
        stageChanges: input.stageChanges.map((c) => ({ stage: c.stage, at: london(c.at) })),
      },
      { timeZone: ZONE },
    );
  });

/** A sales plan of one of three managers, in EUR, for October, the fourth quarter or November. */
export const salesPlan = (periods: fc.Arbitrary<string>): fc.Arbitrary<SalesPlan> =>
  fc
    .record({
      managerId,
      period: periods,
      amount: fc.integer({ min: 1, max: 20_000_000 }).map((c) => (c / 100).toFixed(2)),
    })
    .map((p) => normalizeSalesPlan({ ...p, period: p.period as never, currency: 'EUR' }));

/**
 * Plans and deals, tagged, in any order: at most one October plan per manager (a second one is a
 * data error the aggregator reports), any number of plans for other periods.
 */
export const plansAndDeals: fc.Arbitrary<
  ({ type: 'plan'; record: SalesPlan } | { type: 'deal'; record: Deal })[]
> = fc
  .tuple(
    fc.uniqueArray(salesPlan(fc.constant('2026-10')), { selector: (p) => p.managerId, maxLength: 3 }),
    fc.array(salesPlan(fc.constantFrom('2026-Q4', '2026-11')), { maxLength: 2 }),
    fc.array(deal, { maxLength: 36 }),
  )
  .chain(([october, other, deals]) => {
    const all = [
      ...[...october, ...other].map((record) => ({ type: 'plan' as const, record })),
      ...deals.map((record) => ({ type: 'deal' as const, record })),
    ];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });

const checklist = ['greeting', 'identity check', 'resolution', 'closing', '__proto__'] as const;

/**
 * A quality review of one of four representatives: a reviewer's score (whole or half points), a
 * checklist (weights including 0, critical items), or both; silent or announced.
 */
export const qualityReview: fc.Arbitrary<QualityReview> = fc
  .record({
    id: pool('r', 100_000),
    agentId: pool('a', 4),
    teamId: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
    at: wallTime,
    monitoring: fc.constantFrom('silent', 'announced'),
    score: fc.option(
      fc.integer({ min: 0, max: 200 }).map((h) => h / 2),
      { nil: undefined },
    ),
    items: fc.option(
      fc.array(
        fc.record(
          {
            item: fc.constantFrom(...checklist),
            result: fc.constantFrom('pass', 'pass', 'fail', 'not-applicable'),
            weight: fc.constantFrom(0, 0.5, 1, 2, 2.5),
            critical: fc.boolean(),
          },
          { requiredKeys: ['item', 'result'] },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { nil: undefined },
    ),
  })
  .map((r) =>
    normalizeQualityReview(
      { ...r, score: r.score === undefined && r.items === undefined ? 80 : r.score } as never,
      { timeZone: ZONE },
    ),
  );

/** A training completed by one of five representatives (a5 is on no roster), from late September to mid-November. */
export const training: fc.Arbitrary<TrainingRecord> = fc
  .record({
    id: pool('tr', 100_000),
    agentId: pool('a', 5),
    course: fc.constantFrom('Listening', 'Product', 'Compliance'),
    day: fc.integer({ min: 0, max: 50 }).map((offset) => addDays('2026-09-28', offset)),
    at: clock,
    reason: fc.option(fc.constantFrom('onboarding', 'monitoring', 'refresher', 'other'), { nil: undefined }),
  })
  .map((t) =>
    normalizeTrainingRecord(
      { id: t.id, agentId: t.agentId, course: t.course, completedAt: `${t.day}T${t.at}`, reason: t.reason },
      { timeZone: ZONE },
    ),
  );

/** A survey answer: CSAT on 1–5, NPS on 0–10, CES on 1–7, with topics that differ in case and spaces. */
export const surveyAnswer: fc.Arbitrary<SurveyResponse> = fc
  .oneof(
    fc.record({ kind: fc.constant('csat' as const), score: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('nps' as const), score: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ kind: fc.constant('ces' as const), score: fc.integer({ min: 1, max: 7 }) }),
  )
  .chain((answer) =>
    fc
      .record({
        id: pool('s', 100_000),
        at: wallTime,
        customerId: fc.option(customerId, { nil: undefined }),
        agentId: fc.option(pool('a', 4), { nil: undefined }),
        topic: fc.option(fc.constantFrom('Billing', ' billing ', 'Delivery', '__proto__', '  '), {
          nil: undefined,
        }),
      })
      .map((rest) => normalizeSurveyResponse({ ...rest, ...answer }, { timeZone: ZONE })),
  );

/** A customer relationship for retention: began before, in or after October; maybe ended some days later. */
export const relationship: fc.Arbitrary<Customer> = fc
  .record({
    id: customerId,
    since: fc.constantFrom(
      '2025-06-01',
      '2026-09-15',
      '2026-10-01',
      '2026-10-10',
      '2026-10-31',
      '2026-11-01',
    ),
    lasted: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  })
  .map((c) =>
    normalizeCustomer(
      { id: c.id, since: c.since, until: c.lasted === undefined ? undefined : addDays(c.since, c.lasted) },
      { timeZone: ZONE },
    ),
  );

/** Revenue of a customer for September, October or August 2026 (the last outside both windows), in EUR or GBP. */
export const revenue: fc.Arbitrary<RevenueRecord> = fc
  .record({
    customerId,
    period: fc.constantFrom('2026-09', '2026-10', '2026-08'),
    amount: amountText,
    currency: fc.constantFrom('EUR', 'EUR', 'GBP'),
  })
  .map((r) => normalizeRevenueRecord({ ...r, period: r.period as never }));
