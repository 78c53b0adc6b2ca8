// The HTML report at the edges of its data: a manager or an objective without a score, a trend with
// one side missing, values in units it formats differently, a scorecard edited by hand. Each case is
// one the mutation run of `report` showed no test looked at (docs/mutation/report.json).
import { describe, expect, it } from 'vitest';
import {
  b2b,
  comparePeriods,
  evaluateTeam,
  type ManagerScorecard,
  renderHtmlReport,
  type ScorecardCriterionResult,
  type TeamScorecard,
} from '../../src/index.js';
import { anna, firstSix, li, meetings } from '../scorecard/fixtures.js';
import { september, team } from './fixtures.js';
import { between, section } from './page.js';

/** A copy of the report team, as a scorecard read back from storage would be. */
const stored = (): TeamScorecard => JSON.parse(JSON.stringify(team));

/** One row of a chart: the `<g>` of the manager or criterion. */
const row = (html: string, chart: string, attribute: string) =>
  between(between(html, `id="${chart}"`, '</svg>'), attribute, '</g>');

/** The team with Anna's meeting-rate result replaced by `edit` of it. */
function editMeetingRate(edit: (c: ScorecardCriterionResult) => ScorecardCriterionResult): TeamScorecard {
  const s = stored();
  return {
    ...s,
    managers: s.managers.map((m) =>
      m.manager.id === 'm1'
        ? { ...m, criteria: m.criteria.map((c) => (c.criterion === 'sales.meetingRate' ? edit(c) : c)) }
        : m,
    ),
  };
}

describe('renderHtmlReport at the edges of its data', () => {
  it('draws a manager without a score in the ranking chart with no rank, no bar and "no score"', () => {
    const s = stored();
    const unscored: TeamScorecard = {
      ...s,
      ranking: [s.ranking[0]!, { ...s.ranking[1]!, rank: null, score: null, rating: 'insufficient-data' }],
      managers: s.managers.map(
        (m): ManagerScorecard =>
          m.manager.id === 'm2'
            ? {
                ...m,
                overall: { ...m.overall, score: null, rating: 'insufficient-data', scored: 0 },
                criteria: [],
                strongest: null,
                weakest: null,
                nextSteps: [],
                notes: [],
              }
            : m,
      ),
    };
    const html = renderHtmlReport({ team: unscored });
    expect(row(html, 'ranking-chart', 'data-manager-id="m2"')).toBe(
      'data-manager-id="m2"><title>—. Li Wei: no score</title><text x="0" y="44">—. Li Wei</text><rect class="zone-fair" x="230" y="32" width="400" height="16" opacity="0.35"/><text x="638" y="44">no score</text>',
    );
    const liSection = section(html, 'm2');
    // Neither strongest nor weakest, and nothing in their place.
    expect(liSection).toContain(
      '<p class="meta">Overall: <strong>no score</strong> <span class="rating rating-insufficient-data">insufficient data</span></p>',
    );
    // No note about renormalised weights when there is none.
    expect(liSection).not.toContain('class="muted"');
    expect(section(html, 'm1')).toContain('<p class="muted">Left out of the overall score for lack of data');
  });

  it('draws only the side of the trend a manager has: now without before, before without now', () => {
    const empty = evaluateTeam({ criteria: firstSix, managers: [anna, li], period: september, profile: b2b });
    // September without records: October's 76.7 is new. Filled circle at 230 + 76.7 × 4 = 536.8, no line.
    const fresh = row(renderHtmlReport({ team, previous: empty }), 'trend-chart', 'data-manager-id="m1"');
    expect(fresh).toContain('<circle class="trend-now" cx="536.8" cy="40" r="5"/>');
    expect(fresh).not.toContain('trend-before');
    expect(fresh).not.toContain('trend-line');
    // The other way round: September scored (76.7), October not: the hollow circle only.
    const gone = row(
      renderHtmlReport({ team: empty, previous: team }),
      'trend-chart',
      'data-manager-id="m1"',
    );
    expect(gone).toContain('<circle class="trend-before" cx="536.8"');
    expect(gone).not.toContain('trend-now');
    expect(gone).not.toContain('trend-line');
    // Both sides: the line between them too (September 60 at 470, October 76.7 at 536.8).
    const september60 = evaluateTeam({
      criteria: firstSix,
      managers: [anna, li],
      period: september,
      profile: b2b,
      interactions: [...meetings('m1', 22, '09'), ...meetings('m2', 33, '09')],
    });
    const both = row(
      renderHtmlReport({ team, previous: september60 }),
      'trend-chart',
      'data-manager-id="m1"',
    );
    expect(both).toContain('<line class="trend-line" x1="470" x2="536.8"');
  });

  it('shows objectives without a score as rows with their status, and draws no chart for them', () => {
    const s = stored();
    const unscored = s.objectives.map((o) => ({
      ...o,
      status: 'insufficient-data' as const,
      value: null,
      score: null,
      rating: 'insufficient-data' as const,
    }));
    const html = renderHtmlReport({ team: { ...s, objectives: unscored } });
    const objectives = between(html, '<section id="objectives"', '</section>');
    // The heading, then at once the table: no chart and nothing in its place.
    expect(objectives).toContain('Team objectives</h2><table id="objectives-table">');
    // Value "—", score "no score", the status as plain text (no rating badge).
    expect(objectives).toContain(
      '<tr data-criterion="contactCentre.serviceLevel"><th scope="row">Service level</th><td class="num">—</td><td class="num">no score</td><td>insufficient data</td>',
    );
    // One scored (the service level, 60), one not: one bar.
    const mixed = renderHtmlReport({ team: { ...s, objectives: [s.objectives[0]!, unscored[1]!] } });
    expect(
      between(mixed, '<section id="objectives"', '</section>').match(/class="objective-bar/g),
    ).toHaveLength(1);
  });

  it('leaves nothing where the objectives would be when the team has none', () => {
    const html = renderHtmlReport({ team: { ...stored(), objectives: [] } });
    const gap = between(html, 'id="ranking-chart"', '<section id="distribution"');
    expect(gap.slice(gap.lastIndexOf('</section>') + '</section>'.length).trim()).toBe('');
  });

  it('formats values by unit: two decimals at most, no negative zero, won/plan as a percentage', () => {
    const valued = (value: number, unit: string | null) =>
      between(
        section(renderHtmlReport({ team: editMeetingRate((c) => ({ ...c, value, unit })) }), 'm1'),
        '<tr data-criterion="sales.meetingRate"><th scope="row">Meeting rate</th>',
        '</td>',
      );
    expect(valued(12.345, 'minutes')).toContain('<td class="num">12.35 minutes');
    expect(valued(-0, null)).toMatch(/<td class="num">0$/);
    expect(valued(1.05, 'won/plan')).toContain('<td class="num">105%');
    expect(valued(0.85, 'actual/budget')).toContain('<td class="num">85%');
  });

  it('shows "—" as the change of a criterion the comparison does not list', () => {
    const s = stored();
    const [anna1] = s.managers.filter((m) => m.manager.id === 'm1');
    const comparison = { ...comparePeriods(anna1!, anna1!), criteria: [] };
    const html = renderHtmlReport({ team: s, comparison });
    expect(between(section(html, 'm1'), '<tr data-criterion="sales.meetingRate">', '</tr>')).toMatch(
      /<td class="num">2<\/td><td class="num">—<\/td>$/,
    );
  });

  it('names a rating it does not know as it is, in the ranking and in the criteria charts', () => {
    const odd = JSON.parse(JSON.stringify(stored()).replaceAll('"rating":"good"', '"rating":"stellar"'));
    const html = renderHtmlReport({ team: odd });
    // Anna 76.7, good in the data, now "stellar"; her meeting rate 70, also good.
    expect(row(html, 'ranking-chart', 'data-manager-id="m1"')).toContain(
      '<title>1. Anna Berg: 76.7 · stellar</title>',
    );
    expect(html).toContain('<title>Meeting rate: 70 (stellar); Value 1.5 meetings/working day;');
    expect(html).not.toContain('undefined');
  });

  it('counts a criterion as scored only when its status says so and it has a score', () => {
    // A hand-edited scorecard where the two disagree: listed as not scored, not drawn.
    for (const edit of [
      (c: ScorecardCriterionResult) => ({ ...c, status: 'insufficient-data' as const }),
      (c: ScorecardCriterionResult) => ({ ...c, score: null }),
    ]) {
      const annaSection = section(renderHtmlReport({ team: editMeetingRate(edit) }), 'm1');
      expect(annaSection).not.toContain('data-criterion="sales.meetingRate"><title>');
      expect(annaSection).not.toContain('<tr data-criterion="sales.meetingRate">');
      expect(annaSection).toContain('<li data-criterion="sales.meetingRate" data-status=');
    }
  });
});
