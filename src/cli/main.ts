// The `cs-metrics` command, as a function: `main(argv, io)` returns the exit code, so tests drive it
// in-process. bin.ts is the only part that touches the real process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CsMetricsError, describeLocation, ErrorCodes } from '../domain/errors.js';
import { isPlainObject } from '../domain/fields.js';
import { DAY_MS, type Period, period, periodOf } from '../domain/period.js';
import type { Manager } from '../domain/records/manager.js';
import { jsonSchemas, RECORD_TYPES, type RecordTypeName } from '../domain/schemas.js';
import { defineProfile } from '../profiles/define.js';
import { builtInProfiles, type Profile } from '../profiles/profile.js';
import { renderHtmlReport } from '../report/html.js';
import { REPORT_LABELS_EN, REPORT_LABELS_ZH_CN } from '../report/labels.js';
import { renderManagerReport, renderTeamReport } from '../report/text.js';
import { sampleDataset } from '../sample/dataset.js';
import type { SampleProfile } from '../sample/options.js';
import { comparePeriods, type PeriodComparison } from '../scorecard/compare.js';
import { SCORECARD_MESSAGES_EN } from '../scorecard/messages.js';
import { SCORECARD_MESSAGES_ZH_CN } from '../scorecard/messages-zh-cn.js';
import { SCORECARD_RECORD_KINDS } from '../scorecard/records.js';
import { scorecardJsonSchemas } from '../scorecard/schema.js';
import { type ScorecardSources, scoreTeamStream } from '../scorecard/streaming.js';
import type { ManagerScorecard, TeamScorecard } from '../scorecard/types.js';
import { InputError, inputFiles, mappingsOf, streamFiles } from './data.js';
import { HELP, USAGE_HINT, UsageError } from './usage.js';

/**
 * @internal What `main` writes to and reads from: the process's streams and environment, or a test's.
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The working directory relative paths are read from. */
  readonly cwd: string;
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** @internal The JSON `report --format json` prints. */
export interface CliReport {
  readonly kind: 'cs-metrics-report';
  readonly scorecard: TeamScorecard | ManagerScorecard;
  readonly comparisons: readonly PeriodComparison[];
}

const FORMATS = ['table', 'markdown', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

function version(): string {
  for (const up of ['../package.json', '../../package.json']) {
    const url = new URL(up, import.meta.url);
    if (!existsSync(url)) continue;
    const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === '@org/cs-metrics' && pkg.version !== undefined) return pkg.version;
  }
  return 'unknown';
}

/** @internal The period of `--period` or `--from`/`--to`, and its label (for the previous month). */
export function periodFrom(
  values: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  timeZone: string,
  fallback: string | undefined,
): { period: Period; label: string | undefined } {
  if (values.period !== undefined && (values.from !== undefined || values.to !== undefined)) {
    throw new UsageError('give --period or --from/--to, not both');
  }
  if ((values.from === undefined) !== (values.to === undefined)) {
    throw new UsageError('--from and --to go together');
  }
  try {
    if (values.from !== undefined && values.to !== undefined) {
      return { period: period({ from: values.from, to: values.to, timeZone }), label: undefined };
    }
    const label = values.period ?? fallback;
    if (label === undefined) throw new UsageError('--period (or --from and --to) is needed with --data');
    return { period: periodOf(label, timeZone), label };
  } catch (error) {
    if (error instanceof CsMetricsError) {
      const option = error.path.endsWith('.to')
        ? '--to'
        : error.path.endsWith('.from')
          ? '--from'
          : '--period';
      throw new UsageError(`${option}: expected ${error.expected}, got ${JSON.stringify(error.received)}`);
    }
    throw error;
  }
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** @internal The period just before: the previous month for a month label, else as many days before. */
export function previousPeriod(current: Period, label: string | undefined): Period {
  const month = label === undefined ? null : /^(\d{4})-(\d{2})$/.exec(label);
  if (month !== null) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    return periodOf(prev, current.timeZone);
  }
  const days = (dayNumber(current.to) - dayNumber(current.from)) / DAY_MS + 1;
  const to = dayNumber(current.from) - DAY_MS;
  return period({ from: isoDay(to - (days - 1) * DAY_MS), to: isoDay(to), timeZone: current.timeZone });
}

function profileFrom(cwd: string, value: string): Profile {
  if (Object.hasOwn(builtInProfiles, value)) return builtInProfiles[value as keyof typeof builtInProfiles];
  if (!value.endsWith('.json')) {
    throw new UsageError(`--profile ${value}: expected b2b, b2c, consulting or a profile .json file`);
  }
  const path = resolve(cwd, value);
  if (!existsSync(path)) throw new InputError(`--profile ${value}: no such file`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${value}: not JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(parsed)) {
    throw new InputError(`${value}: expected a JSON object (a profile, or "extends" and overrides)`);
  }
  const { extends: base = 'b2b', ...overrides } = parsed as Record<string, unknown>;
  if (typeof base !== 'string' || !Object.hasOwn(builtInProfiles, base)) {
    throw new InputError(`${value}: "extends" must be b2b, b2c or consulting, got ${JSON.stringify(base)}`);
  }
  return defineProfile(builtInProfiles[base as keyof typeof builtInProfiles], overrides as never);
}

const EVENT_KEYS = ['at', 'offeredAt', 'createdAt', 'openedAt', 'completedAt'] as const;
const DATED_KINDS: ReadonlySet<string> = new Set([
  'interactions',
  'calls',
  'deals',
  'tickets',
  'surveys',
  'feedback',
  'reviews',
  'trainings',
]);

/** @internal Whether a record of this kind is dated inside the period: then the previous period is compared. */
export function datedIn(kind: string, record: unknown, p: Period): boolean {
  if (!DATED_KINDS.has(kind)) return false;
  const r = record as Record<string, unknown>;
  for (const key of EVENT_KEYS) {
    const t = r[key];
    if (typeof t === 'number' && t >= p.start && t < p.end) return true;
  }
  return false;
}

/**
 * @internal `--rate USD=0.92` (repeatable) → `{ USD: '0.92' }`: 1 USD is worth 0.92 of the plan's
 * currency. `undefined` without any.
 */
export function ratesOf(specs: readonly string[]): Record<string, string> | undefined {
  if (specs.length === 0) return undefined;
  const rates: Record<string, string> = {};
  for (const spec of specs) {
    const m = /^([A-Z]{3})=(\d+(?:\.\d+)?)$/.exec(spec);
    if (m === null || Number(m[2]) === 0) {
      throw new UsageError(
        `--rate ${spec}: expected CUR=RATE with an ISO 4217 code and a positive decimal, such as USD=0.92`,
      );
    }
    if (Object.hasOwn(rates, m[1]!)) throw new UsageError(`--rate ${spec}: ${m[1]} has a rate already`);
    rates[m[1]!] = m[2]!;
  }
  return rates;
}

/**
 * @internal A record's own fields are checked as it is read (file, line and column); a rule across
 * records (a deal in another currency than the plan's) fails while the records are scored, with the
 * record's key in the path (`deals[id=D-7].currency`, `plans[managerId=m1]`): such an error becomes
 * bad input naming the file the record came from. Anything else is returned as it is.
 */
export function withFileOfRecord(error: unknown, fileOf: Readonly<Partial<Record<string, string>>>): unknown {
  if (!(error instanceof CsMetricsError) || error.location !== undefined) return error;
  const file = fileOf[/^(\w+)\[/.exec(error.path)?.[1] ?? ''];
  if (file === undefined) return error;
  const hint =
    error.code === ErrorCodes.CurrencyMismatch
      ? ' (with the command: --rate CUR=RATE, repeated per currency)'
      : '';
  return new InputError(`${file}: ${error.message}${hint}`);
}

/** @internal Contact-centre records name a team: the manager of that team (a manager's `team`) gets them. */
export function teamManagersOf(managers: readonly Manager[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of managers) {
    if ((m.function === 'contact-centre' || m.function === 'customer-service') && m.team !== undefined) {
      out[m.team] ??= m.id;
    }
  }
  return out;
}

const REPORT_OPTIONS = {
  data: { type: 'string' },
  profile: { type: 'string' },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  tz: { type: 'string' },
  manager: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  locale: { type: 'string' },
  mapping: { type: 'string', multiple: true },
  currency: { type: 'string' },
  rate: { type: 'string', multiple: true },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function report(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: REPORT_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format ${values.format}: expected table, markdown, json or html`);
  const locale = values.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') throw new UsageError(`--locale ${locale}: expected en or zh-CN`);
  const timeZone = values.tz ?? 'UTC';
  if (values.tz !== undefined) {
    try {
      periodOf('2026-01', timeZone);
    } catch {
      throw new UsageError(`--tz ${values.tz}: expected an IANA time zone such as Europe/Berlin`);
    }
  }
  if (values.currency !== undefined && !/^[A-Z]{3}$/.test(values.currency)) {
    throw new UsageError(`--currency ${values.currency}: expected an ISO 4217 code such as EUR`);
  }
  const encoding = values.encoding ?? 'utf-8';
  try {
    new TextDecoder(encoding);
  } catch {
    throw new UsageError(`--encoding ${encoding}: expected a text encoding label such as utf-8 or gb18030`);
  }
  const delimiter = values.delimiter === '\\t' ? '\t' : (values.delimiter ?? ',');
  if ([...delimiter].length !== 1) {
    throw new UsageError(`--delimiter ${values.delimiter}: expected one character (, ; or \\t for a tab)`);
  }
  const profile = profileFrom(io.cwd, values.profile ?? 'b2b');
  const useData = values.data !== undefined || positionals.length > 0;
  const { period: current, label } = periodFrom(values, timeZone, useData ? undefined : '2026-10');
  const previous = previousPeriod(current, label);
  const mappings = mappingsOf(io.cwd, values.mapping ?? [], values.currency);
  const exchangeRates = ratesOf(values.rate ?? []);

  const every = Number(io.env['CS_METRICS_PROGRESS_EVERY'] ?? 1_000_000);
  const progressEvery = Number.isInteger(every) && every > 0 ? every : 1_000_000;
  let shown = false;
  const progress = io.isTTY
    ? (count: number, what: string) => {
        shown = true;
        io.stderr.write(`\rcs-metrics: ${count.toLocaleString('en-US')} records read (${what})`);
      }
    : undefined;

  let managers: Manager[];
  let sources: ScorecardSources;
  let fileOf: Readonly<Partial<Record<string, string>>> = {};
  let teamManagers: Record<string, string>;
  if (useData) {
    const files = inputFiles(io.cwd, values.data, positionals);
    const streamed = await streamFiles(files, { timeZone, mappings, encoding, delimiter });
    managers = streamed.managers;
    sources = streamed.sources;
    fileOf = streamed.shown;
    teamManagers = teamManagersOf(managers);
  } else {
    if (values.mapping !== undefined)
      throw new UsageError('--mapping applies to --data files; the sample needs none');
    const days = (dayNumber(current.to) - dayNumber(previous.from)) / DAY_MS + 1;
    const sampleProfile = (
      ['b2b', 'b2c', 'consulting'].includes(profile.id) ? profile.id : 'b2b'
    ) as SampleProfile;
    const data = sampleDataset({
      seed: 42,
      managers: 8,
      days: Math.min(days, 3660),
      profile: sampleProfile,
      start: previous.from,
      timeZone,
      ...(values.currency === undefined ? {} : { currency: values.currency }),
    });
    managers = [...data.managers];
    // The sample's contact-centre manager cc-N has `team: 't-N'`, the id its team's records carry.
    teamManagers = teamManagersOf(managers);
    sources = Object.fromEntries(
      SCORECARD_RECORD_KINDS.map((kind) => [kind, data[kind]]),
    ) as ScorecardSources;
  }
  if (values.manager !== undefined && !managers.some((m) => m.id === values.manager)) {
    throw new UsageError(
      `--manager ${values.manager}: no such manager; the managers are ${managers.map((m) => m.id).join(', ')}`,
    );
  }
  // ONE pass over every file (or the sample), scoring the period and the one before it together:
  // only the aggregator states are held, never the records. The previous period is compared when
  // any dated record falls in it (always for the sample, which covers both).
  let count = 0;
  const tick = (what: string): void => {
    count++;
    if (progress !== undefined && count % progressEvery === 0) progress(count, what);
  };
  if (useData) for (let i = 0; i < managers.length; i++) tick(fileOf.managers!);
  let comparable = !useData;
  let team: TeamScorecard;
  let scoredBefore: TeamScorecard;
  try {
    [team, scoredBefore] = (await scoreTeamStream(
      {
        managers,
        period: current,
        profile,
        teamManagers,
        ...(exchangeRates === undefined ? {} : { exchangeRates }),
        onRecord(kind, record) {
          tick(useData ? fileOf[kind]! : 'sample');
          if (!comparable && datedIn(kind, record, previous)) comparable = true;
        },
      },
      [current, previous],
      sources,
    )) as [TeamScorecard, TeamScorecard];
  } catch (error) {
    throw withFileOfRecord(error, fileOf);
  }
  const comparisons: PeriodComparison[] = [];
  const before = comparable ? scoredBefore : undefined;
  if (before !== undefined) {
    // Both periods were scored for the same managers, in the same order.
    before.managers.forEach((card, i) => {
      comparisons.push(comparePeriods(team.managers[i]!, card));
    });
  }
  if (shown) io.stderr.write('\n');

  const one =
    values.manager === undefined ? undefined : team.managers.find((c) => c.manager.id === values.manager);
  const chosen = one === undefined ? comparisons : comparisons.filter((c) => c.managerId === one.manager.id);
  const messages = locale === 'zh-CN' ? SCORECARD_MESSAGES_ZH_CN : SCORECARD_MESSAGES_EN;
  let output: string;
  if (format === 'html') {
    // One self-contained page for the whole team (with --manager too: the ranking needs the others).
    output = renderHtmlReport({
      team,
      ...(before === undefined ? {} : { previous: before }),
      messages,
      locale,
      title: useData ? 'cs-metrics report' : 'cs-metrics report — bundled sample',
    });
  } else if (format === 'json') {
    const body: CliReport = { kind: 'cs-metrics-report', scorecard: one ?? team, comparisons: chosen };
    output = `${JSON.stringify(body, null, 2)}\n`;
  } else {
    const options = {
      format,
      comparisons: chosen,
      labels: locale === 'zh-CN' ? REPORT_LABELS_ZH_CN : REPORT_LABELS_EN,
      messages,
    } as const;
    output = one === undefined ? renderTeamReport(team, options) : renderManagerReport(one, options);
    if (!useData) {
      const note =
        locale === 'zh-CN'
          ? '（内置示例数据：种子 42，8 名销售经理。用 --data DIR 评估你自己的导出文件。）'
          : '(The bundled sample: seed 42, 8 sales managers. Score your own exports with --data DIR.)';
      output = format === 'markdown' ? `${output}\n_${note}_\n` : `${output}\n${note}\n`;
    }
  }
  if (values.out !== undefined) writeFileSync(resolve(io.cwd, values.out), output);
  else io.stdout.write(output);
  return 0;
}

function profiles(args: readonly string[], io: CliIo): number {
  if (args.length > 1) throw new UsageError('profiles takes at most one profile name');
  const name = args[0];
  if (name === undefined) {
    for (const p of Object.values(builtInProfiles))
      io.stdout.write(`${p.id.padEnd(12)}${p.name} — ${p.description}\n`);
    return 0;
  }
  if (!Object.hasOwn(builtInProfiles, name))
    throw new UsageError(`profiles ${name}: expected b2b, b2c or consulting`);
  io.stdout.write(`${JSON.stringify(builtInProfiles[name as keyof typeof builtInProfiles], null, 2)}\n`);
  return 0;
}

/** @internal The JSON Schema of `report --format json`. */
export function reportSchema(): Record<string, unknown> {
  const team = scorecardJsonSchemas.TeamScorecard as Record<string, unknown>;
  return {
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
  };
}

function schema(args: readonly string[], io: CliIo): number {
  const name = args[0];
  const names = [
    ...RECORD_TYPES,
    'scorecard',
    'ManagerScorecard',
    'TeamScorecard',
    'PeriodComparison',
    'report',
  ];
  if (name === undefined || args.length > 1 || !names.includes(name)) {
    throw new UsageError(`schema ${args.join(' ')}: expected one of ${names.join(', ')}`);
  }
  let out: unknown;
  if (name === 'scorecard') out = scorecardJsonSchemas.TeamScorecard;
  else if (name === 'report') out = reportSchema();
  else if (name in scorecardJsonSchemas)
    out = scorecardJsonSchemas[name as keyof typeof scorecardJsonSchemas];
  else out = jsonSchemas[name as RecordTypeName];
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

/** @internal An error's message, without an empty path or a line 0 (a whole-file problem such as its encoding). */
export function fileMessage(error: CsMetricsError): string {
  const at = error.location;
  if (at === undefined || (error.path !== '' && at.line > 0)) return error.message;
  const rest = error.message.slice(describeLocation(at).length + 2);
  const where = at.line > 0 ? describeLocation(at) : at.file;
  return `${where}: ${error.path === '' ? rest.replace(/^(input)?: /, '') : rest}`;
}

/**
 * @internal Runs `cs-metrics` with `argv` (without node and the script) and returns the exit code:
 * 0 ok, 1 bad input, 2 usage. Never throws; never prints a stack trace unless `CS_METRICS_DEBUG` is set.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr.write(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (command === 'report') return await report(rest, io);
    if (command === 'profiles') return profiles(rest, io);
    if (command === 'schema') return schema(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(command)}; expected report, profiles or schema`);
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'));
    if (usage) {
      io.stderr.write(`cs-metrics: ${(error as Error).message}\n${USAGE_HINT}\n`);
      return 2;
    }
    if (error instanceof CsMetricsError) {
      io.stderr.write(`cs-metrics: ${fileMessage(error)}\n`);
      return 1;
    }
    if (error instanceof InputError) {
      io.stderr.write(`cs-metrics: ${error.message}\n`);
      return 1;
    }
    const e = error as NodeJS.ErrnoException;
    if (typeof e?.code === 'string' && typeof e.path === 'string') {
      io.stderr.write(`cs-metrics: ${e.path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
      return 1;
    }
    io.stderr.write(
      `cs-metrics: internal error: ${(error as Error)?.message ?? String(error)}\n${io.env['CS_METRICS_DEBUG'] ? `${(error as Error)?.stack}\n` : 'Set CS_METRICS_DEBUG=1 for the stack trace, and please report it.\n'}`,
    );
    return 1;
  }
}
