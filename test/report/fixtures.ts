// The team the report tests render: the scorecard tests' October team (fixtures.ts) and its September.
import { b2b, evaluateTeam, periodOf, SCORECARD_CRITERIA } from '../../src/index.js';
import {
  agentManagers,
  allCalls,
  anna,
  answers,
  budgetLines,
  firstSix,
  interactions,
  li,
  meetings,
  october,
} from '../scorecard/fixtures.js';

export const september = periodOf('2026-09');

// Every scorecard here but `fullTeam` uses the six criteria the report's numbers were worked out with
// (fixtures.ts): with the full registry the meetings would also rate events and the alternation.

// October (the scorecard tests' team): Anna (m1) 76.7 = (2 × 70 + 3 × 80 + 1 × 80) / 6, good;
// Li (m2) 46.7 = (2 × 60 + 3 × 40 + 1 × 40) / 6, fair. Li is given first: the ranking must reorder.
const octoberRecords = {
  managers: [li, anna],
  period: october,
  profile: b2b,
  interactions,
  calls: allCalls,
  budgetLines,
  agentManagers,
};
export const team = evaluateTeam({ ...octoberRecords, criteria: firstSix });

// September: meetings only (no calls, no budget lines: those criteria are `no-records`), 22 working
// days (1–30 September 2026, Tuesday to Wednesday: 4 + 5 + 5 + 5 + 3).
// Anna 22 meetings / 22 = 1.0 a day → 60 (good's edge), overall 60. Li 33 / 22 = 1.5 → 70, overall 70.
export const previous = evaluateTeam({
  criteria: firstSix,
  managers: [anna, li],
  period: september,
  profile: b2b,
  interactions: [...meetings('m1', 22, '09'), ...meetings('m2', 33, '09')],
});

/**
 * The same October records under the whole registry, so that every criterion's name is shown: Anna and
 * Li are sales managers, so the contact-centre criteria do not apply to them (they stay team
 * objectives), and Anna's three CSAT answers are too few to score.
 */
export const fullTeam = evaluateTeam({
  ...octoberRecords,
  criteria: SCORECARD_CRITERIA,
  surveys: answers('csat', 3, 5),
});
