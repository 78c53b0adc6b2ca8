// The HTML report as text: escaping, determinism, the ranking, the trend, criteria without data, a team
// of one, the locale and the Content-Security-Policy. The browser test (html-browser.test.ts) loads it.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  b2b,
  comparePeriods,
  evaluateTeam,
  normalizeManagers,
  renderHtmlReport,
  SCORECARD_MESSAGES_EN,
  type TeamScorecard,
} from '../../src/index.js';
import { REPORT_STYLE } from '../../src/report/html.js';
import { errorOf, failure } from '../helpers.js';
import { allCalls, anna, firstSix, li, meetings, october } from '../scorecard/fixtures.js';
import { previous, september, team } from './fixtures.js';
import { between, section } from './page.js';

describe('renderHtmlReport', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is one self-contained page: no script, no external resource, a CSP that allows only its own style sheet', () => {
    const html = renderHtmlReport({ team });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/\sstyle="/); // no style attributes: the CSP would block them
    expect(html.match(/https?:\/\//g)).toEqual(
      Array(html.match(/<svg /g)!.length).fill('http://'), // only the SVG namespace, once per chart
    );
    const hash = createHash('sha256').update(REPORT_STYLE.css, 'utf8').digest('base64');
    expect(REPORT_STYLE.sha256).toBe(hash);
    expect(html).toContain(`<style>${REPORT_STYLE.css}</style>`);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
    );
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('escapes every string from the data: a manager named <script>alert(1)</script> is text', () => {
    const [evil] = normalizeManagers([
      {
        id: 'm"9',
        name: '<script>alert(1)</script>',
        role: 'first-line',
        function: 'sales',
        timeZone: 'UTC',
      },
    ]);
    const card = evaluateTeam({
      criteria: firstSix,
      managers: [evil!],
      period: october,
      profile: b2b,
      interactions: meetings('m"9', 11),
    });
    // A next step and a note read back from storage, with markup in them.
    const stored: TeamScorecard = JSON.parse(JSON.stringify(card));
    const tampered: TeamScorecard = {
      ...stored,
      managers: [
        {
          ...stored.managers[0]!,
          nextSteps: [
            {
              code: 'x.unknown',
              criterion: 'sales.meetingRate',
              message: '<img src=x onerror=alert(2)>',
              inputs: {},
            },
          ],
        },
      ],
    };
    const html = renderHtmlReport({ team: tampered, title: 'Q&A <b>' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<h3 id="manager-1-heading">&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('data-manager-id="m&quot;9"');
    expect(html).toContain('<title>Q&amp;A &lt;b&gt;</title>');
    expect(html).not.toContain('m"9');
  });

  it('gives the same bytes for the same input, whatever the clock says, and for the input read back from JSON', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-02T08:00:00Z'));
    const first = renderHtmlReport({ team, previous });
    vi.setSystemTime(new Date('2031-05-17T23:59:59Z'));
    const second = renderHtmlReport({ team, previous });
    expect(second).toBe(first);
    const stored = JSON.parse(JSON.stringify({ team, previous }));
    expect(renderHtmlReport(stored)).toBe(first);
    expect(first).not.toContain('2026-11-02');
    expect(first).not.toContain('2031');
  });

  it('ranks the managers highest score first, whatever order they were given in', () => {
    const html = renderHtmlReport({ team });
    const table = between(html, '<table id="ranking-table">', '</table>');
    const rows = [...table.matchAll(/<tr data-manager-id="([^"]+)"><td class="num">(\d+)<\/td>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(rows).toEqual([
      ['m1', '1'],
      ['m2', '2'],
    ]);
    expect(table).toContain('<td class="num">76.7</td><td><span class="rating rating-good">good</span></td>');
    expect(table).toContain('<td class="num">46.7</td><td><span class="rating rating-fair">fair</span></td>');
    // The chart: one bar per ranked manager, 4 px a point (76.7 × 4 = 306.8, 46.7 × 4 = 186.8).
    const chart = between(
      html,
      '<svg xmlns="http://www.w3.org/2000/svg" role="img" id="ranking-chart"',
      '</svg>',
    );
    expect(
      [
        ...chart.matchAll(/class="ranking-bar[^"]*" data-score="([\d.]+)" x="230" y="\d+" width="([\d.]+)"/g),
      ].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['76.7', '306.8'],
      ['46.7', '186.8'],
    ]);
    // The manager sections stay in the order given (Li, then Anna), linked from the ranking.
    expect(table).toContain('<a href="#manager-2">Anna Berg</a>');
    expect(html.indexOf('id="manager-1-heading">Li Wei')).toBeLessThan(
      html.indexOf('id="manager-2-heading">Anna Berg'),
    );
  });

  it('shows the deltas against the previous period with their sign, overall and per criterion', () => {
    const html = renderHtmlReport({ team, previous });
    const ranking = between(html, '<table id="ranking-table">', '</table>');
    // Anna: 76.7 − 60 = +16.7 (rose); Li: 46.7 − 70 = −23.3 (fell).
    expect(ranking).toContain(
      '<td class="num">60</td><td class="num up" data-delta="16.7">+16.7 <span class="muted">(rose)</span></td>',
    );
    expect(ranking).toContain(
      '<td class="num">70</td><td class="num down" data-delta="-23.3">-23.3 <span class="muted">(fell)</span></td>',
    );
    const anna = section(html, 'm1');
    const li = section(html, 'm2');
    expect(anna).toContain('Change: <span class="up" data-delta="16.7">+16.7</span>');
    expect(li).toContain('Change: <span class="down" data-delta="-23.3">-23.3</span>');
    // Meeting rate: Anna 70 − 60 = +10, Li 60 − 70 = −10; service level was not scored in September: new.
    expect(anna).toMatch(
      /<tr data-criterion="sales.meetingRate">.*<td class="num up" data-delta="10">\+10 <span class="muted">\(rose\)<\/span><\/td><\/tr>/,
    );
    expect(li).toMatch(
      /<tr data-criterion="sales.meetingRate">.*<td class="num down" data-delta="-10">-10 <span class="muted">\(fell\)<\/span><\/td><\/tr>/,
    );
    expect(anna).toMatch(/<tr data-criterion="contactCentre.serviceLevel">.*<td class="num">new<\/td><\/tr>/);
    // The trend chart: one row per manager in both periods, previous (hollow) and now (filled).
    const trend = between(html, 'id="trend-chart"', '</svg>');
    expect(trend.match(/class="trend-row"/g)).toHaveLength(2);
    expect(trend).toContain('<title>Anna Berg: 60 → 76.7 (+16.7)</title>');
    expect(trend).toContain('<title>Li Wei: 70 → 46.7 (-23.3)</title>');
  });

  it('shows no trend without a previous period, and one comparison when only that is given', () => {
    const plain = renderHtmlReport({ team });
    expect(plain).not.toContain('trend-chart');
    expect(plain).not.toContain('data-delta');
    const annaBefore = previous.managers.find((m) => m.manager.id === 'm1')!;
    const comparison = comparePeriods(team.managers.find((m) => m.manager.id === 'm1')!, annaBefore);
    const html = renderHtmlReport({ team, comparison });
    expect(between(html, 'id="trend-chart"', '</svg>').match(/class="trend-row"/g)).toHaveLength(1);
    expect(section(html, 'm1')).toContain('data-delta="16.7"');
    expect(section(html, 'm2')).not.toContain('data-delta');
    // With both, the caller's comparison is the one shown for its manager.
    const both = renderHtmlReport({ team, previous, comparison });
    expect(both).toBe(renderHtmlReport({ team, previous }));
  });

  it('compares only the managers the previous period has: Li, not scored in September, gets no deltas', () => {
    const annaOnly = evaluateTeam({
      criteria: firstSix,
      managers: [anna],
      period: september,
      profile: b2b,
      interactions: meetings('m1', 22, '09'),
    });
    const html = renderHtmlReport({ team, previous: annaOnly });
    expect(between(html, 'id="trend-chart"', '</svg>').match(/class="trend-row"/g)).toHaveLength(1);
    expect(section(html, 'm1')).toContain('Change: <span class="up" data-delta="16.7">+16.7</span>');
    expect(section(html, 'm2')).not.toContain('data-delta');
  });

  it('lists the criteria without data as such, with the reason, and draws no bar for them', () => {
    // September has no calls and no budget lines: both are `no-records`.
    const html = renderHtmlReport({ team: previous });
    const anna = section(html, 'm1');
    expect(anna).toContain(
      '<li data-criterion="contactCentre.serviceLevel" data-status="no-records"><strong>Service level</strong> — no records: Not scored: no calls were supplied.</li>',
    );
    expect(anna).toContain(
      '<li data-criterion="contactCentre.budgetVariance" data-status="no-records"><strong>Budget variance</strong> — no records: Not scored: no budgetLines were supplied.</li>',
    );
    expect(anna.match(/class="criterion-bar/g)).toHaveLength(1); // meeting rate only
    expect(anna).toContain('data-criterion="sales.meetingRate"><title>Meeting rate: 60 (good)');
    // Weights left out: service level 3 + budget variance 1 + resolution 2 + feedback 1 + relationship 2 = 9
    // of 11 (meeting rate's 2 is the rest).
    expect(anna).toContain(
      '<p class="muted">Left out of the overall score for lack of data: contactCentre.serviceLevel, contactCentre.budgetVariance, customer.resolutionEfficiency, customer.feedbackQuality, customer.relationshipCare (weight 9 of 11); the other weights were renormalised to sum to 1.</p>',
    );
  });

  it('draws each scored criterion against its band, thresholds in its own unit', () => {
    const html = renderHtmlReport({ team });
    const anna = section(html, 'm1');
    // Anna: meeting rate 1.5 a day, score 70 → bar 70 × 4 = 280 px; B2B band fair 0.5, good 1, excellent 2.
    expect(anna).toContain(
      'class="criterion-bar bar bar-good" data-score="70" x="230" y="14" width="280" height="8"',
    );
    expect(anna).toContain('<td class="num">1.5 meetings/working day</td><td class="num">70</td>');
    expect(anna).toContain('<td>≥ 0.5 · ≥ 1 · ≥ 2</td>');
    // Service level 36 / 40 = 0.9, shown as a percentage; its marks are shares too.
    expect(anna).toContain('<td class="num">90%</td><td class="num">80</td>');
    expect(anna.match(/class="criterion-bar/g)).toHaveLength(3);
    expect(anna.match(/class="threshold"/g)).toHaveLength(9); // 3 criteria × marks at 40, 60, 80
    expect(anna).toContain('<h4>Next steps</h4><p>No next steps.</p>');
    // Li: 32 of 40 calls in time (80 %) is below the B2B target of 85 %; 8 callers waited 90 s.
    const li = section(html, 'm2');
    expect(li).toContain(
      '<li data-code="contactCentre.serviceLevel.staff-for-peaks">Review staffing and breaks at peak hours: 32 of 40 calls (80 %) were answered within 30 s; the target is 85 %.</li>',
    );
    expect(li).toContain('<li data-code="contactCentre.serviceLevel.reduce-long-waits">');
  });

  it('renders a team of one', () => {
    const one = evaluateTeam({
      criteria: firstSix,
      managers: [anna],
      period: october,
      profile: b2b,
      interactions: meetings('m1', 33),
    });
    const html = renderHtmlReport({
      team: one,
      previous: evaluateTeam({
        criteria: firstSix,
        managers: [anna],
        period: september,
        profile: b2b,
        interactions: meetings('m1', 22, '09'),
      }),
    });
    expect(html.match(/<tr data-manager-id="m1">/g)).toHaveLength(1);
    expect(html).toContain('<tr data-manager-id="m1"><td class="num">1</td>');
    expect(html.match(/<section class="manager"/g)).toHaveLength(1);
    expect(html.match(/class="ranking-bar/g)).toHaveLength(1);
    // Meeting rate alone is scored (70), so it is the overall score; +10 against September's 60.
    expect(html).toContain('Overall: <strong>70</strong>');
    expect(html).toContain('data-delta="10"');
    expect(html).toContain('<title>Team scorecard 2026-10-01 – 2026-10-31</title>');
  });

  it('shows a manager without any score as such, last and without a rank', () => {
    const stored: TeamScorecard = JSON.parse(JSON.stringify(team));
    const unscored = {
      ...stored,
      ranking: [
        stored.ranking[0]!,
        { ...stored.ranking[1]!, rank: null, score: null, rating: 'insufficient-data' as const },
      ],
      managers: stored.managers.map((m) =>
        m.manager.id === 'm2'
          ? {
              ...m,
              overall: { ...m.overall, score: null, rating: 'insufficient-data' as const, scored: 0 },
              criteria: [],
              strongest: null,
              weakest: null,
              nextSteps: [],
            }
          : m,
      ),
    };
    const html = renderHtmlReport({ team: unscored });
    expect(html).toContain(
      '<tr data-manager-id="m2"><td class="num">—</td><th scope="row"><a href="#manager-1">Li Wei</a></th><td class="num">no score</td><td><span class="rating rating-insufficient-data">insufficient data</span></td></tr>',
    );
    expect(html.match(/class="ranking-bar/g)).toHaveLength(1);
    const li = section(html, 'm2');
    expect(li).not.toContain('<svg');
    expect(li).toContain('<p>Every criterion was scored.</p>');
    expect(li).toContain('<p>No next steps.</p>');
  });

  it('speaks the locale: lang, labels, numbers, and translated messages by code', () => {
    const zh = {
      ...SCORECARD_MESSAGES_EN,
      'scorecard.no-records': (i: Record<string, unknown>) => `未评分：未提供 ${String(i.missing)}。`,
    };
    const html = renderHtmlReport({ team: previous, locale: 'zh-CN', messages: zh });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h2 id="ranking-heading">排名</h2>');
    expect(html).toContain('<strong>服务水平</strong> — 无记录: 未评分：未提供 calls。');
    const zhTrend = renderHtmlReport({ team, previous, locale: 'zh-CN' });
    expect(zhTrend).toContain(
      '<title id="trend-chart-title">上期（2026-09-01 – 2026-09-30，空心）与本期（实心）的总分</title>',
    );
    const de = renderHtmlReport({ team, locale: 'de-DE' });
    expect(de).toContain('<html lang="de-DE">');
    expect(de).toContain('<td class="num">76,7</td>'); // German decimal comma
    expect(renderHtmlReport({ team, locale: 'EN-gb' })).toContain('<html lang="en-GB">');
  });

  it('shows the team objectives and the notes of the team', () => {
    const html = renderHtmlReport({ team });
    // Service level over both agents: (36 + 32) / 80 = 0.85 → good's edge, 60.
    const objectives = between(html, '<section id="objectives"', '</section>');
    expect(objectives).toContain(
      '<tr data-criterion="contactCentre.serviceLevel"><th scope="row">Service level</th><td class="num">85%</td><td class="num">60</td>',
    );
    expect(objectives.match(/class="objective-bar/g)).toHaveLength(2);
    const spread = between(html, '<section id="distribution"', '</section>');
    // Meeting rate: Anna 70, Li 60 → min 60, median 65, max 70, mean 65.
    expect(spread).toContain(
      '<tr data-criterion="sales.meetingRate"><th scope="row">Meeting rate</th><td class="num">2</td><td class="num">60</td><td class="num">65</td><td class="num">70</td><td class="num">65</td></tr>',
    );
  });

  it('says when nothing moved, and when a manager was scored in one period only', () => {
    // Against itself every delta is 0: unsigned, neither up nor down.
    const same = renderHtmlReport({ team, previous: team });
    expect(same).toContain('<td class="num" data-delta="0">0 <span class="muted">(unchanged)</span></td>');
    expect(section(same, 'm1')).toContain('Change: <span class="" data-delta="0">0</span>');
    // September with no records at all: nobody had an overall score, so October's are `new`.
    const empty = evaluateTeam({ criteria: firstSix, managers: [anna, li], period: september, profile: b2b });
    const html = renderHtmlReport({ team, previous: empty });
    expect(section(html, 'm1')).toContain('Change: new');
    expect(between(html, 'id="ranking-table"', '</table>')).toContain(
      '<td class="num">no score</td><td class="num">new</td>',
    );
    expect(between(html, 'id="trend-chart"', '</svg>')).toContain(
      '<title>Anna Berg: no score → 76.7 (new)</title>',
    );
    // The other way round, October's criteria are `dropped` in the empty month.
    const back = renderHtmlReport({ team: empty, previous: team });
    expect(section(back, 'm1')).toContain('Change: dropped');
    expect(section(back, 'm1')).toContain(
      '<li data-criterion="sales.meetingRate" data-status="no-records"><strong>Meeting rate</strong> — no records (dropped): Not scored: no interactions were supplied.</li>',
    );
  });

  it("shows the scorecard's asOf and the team's notes, both from the data", () => {
    // No agent mapping: the 80 calls belong to nobody and are noted; so are Li's 3 meetings, Li not
    // being in the list. Each note is an item of its own, in the order of the record kinds.
    const unmapped = evaluateTeam({
      criteria: firstSix,
      managers: [anna],
      period: october,
      profile: b2b,
      calls: allCalls,
      interactions: meetings('m2', 3),
      asOf: '2026-11-01T06:30:00Z',
    });
    const html = renderHtmlReport({ team: unmapped });
    expect(html).toContain(' · As of 2026-11-01T06:30:00.000Z</p>');
    expect(between(html, '<section id="notes"', '</section>')).toMatch(
      /<ul class="plain"><li data-code="scorecard.unassigned-records">3 records of interactions belong to no manager in the list and were left out of the scorecards.<\/li><li data-code="scorecard.unassigned-records">80 records of calls belong to no manager in the list and were left out of the scorecards.<\/li><\/ul>$/,
    );
    expect(renderHtmlReport({ team })).not.toContain('<section id="notes"');
  });

  it('draws a target-range band with its ranges and its best value', () => {
    const stored: TeamScorecard = JSON.parse(JSON.stringify(team));
    const card = stored.managers[1]!; // Anna
    const ranged = {
      ...stored,
      managers: [
        {
          ...card,
          criteria: card.criteria.map((c) =>
            c.criterion === 'sales.meetingRate'
              ? {
                  ...c,
                  benchmark: {
                    direction: 'target-range' as const,
                    best: 1.5,
                    excellent: [1.25, 1.75] as const,
                    good: [1, 2] as const,
                    fair: [0.5, 2.5] as const,
                    worst: [0, 3] as const,
                  },
                }
              : c,
          ),
        },
      ],
    };
    const html = renderHtmlReport({ team: ranged });
    expect(html).toContain('<td>0.5–2.5 · 1–2 · 1.25–1.75 (best 1.5)</td>');
    expect(html).toContain('<text class="tick" x="470" y="42" text-anchor="middle">1–2</text>');
  });

  it('stays readable with data it does not know: a rating, a status, a criterion, a unit', () => {
    const stored: TeamScorecard = JSON.parse(JSON.stringify(team));
    const odd = JSON.parse(
      JSON.stringify(stored)
        .replaceAll('"rating":"good"', '"rating":"<splendid>"')
        .replaceAll('"criterion":"sales.meetingRate"', '"criterion":"sales.custom"')
        .replaceAll('"status":"no-records"', '"status":"<pending>"')
        .replaceAll('"unit":"meetings/working day"', '"unit":null'),
    ) as TeamScorecard;
    const html = renderHtmlReport({
      team: { ...odd, objectives: [], ranking: [...odd.ranking, { ...odd.ranking[0]!, managerId: 'm9' }] },
    });
    expect(html).toContain('<span class="rating rating-unknown">&lt;splendid&gt;</span>');
    expect(html).toContain(
      '<tr data-criterion="sales.custom"><th scope="row">sales.custom</th><td class="num">1.5</td>',
    );
    expect(html).toContain('— &lt;pending&gt;: ');
    expect(html).not.toContain('<section id="objectives"');
    expect(html).toContain('<th scope="row">Anna Berg</th>'); // m9 has no section to link to
    expect(html).toContain('<td><span class="rating rating-excellent">excellent</span></td>');
    const unrated = JSON.parse(JSON.stringify(stored).replaceAll('"rating":"excellent"', '"rating":null'));
    expect(renderHtmlReport({ team: unrated })).toContain('<td class="num">80</td><td>—</td>');
  });

  it('rejects bad input with the path', () => {
    expect(failure(() => renderHtmlReport(null as never))).toBe('invalid-option at input');
    expect(failure(() => renderHtmlReport({ team: {} as never }))).toBe('invalid-option at input.team');
    expect(failure(() => renderHtmlReport({ team, previous: team.managers[0] as never }))).toBe(
      'invalid-option at input.previous',
    );
    expect(failure(() => renderHtmlReport({ team, comparison: team as never }))).toBe(
      'invalid-option at input.comparison',
    );
    const stranger = { ...comparePeriods(previous.managers[0]!, previous.managers[0]!), managerId: 'm9' };
    expect(failure(() => renderHtmlReport({ team, comparison: stranger }))).toBe(
      'invalid-option at input.comparison.managerId',
    );
    expect(failure(() => renderHtmlReport({ team, title: 7 as never }))).toBe(
      'invalid-option at input.title',
    );
    expect(failure(() => renderHtmlReport({ team, messages: 'zh' as never }))).toBe(
      'invalid-option at input.messages',
    );
    expect(failure(() => renderHtmlReport({ team, locale: 'not a locale!' }))).toBe(
      'invalid-option at input.locale',
    );
    expect(failure(() => renderHtmlReport({ team, locale: '' }))).toBe('invalid-option at input.locale');
  });

  it('refuses each wrong value by the check of its own, with what was expected', () => {
    /** `<code> at <path>: expected …` of the error `fn` throws. */
    const refusal = (fn: () => unknown): string => {
      const e = errorOf(fn);
      return `${e.code} at ${e.path}: ${e.message.slice(e.path.length + 2).replace(/, got .*$/s, '')}`;
    };
    const notTeam = 'invalid-option at input.team: expected a TeamScorecard from evaluateTeam()';
    expect(refusal(() => renderHtmlReport('team' as never))).toBe(
      'invalid-option at input: expected { team, previous?, comparison?, title?, messages?, locale? }',
    );
    for (const bad of [
      null,
      'team',
      { ...team, kind: 'manager-scorecard' },
      { ...team, managers: {} },
      { ...team, ranking: 'x' },
      Object.assign(() => 0, team), // not an object, though it has every field
    ]) {
      expect(
        refusal(() => renderHtmlReport({ team: bad as never })),
        String(JSON.stringify(bad)).slice(0, 40),
      ).toBe(notTeam);
    }
    expect(refusal(() => renderHtmlReport({ team, previous: null as never }))).toBe(
      'invalid-option at input.previous: expected a TeamScorecard from evaluateTeam()',
    );
    const stranger = { ...comparePeriods(previous.managers[0]!, previous.managers[0]!), managerId: 'm9' };
    const own = Object.assign(() => 0, stranger, { managerId: 'm1' });
    for (const bad of [null, 'comparison', { kind: 'team-scorecard' }, own]) {
      expect(
        refusal(() => renderHtmlReport({ team, comparison: bad as never })),
        String(bad),
      ).toBe('invalid-option at input.comparison: expected a PeriodComparison from comparePeriods()');
    }
    expect(refusal(() => renderHtmlReport({ team, comparison: stranger }))).toBe(
      'invalid-option at input.comparison.managerId: expected the id of a manager of the team',
    );
    expect(refusal(() => renderHtmlReport({ team, title: 7 as never }))).toBe(
      'invalid-option at input.title: expected a string',
    );
    for (const bad of [null, 'zh']) {
      expect(refusal(() => renderHtmlReport({ team, messages: bad as never }))).toBe(
        'invalid-option at input.messages: expected a message table (code → template)',
      );
    }
    for (const bad of [5, '', 'not a locale!']) {
      expect(
        refusal(() => renderHtmlReport({ team, locale: bad as never })),
        String(bad),
      ).toBe('invalid-option at input.locale: expected a BCP 47 language tag such as en or zh-CN');
    }
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify({ team, previous });
    renderHtmlReport({ team, previous });
    expect(JSON.stringify({ team, previous })).toBe(before);
  });
});
