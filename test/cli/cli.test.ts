// The `cs-metrics` command, driven in-process through main() with captured output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020';
import { describe, expect, it, vi } from 'vitest';
import { datedIn, fileMessage, ratesOf, reportSchema, withFileOfRecord } from '../../src/cli/main.js';
import { CsMetricsError } from '../../src/domain/errors.js';
import { periodOf } from '../../src/domain/period.js';
import { jsonSchemas } from '../../src/domain/schemas.js';
import { CRM_MAPPINGS } from '../../src/io/crm-mappings.js';
import { b2b } from '../../src/profiles/profile.js';
import { sampleDataset } from '../../src/sample/dataset.js';
import { scorecardJsonSchemas } from '../../src/scorecard/schema.js';
import { evaluateTeam } from '../../src/scorecard/team.js';
import { UNDER_STRYKER } from '../helpers.js';
import { dirWith, fixtures, type Run, root, run } from './run.js';

// The sample the command scores without --data: seed 42, 8 sales managers, September and October
// 2026 (October is reported, September compared), b2b; contact-centre manager cc-1 leads team t-1.
function sampleTeam() {
  const data = sampleDataset({ seed: 42, managers: 8, days: 61, start: '2026-09-01', profile: 'b2b' });
  return evaluateTeam({
    ...data.toArrays(),
    period: periodOf('2026-10'),
    profile: b2b,
    teamManagers: { 't-1': 'cc-1' },
  });
}

describe('cs-metrics report on the bundled sample', () => {
  const team = sampleTeam();
  const names = team.ranking.map((r) => `${r.name} (${r.managerId})`);

  it('prints the team scorecard as aligned text, ranked as evaluateTeam ranks the same sample', async () => {
    const { code, stdout, stderr } = await run(['report']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('Team scorecard\n==============\n')).toBe(true);
    expect(stdout).toContain(
      'Profile: b2b · Period: 2026-10-01 – 2026-10-31 (UTC) · Compared with: 2026-09-01 – 2026-09-30',
    );
    // Each manager appears in the ranking in evaluateTeam's order, with his score.
    const ranking = stdout.slice(stdout.indexOf('Ranking'), stdout.indexOf('Scores by criterion'));
    const at = names.map((n) => ranking.indexOf(n));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const first = team.ranking[0]!;
    expect(ranking).toMatch(
      new RegExp(`1  ${first.name} \\(${first.managerId}\\) +${first.score!.toFixed(1)}  ${first.rating}`),
    );
    for (const criterion of [
      'Meetings per working day',
      'Service level',
      'First-contact resolution',
      'Key account care',
    ]) {
      expect(stdout).toContain(criterion);
    }
    expect(stdout).toContain('Next steps:');
    expect(stdout).toContain(team.managers[0]!.nextSteps[0]!.message);
  });

  it('prints Markdown with headings and pipe tables', async () => {
    const { code, stdout } = await run(['report', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout.startsWith('# Team scorecard\n')).toBe(true);
    expect(stdout).toContain('## Ranking');
    expect(stdout).toContain('|---:|---|---:|---|---:|');
    const first = team.ranking[0]!;
    expect(stdout).toContain(
      `| 1 | ${first.name} (${first.managerId}) | ${first.score!.toFixed(1)} | ${first.rating} |`,
    );
    expect(stdout).toContain(`### ${names[1]}`);
  });

  it('writes one self-contained HTML page with every manager and the trend (the browser test checks it renders)', async () => {
    const { code, stdout } = await run(['report', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>') || stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    // The page names each manager in the ranking row that carries his id (the HTML shows ids as
    // data-manager-id, not in the text), and gives each a section of his own.
    for (const r of team.ranking) {
      expect(stdout).toMatch(
        new RegExp(`<tr data-manager-id="${r.managerId}">.*?<a href="#manager-\\d+">${r.name}</a>`),
      );
      expect(stdout).toContain(`<section class="manager" id="manager-`);
      expect(stdout).toContain(`data-manager-id="${r.managerId}" aria-labelledby=`);
    }
    expect(stdout).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    const zh = await run(['report', '--format', 'html', '--locale', 'zh-CN']);
    expect(zh.stdout).toContain('lang="zh-CN"');
  });

  it('prints JSON: the team scorecard and the comparison with September, valid against its schema', async () => {
    const { code, stdout } = await run(['report', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.kind).toBe('cs-metrics-report');
    expect(report.scorecard).toEqual(JSON.parse(JSON.stringify(team)));
    expect(report.comparisons).toHaveLength(9); // 8 sales managers and the contact-centre manager
    expect(report.comparisons[0].previous.from).toBe('2026-09-01');
    const validate = new Ajv({ strict: false }).compile(reportSchema());
    expect(validate(report)).toBe(true);
  });

  it('prints one manager with --manager, in Simplified Chinese headings with --locale zh-CN', async () => {
    const id = team.ranking[2]!.managerId;
    const { code, stdout } = await run(['report', '--manager', id, '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`评分卡: ${team.ranking[2]!.name} (${id})`);
    expect(stdout).toContain('每个工作日的会面次数');
    for (const other of team.ranking.slice(3)) expect(stdout).not.toContain(`(${other.managerId})`);
  });

  it('writes the report to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
    const { code, stdout } = await run(['report', '--format', 'markdown', '--out', join(dir, 'report.md')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(join(dir, 'report.md'), 'utf8').startsWith('# Team scorecard')).toBe(true);
  });
});

describe('cs-metrics report --data', () => {
  // plain/: Anna (m1) holds 22 meetings in September's 22 working days and 11 in October's 22, one
  // a working day; Li (m2) none in September and 22 in October. Only interactions are supplied, so
  // three criteria are scored (B2B weights): events (weight 1; none in a month → 0), meeting and
  // calling days (weight 1; a day with a meeting and no call is a meeting day; band fair 0.25 (40),
  // good 0.5 (60), best 0.9 (100)) and the meeting rate (weight 2; 0.5 a day = 40, 1 a day = 60).
  // October m2: events 0; 22 ÷ 22 focused days = 1 ≥ 0.9 → 100; 1 a day → 60:
  //   (1 × 0 + 1 × 100 + 2 × 60) ÷ 4 = 220 ÷ 4 = 55, fair.
  // October m1: events 0; 11 ÷ 22 = 0.5 → 60; 0.5 a day → 40: (0 + 60 + 80) ÷ 4 = 35, poor.
  // September m1 as m2 in October: 55; September m2: no meeting, 0 on all three → 0.
  it('scores a directory of exports in the library format and compares with the previous month', async () => {
    const { code, stdout, stderr } = await run([
      'report',
      '--data',
      'plain',
      '--period',
      '2026-10',
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.ranking).toEqual([
      { rank: 1, managerId: 'm2', name: 'Li Wei', score: 55, rating: 'fair' },
      { rank: 2, managerId: 'm1', name: 'Anna Berg', score: 35, rating: 'poor' },
    ]);
    // m1: 35 − 55 = −20, fell; m2: 55 − 0 = +55, rose.
    expect(
      report.comparisons.map((c: { managerId: string; overall: { scoreDelta: number } }) => [
        c.managerId,
        c.overall.scoreDelta,
      ]),
    ).toEqual([
      ['m1', -20],
      ['m2', 55],
    ]);
  });

  it('reads the same files given one by one, and prints the changes in the table', async () => {
    const { code, stdout } = await run([
      'report',
      'plain/managers.csv',
      'plain/interactions.csv',
      '--period',
      '2026-10',
    ]);
    expect(code).toBe(0);
    // As above: Li 55 (+55), Anna 35 (−20); Anna's meeting rate 40 against September's 60: −20.
    expect(stdout).toMatch(/1 {2}Li Wei \(m2\)\s+55\.0 {2}fair\s+\+55\.0/);
    expect(stdout).toMatch(/2 {2}Anna Berg \(m1\)\s+35\.0 {2}poor\s+−20\.0/);
    expect(stdout).toMatch(/Meetings per working day\s+0\.5\s+40\.0\s+fair\s+2\s+−20\.0/);
    expect(stdout).not.toContain('bundled sample');
  });

  // contact-centre/: 40 calls of team t-north in October, 36 answered in 10 s and 4 in 45 s, and 2
  // abandoned after 60 s that reached no team. cc1 (contact-centre, team t-north) gets the team's calls:
  // 36 ÷ 40 = 0.9, the b2b band's excellent anchor → 80. The team objective counts every call:
  // 36 ÷ 42 = 0.857…, between good (0.85, 60) and excellent (0.9, 80): 60 + 0.00714 ÷ 0.05 × 20 = 62.9.
  it("gives a team's calls to the contact-centre manager whose team it is", async () => {
    const { code, stdout } = await run([
      'report',
      '--data',
      'contact-centre',
      '--period',
      '2026-10',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const { scorecard } = JSON.parse(stdout);
    expect(scorecard.ranking).toEqual([
      { rank: 1, managerId: 'cc1', name: 'Elena Petrova', score: 80, rating: 'excellent' },
      { rank: null, managerId: 'm1', name: 'Anna Berg', score: null, rating: 'insufficient-data' },
    ]);
    expect(scorecard.unassignedRecords).toEqual({ calls: 2 });
    expect(scorecard.objectives[0]).toMatchObject({
      criterion: 'contactCentre.serviceLevel',
      sampleSize: 42,
      score: 62.9,
    });
    expect(scorecard.objectives[0].value).toBeCloseTo(36 / 42, 12);
  });

  it('does not compare when the data does not cover the previous period', async () => {
    // November's previous month is October, which the data covers; December's is November, which it does not.
    const { stdout } = await run(['report', '--data', 'plain', '--period', '2026-12', '--format', 'json']);
    expect(JSON.parse(stdout).comparisons).toEqual([]);
  });

  it('takes a profile from a JSON file: "extends" and overrides', async () => {
    // good at 1.5 a day: Li's 1 a day lies halfway from fair (0.5, 40) to good (1.5, 60): 40 + 0.5 × 20 = 50.
    const { code, stdout } = await run([
      'report',
      '--data',
      'plain',
      '--period',
      '2026-10',
      '--profile',
      'profile-strict.json',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.profile).toBe('b2b-strict');
    expect(report.scorecard.ranking[0]).toEqual({
      rank: 1,
      managerId: 'm2',
      name: 'Li Wei',
      score: 50,
      rating: 'fair',
    });
  });

  // zoho/: a Zoho CRM deals export and a Zoho meetings export, in Europe/Berlin. Anna Schmidt hosts
  // one meeting on each of October's 22 working days (1 a day → 60), Jonas Weber two (2 a day, the
  // band's excellent → 80). One deal belongs to Petra Lang, who is not in managers.csv.
  // Scored besides the meeting rate (weight 2): events, none → 0 (weight 1), and meeting days, 22 of 22
  // (no calls) = 1 ≥ best 0.9 → 100 (weight 1). Referrals and decision-maker reach have too few won
  // customers or prospects for B2B; the funnel's cohort (created 3 July – 2 August, 90 days to mature)
  // is empty; no plans. Jonas (0 + 100 + 2 × 80) ÷ 4 = 65, good; Anna (0 + 100 + 2 × 60) ÷ 4 = 55, fair.
  it('reads CRM exports with built-in mappings', async () => {
    const { code, stdout, stderr } = await run([
      'report',
      '--data',
      'zoho',
      '--period',
      '2026-10',
      '--tz',
      'Europe/Berlin',
      '--mapping',
      'deals=zoho-deals',
      '--mapping',
      'interactions=zoho-meetings',
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.period.timeZone).toBe('Europe/Berlin');
    expect(report.scorecard.ranking).toEqual([
      { rank: 1, managerId: 'Jonas Weber', name: 'Jonas Weber', score: 65, rating: 'good' },
      { rank: 2, managerId: 'Anna Schmidt', name: 'Anna Schmidt', score: 55, rating: 'fair' },
    ]);
    // 5 deals read: 2 Anna's, 2 Jonas's, 1 Petra Lang's (unassigned).
    expect(report.scorecard.unassignedRecords).toEqual({ interactions: 0, deals: 1 });
  });

  it('reads a CRM export with a mapping from a JSON file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
    const mapping = join(dir, 'meetings.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        type: 'Interaction',
        columns: { 'Record Id': 'id', Host: 'managerId', From: 'at' },
        defaults: { kind: 'meeting' },
        dateFormats: ['MMM d, yyyy hh:mm a'],
      }),
    );
    const { code, stdout } = await run([
      'report',
      'zoho/managers.csv',
      'zoho/interactions.csv',
      '--period',
      '2026-10',
      '--mapping',
      `interactions=${mapping}`,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    // As with the built-in mapping: Jonas 65, Anna 55.
    expect(JSON.parse(stdout).scorecard.ranking.map((r: { score: number }) => r.score)).toEqual([65, 55]);
  });

  it('reads GBK (gb18030) exports from Fxiaoke with --encoding', async () => {
    // fxiaoke/: a 纷享销客 商机 export and managers.csv, both in GB18030. 王芳 owns 2 deals, 李强 1;
    // only 王芳 is in managers.csv.
    const argv = [
      'report',
      '--data',
      'fxiaoke',
      '--period',
      '2026-10',
      '--tz',
      'Asia/Shanghai',
      '--mapping',
      'deals=fxiaoke-deals',
    ];
    const { code, stdout } = await run([...argv, '--encoding', 'gb18030', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.managers[0].manager).toMatchObject({ id: '王芳', team: '华东销售' });
    expect(report.scorecard.unassignedRecords).toEqual({ deals: 1 });
    const { code: failed, stderr } = await run(argv);
    expect(failed).toBe(1);
    expect(stderr).toBe('cs-metrics: deals.csv: expected text in utf-8, got "bytes that are not"\n');
  });

  it('reads semicolon-separated files with --delimiter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
    for (const name of ['managers.csv', 'interactions.csv']) {
      writeFileSync(
        join(dir, name),
        readFileSync(join(fixtures, 'plain', name), 'utf8').replaceAll(',', ';'),
      );
    }
    const { code, stdout } = await run([
      'report',
      '--data',
      dir,
      '--period',
      '2026-10',
      '--delimiter',
      ';',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    // The plain/ data: Li 55, Anna 35 (worked out above).
    expect(JSON.parse(stdout).scorecard.ranking.map((r: { score: number }) => r.score)).toEqual([55, 35]);
  });

  it('rejects a CRM export read without its mapping, naming the header, with exit 1', async () => {
    const { code, stderr } = await run(['report', '--data', 'zoho', '--period', '2026-10']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^cs-metrics: deals\.csv, line 1, column 1 \(Record Id\): deals\.columns\[0\]: expected a field of Deal/,
    );
  });

  it('reports a bad cell with file, line and column, without a stack trace, exit 1', async () => {
    const { code, stdout, stderr } = await run(['report', '--data', 'bad', '--period', '2026-10']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^cs-metrics: interactions\.csv, line 4, column 4 \(at\): interactions\[2\]\.at: expected .*, got "2026-10-32T10:00"\n$/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a row with too many cells with file and line, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
    writeFileSync(
      join(dir, 'managers.csv'),
      'id,name,role,function,timeZone\nm1,Anna Berg,first-line,sales,UTC\n',
    );
    writeFileSync(
      join(dir, 'interactions.csv'),
      'id,managerId,kind,at\ni1,m1,meeting,2026-10-01T10:00\ni2,m1,meeting,2026-10-02T10:00,extra\n',
    );
    const { code, stderr } = await run(['report', '--data', dir, '--period', '2026-10']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cs-metrics: interactions\.csv, line 3: expected well-formed CSV, got .+\n$/);
  });

  it('names the file of a record that breaks a rule across records (a deal in another currency than the plan), exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
    writeFileSync(
      join(dir, 'managers.csv'),
      'id,name,role,function,timeZone\nm1,Anna Berg,first-line,sales,UTC\n',
    );
    writeFileSync(join(dir, 'plans.csv'), 'managerId,period,amount,currency\nm1,2026-10,10000,EUR\n');
    writeFileSync(
      join(dir, 'deals.csv'),
      'id,managerId,customerId,source,stage,amount,currency,createdAt,closedAt\n' +
        'd1,m1,c1,referral,won,5000,EUR,2026-09-01,2026-10-05\n' +
        'd2,m1,c2,referral,won,3000,USD,2026-09-01,2026-10-06\n',
    );
    const { code, stdout, stderr } = await run(['report', '--data', dir, '--period', '2026-10']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^cs-metrics: deals\.csv: deals\[id=d2\]\.currency: expected an amount in EUR.*got "USD" \(with the command: --rate CUR=RATE, repeated per currency\)\n$/,
    );
    // With the rate: 5 000 EUR + 3 000 USD × 0.9 = 7 700 EUR won of a 10 000 EUR plan.
    const rated = await run([
      'report',
      '--data',
      dir,
      '--period',
      '2026-10',
      '--rate',
      'USD=0.9',
      '--format',
      'json',
    ]);
    expect(rated.code).toBe(0);
    const plan = JSON.parse(rated.stdout).scorecard.managers[0].criteria.find(
      (c: { criterion: string }) => c.criterion === 'sales.planAttainment',
    );
    expect(plan.value).toBe(0.77);
    expect(plan.explanation.message).toMatch(/^Won 7 700\.00 EUR of a plan of 10 000\.00 EUR \(77 %\)/);
  });

  it('--rate: CUR=RATE, repeatable; anything else is a usage error, exit 2', async () => {
    expect(ratesOf([])).toBeUndefined();
    expect(ratesOf(['USD=0.92', 'GBP=1.15'])).toEqual({ USD: '0.92', GBP: '1.15' });
    for (const [spec, why] of [
      ['USD=abc', 'expected CUR=RATE'],
      ['usd=0.9', 'expected CUR=RATE'],
      ['USD=0', 'expected CUR=RATE'],
      ['USD=-1', 'expected CUR=RATE'],
    ] as const) {
      expect(() => ratesOf([spec])).toThrow(why);
    }
    expect(() => ratesOf(['USD=0.9', 'USD=0.8'])).toThrow('--rate USD=0.8: USD has a rate already');
    const { code, stderr } = await run(['report', '--rate', 'USD=0', '--period', '2026-10']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cs-metrics: --rate USD=0: expected CUR=RATE/);
  });

  it('reports a missing directory or managers file as bad input, exit 1', async () => {
    expect((await run(['report', '--data', 'nowhere', '--period', '2026-10'])).stderr).toBe(
      'cs-metrics: --data nowhere: not a directory\n',
    );
    const noManagers = await run(['report', 'plain/interactions.csv', '--period', '2026-10']);
    expect(noManagers.code).toBe(1);
    expect(noManagers.stderr).toMatch(/^cs-metrics: no managers file/);
  });

  it('shows progress on a terminal only', async () => {
    const argv = ['report', '--data', 'plain', '--period', '2026-10', '--format', 'json'];
    const env = { CS_METRICS_PROGRESS_EVERY: '20' };
    // 2 managers + 55 interactions = 57 records: progress at 20 and 40 (both in interactions.csv).
    const tty = await run(argv, { isTTY: true, env });
    expect(tty.stderr).toBe(
      '\rcs-metrics: 20 records read (interactions.csv)\rcs-metrics: 40 records read (interactions.csv)\n',
    );
    expect((await run(argv, { isTTY: false, env })).stderr).toBe('');
  });
});

describe('bad input files exit 1 with a one-line message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const notJson = write('broken.json', '{ "extends": ');
  const list = write('list.json', '[]');
  const retail = write('retail.json', '{ "extends": "retail" }');
  const badBand = write('bad-band.json', '{ "criteria": { "sales.meetingRate": { "weight": -1 } } }');
  const badMapping = write('mapping.json', '{ "type": "Interaction", "columns": { "Host": "owner" } }');
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'twice'));
  writeFileSync(
    join(dir, 'twice', 'managers.csv'),
    'id,name,role,function,timeZone\nm1,A,first-line,sales,UTC\n',
  );
  writeFileSync(join(dir, 'twice', 'deals.csv'), '');
  writeFileSync(join(dir, 'twice', 'deals.jsonl'), '');

  // Named without the temporary directory: a test's name must be the same in every run (a mutation
  // run selects the tests to run for a mutant by the names it recorded in its first run).
  const cases: [string[], RegExp][] = [
    [['report', '--profile', notJson], /^cs-metrics: .*broken\.json: not JSON/],
    [['report', '--profile', list], /list\.json: expected a JSON object/],
    [['report', '--profile', retail], /"extends" must be b2b, b2c or consulting, got "retail"/],
    [
      ['report', '--profile', badBand],
      /^cs-metrics: overrides\.criteria\["sales\.meetingRate"\]\.weight: expected/,
    ],
    [['report', '--profile', join(dir, 'missing.json')], /missing\.json: no such file/],
    [
      ['report', '--data', 'plain', '--period', '2026-10', '--mapping', `interactions=${notJson}`],
      /broken\.json: not JSON/,
    ],
    [
      ['report', '--data', 'plain', '--period', '2026-10', '--mapping', `interactions=${badMapping}`],
      /^cs-metrics: mapping\.json\.columns\.Host: expected a field of Interaction/,
    ],
    [
      [
        'report',
        '--data',
        'plain',
        '--period',
        '2026-10',
        '--mapping',
        `interactions=${join(dir, 'gone.json')}`,
      ],
      /gone\.json: no such file/,
    ],
    [
      ['report', '--data', join(dir, 'empty'), '--period', '2026-10'],
      /no export found; name the files by kind/,
    ],
    [
      ['report', 'plain/managers.csv', 'missing/deals.csv', '--period', '2026-10'],
      /missing\/deals\.csv: no such file/,
    ],
  ];
  it.each(cases.map(([argv, message]) => [argv.join(' ').replaceAll(dir, '<tmp>'), argv, message] as const))(
    '%s',
    async (_name, argv, message) => {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );

  it('refuses two files for one kind (a usage error)', async () => {
    const { code, stderr } = await run(['report', '--data', join(dir, 'twice'), '--period', '2026-10']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/two files hold deals \(deals\.jsonl\)/);
  });

  it('reports a file it cannot write, and an internal error without its stack unless asked', async () => {
    const out = await run(['profiles', 'b2b'], {});
    expect(out.code).toBe(0);
    const unwritable = await run(['report', '--out', join(dir, 'no', 'such', 'dir', 'r.txt')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^cs-metrics: .*r\.txt: no such file\n$/);
    const failing = {
      write: () => {
        throw new Error('disk full');
      },
    };
    const quiet = await run(['profiles'], { stdout: failing });
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe(
      'cs-metrics: internal error: disk full\nSet CS_METRICS_DEBUG=1 for the stack trace, and please report it.\n',
    );
    const loud = await run(['profiles'], { stdout: failing, env: { CS_METRICS_DEBUG: '1' } });
    expect(loud.stderr).toMatch(/^cs-metrics: internal error: disk full\nError: disk full\n\s+at /);
  });
});

describe('more usage errors', () => {
  it.each([
    [['report', '--currency', 'euro'], /--currency euro: expected an ISO 4217 code/],
    [['report', '--mapping', 'deals=zoho-deals'], /--mapping applies to --data files/],
    [
      ['report', '--data', 'plain', '--period', '2026-10', '--mapping', 'zoho-deals'],
      /--mapping zoho-deals: expected KIND=NAME/,
    ],
    [
      ['report', '--from', '2026-10-31', '--to', '2026-10-01'],
      /--to: expected a date on or after 2026-10-31, got "2026-10-01"/,
    ],
    [['report', '--from', '2026-10-01', '--to', '31.10.2026'], /--to: expected/],
    [['profiles', 'b2b', 'b2c'], /profiles takes at most one profile name/],
    [['report', '--encoding', 'klingon'], /--encoding klingon: expected a text encoding label/],
    [['report', '--delimiter', ';;'], /--delimiter ;;: expected one character/],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('prints the help for report --help', async () => {
    const { code, stdout } = await run(['report', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Options of report:');
  });
});

describe('report periods', () => {
  it('scores --from/--to and compares with as many days just before', async () => {
    // 2026-10-05 … 2026-10-09, 5 working days: m1 and m2 hold 5 meetings each → 1 a day → 60 (weight
    // 2), and 5 of 5 days are meeting days → 1 ≥ best 0.9 → 100 (weight 1); events need a period of 28
    // days or more (insufficient data). Both (2 × 60 + 100) ÷ 3 = 220 ÷ 3 = 73.3, good, rank 1 together.
    // The previous period, 2026-09-30 … 2026-10-04, has 3 working days: fewer than the 5 the b2b
    // meeting rate and alternation need (minimumSample), so neither is scored then: both are "new".
    const { code, stdout } = await run([
      'report',
      '--data',
      'plain',
      '--from',
      '2026-10-05',
      '--to',
      '2026-10-09',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.period.from).toBe('2026-10-05');
    expect(report.scorecard.ranking.map((r: { rank: number; score: number }) => [r.rank, r.score])).toEqual([
      [1, 73.3],
      [1, 73.3],
    ]);
    expect(report.comparisons[0].previous).toMatchObject({ from: '2026-09-30', to: '2026-10-04' });
    expect(report.comparisons.map((c: { new: string[] }) => c.new)).toEqual([
      ['sales.meetingCallAlternation', 'sales.meetingRate'],
      ['sales.meetingCallAlternation', 'sales.meetingRate'],
    ]);
  });

  it('runs the sample over any period, January included (its previous month is December)', async () => {
    const { code, stdout } = await run([
      'report',
      '--period',
      '2027-01',
      '--profile',
      'consulting',
      '--currency',
      'USD',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.scorecard.profile).toBe('consulting');
    expect(report.comparisons[0].previous.from).toBe('2026-12-01');
  });
});

describe('usage errors exit 2 with a hint', () => {
  it.each([
    [['report', '--bogus'], /Unknown option '--bogus'/],
    [['report', '--period', '2026-13'], /--period: expected a period label: YYYY, YYYY-Qn, YYYY-MM/],
    [['report', '--from', '2026-10-01'], /--from and --to go together/],
    [['report', '--period', '2026-10', '--from', '2026-10-01', '--to', '2026-10-31'], /not both/],
    [['report', '--format', 'pdf'], /--format pdf: expected table, markdown, json or html/],
    [['report', '--locale', 'fr'], /--locale fr/],
    [['report', '--tz', 'Mars/Olympus'], /--tz Mars\/Olympus/],
    [['report', '--data', 'plain'], /--period \(or --from and --to\) is needed with --data/],
    [['report', '--manager', 'nobody'], /--manager nobody: no such manager/],
    [
      ['report', '--data', 'plain', '--period', '2026-10', '--mapping', 'deals=nope'],
      /unknown mapping "nope"/,
    ],
    [
      ['report', '--data', 'plain', '--period', '2026-10', '--mapping', 'deals=zoho-calls'],
      /zoho-calls reads Interaction records, but deals files hold Deal/,
    ],
    [['report', '--profile', 'retail'], /--profile retail/],
    [['report', 'plain/notes.txt', '--period', '2026-10'], /notes\.txt: name a file by its kind/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['profiles', 'retail'], /expected b2b, b2c or consulting/],
    [['schema', 'Nope'], /schema Nope: expected one of Manager/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: cs-metrics report');
  });

  it('prints the help on stderr without a command', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Exit codes: 0 ok, 1 bad input');
  });
});

describe('cs-metrics profiles, schema, --help, --version', () => {
  it('lists the built-in profiles and prints one as JSON', async () => {
    const list = await run(['profiles']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['b2c', 'b2b', 'consulting', '']);
    const one = await run(['profiles', 'b2b']);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(b2b)));
  });

  it('prints the JSON Schema of an input type, of the scorecard and of the JSON report', async () => {
    expect(JSON.parse((await run(['schema', 'Deal'])).stdout)).toEqual(
      JSON.parse(JSON.stringify(jsonSchemas.Deal)),
    );
    expect(JSON.parse((await run(['schema', 'scorecard'])).stdout)).toEqual(
      JSON.parse(JSON.stringify(scorecardJsonSchemas.TeamScorecard)),
    );
    expect(JSON.parse((await run(['schema', 'report'])).stdout).title).toBe('CliReport');
  });

  it('prints help and the package version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cs-metrics report [--data DIR | FILES…]');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.skipIf(UNDER_STRYKER)("prints 'unknown' for an install without the package's package.json", async () => {
    const version = async (found: string | null) => {
      vi.resetModules();
      vi.doMock('node:fs', async (actual) => ({
        ...(await actual<typeof import('node:fs')>()),
        existsSync: () => found !== null,
        readFileSync: () => found,
      }));
      try {
        const fresh = await import('../../src/cli/main.js');
        let out = '';
        await fresh.main(['--version'], {
          stdout: { write: (t: string) => (out += t) },
          stderr: { write: () => true },
          cwd: fixtures,
          isTTY: false,
          env: {},
        });
        return out;
      } finally {
        vi.doUnmock('node:fs');
        vi.resetModules();
      }
    };
    expect(await version(null)).toBe('unknown\n'); // no package.json above the code
    expect(await version('{"name":"other-package","version":"9.9.9"}')).toBe('unknown\n'); // someone else's
    expect(await version('{"name":"@org/cs-metrics"}')).toBe('unknown\n'); // ours, without a version
    expect(await version('{"name":"@org/cs-metrics","version":"1.2.3"}')).toBe('1.2.3\n');
  });

  it('runs as the built executable', { timeout: 60_000 }, () => {
    const bin = join(root, 'dist', 'cli.js');
    if (!existsSync(bin)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });
});

describe('cs-metrics: the less travelled paths', () => {
  /** A fresh directory holding `files` (name → text). */
  const plain = (name: string) => readFileSync(join(fixtures, 'plain', name), 'utf8');

  it('names --from when the first day is not a date', async () => {
    const { code, stderr } = await run([
      'report',
      '--data',
      'plain',
      '--from',
      '2026-10-32',
      '--to',
      '2026-10-31',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^cs-metrics: --from: expected a real calendar date between 1900 and 2199, got "2026-10-32"\n/,
    );
  });

  it('reads tab-separated files with --delimiter \\t, as the same data with commas', async () => {
    const tabbed = (text: string) => text.replaceAll(',', '\t');
    const dir = dirWith({
      'managers.csv': tabbed(plain('managers.csv')),
      'interactions.csv': tabbed(plain('interactions.csv')),
    });
    const argv = ['--period', '2026-10', '--format', 'json'];
    const tabs = await run(['report', '--data', dir, '--delimiter', '\\t', ...argv]);
    expect(tabs.stderr).toBe('');
    expect(tabs.stdout).toBe((await run(['report', '--data', 'plain', ...argv])).stdout);
  });

  it('ignores files of other names in a --data directory', async () => {
    const dir = dirWith({
      'managers.csv': plain('managers.csv'),
      'interactions.csv': plain('interactions.csv'),
      'notes.txt': 'not an export',
    });
    const argv = ['--period', '2026-10', '--format', 'json'];
    expect((await run(['report', '--data', dir, ...argv])).stdout).toBe(
      (await run(['report', '--data', 'plain', ...argv])).stdout,
    );
  });

  it('adds --currency to a mapping that gives none, for exports without a currency column', async () => {
    // The built-in Zoho mapping without its Currency column: as for an export that has none.
    const { Currency: _, ...columns } = CRM_MAPPINGS['zoho-deals'].columns;
    const dir = dirWith({ 'deals.json': JSON.stringify({ ...CRM_MAPPINGS['zoho-deals'], columns }) });
    const argv = ['report', '--data', 'zoho', '--period', '2026-10', '--tz', 'Europe/Berlin'];
    const mappings = [
      '--mapping',
      `deals=${join(dir, 'deals.json')}`,
      '--mapping',
      'interactions=zoho-meetings',
    ];
    const withCurrency = await run([...argv, ...mappings, '--currency', 'EUR', '--format', 'json']);
    expect(withCurrency.stderr).toBe('');
    // As with the Currency column (reads CRM exports with built-in mappings): Jonas 65, Anna 55.
    expect(JSON.parse(withCurrency.stdout).scorecard.ranking.map((r: { score: number }) => r.score)).toEqual([
      65, 55,
    ]);
    const without = await run([...argv, ...mappings]);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/^cs-metrics: deals\.csv, line 2: deals\[0\]\.currency: expected /);
  });

  it('reports without a previous period in HTML: no trend, and the title of a data report', async () => {
    // plain/ starts on 1 September: August, before --period 2026-09, is not covered.
    const { code, stdout } = await run([
      'report',
      '--data',
      'plain',
      '--period',
      '2026-09',
      '--format',
      'html',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('<title>cs-metrics report</title>');
    expect(stdout).not.toContain('trend-chart');
  });

  it('scores the sample as b2b for a profile file of another id', async () => {
    const strict = await run(['report', '--profile', 'profile-strict.json', '--format', 'json']);
    const plainB2b = await run(['report', '--format', 'json']);
    const ids = (r: Run) =>
      JSON.parse(r.stdout).scorecard.managers.map((m: { manager: { id: string } }) => m.manager.id);
    expect(JSON.parse(strict.stdout).scorecard.profile).toBe('b2b-strict');
    expect(ids(strict)).toEqual(ids(plainB2b));
  });

  it('shows progress on the sample too, and ignores a progress step that is not a whole number > 0', async () => {
    const tty = await run(['report', '--format', 'json'], {
      isTTY: true,
      env: { CS_METRICS_PROGRESS_EVERY: '5000' },
    });
    expect(
      tty.stderr.startsWith(
        '\rcs-metrics: 5,000 records read (sample)\rcs-metrics: 10,000 records read (sample)',
      ),
    ).toBe(true);
    expect(tty.stderr.endsWith('\n')).toBe(true);
    // '0' falls back to one line a million records: the sample has fewer, so nothing is shown.
    const zero = await run(['report', '--format', 'json'], {
      isTTY: true,
      env: { CS_METRICS_PROGRESS_EVERY: '0' },
    });
    expect(zero.stderr).toBe('');
    expect(zero.stdout).toBe(tty.stdout);
  });

  it('prints the schema of a manager scorecard', async () => {
    expect(JSON.parse((await run(['schema', 'ManagerScorecard'])).stdout)).toEqual(
      JSON.parse(JSON.stringify(scorecardJsonSchemas.ManagerScorecard)),
    );
  });

  it('says which file and field for an error with a path but no line', () => {
    const error = new CsMetricsError({
      code: 'invalid-amount',
      path: 'deals[0].amount',
      expected: 'a decimal',
      received: 'x',
      location: { file: 'd.csv', line: 0 },
    });
    expect(fileMessage(error)).toBe('d.csv: deals[0].amount: expected a decimal, got "x"');
  });

  it('reports a file the system cannot open with its message, exit 1', async () => {
    // A Unix socket named interactions.csv: it exists, but opening it fails with ENXIO.
    const dir = dirWith({ 'managers.csv': plain('managers.csv') });
    const socket = join(dir, 'interactions.csv');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      const { code, stderr } = await run(['report', '--data', dir, '--period', '2026-10']);
      expect(code).toBe(1);
      expect(stderr).toBe(`cs-metrics: ${socket}: ENXIO: no such device or address, open '${socket}'\n`);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('calls anything else thrown an internal error, even a thrown string', async () => {
    const failing = {
      write: () => {
        throw 'EPIPE';
      },
    };
    const { code, stderr } = await run(['--version'], { stdout: failing });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'cs-metrics: internal error: EPIPE\nSet CS_METRICS_DEBUG=1 for the stack trace, and please report it.\n',
    );
  });

  it.skipIf(UNDER_STRYKER)(
    'the executable passes its arguments, stderr being a terminal and its exit code to main',
    async () => {
      const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
      const argv = process.argv;
      const exitCode = process.exitCode;
      const written: string[] = [];
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
        written.push(String(text));
        return true;
      });
      try {
        process.argv = [process.execPath, 'cs-metrics', '--version'];
        vi.resetModules();
        await import('../../src/cli/bin.js');
        await vi.waitFor(() => expect(written).toEqual([`${version}\n`]));
        expect(process.exitCode).toBe(0);
      } finally {
        write.mockRestore();
        process.argv = argv;
        process.exitCode = exitCode;
      }
    },
  );

  it.skipIf(UNDER_STRYKER)('the executable shows progress only when its stderr is a terminal', async () => {
    const argv = process.argv;
    const exitCode = process.exitCode;
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    const every = process.env['CS_METRICS_PROGRESS_EVERY'];
    const errors: string[] = [];
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      errors.push(String(text));
      return true;
    });
    // As in 'shows progress on a terminal only': 57 records, a line at 20 and at 40.
    const progress =
      '\rcs-metrics: 20 records read (interactions.csv)\rcs-metrics: 40 records read (interactions.csv)\n';
    const stderrOf = async (isTTY: unknown): Promise<string> => {
      Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true, writable: true });
      errors.length = 0;
      process.exitCode = undefined;
      process.argv = [
        process.execPath,
        'cs-metrics',
        'report',
        '--data',
        join(fixtures, 'plain'),
        '--period',
        '2026-10',
        '--format',
        'json',
      ];
      vi.resetModules();
      await import('../../src/cli/bin.js');
      await vi.waitFor(() => expect(process.exitCode).toBe(0), { timeout: 10_000 });
      return errors.join('');
    };
    try {
      process.env['CS_METRICS_PROGRESS_EVERY'] = '20';
      expect(await stderrOf(true)).toBe(progress);
      expect(await stderrOf(undefined)).toBe(''); // a pipe or a file
    } finally {
      out.mockRestore();
      err.mockRestore();
      if (tty === undefined) delete (process.stderr as { isTTY?: unknown }).isTTY;
      else Object.defineProperty(process.stderr, 'isTTY', tty);
      if (every === undefined) delete process.env['CS_METRICS_PROGRESS_EVERY'];
      else process.env['CS_METRICS_PROGRESS_EVERY'] = every;
      process.argv = argv;
      process.exitCode = exitCode;
    }
  });
});

describe('the streaming report helpers', () => {
  const october = periodOf('2026-10');
  it('datedIn: a dated kind with a time inside the period; undated kinds never', () => {
    expect(datedIn('interactions', { at: october.start }, october)).toBe(true);
    expect(datedIn('calls', { offeredAt: october.end }, october)).toBe(false); // the end is exclusive
    expect(datedIn('deals', { createdAt: october.end - 1 }, october)).toBe(true);
    expect(datedIn('plans', { at: october.start }, october)).toBe(false);
    expect(datedIn('customers', { since: october.start }, october)).toBe(false);
  });

  it('withFileOfRecord: names the file of a keyed record path, leaves every other error as it is', () => {
    const fileOf = { deals: 'deals.csv', plans: 'exports/plans.csv' };
    const error = (path: string, code: 'currency-mismatch' | 'inconsistent-record' = 'currency-mismatch') =>
      new CsMetricsError({ code, path, expected: 'an amount in EUR', received: 'USD' });
    const deal = withFileOfRecord(error('deals[id=d2].currency'), fileOf) as Error;
    expect(deal.name).toBe('InputError');
    expect(deal.message).toBe(
      'deals.csv: deals[id=d2].currency: expected an amount in EUR, got "USD" (with the command: --rate CUR=RATE, repeated per currency)',
    );
    expect(
      (withFileOfRecord(error('plans[managerId=m1]', 'inconsistent-record'), fileOf) as Error).message,
    ).toBe('exports/plans.csv: plans[managerId=m1]: expected an amount in EUR, got "USD"');
    // A kind without a file (the sample), a path without a key, a located error, not a CsMetricsError.
    const calls = error('calls[id=C-1]');
    expect(withFileOfRecord(calls, fileOf)).toBe(calls);
    const plain = error('options.period');
    expect(withFileOfRecord(plain, fileOf)).toBe(plain);
    const located = new CsMetricsError({
      code: 'invalid-value',
      path: 'deals[1].amount',
      expected: 'a decimal',
      received: 'x',
      location: { file: 'deals.csv', line: 2, column: 6, header: 'amount' },
    });
    expect(withFileOfRecord(located, fileOf)).toBe(located);
    const other = new TypeError('boom');
    expect(withFileOfRecord(other, fileOf)).toBe(other);
  });
});
