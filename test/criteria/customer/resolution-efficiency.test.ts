import { describe, expect, it } from 'vitest';
import { addToSketch, emptySketch, mergeSketches } from '../../../src/criteria/customer/quantile-sketch.js';
import {
  b2b,
  b2c,
  businessSecondsBetween,
  checkAggregatorLaws,
  defineProfile,
  measure,
  normalizeSupportTickets,
  periodOf,
  resolutionEfficiency,
  resolutionEfficiencyAggregator,
  type SupportTicketInput,
  sketchQuantile,
} from '../../../src/index.js';
import { errorOf, failure } from '../../helpers.js';

const october = periodOf('2026-10');
const H = 3600;
const DAY = 86_400;

// Five tickets opened in October 2026 (UTC) and one in September.
const raw: SupportTicketInput[] = [
  // first response 30 min, resolved in 2 h, one contact
  {
    id: 'T1',
    customerId: 'c1',
    openedAt: '2026-10-05T09:00Z',
    firstResponseAt: '2026-10-05T09:30Z',
    resolvedAt: '2026-10-05T11:00Z',
    contacts: 1,
  },
  // 1 h, 4 h, two contacts; c2 comes back 3 days later with T3 (a repeat within 7 days)
  {
    id: 'T2',
    customerId: 'c2',
    openedAt: '2026-10-06T09:00Z',
    firstResponseAt: '2026-10-06T10:00Z',
    resolvedAt: '2026-10-06T13:00Z',
    contacts: 2,
  },
  // 15 min, 8 h, two contacts
  {
    id: 'T3',
    customerId: 'c2',
    openedAt: '2026-10-09T09:00Z',
    firstResponseAt: '2026-10-09T09:15Z',
    resolvedAt: '2026-10-09T17:00Z',
    contacts: 2,
  },
  // 30 min; resolved after 1 h, reopened on the 14th, finally resolved on the 15th (3 days after opening); three contacts
  {
    id: 'T4',
    customerId: 'c3',
    openedAt: '2026-10-12T09:00Z',
    firstResponseAt: '2026-10-12T09:30Z',
    resolvedAt: '2026-10-12T10:00Z',
    reopenedAt: ['2026-10-14T09:00Z'],
    finalResolvedAt: '2026-10-15T09:00Z',
    contacts: 3,
  },
  // 4 h to first response, still open
  {
    id: 'T5',
    customerId: 'c4',
    openedAt: '2026-10-20T09:00Z',
    firstResponseAt: '2026-10-20T13:00Z',
    contacts: 1,
  },
  // opened in September, never resolved
  { id: 'T6', customerId: 'c5', openedAt: '2026-09-28T09:00Z' },
];
const tickets = normalizeSupportTickets(raw);
const run = (options: Parameters<typeof resolutionEfficiencyAggregator>[0]) =>
  measure(resolutionEfficiencyAggregator(options), tickets);

describe('customer.resolutionEfficiency: times', () => {
  it('gives the median and 90th percentile of first response and resolution, exactly for a small sample', () => {
    const m = run({ period: october });
    expect(m.tickets).toBe(5);
    expect(m.outsidePeriod).toBe(1);
    // First responses: 1800, 3600, 900, 1800, 14400 → sorted 900, 1800, 1800, 3600, 14400.
    // Median: rank ⌊0.5·4⌋ = 2 → 1800; p90: rank ⌊0.9·4⌋ = 3 → 3600.
    expect(m.firstResponse).toEqual({ count: 5, medianSeconds: 1800, p90Seconds: 3600, exact: true });
    // Full resolution: T1 2 h, T2 4 h, T3 8 h, T4 3 days (to its final resolution); T5 open.
    // Sorted 7200, 14400, 28800, 259200: median rank ⌊1.5⌋ = 1 → 14400; p90 rank ⌊2.7⌋ = 2 → 28800.
    expect(m.resolution).toEqual({ count: 4, medianSeconds: 4 * H, p90Seconds: 8 * H, exact: true });
  });

  it('a reopened ticket keeps its first response; its resolution runs to the final resolution by default', () => {
    const first = run({ period: october, reopened: 'first-resolution' });
    // T4 counts 1 h instead of 3 days: sorted 3600, 7200, 14400, 28800 → median 7200, p90 14400.
    expect(first.resolution).toEqual({ count: 4, medianSeconds: 2 * H, p90Seconds: 4 * H, exact: true });
    expect(first.firstResponse).toEqual(run({ period: october }).firstResponse);
    expect(first.reopenedPolicy).toBe('first-resolution');
    expect(run({ period: october }).reopenedPolicy).toBe('full-resolution');
  });

  it('a reopened ticket without a final resolution is open again and has no resolution time', () => {
    const [t] = normalizeSupportTickets([
      {
        id: 'R',
        openedAt: '2026-10-01T09:00Z',
        resolvedAt: '2026-10-01T10:00Z',
        reopenedAt: ['2026-10-02T09:00Z'],
      },
    ]);
    const agg = resolutionEfficiencyAggregator({ period: october, asOf: '2026-10-03T09:00Z' });
    const m = measure(agg, [t!]);
    expect(m.resolution.count).toBe(0);
    // Open since 1 October 09:00, as of 3 October 09:00: 2 days.
    expect(m.openProblems).toEqual({
      asOf: Date.UTC(2026, 9, 3, 9),
      open: 1,
      medianAgeSeconds: 2 * DAY,
      p90AgeSeconds: 2 * DAY,
      oldestAgeSeconds: 2 * DAY,
    });
    // With the first-resolution policy it has one: 1 h.
    expect(
      measure(resolutionEfficiencyAggregator({ period: october, reopened: 'first-resolution' }), [t!])
        .resolution.medianSeconds,
    ).toBe(H);
  });

  it('measures the age of open problems as of the date passed in, whatever their period', () => {
    const m = run({ period: october, asOf: '2026-10-14T12:00Z' });
    // Open at 14 Oct 12:00: T4 (reopened at 09:00, finally resolved only on the 15th): 2 d 3 h = 183600 s;
    // T6 (September, never resolved): 16 d 3 h = 1393200 s. T5 was opened later; T1–T3 were resolved.
    // Sorted 183600, 1393200: median rank 0, p90 rank ⌊0.9⌋ = 0.
    expect(m.openProblems).toEqual({
      asOf: Date.UTC(2026, 9, 14, 12),
      open: 2,
      medianAgeSeconds: 183_600,
      p90AgeSeconds: 183_600,
      oldestAgeSeconds: 1_393_200,
    });
    expect(run({ period: october }).openProblems).toBeNull();
    // Before T4's reopening it counted as resolved: as of 13 Oct only T6 is open (15 d 3 h).
    expect(run({ period: october, asOf: '2026-10-13T12:00Z' }).openProblems?.open).toBe(1);
    expect(run({ period: october, asOf: '2026-09-01T00:00Z' }).openProblems).toEqual({
      asOf: Date.UTC(2026, 8, 1),
      open: 0,
      medianAgeSeconds: null,
      p90AgeSeconds: null,
      oldestAgeSeconds: null,
    });
  });

  it('counts business hours in the team zone, across a weekend, a holiday and a DST change', () => {
    const [t] = normalizeSupportTickets([
      // Friday 23 Oct 16:00 CEST → Monday 26 Oct 10:00 CET (clocks went back on Sunday the 25th).
      { id: 'B', openedAt: '2026-10-23T16:00:00+02:00', firstResponseAt: '2026-10-26T10:00:00+01:00' },
    ]);
    const berlin = periodOf('2026-10', 'Europe/Berlin');
    const calendar = run({ period: berlin });
    const business = measure(resolutionEfficiencyAggregator({ period: berlin, timeBasis: 'business' }), [t!]);
    // 09:00–17:00 on weekdays: Friday 16–17 (1 h) + Monday 09–10 (1 h) = 7200 s.
    expect(business.firstResponse.medianSeconds).toBe(7200);
    expect(business.timeBasis).toBe('business');
    expect(calendar.timeBasis).toBe('calendar');
    // Monday a holiday: only Friday's hour counts.
    const holiday = measure(
      resolutionEfficiencyAggregator({
        period: berlin,
        timeBasis: 'business',
        businessHours: { calendar: { weekendDays: [0, 6], holidays: ['2026-10-26'] } },
      }),
      [t!],
    );
    expect(holiday.firstResponse.medianSeconds).toBe(3600);
  });
});

describe('businessSecondsBetween', () => {
  const berlin7 = { timeZone: 'Europe/Berlin', calendar: { weekendDays: [], holidays: [] } };
  it('follows the wall clock across the autumn DST change', () => {
    // Saturday 24 Oct 12:00 CEST → Monday 26 Oct 12:00 CET, a 7-day team open 09–17:
    // Sat 12–17 (5 h) + Sun 09–17 (8 h) + Mon 09–12 (3 h) = 16 h. A fixed +02:00 offset would give 17 h.
    expect(businessSecondsBetween('2026-10-24T12:00:00+02:00', '2026-10-26T12:00:00+01:00', berlin7)).toBe(
      16 * H,
    );
    // Round the clock, the same span is the calendar's 49 hours (Sunday has 25).
    expect(
      businessSecondsBetween('2026-10-24T12:00:00+02:00', '2026-10-26T12:00:00+01:00', {
        ...berlin7,
        opensAt: '00:00',
        closesAt: '24:00',
      }),
    ).toBe(49 * H);
  });
  it('gives 23 hours for the spring-forward day of a round-the-clock team', () => {
    expect(
      businessSecondsBetween('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', {
        ...berlin7,
        opensAt: '00:00',
        closesAt: '24:00',
      }),
    ).toBe(23 * H);
  });
  it('skips a holiday and gives 0 for an empty or backward span', () => {
    // Thu 24 Dec 16:00 → Mon 28 Dec 10:00 UTC, 25 Dec a holiday: Thu 1 h + Mon 1 h.
    const hours = { timeZone: 'UTC', calendar: { weekendDays: [0, 6], holidays: ['2026-12-25'] } };
    expect(businessSecondsBetween('2026-12-24T16:00Z', '2026-12-28T10:00Z', hours)).toBe(2 * H);
    expect(businessSecondsBetween('2026-12-28T10:00Z', '2026-12-24T16:00Z', hours)).toBe(0);
  });
  it('names the end that is not a date', () => {
    const utc = { timeZone: 'UTC', calendar: { weekendDays: [], holidays: [] } };
    expect(failure(() => businessSecondsBetween('31/12/2026', '2026-12-28T10:00Z', utc))).toMatch(
      / at from$/,
    );
    expect(failure(() => businessSecondsBetween('2026-12-24T16:00Z', '31/12/2026', utc))).toMatch(/ at to$/);
  });
  it('adds up over any split point and never exceeds the calendar time (1 000 random spans)', () => {
    const random = lcg(11);
    const hours = {
      timeZone: 'America/New_York',
      calendar: { weekendDays: [0, 6], holidays: ['2026-11-26'] },
      opensAt: '08:30',
      closesAt: '18:00',
    };
    const base = Date.UTC(2026, 9, 20);
    for (let i = 0; i < 1000; i++) {
      // Three instants within seven weeks around the 1 November DST change in New York.
      const [a, b, c] = [0, 1, 2]
        .map(() => base + Math.floor((random.next().value as number) * 49 * DAY) * 1000)
        .sort((x, y) => x - y) as [number, number, number];
      const whole = businessSecondsBetween(a, c, hours);
      expect(whole).toBe(businessSecondsBetween(a, b, hours) + businessSecondsBetween(b, c, hours));
      expect(whole).toBeLessThanOrEqual((c - a) / 1000);
    }
    // 3,000 calls over spans of up to seven weeks: seconds on a busy 2-core machine, over vitest's 5 s default.
  }, 30_000);

  it('rejects bad hours with the path', () => {
    expect(failure(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', opensAt: '9:00' }))).toBe(
      'invalid-option at businessHours.opensAt',
    );
    expect(failure(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', closesAt: '24:30' }))).toBe(
      'invalid-option at businessHours.closesAt',
    );
    expect(failure(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', opensAt: '18:00' }))).toBe(
      'invalid-option at businessHours.closesAt',
    );
    // A number is not a wall-clock time, even 900 for 09:00.
    expect(failure(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', opensAt: 900 as never }))).toBe(
      'invalid-option at businessHours.opensAt',
    );
    // Closing at 08:00 with the default opening: the message names that default, 09:00.
    expect(errorOf(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', closesAt: '08:00' })).message).toBe(
      'businessHours.closesAt: expected a time after 09:00, got "08:00"',
    );
    expect(failure(() => businessSecondsBetween(0, 1, { timeZone: 'Mars/Olympus' }))).toBe(
      'invalid-time-zone at businessHours.timeZone',
    );
    expect(failure(() => businessSecondsBetween(0, 1, null as never))).toBe(
      'invalid-option at businessHours',
    );
    expect(failure(() => businessSecondsBetween('soon', 1, { timeZone: 'UTC' }))).toBe(
      'invalid-date at from',
    );
  });

  it('reads HH:MM exactly, and refuses the near misses', () => {
    const at = (hours: object) => failure(() => businessSecondsBetween(0, 1, { timeZone: 'UTC', ...hours }));
    // An array prints as '09:00', a number has no timeZone: neither is taken for what it resembles.
    expect(at({ opensAt: ['09:00'] })).toBe('invalid-option at businessHours.opensAt');
    expect(failure(() => businessSecondsBetween(0, 1, 5 as never))).toBe('invalid-option at businessHours');
    for (const opensAt of ['009:00', '09:000', '09:60']) {
      expect(at({ opensAt })).toBe('invalid-option at businessHours.opensAt');
    }
    expect(at({ opensAt: '09:00', closesAt: '09:00' })).toBe('invalid-option at businessHours.closesAt');
    // 08:59 is a time: Monday 5 October 2026, 08:00 to 10:00 UTC, is 61 minutes of it.
    expect(
      businessSecondsBetween('2026-10-05T08:00Z', '2026-10-05T10:00Z', { timeZone: 'UTC', opensAt: '08:59' }),
    ).toBe(61 * 60);
  });

  it('counts a local day that starts before the UTC one ends (UTC+14)', () => {
    // In Kiritimati, 10:00–12:00 UTC on Monday 5 October is 00:00–02:00 on Tuesday the 6th, open all day.
    const kiritimati = { timeZone: 'Pacific/Kiritimati', opensAt: '00:00', closesAt: '24:00' };
    expect(businessSecondsBetween('2026-10-05T10:00Z', '2026-10-05T12:00Z', kiritimati)).toBe(2 * H);
  });
});

describe('customer.resolutionEfficiency: first-contact resolution and reopens', () => {
  it('by default counts a problem resolved at first contact when the customer does not come back within 7 days', () => {
    const m = run({ period: october });
    // Eligible: T1–T5 (all have a customer). Resolved and never reopened: T1, T2, T3.
    // T2 fails: c2 opened T3 three days later. FCR = 2 / 5 = 0.4.
    expect(m.firstContactResolution).toEqual({
      method: 'no-repeat-contact',
      eligible: 5,
      resolved: 2,
      share: 0.4,
    });
    // With a 2-day window T3 is no longer a repeat of T2: 3 / 5 = 0.6.
    expect(
      run({ period: october, firstContactResolution: { method: 'no-repeat-contact', windowDays: 2 } })
        .firstContactResolution.share,
    ).toBe(0.6);
  });
  it('offers one-touch tickets and contacts per problem', () => {
    // One-touch: resolved, never reopened, contacts = 1: only T1 → 1 / 5 = 0.2.
    expect(
      run({ period: october, firstContactResolution: { method: 'one-touch' } }).firstContactResolution,
    ).toEqual({
      method: 'one-touch',
      eligible: 5,
      resolved: 1,
      share: 0.2,
    });
    // Contacts 1 + 2 + 2 + 3 + 1 = 9 for 5 problems: 1.8 per problem. Problems resolved cleanly: T1, T2, T3 → 3 / 9.
    const cpp = run({ period: october, firstContactResolution: { method: 'contacts-per-problem' } });
    expect(cpp.contactsPerProblem).toBe(1.8);
    expect(cpp.firstContactResolution.share).toBeCloseTo(3 / 9, 12);
  });
  it('gives the reopen rate over the tickets resolved at least once', () => {
    // T1–T4 were resolved; T4 was reopened: 1 / 4.
    expect(run({ period: october }).reopen).toEqual({ resolved: 4, reopened: 1, share: 0.25 });
  });
});

describe('customer.resolutionEfficiency: judgement', () => {
  const lenient = defineProfile(b2b, { criteria: { 'customer.resolutionEfficiency': { minimumSample: 5 } } });
  it('FCR of 60 % is fair against SQM good of 70 %, with a warning for the reopen rate', () => {
    const result = resolutionEfficiency(tickets, {
      period: october,
      profile: lenient,
      firstContactResolution: { method: 'no-repeat-contact', windowDays: 2 },
    });
    // 0.6 is the band's fair threshold → score 40.
    expect(result.value).toBe(0.6);
    expect(result.rating).toBe('fair');
    expect(result.score).toBe(40);
    expect(result.explanation.code).toBe('customer.resolutionEfficiency.rated');
    expect(result.explanation.message).toContain('good is 70 %');
    // Reopen rate 0.25 > 0.1.
    expect(result.warnings.map((w) => w.code)).toEqual(['customer.resolutionEfficiency.high-reopen-rate']);
  });
  it('with a target-range band, names the best share as the good one', () => {
    const ranged = defineProfile(lenient, {
      criteria: {
        'customer.resolutionEfficiency': {
          band: {
            direction: 'target-range',
            best: 0.75,
            excellent: [0.7, 0.8],
            good: [0.6, 0.9],
            fair: [0.5, 0.95],
            worst: [0.4, 1],
          },
        },
      },
    });
    const result = resolutionEfficiency(tickets, {
      period: october,
      profile: ranged,
      firstContactResolution: { method: 'no-repeat-contact', windowDays: 2 },
    });
    // 0.6 is the good range's lower edge: 60, good. The profile, built on b2b-custom, is b2b-custom-custom.
    expect([result.value, result.score, result.rating]).toEqual([0.6, 60, 'good']);
    expect(result.explanation.message).toBe(
      '60 % of 5 problems resolved at first contact (no-repeat-contact); b2b-custom-custom good is 75 %: good.',
    );
  });
  it('warns when the median first response or resolution misses the target', () => {
    const strict = defineProfile(lenient, {
      criteria: {
        'customer.resolutionEfficiency': {
          firstResponseTargetSeconds: 1000,
          resolutionTargetSeconds: 3600,
          maximumReopenShare: 0.5,
        },
      },
    });
    const result = resolutionEfficiency(tickets, { period: october, profile: strict });
    // Median first response 1800 s > 1000 s; median resolution 14400 s > 3600 s.
    expect(result.warnings.map((w) => w.code)).toEqual([
      'customer.resolutionEfficiency.slow-first-response',
      'customer.resolutionEfficiency.slow-resolution',
    ]);
    expect(result.warnings[0]!.inputs).toEqual({ medianSeconds: 1800, targetSeconds: 1000 });
    // In hours to one decimal: 1800 s = 0.5 h, 1000 s ≈ 0.28 h → 0.3; 14400 s = 4 h, 3600 s = 1 h.
    expect(result.warnings.map((w) => w.message)).toEqual([
      'The median first response took 0.5 h; the target is 0.3 h.',
      'The median resolution took 4 h; the target is 1 h.',
    ]);
  });
  it('is insufficient-data below the minimum sample, with no tickets, or with nothing the method needs', () => {
    expect(resolutionEfficiency(tickets, { period: october, profile: b2b }).explanation.code).toBe(
      'customer.resolutionEfficiency.insufficient-sample',
    );
    const none = resolutionEfficiency([], { period: october, profile: b2c });
    expect(none.rating).toBe('insufficient-data');
    expect(none.value).toBeNull();
    expect(none.explanation.code).toBe('customer.resolutionEfficiency.no-tickets');
    const bare = normalizeSupportTickets([{ id: 'x', openedAt: '2026-10-02T09:00Z' }]);
    const result = resolutionEfficiency(bare, {
      period: october,
      profile: lenient,
      firstContactResolution: { method: 'one-touch' },
    });
    expect(result.explanation.code).toBe('customer.resolutionEfficiency.no-eligible-tickets');
    expect(
      resolutionEfficiency(bare, {
        period: october,
        profile: lenient,
        firstContactResolution: { method: 'contacts-per-problem' },
      }).value,
    ).toBeNull();
  });
  it('rejects bad options with the path', () => {
    expect(failure(() => resolutionEfficiencyAggregator({ period: {} as never }))).toBe(
      'invalid-option at options.period',
    );
    expect(failure(() => resolutionEfficiencyAggregator(null as never))).toBe('invalid-option at options');
    expect(
      failure(() => resolutionEfficiencyAggregator({ period: october, timeBasis: 'wall' as never })),
    ).toBe('invalid-option at options.timeBasis');
    expect(
      failure(() => resolutionEfficiencyAggregator({ period: october, reopened: 'last' as never })),
    ).toBe('invalid-option at options.reopened');
    expect(
      failure(() =>
        resolutionEfficiencyAggregator({
          period: october,
          firstContactResolution: { method: 'nps' } as never,
        }),
      ),
    ).toBe('invalid-option at options.firstContactResolution.method');
    expect(
      failure(() =>
        resolutionEfficiencyAggregator({
          period: october,
          firstContactResolution: { method: 'no-repeat-contact', windowDays: -1 },
        }),
      ),
    ).toBe('invalid-option at options.firstContactResolution.windowDays');
    // A window only means something to no-repeat-contact: given with another method it is refused,
    // not ignored.
    const ignored = errorOf(() =>
      resolutionEfficiencyAggregator({
        period: october,
        firstContactResolution: { method: 'one-touch', windowDays: 3 } as never,
      }),
    );
    expect(ignored.message).toBe(
      'options.firstContactResolution.windowDays: expected no windowDays unless method is "no-repeat-contact", got 3',
    );
    expect(() =>
      resolutionEfficiencyAggregator({
        period: october,
        firstContactResolution: { method: 'contacts-per-problem' },
      }),
    ).not.toThrow();
    expect(failure(() => resolutionEfficiencyAggregator({ period: october, businessHours: {} }))).toBe(
      'invalid-option at options.businessHours',
    );
    expect(
      failure(() =>
        resolutionEfficiencyAggregator({
          period: october,
          timeBasis: 'business',
          businessHours: { opensAt: 'x' },
        }),
      ),
    ).toBe('invalid-option at options.businessHours.opensAt');
    expect(failure(() => resolutionEfficiencyAggregator({ period: october, asOf: 'now' }))).toBe(
      'invalid-date at options.asOf',
    );
  });
});

// A deterministic pseudo-random sequence (Park–Miller) for the larger samples.
function* lcg(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 48_271) % 2_147_483_647;
    yield x / 2_147_483_647;
  }
}

describe('percentiles that merge', () => {
  it('stay within the documented 1 % of the exact sorted value once the sketch takes over', () => {
    const random = lcg(42);
    const values: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const u = random.next().value as number;
      // Durations from 1 s to ~11 days, log-spread, plus some zeros.
      values.push(i % 97 === 0 ? 0 : Math.round(Math.exp(u * 13.8)));
    }
    // Built in three uneven parts merged in two orders.
    const parts = [values.slice(0, 100), values.slice(100, 3100), values.slice(3100)].map((part) => {
      const s = emptySketch();
      for (const v of part) addToSketch(s, v);
      return s;
    });
    const left = mergeSketches(mergeSketches(parts[0]!, parts[1]!), parts[2]!);
    const right = mergeSketches(parts[0]!, mergeSketches(parts[1]!, parts[2]!));
    const sorted = values.slice().sort((a, b) => a - b);
    for (const q of [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
      const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
      const estimate = sketchQuantile(left, q)!;
      expect(sketchQuantile(right, q)).toBe(estimate);
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(0.01 * exact + 1e-9);
    }
    expect(sketchQuantile(emptySketch(), 0.5)).toBeNull();
    expect(failure(() => sketchQuantile(emptySketch(), 1.5))).toBe('invalid-option at q');
    // A stored sketch whose buckets hold fewer values than its count (300 counted, 5 kept): the rank
    // of the maximum, 299, is in no bucket, so there is no estimate rather than a wrong one.
    const short = { n: 300, values: [], buckets: { '10': 5 }, zeros: 0 };
    expect(sketchQuantile(short, 1)).toBeNull();
    // Rank 0 is in bucket 10: its midpoint 2γ^10 / (γ + 1), γ = 1.01 / 0.99 for a relative error of 1 %.
    const gamma = 1.01 / 0.99;
    expect(sketchQuantile(short, 0)).toBeCloseTo((2 * gamma ** 10) / (gamma + 1), 12);
    expect(failure(() => sketchQuantile(emptySketch(), Number.NaN))).toBe('invalid-option at q');
  });

  it('the aggregator keeps its laws, with the sketch in use (300 tickets)', () => {
    const random = lcg(7);
    const many: SupportTicketInput[] = [];
    for (let i = 0; i < 300; i++) {
      const opened = Date.UTC(2026, 9, 1) + Math.floor((random.next().value as number) * 30 * DAY) * 1000;
      const respond = Math.floor((random.next().value as number) * 8 * H) * 1000;
      const resolve = respond + Math.floor((random.next().value as number) * 5 * DAY) * 1000;
      const reopen = i % 11 === 0;
      many.push({
        id: `M${i}`,
        customerId: `c${i % 40}`,
        openedAt: opened,
        firstResponseAt: opened + respond,
        ...(i % 13 === 0 ? {} : { resolvedAt: opened + resolve }),
        ...(reopen && i % 13 !== 0
          ? { reopenedAt: [opened + resolve + 1000], finalResolvedAt: opened + resolve + 2 * DAY * 1000 }
          : {}),
        contacts: 1 + (i % 3),
      });
    }
    const records = normalizeSupportTickets(many);
    const agg = resolutionEfficiencyAggregator({ period: october, asOf: '2026-10-20T00:00Z' });
    checkAggregatorLaws(agg, records, { splitPoints: 12 });
    expect(measure(agg, records).firstResponse.exact).toBe(false);
    checkAggregatorLaws(
      resolutionEfficiencyAggregator({ period: periodOf('2026-10', 'Europe/Berlin'), timeBasis: 'business' }),
      records.slice(0, 60),
    );
    checkAggregatorLaws(
      resolutionEfficiencyAggregator({ period: october, firstContactResolution: { method: 'one-touch' } }),
      tickets,
    );
  });

  it('keeps a customer called __proto__ as plain data', () => {
    const odd = normalizeSupportTickets([
      { id: 'p1', customerId: '__proto__', openedAt: '2026-10-01T09:00Z', resolvedAt: '2026-10-01T10:00Z' },
      { id: 'p2', customerId: '__proto__', openedAt: '2026-10-03T09:00Z', resolvedAt: '2026-10-03T10:00Z' },
    ]);
    checkAggregatorLaws(resolutionEfficiencyAggregator({ period: october }), odd);
    // p1 has a repeat (p2, two days later); p2 has none: 1 / 2.
    expect(
      measure(resolutionEfficiencyAggregator({ period: october }), odd).firstContactResolution.share,
    ).toBe(0.5);
  });
});
