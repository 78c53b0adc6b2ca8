// The customer side: satisfaction surveys on declared scales, support tickets with their response,
// resolution and reopening times, and feedback that is (or is not) categorised and acted on.
import type { FeedbackItem } from '../domain/records/feedback.js';
import type { SurveyResponse } from '../domain/records/survey.js';
import type { SupportTicket, TicketPriority } from '../domain/records/ticket.js';
import { type SamplePlan, Streams } from './options.js';
import { customerId, segmentOf } from './people.js';
import { draw, streamSeed } from './random.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** CSAT answers are on a 1–5 scale; NPS answers 0–10. @internal */
export const CSAT_SCALE = { min: 1, max: 5 } as const;
const TOPICS = ['communication', 'personal service', 'product', 'delivery', 'price'];
const FEEDBACK_TOPICS = [
  'delivery delays',
  'billing',
  'product quality',
  'response time',
  'staff friendliness',
];

const clampRound = (x: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(x)));

/** Survey answers about each manager: CSAT (three in four) and NPS, better for stronger managers. @internal */
export function* generateSurveys(plan: SamplePlan): Generator<SurveyResponse> {
  const count = plan.shape.customersPerManager;
  for (const manager of plan.salesManagers) {
    const s = manager.strength;
    let n = 0;
    for (const day of plan.days) {
      if (!day.working) continue;
      const d = draw(streamSeed(plan.seed, Streams.surveys, manager.index, day.index));
      const answers = d.poisson(plan.shape.surveysPerDay);
      for (let i = 0; i < answers; i++) {
        n++;
        const csat = d.chance(0.75);
        const score = csat
          ? clampRound(3 + 1.8 * s + 0.9 * d.normal(), CSAT_SCALE.min, CSAT_SCALE.max)
          : clampRound(5.5 + 4 * s + 1.8 * d.normal(), 0, 10);
        yield {
          id: `S-${manager.index + 1}-${n}`,
          kind: csat ? 'csat' : 'nps',
          score,
          at: plan.wall(day.utcDay, 10 * 3600 + Math.floor(d.next() * 10 * 3600)),
          customerId: customerId(manager.index, d.index(count)),
          managerId: manager.id,
          topic: d.pick(TOPICS),
        };
      }
    }
  }
}

const PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'normal', 'normal', 'high', 'urgent'];
const CHANNELS = ['phone', 'email', 'chat'];
const CATEGORIES = ['billing', 'delivery', 'product', 'account', 'complaint'];

/**
 * Support tickets of each manager's customers: the first response and the resolution log-normal,
 * faster for stronger managers; some need more contacts, a few are reopened.
 *
 * @internal
 */
export function* generateTickets(plan: SamplePlan): Generator<SupportTicket> {
  const count = plan.shape.customersPerManager;
  const end = plan.period.end;
  const agents = plan.agents;
  for (const manager of plan.salesManagers) {
    const s = manager.strength;
    let n = 0;
    for (const day of plan.days) {
      if (!day.working) continue;
      const d = draw(streamSeed(plan.seed, Streams.tickets, manager.index, day.index));
      const opened = d.poisson(plan.shape.ticketsPerDay);
      for (let i = 0; i < opened; i++) {
        n++;
        const k = d.index(count);
        const openedAt = plan.wall(day.utcDay, 8 * 3600 + Math.floor(d.next() * 12 * 3600));
        const agent = agents[d.index(agents.length)]!;
        const complaint = d.chance(0.15);
        const ticket: Mutable<SupportTicket> = {
          id: `T-${manager.index + 1}-${n}`,
          customerId: customerId(manager.index, k),
          managerId: manager.id,
          agentId: agent.id,
          teamId: `t-${agent.team + 1}`,
          openedAt,
          contacts: d.chance(0.5 + 0.4 * s) ? 1 : 2 + d.poisson(1),
          channel: d.pick(CHANNELS),
          category: complaint ? 'complaint' : d.pick(CATEGORIES),
          priority: d.pick(PRIORITIES),
          vip: segmentOf(k, count) === 'vip',
          complaint,
        };
        const speed = 1.6 - s;
        const firstResponseAt = openedAt + Math.round(d.logNormal(3600 * speed, 0.9)) * 1000;
        const resolvedAt =
          firstResponseAt + Math.round(d.logNormal(plan.shape.resolveHours * 3600 * speed, 0.8)) * 1000;
        const reopened = d.chance(0.12 - 0.08 * s);
        const reopenedAt = resolvedAt + Math.round(d.logNormal(2 * 86_400, 0.6)) * 1000;
        const finalResolvedAt = reopenedAt + Math.round(d.logNormal(8 * 3600, 0.6)) * 1000;
        if (firstResponseAt < end) ticket.firstResponseAt = firstResponseAt;
        if (resolvedAt < end) {
          ticket.resolvedAt = resolvedAt;
          if (reopened && reopenedAt < end) {
            ticket.reopenedAt = [reopenedAt];
            if (finalResolvedAt < end) ticket.finalResolvedAt = finalResolvedAt;
          } else {
            ticket.finalResolvedAt = resolvedAt;
          }
        }
        yield ticket;
      }
    }
  }
}

/**
 * Feedback from each manager's customers: stronger managers categorise more of it and act on more,
 * sooner.
 *
 * @internal
 */
export function* generateFeedback(plan: SamplePlan): Generator<FeedbackItem> {
  const count = plan.shape.customersPerManager;
  const end = plan.period.end;
  const sources = ['survey', 'complaint', 'call', 'email', 'meeting'] as const;
  const sentiments = ['positive', 'neutral', 'negative'] as const;
  for (const manager of plan.salesManagers) {
    const s = manager.strength;
    let n = 0;
    for (const day of plan.days) {
      if (!day.working) continue;
      const d = draw(streamSeed(plan.seed, Streams.feedback, manager.index, day.index));
      const items = d.poisson(plan.shape.feedbackPerDay);
      for (let i = 0; i < items; i++) {
        n++;
        const at = plan.wall(day.utcDay, 9 * 3600 + Math.floor(d.next() * 9 * 3600));
        const item: Mutable<FeedbackItem> = {
          id: `F-${manager.index + 1}-${n}`,
          customerId: customerId(manager.index, d.index(count)),
          managerId: manager.id,
          at,
          source: d.pick(sources),
          sentiment: d.pick(sentiments),
        };
        const topic = d.pick(FEEDBACK_TOPICS);
        if (d.chance(0.5 + 0.45 * s)) item.topic = topic;
        if (d.chance(0.25 + 0.65 * s)) {
          const actionTakenAt = at + Math.round(d.logNormal(7 * 86_400 * (1.5 - s), 0.6)) * 1000;
          if (actionTakenAt < end) {
            item.actionTakenAt = actionTakenAt;
            item.action = `Addressed: ${topic}`;
          }
        }
        yield item;
      }
    }
  }
}
