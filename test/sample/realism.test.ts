// The sample's shapes, checked numerically: where the day's calls peak, what strength does, that deals
// move through the funnel and some slip, and that times fall in the working day of the zone asked.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { DEAL_STAGES, type Deal, sampleDataset } from '../../src/index.js';

const hourIn = (at: number, zone: string): number => {
  const d = new TZDate(at, zone);
  return d.getHours() + d.getMinutes() / 60;
};

describe('calls: a day with two peaks', () => {
  const perHour = (peaks?: readonly number[]) => {
    const data = sampleDataset({
      seed: 21,
      managers: 1,
      days: 1,
      profile: 'b2c',
      callsPerDay: 20_000,
      timeZone: 'Europe/Berlin',
      ...(peaks === undefined ? {} : { callPeaks: peaks }),
    });
    const counts = new Array<number>(24).fill(0);
    for (const call of data.calls) counts[Math.floor(hourIn(call.offeredAt, 'Europe/Berlin'))]!++;
    return counts;
  };
  const busiest = (counts: readonly number[], from: number, to: number): number => {
    let best = from;
    for (let h = from; h < to; h++) if ((counts[h] as number) > (counts[best] as number)) best = h;
    return best;
  };

  it('by default the morning peak is 10–11 and the afternoon peak 14–15, with no calls outside 08–20', () => {
    const counts = perHour();
    expect(counts.slice(0, 8).concat(counts.slice(20))).toEqual(new Array(12).fill(0));
    expect(busiest(counts, 8, 12)).toBe(10);
    expect(busiest(counts, 12, 20)).toBe(14);
    // Between the peaks the line is quieter than at either: the 12–13 hour is a trough.
    expect(counts[12]).toBeLessThan(counts[10] as number);
    expect(counts[12]).toBeLessThan(counts[14] as number);
    // The peak hour carries far more than the quiet first hour (Gaussian bump 1.1 h wide over a 0.15 baseline).
    expect((counts[10] as number) / (counts[8] as number)).toBeGreaterThan(2);
  });

  it('peaks move where they are set', () => {
    const counts = perHour([9, 17.5]);
    expect(busiest(counts, 8, 13)).toBe(9);
    expect(busiest(counts, 13, 20)).toBe(17);
  });

  it('waits are longer at the peaks, and some callers give up', () => {
    const data = sampleDataset({ seed: 21, managers: 1, days: 1, profile: 'b2c', callsPerDay: 20_000 });
    const byHour = new Map<number, { wait: number; n: number }>();
    let abandoned = 0;
    let n = 0;
    for (const call of data.calls) {
      n++;
      if (call.outcome === 'abandoned') abandoned++;
      const h = Math.floor(hourIn(call.offeredAt, 'UTC'));
      const slot = byHour.get(h) ?? { wait: 0, n: 0 };
      slot.wait += call.waitSeconds;
      slot.n++;
      byHour.set(h, slot);
    }
    const meanWait = (h: number) => (byHour.get(h)?.wait ?? 0) / (byHour.get(h)?.n ?? 1);
    expect(meanWait(10)).toBeGreaterThan(2 * meanWait(8));
    expect(abandoned / n).toBeGreaterThan(0.01);
    expect(abandoned / n).toBeLessThan(0.25);
  });

  it('talk times are log-normal: skewed right (mean above median), all positive', () => {
    const talk: number[] = [];
    for (const call of sampleDataset({ seed: 4, managers: 1, days: 1, profile: 'b2b', callsPerDay: 5000 })
      .calls) {
      if (call.talkSeconds !== undefined) talk.push(call.talkSeconds);
    }
    talk.sort((a, b) => a - b);
    const median = talk[Math.floor(talk.length / 2)] as number;
    const mean = talk.reduce((a, b) => a + b, 0) / talk.length;
    expect(talk[0]).toBeGreaterThan(0);
    // b2b median 300 s scaled by 1.2 − 0.4·strength, strengths 0.2–1: between 240 s and 336 s.
    expect(median).toBeGreaterThan(200);
    expect(median).toBeLessThan(380);
    // A log-normal with σ = 0.6 has mean = median · e^(σ²/2) = median · 1.197.
    expect(mean / median).toBeGreaterThan(1.1);
  });
});

describe('managers of different strengths', () => {
  const countBy = <T>(records: Iterable<T>, key: (r: T) => string | undefined) => {
    const out: Record<string, number> = {};
    for (const r of records) {
      const k = key(r);
      if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };

  it('over 60 days a strong B2B manager holds more meetings than a weak one, near the brief’s 1–2 a day', () => {
    const data = sampleDataset({ seed: 8, managers: 2, days: 60, profile: 'b2b', strengths: [0.1, 0.9] });
    const meetings = countBy(data.interactions, (i) => (i.kind === 'meeting' ? i.managerId : undefined));
    // 60 days from 2026-10-01: 43 working days. Expected meetings a day = 1.4 × (0.55 + 0.9 s):
    // weak 1.4 × 0.64 = 0.9, strong 1.4 × 1.36 = 1.9.
    const weak = (meetings['m-1'] as number) / 43;
    const strong = (meetings['m-2'] as number) / 43;
    expect(strong).toBeGreaterThan(weak * 1.5);
    expect(weak).toBeGreaterThan(0.5);
    expect(strong).toBeLessThan(2.5);
  });

  it('a strong manager alternates calling days and meeting days; a weak one mixes both every day', () => {
    const data = sampleDataset({ seed: 8, managers: 2, days: 60, profile: 'b2c', strengths: [0.2, 0.8] });
    // Meetings on the 1st, 3rd, 5th … working day (calling days) against the 2nd, 4th, … (meeting days).
    const days = new Map<string, string[]>();
    for (const i of data.interactions) {
      if (i.kind !== 'meeting') continue;
      const day = new Date(i.at).toISOString().slice(0, 10);
      days.set(i.managerId, [...(days.get(i.managerId) ?? []), day]);
    }
    const split = (managerId: string) => {
      const order = [...new Set(days.get(managerId))].sort();
      const index = new Map(order.map((d, k) => [d, k]));
      let calling = 0;
      let meeting = 0;
      for (const d of days.get(managerId) ?? []) {
        if ((index.get(d) as number) % 2 === 0) calling++;
        else meeting++;
      }
      return meeting / calling;
    };
    // Expected ratio 1.7 / 0.3 ≈ 5.7 for the strong manager, 1 for the weak one.
    expect(split('m-2')).toBeGreaterThan(4);
    expect(split('m-1')).toBeGreaterThan(0.8);
    expect(split('m-1')).toBeLessThan(1.25);
  });

  it('a B2C manager meets about 20 customers a day when strong', () => {
    const data = sampleDataset({ seed: 8, managers: 1, days: 14, profile: 'b2c', strengths: [1] });
    const meetings = countBy(data.interactions, (i) => (i.kind === 'meeting' ? i.managerId : undefined));
    // 16 × 1.45 = 23.2 expected a working day; 10 working days.
    expect((meetings['m-1'] as number) / 10).toBeGreaterThan(19);
    expect((meetings['m-1'] as number) / 10).toBeLessThan(27);
  });

  it('the strong manager wins a larger share of closed deals, and lets fewer slip', () => {
    const data = sampleDataset({ seed: 8, managers: 2, days: 60, profile: 'b2c', strengths: [0.1, 0.9] });
    const won = countBy(data.deals, (d) => (d.stage === 'won' ? d.managerId : undefined));
    const closed = countBy(data.deals, (d) => (d.closedAt !== undefined ? d.managerId : undefined));
    const winRate = (m: string) => (won[m] as number) / (closed[m] as number);
    // Win rates 0.2 × 0.64² = 0.08 and 0.2 × 1.36² = 0.37 of deals created.
    expect(winRate('m-2')).toBeGreaterThan(winRate('m-1') * 1.5);
    const slipped = countBy(data.deals, (d) =>
      (d.closeDateChanges?.length ?? 0) > 0 ? d.managerId : undefined,
    );
    const late = countBy(data.deals, (d) =>
      d.stageChanges?.some((c) => c.stage === 'negotiation') ? d.managerId : undefined,
    );
    expect((slipped['m-1'] ?? 0) / (late['m-1'] as number)).toBeGreaterThan(
      (slipped['m-2'] ?? 0) / (late['m-2'] as number),
    );
  });

  it('stronger managers get better CSAT answers on the declared 1–5 scale', () => {
    const data = sampleDataset({ seed: 8, managers: 2, days: 60, profile: 'b2c', strengths: [0.1, 0.9] });
    const sum: Record<string, number> = {};
    const n: Record<string, number> = {};
    for (const s of data.surveys) {
      if (s.kind === 'csat') {
        expect(Number.isInteger(s.score) && s.score >= 1 && s.score <= 5).toBe(true);
        sum[s.managerId!] = (sum[s.managerId!] ?? 0) + s.score;
        n[s.managerId!] = (n[s.managerId!] ?? 0) + 1;
      } else {
        expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 10).toBe(true);
      }
    }
    // Mean latent answer 3 + 1.8 s: 3.18 against 4.62 (before rounding and clamping).
    expect(
      (sum['m-2'] as number) / (n['m-2'] as number) - (sum['m-1'] as number) / (n['m-1'] as number),
    ).toBeGreaterThan(0.8);
  });
});

describe('deals through the funnel', () => {
  const deals: Deal[] = [...sampleDataset({ seed: 13, managers: 4, days: 90, profile: 'b2b' }).deals];

  it('stage changes go prospect → qualified → proposal → negotiation → won or lost, in time order', () => {
    expect(deals.length).toBeGreaterThan(50);
    for (const deal of deals) {
      const stages = deal.stageChanges!.map((c) => c.stage);
      expect(stages[stages.length - 1]).toBe(deal.stage);
      const order = stages.map((s) => DEAL_STAGES.indexOf(s));
      const open = stages.filter((s) => s !== 'won' && s !== 'lost');
      expect(open).toEqual(['prospect', 'qualified', 'proposal', 'negotiation'].slice(0, open.length));
      if (deal.stage === 'won') expect(open).toHaveLength(4);
      expect(order.filter((o) => o >= 4).length).toBeLessThanOrEqual(1);
      const times = deal.stageChanges!.map((c) => c.at);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times[0]).toBe(deal.createdAt);
      if (deal.closedAt !== undefined) expect(times[times.length - 1]).toBe(deal.closedAt);
    }
  });

  it('has won, lost and open deals, and some whose close date slipped into a later month', () => {
    const stages = new Set(deals.map((d) => d.stage));
    expect(stages.has('won') && stages.has('lost') && stages.has('negotiation')).toBe(true);
    const intoLaterMonth = deals.filter((d) =>
      (d.closeDateChanges ?? []).some(
        (c) => new Date(c.to).toISOString().slice(0, 7) > new Date(c.from).toISOString().slice(0, 7),
      ),
    );
    expect(intoLaterMonth.length).toBeGreaterThan(0);
    for (const d of deals) {
      for (const c of d.closeDateChanges ?? []) {
        expect(c.to).toBeGreaterThan(c.from);
        expect(c.changedAt).toBeGreaterThanOrEqual(d.createdAt);
        expect(c.changedAt).toBeLessThan(c.from + 86_400_000); // by the end of the day it was due
        expect(d.expectedCloseAt).toBe(c.to);
      }
    }
  });

  it('cycles lengthen from b2c to b2b to consulting: more of the deals created in 60 days are still open', () => {
    const openShare = (profile: 'b2c' | 'b2b' | 'consulting') => {
      const all = [...sampleDataset({ seed: 13, managers: 4, days: 60, profile }).deals];
      return all.filter((d) => d.closedAt === undefined).length / all.length;
    };
    const [b2c, b2b, consulting] = [openShare('b2c'), openShare('b2b'), openShare('consulting')];
    // Median planned cycles of 6, 40 and 90 days.
    expect(b2c).toBeLessThan(0.15);
    expect(b2b).toBeGreaterThan(b2c);
    expect(consulting).toBeGreaterThan(b2b);
  });
});

describe('the time zone is respected', () => {
  it('the same seed in Berlin gives the same wall-clock times as in UTC, shifted by the offset (DST included)', () => {
    const options = { seed: 2, managers: 1, days: 31, profile: 'b2b', callsPerDay: 30 } as const;
    const utc = [...sampleDataset(options).calls];
    const berlin = [...sampleDataset({ ...options, timeZone: 'Europe/Berlin' }).calls];
    expect(berlin.length).toBe(utc.length);
    // Berlin is UTC+2 until 25 October 2026 (CEST), then UTC+1: its 09:00 is 07:00Z, then 08:00Z.
    const shifts = new Set(utc.map((c, i) => (c.offeredAt - (berlin[i] as typeof c).offeredAt) / 3_600_000));
    expect([...shifts].sort()).toEqual([1, 2]);
    const lastDay = utc.length - 1;
    expect((utc[lastDay] as (typeof utc)[0]).offeredAt - (berlin[lastDay] as (typeof utc)[0]).offeredAt).toBe(
      3_600_000,
    );
  });

  it('in New York, meetings fall in 09:00–18:00 local time and calls in 08:00–20:00', () => {
    const data = sampleDataset({
      seed: 6,
      managers: 2,
      days: 14,
      profile: 'b2b',
      timeZone: 'America/New_York',
      callsPerDay: 300,
    });
    for (const i of data.interactions) {
      const h = hourIn(i.at, 'America/New_York');
      expect(h >= 9 && h < 18, new Date(i.at).toISOString()).toBe(true);
    }
    for (const c of data.calls) {
      const h = hourIn(c.offeredAt, 'America/New_York');
      expect(h >= 8 && h < 20).toBe(true);
    }
  });

  it('no records on weekends, except what runs on (a ticket resolved, an action taken)', () => {
    const data = sampleDataset({
      seed: 6,
      managers: 2,
      days: 14,
      profile: 'b2b',
      timeZone: 'Asia/Tokyo',
      callsPerDay: 50,
    });
    const weekday = (at: number) => new TZDate(at, 'Asia/Tokyo').getDay();
    for (const i of data.interactions) expect([0, 6]).not.toContain(weekday(i.at));
    for (const c of data.calls) expect([0, 6]).not.toContain(weekday(c.offeredAt));
  });
});

describe('contact centre: reviews, training, budget', () => {
  const data = sampleDataset({ seed: 17, managers: 2, days: 90, profile: 'b2c', callsPerDay: 3000 });
  const arrays = data.toArrays({ limit: 1_000_000 });

  it('reviews carry the six checklist items and a score that is their weighted pass share', () => {
    expect(arrays.reviews.length).toBeGreaterThan(100);
    for (const r of arrays.reviews) {
      expect(r.items).toHaveLength(6);
      const passed = r.items!.reduce((a, i) => a + (i.result === 'pass' ? (i.weight ?? 1) : 0), 0);
      expect(r.score).toBe(Math.round((100 * passed) / 9)); // weights 1 + 2 + 2 + 2 + 1 + 1 = 9
    }
    const silent = arrays.reviews.filter((r) => r.monitoring === 'silent').length / arrays.reviews.length;
    expect(silent).toBeGreaterThan(0.6);
    expect(silent).toBeLessThan(0.8);
  });

  it('trainings go to agents who scored below 75, after the review, and every fourth of a team is free', () => {
    expect(arrays.trainings.length).toBeGreaterThan(3);
    for (const t of arrays.trainings) {
      const before = arrays.reviews.filter(
        (r) => r.agentId === t.agentId && r.at < t.startedAt! && (r.score as number) < 75,
      );
      expect(before.length, t.id).toBeGreaterThan(0);
    }
    const free = arrays.trainings.filter((t) => t.cost?.isZero()).length;
    expect(free).toBeGreaterThan(0);
  });

  it('budget lines: one per team, month and category, actuals near the budget', () => {
    // 3000 b2c calls: ceil(3000 × 246 / 32 400) = ceil(22.8) = 23 agents → 2 teams; 90 days from 1 Oct: Oct, Nov, Dec.
    expect(data.counts.agents).toBe(23);
    expect(arrays.budgetLines).toHaveLength(2 * 3 * 4);
    for (const line of arrays.budgetLines) {
      const ratio = line.actual.div(line.budgeted).toNumber();
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.2);
    }
    // The second team has 23 − 12 = 11 agents: 11 × 3 400 = 37 400 staff budget.
    expect(arrays.budgetLines.find((l) => l.id === 'B-2-2026-11-staff')?.budgeted.toString()).toBe('37400');
  });
});
