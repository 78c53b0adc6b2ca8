// A hand-built team for the scorecard tests: two sales and contact-centre managers, October 2026 (UTC),
// judged against the B2B profile. Every number the tests assert is worked out next to the records.
import {
  type BudgetLine,
  type CallRecord,
  type CallRecordInput,
  type evaluateManager,
  type Interaction,
  type Manager,
  normalizeBudgetLines,
  normalizeCallRecords,
  normalizeInteractions,
  normalizeManagers,
  normalizeSurveyResponses,
  periodOf,
  SCORECARD_CRITERIA,
  type ScorecardCriterion,
} from '../../src/index.js';

export const october = periodOf('2026-10');
export const november = periodOf('2026-11');

export const [anna, li] = normalizeManagers([
  { id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' },
  { id: 'm2', name: 'Li Wei', role: 'first-line', function: 'sales', timeZone: 'UTC' },
]) as [Manager, Manager];

/** `n` meetings of a manager, one a day from the 1st of the month at 10:00 UTC (weekends count as meetings too). */
export function meetings(managerId: string, n: number, month = '10', prefix = managerId): Interaction[] {
  return normalizeInteractions(
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${month}-${i}`,
      managerId,
      kind: 'meeting' as const,
      at: `2026-${month}-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    })),
  );
}

/** `inTime` calls answered after 10 s and `late` answered after `lateWait` s, by one agent on 28 October. */
export function calls(agentId: string, inTime: number, late: number, lateWait: number): CallRecord[] {
  const list: CallRecordInput[] = [];
  for (let i = 0; i < inTime + late; i++) {
    const offered = Date.UTC(2026, 9, 28, 8, 0, 0) + i * 600_000;
    const wait = i < inTime ? 10 : lateWait;
    list.push({
      id: `${agentId}-${i}`,
      queue: 'service',
      agentId,
      offeredAt: new Date(offered).toISOString(),
      answeredAt: new Date(offered + wait * 1000).toISOString(),
    });
  }
  return normalizeCallRecords(list);
}

export function budget(
  managerId: string,
  actual: string,
  period = '2026-10',
  category = 'staff',
): BudgetLine[] {
  return normalizeBudgetLines([
    {
      department: `CC-${managerId}`,
      category,
      period,
      budgeted: '10000',
      actual,
      currency: 'EUR',
      managerId,
    },
  ]);
}

// Anna (m1): 33 meetings / 22 working days = 1.5 a day → B2B band good 1 (60) … excellent 2 (80): 60 + 0.5 × 20 = 70.
//   Calls: 36 of 40 in 30 s = 0.9 → excellent edge: 80. Budget: 9 700 / 10 000 = 0.97 → excellent edge: 80.
// Li (m2): 22 meetings / 22 = 1.0 → good edge: 60.
//   Calls: 32 of 40 = 0.8 → fair edge: 40 (8 late calls waited 90 s). Budget: 10 500 / 10 000 = 1.05 → fair edge: 40.
export const interactions: Interaction[] = [...meetings('m1', 33), ...meetings('m2', 22)];
export const allCalls: CallRecord[] = [...calls('a1', 36, 4, 45), ...calls('a2', 32, 8, 90)];
// A September line of Anna's is outside October and must not count.
export const budgetLines: BudgetLine[] = [
  ...budget('m1', '9700'),
  ...budget('m2', '10500'),
  ...budget('m1', '20000', '2026-09'),
];
export const agentManagers = { a1: 'm1', a2: 'm2' };

/**
 * Registry entries that apply to every manager whatever his `function` (`appliesTo` removed): for the
 * tests whose managers, like Anna and Li here, lead both meetings and a contact-centre team. The
 * registry's own applicability is tested in applicability.test.ts.
 */
export function forEveryManager(entries: readonly ScorecardCriterion[]): ScorecardCriterion[] {
  return entries.map(({ appliesTo: _, ...entry }) => entry);
}

/**
 * The six criteria the scorecard's mechanics tests (weights, renormalisation, ranking, comparison,
 * next-step order) were worked out with: they pin this registry so that wiring a new criterion does
 * not rewrite their arithmetic. They apply to every manager (see {@link forEveryManager}): Anna and Li
 * are sales managers with a contact-centre team. The full registry is tested in sales-cc-criteria.test.ts.
 */
export const firstSix = forEveryManager(
  SCORECARD_CRITERIA.filter((c) =>
    [
      'sales.meetingRate',
      'contactCentre.serviceLevel',
      'contactCentre.budgetVariance',
      'customer.resolutionEfficiency',
      'customer.feedbackQuality',
      'customer.relationshipCare',
    ].includes(c.id),
  ),
);

/** The result of `criterion` on a manager's scorecard. */
export const resultOf = (card: ReturnType<typeof evaluateManager>, criterion: string) =>
  card.criteria.find((c) => c.criterion === criterion)!;

/** `n` CSAT answers of Anna's on 1–5 with `score`, on 5 October, about `topic`. */
export function answers(prefix: string, n: number, score: number, topic?: string) {
  return normalizeSurveyResponses(
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      kind: 'csat' as const,
      score,
      at: '2026-10-05T10:00Z',
      managerId: 'm1',
      ...(topic === undefined ? {} : { topic }),
    })),
  );
}
