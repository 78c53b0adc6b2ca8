// The edges of decision-maker reach that the mutation run found untested (docs/testing.md): a meeting
// and a contract at the period's first instant and at the first instant after it, and the texts.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  type DecisionMakerReachRecord,
  decisionMakerReach,
  decisionMakerReachAggregator,
  measure,
  normalizeInteraction,
  periodOf,
} from '../../../src/index.js';
import { deal, errorOf } from '../../helpers.js';

const october = periodOf('2026-10'); // [2026-10-01T00:00Z, 2026-11-01T00:00Z)
const meeting = (id: string, at: string): DecisionMakerReachRecord => ({
  type: 'interaction',
  record: normalizeInteraction({ id, managerId: 'm1', customerId: 'c1', kind: 'meeting', at }),
});

describe('decision-maker reach at the edges of the period', () => {
  it('a meeting at the first instant of November is outside October', () => {
    const m = measure(decisionMakerReachAggregator({ period: october }), [
      meeting('i1', '2026-10-31T23:59:59.999Z'),
      meeting('i2', '2026-11-01T00:00:00Z'),
    ]);
    expect([m.meetings, m.outsidePeriod]).toEqual([1, 1]);
  });

  it('a meeting, and a contract signed, at the first instant of October are inside it', () => {
    const signed = deal({ id: 'd1', customerId: 'c1', stage: 'won', closedAt: '2026-10-01T00:00:00Z' });
    const m = measure(decisionMakerReachAggregator({ period: october }), [
      meeting('i0', '2026-09-30T23:59:59.999Z'),
      meeting('i1', '2026-10-01T00:00:00Z'),
      { type: 'deal', record: signed },
    ]);
    expect([m.meetings, m.contractsSigned, m.outsidePeriod]).toEqual([1, 1, 1]);
  });

  it('an account met three times in October whose contract was signed at the first instant of November is stalled in October', () => {
    const signed = deal({ id: 'd1', customerId: 'c1', stage: 'won', closedAt: '2026-11-01T00:00:00Z' });
    const m = measure(decisionMakerReachAggregator({ period: october, stalledAfterMeetings: 3 }), [
      meeting('i1', '2026-10-05T10:00Z'),
      meeting('i2', '2026-10-12T10:00Z'),
      meeting('i3', '2026-10-19T10:00Z'),
      { type: 'deal', record: signed },
    ]);
    expect(m.stalledAccounts).toEqual([{ customerId: 'c1', meetings: 3 }]);
    expect([m.contractsSigned, m.outsidePeriod]).toEqual([0, 1]);
  });

  it('refuses a non-object input, and says why nothing was judged without a meeting', () => {
    expect(errorOf(() => decisionMakerReach(5 as never, { period: october, profile: b2b })).message).toBe(
      'input: expected { interactions, deals }, got 5',
    );
    const signed = deal({ id: 'd1', customerId: 'c1', stage: 'won', closedAt: '2026-09-20' });
    expect(
      decisionMakerReach({ interactions: [], deals: [signed] }, { period: october, profile: b2b })
        .explanation,
    ).toEqual({
      code: 'sales.decisionMakerReach.no-prospects-met',
      message: 'No meeting with a customer in the period, so contracts per prospect met cannot be measured.',
      inputs: { contractsSigned: 0, outsidePeriod: 1 },
    });
  });
});
