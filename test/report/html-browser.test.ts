// The HTML report in a real browser: Debian's Chromium, driven by playwright-core. The suite never
// skips it: without a Chromium executable it fails and says how to install one (`.ci/run` does).
// Only Stryker skips it: its setup scores the sample team, which reaches most of src/, so Stryker
// would start a browser (3–5 s) for nearly every mutant of every part; html.test.ts checks the markup.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  b2b,
  comparePeriods,
  evaluateTeam,
  type Manager,
  normalizeManagers,
  periodOf,
  renderHtmlReport,
  sampleDataset,
  type TeamScorecard,
} from '../../src/index.js';
import { UNDER_STRYKER } from '../helpers.js';

// The page's DOM, typed just enough for the checks run in the page (the project's tsconfig has no DOM lib).
interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  getBBox(): { readonly width: number };
  readonly textContent: string | null;
}
declare const document: {
  readonly documentElement: { readonly lang: string };
  querySelectorAll(selector: string): Iterable<PageElement> & { readonly length: number };
};

const root = resolve(__dirname, '..', '..');
const outDir = join(root, 'test', '.tmp');
const reportPath = join(outDir, 'report.html');
const screenshotPath = join(outDir, 'report.png');

const INSTALL_HINT =
  "No Chromium executable found for the browser test of the HTML report. Install Debian's Chromium with " +
  '`apt-get install -y --no-install-recommends chromium` (as root, or with sudo; `.ci/run` does this when it is ' +
  'missing), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** CHROMIUM_PATH if set (it must exist), else `which chromium`; null when there is none. */
function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : null;
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    return found === '' ? null : found;
  } catch {
    return null;
  }
}

/** A month of the sample: one seed, so the managers are the same people in both months. */
function teamOf(start: string, days: number): TeamScorecard {
  const data = sampleDataset({ seed: 42, managers: 4, days, profile: 'b2b', callsPerDay: 200, start });
  const records = data.toArrays();
  const managers: readonly Manager[] = records.managers;
  // Contact-centre records name a team (`t-1`); its manager is the sample's `cc-1`.
  const teamManagers: Record<string, string> = {};
  for (const m of managers) if (m.id.startsWith('cc-')) teamManagers[`t-${m.id.slice(3)}`] = m.id;
  return evaluateTeam({ ...records, managers, period: data.period, profile: b2b, teamManagers });
}

describe.skipIf(UNDER_STRYKER)('the HTML report in headless Chromium', () => {
  const executablePath = findChromium();
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (executablePath === null) return;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('finds a Chromium executable (CHROMIUM_PATH or `which chromium`)', () => {
    const set = process.env.CHROMIUM_PATH;
    const why = set ? `CHROMIUM_PATH=${set} does not exist. ${INSTALL_HINT}` : INSTALL_HINT;
    expect(executablePath, why).not.toBeNull();
  });

  it(`loads the sample team's report without a console or page error, with every chart and the ranking, and saves a screenshot to ${screenshotPath}`, async () => {
    if (browser === undefined) throw new Error(INSTALL_HINT);
    const october = teamOf('2026-10-01', 31);
    const september = teamOf('2026-09-01', 30);
    const first = october.managers[0]!;
    const comparison = comparePeriods(
      first,
      september.managers.find((m) => m.manager.id === first.manager.id)!,
    );
    const html = renderHtmlReport({
      team: october,
      previous: september,
      comparison,
      title: 'Sample team, October 2026',
    });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(reportPath, html);

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });

    // The counts come from the scorecard: one ranking row per manager, one bar per scored criterion.
    const scored = october.managers.reduce(
      (n, card) => n + card.criteria.filter((c) => c.status === 'scored' && c.score !== null).length,
      0,
    );
    const ranked = october.ranking.filter((r) => r.score !== null).length;
    const counts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      rankingRows: document.querySelectorAll('#ranking-table tbody tr').length,
      rankingBars: document.querySelectorAll('#ranking-chart .ranking-bar').length,
      rankingOrder: [...document.querySelectorAll('#ranking-table tbody tr')].map((tr) =>
        tr.getAttribute('data-manager-id'),
      ),
      managerSections: document.querySelectorAll('section.manager').length,
      criterionBars: document.querySelectorAll('section.manager svg .criterion-bar').length,
      objectiveBars: document.querySelectorAll('#objectives-chart .objective-bar').length,
      trendRows: document.querySelectorAll('#trend-chart .trend-row').length,
      svgsWithoutTitle: [...document.querySelectorAll('svg')].filter(
        (s) => s.querySelector(':scope > title') === null,
      ).length,
      scripts: document.querySelectorAll('script').length,
      barWidths: [...document.querySelectorAll('.criterion-bar')].map((r) => r.getBBox().width),
    }));
    await page.screenshot({ path: screenshotPath, fullPage: true });
    await page.close();

    console.log(`HTML report: ${reportPath}\nscreenshot: ${screenshotPath}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(reportPath).href]); // nothing but the file itself
    expect(counts.lang).toBe('en');
    expect(counts.rankingRows).toBe(october.ranking.length);
    expect(counts.rankingOrder).toEqual(october.ranking.map((r) => r.managerId));
    expect(counts.rankingBars).toBe(ranked);
    expect(counts.managerSections).toBe(october.managers.length);
    expect(scored).toBeGreaterThan(october.managers.length); // the sample scores several criteria each
    expect(counts.criterionBars).toBe(scored);
    expect(counts.objectiveBars).toBe(october.objectives.filter((o) => o.score !== null).length);
    expect(counts.trendRows).toBe(october.managers.length); // every manager is in both months
    expect(counts.svgsWithoutTitle).toBe(0);
    expect(counts.scripts).toBe(0);
    // Laid out and drawn: a score of s is s × 4 px wide.
    expect(counts.barWidths.some((w) => w > 0)).toBe(true);
    expect(statSync(screenshotPath).size).toBeGreaterThan(10_000);
  }, 120_000);

  it('shows a manager named <script>alert(1)</script> as text: no dialog, no script', async () => {
    if (browser === undefined) throw new Error(INSTALL_HINT);
    const evilName = '<script>alert(1)</script>';
    const managers = normalizeManagers([
      { id: 'm1', name: evilName, role: 'first-line', function: 'sales', timeZone: 'UTC' },
    ]);
    const team = evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions: [] });
    const path = join(outDir, 'report-escaping.html');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, renderHtmlReport({ team }));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(path).href);
    const seen = await page.evaluate(() => ({
      heading: [...document.querySelectorAll('section.manager h3')].map((h) => h.textContent),
      scripts: document.querySelectorAll('script').length,
    }));
    await page.close();
    expect(problems).toEqual([]);
    expect(seen).toEqual({ heading: [evilName], scripts: 0 });
  }, 60_000);

  it('reports a console error when the page has one (the listener is live)', async () => {
    if (browser === undefined) throw new Error(INSTALL_HINT);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const broken = join(outDir, 'broken.html');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(broken, '<!DOCTYPE html><title>x</title><script>console.error("boom"); null.x;</script>');
    await page.goto(pathToFileURL(broken).href);
    await page.close();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('boom');
  }, 60_000);
});
