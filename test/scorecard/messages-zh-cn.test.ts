import { describe, expect, it } from 'vitest';
import {
  b2c,
  evaluateTeam,
  SCORECARD_MESSAGES_EN,
  SCORECARD_MESSAGES_ZH_CN,
  sampleDataset,
  scorecardMessage,
} from '../../src/index.js';

/** The input names a template reads (`i.name`), from its source. */
const inputsOf = (template: (...args: never[]) => string): string[] =>
  [...new Set([...template.toString().matchAll(/\bi\.(\w+)/g)].map((m) => m[1]!))].sort();

describe('SCORECARD_MESSAGES_ZH_CN', () => {
  it('has exactly the codes of the English table', () => {
    expect(Object.keys(SCORECARD_MESSAGES_ZH_CN).sort()).toEqual(Object.keys(SCORECARD_MESSAGES_EN).sort());
    expect(Object.keys(SCORECARD_MESSAGES_EN).length).toBe(37); // 29 next steps, 8 notes
  });

  it('reads the same inputs as the English sentence, and renders them without undefined or NaN', () => {
    for (const [code, en] of Object.entries(SCORECARD_MESSAGES_EN)) {
      const zh = SCORECARD_MESSAGES_ZH_CN[code]!;
      const names = inputsOf(en);
      expect({ code, names: inputsOf(zh) }).toEqual({ code, names });
      // Numbers where English formats numbers; 2 works for counts, shares and months alike.
      const inputs = Object.fromEntries(names.map((n) => [n, 2]));
      for (const sentence of [en(inputs), zh(inputs)]) {
        expect(sentence).not.toMatch(/undefined|NaN|null/);
      }
      // Every input shows in the Chinese sentence: with each set to a marker, the marker appears.
      for (const n of names) {
        const marked = zh({ ...inputs, [n]: 2099 });
        expect({ code, n, shown: marked.includes('2099') }).toEqual({ code, n, shown: true });
      }
    }
  });

  it("renders the issue's examples in natural Chinese, numbers and money as in English", () => {
    const training = { below: 3, reviews: 9, threshold: 75, representatives: 1, agents: 'a1' };
    expect(scorecardMessage('contactCentre.monitoringScores.arrange-training', training)).toBe(
      'Arrange call-monitoring training: 3 of 9 reviews below 75; 1 representative averages below it (first a1).',
    );
    expect(
      scorecardMessage('contactCentre.monitoringScores.arrange-training', training, SCORECARD_MESSAGES_ZH_CN),
    ).toBe('安排通话监控培训：9 次评估中有 3 次低于 75 分；1 名客服的平均分低于该线（首先是 a1）。');
    const slipped = { deals: 2, amount: '48 200.00 EUR', into: '2026-11', dealIds: 'D-3, D-7' };
    expect(scorecardMessage('sales.planAttainment.stop-slippage', slipped)).toBe(
      'Close deals in the period they are ready: 2 deals worth 48 200.00 EUR slipped into November 2026 or later (D-3, D-7).',
    );
    expect(scorecardMessage('sales.planAttainment.stop-slippage', slipped, SCORECARD_MESSAGES_ZH_CN)).toBe(
      '商机成熟就在当期成交：2 个商机（金额 48 200.00 EUR）推迟到 2026年11月 或更晚（D-3, D-7）。',
    );
    // More than three: the first three, and how many more (in Chinese: how many in all).
    const six = { deals: 6, amount: '2 105.78 EUR', into: '2026-11', dealIds: 'D-13, D-25, D-29' };
    expect(scorecardMessage('sales.planAttainment.stop-slippage', six)).toBe(
      'Close deals in the period they are ready: 6 deals worth 2 105.78 EUR slipped into November 2026 or later (D-13, D-25, D-29 and 3 more).',
    );
    expect(scorecardMessage('sales.planAttainment.stop-slippage', six, SCORECARD_MESSAGES_ZH_CN)).toBe(
      '商机成熟就在当期成交：6 个商机（金额 2 105.78 EUR）推迟到 2026年11月 或更晚（D-13, D-25, D-29 等 6 个）。',
    );
    const stalled = { accounts: 4, customers: 'c1, c2, c3', stalledAfterMeetings: 3 };
    expect(scorecardMessage('sales.decisionMakerReach.meet-decision-makers', stalled)).toBe(
      'Book meetings with the decision maker at 4 stalled accounts: c1, c2, c3 and 1 more (3 or more meetings, no decision maker met, no contract).',
    );
    expect(
      scorecardMessage('sales.decisionMakerReach.meet-decision-makers', stalled, SCORECARD_MESSAGES_ZH_CN),
    ).toBe('在 4 个停滞客户处约见决策人：c1, c2, c3 等 4 个（拜访 3 次或以上，未见到决策人，也未签约）。');
    expect(
      scorecardMessage(
        'sales.referrals.ask-for-referrals',
        { notAsked: 4, wonCustomers: 6, customers: 'c1, c2, c5' },
        SCORECARD_MESSAGES_ZH_CN,
      ),
    ).toBe(
      '请 6 位成交客户中的 4 位推荐新客户（首先是 c1, c2, c5）：主动向每位客户请求推荐，而不是等待被推荐。',
    );
    expect(
      scorecardMessage(
        'customer.resolutionEfficiency.resolve-at-first-contact',
        { resolved: 1, eligible: 3, share: 0.3333, good: 0.7 },
        SCORECARD_MESSAGES_ZH_CN,
      ),
    ).toBe('提高首次接触解决率：3 个问题中有 1 个在首次接触时解决（33.3 %）；70 % 为良好。');
  });

  it('renders every next step and note of a real team scorecard (the sample data)', () => {
    const data = sampleDataset({
      seed: 42,
      managers: 4,
      days: 31,
      profile: 'b2c',
      timeZone: 'Europe/Berlin',
    });
    const team = evaluateTeam({ ...data, managers: [...data.managers], period: data.period, profile: b2c });
    const messages = [...team.notes, ...team.managers.flatMap((m) => [...m.nextSteps, ...m.notes])];
    // The sample's B2C October proposes steps of at least eight different codes.
    expect(new Set(messages.map((m) => m.code)).size).toBeGreaterThanOrEqual(8);
    for (const { code, inputs } of messages) {
      expect(Object.hasOwn(SCORECARD_MESSAGES_ZH_CN, code)).toBe(true);
      expect(scorecardMessage(code, inputs, SCORECARD_MESSAGES_ZH_CN)).not.toMatch(/undefined|NaN/);
    }
  });
});
