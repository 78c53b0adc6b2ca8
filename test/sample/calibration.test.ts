// The sample and the criteria agree: scoring the last month of a 92-day sample, the managers rank by
// their strength, the strongest is rated good or excellent on most criteria and the weakest fair or
// poor, and no criterion is poor (or insufficient) for everyone. The thresholds are measured values
// (seeds 7, 8 and 9, six managers each), a little below what was measured, so that a change to the
// generator or to a criterion that breaks the calibration fails here. See docs/sample-data.md.
import { describe, expect, it } from 'vitest';
import {
  builtInProfiles,
  decisionMakerReach,
  type Evaluation,
  eventParticipation,
  feedbackQuality,
  meetingCallAlternation,
  meetingRate,
  opportunityFunnel,
  period,
  periodOf,
  planAttainment,
  type Rating,
  referrals,
  relationshipCare,
  resolutionEfficiency,
  retention,
  type SampleProfile,
  sampleDataset,
  satisfaction,
} from '../../src/index.js';

type Criterion = (a: Records, id: string) => Evaluation<unknown>;
interface Records {
  interactions: ReturnType<typeof arrays>['interactions'];
  deals: ReturnType<typeof arrays>['deals'];
  plans: ReturnType<typeof arrays>['plans'];
  surveys: ReturnType<typeof arrays>['surveys'];
  tickets: ReturnType<typeof arrays>['tickets'];
  feedback: ReturnType<typeof arrays>['feedback'];
  customers: ReturnType<typeof arrays>['customers'];
}

const zone = 'Europe/Berlin';
const october = periodOf('2026-10', zone);
const quarter = period({ from: '2026-08-01', to: '2026-10-31', timeZone: zone });

function dataset(profile: SampleProfile, seed: number) {
  return sampleDataset({
    seed,
    managers: 6,
    days: 92,
    profile,
    start: '2026-08-01',
    timeZone: zone,
    callsPerDay: 0,
  });
}
function arrays(profile: SampleProfile, seed: number) {
  const data = dataset(profile, seed);
  return {
    strengths: data.strengths,
    interactions: [...data.interactions],
    deals: [...data.deals],
    plans: [...data.plans],
    surveys: [...data.surveys],
    tickets: [...data.tickets],
    feedback: [...data.feedback],
    customers: [...data.customers],
  };
}
const own = <T extends { readonly managerId?: string }>(list: readonly T[], id: string): T[] =>
  list.filter((x) => x.managerId === id);

/** The criteria judged per manager on one month, by name. */
function criteria(profileId: SampleProfile): Record<string, Criterion> {
  const profile = builtInProfiles[profileId];
  const p = { period: october, profile };
  return {
    meetingRate: (a, id) => meetingRate(own(a.interactions, id), p),
    meetingCallAlternation: (a, id) => meetingCallAlternation(own(a.interactions, id), p),
    eventParticipation: (a, id) => eventParticipation({ interactions: own(a.interactions, id) }, p),
    planAttainment: (a, id) => planAttainment({ deals: own(a.deals, id), plans: own(a.plans, id) }, p),
    opportunityFunnel: (a, id) => opportunityFunnel({ deals: own(a.deals, id), plans: own(a.plans, id) }, p),
    decisionMakerReach: (a, id) =>
      decisionMakerReach({ interactions: own(a.interactions, id), deals: own(a.deals, id) }, p),
    referrals: (a, id) => referrals({ interactions: own(a.interactions, id), deals: own(a.deals, id) }, p),
    feedbackQuality: (a, id) =>
      feedbackQuality({ feedback: own(a.feedback, id), interactions: own(a.interactions, id) }, p),
    relationshipCare: (a, id) =>
      relationshipCare({ customers: own(a.customers, id), interactions: own(a.interactions, id) }, p),
    retention: (a, id) => retention({ customers: own(a.customers, id) }, p),
    // Judged on the quarter: a month holds too few answers and tickets per manager (docs/sample-data.md).
    satisfactionQuarter: (a, id) => satisfaction(own(a.surveys, id), { period: quarter, profile }),
    resolutionQuarter: (a, id) => resolutionEfficiency(own(a.tickets, id), { period: quarter, profile }),
  };
}

/** Spearman's rank correlation of two lists without ties in `x` (average ranks for ties in `y`). */
function spearman(x: readonly number[], y: readonly number[]): number {
  const rank = (v: readonly number[]) => {
    const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
      for (let k = i; k <= j; k++) r[order[k]!.i] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

interface Measured {
  /** criterion → [strength, score][] over every seed and manager with a score. */
  pairs: Record<string, [number, number][]>;
  /** criterion → ratings of every manager, every seed. */
  ratings: Record<string, Rating[]>;
  strongest: Rating[];
  weakest: Rating[];
}

function measureProfile(profileId: SampleProfile, seeds: readonly number[]): Measured {
  const out: Measured = { pairs: {}, ratings: {}, strongest: [], weakest: [] };
  const list = criteria(profileId);
  for (const seed of seeds) {
    const a = arrays(profileId, seed);
    const ids = Object.keys(a.strengths).filter((k) => k.startsWith('m-'));
    const strongest = ids.reduce((x, y) => (a.strengths[y]! > a.strengths[x]! ? y : x));
    const weakest = ids.reduce((x, y) => (a.strengths[y]! < a.strengths[x]! ? y : x));
    for (const [name, run] of Object.entries(list)) {
      out.ratings[name] ??= [];
      out.pairs[name] ??= [];
      for (const id of ids) {
        const e = run(a, id);
        out.ratings[name].push(e.rating);
        if (e.score !== null) out.pairs[name].push([a.strengths[id]!, e.score]);
        if (id === strongest) out.strongest.push(e.rating);
        if (id === weakest) out.weakest.push(e.rating);
      }
    }
  }
  return out;
}

const seeds = [7, 8, 9] as const;
const high = (r: Rating) => r === 'good' || r === 'excellent';
const low = (r: Rating) => r === 'fair' || r === 'poor';

describe.each(['b2b', 'b2c', 'consulting'] as const)('the %s sample scored on October 2026', (profileId) => {
  const measured = measureProfile(profileId, seeds);
  const rho = (name: string) => {
    const pairs = measured.pairs[name] ?? [];
    return spearman(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    );
  };

  // Spearman's ρ between strength and score, pooled over three seeds × six managers (measured value in
  // the comment; the bound is a little below it). Where a month holds only a handful of events (deals
  // won, customers met), ρ is lower: that noise is the field's, not the generator's.
  const bounds: Record<SampleProfile, Record<string, number>> = {
    b2b: {
      meetingRate: 0.5, // 0.73
      meetingCallAlternation: 0.7, // 0.91
      eventParticipation: 0.25, // 0.41: 0–4 events a month
      planAttainment: 0.35, // 0.55
      opportunityFunnel: 0.3, // 0.54
      decisionMakerReach: 0.25, // 0.48
      feedbackQuality: 0.7, // 0.93
      relationshipCare: 0.7, // 0.90
      retention: 0.15, // 0.30: 0–2 standard customers lost a month
      satisfactionQuarter: 0.75, // 0.93
      resolutionQuarter: 0.25, // 0.49
    },
    b2c: {
      meetingRate: 0.75, // 0.93
      meetingCallAlternation: 0.8, // 0.97
      planAttainment: 0.7, // 0.88
      opportunityFunnel: 0.7, // 0.91
      decisionMakerReach: 0.6, // 0.83
      referrals: 0.75, // 0.95
      feedbackQuality: 0.8, // 0.96
      relationshipCare: 0.8, // 0.96
      retention: 0.5, // 0.70
      satisfactionQuarter: 0.8, // 0.98
      resolutionQuarter: 0.4, // 0.65
    },
    consulting: {
      meetingRate: 0.5, // 0.72
      meetingCallAlternation: 0.55, // 0.78
      eventParticipation: 0.1, // 0.25: 0–5 events a month
      planAttainment: 0.4, // 0.62
      opportunityFunnel: 0.2, // 0.40
      feedbackQuality: 0.7, // 0.95
      relationshipCare: 0.5, // 0.74
      retention: 0.15, // 0.34
      satisfactionQuarter: 0.4, // 0.66
      resolutionQuarter: 0.3, // 0.57
    },
  };

  it.each(Object.entries(bounds[profileId]))('%s ranks the managers by strength (ρ ≥ %s)', (name, bound) => {
    expect(measured.pairs[name]!.length).toBeGreaterThanOrEqual(8); // of 18 manager-months
    expect(rho(name)).toBeGreaterThanOrEqual(bound);
  });

  it('the strongest manager is good or excellent on at least three quarters of the criteria judged', () => {
    const judged = measured.strongest.filter((r) => r !== 'insufficient-data');
    expect(judged.filter(high).length / judged.length).toBeGreaterThanOrEqual(0.75);
  });

  it('the weakest manager is fair or poor on most of the criteria judged', () => {
    const judged = measured.weakest.filter((r) => r !== 'insufficient-data');
    expect(judged.filter(low).length / judged.length).toBeGreaterThanOrEqual(0.6);
  });

  it('no criterion is poor, or insufficient, for everyone', () => {
    for (const [name, ratings] of Object.entries(measured.ratings)) {
      const judged = ratings.filter((r) => r !== 'insufficient-data');
      expect(judged.length, name).toBeGreaterThan(0);
      expect(
        judged.every((r) => r === 'poor'),
        name,
      ).toBe(false);
    }
  });

  it('measures twelve criteria (CALIBRATION_PRINT=1 prints the table)', () => {
    const rows = Object.keys(measured.ratings).map((name) => ({
      name,
      rho: Math.round(rho(name) * 100) / 100,
      scored: measured.pairs[name]?.length ?? 0,
      ratings: measured.ratings[name]!.map((r) => r.slice(0, 4)).join(' '),
    }));
    if (process.env.CALIBRATION_PRINT) {
      console.log(profileId, JSON.stringify(rows, null, 1));
      console.log('strongest', measured.strongest.join(' '), '\nweakest', measured.weakest.join(' '));
    }
    expect(rows.length).toBe(12);
  });
});
