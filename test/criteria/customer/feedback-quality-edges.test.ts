// Edges of customer.feedbackQuality the customer-b mutation run found untested: the instants at the
// period's ends, contacts that are no contact, the exact cap of the time-to-action figures, warnings
// exactly at their target, and each half of the option checks.
import { describe, expect, it } from 'vitest';
import {
  b2c,
  defineProfile,
  type FeedbackQualityRecord,
  feedbackQuality,
  feedbackQualityAggregator,
  type InteractionInput,
  measure,
  normalizeFeedbackItems,
  normalizeInteractions,
  periodOf,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10'); // 1 Oct 00:00 to 1 Nov 00:00 UTC

const contacts = (list: Partial<InteractionInput>[]): FeedbackQualityRecord[] =>
  normalizeInteractions(
    list.map((i, n) => ({
      id: `i${n}`,
      managerId: 'm1',
      customerId: 'c1',
      kind: 'call',
      at: '2026-10-05',
      ...i,
    })),
  ).map((record) => ({ type: 'interaction', record }));
const items = (ats: string[], extra: object = {}): FeedbackQualityRecord[] =>
  normalizeFeedbackItems(
    ats.map((at, n) => ({ id: `f${n}`, customerId: 'c1', at, source: 'survey' as const, ...extra })),
  ).map((record) => ({ type: 'feedback', record }));
const metricsOf = (records: FeedbackQualityRecord[], options: object = {}) =>
  measure(feedbackQualityAggregator({ period: october, ...options }), records);

describe('feedbackQuality: edges', () => {
  it('counts interactions from the first instant of the period, not at its end', () => {
    const m = metricsOf(
      contacts([{ at: '2026-10-01T00:00Z' }, { at: '2026-11-01T00:00Z', customerId: 'c2' }]),
    );
    expect([m.interactions, m.activeCustomers, m.outsidePeriod]).toEqual([1, 1, 1]);
  });

  it('an event, or a call with no customer, is no contact, and is not outside the period either', () => {
    const m = metricsOf(
      contacts([{ kind: 'event', eventType: 'fair', at: '2026-10-01T00:00Z' }, { customerId: undefined }]),
    );
    expect([m.interactions, m.activeCustomers, m.outsidePeriod]).toEqual([0, 0, 0]);
  });

  it('counts feedback from the period’s first instant to before its end, not at it', () => {
    const m = metricsOf(items(['2026-10-01T00:00Z', '2026-10-31T23:59Z', '2026-11-01T00:00Z']));
    expect([m.feedback, m.outsidePeriod]).toEqual([2, 1]);
  });

  it('a topic of blanks is no topic; one with blanks around it is the same topic trimmed', () => {
    const m = metricsOf([
      ...items(['2026-10-02'], { topic: '   ' }),
      ...items(['2026-10-03'], { topic: ' Billing ' }),
      ...items(['2026-10-04'], { topic: 'billing' }),
    ]);
    expect([m.feedback, m.categorised, m.distinctTopics]).toEqual([3, 2, 1]);
    expect(m.topics).toEqual([{ topic: 'billing', count: 2, share: 1, negative: 0 }]);
  });

  it('the time to action is exact for 256 actions, not for 257', () => {
    const acted = (n: number) =>
      metricsOf(items(new Array(n).fill('2026-10-02T00:00Z'), { actionTakenAt: '2026-10-03T00:00Z' }))
        .timeToAction;
    expect(acted(256)).toMatchObject({ count: 256, exact: true, medianSeconds: 86_400 });
    expect(acted(257)).toMatchObject({ count: 257, exact: false });
  });

  it('warns about coverage and categorisation only below the target, not at it', () => {
    // Active customers c1–c4; feedback from c1 and c2: 2 / 4 = 0.5. Topics on 4 of 5 items: 0.8.
    const records = [
      ...contacts(['c1', 'c2', 'c3', 'c4'].map((customerId) => ({ customerId }))),
      ...items(['2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'], { topic: 'billing' }),
      ...normalizeFeedbackItems([{ id: 'g', customerId: 'c2', at: '2026-10-06', source: 'call' }]).map(
        (record) => ({ type: 'feedback' as const, record }),
      ),
    ];
    const feedback = records.flatMap((r) => (r.type === 'feedback' ? [r.record] : []));
    const interactions = records.flatMap((r) => (r.type === 'interaction' ? [r.record] : []));
    const at = (targetCustomerCoverageShare: number, targetCategorisedShare: number) =>
      feedbackQuality(
        { feedback, interactions },
        {
          period: october,
          profile: defineProfile(b2c, {
            criteria: { 'customer.feedbackQuality': { targetCustomerCoverageShare, targetCategorisedShare } },
          }),
        },
      ).warnings.map((w) => w.code);
    expect(at(0.5, 0.8)).toEqual([]);
    expect(at(0.51, 0.81)).toEqual([
      'customer.feedbackQuality.low-coverage',
      'customer.feedbackQuality.uncategorised',
    ]);
  });
});

describe('feedbackQuality: options', () => {
  const at = (options: object) => failure(() => feedbackQualityAggregator({ period: october, ...options }));
  it('checks each half of each test', () => {
    expect(failure(() => feedbackQualityAggregator(null as never))).toBe('invalid-option at options');
    expect(at({ period: undefined })).toBe('invalid-option at options.period');
    expect(at({ actionWithinDays: Number.NaN })).toBe('invalid-option at options.actionWithinDays');
    expect(at({ topicLimit: -1 })).toBe('invalid-option at options.topicLimit');
    // 0 days (acted on the same instant) and no topics listed are both allowed.
    expect(at({ actionWithinDays: 0, topicLimit: 0 })).toBe('no error');
    expect(failure(() => feedbackQuality(5 as never, { period: october, profile: b2c }))).toBe(
      'invalid-option at input',
    );
  });
});
