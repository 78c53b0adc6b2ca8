import { describe, expect, it } from 'vitest';
import {
  b2b,
  Decimal,
  defineProfile,
  evaluateManager,
  normalizeFeedbackItems,
  normalizeInteractions,
  type Profile,
  type ScorecardCriterion,
} from '../../src/index.js';
import { failure } from '../helpers.js';
import {
  agentManagers,
  allCalls,
  anna,
  budgetLines,
  firstSix,
  interactions,
  li,
  meetings,
  october,
} from './fixtures.js';

const records = { interactions, calls: allCalls, budgetLines, agentManagers };

describe('evaluateManager', () => {
  it("scores Anna's October from her three criterion scores and the B2B weights", () => {
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      ...records,
    });
    const scores = Object.fromEntries(card.criteria.map((c) => [c.criterion, c.score]));
    expect(scores).toEqual({
      'sales.meetingRate': 70, // 33 meetings / 22 working days = 1.5 a day: 60 + (1.5 − 1) / (2 − 1) × 20
      'contactCentre.serviceLevel': 80, // 36 / 40 = 0.9: the excellent edge
      'contactCentre.budgetVariance': 80, // 9 700 / 10 000 = 0.97: the excellent edge (September's line left out)
      'customer.resolutionEfficiency': null,
      'customer.feedbackQuality': null,
      'customer.relationshipCare': null,
    });
    // B2B weights: meetingRate 2, serviceLevel 3, budgetVariance 1 (the customer criteria have no records).
    // (2 × 70 + 3 × 80 + 1 × 80) / (2 + 3 + 1) = 460 / 6 = 76.666… → 76.7, good.
    expect(card.overall).toEqual({ score: 76.7, rating: 'good', scored: 3, renormalised: true });
    expect(card.weights.map((w) => [w.criterion, w.weight, w.share, w.contribution])).toEqual([
      ['sales.meetingRate', 2, 2 / 6, 23.33], // 70 / 3
      ['contactCentre.serviceLevel', 3, 3 / 6, 40], // 80 / 2
      ['contactCentre.budgetVariance', 1, 1 / 6, 13.33], // 80 / 6
    ]);
    // Tie at 80: serviceLevel has the higher weight (3 against 1).
    expect(card.strongest).toEqual({
      criterion: 'contactCentre.serviceLevel',
      score: 80,
      rating: 'excellent',
    });
    expect(card.weakest).toEqual({ criterion: 'sales.meetingRate', score: 70, rating: 'good' });
    // Good everywhere: nothing to do (36 in time ≥ 85 %, no caller waited over a minute, spending 97 %).
    expect(card.nextSteps).toEqual([]);
    // Li's 22 meetings and 40 calls named another manager (or agent) and were skipped.
    expect(card.skippedRecords).toEqual({ interactions: 22, calls: 40, budgetLines: 1 });
  });

  it('leaves the criteria without records out, renormalises the weights and says so', () => {
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      ...records,
    });
    const statuses = card.criteria.map((c) => [c.criterion, c.status]);
    expect(statuses.slice(3)).toEqual([
      ['customer.resolutionEfficiency', 'no-records'],
      ['customer.feedbackQuality', 'no-records'],
      ['customer.relationshipCare', 'no-records'],
    ]);
    expect(card.weights.reduce((s, w) => s + w.share, 0)).toBeCloseTo(1, 12);
    expect(card.notes[0]).toEqual({
      code: 'scorecard.weights-renormalised',
      message:
        'Left out of the overall score for lack of data: customer.resolutionEfficiency, customer.feedbackQuality, customer.relationshipCare (weight 5 of 11); the other weights were renormalised to sum to 1.',
      // resolutionEfficiency 2 + feedbackQuality 1 + relationshipCare 2 = 5; 5 + 6 = 11.
      inputs: {
        leftOut: 'customer.resolutionEfficiency, customer.feedbackQuality, customer.relationshipCare',
        weightLeftOut: 5,
        weightTotal: 11,
      },
    });
    expect(card.notes[1]).toEqual({
      code: 'scorecard.no-records',
      message: 'customer.resolutionEfficiency: Not scored: no tickets were supplied.',
      inputs: { criterion: 'customer.resolutionEfficiency', missing: 'tickets' },
    });
  });

  it('leaves out a criterion whose evaluator found too little data (5 calls, B2B asks for 30)', () => {
    const five = allCalls.filter((c) => c.agentId === 'a1').slice(0, 5);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      interactions,
      calls: five,
    });
    const sl = card.criteria.find((c) => c.criterion === 'contactCentre.serviceLevel')!;
    expect(sl.status).toBe('insufficient-data');
    expect(sl.rating).toBe('insufficient-data');
    expect(sl.explanation.code).toBe('contactCentre.serviceLevel.insufficient-sample');
    // Only meetingRate is scored: its share is 1 and the overall equals its score.
    expect(card.overall).toEqual({ score: 70, rating: 'good', scored: 1, renormalised: true });
    expect(card.weights).toEqual([{ criterion: 'sales.meetingRate', weight: 2, share: 1, contribution: 70 }]);
    expect(card.notes.map((n) => n.code)).toContain('scorecard.insufficient-data');
    expect(card.strongest).toEqual(card.weakest);
  });

  it('lists a criterion with weight 0 as switched off and does not count it', () => {
    const noPhones = defineProfile(b2b, {
      id: 'no-phones',
      criteria: { 'contactCentre.serviceLevel': { weight: 0 } },
    });
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: noPhones,
      ...records,
    });
    const sl = card.criteria.find((c) => c.criterion === 'contactCentre.serviceLevel')!;
    expect(sl).toMatchObject({ status: 'switched-off', weight: 0, score: null, rating: null, value: null });
    expect(sl.explanation).toEqual({
      code: 'scorecard.switched-off',
      message: 'Switched off: the profile no-phones gives it weight 0.',
      inputs: { profile: 'no-phones' },
    });
    // (2 × 70 + 1 × 80) / (2 + 1) = 220 / 3 = 73.33… → 73.3; a weight-0 criterion is not "left out for lack of data".
    expect(card.overall.score).toBe(73.3);
    expect(card.notes[0]?.inputs).toMatchObject({ weightLeftOut: 5, weightTotal: 8 });
  });

  it('gives Li concrete next steps, weakest criterion first, with codes and inputs', () => {
    const card = evaluateManager({
      criteria: firstSix,
      manager: li,
      period: october,
      profile: b2b,
      ...records,
    });
    // (2 × 60 + 3 × 40 + 1 × 40) / 6 = 280 / 6 = 46.666… → 46.7, fair.
    expect(card.overall).toMatchObject({ score: 46.7, rating: 'fair' });
    // Tie at 40: serviceLevel (weight 3) before budgetVariance (weight 1).
    expect(card.weakest?.criterion).toBe('contactCentre.serviceLevel');
    expect(card.strongest?.criterion).toBe('sales.meetingRate');
    expect(card.nextSteps).toEqual([
      {
        code: 'contactCentre.serviceLevel.staff-for-peaks',
        criterion: 'contactCentre.serviceLevel',
        message:
          'Review staffing and breaks at peak hours: 32 of 40 calls (80 %) were answered within 30 s; the target is 85 %.',
        inputs: { answeredInTime: 32, calls: 40, share: 0.8, thresholdSeconds: 30, target: 0.85 },
      },
      {
        code: 'contactCentre.serviceLevel.reduce-long-waits',
        criterion: 'contactCentre.serviceLevel',
        message: 'Cut long waits: 8 callers waited over a minute (the longest 90 s).',
        inputs: { waitedOverMinute: 8, longestWaitSeconds: 90 },
      },
      {
        code: 'contactCentre.budgetVariance.cut-overspend',
        criterion: 'contactCentre.budgetVariance',
        // 10 500 − 10 000 = 500 over, all of it staff.
        message:
          'Bring spending back under budget: 10 500.00 EUR spent against 10 000.00 EUR, 500.00 EUR over, most in staff.',
        inputs: {
          actual: '10 500.00 EUR',
          budgeted: '10 000.00 EUR',
          overspend: '500.00 EUR',
          topCategory: 'staff',
        },
      },
    ]);
  });

  it('suggests more meetings with how many would reach good', () => {
    // 11 meetings / 22 working days = 0.5 (fair, 40); good is 1 a day: 22 − 11 = 11 more.
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      interactions: meetings('m1', 11),
    });
    expect(card.nextSteps).toEqual([
      {
        code: 'sales.meetingRate.plan-more-meetings',
        criterion: 'sales.meetingRate',
        message:
          'Plan more meetings: 11 meetings over 22 working days (0.5 a day); 1 a day is good, 11 more would reach it.',
        inputs: { meetings: 11, workingDays: 22, perDay: 0.5, good: 1, more: 11 },
      },
    ]);
  });

  it('counts meetings up to the lower edge of good in a target-range band, and not above the range', () => {
    // Meetings judged against a target: best 2 a day, good from 1 to 4, fair from 0.5 to 5.
    const target = defineProfile(b2b, {
      id: 'target',
      criteria: {
        'sales.meetingRate': {
          band: {
            direction: 'target-range',
            best: 2,
            excellent: [1.5, 3],
            good: [1, 4],
            fair: [0.5, 5],
            worst: [0, 6],
          },
        },
      },
    });
    // 11 meetings / 22 days = 0.5: the fair edge (40); good starts at 1 a day: 22 − 11 = 11 more.
    const few = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: target,
      interactions: meetings('m1', 11),
    });
    expect(few.nextSteps[0]?.inputs).toEqual({
      meetings: 11,
      workingDays: 22,
      perDay: 0.5,
      good: 1,
      more: 11,
    });
    // 110 meetings / 22 = 5 a day: the upper fair edge (40), too many rather than too few: no "more meetings".
    const many = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: target,
      interactions: meetings('m1', 110),
    });
    expect(many.criteria[0]?.score).toBe(40);
    expect(many.nextSteps).toEqual([]);
  });

  it('leaves out a criterion the profile has no settings for (a profile older than the criterion)', () => {
    const { 'contactCentre.serviceLevel': _dropped, ...rest } = b2b.criteria;
    const older = { ...b2b, id: 'older', criteria: rest } as unknown as typeof b2b;
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: older,
      ...records,
    });
    expect(card.criteria.map((c) => c.criterion)).not.toContain('contactCentre.serviceLevel');
    // (2 × 70 + 1 × 80) / 3 = 73.3.
    expect(card.overall.score).toBe(73.3);
  });

  it('reads a records iterable that can be iterated only once, even when two criteria use the kind', () => {
    let reads = 0;
    const once = (list: readonly unknown[]) => ({
      *[Symbol.iterator]() {
        reads++;
        if (reads > 2) throw new Error('iterated twice');
        yield* list;
      },
    });
    const feedback = normalizeFeedbackItems([
      { id: 'F-1', customerId: 'c1', at: '2026-10-02', source: 'call' },
    ]);
    const card = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: b2b,
      interactions: once(meetings('m1', 33)) as Iterable<never>,
      feedback: once(feedback) as Iterable<never>,
    });
    expect(reads).toBe(2); // each kind read once, though meetingRate and feedbackQuality both use interactions
    expect(card.criteria.find((c) => c.criterion === 'sales.meetingRate')?.score).toBe(70);
    expect(card.criteria.find((c) => c.criterion === 'customer.feedbackQuality')?.status).toBe(
      'insufficient-data',
    );
  });

  it('has no overall score when nothing could be scored', () => {
    const card = evaluateManager({ criteria: firstSix, manager: anna, period: october, profile: b2b });
    expect(card.overall).toEqual({
      score: null,
      rating: 'insufficient-data',
      scored: 0,
      renormalised: false,
    });
    expect(card.strongest).toBeNull();
    expect(card.notes[0]?.code).toBe('scorecard.nothing-scored');
    expect(card.criteria.every((c) => c.status === 'no-records')).toBe(true);
  });

  it('runs a custom registry, in criterion order whatever order it is given in', () => {
    const fixed = (id: ScorecardCriterion['id'], score: number): ScorecardCriterion => ({
      id,
      needs: [],
      uses: [],
      run: (_, c) => ({
        criterion: id,
        value: score / 100,
        unit: 'share',
        rating: 'good',
        score,
        benchmark: c.profile.criteria['sales.meetingRate'].band,
        profile: c.profile.id,
        weight: 1,
        sampleSize: 1,
        explanation: { code: `${id}.rated`, message: 'fixed', inputs: {} },
        warnings: [],
        details: {
          ...JSON.parse('{"__proto__": 5}'),
          at: undefined,
          n: 1,
          big: new Decimal('1.50'),
          bad: Number.NaN,
          fn: () => 1,
          list: [undefined, () => 1],
        },
      }),
      nextSteps: () => [{ code: 'x.unknown-code', inputs: { n: 1 } }],
    });
    const card = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: [fixed('customer.feedbackQuality', 90), fixed('sales.meetingRate', 30)],
    });
    expect(card.criteria.map((c) => c.criterion)).toEqual(['sales.meetingRate', 'customer.feedbackQuality']);
    // (2 × 30 + 1 × 90) / 3 = 150 / 3 = 50.
    expect(card.overall.score).toBe(50);
    // Plain JSON details: undefined and functions dropped, a Decimal as its string, NaN as null,
    // and a `__proto__` key kept as a key (as JSON.parse reads it), not as the prototype.
    const details = card.criteria[0]?.details as Record<string, unknown>;
    expect(Object.keys(details)).toEqual(['__proto__', 'n', 'big', 'bad', 'list']);
    expect(details).toMatchObject({ n: 1, big: '1.5', bad: null, list: [null, null] });
    expect(Object.getPrototypeOf(details)).toBe(Object.prototype);
    // A code without a template shows as itself; the weakest criterion's steps come first.
    expect(card.nextSteps.map((s) => [s.criterion, s.message])).toEqual([
      ['sales.meetingRate', 'x.unknown-code'],
      ['customer.feedbackQuality', 'x.unknown-code'],
    ]);
  });

  it('rejects bad input with the path', () => {
    const base = { manager: anna, period: october, profile: b2b };
    expect(failure(() => evaluateManager(null as never))).toBe('invalid-option at input');
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, manager: { id: 1 } as never }))).toBe(
      'invalid-option at input.manager',
    );
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, period: '2026-10' as never }))).toBe(
      'invalid-option at input.period',
    );
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, profile: null as never }))).toBe(
      'invalid-option at input.profile',
    );
    // An object is checked as a whole profile, and the error names the bad field inside it.
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, profile: {} as never }))).toBe(
      'invalid-profile at input.profile.id',
    );
    // A NaN start was taken for a period before the check was shared with the criteria.
    expect(
      failure(() =>
        evaluateManager({ criteria: firstSix, ...base, period: { ...october, start: Number.NaN } }),
      ),
    ).toBe('invalid-option at input.period');
    // A band with a NaN in it was used as it was, and rated with it.
    const nanBand = {
      ...b2b,
      criteria: {
        ...b2b.criteria,
        'sales.referrals': {
          ...b2b.criteria['sales.referrals'],
          band: { ...b2b.criteria['sales.referrals'].band, good: Number.NaN },
        },
      },
    } as unknown as Profile;
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, profile: nanBand }))).toMatch(
      /^invalid-profile at input\.profile\.criteria\["sales\.referrals"\]\.band/,
    );
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, asOf: 'yesterday' }))).toBe(
      'invalid-date at input.asOf',
    );
    expect(failure(() => evaluateManager({ criteria: firstSix, ...base, interactions: 3 as never }))).toBe(
      'invalid-option at input.interactions',
    );
    expect(failure(() => evaluateManager({ ...base, criteria: {} as never }))).toBe(
      'invalid-option at input.criteria',
    );
    expect(failure(() => evaluateManager({ ...base, criteria: [{ id: 'sales.nope' }] as never }))).toBe(
      'invalid-option at input.criteria[0]',
    );
    const entry = { id: 'sales.meetingRate', needs: [], uses: [], run: () => null, nextSteps: () => [] };
    expect(failure(() => evaluateManager({ ...base, criteria: [entry, entry] as never }))).toBe(
      'invalid-option at input.criteria[1].id',
    );
  });

  it('does not mutate its input', () => {
    const list = normalizeInteractions([
      { id: 'i1', managerId: 'm1', kind: 'meeting', at: '2026-10-05T10:00Z' },
    ]);
    const copy = structuredClone(list);
    evaluateManager({ criteria: firstSix, manager: anna, period: october, profile: b2b, interactions: list });
    expect(list).toEqual(copy);
  });
});
