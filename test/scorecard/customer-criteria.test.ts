// customer.satisfaction and customer.retention in the scorecard: their registry entries and next
// steps, on hand-built Octobers (2026, UTC) judged against the B2B profile.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  evaluateManager,
  normalizeCustomers,
  period,
  SCORECARD_CRITERIA,
  SCORECARD_MESSAGES_ZH_CN,
  scorecardMessage,
} from '../../src/index.js';
import { anna, answers, october, resultOf } from './fixtures.js';

const only = SCORECARD_CRITERIA.filter(
  (c) => c.id === 'customer.satisfaction' || c.id === 'customer.retention',
);

const stepsOf = (card: ReturnType<typeof evaluateManager>, criterion: string) =>
  card.nextSteps
    .filter((s) => s.criterion === criterion)
    .map(({ code, message, inputs }) => ({ code, message, inputs }));

describe('customer.satisfaction in the scorecard', () => {
  it('is in the registry, needing surveys, between training coverage and retention', () => {
    const ids = SCORECARD_CRITERIA.map((c) => c.id);
    expect(ids.slice(10, 14)).toEqual([
      'contactCentre.trainingCoverage',
      'customer.satisfaction',
      'customer.retention',
      'customer.resolutionEfficiency',
    ]);
    const entry = SCORECARD_CRITERIA.find((c) => c.id === 'customer.satisfaction')!;
    expect([entry.needs, entry.uses]).toEqual([['surveys'], []]);
  });

  it('62.5 % satisfied of 40 answers is fair, and names the weakest topic, waiting time', () => {
    // Waiting time: 30 answers, 15 of them 5 and 15 of them 2: 15 ÷ 30 = 0.5, below fair 0.6, and 30
    // answers reach B2B's minimum sample of its own: a weak topic. Communication: 10 answers of 5
    // (fewer than 30 of its own: never a weak topic).
    // All: (15 + 10) ÷ 40 = 0.625, between fair 0.6 (40) and good 0.8 (60): 40 + 0.025 ÷ 0.2 × 20 = 42.5.
    const surveys = [
      ...answers('w5', 15, 5, 'waiting time'),
      ...answers('w2', 15, 2, 'waiting time'),
      ...answers('c5', 10, 5, 'communication'),
    ];
    const card = evaluateManager({ manager: anna, period: october, profile: b2b, criteria: only, surveys });
    const result = resultOf(card, 'customer.satisfaction');
    expect([result.status, result.value, result.score, result.rating]).toEqual([
      'scored',
      0.625,
      42.5,
      'fair',
    ]);
    const steps = stepsOf(card, 'customer.satisfaction');
    expect(steps).toEqual([
      {
        code: 'customer.satisfaction.raise-satisfaction',
        message:
          'Raise satisfaction: 62.5 % of 40 answers were 4 or 5 (target 80 %); weakest topic: waiting time.',
        inputs: {
          satisfied: 25,
          answers: 40,
          share: 0.625,
          topBoxFrom: 4,
          scale: '1-5',
          good: 0.8,
          topic: 'waiting time',
        },
      },
    ]);
    expect(scorecardMessage(steps[0]!.code, steps[0]!.inputs, SCORECARD_MESSAGES_ZH_CN)).toBe(
      '提高客户满意度：40 份回答中有 62.5 % 为 4 或 5 分（目标 80 %）；最弱的主题：waiting time。',
    );
    // Retention needs customers, not supplied: no-records.
    expect(resultOf(card, 'customer.retention').status).toBe('no-records');
  });

  it('of several weak topics, most answered first, names the lowest share', () => {
    // Waiting time 12 of 40 (0.3), price 17 of 34 (0.5), delivery 6 of 30 (0.2): each has B2B's 30
    // answers of its own and is below good. Read in that order, the lowest is delivery.
    // All: 35 ÷ 104 = 0.3365…, below worst 0.4: 0.
    const surveys = [
      ...answers('w5', 12, 5, 'waiting time'),
      ...answers('w2', 28, 2, 'waiting time'),
      ...answers('p5', 17, 5, 'price'),
      ...answers('p2', 17, 2, 'price'),
      ...answers('d5', 6, 5, 'delivery'),
      ...answers('d2', 24, 2, 'delivery'),
    ];
    const card = evaluateManager({ manager: anna, period: october, profile: b2b, criteria: only, surveys });
    expect(resultOf(card, 'customer.satisfaction').score).toBe(0);
    expect(stepsOf(card, 'customer.satisfaction').map((s) => s.message)).toEqual([
      'Raise satisfaction: 33.7 % of 104 answers were 4 or 5 (target 80 %); weakest topic: delivery.',
    ]);
  });

  it('without a topic of enough answers the step names none; at 85 % there is no step', () => {
    // 16 of 32 answers 4: 0.5, between worst 0.4 (0) and fair 0.6 (40): 0.1 ÷ 0.2 × 40 = 20, poor.
    const low = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: only,
      surveys: [...answers('a', 16, 4), ...answers('b', 16, 1)],
    });
    expect(resultOf(low, 'customer.satisfaction').score).toBe(20);
    expect(stepsOf(low, 'customer.satisfaction').map((s) => s.message)).toEqual([
      'Raise satisfaction: 50 % of 32 answers were 4 or 5 (target 80 %).',
    ]);
    expect(stepsOf(low, 'customer.satisfaction')[0]!.inputs.topic).toBeNull();
    // 34 of 40 answers 5: 0.85, between good 0.8 (60) and excellent 0.9 (80): 60 + 0.05 ÷ 0.1 × 20 = 70.
    const good = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: only,
      surveys: [...answers('a', 34, 5), ...answers('b', 6, 3)],
    });
    expect(resultOf(good, 'customer.satisfaction').score).toBe(70);
    expect(stepsOf(good, 'customer.satisfaction')).toEqual([]);
  });

  it('fewer answers than the minimum sample are insufficient data, with no step', () => {
    // 29 answers < 30.
    const card = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: only,
      surveys: answers('a', 29, 1),
    });
    const result = resultOf(card, 'customer.satisfaction');
    expect(result.status).toBe('insufficient-data');
    expect(card.nextSteps).toEqual([]);
  });
});

describe('customer.retention in the scorecard', () => {
  // 60 customers of Anna's since 2025; 4 of them (c0 … c3) ended on 10 October, 1 of Li's is not hers.
  const customers = normalizeCustomers([
    ...Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      managerId: 'm1',
      since: '2025-01-01',
      ...(i < 4 ? { until: '2026-10-10' } : {}),
    })),
    { id: 'x1', managerId: 'm2', since: '2025-01-01', until: '2026-10-10' },
  ]);

  it('is in the registry, needing customers and using revenue', () => {
    const entry = SCORECARD_CRITERIA.find((c) => c.id === 'customer.retention')!;
    expect([entry.needs, entry.uses]).toEqual([['customers'], ['revenue']]);
  });

  it('4 of 60 customers left in October: 93.3 % kept, 44.4 % a year, poor; win them back', () => {
    // 56 ÷ 60 = 0.9333 over October's 31 days; a year: 0.9333^(365 ÷ 31) = 0.4438 (e^(11.774 × ln 0.9333)
    // = e^(−0.8123)), below B2B's worst 0.6: score 0.
    const card = evaluateManager({ manager: anna, period: october, profile: b2b, criteria: only, customers });
    const result = resultOf(card, 'customer.retention');
    expect(result.status).toBe('scored');
    expect(result.value).toBeCloseTo(0.4438203, 6);
    expect([result.score, result.rating]).toEqual([0, 'poor']);
    expect(card.skippedRecords).toMatchObject({ customers: 1 }); // Li's customer
    const steps = stepsOf(card, 'customer.retention');
    expect(steps).toEqual([
      {
        code: 'customer.retention.win-back-customers',
        message:
          'Win back customers: 4 of 60 customers at the start left in October 2026 (44.4 % retained a year; 85 % is good).',
        inputs: {
          lost: 4,
          atStart: 60,
          from: '2026-10-01',
          to: '2026-10-31',
          retentionRate: 0.9333,
          annualised: 0.4438,
          good: 0.85,
        },
      },
    ]);
    expect(scorecardMessage(steps[0]!.code, steps[0]!.inputs, SCORECARD_MESSAGES_ZH_CN)).toBe(
      '挽回流失客户：期初的 60 位客户中有 4 位在2026年10月流失（年化留存率 44.4 %；85 % 为良好）。',
    );
  });

  it('names a period that is not one calendar month by its days', () => {
    // 5–14 October (10 days): the 4 customers ended on 10 October left in it.
    const card = evaluateManager({
      manager: anna,
      period: period({ from: '2026-10-05', to: '2026-10-14' }),
      profile: b2b,
      criteria: only,
      customers,
    });
    expect(stepsOf(card, 'customer.retention')[0]!.message).toMatch(
      /^Win back customers: 4 of 60 customers at the start left between 2026-10-05 and 2026-10-14 \(/,
    );
  });

  it('nobody left: 100 %, no step; no customers at the start: insufficient data', () => {
    const stayed = normalizeCustomers(
      Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, managerId: 'm1', since: '2025-06-01' })),
    );
    // 12 ÷ 12 = 1, a year 1 ≥ best 0.95: 100.
    const card = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: only,
      customers: stayed,
    });
    expect(resultOf(card, 'customer.retention').score).toBe(100);
    expect(card.nextSteps).toEqual([]);
    const newcomers = normalizeCustomers([{ id: 'n1', managerId: 'm1', since: '2026-10-15' }]);
    const none = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      criteria: only,
      customers: newcomers,
    });
    expect(resultOf(none, 'customer.retention').status).toBe('insufficient-data');
    expect(resultOf(none, 'customer.retention').explanation.code).toBe(
      'customer.retention.no-customers-at-start',
    );
  });
});

describe('the satisfaction and retention sentences on other scales and periods', () => {
  const raise = (inputs: Record<string, string | number | null>) =>
    scorecardMessage('customer.satisfaction.raise-satisfaction', {
      satisfied: 1,
      answers: 1,
      share: 1,
      good: 0.8,
      topic: null,
      ...inputs,
    });
  it('names the top box of the scale, and says "was" for one answer', () => {
    // 1–7 top box 6–7; 0–10 from 9; 1–10 from 8; a top box of one value.
    expect(raise({ topBoxFrom: 6, scale: '1-7' })).toBe(
      'Raise satisfaction: 100 % of 1 answer was 6 or 7 (target 80 %).',
    );
    expect(raise({ topBoxFrom: 9, scale: '0-10', answers: 2 })).toContain('of 2 answers were 9 or 10');
    expect(raise({ topBoxFrom: 8, scale: '1-10', answers: 2 })).toContain('were 8 to 10');
    expect(raise({ topBoxFrom: 5, scale: '1-5', answers: 2 })).toContain('were 5 (target');
    // A step stored without its scale: the top box is read as its first value alone.
    expect(raise({ topBoxFrom: 4, answers: 2 })).toContain('were 4 (target');
    expect(
      scorecardMessage(
        'customer.satisfaction.raise-satisfaction',
        { answers: 2, share: 0.5, topBoxFrom: 8, scale: '1-10', good: 0.8, topic: 'price' },
        SCORECARD_MESSAGES_ZH_CN,
      ),
    ).toBe('提高客户满意度：2 份回答中有 50 % 为 8 至 10 分（目标 80 %）；最弱的主题：price。');
    expect(
      scorecardMessage(
        'customer.satisfaction.raise-satisfaction',
        { answers: 2, share: 0.5, topBoxFrom: 5, scale: '1-5', good: 0.8, topic: null },
        SCORECARD_MESSAGES_ZH_CN,
      ),
    ).toBe('提高客户满意度：2 份回答中有 50 % 为 5 分（目标 80 %）。');
  });

  it('names a whole month by name, anything else by its days, in both languages', () => {
    const win = (from: string, to: string, table?: typeof SCORECARD_MESSAGES_ZH_CN) =>
      scorecardMessage(
        'customer.retention.win-back-customers',
        { lost: 1, atStart: 10, from, to, annualised: 0.5, good: 0.85 },
        table,
      );
    expect(win('2026-02-01', '2026-02-28')).toContain('left in February 2026 (');
    // From the 1st but not to the month's last day; and a quarter.
    expect(win('2026-02-01', '2026-02-27')).toContain('left between 2026-02-01 and 2026-02-27 (');
    expect(win('2026-10-01', '2026-12-31')).toContain('left between 2026-10-01 and 2026-12-31 (');
    expect(win('2026-10-05', '2026-10-14', SCORECARD_MESSAGES_ZH_CN)).toBe(
      '挽回流失客户：期初的 10 位客户中有 1 位在 2026-10-05 至 2026-10-14 期间流失（年化留存率 50 %；85 % 为良好）。',
    );
  });
});
