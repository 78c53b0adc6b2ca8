// The sample feeds the library's own evaluators: each gives a judged result, not insufficient data.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  b2c,
  budgetVariance,
  builtInProfiles,
  feedbackQuality,
  meetingRate,
  relationshipCare,
  resolutionEfficiency,
  sampleDataset,
  serviceLevel,
} from '../../src/index.js';

describe('the evaluators on the sample data set', () => {
  for (const profileId of ['b2c', 'b2b', 'consulting'] as const) {
    it(`${profileId}: meetingRate, serviceLevel, budgetVariance, resolutionEfficiency, feedbackQuality, relationshipCare`, () => {
      const data = sampleDataset({
        seed: 99,
        managers: 4,
        days: 30,
        profile: profileId,
        timeZone: 'Europe/Berlin',
      });
      const profile = builtInProfiles[profileId];
      const { period } = data;
      const results = [
        meetingRate(data.interactions, { period, profile, managerId: 'm-1' }),
        serviceLevel(data.calls, { period, profile }),
        budgetVariance([...data.budgetLines], { profile }),
        resolutionEfficiency(data.tickets, { period, profile }),
        feedbackQuality({ feedback: data.feedback, interactions: data.interactions }, { period, profile }),
        relationshipCare(
          {
            customers: data.customers,
            interactions: data.interactions,
            tickets: data.tickets,
            calls: data.calls,
          },
          { period, profile },
        ),
      ];
      for (const result of results) {
        expect(result.rating, result.criterion).not.toBe('insufficient-data');
        expect(result.value, result.criterion).not.toBeNull();
        expect(Number.isNaN(result.score), result.criterion).toBe(false);
      }
    });
  }

  it('a strong B2B manager is rated above a weak one on meetings', () => {
    const data = sampleDataset({ seed: 99, managers: 2, days: 60, profile: 'b2b', strengths: [0.1, 0.9] });
    const weak = meetingRate(data.interactions, { period: data.period, profile: b2b, managerId: 'm-1' });
    const strong = meetingRate(data.interactions, { period: data.period, profile: b2b, managerId: 'm-2' });
    expect(strong.score as number).toBeGreaterThan(weak.score as number);
  });

  it('a weak manager neglects some key and VIP accounts; a strong one keeps them in care', () => {
    const data = sampleDataset({ seed: 99, managers: 2, days: 60, profile: 'b2b', strengths: [0.1, 0.95] });
    const careOf = (managerId: string) =>
      relationshipCare(
        {
          customers: [...data.customers].filter((c) => c.managerId === managerId),
          interactions: [...data.interactions].filter((i) => i.managerId === managerId),
        },
        { period: data.period, profile: b2b },
      );
    const weak = careOf('m-1');
    const strong = careOf('m-2');
    // Neglected with probability 0.5 × (1 − s): 45 % of the weak manager's accounts, 2.5 % of the strong one's.
    expect(weak.details.contactedShare as number).toBeLessThan(0.8);
    expect(strong.details.contactedShare as number).toBeGreaterThan(0.9);
    expect(strong.score as number).toBeGreaterThan(weak.score as number);
  });

  it('the contact centre answers near the 85 % in 30 s target, dipping at the peaks', () => {
    const data = sampleDataset({ seed: 99, managers: 1, days: 7, profile: 'b2c' });
    const result = serviceLevel(data.calls, { period: data.period, profile: b2c });
    expect(result.details.serviceLevel).toBeGreaterThan(0.7);
    expect(result.details.serviceLevel).toBeLessThan(0.97);
  });
});
