// The options of the sample data set, their checks, and the plan every generator reads: the days with
// their wall clock, the managers and agents with their strengths, the volumes of the chosen profile.
import { ErrorCodes, fail } from '../domain/errors.js';
import { assertCurrency, currencyDigits, Decimal } from '../domain/money.js';
import { DEFAULT_WORK_CALENDAR, daysOf, monthsOf, type Period, period } from '../domain/period.js';
import {
  assertTimeZone,
  type CalendarDate,
  formatUtcDay,
  parseCalendarDate,
  zonedWallTimeToEpoch,
} from '../domain/time.js';
import { draw, hashString, streamSeed } from './random.js';

/**
 * The kinds of business the sample imitates; each sets the volumes and cycles (see docs/sample-data.md).
 *
 * @example
 * ```ts
 * import { SAMPLE_PROFILES } from '@org/cs-metrics';
 * SAMPLE_PROFILES; // ['b2c', 'b2b', 'consulting']
 * ```
 */
export const SAMPLE_PROFILES = ['b2c', 'b2b', 'consulting'] as const;

/**
 * One of {@link SAMPLE_PROFILES}.
 *
 * @example
 * ```ts
 * import type { SampleProfile } from '@org/cs-metrics';
 * const profile: SampleProfile = 'b2b';
 * ```
 */
export type SampleProfile = (typeof SAMPLE_PROFILES)[number];

/**
 * What {@link sampleDataset} takes. Only `seed`, `managers`, `days` and `profile` are required.
 *
 * @example
 * ```ts
 * import type { SampleDatasetOptions } from '@org/cs-metrics';
 * const options: SampleDatasetOptions = { seed: 42, managers: 8, days: 30, profile: 'b2b', timeZone: 'Europe/Berlin' };
 * ```
 */
export interface SampleDatasetOptions {
  /** The seed: an integer 0 … 2³²−1 or a non-empty string. The same seed gives the same records. */
  readonly seed: number | string;
  /** How many sales (or account) managers, 1 … 10 000. Contact-centre team managers come on top. */
  readonly managers: number;
  /** How many calendar days, 1 … 3 660, from `start`. */
  readonly days: number;
  /** The business imitated: its volumes, amounts and sales cycles. */
  readonly profile: SampleProfile;
  /** The first day, `YYYY-MM-DD`, from 1905-01-01; default `'2026-10-01'`. The last day must be by 2198-12-31. */
  readonly start?: CalendarDate;
  /** The IANA zone of the working day (records fall in 09:00–18:00 there, calls in 08:00–20:00); default `'UTC'`. */
  readonly timeZone?: string;
  /** The ISO 4217 currency of every amount; default `'EUR'`. */
  readonly currency?: string;
  /** Inbound calls offered to the contact centre per working day, 0 … 10 000 000; default 1 500 (b2c), 400 (b2b), 100 (consulting). */
  readonly callsPerDay?: number;
  /** Contact-centre agents, 1 … 100 000; default enough to carry `callsPerDay`. Teams of 12 agents each have a manager. */
  readonly agents?: number;
  /** Each sales manager's strength, 0 (weak) … 1 (strong), one per manager; default spread evenly from 0.15 to 0.95 in a seeded order. */
  readonly strengths?: readonly number[];
  /** The hours (wall clock, 8 ≤ h < 20) at which inbound calls peak; default `[10.5, 14.5]`. */
  readonly callPeaks?: readonly number[];
}

/** Volumes and cycles per profile. @internal */
export interface ProfileShape {
  readonly meetingsPerDay: number;
  readonly meetingMinutes: number;
  readonly salesCallsPerDay: number;
  readonly emailsPerDay: number;
  readonly eventChance: number;
  readonly decisionMakerShare: number;
  readonly customersPerManager: number;
  readonly dealsPerDay: number;
  readonly dealMedian: number;
  readonly dealSigma: number;
  readonly cycleDays: number;
  /** Days of deal history before the sample's start (the opening pipeline). */
  readonly historyDays: number;
  readonly winRate: number;
  readonly surveysPerDay: number;
  readonly ticketsPerDay: number;
  readonly resolveHours: number;
  readonly feedbackPerDay: number;
  readonly revenueMedian: number;
  readonly callsPerDay: number;
  readonly talkMedianSeconds: number;
  readonly patienceSeconds: number;
}

/** @internal */
export const PROFILE_SHAPES: Readonly<Record<SampleProfile, ProfileShape>> = {
  // The brief: "for a company selling everyday goods, 20 meetings a day is excellent".
  b2c: {
    meetingsPerDay: 16,
    meetingMinutes: 20,
    salesCallsPerDay: 20,
    emailsPerDay: 4,
    eventChance: 0.02,
    decisionMakerShare: 0.9,
    customersPerManager: 300,
    dealsPerDay: 5,
    dealMedian: 250,
    dealSigma: 0.6,
    cycleDays: 6,
    historyDays: 60,
    winRate: 0.2,
    surveysPerDay: 3,
    ticketsPerDay: 3,
    resolveHours: 6,
    feedbackPerDay: 1.5,
    revenueMedian: 80,
    callsPerDay: 1500,
    talkMedianSeconds: 180,
    patienceSeconds: 90,
  },
  // The brief: "in B2B, 1–2 [meetings] a day is good".
  b2b: {
    meetingsPerDay: 1.4,
    meetingMinutes: 60,
    salesCallsPerDay: 25,
    emailsPerDay: 12,
    eventChance: 0.06,
    decisionMakerShare: 0.35,
    customersPerManager: 60,
    dealsPerDay: 1.2,
    dealMedian: 8000,
    dealSigma: 0.6,
    cycleDays: 40,
    historyDays: 150,
    winRate: 0.14,
    surveysPerDay: 1,
    ticketsPerDay: 1.2,
    resolveHours: 20,
    feedbackPerDay: 0.6,
    revenueMedian: 4000,
    callsPerDay: 400,
    talkMedianSeconds: 300,
    patienceSeconds: 120,
  },
  // The brief: "in consulting, one contract from 10 potential customers is normal".
  consulting: {
    meetingsPerDay: 0.8,
    meetingMinutes: 90,
    salesCallsPerDay: 10,
    emailsPerDay: 15,
    eventChance: 0.08,
    decisionMakerShare: 0.3,
    customersPerManager: 25,
    dealsPerDay: 0.8,
    dealMedian: 30_000,
    dealSigma: 0.6,
    cycleDays: 90,
    historyDays: 270,
    winRate: 0.1,
    surveysPerDay: 0.3,
    ticketsPerDay: 0.4,
    resolveHours: 30,
    feedbackPerDay: 0.4,
    revenueMedian: 9000,
    callsPerDay: 100,
    talkMedianSeconds: 420,
    patienceSeconds: 150,
  },
};

/** One calendar day of the sample. @internal */
export interface SampleDay {
  readonly index: number;
  readonly date: CalendarDate;
  /** Epoch ms of the UTC midnight of the calendar date (a day number, not an instant). */
  readonly utcDay: number;
  readonly working: boolean;
}

/** A person of the sample with a strength. @internal */
export interface SamplePerson {
  readonly id: string;
  readonly index: number;
  readonly strength: number;
}

/** Everything the generators read. @internal */
export interface SamplePlan {
  readonly seed: number;
  readonly profile: SampleProfile;
  readonly shape: ProfileShape;
  readonly timeZone: string;
  readonly currency: string;
  readonly period: Period;
  readonly days: readonly SampleDay[];
  readonly months: readonly string[];
  readonly salesManagers: readonly SamplePerson[];
  readonly teams: readonly SamplePerson[];
  readonly agents: readonly (SamplePerson & { readonly team: number })[];
  readonly callsPerDay: number;
  readonly callPeaks: readonly number[];
  /** Epoch ms of a wall-clock time: a UTC day number plus seconds into that day in the zone. */
  readonly wall: (utcDay: number, secondOfDay: number) => number;
}

/** Stream tags: one per generator, so that no two kinds share random numbers. @internal */
export const Streams = {
  strengths: 1,
  agents: 2,
  teams: 3,
  customers: 4,
  interactions: 5,
  deals: 6,
  calls: 7,
  reviews: 8,
  budget: 9,
  surveys: 10,
  tickets: 11,
  feedback: 12,
  revenue: 13,
} as const;

/** @internal */
export const DAY_MS = 86_400_000;
/** Agents per contact-centre team (one team manager each). @internal */
export const AGENTS_PER_TEAM = 12;

function integerIn(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return fail(ErrorCodes.InvalidOption, path, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

function numberList(
  value: unknown,
  path: string,
  min: number,
  max: number,
  maxIncluded: boolean,
  what: string,
  whatMany: string,
): number[] {
  if (!Array.isArray(value)) return fail(ErrorCodes.InvalidOption, path, `an array of ${whatMany}`, value);
  value.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max || (!maxIncluded && x === max)) {
      fail(ErrorCodes.InvalidOption, `${path}[${i}]`, what, x);
    }
  });
  return value as number[];
}

/**
 * Checks the options and builds the plan.
 *
 * @internal
 */
export function planSample(options: SampleDatasetOptions): SamplePlan {
  if (typeof options !== 'object' || options === null) {
    return fail(ErrorCodes.InvalidOption, 'options', '{ seed, managers, days, profile }', options);
  }
  const rawSeed: unknown = options.seed;
  let seed: number;
  if (typeof rawSeed === 'string' && rawSeed.length > 0 && rawSeed.length <= 200) seed = hashString(rawSeed);
  else if (typeof rawSeed === 'number' && Number.isInteger(rawSeed) && rawSeed >= 0 && rawSeed <= 0xffffffff)
    seed = rawSeed >>> 0;
  else
    return fail(ErrorCodes.InvalidOption, 'options.seed', 'an integer 0 … 4294967295 or a string', rawSeed);
  const managers = integerIn(options.managers, 'options.managers', 1, 10_000);
  const dayCount = integerIn(options.days, 'options.days', 1, 3660);
  const profile = options.profile;
  if (!(SAMPLE_PROFILES as readonly unknown[]).includes(profile)) {
    return fail(ErrorCodes.InvalidOption, 'options.profile', 'one of "b2c", "b2b", "consulting"', profile);
  }
  const shape = PROFILE_SHAPES[profile];
  const start = options.start ?? '2026-10-01';
  const { year, month, day } = parseCalendarDate(start, 'options.start');
  const timeZone = assertTimeZone(options.timeZone ?? 'UTC', 'options.timeZone');
  const currency = assertCurrency(options.currency ?? 'EUR', 'options.currency');
  const callsPerDay =
    options.callsPerDay === undefined
      ? shape.callsPerDay
      : integerIn(options.callsPerDay, 'options.callsPerDay', 0, 10_000_000);
  // Offered load in agent-seconds per working day over 12 open hours at 75 % occupancy.
  const handleSeconds = shape.talkMedianSeconds * 1.2 + 30;
  const agentCount =
    options.agents === undefined
      ? Math.min(100_000, Math.max(1, Math.ceil((callsPerDay * handleSeconds) / (12 * 3600 * 0.75))))
      : integerIn(options.agents, 'options.agents', 1, 100_000);
  let strengths: readonly number[];
  if (options.strengths === undefined) {
    const spread = Array.from({ length: managers }, (_, i) =>
      managers === 1 ? 0.55 : Math.round((0.15 + (0.8 * i) / (managers - 1)) * 1000) / 1000,
    );
    const d = draw(streamSeed(seed, Streams.strengths));
    for (let i = spread.length - 1; i > 0; i--) {
      const j = d.index(i + 1);
      [spread[i], spread[j]] = [spread[j] as number, spread[i] as number];
    }
    strengths = spread;
  } else {
    strengths = numberList(
      options.strengths,
      'options.strengths',
      0,
      1,
      true,
      'a strength from 0 to 1',
      'strengths from 0 to 1',
    );
    if (strengths.length !== managers) {
      fail(
        ErrorCodes.InvalidOption,
        'options.strengths',
        `${managers} strengths, one per manager`,
        strengths,
      );
    }
  }
  const callPeaks = numberList(
    options.callPeaks ?? [10.5, 14.5],
    'options.callPeaks',
    8,
    20,
    false,
    'an hour from 8 to 20 (the open hours)',
    'hours from 8 to 20 (the open hours)',
  );
  if (callPeaks.length < 1 || callPeaks.length > 4) {
    fail(ErrorCodes.InvalidOption, 'options.callPeaks', '1 to 4 peak hours', callPeaks);
  }
  const firstDay = Date.UTC(year, month - 1, day);
  const lastDay = formatUtcDay(firstDay + (dayCount - 1) * DAY_MS);
  // Customers date from up to 1 500 days before the start, and expected close dates run up to 305 days
  // past the end: both must stay within the 1900–2199 the normalisers accept.
  if (start < '1905-01-01')
    fail(ErrorCodes.InvalidOption, 'options.start', 'a start on or after 1905-01-01', start);
  if (lastDay > '2198-12-31')
    fail(ErrorCodes.InvalidOption, 'options.days', 'days ending by 2198-12-31', dayCount);
  const p = period({ from: start, to: lastDay, timeZone });
  const weekend = new Set(DEFAULT_WORK_CALENDAR.weekendDays);
  const days: SampleDay[] = daysOf(p).map((slice, index) => {
    const utcDay = firstDay + index * DAY_MS;
    return { index, date: slice.from, utcDay, working: !weekend.has(new Date(utcDay).getUTCDay()) };
  });
  const salesManagers = strengths.map((strength, index) => ({ id: `m-${index + 1}`, index, strength }));
  const agentDraw = draw(streamSeed(seed, Streams.agents));
  const agents = Array.from({ length: agentCount }, (_, index) => ({
    id: `a-${index + 1}`,
    index,
    team: Math.floor(index / AGENTS_PER_TEAM),
    strength: Math.round(agentDraw.between(0.2, 1) * 1000) / 1000,
  }));
  const teamDraw = draw(streamSeed(seed, Streams.teams));
  const teams = Array.from({ length: Math.ceil(agentCount / AGENTS_PER_TEAM) }, (_, index) => ({
    id: `cc-${index + 1}`,
    index,
    strength: Math.round(teamDraw.between(0.2, 1) * 1000) / 1000,
  }));
  // The zone's offset at noon of each day: working hours never meet a DST change, which happens at night.
  const offsets = new Map<number, number>();
  const wall = (utcDay: number, secondOfDay: number): number => {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const d = new Date(utcDay);
      const noon = zonedWallTimeToEpoch(
        timeZone,
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        12,
      );
      offset = utcDay + 43_200_000 - noon;
      // At most about 5,500 days are ever asked for (3,660 days, customers from 1,500 days before).
      offsets.set(utcDay, offset);
    }
    return utcDay + Math.round(secondOfDay * 1000) - offset;
  };
  return {
    seed,
    profile,
    shape,
    timeZone,
    currency,
    period: p,
    days,
    months: monthsOf(p).map((m) => m.key),
    salesManagers,
    teams,
    agents,
    callsPerDay,
    callPeaks,
    wall,
  };
}

/** The factor a strength scales rates by: 0.55 at 0, 1 at 0.5, 1.45 at 1. @internal */
export function strengthFactor(strength: number): number {
  return 0.55 + 0.9 * strength;
}

/** An amount in the sample's currency, rounded to its minor unit. @internal */
export function amountOf(plan: SamplePlan, value: number): Decimal {
  return new Decimal(value.toFixed(currencyDigits(plan.currency)));
}
