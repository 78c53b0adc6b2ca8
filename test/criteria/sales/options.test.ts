// The seven sales aggregators check their options with one set of functions (sales-options.ts), so a
// bad option reads the same whichever criterion it was given to: these are those messages, word for
// word, for each of them.
import { describe, expect, it } from 'vitest';
import {
  decisionMakerReachAggregator,
  eventParticipationAggregator,
  measure,
  meetingCallAlternationAggregator,
  meetingRateAggregator,
  normalizeSalesPlan,
  opportunityFunnelAggregator,
  periodOf,
  planAttainmentAggregator,
  referralsAggregator,
} from '../../../src/index.js';
import { deal, errorOf } from '../../helpers.js';

const october = periodOf('2026-10');
const AGGREGATORS: Record<string, (options: never) => unknown> = {
  eventParticipation: eventParticipationAggregator,
  meetingCallAlternation: meetingCallAlternationAggregator,
  referrals: referralsAggregator,
  meetingRate: meetingRateAggregator,
  decisionMakerReach: decisionMakerReachAggregator,
  planAttainment: planAttainmentAggregator,
  opportunityFunnel: opportunityFunnelAggregator,
};

describe.each(Object.entries(AGGREGATORS))('%s refuses bad options the same way', (_, aggregator) => {
  const message = (options: unknown) => errorOf(() => aggregator(options as never)).message;

  it('options must be an object', () => {
    expect(message(null)).toBe('options: expected an options object, got null');
    expect(message('2026-10')).toBe('options: expected an options object, got "2026-10"');
  });

  it('the period must be one from period() or periodOf(), with finite bounds', () => {
    expect(message({})).toBe('options.period: expected a Period from period() or periodOf(), got undefined');
    expect(message({ period: null })).toBe(
      'options.period: expected a Period from period() or periodOf(), got null',
    );
    expect(message({ period: '2026-10' })).toBe(
      'options.period: expected a Period from period() or periodOf(), got "2026-10"',
    );
    expect(errorOf(() => aggregator({ period: { ...october, start: Number.NaN } } as never)).path).toBe(
      'options.period',
    );
    expect(
      errorOf(() => aggregator({ period: { ...october, end: Number.POSITIVE_INFINITY } } as never)).path,
    ).toBe('options.period');
  });

  it('a manager id must be a string', () => {
    expect(message({ period: october, managerId: 7 })).toBe(
      'options.managerId: expected a manager id string, got 7',
    );
    expect(() => aggregator({ period: october, managerId: 'm1' } as never)).not.toThrow();
  });
});

describe('whole-number options', () => {
  it('say what they count and from where', () => {
    expect(
      errorOf(() => decisionMakerReachAggregator({ period: october, stalledAfterMeetings: 0 })).message,
    ).toBe('options.stalledAfterMeetings: expected a whole number of meetings ≥ 1, got 0');
    expect(
      errorOf(() => decisionMakerReachAggregator({ period: october, stalledAfterMeetings: '3' as never }))
        .message,
    ).toBe('options.stalledAfterMeetings: expected a whole number of meetings ≥ 1, got "3"');
    expect(decisionMakerReachAggregator({ period: october, stalledAfterMeetings: 1 })).toBeDefined();
  });
});

describe('exchange rates', () => {
  const message = (rates: unknown) =>
    errorOf(() => planAttainmentAggregator({ period: october, exchangeRates: rates as never })).message;

  it('are plain positive decimal strings, whole or not, of any length', () => {
    const wonAt = (rate: string) =>
      measure(planAttainmentAggregator({ period: october, exchangeRates: { USD: rate } }), [
        {
          type: 'plan',
          record: normalizeSalesPlan({ managerId: 'm1', period: '2026-10', amount: '1000', currency: 'EUR' }),
        },
        {
          type: 'deal',
          record: deal({ id: 'u', stage: 'won', amount: '100', currency: 'USD', closedAt: '2026-10-05' }),
        },
      ]).won?.amount.toString();
    expect(wonAt('12')).toBe('1200'); // several digits, no fraction
    expect(wonAt('0.92')).toBe('92');
    expect(wonAt('1')).toBe('100');
  });

  it('refuses anything else, naming the currency', () => {
    expect(message(5)).toBe('options.exchangeRates: expected an object of decimal strings, got 5');
    for (const bad of ['x0.9', '0.9x', '0', '1.', '.5', '1e3'])
      expect(message({ USD: bad })).toBe(
        `options.exchangeRates.USD: expected a positive decimal string such as "0.92", got "${bad}"`,
      );
    expect(message({ USD: 0.9 })).toBe(
      'options.exchangeRates.USD: expected a positive decimal string such as "0.92", got 0.9',
    );
  });
});
