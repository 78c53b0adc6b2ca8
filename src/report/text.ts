// Plain-text and Markdown reports of scorecards: pure functions from the scorecard's JSON data to a
// string, so that the command, an app or a notebook print the same thing.
import type { CriterionId } from '../core/criteria.js';
import type { Explanation } from '../core/evaluation.js';
import type { PeriodComparison } from '../scorecard/compare.js';
import { type MessageInputs, type MessageTable, SCORECARD_MESSAGES_EN } from '../scorecard/messages.js';
import type {
  ManagerScorecard,
  ScorecardCriterionResult,
  ScorecardPeriod,
  TeamScorecard,
} from '../scorecard/types.js';
import { REPORT_LABELS_EN, type ReportLabels } from './labels.js';

/**
 * Options of {@link renderTeamReport} and {@link renderManagerReport}.
 *
 * @example
 * ```ts
 * import { REPORT_LABELS_ZH_CN, type TextReportOptions } from '@org/cs-metrics';
 * const options: TextReportOptions = { format: 'markdown', labels: REPORT_LABELS_ZH_CN };
 * ```
 */
export interface TextReportOptions {
  /** `table` (default): aligned plain text for a terminal; `markdown`: headings and pipe tables. */
  readonly format?: 'table' | 'markdown' | undefined;
  /**
   * The message table next steps and notes are written with (default `SCORECARD_MESSAGES_EN`). A code
   * the table lacks keeps the English sentence stored in the scorecard.
   */
  readonly messages?: MessageTable | undefined;
  /** Headings, column names and the criteria's names; default {@link REPORT_LABELS_EN}. */
  readonly labels?: ReportLabels | undefined;
  /** Each manager's scorecard against the previous period's (`comparePeriods`), shown as changes. */
  readonly comparisons?: readonly PeriodComparison[] | undefined;
}

type Align = 'left' | 'right';

interface Context {
  readonly markdown: boolean;
  readonly messages: MessageTable;
  readonly labels: ReportLabels;
  readonly comparisons: ReadonlyMap<string, PeriodComparison>;
}

// East Asian wide characters take two columns in a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
const widthOf = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);
const pad = (text: string, width: number, align: Align): string => {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
};

function grid(
  ctx: Context,
  headers: readonly string[],
  rows: readonly string[][],
  align: readonly Align[],
): string[] {
  if (ctx.markdown) {
    const cell = (t: string) => t.replace(/\|/g, '\\|');
    return [
      `| ${headers.map(cell).join(' | ')} |`,
      `|${align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
  }
  const widths = headers.map((h, i) => Math.max(widthOf(h), ...rows.map((r) => widthOf(r[i]!))));
  const line = (r: readonly string[]) =>
    r
      .map((t, i) => pad(t, widths[i]!, align[i]!))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

function heading(ctx: Context, level: 1 | 2 | 3, text: string): string[] {
  if (ctx.markdown) return [`${'#'.repeat(level)} ${text}`, ''];
  if (level === 1) return [text, '='.repeat(widthOf(text))];
  if (level === 2) return [text, '-'.repeat(widthOf(text))];
  return [`== ${text} ==`];
}

const score1 = (n: number | null): string => (n === null ? '—' : n.toFixed(1));
const signed = (n: number | null): string =>
  n === null ? '' : n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${(-n).toFixed(1)}` : '0.0';

/** A criterion's value for people: shares and ratios in percent, rates with two decimals. */
function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '—';
  const ratio =
    unit !== null &&
    (unit.startsWith('share') ||
      (unit.includes('/') && !unit.startsWith('meetings') && !unit.startsWith('events')));
  if (ratio || unit === 'score 0–100') {
    return unit === 'score 0–100' ? value.toFixed(1) : `${(Math.round(value * 1000) / 10).toFixed(1)} %`;
  }
  return String(Math.round(value * 100) / 100);
}

function say(ctx: Context, item: { code: string; message: string; inputs: MessageInputs }): string {
  const template = Object.hasOwn(ctx.messages, item.code) ? ctx.messages[item.code] : undefined;
  return template === undefined ? item.message : template(item.inputs);
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const periodText = (p: ScorecardPeriod): string => `${p.from} – ${p.to} (${p.timeZone})`;
const name = (ctx: Context, id: CriterionId): string => ctx.labels.criteria[id] ?? id;
const bullets = (ctx: Context, items: readonly Explanation[]): string[] =>
  items.map((item) => `- ${say(ctx, item)}`);

function contextOf(options: TextReportOptions): Context {
  const comparisons = new Map<string, PeriodComparison>();
  for (const c of options.comparisons ?? []) comparisons.set(c.managerId, c);
  return {
    markdown: options.format === 'markdown',
    messages: options.messages ?? SCORECARD_MESSAGES_EN,
    labels: options.labels ?? REPORT_LABELS_EN,
    comparisons,
  };
}

function criterionRows(
  ctx: Context,
  results: readonly ScorecardCriterionResult[],
  comparison: PeriodComparison | undefined,
  withWeight: boolean,
): string[][] {
  const L = ctx.labels;
  return results.map((r) => {
    const rating = r.status === 'scored' ? L.ratings[r.rating ?? 'insufficient-data'] : L.statuses[r.status];
    const row = [name(ctx, r.criterion), formatValue(r.value, r.unit), score1(r.score), rating];
    if (withWeight) row.push(String(r.weight));
    if (comparison !== undefined) {
      const c = comparison.criteria.find((x) => x.criterion === r.criterion);
      row.push(c === undefined ? '' : c.scoreDelta !== null ? signed(c.scoreDelta) : L.changes[c.change]);
    }
    return row;
  });
}

function managerSection(ctx: Context, card: ManagerScorecard, level: 1 | 3): string[] {
  const L = ctx.labels;
  const comparison = ctx.comparisons.get(card.manager.id);
  const out: string[] = [];
  const title =
    level === 1
      ? `${L.managerTitle}: ${card.manager.name} (${card.manager.id})`
      : `${card.manager.name} (${card.manager.id})`;
  out.push(...heading(ctx, level, title));
  if (level === 1) out.push(...header(ctx, card.profile, card.period, comparison?.previous));
  const overall = [
    `${L.overall}: ${score1(card.overall.score)} (${L.ratings[card.overall.rating]})`,
    `${L.scored}: ${card.overall.scored}`,
  ];
  if (comparison?.overall.scoreDelta != null)
    overall.push(`${L.change}: ${signed(comparison.overall.scoreDelta)}`);
  if (card.overall.renormalised) overall.push(L.renormalised);
  out.push(overall.join(' · '), '');
  const shown = card.criteria.filter((r) => r.status === 'scored');
  if (shown.length > 0) {
    const headers = [L.criterion, L.value, L.score, L.rating, L.weight];
    const align: Align[] = ['left', 'right', 'right', 'left', 'right'];
    if (comparison !== undefined) {
      headers.push(L.change);
      align.push('right');
    }
    out.push(...grid(ctx, headers, criterionRows(ctx, shown, comparison, true), align), '');
  }
  for (const status of ['insufficient-data', 'no-records', 'switched-off', 'not-applicable'] as const) {
    const names = card.criteria.filter((r) => r.status === status).map((r) => name(ctx, r.criterion));
    if (names.length > 0)
      out.push(`${capital(L.statuses[status])}: ${names.join(', ')}`, ...(ctx.markdown ? [''] : []));
  }
  const ranked = (r: ManagerScorecard['weakest']) =>
    r === null ? L.none : `${name(ctx, r.criterion)} ${score1(r.score)} (${L.ratings[r.rating]})`;
  out.push(`${L.weakest}: ${ranked(card.weakest)} · ${L.strongest}: ${ranked(card.strongest)}`, '');
  if (card.nextSteps.length > 0) {
    out.push(
      ...(ctx.markdown ? [`**${L.nextSteps}**`, ''] : [`${L.nextSteps}:`]),
      ...bullets(ctx, card.nextSteps),
      '',
    );
  }
  return out;
}

function header(
  ctx: Context,
  profile: string,
  current: ScorecardPeriod,
  previous: ScorecardPeriod | undefined,
): string[] {
  const L = ctx.labels;
  const parts = [`${L.profile}: ${profile}`, `${L.period}: ${periodText(current)}`];
  if (previous !== undefined) parts.push(`${L.comparedWith}: ${previous.from} – ${previous.to}`);
  return [parts.join(' · '), ''];
}

/**
 * A team's scorecard as a report for people: the ranking (with the change against the previous
 * period when comparisons are given), the spread of each criterion over the team, the team's
 * contact-centre objectives, then each manager's criteria with scores and ratings, the weakest and
 * strongest criterion and the next steps. `table` is aligned plain text for a terminal (CJK text
 * counted two columns wide); `markdown` has headings and pipe tables. Pure: no I/O, no clock.
 *
 * @example
 * ```ts
 * import { b2b, evaluateTeam, normalizeInteractions, normalizeManagers, periodOf, renderTeamReport } from '@org/cs-metrics';
 * const managers = normalizeManagers([
 *   { id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 *   { id: 'm2', name: 'Li Wei', role: 'first-line', function: 'sales', timeZone: 'UTC' },
 * ]);
 * // Li Wei holds one meeting on each of the 22 working days of October 2026: 1 a day, good (60).
 * const interactions = normalizeInteractions(Array.from({ length: 22 }, (_, i) => (
 *   { id: `i${i}`, managerId: 'm2', kind: 'meeting', at: `2026-10-${String(i + 1).padStart(2, '0')}T10:00Z` })));
 * const team = evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions });
 * const text = renderTeamReport(team);
 * text.includes('1  Li Wei (m2)'); // true
 * renderTeamReport(team, { format: 'markdown' }).startsWith('# Team scorecard'); // true
 * ```
 */
export function renderTeamReport(team: TeamScorecard, options: TextReportOptions = {}): string {
  const ctx = contextOf(options);
  const L = ctx.labels;
  const previous = [...ctx.comparisons.values()][0]?.previous;
  const out: string[] = [
    ...heading(ctx, 1, L.teamTitle),
    ...(ctx.markdown ? [] : ['']),
    ...header(ctx, team.profile, team.period, previous),
  ];

  out.push(...heading(ctx, 2, L.ranking));
  const withChange = ctx.comparisons.size > 0;
  const rankHeaders = [L.rank, L.manager, L.overall, L.rating];
  const rankAlign: Align[] = ['right', 'left', 'right', 'left'];
  if (withChange) {
    rankHeaders.push(L.change);
    rankAlign.push('right');
  }
  const rankRows = team.ranking.map((r) => {
    const row = [
      r.rank === null ? '—' : String(r.rank),
      `${r.name} (${r.managerId})`,
      score1(r.score),
      L.ratings[r.rating],
    ];
    if (withChange) row.push(signed(ctx.comparisons.get(r.managerId)?.overall.scoreDelta ?? null));
    return row;
  });
  out.push(...grid(ctx, rankHeaders, rankRows, rankAlign), '');

  const spread = team.distribution.filter((d) => d.scored > 0);
  if (spread.length > 0) {
    out.push(...heading(ctx, 2, L.scores));
    const rows = spread.map((d) => [
      name(ctx, d.criterion),
      String(d.scored),
      score1(d.min),
      score1(d.median),
      score1(d.max),
      score1(d.mean),
    ]);
    out.push(
      ...grid(ctx, [L.criterion, L.managers, L.min, L.median, L.max, L.mean], rows, [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
      ]),
      '',
    );
  }

  const objectives = team.objectives.filter((r) => r.status === 'scored' || r.status === 'insufficient-data');
  if (objectives.length > 0) {
    out.push(...heading(ctx, 2, L.objectives));
    out.push(
      ...grid(
        ctx,
        [L.criterion, L.value, L.score, L.rating],
        criterionRows(ctx, objectives, undefined, false),
        ['left', 'right', 'right', 'left'],
      ),
      '',
    );
  }
  if (team.notes.length > 0) out.push(...heading(ctx, 2, L.notes), ...bullets(ctx, team.notes), '');

  out.push(...heading(ctx, 2, L.managers));
  const order = team.ranking.map((r) => r.managerId);
  const cards = [...team.managers].sort((a, b) => order.indexOf(a.manager.id) - order.indexOf(b.manager.id));
  for (const card of cards) out.push(...managerSection(ctx, card, 3));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * One manager's scorecard as a report for people: the overall score, each criterion with its value,
 * score, rating and weight (and the change against the previous period when a comparison is given),
 * the criteria without records, the weakest and strongest criterion, and the next steps.
 *
 * @example
 * ```ts
 * import { b2b, evaluateManager, normalizeManager, periodOf, renderManagerReport } from '@org/cs-metrics';
 * const manager = normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' });
 * const card = evaluateManager({ manager, period: periodOf('2026-10'), profile: b2b, interactions: [] });
 * const text = renderManagerReport(card);
 * text.split('\n')[0]; // 'Scorecard: Anna Berg (m1)'
 * /Meetings per working day +0 +0\.0 +poor +2/.test(text); // true (value, score, rating, weight)
 * ```
 */
export function renderManagerReport(card: ManagerScorecard, options: TextReportOptions = {}): string {
  const ctx = contextOf(options);
  return `${managerSection(ctx, card, 1)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
