// A scorecard is plain data, as JSON.parse would give it: its parts can be edited and deleted.
import { describe, expect, it } from 'vitest';
import { b2b, evaluateManager, SCORECARD_CRITERIA } from '../../src/index.js';
import { anna, meetings, october } from './fixtures.js';

describe('a scorecard is plain, editable data', () => {
  it("a criterion's details, benchmark and explanation inputs can be changed and deleted", () => {
    const card = evaluateManager({
      criteria: SCORECARD_CRITERIA.filter((c) => c.id === 'sales.meetingRate'),
      manager: anna,
      period: october,
      profile: b2b,
      interactions: meetings('m1', 33),
    });
    const result = card.criteria[0]!;
    const details = result.details as Record<string, unknown>;
    expect(details.meetings).toBe(33);
    details.meetings = 0;
    expect(details.meetings).toBe(0);
    delete details.workingDays;
    expect('workingDays' in details).toBe(false);
    const benchmark = result.benchmark as unknown as Record<string, unknown>;
    benchmark.good = 2;
    expect(benchmark.good).toBe(2);
    expect(Object.getOwnPropertyDescriptor(result.explanation, 'code')).toMatchObject({
      writable: true,
      configurable: true,
      enumerable: true,
    });
  });
});
