// The contact centre: inbound calls with a two-peak day, log-normal handle times and impatient callers;
// silent and announced quality reviews; training for low scorers; the monthly budget per team.
import type { BudgetLine } from '../domain/records/budget.js';
import type { CallRecord } from '../domain/records/call.js';
import type { QualityReview, ReviewItem } from '../domain/records/quality-review.js';
import type { TrainingRecord } from '../domain/records/training.js';
import { amountOf, DAY_MS, type SamplePlan, Streams } from './options.js';
import { customerId } from './people.js';
import { type Draw, draw, streamSeed } from './random.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The contact centre is open 08:00–20:00, in 15-minute slots. @internal */
export const OPEN_HOUR = 8;
/** @internal */
export const CLOSE_HOUR = 20;
const SLOT_SECONDS = 900;
const SLOTS = ((CLOSE_HOUR - OPEN_HOUR) * 3600) / SLOT_SECONDS;
/** The spread (standard deviation, hours) of each intraday peak. @internal */
export const PEAK_WIDTH_HOURS = 1.1;
/** The flat part of the intraday profile, relative to a peak's height. @internal */
export const BASELINE = 0.15;
/** The mean wait of a caller at average load, seconds; it grows with the square of the load. @internal */
export const BASE_WAIT_SECONDS = 6;

/**
 * The relative arrival rate of each 15-minute slot: a flat baseline plus one Gaussian bump per peak
 * hour (by default a morning and an afternoon peak; the shape is a Convention, not a fitted curve).
 *
 * @internal
 */
export function intradayWeights(peaks: readonly number[]): number[] {
  const weights: number[] = [];
  for (let i = 0; i < SLOTS; i++) {
    const hour = OPEN_HOUR + ((i + 0.5) * SLOT_SECONDS) / 3600;
    let w = BASELINE;
    for (const p of peaks) w += Math.exp(-((hour - p) ** 2) / (2 * PEAK_WIDTH_HOURS ** 2));
    weights.push(w);
  }
  return weights;
}

/** Every working day's calls in arrival order, ids `C-1`, `C-2`, … @internal */
export function* generateCalls(plan: SamplePlan): Generator<CallRecord> {
  const n = plan.callsPerDay;
  if (n === 0) return;
  const weights = intradayWeights(plan.callPeaks);
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = total / SLOTS;
  const cdf = [0];
  for (const w of weights) cdf.push((cdf[cdf.length - 1] as number) + w / total);
  cdf[SLOTS] = 1;
  const meanWait = weights.map((w) => BASE_WAIT_SECONDS * (w / mean) ** 2);
  const agents = plan.agents;
  const managers = plan.salesManagers.length;
  const customers = plan.shape.customersPerManager;
  const talkMedian = plan.shape.talkMedianSeconds;
  const patience = plan.shape.patienceSeconds;
  let id = 0;
  for (const day of plan.days) {
    if (!day.working) continue;
    const d = draw(streamSeed(plan.seed, Streams.calls, day.index));
    // Sorted uniforms one at a time, without an array (Bentley & Saxe, "Generating sorted lists of
    // random numbers", 1980): the next of the remaining k is 1 − (1 − u)·V^(1/k).
    let u = 0;
    let slot = 0;
    for (let k = n; k > 0; k--) {
      u = 1 - (1 - u) * (1 - d.next()) ** (1 / k);
      while (slot < SLOTS - 1 && (cdf[slot + 1] as number) <= u) slot++;
      const low = cdf[slot] as number;
      const within = (u - low) / ((cdf[slot + 1] as number) - low);
      const second = OPEN_HOUR * 3600 + Math.floor((slot + within) * SLOT_SECONDS);
      const offeredAt = plan.wall(day.utcDay, second);
      const wait = Math.round(d.exponential(meanWait[slot] as number));
      const gaveUpAfter = Math.round(d.exponential(patience));
      id++;
      const call: Mutable<CallRecord> = {
        id: `C-${id}`,
        queue: 'service',
        offeredAt,
        outcome: 'answered',
        waitSeconds: wait,
      };
      if (d.chance(0.6)) call.customerId = customerId(d.index(managers), d.index(customers));
      if (d.chance(0.04)) call.vip = true;
      if (gaveUpAfter < wait) {
        call.outcome = 'abandoned';
        call.waitSeconds = gaveUpAfter;
        call.abandonedAt = offeredAt + gaveUpAfter * 1000;
        // The caller hung up in the queue of the team the call was routed to (spread evenly, with no
        // draw, so the rest of the sample is unchanged): the team's manager answers for it too.
        call.teamId = `t-${(id % plan.teams.length) + 1}`;
      } else {
        const agent = agents[d.index(agents.length)]!;
        call.answeredAt = offeredAt + wait * 1000;
        call.agentId = agent.id;
        call.teamId = `t-${agent.team + 1}`;
        // Handle times are log-normal (Brown et al., 2005); stronger agents talk a little shorter.
        call.talkSeconds = Math.max(
          5,
          Math.round(d.logNormal(talkMedian * (1.2 - 0.4 * agent.strength), 0.6)),
        );
        const held = d.chance(0.2);
        call.holdSeconds = held ? Math.round(d.logNormal(35, 0.6)) : 0;
        call.holdCount = held ? 1 + d.index(2) : 0;
        call.wrapUpSeconds = Math.round(d.logNormal(25, 0.5));
        const transferred = d.chance(0.06);
        call.transferred = transferred;
        call.firstContactResolution = !transferred && d.chance(0.55 + 0.35 * agent.strength);
      }
      yield call;
    }
  }
}

/** The monitoring checklist: greeting, address verification, the standard steps (the brief). @internal */
export const CHECKLIST: readonly {
  readonly item: string;
  readonly weight: number;
  readonly course: string;
}[] = [
  { item: 'greeted the customer', weight: 1, course: 'Greeting and first impression' },
  { item: 'verified the address', weight: 2, course: 'Address verification' },
  { item: 'identified the need', weight: 2, course: 'Needs analysis on the phone' },
  { item: 'followed the standard steps', weight: 2, course: 'Standard call procedure' },
  { item: 'offered further help', weight: 1, course: 'Closing the call' },
  { item: 'closed politely', weight: 1, course: 'Closing the call' },
];
const TOTAL_WEIGHT = CHECKLIST.reduce((a, c) => a + c.weight, 0);

interface AgentReview {
  readonly review: QualityReview;
  readonly day: number;
  readonly failed: readonly number[];
}

/** One agent's reviews: about three in two weeks, each a silent or announced checklist. */
function* reviewsOf(plan: SamplePlan, agentIndex: number): Generator<AgentReview> {
  const agent = plan.agents[agentIndex]!;
  const team = plan.teams[agent.team]!;
  const d = draw(streamSeed(plan.seed, Streams.reviews, agentIndex));
  let n = 0;
  const pass = 0.62 + 0.36 * agent.strength;
  for (const day of plan.days) {
    if (!day.working || !d.chance(0.3)) continue;
    n++;
    const items: ReviewItem[] = [];
    const failed: number[] = [];
    let passed = 0;
    CHECKLIST.forEach((c, i) => {
      if (d.chance(pass)) passed += c.weight;
      else failed.push(i);
      items.push({
        item: c.item,
        result: failed[failed.length - 1] === i ? 'fail' : 'pass',
        weight: c.weight,
      });
    });
    yield {
      day: day.index,
      failed,
      review: {
        id: `QA-${agentIndex + 1}-${n}`,
        agentId: agent.id,
        teamId: `t-${agent.team + 1}`,
        reviewerId: team.id,
        at: plan.wall(day.utcDay, OPEN_HOUR * 3600 + Math.floor(d.next() * 12 * 3600)),
        monitoring: d.chance(0.7) ? 'silent' : 'announced',
        // The score is the weighted share of items passed, 0–100.
        score: Math.round((100 * passed) / TOTAL_WEIGHT),
        items,
      },
    };
  }
}

/** Every agent's quality reviews. @internal */
export function* generateReviews(plan: SamplePlan): Generator<QualityReview> {
  for (let a = 0; a < plan.agents.length; a++) for (const r of reviewsOf(plan, a)) yield r.review;
}

/**
 * Training after a low monitoring score: most agents scored below 75 get a course on the first item
 * they failed a few days later (never twice within 14 days). Every fourth training of a team, counted
 * agent by agent, is free (the brief: "three trainees paid, the fourth free").
 *
 * @internal
 */
export function* generateTrainings(plan: SamplePlan): Generator<TrainingRecord> {
  const perTeam = new Map<number, number>();
  const end = plan.period.end;
  for (let a = 0; a < plan.agents.length; a++) {
    const agent = plan.agents[a]!;
    const d: Draw = draw(streamSeed(plan.seed, Streams.reviews, a, 1));
    let lastDay = Number.NEGATIVE_INFINITY;
    let n = 0;
    for (const { review, day, failed } of reviewsOf(plan, a)) {
      if ((review.score as number) >= 75 || day - lastDay < 14 || !d.chance(0.8)) continue;
      const startDay = plan.days[day]!.utcDay + (2 + d.index(6)) * DAY_MS;
      const startedAt = plan.wall(startDay, 9 * 3600);
      const completedAt = startedAt + 4 * 3600 * 1000;
      if (completedAt >= end) continue;
      lastDay = day;
      n++;
      const count = (perTeam.get(agent.team) ?? 0) + 1;
      perTeam.set(agent.team, count);
      yield {
        id: `TR-${a + 1}-${n}`,
        agentId: agent.id,
        teamId: `t-${agent.team + 1}`,
        course: CHECKLIST[failed[0] as number]!.course,
        startedAt,
        completedAt,
        reason: 'monitoring',
        durationSeconds: 4 * 3600,
        cost: amountOf(plan, count % 4 === 0 ? 0 : 180),
        currency: plan.currency,
      };
    }
  }
}

/** Monthly budget per agent and category, in the sample's currency. @internal */
export const BUDGET_PER_AGENT: Readonly<Record<string, number>> = {
  staff: 3400,
  training: 60,
  recognition: 40,
  telephony: 120,
};

/**
 * Each team's budget per month and category, with actual spending around it: stronger team
 * managers spend a little under budget, weaker ones a little over.
 *
 * @internal
 */
export function* generateBudgetLines(plan: SamplePlan): Generator<BudgetLine> {
  for (const team of plan.teams) {
    const agents = Math.min(12, plan.agents.length - team.index * 12);
    const d = draw(streamSeed(plan.seed, Streams.budget, team.index));
    for (const month of plan.months) {
      for (const category of Object.keys(BUDGET_PER_AGENT)) {
        const budgeted = BUDGET_PER_AGENT[category]! * agents;
        const drift = 1 + 0.04 * d.normal() + 0.08 * (0.5 - team.strength);
        yield {
          id: `B-${team.index + 1}-${month}-${category}`,
          department: `Contact centre ${team.index + 1}`,
          category,
          period: month,
          budgeted: amountOf(plan, budgeted),
          actual: amountOf(plan, Math.max(0, budgeted * drift)),
          currency: plan.currency,
          managerId: team.id,
        };
      }
    }
  }
}
