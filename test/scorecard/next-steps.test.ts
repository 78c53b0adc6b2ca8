import { describe, expect, it } from 'vitest';
import {
  b2b,
  defineProfile,
  evaluateManager,
  normalizeCallRecords,
  normalizeCustomers,
  normalizeFeedbackItems,
  normalizeInteractions,
  normalizeSupportTickets,
  SCORECARD_CRITERIA,
  SCORECARD_MESSAGES_EN,
  scorecardMessage,
} from '../../src/index.js';
import { anna, budget, firstSix, october } from './fixtures.js';

// The B2B bands and targets, with a minimum sample of 1 so that a handful of records is rated.
const small = defineProfile(b2b, {
  id: 'b2b-small',
  criteria: {
    'customer.resolutionEfficiency': { minimumSample: 1 },
    'customer.feedbackQuality': { minimumSample: 1 },
    'customer.relationshipCare': { minimumSample: 1 },
  },
});

const stepsOf = (card: ReturnType<typeof evaluateManager>, criterion: string) =>
  card.nextSteps
    .filter((s) => s.criterion === criterion)
    .map(({ code, message, inputs }) => ({ code, message, inputs }));

describe('next steps of the customer criteria', () => {
  it('resolution: first-contact resolution, response and resolution times, reopens', () => {
    const tickets = normalizeSupportTickets([
      // Answered after 6 h, resolved after 48 h, never reopened: resolved at first contact.
      {
        id: 'T-1',
        customerId: 'c1',
        openedAt: '2026-10-05T09:00Z',
        firstResponseAt: '2026-10-05T15:00Z',
        resolvedAt: '2026-10-07T09:00Z',
      },
      // Answered after 5 h, resolved after 48 h, reopened, finally resolved after 96 h.
      {
        id: 'T-2',
        customerId: 'c2',
        openedAt: '2026-10-06T09:00Z',
        firstResponseAt: '2026-10-06T14:00Z',
        resolvedAt: '2026-10-08T09:00Z',
        reopenedAt: ['2026-10-09T09:00Z'],
        finalResolvedAt: '2026-10-10T09:00Z',
      },
      // Never answered.
      { id: 'T-3', customerId: 'c3', openedAt: '2026-10-07T09:00Z' },
    ]);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      tickets,
    });
    // FCR 1 of 3 = 0.3333 (below worst 0.4: score 0). First response: lower median of [5 h, 6 h] = 5 h > 4 h.
    // Resolution: lower median of [48 h, 96 h] = 48 h > 24 h. Reopened 1 of 2 resolved = 50 % > 10 %.
    expect(stepsOf(card, 'customer.resolutionEfficiency')).toEqual([
      {
        code: 'customer.resolutionEfficiency.resolve-at-first-contact',
        message: 'Resolve more at the first contact: 1 of 3 problems (33.3 %); 70 % is good.',
        inputs: { resolved: 1, eligible: 3, share: 0.3333, good: 0.7 },
      },
      {
        code: 'customer.resolutionEfficiency.answer-sooner',
        message: 'Answer tickets sooner: the median first response took 5 h; the target is 4 h.',
        inputs: { medianHours: 5, targetHours: 4 },
      },
      {
        code: 'customer.resolutionEfficiency.resolve-sooner',
        message: 'Resolve tickets sooner: the median resolution took 48 h; the target is 24 h.',
        inputs: { medianHours: 48, targetHours: 24 },
      },
      {
        code: 'customer.resolutionEfficiency.prevent-reopens',
        message: 'Find why tickets are reopened: 1 of 2 resolved tickets was reopened; the maximum is 10 %.',
        inputs: { reopened: 1, resolved: 2, maximumShare: 0.1 },
      },
    ]);
  });

  it('feedback: act on it in time, and address the most frequent topic', () => {
    const feedback = normalizeFeedbackItems([
      {
        id: 'F-1',
        customerId: 'c1',
        at: '2026-10-02',
        source: 'call',
        topic: 'delivery',
        sentiment: 'negative',
        actionTakenAt: '2026-10-07',
      },
      {
        id: 'F-2',
        customerId: 'c2',
        at: '2026-10-03',
        source: 'email',
        topic: 'delivery',
        sentiment: 'negative',
      },
      { id: 'F-3', customerId: 'c3', at: '2026-10-04', source: 'survey', topic: 'price' },
      // Acted on after 40 days: not in time (30).
      { id: 'F-4', customerId: 'c4', at: '2026-10-05', source: 'survey', actionTakenAt: '2026-11-14' },
    ]);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      feedback,
    });
    // Acted on in time: 1 of 4 = 0.25, the fair edge (40): below good, so 3 are pending.
    expect(card.criteria.find((c) => c.criterion === 'customer.feedbackQuality')?.score).toBe(40);
    expect(stepsOf(card, 'customer.feedbackQuality')).toEqual([
      {
        code: 'customer.feedbackQuality.act-on-feedback',
        message: 'Act on feedback: 3 of 4 feedback items were not acted on within 30 days.',
        inputs: { pending: 3, feedback: 4, actionWithinDays: 30 },
      },
      {
        code: 'customer.feedbackQuality.address-top-topic',
        message: 'Address the most frequent topic, "delivery": 2 feedback items (2 negative).',
        inputs: { topic: 'delivery', count: 2, negative: 2 },
      },
    ]);
  });

  it('relationship care: overdue customers, late complaint follow-up, VIP priority', () => {
    const customers = normalizeCustomers([
      { id: 'c1', since: '2025-01-01', segment: 'vip' },
      { id: 'c2', since: '2025-01-01', segment: 'key' },
    ]);
    // c1 (VIP, 14 days): contacts on 10 and 20 October, longest gap 12 days (20 Oct → 1 Nov): in care.
    // c2 (key, 30 days): no contact in October's 31 days: overdue.
    const interactions = normalizeInteractions([
      { id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-10' },
      { id: 'i2', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-20' },
    ]);
    // A complaint first answered after 48 h: late (24 h).
    const tickets = normalizeSupportTickets([
      {
        id: 'T-9',
        customerId: 'c2',
        openedAt: '2026-10-12T09:00Z',
        firstResponseAt: '2026-10-14T09:00Z',
        complaint: true,
      },
    ]);
    // The VIP call waited 60 s (threshold 20 s), the other 10 s.
    const calls = normalizeCallRecords([
      {
        id: 'C-1',
        queue: 'q',
        offeredAt: '2026-10-15T09:00:00Z',
        answeredAt: '2026-10-15T09:01:00Z',
        vip: true,
        customerId: 'c1',
      },
      { id: 'C-2', queue: 'q', offeredAt: '2026-10-15T10:00:00Z', answeredAt: '2026-10-15T10:00:10Z' },
    ]);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      customers,
      interactions,
      tickets,
      calls,
    });
    expect(stepsOf(card, 'customer.relationshipCare')).toEqual([
      {
        code: 'customer.relationshipCare.contact-overdue-customers',
        message: 'Contact the key and VIP customers left too long: 1 of 2 (first c2).',
        inputs: { overdue: 1, keyCustomers: 2, customers: 'c2' },
      },
      {
        code: 'customer.relationshipCare.follow-up-complaints',
        message: 'Follow up complaints faster: 0 of 1 complaint answered in time (0 %); the target is 90 %.',
        inputs: { followedUp: 0, complaints: 1, share: 0, target: 0.9 },
      },
      {
        code: 'customer.relationshipCare.prioritise-vip-calls',
        message: 'Give VIP callers priority: 0 % answered in time against 100 % for the others.',
        inputs: { vipServiceLevel: 0, otherServiceLevel: 1 },
      },
    ]);
  });

  it('relationship care from customers alone: only the overdue customers', () => {
    const customers = normalizeCustomers([{ id: 'c9', since: '2025-01-01', segment: 'key' }]);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      customers,
    });
    // No contact in 31 days against a 30-day interval: 0 of 1 in care.
    expect(stepsOf(card, 'customer.relationshipCare').map((s) => s.inputs)).toEqual([
      { overdue: 1, keyCustomers: 1, customers: 'c9' },
    ]);
  });

  it('budget: names the category with the largest over-spend', () => {
    // staff 10 500 of 10 000 (500 over), training 10 800 of 10 000 (800 over), travel 9 000 (1 000 under).
    const lines = [
      ...budget('m1', '10500'),
      ...budget('m1', '10800', '2026-10', 'training'),
      ...budget('m1', '9000', '2026-10', 'travel'),
    ];
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      budgetLines: lines,
    });
    // 30 300 spent of 30 000: 300 over in all.
    expect(card.nextSteps[0]?.inputs).toEqual({
      actual: '30 300.00 EUR',
      budgeted: '30 000.00 EUR',
      overspend: '300.00 EUR',
      topCategory: 'training',
    });
  });

  it('budget: an under-spend far below budget is worth a check', () => {
    // 8 500 / 10 000 = 0.85 < 0.9 (underspendWarningShare): rated 100 (at or below best 0.9), but checked.
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      budgetLines: budget('m1', '8500'),
    });
    expect(card.nextSteps).toEqual([
      {
        code: 'contactCentre.budgetVariance.check-underspend',
        criterion: 'contactCentre.budgetVariance',
        message:
          'Check the under-spend: 8 500.00 EUR spent of 10 000.00 EUR (85 %); make sure it is not under-staffing or deferred costs.',
        inputs: { actual: '8 500.00 EUR', budgeted: '10 000.00 EUR', spendRatio: 0.85 },
      },
    ]);
  });

  it('proposes nothing to a manager who is doing well', () => {
    // Two tickets answered in 1 h and resolved in 2 h, different customers: FCR 2 of 2 = 1 (100).
    const tickets = normalizeSupportTickets(
      ['c1', 'c2'].map((customerId, i) => ({
        id: `T-${i}`,
        customerId,
        openedAt: `2026-10-0${i + 5}T09:00Z`,
        firstResponseAt: `2026-10-0${i + 5}T10:00Z`,
        resolvedAt: `2026-10-0${i + 5}T11:00Z`,
      })),
    );
    // Two feedback items on different topics, both acted on within a week: 2 of 2 in time (100).
    const feedback = normalizeFeedbackItems([
      {
        id: 'F-1',
        customerId: 'c1',
        at: '2026-10-02',
        source: 'call',
        topic: 'delivery',
        actionTakenAt: '2026-10-07',
      },
      {
        id: 'F-2',
        customerId: 'c2',
        at: '2026-10-03',
        source: 'call',
        topic: 'price',
        actionTakenAt: '2026-10-08',
      },
    ]);
    // A VIP customer (14 days) contacted on 1, 12 and 25 October: longest gap 13 days (12 → 25 October).
    const customers = normalizeCustomers([{ id: 'c1', since: '2025-01-01', segment: 'vip' }]);
    const interactions = normalizeInteractions(
      ['01', '12', '25'].map((d) => ({
        id: `i${d}`,
        managerId: 'm1',
        customerId: 'c1',
        kind: 'call' as const,
        at: `2026-10-${d}T09:00Z`,
      })),
    );
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      tickets,
      feedback,
      customers,
      interactions,
    });
    expect(card.criteria.slice(3).map((c) => [c.criterion, c.score])).toEqual([
      ['customer.resolutionEfficiency', 100],
      ['customer.feedbackQuality', 100],
      ['customer.relationshipCare', 100],
    ]);
    // The interactions are calls, no meetings: 0 meetings in 22 working days is poor, the only advice.
    expect(card.nextSteps.map((s) => s.code)).toEqual(['sales.meetingRate.plan-more-meetings']);
  });

  it('proposes nothing from an evaluation without a value', () => {
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: small,
      tickets: [],
      feedback: [],
      customers: [],
      budgetLines: [],
      calls: [],
    });
    expect(card.criteria.slice(1).map((c) => c.status)).toEqual(Array(5).fill('insufficient-data'));
    expect(card.nextSteps).toEqual([]);
  });
});

describe('the message table', () => {
  it('has an English sentence for every code a registry entry can propose', () => {
    const codes = Object.keys(SCORECARD_MESSAGES_EN);
    for (const entry of SCORECARD_CRITERIA) {
      expect(codes.some((c) => c.startsWith(`${entry.id}.`))).toBe(true);
    }
    for (const code of codes)
      expect(code).toMatch(/^(scorecard|sales|contactCentre|customer)\.[a-zA-Z]+\.?[a-z-]*$/);
  });

  it('fills a template from its inputs, and takes another table for a translation', () => {
    expect(scorecardMessage('scorecard.no-records', { missing: 'calls' })).toBe(
      'Not scored: no calls were supplied.',
    );
    const zh = {
      'scorecard.no-records': (i: { missing?: unknown }) => `未评分：未提供 ${String(i.missing)}。`,
    };
    expect(scorecardMessage('scorecard.no-records', { missing: 'calls' }, zh)).toBe('未评分：未提供 calls。');
    expect(scorecardMessage('toString', {}, zh)).toBe('toString');
  });
});
