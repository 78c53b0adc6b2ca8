// The sales side: each manager's interactions (meetings, calls, emails, events), deals that move
// through the funnel and sometimes slip, and the monthly sales plans.
import type { Decimal } from '../domain/money.js';
import type { CloseDateChange, Deal, DealSource, DealStage, StageChange } from '../domain/records/deal.js';
import type { EventType, Interaction, InteractionOutcome } from '../domain/records/interaction.js';
import type { SalesPlan } from '../domain/records/sales-plan.js';
import { amountOf, DAY_MS, type SamplePlan, Streams, strengthFactor } from './options.js';
import { caredCount, customerId } from './people.js';
import { type Draw, draw, streamSeed } from './random.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const WORK_START = 9 * 3600;
const WORK_SECONDS = 9 * 3600;
const EVENT_TYPES: readonly EventType[] = ['exhibition', 'conference', 'presentation', 'fair', 'seminar'];
const EVENT_NAMES = ['Retail Expo', 'CX Summit', 'Industry Day', 'Spring Fair', 'Partner Seminar'];

/**
 * Which of a manager's key and VIP customers he neglects (never contacts): about half of them for the
 * weakest manager, none for the strongest (`P = 0.5 (1 − s)`), fixed by the seed.
 *
 * @internal
 */
export function neglectedAccounts(plan: SamplePlan, m: number, strength: number): boolean[] {
  const cared = caredCount(plan.shape.customersPerManager);
  return Array.from(
    { length: cared },
    (_, k) => streamSeed(plan.seed, Streams.customers, m, k, 1) / 4294967296 < 0.5 * (1 - strength),
  );
}

/**
 * A customer of manager `m`: a third of the picks go to the key and VIP accounts (which come first),
 * except those he neglects; the rest to his standard customers.
 */
function pickCustomer(d: Draw, m: number, count: number, neglected: readonly boolean[]): string {
  const cared = neglected.length;
  if (d.chance(0.35)) {
    const k = d.index(cared);
    if (!neglected[k]) return customerId(m, k);
  }
  // Every profile's shape has 25 or more customers a manager, so some are standard (cared < count).
  return customerId(m, cared + d.index(count - cared));
}

/** Every manager's interactions, day by day, each day in time order. @internal */
export function* generateInteractions(plan: SamplePlan): Generator<Interaction> {
  const shape = plan.shape;
  const count = shape.customersPerManager;
  const day: Interaction[] = [];
  for (const manager of plan.salesManagers) {
    const m = manager.index;
    const s = manager.strength;
    const f = strengthFactor(s);
    // The brief: where meetings and calls are not split between people, a good manager alternates
    // "one day calling customers …, the next day meetings". The stronger he is, the more of his days
    // follow the plan (`1.5 s − 0.2`: all of them from s = 0.8, half at 0.47, none below 0.14); on the
    // others he mixes both.
    const organised = Math.min(1, Math.max(0, 1.5 * s - 0.2));
    const neglected = neglectedAccounts(plan, m, s);
    let workingDay = 0;
    for (const calendarDay of plan.days) {
      if (!calendarDay.working) continue;
      const callingDay = workingDay++ % 2 === 0;
      const alternates =
        streamSeed(plan.seed, Streams.interactions, m, calendarDay.index, 1) / 4294967296 < organised;
      const meetingShare = alternates ? (callingDay ? 0.3 : 1.7) : 1;
      const d = draw(streamSeed(plan.seed, Streams.interactions, m, calendarDay.index));
      const at = (): number =>
        plan.wall(calendarDay.utcDay, WORK_START + Math.floor(d.next() * WORK_SECONDS));
      const prefix = `I-${m + 1}-${calendarDay.index + 1}-`;
      day.length = 0;
      const meetings = d.poisson(shape.meetingsPerDay * f * meetingShare);
      for (let i = 0; i < meetings; i++) {
        const decisionMaker = d.chance(Math.min(0.95, shape.decisionMakerShare * f));
        const asked = d.chance(0.1 + 0.6 * s);
        const roll = d.next();
        const outcome: InteractionOutcome =
          roll < 0.08 + 0.17 * s
            ? 'agreement'
            : roll < 0.35
              ? 'proposal-sent'
              : roll < 0.75
                ? 'follow-up'
                : 'rejected';
        const meeting: Mutable<Interaction> = {
          id: '',
          managerId: manager.id,
          customerId: pickCustomer(d, m, count, neglected),
          kind: 'meeting',
          at: at(),
          durationSeconds: Math.round(d.logNormal(shape.meetingMinutes * 60, 0.4)),
          direction: 'outbound',
          contactRole: decisionMaker
            ? 'decision-maker'
            : d.pick(['influencer', 'user', 'gatekeeper'] as const),
          decisionMakerPresent: decisionMaker,
          outcome,
          newCustomer: d.chance(0.12),
          referralAsked: asked,
        };
        if (asked) meeting.referralsReceived = d.poisson(0.5 + 1.5 * s);
        day.push(meeting);
      }
      const calls = d.poisson(shape.salesCallsPerDay * (0.8 + 0.4 * s) * (2 - meetingShare));
      for (let i = 0; i < calls; i++) {
        const roll = d.next();
        const outcome: InteractionOutcome =
          roll < 0.35
            ? 'no-answer'
            : roll < 0.4 + 0.15 * s
              ? 'meeting-booked'
              : roll < 0.85
                ? 'connected'
                : 'rejected';
        day.push({
          id: '',
          managerId: manager.id,
          customerId: pickCustomer(d, m, count, neglected),
          kind: 'call',
          at: at(),
          durationSeconds: outcome === 'no-answer' ? 0 : Math.round(d.logNormal(150, 0.7)),
          direction: 'outbound',
          outcome,
          // A cold call that gets through sometimes adds a customer to the base ("adding to the client base").
          newCustomer: outcome !== 'no-answer' && d.chance(0.06 + 0.06 * s),
        });
      }
      const emails = d.poisson(shape.emailsPerDay);
      for (let i = 0; i < emails; i++) {
        day.push({
          id: '',
          managerId: manager.id,
          customerId: pickCustomer(d, m, count, neglected),
          kind: 'email',
          at: at(),
        });
      }
      // Events by f(s)²: the strongest go to about four times as many as the weakest (b2b: 2.5 a month to 0.6).
      if (d.chance(shape.eventChance * f * f)) {
        const type = d.index(EVENT_TYPES.length);
        day.push({
          id: '',
          managerId: manager.id,
          kind: 'event',
          at: plan.wall(calendarDay.utcDay, 10 * 3600),
          durationSeconds: 3600 * (3 + d.index(5)),
          eventName: EVENT_NAMES[type]!,
          eventType: EVENT_TYPES[type]!,
          contactsMet: d.poisson(5 + 15 * s),
        });
      }
      day.sort((a, b) => a.at - b.at);
      for (let i = 0; i < day.length; i++) {
        (day[i] as Mutable<Interaction>).id = prefix + (i + 1);
        yield day[i]!;
      }
    }
  }
}

const STAGES: readonly DealStage[] = ['prospect', 'qualified', 'proposal', 'negotiation'];
const PROBABILITY: Readonly<Record<DealStage, number>> = {
  prospect: 0.1,
  qualified: 0.25,
  proposal: 0.5,
  negotiation: 0.75,
  won: 1,
  lost: 0,
};
const SOURCES: readonly DealSource[] = [
  'event',
  'referral',
  'cold-call',
  'inbound',
  'existing-customer',
  'partner',
];
const LOST_REASONS = ['price', 'no decision', 'competitor', 'no budget', 'timing'];

/**
 * One deal's whole history, then cut at the end of the sample: what has not happened by then is
 * not in the record (an open deal at its current stage).
 */
function makeDeal(
  plan: SamplePlan,
  d: Draw,
  m: number,
  strength: number,
  id: string,
  createdDay: number,
  amount: Decimal,
): Deal {
  const shape = plan.shape;
  const end = plan.period.end;
  const at = (utcDay: number): number => plan.wall(utcDay, WORK_START + Math.floor(d.next() * WORK_SECONDS));
  const createdAt = at(createdDay);
  // The win rate spreads more than the other rates (f(s)²: 0.30 … 2.1 times the profile's): the best
  // closers sign several times as many of their prospects as the weakest.
  const winRate = Math.min(0.9, shape.winRate * strengthFactor(strength) ** 2);
  const hurdle = winRate ** 0.25;
  let reached = 0;
  while (reached < 4 && d.chance(hurdle)) reached++;
  const won = reached === 4;
  // Log-normal, cut at three times the median: no deal is planned to take years.
  const cycleDays = Math.max(1, Math.min(3 * shape.cycleDays, Math.round(d.logNormal(shape.cycleDays, 0.5))));
  const expectedDay = createdDay + cycleDays * DAY_MS;
  const expectedCloseAt = plan.wall(expectedDay, 0);
  // Weaker managers let more deals slip past their expected close ("postpones closing … to next month").
  const slips = reached >= 3 && d.chance(0.08 + 0.4 * (1 - strength));
  let closeDay: number;
  const closeDateChanges: CloseDateChange[] = [];
  let finalExpected = expectedCloseAt;
  if (slips) {
    const slipDays = 5 + d.index(30);
    closeDay = expectedDay + slipDays * DAY_MS;
    const changedDay = Math.max(createdDay, expectedDay - d.index(3) * DAY_MS);
    const changedAt = Math.max(createdAt, at(changedDay));
    const change = { changedAt, from: expectedCloseAt, to: plan.wall(closeDay, 0) };
    if (change.changedAt < end) {
      closeDateChanges.push(change);
      finalExpected = change.to;
    }
  } else {
    const share = won ? d.between(0.6, 1) : d.between(0.3, 1) * ((reached + 1) / 4);
    closeDay = createdDay + Math.floor(cycleDays * share) * DAY_MS;
  }
  const closedAt = Math.max(createdAt, at(closeDay));
  const stageChanges: StageChange[] = [{ stage: 'prospect', at: createdAt }];
  for (let j = 1; j <= reached && j < 4; j++) {
    const t = createdAt + Math.floor(((closedAt - createdAt) * (j + d.between(-0.3, 0.3))) / (reached + 1));
    if (t < end) stageChanges.push({ stage: STAGES[j]!, at: t });
  }
  const closed = closedAt < end && stageChanges.length === Math.min(reached, 3) + 1;
  if (closed) stageChanges.push({ stage: won ? 'won' : 'lost', at: closedAt });
  const stage = stageChanges[stageChanges.length - 1]!.stage;
  const deal: Mutable<Deal> = {
    id,
    managerId: `m-${m + 1}`,
    customerId: customerId(m, d.index(shape.customersPerManager)),
    name: `${plan.profile === 'b2c' ? 'Order' : 'Opportunity'} ${id}`,
    source: d.pick(SOURCES),
    stage,
    amount,
    currency: plan.currency,
    createdAt,
    expectedCloseAt: finalExpected,
    probability: PROBABILITY[stage],
    stageChanges,
  };
  if (closed) deal.closedAt = closedAt;
  if (closeDateChanges.length > 0) deal.closeDateChanges = closeDateChanges;
  if (stage === 'lost') deal.lostReason = d.pick(LOST_REASONS);
  return deal;
}

/** Every manager's deals, created on working days of the sample. @internal */
export function* generateDeals(plan: SamplePlan): Generator<Deal> {
  const shape = plan.shape;
  // The CRM's history starts `historyDays` before the sample, so that the first month already has a
  // pipeline to close and a matured cohort of prospects to judge. Those days get negative indexes.
  const first = plan.days[0]!.utcDay;
  const days: { index: number; utcDay: number; working: boolean }[] = [];
  for (let k = shape.historyDays; k > 0; k--) {
    const utcDay = first - k * DAY_MS;
    const weekday = new Date(utcDay).getUTCDay();
    days.push({ index: -k, utcDay, working: weekday !== 0 && weekday !== 6 });
  }
  for (const day of plan.days) days.push(day);
  for (const manager of plan.salesManagers) {
    let n = 0;
    for (const calendarDay of days) {
      if (!calendarDay.working) continue;
      const d = draw(streamSeed(plan.seed, Streams.deals, manager.index, calendarDay.index));
      const created = d.poisson(shape.dealsPerDay * (0.8 + 0.4 * manager.strength));
      for (let i = 0; i < created; i++) {
        n++;
        const amount = amountOf(plan, d.logNormal(shape.dealMedian, shape.dealSigma));
        yield makeDeal(
          plan,
          d,
          manager.index,
          manager.strength,
          `D-${manager.index + 1}-${n}`,
          calendarDay.utcDay,
          amount,
        );
      }
    }
  }
}

/**
 * The monthly plan of every manager: what an average manager wins in a month (deals a month × win
 * rate × mean amount), rounded to a thousand; the same for everyone, so strength shows in attainment.
 *
 * @internal
 */
export function* generatePlans(plan: SamplePlan): Generator<SalesPlan> {
  const shape = plan.shape;
  const meanAmount = shape.dealMedian * Math.exp((shape.dealSigma * shape.dealSigma) / 2);
  const monthly = Math.max(
    1000,
    Math.round((shape.dealsPerDay * 21 * shape.winRate * meanAmount) / 1000) * 1000,
  );
  for (const manager of plan.salesManagers) {
    for (const month of plan.months) {
      yield {
        id: `P-${manager.index + 1}-${month}`,
        managerId: manager.id,
        period: month,
        amount: amountOf(plan, monthly),
        currency: plan.currency,
      };
    }
  }
}
