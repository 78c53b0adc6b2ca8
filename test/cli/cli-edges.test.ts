// What the mutation run of the command found loosely tested (docs/testing.md): the exact refusals,
// the short flags, the sample's closing note in each format, the comparisons kept for --manager,
// the previous period of a day, and the helpers' anchors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratesOf, reportSchema, teamManagersOf, withFileOfRecord } from '../../src/cli/main.js';
import { HELP, USAGE_HINT } from '../../src/cli/usage.js';
import { CsMetricsError } from '../../src/domain/errors.js';
import type { Manager } from '../../src/domain/records/manager.js';
import { scorecardMessage } from '../../src/scorecard/messages.js';
import { SCORECARD_MESSAGES_ZH_CN } from '../../src/scorecard/messages-zh-cn.js';
import { scorecardJsonSchemas } from '../../src/scorecard/schema.js';
import { ownTmpDir } from '../helpers.js';
import { root, run } from './run.js';

const usage = (message: string) => `cs-metrics: ${message}\n${USAGE_HINT}\n`;
const NOTE = '(The bundled sample: seed 42, 8 sales managers. Score your own exports with --data DIR.)';

describe('cs-metrics: exact refusals', () => {
  it('names the managers there are for an unknown --manager', async () => {
    expect(await run(['report', '--manager', 'nobody'])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage(
        '--manager nobody: no such manager; the managers are m-1, m-2, m-3, m-4, m-5, m-6, m-7, m-8, cc-1',
      ),
    });
  });

  it('a profile that is neither built in nor a .json file, and a .json file that is not there', async () => {
    expect((await run(['report', '--profile', 'retail'])).stderr).toBe(
      usage('--profile retail: expected b2b, b2c, consulting or a profile .json file'),
    );
    expect(await run(['report', '--profile', 'missing.json'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cs-metrics: --profile missing.json: no such file\n',
    });
  });

  it('schema takes exactly one name', async () => {
    const two = await run(['schema', 'Deal', 'CallRecord']);
    expect(two.code).toBe(2);
    expect(two.stderr.split('\n')[0]).toBe(
      'cs-metrics: schema Deal CallRecord: expected one of Manager, Interaction, Deal, CallRecord, BudgetLine, SalesPlan, SurveyResponse, Customer, RevenueRecord, SupportTicket, QualityReview, FeedbackItem, TrainingRecord, scorecard, ManagerScorecard, TeamScorecard, PeriodComparison, report',
    );
    expect((await run(['schema'])).code).toBe(2);
  });

  it('an unknown option is a usage error, with the hint', async () => {
    const { code, stderr } = await run(['report', '--bogus']);
    expect(code).toBe(2);
    expect(stderr.startsWith("cs-metrics: Unknown option '--bogus'.")).toBe(true);
    expect(stderr.endsWith(`\n${USAGE_HINT}\n`)).toBe(true);
  });

  it('--currency and --rate are anchored codes and decimals', async () => {
    for (const currency of ['EURO', 'xEUR'])
      expect((await run(['report', '--currency', currency])).stderr).toBe(
        usage(`--currency ${currency}: expected an ISO 4217 code such as EUR`),
      );
    expect(ratesOf(['USD=12', 'GBP=1', 'CHF=0.95'])).toEqual({ USD: '12', GBP: '1', CHF: '0.95' });
    for (const spec of ['xUSD=0.9', 'USD=0.9x', 'USD=1.'])
      expect(() => ratesOf([spec])).toThrow(
        `--rate ${spec}: expected CUR=RATE with an ISO 4217 code and a positive decimal, such as USD=0.92`,
      );
  });
});

describe('cs-metrics: flags and the sample', () => {
  it('-h and help print the help on stdout; -v the version', async () => {
    expect(await run(['-h'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await run(['help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('ends a report of the sample with a note, in the format and language of the report', async () => {
    expect((await run(['report'])).stdout.endsWith(`\n${NOTE}\n`)).toBe(true);
    expect((await run(['report', '--format', 'markdown'])).stdout.endsWith(`\n_${NOTE}_\n`)).toBe(true);
    expect(
      (await run(['report', '--locale', 'zh-CN'])).stdout.endsWith(
        '\n（内置示例数据：种子 42，8 名销售经理。用 --data DIR 评估你自己的导出文件。）\n',
      ),
    ).toBe(true);
  });

  it('--manager keeps that manager’s comparison only', async () => {
    const { stdout } = await run(['report', '--manager', 'm-3', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.scorecard.manager.id).toBe('m-3');
    expect(report.comparisons.map((c: { managerId: string }) => c.managerId)).toEqual(['m-3']);
  });

  it('compares a day with the day before, not with the month before', async () => {
    const report = JSON.parse((await run(['report', '--period', '2026-10-05', '--format', 'json'])).stdout);
    expect(report.comparisons[0].previous).toMatchObject({ from: '2026-10-04', to: '2026-10-04' });
  });

  it('--currency sets the sample’s currency', async () => {
    const report = JSON.parse((await run(['report', '--currency', 'USD', '--format', 'json'])).stdout);
    // Every amount the sample holds is in USD.
    const currencies = new Set(JSON.stringify(report).match(/"currency":"[A-Z]{3}"/g));
    expect([...currencies]).toEqual(['"currency":"USD"']);
  });

  it('a progress step that is a fraction or negative falls back to one line a million records', async () => {
    for (const every of ['2.5', '-5']) {
      const r = await run(['report', '--format', 'json'], {
        isTTY: true,
        env: { CS_METRICS_PROGRESS_EVERY: every },
      });
      expect(r.stderr).toBe('');
    }
  });

  it('the sample counts its records from the first, with no managers file to count before them', async () => {
    const r = await run(['report', '--format', 'json'], {
      isTTY: true,
      env: { CS_METRICS_PROGRESS_EVERY: '1' },
    });
    expect(
      r.stderr.startsWith('\rcs-metrics: 1 records read (sample)\rcs-metrics: 2 records read (sample)'),
    ).toBe(true);
  });
});

describe("cs-metrics: errors that are not the user's", () => {
  /** A stdout whose every write throws `thrown`: a bug of the command's own, or a closed pipe. */
  const throwingStdout = (thrown: unknown) => ({
    write: () => {
      throw thrown;
    },
  });
  /** What the command gives for an error that is not the user's: exit 1 and a request to report it. */
  const internalError = (text: string) => ({
    code: 1,
    stdout: '',
    stderr: `cs-metrics: internal error: ${text}\nSet CS_METRICS_DEBUG=1 for the stack trace, and please report it.\n`,
  });

  it('a TypeError of its own is an internal error (exit 1), not a usage error like an unknown option', async () => {
    expect(await run(['--version'], { stdout: throwingStdout(new TypeError('boom')) })).toEqual(
      internalError('boom'),
    );
  });

  it('an error with a code but no path (a closed pipe) is an internal error, not a file error', async () => {
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });
    expect(await run(['--version'], { stdout: throwingStdout(pipe) })).toEqual(internalError('write EPIPE'));
  });

  it('a thrown undefined is an internal error too, with CS_METRICS_DEBUG as well', async () => {
    const failing = throwingStdout(undefined);
    expect(await run(['--version'], { stdout: failing })).toEqual(internalError('undefined'));
    // No stack to print: the line says so as `undefined`, and the command still exits 1.
    expect(await run(['--version'], { stdout: failing, env: { CS_METRICS_DEBUG: '1' } })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cs-metrics: internal error: undefined\nundefined\n',
    });
  });
});

describe('cs-metrics helpers', () => {
  it('gives a team to its contact-centre or customer-service manager, not to a sales manager of that team', () => {
    const manager = (id: string, fn: Manager['function'], team?: string) =>
      ({ id, name: id, function: fn, ...(team === undefined ? {} : { team }) }) as Manager;
    expect(
      teamManagersOf([
        manager('s1', 'sales', 't-1'),
        manager('cs1', 'customer-service', 't-2'),
        manager('cc0', 'contact-centre'),
        manager('cc1', 'contact-centre', 't-1'),
      ]),
    ).toEqual({ 't-2': 'cs1', 't-1': 'cc1' });
  });

  it('names a file only for a path that starts with its kind', () => {
    const error = new CsMetricsError({
      code: 'invalid-option',
      path: 'options.deals[0]',
      expected: 'x',
      received: 1,
    });
    expect(withFileOfRecord(error, { deals: 'deals.csv' })).toBe(error);
  });
});

// Found by reading the survivors of the `io` mutation run (1cfef78) one by one: each mutant was
// applied by hand and these tests fail on it.
describe('cs-metrics: the rest of the survivors', () => {
  const tmp = ownTmpDir('cli-edges-');

  it('refuses a profile file whose "extends" is a list, even a list of one built-in name', async () => {
    // Object.hasOwn(builtInProfiles, ['b2b']) is true ('b2b' as a key): only the typeof test refuses it.
    writeFileSync(join(tmp, 'listed.json'), '{ "extends": ["b2b"] }');
    expect(await run(['report', '--profile', join(tmp, 'listed.json')])).toEqual({
      code: 1,
      stdout: '',
      stderr: `cs-metrics: ${join(tmp, 'listed.json')}: "extends" must be b2b, b2c or consulting, got ["b2b"]\n`,
    });
  });

  it('--period with only --from, or only --to, is "not both", not "go together"', async () => {
    for (const one of [
      ['--from', '2026-10-01'],
      ['--to', '2026-10-31'],
    ])
      expect((await run(['report', '--period', '2026-10', ...one])).stderr).toBe(
        usage('give --period or --from/--to, not both'),
      );
  });

  it('counts the managers file in the progress, before the other files', async () => {
    // plain/: 2 managers, then 55 interactions; a line every 2 records: the 2nd record is the last
    // manager, the 56th of the 57 is interaction 54. Without the managers the lines would start at
    // interaction 2 and end at 54 records.
    const { stderr } = await run(['report', '--data', 'plain', '--period', '2026-10', '--format', 'json'], {
      isTTY: true,
      env: { CS_METRICS_PROGRESS_EVERY: '2' },
    });
    expect(
      stderr.startsWith(
        '\rcs-metrics: 2 records read (managers.csv)\rcs-metrics: 4 records read (interactions.csv)',
      ),
    ).toBe(true);
    expect(stderr.endsWith('\rcs-metrics: 56 records read (interactions.csv)\n')).toBe(true);
  });

  it('--locale zh-CN writes the next steps in Chinese too, not only the headings', async () => {
    const json = JSON.parse((await run(['report', '--format', 'json'])).stdout);
    const card = json.scorecard.managers.find((m: { nextSteps: unknown[] }) => m.nextSteps.length > 0);
    const step = card.nextSteps[0];
    const { stdout } = await run(['report', '--manager', card.manager.id, '--locale', 'zh-CN']);
    expect(stdout).toContain(`- ${scorecardMessage(step.code, step.inputs, SCORECARD_MESSAGES_ZH_CN)}\n`);
    expect(stdout).not.toContain(step.message);
  });

  it('the HTML page of the sample has its own title and the trend against September', async () => {
    const { stdout } = await run(['report', '--format', 'html']);
    expect(stdout).toContain('<title>cs-metrics report — bundled sample</title>');
    expect(stdout).toContain('trend-chart');
  });

  it('the schema of --format json, word for word (its $defs are those of the team scorecard)', () => {
    const team = scorecardJsonSchemas.TeamScorecard as Record<string, unknown>;
    expect(reportSchema()).toEqual({
      $schema: team.$schema,
      $id: 'https://cs-metrics.org/schema/CliReport.json',
      title: 'CliReport',
      description:
        'What `cs-metrics report --format json` prints: a team (or, with --manager, one manager) scorecard and the comparisons with the previous period.',
      type: 'object',
      required: ['kind', 'scorecard', 'comparisons'],
      additionalProperties: false,
      properties: {
        kind: { const: 'cs-metrics-report' },
        scorecard: { oneOf: [{ $ref: '#/$defs/teamScorecard' }, { $ref: '#/$defs/managerScorecard' }] },
        comparisons: { type: 'array', items: { $ref: '#/$defs/periodComparison' } },
      },
      $defs: team.$defs,
    });
  });
});
