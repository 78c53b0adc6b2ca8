// The text and Markdown renderers, on scorecards built by hand-checkable inputs.
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../src/domain/period.js';
import { normalizeInteractions } from '../../src/domain/records/interaction.js';
import { normalizeManager } from '../../src/domain/records/manager.js';
import { defineProfile } from '../../src/profiles/define.js';
import { b2b } from '../../src/profiles/profile.js';
import { REPORT_LABELS_EN, REPORT_LABELS_ZH_CN } from '../../src/report/labels.js';
import { renderManagerReport, renderTeamReport } from '../../src/report/text.js';
import { comparePeriods } from '../../src/scorecard/compare.js';
import { evaluateManager } from '../../src/scorecard/manager.js';
import { SCORECARD_MESSAGES_EN } from '../../src/scorecard/messages.js';
import { evaluateTeam } from '../../src/scorecard/team.js';
import type { ManagerScorecard } from '../../src/scorecard/types.js';
import { firstSix } from '../scorecard/fixtures.js';

const anna = normalizeManager({
  id: 'm1',
  name: 'Anna Berg',
  role: 'first-line',
  function: 'sales',
  timeZone: 'UTC',
});
const october = periodOf('2026-10');
// The registry restricted to the six criteria these reports were worked out with (see fixtures.ts):
// with the sales criteria that also read interactions, the overall score would be theirs too.
// Anna holds 11 meetings on October's first 11 working days: 11 ÷ 22 = 0.5 a day → 40, fair.
const days = ['01', '02', '05', '06', '07', '08', '09', '12', '13', '14', '15'];
const interactions = normalizeInteractions(
  days.map((d, i) => ({ id: `i${i}`, managerId: 'm1', kind: 'meeting', at: `2026-10-${d}T10:00Z` })),
);

describe('renderManagerReport', () => {
  const card = evaluateManager({
    criteria: firstSix,
    manager: anna,
    period: october,
    profile: b2b,
    interactions,
  });

  it('shows a scored criterion whose stored rating was lost as "insufficient data", not "undefined"', () => {
    // A scorecard read back from storage by hand, its meeting-rate rating removed.
    const stored = JSON.parse(JSON.stringify(card)) as ManagerScorecard;
    const edited = {
      ...stored,
      criteria: stored.criteria.map((c) =>
        c.criterion === 'sales.meetingRate' ? { ...c, rating: null } : c,
      ),
    };
    expect(renderManagerReport(edited)).toMatch(
      /Meetings per working day +0\.5 +40\.0 +insufficient data +2\n/,
    );
  });

  it('lists the scored criteria with value, score, rating and weight, the others by status, and the next steps', () => {
    const text = renderManagerReport(card);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Scorecard: Anna Berg (m1)',
      '=========================',
      'Profile: b2b · Period: 2026-10-01 – 2026-10-31 (UTC)',
    ]);
    expect(text).toContain(
      'Overall: 40.0 (fair) · Criteria scored: 1 · weights renormalised for the criteria without data',
    );
    expect(text).toMatch(/Meetings per working day +0\.5 +40\.0 +fair +2\n/);
    expect(text).toContain('No records: Service level, Spending against budget');
    expect(text).toContain(
      'Weakest: Meetings per working day 40.0 (fair) · Strongest: Meetings per working day 40.0 (fair)',
    );
    // 1 a day is good: 22 − 11 = 11 more meetings.
    expect(text).toContain(
      'Next steps:\n- Plan more meetings: 11 meetings over 22 working days (0.5 a day); 1 a day is good, 11 more would reach it.\n',
    );
  });

  it('writes next steps with the message table given, keeping the English for a code it lacks', () => {
    const table = { ...SCORECARD_MESSAGES_EN, 'sales.meetingRate.plan-more-meetings': () => '多安排会面' };
    const text = renderManagerReport(card, { labels: REPORT_LABELS_ZH_CN, messages: table });
    expect(text).toContain('- 多安排会面\n');
    expect(text).toMatch(/每个工作日的会面次数 +0\.5 +40\.0 +一般 +2\n/);
    const english = renderManagerReport(card, { messages: {} });
    expect(english).toContain('- Plan more meetings: 11 meetings');
  });

  it('says when nothing was scored and lists a switched-off criterion', () => {
    const off = defineProfile(b2b, { id: 'no-meetings', criteria: { 'sales.meetingRate': { weight: 0 } } });
    const empty = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: october,
      profile: off,
      interactions,
    });
    const text = renderManagerReport(empty);
    expect(text).toContain('Overall: — (insufficient data) · Criteria scored: 0');
    expect(text).toContain('Switched off: Meetings per working day');
    expect(text).toContain('Weakest: none · Strongest: none');
    expect(text).not.toContain('Next steps');
    // No criterion table at all: not a header over no rows.
    expect(text).not.toMatch(/Criterion +Value/);
  });

  it('does not say the weights were renormalised when every criterion with a weight was scored', () => {
    // Only the meeting rate, scored (0.5 a day → 40): its weight is the whole.
    const meetingRate = firstSix.filter((c) => c.id === 'sales.meetingRate');
    const whole = evaluateManager({
      criteria: meetingRate,
      manager: anna,
      period: october,
      profile: b2b,
      interactions,
    });
    expect(whole.overall.renormalised).toBe(false);
    const text = renderManagerReport(whole);
    expect(text).toContain('Overall: 40.0 (fair) · Criteria scored: 1\n');
    expect(text).not.toContain('renormalised');
  });

  it('shows the value of a unit it does not know, or of none, rounded to two decimals and not as a percentage', () => {
    // A scorecard edited by hand (or a user's own criterion): "minutes" is neither a share nor a ratio.
    const base = card.criteria.find((c) => c.criterion === 'sales.meetingRate')!;
    const edited = (unit: string | null): ManagerScorecard => ({
      ...card,
      criteria: [{ ...base, unit, value: 12.345 }],
    });
    expect(renderManagerReport(edited('minutes'))).toMatch(
      /Meetings per working day +12\.35 +40\.0 +fair +2\n/,
    );
    expect(renderManagerReport(edited(null))).toMatch(/Meetings per working day +12\.35 +40\.0 +fair +2\n/);
  });

  it('shows changes against the previous period: a delta, or the change when one side has no score', () => {
    // September: no meetings at all → 0 a day → 0 (poor). October 40: +40.0.
    const september = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: periodOf('2026-09'),
      profile: b2b,
      interactions: [],
    });
    const text = renderManagerReport(card, { comparisons: [comparePeriods(card, september)] });
    expect(text).toContain('· Change: +40.0 ·');
    expect(text).toMatch(/Meetings per working day +0\.5 +40\.0 +fair +2 +\+40\.0\n/);
    const same = renderManagerReport(card, { comparisons: [comparePeriods(card, card)] });
    expect(same).toMatch(/fair +2 +0\.0\n/);
    // Scored now, not before (September's meetings not supplied): "new".
    const none = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: periodOf('2026-09'),
      profile: b2b,
    });
    expect(renderManagerReport(card, { comparisons: [comparePeriods(card, none)] })).toMatch(
      /fair +2 +new\n/,
    );
  });

  it('formats a monitoring score as a score and a falling delta with a minus sign', () => {
    const monitored: ManagerScorecard = {
      ...card,
      criteria: [
        {
          ...card.criteria.find((c) => c.criterion === 'sales.meetingRate')!,
          criterion: 'contactCentre.monitoringScores',
          unit: 'score 0–100',
          value: 72.25,
        },
      ],
    };
    const falling = comparePeriods(card, { ...card, overall: { ...card.overall, score: 52.5 } });
    const text = renderManagerReport(monitored, { comparisons: [falling] });
    expect(text).toMatch(/Call monitoring scores +72\.3 +40\.0 +fair +2\n/);
    expect(text).toContain('Change: −12.5'); // 40 − 52.5
  });
});

describe('renderTeamReport', () => {
  const li = normalizeManager({
    id: 'm2',
    name: 'Li Wei',
    role: 'first-line',
    function: 'sales',
    timeZone: 'UTC',
  });
  const team = evaluateTeam({
    criteria: firstSix,
    managers: [anna, li],
    period: october,
    profile: b2b,
    interactions,
  });

  it('ranks the managers, shows the spread per criterion and each manager best first', () => {
    const text = renderTeamReport(team);
    // Anna 0.5 a day → 40; Li no meetings → 0.
    expect(text).toContain(
      '#  Manager         Overall  Rating\n1  Anna Berg (m1)     40.0  fair\n2  Li Wei (m2)         0.0  poor\n',
    );
    // min 0, median (0 + 40) ÷ 2 = 20, max 40, mean 20.
    expect(text).toMatch(/Meetings per working day +2 +0\.0 +20\.0 +40\.0 +20\.0\n/);
    expect(text.indexOf('== Anna Berg (m1) ==')).toBeLessThan(text.indexOf('== Li Wei (m2) =='));
    expect(text).not.toContain('Team objectives'); // no calls and no budget lines supplied
  });

  it('counts Chinese characters two columns wide when aligning', () => {
    const wide = {
      ...team,
      ranking: team.ranking.map((r, i) => ({ ...r, name: i === 0 ? '王芳' : r.name })),
    };
    const lines = renderTeamReport(wide, { labels: REPORT_LABELS_ZH_CN }).split('\n');
    const header = lines.find((l) => l.startsWith('名次'))!;
    const first = lines[lines.indexOf(header) + 1]!;
    expect(first).toMatch(/^ +1 +王芳 \(m1\) +40\.0 +一般$/);
    // "王芳 (m1)" is 9 characters but 11 columns wide, as wide as "Li Wei (m2)": the scores line up.
    const second = lines[lines.indexOf(header) + 2]!;
    const width = (s: string) => s.length + (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
    expect(width(first.slice(0, first.indexOf('40.0')))).toBe(width(second.slice(0, second.indexOf(' 0.0'))));
  });

  it('escapes pipes in Markdown cells and lists the team notes', () => {
    const piped = {
      ...team,
      ranking: team.ranking.map((r) => ({ ...r, name: r.name.replace(' ', ' | ') })),
      notes: [{ code: 'scorecard.unassigned-records', message: 'x', inputs: { kind: 'calls', count: 3 } }],
    };
    const md = renderTeamReport(piped, { format: 'markdown' });
    expect(md).toContain('| 1 | Anna \\| Berg (m1) | 40.0 | fair |');
    // The notes, then at once the managers' sections.
    expect(md).toContain(
      '## Notes\n\n- 3 records of calls belong to no manager in the list and were left out of the scorecards.\n\n## Managers\n',
    );
  });

  it('ranks managers without a score last, without a rank, and shows an objective without a score', () => {
    const off = defineProfile(b2b, { id: 'no-meetings', criteria: { 'sales.meetingRate': { weight: 0 } } });
    const unscored = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: october,
      profile: off,
      interactions,
    });
    const objective = {
      ...team.managers[0]!.criteria[0]!,
      criterion: 'contactCentre.serviceLevel' as const,
      status: 'insufficient-data' as const,
      value: null,
      score: null,
      rating: 'insufficient-data' as const,
    };
    // A comparison for Anna only: Li's change is left blank; a label table without a criterion's name shows its id.
    const september = evaluateManager({
      criteria: firstSix,
      manager: anna,
      period: periodOf('2026-09'),
      profile: off,
      interactions,
    });
    const labels = { ...REPORT_LABELS_EN, criteria: {} as typeof REPORT_LABELS_EN.criteria };
    const text = renderTeamReport(
      { ...unscored, objectives: [objective] },
      { labels, comparisons: [comparePeriods(unscored.managers[0]!, september)] },
    );
    expect(text).toMatch(
      /— +Anna Berg \(m1\) +— +insufficient data\n— +Li Wei \(m2\) +— +insufficient data\n/,
    );
    expect(text).not.toContain('Scores by criterion');
    expect(text).toMatch(/contactCentre\.serviceLevel +— +— +insufficient data\n/);
    expect(text).toContain('Switched off: sales.meetingRate');
  });
});
