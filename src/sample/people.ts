// Managers, customers and their revenue: the people and accounts the other records refer to.
import type { Customer, CustomerSegment, RevenueRecord } from '../domain/records/customer.js';
import type { Manager } from '../domain/records/manager.js';
import { amountOf, DAY_MS, type SamplePlan, Streams } from './options.js';
import { draw, streamSeed } from './random.js';

const FIRST = [
  'Anna',
  'Li',
  'Jonas',
  'Maria',
  'Omar',
  'Sofia',
  'Wei',
  'Lukas',
  'Elena',
  'Hiro',
  'Chloé',
  'Tomás',
];
const LAST = [
  'Berg',
  'Wei',
  'Novak',
  'Rossi',
  'Haddad',
  'Silva',
  'Chen',
  'Keller',
  'Ivanova',
  'Sato',
  'Martin',
];
const FIRMS = [
  'Kessler',
  'Nordwind',
  'Azur',
  'Helix',
  'Juniper',
  'Orion',
  'Falk',
  'Meridian',
  'Quarz',
  'Linde',
];
const FORMS = ['GmbH', 'AG', 'Ltd', 'S.A.', 'Group', 'Partners'];

const nameOf = (index: number): string =>
  `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;

/** Customer `k` of a manager: the first tenth VIP, the next fifth key accounts, the rest standard. @internal */
export function segmentOf(k: number, count: number): CustomerSegment {
  if (k < Math.max(1, Math.floor(count / 10))) return 'vip';
  if (k < Math.max(2, Math.floor((3 * count) / 10))) return 'key';
  return 'standard';
}

/** How many of a manager's customers are key or VIP (they come first). @internal */
export function caredCount(count: number): number {
  return Math.min(count, Math.max(2, Math.floor((3 * count) / 10)));
}

/** The id of customer `k` of sales manager `m` (both 0-based). @internal */
export const customerId = (m: number, k: number): string => `c-${m + 1}-${k + 1}`;

/** The sales managers, then one manager per contact-centre team. @internal */
export function* generateManagers(plan: SamplePlan): Generator<Manager> {
  const account = plan.profile !== 'b2c';
  for (const m of plan.salesManagers) {
    yield {
      id: m.id,
      name: nameOf(m.index),
      role: 'first-line',
      function: account && m.index % 3 === 2 ? 'account' : 'sales',
      timeZone: plan.timeZone,
      team: `Sales ${Math.floor(m.index / 8) + 1}`,
    };
  }
  for (const t of plan.teams) {
    yield {
      id: t.id,
      name: nameOf(plan.salesManagers.length + t.index),
      role: 'first-line',
      function: 'contact-centre',
      timeZone: plan.timeZone,
      // The team's id, as the calls, reviews, trainings and tickets name it (`teamId`), so that the
      // sample written as CSV is attributed by the command's rule: a team's records go to the
      // contact-centre manager whose `team` is that id.
      team: `t-${t.index + 1}`,
    };
  }
}

interface CustomerFacts {
  readonly since: number;
  readonly until: number | undefined;
  /** `YYYY-MM` of `until` in the sample's zone. */
  readonly untilMonth: string | undefined;
}

/** When customer `k` of manager `m` became one, and whether (and when) it churned in the period. @internal */
export function customerFacts(plan: SamplePlan, m: number, k: number): CustomerFacts {
  const d = draw(streamSeed(plan.seed, Streams.customers, m, k));
  const first = plan.days[0]!;
  const sinceDay = first.utcDay - Math.floor(d.between(30, 1500)) * DAY_MS;
  const since = plan.wall(sinceDay, 9 * 3600 + Math.floor(d.between(0, 9 * 3600)));
  const count = plan.shape.customersPerManager;
  // Standard customers churn at `0.2 % + 2.5 % (1 − s)` a month for their manager's strength s (about
  // 1.4 % for a middling manager, 2.3 % for the weakest, 0.3 % for the strongest); key and VIP customers stay.
  const strength = plan.salesManagers[m]!.strength; // m is one of the plan's sales managers
  const monthly = 0.002 + 0.025 * (1 - strength);
  if (segmentOf(k, count) === 'standard' && d.chance((plan.days.length / 30) * monthly)) {
    const day = plan.days[d.index(plan.days.length)]!;
    return { since, until: plan.wall(day.utcDay, 17 * 3600), untilMonth: day.date.slice(0, 7) };
  }
  return { since, until: undefined, untilMonth: undefined };
}

/** Every sales manager's customers. @internal */
export function* generateCustomers(plan: SamplePlan): Generator<Customer> {
  const count = plan.shape.customersPerManager;
  for (const m of plan.salesManagers) {
    for (let k = 0; k < count; k++) {
      const { since, until } = customerFacts(plan, m.index, k);
      const base = {
        id: customerId(m.index, k),
        name: `${FIRMS[k % FIRMS.length]} ${FORMS[(k + m.index) % FORMS.length]} ${k + 1}`,
        managerId: m.id,
        segment: segmentOf(k, count),
        since,
      };
      yield until === undefined ? base : { ...base, until };
    }
  }
}

/** Monthly revenue of every customer active in the month. @internal */
export function* generateRevenue(plan: SamplePlan): Generator<RevenueRecord> {
  const count = plan.shape.customersPerManager;
  const weight = { vip: 4, key: 2.5, standard: 1 } as const;
  for (const m of plan.salesManagers) {
    for (let k = 0; k < count; k++) {
      const { untilMonth } = customerFacts(plan, m.index, k);
      const d = draw(streamSeed(plan.seed, Streams.revenue, m.index, k));
      for (const month of plan.months) {
        const amount = d.logNormal(plan.shape.revenueMedian * weight[segmentOf(k, count)], 0.5);
        // A churned customer pays nothing for the months after it left.
        if (untilMonth !== undefined && untilMonth < month) continue;
        yield {
          customerId: customerId(m.index, k),
          period: month,
          amount: amountOf(plan, amount),
          currency: plan.currency,
        };
      }
    }
  }
}
