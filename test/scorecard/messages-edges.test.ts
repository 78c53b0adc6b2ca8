// The scorecard's message tables at their edges: one of a thing (singular), exactly three ids, a month
// or a period that is not quite one, a topic left out, three functions, and the fixed sentences.
import { describe, expect, it } from 'vitest';
import { type MessageInputs, SCORECARD_MESSAGES_ZH_CN, scorecardMessage } from '../../src/index.js';

const en = (code: string, inputs: MessageInputs) => scorecardMessage(code, inputs);
const zh = (code: string, inputs: MessageInputs) => scorecardMessage(code, inputs, SCORECARD_MESSAGES_ZH_CN);

describe('English: one of a thing is singular', () => {
  it('events, contacts, won customers, meetings, prospects', () => {
    expect(
      en('sales.eventParticipation.attend-more-events', {
        events: 1,
        months: 2,
        perMonth: 0.5,
        good: 1,
        more: 1,
      }),
    ).toBe(
      'Attend more events, conferences and exhibitions: 1 event in 2 months (0.5 a month); 1 a month is good, 1 more would reach it.',
    );
    expect(en('sales.eventParticipation.follow-up-event-contacts', { contactsMet: 1, events: 1 })).toBe(
      'Follow up the contacts met at events: 1 contact met at 1 event, and no new deal came from an event.',
    );
    expect(en('sales.referrals.ask-for-referrals', { notAsked: 1, wonCustomers: 1, customers: 'c1' })).toBe(
      'Ask 1 of 1 won customer for referrals (first c1): ask each client rather than wait to be recommended.',
    );
    expect(
      en('sales.meetingRate.plan-more-meetings', {
        meetings: 1,
        workingDays: 22,
        perDay: 0.0455,
        good: 1,
        more: 21,
      }),
    ).toBe(
      'Plan more meetings: 1 meeting over 22 working days (0.05 a day); 1 a day is good, 21 more would reach it.',
    );
    expect(
      en('sales.decisionMakerReach.sign-more-prospects', {
        signed: 0,
        prospectsMet: 1,
        perProspect: 0,
        good: 0.1,
      }),
    ).toBe('Turn more prospects into contracts: 0 of 1 prospect met signed (0 per prospect); 0.1 is good.');
    expect(
      en('sales.opportunityFunnel.convert-prospects', { won: 0, prospects: 1, share: 0, good: 0.1 }),
    ).toBe(
      'Qualify and follow up prospects: 0 of 1 prospect created in the period signed (0 %); 10 % is good.',
    );
  });

  it('lost deals, callers, reviews, representatives, customers, problems, feedback items, records', () => {
    expect(
      en('sales.opportunityFunnel.refill-after-losses', { notRefilled: 1, losses: 1, refillWithinDays: 14 }),
    ).toBe('Keep filling the funnel after a loss: 1 of 1 lost deal had no new prospect within 14 days.');
    expect(
      en('sales.opportunityFunnel.refill-after-losses', { notRefilled: 1, losses: 2, refillWithinDays: 7 }),
    ).toBe('Keep filling the funnel after a loss: 1 of 2 lost deals had no new prospect within 7 days.');
    expect(
      en('contactCentre.serviceLevel.reduce-long-waits', { waitedOverMinute: 1, longestWaitSeconds: 75 }),
    ).toBe('Cut long waits: 1 caller waited over a minute (the longest 75 s).');
    expect(
      en('contactCentre.monitoringScores.arrange-training', {
        below: 1,
        reviews: 1,
        threshold: 75,
        representatives: 2,
        agents: 'a1, a2',
      }),
    ).toBe(
      'Arrange call-monitoring training: 1 of 1 review below 75; 2 representatives average below it (first a1, a2).',
    );
    expect(
      en('customer.retention.win-back-customers', {
        lost: 1,
        atStart: 1,
        from: '2026-10-01',
        to: '2026-10-31',
        retentionRate: 0,
        annualised: 0,
        good: 0.85,
      }),
    ).toBe(
      'Win back customers: 1 of 1 customer at the start left in October 2026 (0 % retained a year; 85 % is good).',
    );
    expect(
      en('customer.resolutionEfficiency.resolve-at-first-contact', {
        resolved: 0,
        eligible: 1,
        share: 0,
        good: 0.7,
      }),
    ).toBe('Resolve more at the first contact: 0 of 1 problem (0 %); 70 % is good.');
    expect(
      en('customer.feedbackQuality.act-on-feedback', { pending: 1, feedback: 1, actionWithinDays: 30 }),
    ).toBe('Act on feedback: 1 of 1 feedback item was not acted on within 30 days.');
    expect(
      en('customer.feedbackQuality.act-on-feedback', { pending: 2, feedback: 5, actionWithinDays: 30 }),
    ).toBe('Act on feedback: 2 of 5 feedback items were not acted on within 30 days.');
    expect(
      en('customer.relationshipCare.follow-up-complaints', {
        followedUp: 1,
        complaints: 2,
        share: 0.5,
        target: 0.9,
      }),
    ).toBe('Follow up complaints faster: 1 of 2 complaints answered in time (50 %); the target is 90 %.');
    expect(en('scorecard.unassigned-records', { count: 1, kind: 'calls' })).toBe(
      '1 record of calls belongs to no manager in the list and was left out of the scorecards.',
    );
  });
});

describe('English: ids, months, periods, topics, functions', () => {
  it('three ids are named without "and 0 more"; four name the count left', () => {
    const slipped = (deals: number, dealIds: string) =>
      en('sales.planAttainment.stop-slippage', { deals, amount: '3 000.00 EUR', into: '2026-11', dealIds });
    expect(slipped(3, 'D-1, D-2, D-3')).toBe(
      'Close deals in the period they are ready: 3 deals worth 3 000.00 EUR slipped into November 2026 or later (D-1, D-2, D-3).',
    );
    expect(slipped(4, 'D-1, D-2, D-3')).toBe(
      'Close deals in the period they are ready: 4 deals worth 3 000.00 EUR slipped into November 2026 or later (D-1, D-2, D-3 and 1 more).',
    );
  });

  it('only a whole YYYY-MM is named as a month; anything else is written as given', () => {
    const into = (x: string) =>
      en('sales.planAttainment.stop-slippage', { deals: 1, amount: '1.00 EUR', into: x, dealIds: 'D-1' });
    expect(into('2026-11-03')).toBe(
      'Close deals in the period they are ready: 1 deal worth 1.00 EUR slipped into 2026-11-03 or later (D-1).',
    );
    expect(into('FY2026-11')).toBe(
      'Close deals in the period they are ready: 1 deal worth 1.00 EUR slipped into FY2026-11 or later (D-1).',
    );
  });

  it('a period is "in <month>" only from a first to a last day of one month', () => {
    const left = (from: string, to: string) =>
      en('customer.retention.win-back-customers', {
        lost: 2,
        atStart: 10,
        from,
        to,
        annualised: 0.5,
        good: 0.85,
      });
    expect(left('2026-02-01', '2026-02-28')).toBe(
      'Win back customers: 2 of 10 customers at the start left in February 2026 (50 % retained a year; 85 % is good).',
    );
    expect(left('x2026-10-01', '2026-10-31')).toBe(
      'Win back customers: 2 of 10 customers at the start left between x2026-10-01 and 2026-10-31 (50 % retained a year; 85 % is good).',
    );
    expect(left('2026-10-01T00:00', '2026-10-31')).toBe(
      'Win back customers: 2 of 10 customers at the start left between 2026-10-01T00:00 and 2026-10-31 (50 % retained a year; 85 % is good).',
    );
  });

  it('a satisfaction step without a topic names none', () => {
    expect(
      en('customer.satisfaction.raise-satisfaction', {
        satisfied: 1,
        answers: 1,
        share: 1,
        topBoxFrom: 4,
        scale: '1-5',
        good: 0.8,
      }),
    ).toBe('Raise satisfaction: 100 % of 1 answer was 4 or 5 (target 80 %).');
  });

  it('idle days, three functions, nothing scored, a value rounded to −0', () => {
    expect(
      en('sales.meetingCallAlternation.fill-idle-days', { idleDays: 15, workingDays: 22, limit: 0.2 }),
    ).toBe('Fill the idle days: 15 of 22 working days had neither calls nor meetings (more than 20 %).');
    expect(
      en('scorecard.not-applicable', {
        function: 'customer-service',
        appliesTo: 'sales, account, contact-centre',
      }),
    ).toBe(
      'Not applicable: it applies to sales, account and contact-centre managers, not to customer-service managers.',
    );
    expect(en('scorecard.nothing-scored', {})).toBe(
      'No criterion could be scored, so there is no overall score.',
    );
    expect(en('customer.resolutionEfficiency.answer-sooner', { medianHours: -0.01, targetHours: 4 })).toBe(
      'Answer tickets sooner: the median first response took 0 h; the target is 4 h.',
    );
  });
});

describe('Chinese', () => {
  it('three ids are named without a count; four with it', () => {
    const slipped = (deals: number) =>
      zh('sales.planAttainment.stop-slippage', {
        deals,
        amount: '3 000.00 EUR',
        into: '2026-11',
        dealIds: 'D-1, D-2, D-3',
      });
    expect(slipped(3)).toBe(
      '商机成熟就在当期成交：3 个商机（金额 3 000.00 EUR）推迟到 2026年11月 或更晚（D-1, D-2, D-3）。',
    );
    expect(slipped(4)).toBe(
      '商机成熟就在当期成交：4 个商机（金额 3 000.00 EUR）推迟到 2026年11月 或更晚（D-1, D-2, D-3 等 4 个）。',
    );
  });

  it('only a whole YYYY-MM is written as a month', () => {
    const into = (x: string) =>
      zh('sales.planAttainment.stop-slippage', { deals: 1, amount: '1.00 EUR', into: x, dealIds: 'D-1' });
    expect(into('2026-11-03')).toBe(
      '商机成熟就在当期成交：1 个商机（金额 1.00 EUR）推迟到 2026-11-03 或更晚（D-1）。',
    );
    expect(into('FY2026-11')).toBe(
      '商机成熟就在当期成交：1 个商机（金额 1.00 EUR）推迟到 FY2026-11 或更晚（D-1）。',
    );
  });

  it('a satisfaction step without a topic names none; nothing scored', () => {
    expect(
      zh('customer.satisfaction.raise-satisfaction', {
        satisfied: 1,
        answers: 2,
        share: 0.5,
        topBoxFrom: 4,
        scale: '1-5',
        good: 0.8,
      }),
    ).toBe('提高客户满意度：2 份回答中有 50 % 为 4 或 5 分（目标 80 %）。');
    expect(zh('scorecard.nothing-scored', {})).toBe('没有任何指标可以评分，因此没有总分。');
  });
});

describe('English: the verb agrees with the count before "of"', () => {
  it('one call, representative or ticket "was"; more "were"', () => {
    const service = { calls: 40, share: 1 / 40, thresholdSeconds: 30, target: 0.85 };
    expect(en('contactCentre.serviceLevel.staff-for-peaks', { ...service, answeredInTime: 1 })).toBe(
      'Review staffing and breaks at peak hours: 1 of 40 calls (2.5 %) was answered within 30 s; the target is 85 %.',
    );
    expect(
      en('contactCentre.serviceLevel.staff-for-peaks', { ...service, answeredInTime: 2, share: 0.05 }),
    ).toBe(
      'Review staffing and breaks at peak hours: 2 of 40 calls (5 %) were answered within 30 s; the target is 85 %.',
    );
    expect(
      en('contactCentre.trainingCoverage.train-flagged', {
        late: 1,
        flagged: 3,
        trainedWithinDays: 14,
        agents: 'a1',
      }),
    ).toBe('Train the representatives monitoring flagged: 1 of 3 was not trained within 14 days (first a1).');
    expect(
      en('customer.resolutionEfficiency.prevent-reopens', { reopened: 1, resolved: 20, maximumShare: 0.1 }),
    ).toBe('Find why tickets are reopened: 1 of 20 resolved tickets was reopened; the maximum is 10 %.');
  });
});
