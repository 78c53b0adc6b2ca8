// The reports, byte for byte: each renderer's output for the report team (fixtures.ts) against a file
// in test/fixtures/report, read and checked by hand when it was written (the figures are the ones
// worked out in fixtures.ts; html.test.ts and text.test.ts assert them one by one). The targeted tests
// say what must hold; these say that nothing else moved: a changed word, class, attribute, column
// alignment or separator fails here, with vitest's diff of the two texts.
//
// After an intended change to a report, write the files again and read the diff before committing:
//   UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts && git diff test/fixtures/report
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  REPORT_LABELS_ZH_CN,
  renderHtmlReport,
  renderManagerReport,
  renderTeamReport,
  SCORECARD_MESSAGES_ZH_CN,
} from '../../src/index.js';
import { fullTeam, previous, team } from './fixtures.js';

const update = process.env.UPDATE_GOLDEN === '1' && process.env.CI === undefined;

function expectGolden(name: string, actual: string): void {
  const file = new URL(`../fixtures/report/${name}`, import.meta.url);
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const comparisons = team.managers.map((card) =>
  comparePeriods(card, previous.managers.find((m) => m.manager.id === card.manager.id)!),
);

describe('the reports as written', () => {
  it('HTML, English: the six-criteria team against September (ranking, trend, objectives, deltas)', () => {
    expectGolden('team-previous.en.html', renderHtmlReport({ team, previous }));
  });

  it('HTML, Simplified Chinese: the whole registry (every criterion named; not applicable, no records, too few answers)', () => {
    expectGolden(
      'team-full.zh-CN.html',
      renderHtmlReport({ team: fullTeam, locale: 'zh-CN', messages: SCORECARD_MESSAGES_ZH_CN }),
    );
  });

  it('HTML, Simplified Chinese: the six-criteria team against September (the trend and changes in Chinese)', () => {
    expectGolden(
      'team-previous.zh-CN.html',
      renderHtmlReport({ team, previous, locale: 'zh-CN', messages: SCORECARD_MESSAGES_ZH_CN }),
    );
  });

  it('HTML, English: the whole registry with a title of its own', () => {
    expectGolden('team-full.en.html', renderHtmlReport({ team: fullTeam, title: 'October 2026' }));
  });

  it('text table, English: the whole registry', () => {
    expectGolden('team-full.en.txt', renderTeamReport(fullTeam));
  });

  it('text table, English: the six-criteria team with its changes against September', () => {
    expectGolden('team-previous.en.txt', renderTeamReport(team, { comparisons }));
  });

  it('Markdown, Simplified Chinese: the whole registry and the six-criteria team with changes', () => {
    const zh = {
      format: 'markdown',
      labels: REPORT_LABELS_ZH_CN,
      messages: SCORECARD_MESSAGES_ZH_CN,
    } as const;
    expectGolden('team-full.zh-CN.md', renderTeamReport(fullTeam, zh));
    expectGolden('team-previous.zh-CN.md', renderTeamReport(team, { ...zh, comparisons }));
    // The labels without the messages: next steps keep the English stored in the scorecard.
    expectGolden('team-previous.zh-CN-labels.txt', renderTeamReport(team, { labels: REPORT_LABELS_ZH_CN }));
  });

  it('one manager, text table and Markdown, with and without the comparison', () => {
    const li = team.managers.find((m) => m.manager.id === 'm2')!;
    const anna = fullTeam.managers.find((m) => m.manager.id === 'm1')!;
    expectGolden('manager-li-previous.en.txt', renderManagerReport(li, { comparisons }));
    expectGolden('manager-anna-full.en.md', renderManagerReport(anna, { format: 'markdown' }));
  });
});
