// The HTML report: one self-contained file (inline CSS, inline SVG drawn here, no scripts, fonts or
// network), readable offline, deterministic (the same input gives the same bytes; the clock is never read).
import { type Band, RATINGS, type Rating } from '../core/band.js';
import type { CriterionId } from '../core/criteria.js';
import type { Explanation } from '../core/evaluation.js';
import { ErrorCodes, fail } from '../domain/errors.js';
import {
  type CriterionChange,
  comparePeriods,
  type PeriodComparison,
  type ScoreChange,
} from '../scorecard/compare.js';
import type { MessageInputs, MessageTable } from '../scorecard/messages.js';
import type {
  CriterionStatus,
  ManagerScorecard,
  ScorecardCriterionResult,
  TeamRankingEntry,
  TeamScorecard,
} from '../scorecard/types.js';

/**
 * What {@link renderHtmlReport} takes.
 *
 * - `team`: the team's scorecard (from `evaluateTeam`, or read back from JSON);
 * - `previous`: the same team's scorecard of the previous period: each manager found in both is
 *   compared with `comparePeriods`, and the report shows the deltas per criterion and overall;
 * - `comparison`: a comparison made by the caller for one manager of the team (it replaces the one
 *   computed from `previous` for that manager; without `previous`, only that manager shows a trend);
 * - `title`: the page's title and first heading; default `Team scorecard <from> – <to>`;
 * - `messages`: a message table (same keys as `SCORECARD_MESSAGES_EN`) to translate next steps and
 *   notes from their codes and inputs; codes it lacks keep the scorecard's English sentence;
 * - `locale`: a BCP 47 tag for the `lang` attribute, the number format and the labels (Simplified
 *   Chinese labels for `zh…`, English otherwise); default `'en'`.
 *
 * @example
 * ```ts
 * import { b2b, evaluateTeam, normalizeManagers, periodOf, type HtmlReportInput } from '@org/cs-metrics';
 * const managers = normalizeManagers([{ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' }]);
 * const input: HtmlReportInput = {
 *   team: evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions: [] }),
 *   title: 'October 2026', locale: 'en',
 * };
 * ```
 */
export interface HtmlReportInput {
  /** The team's scorecard (from `evaluateTeam`, or read back from JSON). */
  readonly team: TeamScorecard;
  /** The same team's scorecard of the previous period: each manager found in both is compared. */
  readonly previous?: TeamScorecard;
  /** One manager's comparison, made by the caller; it replaces the one computed from `previous`. */
  readonly comparison?: PeriodComparison;
  /** The page's title and first heading; default `Team scorecard <from> – <to>`. */
  readonly title?: string;
  /** Translations of next steps and notes by code; codes it lacks keep the English sentence. */
  readonly messages?: MessageTable;
  /** A BCP 47 tag for `lang`, the number format and the labels; default `'en'`. */
  readonly locale?: string;
}

// ---------------------------------------------------------------------------------------------------
// The style sheet. It is constant, so the Content-Security-Policy allows exactly it by its SHA-256
// (`style-src 'sha256-…'`); a test recomputes the hash. No style attributes are used anywhere.

const CSS = `:root{color-scheme:light;--poor:#b42318;--fair:#b54708;--good:#3b7d23;--excellent:#146c43;--none:#555b66}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#1d2127;background:#fff}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d5dd;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
p.meta{margin:0;color:#475467}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eaecf0;vertical-align:top}
th{background:#f2f4f7;font-weight:600}
tbody th{background:none}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.rating{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.85rem;font-weight:600;color:#fff;white-space:nowrap}
.rating-excellent{background:var(--excellent)}.rating-good{background:var(--good)}.rating-fair{background:var(--fair)}.rating-poor{background:var(--poor)}
.rating-insufficient-data,.rating-unknown{background:var(--none)}
.up{color:#146c43}.down{color:#b42318}
figure{margin:.5rem 0 1rem}
figcaption{font-size:.85rem;color:#475467}
svg{max-width:100%;height:auto;font-family:inherit}
svg text{font-size:12px;fill:#1d2127}
svg text.tick{font-size:10px;fill:#475467}
.zone-poor{fill:#f9d7d3}.zone-fair{fill:#fce7c2}.zone-good{fill:#dcefcc}.zone-excellent{fill:#bfe3c8}
.bar{fill:#1d2127}.threshold{stroke:#1d2127;stroke-width:1.5}
.bar-excellent{fill:var(--excellent)}.bar-good{fill:var(--good)}.bar-fair{fill:var(--fair)}.bar-poor{fill:var(--poor)}
.bar-insufficient-data,.bar-unknown{fill:var(--none)}
.trend-line{stroke:#98a2b3;stroke-width:2}.trend-before{fill:#fff;stroke:#475467;stroke-width:2}.trend-now{fill:#1d2127}
ul.plain{padding-left:1.2rem}
.muted{color:#475467}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}section{break-inside:avoid-page}}`;

/** SHA-256 of {@link CSS}, base64: the only style the page's Content-Security-Policy allows. */
const CSS_SHA256 = 'KWbconAMuCLEJ6eQO+I+RjlvCjFeWyv+noUX/PtVtdI=';

// ---------------------------------------------------------------------------------------------------
// Labels

interface Labels {
  readonly defaultTitle: (from: string, to: string) => string;
  readonly period: string;
  readonly profile: string;
  readonly asOf: string;
  readonly managers: string;
  readonly ranking: string;
  readonly rankingCaption: string;
  readonly rankingChart: string;
  readonly rank: string;
  readonly manager: string;
  readonly score: string;
  readonly rating: string;
  readonly change: string;
  readonly previousScore: string;
  readonly trend: string;
  readonly trendChart: (from: string, to: string) => string;
  readonly trendNote: string;
  readonly objectives: string;
  readonly objectivesChart: string;
  readonly distribution: string;
  readonly distributionCaption: string;
  readonly scored: string;
  readonly min: string;
  readonly median: string;
  readonly max: string;
  readonly mean: string;
  readonly notes: string;
  readonly overall: string;
  readonly strongest: string;
  readonly weakest: string;
  readonly criteria: string;
  readonly criteriaCaption: (name: string) => string;
  readonly criteriaChart: (name: string) => string;
  readonly chartNote: string;
  readonly criterion: string;
  readonly value: string;
  readonly band: string;
  readonly weight: string;
  readonly notScored: string;
  readonly allScored: string;
  readonly nextSteps: string;
  readonly noNextSteps: string;
  readonly noScore: string;
  readonly none: string;
  readonly best: string;
  readonly ratings: Readonly<Record<Rating, string>>;
  readonly statuses: Readonly<Record<CriterionStatus, string>>;
  readonly changes: Readonly<Record<ScoreChange, string>>;
  readonly criteriaNames: Readonly<Record<CriterionId, string>>;
}

const EN: Labels = {
  defaultTitle: (from, to) => `Team scorecard ${from} – ${to}`,
  period: 'Period',
  profile: 'Profile',
  asOf: 'As of',
  managers: 'Managers',
  ranking: 'Ranking',
  rankingCaption: 'Managers by overall score, highest first',
  rankingChart: 'Overall score per manager (0–100)',
  rank: 'Rank',
  manager: 'Manager',
  score: 'Score',
  rating: 'Rating',
  change: 'Change',
  previousScore: 'Previous',
  trend: 'Trend against the previous period',
  trendChart: (from, to) => `Overall score in the previous period (${from} – ${to}, hollow) and now (filled)`,
  trendNote: 'Change is the current score minus the previous one, in points of 100.',
  objectives: 'Team objectives',
  objectivesChart: 'Team objectives against their bands',
  distribution: 'Spread per criterion',
  distributionCaption: 'Scores of the managers scored on each criterion',
  scored: 'Scored',
  min: 'Min',
  median: 'Median',
  max: 'Max',
  mean: 'Mean',
  notes: 'Notes',
  overall: 'Overall',
  strongest: 'Strongest',
  weakest: 'Weakest',
  criteria: 'Criteria',
  criteriaCaption: (name) => `Criteria of ${name}`,
  criteriaChart: (name) => `Scores of ${name} against each criterion's band`,
  chartNote:
    'Each bar is a score from 0 to 100 over the band: poor below 40, fair from 40, good from 60, excellent from 80; the marks show the band’s thresholds in the criterion’s own unit.',
  criterion: 'Criterion',
  value: 'Value',
  band: 'Band (fair · good · excellent)',
  weight: 'Weight',
  notScored: 'Criteria without a score',
  allScored: 'Every criterion was scored.',
  nextSteps: 'Next steps',
  noNextSteps: 'No next steps.',
  noScore: 'no score',
  none: '—',
  best: 'best',
  ratings: {
    excellent: 'excellent',
    good: 'good',
    fair: 'fair',
    poor: 'poor',
    'insufficient-data': 'insufficient data',
  },
  statuses: {
    scored: 'scored',
    'insufficient-data': 'insufficient data',
    'no-records': 'no records',
    'switched-off': 'switched off',
    'not-applicable': 'not applicable',
  },
  changes: {
    rose: 'rose',
    fell: 'fell',
    unchanged: 'unchanged',
    new: 'new',
    dropped: 'dropped',
    'not-compared': 'not compared',
  },
  criteriaNames: {
    'sales.eventParticipation': 'Event participation',
    'sales.meetingCallAlternation': 'Meetings and calls alternated',
    'sales.referrals': 'Referrals',
    'sales.meetingRate': 'Meeting rate',
    'sales.decisionMakerReach': 'Decision-maker reach',
    'sales.planAttainment': 'Plan attainment',
    'sales.opportunityFunnel': 'Opportunity funnel',
    'contactCentre.serviceLevel': 'Service level',
    'contactCentre.monitoringScores': 'Monitoring scores',
    'contactCentre.budgetVariance': 'Budget variance',
    'contactCentre.trainingCoverage': 'Training coverage',
    'customer.satisfaction': 'Customer satisfaction',
    'customer.retention': 'Retention',
    'customer.resolutionEfficiency': 'Resolution efficiency',
    'customer.feedbackQuality': 'Feedback handling',
    'customer.relationshipCare': 'Relationship care',
  },
};

const ZH: Labels = {
  defaultTitle: (from, to) => `团队考评 ${from} – ${to}`,
  period: '期间',
  profile: '配置',
  asOf: '截至',
  managers: '经理',
  ranking: '排名',
  rankingCaption: '按总分排列的经理，从高到低',
  rankingChart: '每位经理的总分（0–100）',
  rank: '名次',
  manager: '经理',
  score: '得分',
  rating: '评级',
  change: '变化',
  previousScore: '上期',
  trend: '与上期相比',
  trendChart: (from, to) => `上期（${from} – ${to}，空心）与本期（实心）的总分`,
  trendNote: '变化为本期得分减去上期得分（满分 100）。',
  objectives: '团队目标',
  objectivesChart: '团队目标与其基准区间',
  distribution: '各项指标的分布',
  distributionCaption: '各项指标上已评分经理的得分',
  scored: '已评分',
  min: '最低',
  median: '中位数',
  max: '最高',
  mean: '平均',
  notes: '说明',
  overall: '总分',
  strongest: '最强项',
  weakest: '最弱项',
  criteria: '指标',
  criteriaCaption: (name) => `${name}的各项指标`,
  criteriaChart: (name) => `${name}各项指标得分与基准区间`,
  chartNote:
    '每个条形为 0–100 的得分：40 以下为差，40 起为一般，60 起为良好，80 起为优秀；刻度标出该指标自身单位下的基准阈值。',
  criterion: '指标',
  value: '数值',
  band: '基准（一般 · 良好 · 优秀）',
  weight: '权重',
  notScored: '未评分的指标',
  allScored: '所有指标均已评分。',
  nextSteps: '下一步',
  noNextSteps: '暂无下一步。',
  noScore: '无得分',
  none: '—',
  best: '最佳',
  ratings: { excellent: '优秀', good: '良好', fair: '一般', poor: '差', 'insufficient-data': '数据不足' },
  statuses: {
    scored: '已评分',
    'insufficient-data': '数据不足',
    'no-records': '无记录',
    'switched-off': '已关闭',
    'not-applicable': '不适用',
  },
  changes: {
    rose: '上升',
    fell: '下降',
    unchanged: '持平',
    new: '新增',
    dropped: '缺失',
    'not-compared': '未比较',
  },
  criteriaNames: {
    'sales.eventParticipation': '活动参与',
    'sales.meetingCallAlternation': '会面与电话交替',
    'sales.referrals': '转介绍',
    'sales.meetingRate': '会面频率',
    'sales.decisionMakerReach': '决策人触达',
    'sales.planAttainment': '计划完成率',
    'sales.opportunityFunnel': '商机漏斗',
    'contactCentre.serviceLevel': '服务水平',
    'contactCentre.monitoringScores': '质检评分',
    'contactCentre.budgetVariance': '预算偏差',
    'contactCentre.trainingCoverage': '培训覆盖',
    'customer.satisfaction': '客户满意度',
    'customer.retention': '客户留存',
    'customer.resolutionEfficiency': '问题解决效率',
    'customer.feedbackQuality': '反馈处理',
    'customer.relationshipCare': '客户关系维护',
  },
};

// ---------------------------------------------------------------------------------------------------
// Escaping and formatting

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values: every string from the data goes through here. */
function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A class-name suffix for a rating, from a closed list (the data may come from JSON). */
function ratingKey(rating: unknown): string {
  return (RATINGS as readonly unknown[]).includes(rating) ? (rating as string) : 'unknown';
}

interface Format {
  readonly labels: Labels;
  readonly number: (x: number, digits?: number) => string;
  readonly percent: (x: number) => string;
  readonly signed: (x: number) => string;
  readonly message: (code: string, inputs: MessageInputs, english: string) => string;
  readonly criterion: (id: string) => string;
}

function makeFormat(locale: string, messages: MessageTable | undefined): Format {
  const labels = locale.toLowerCase().startsWith('zh') ? ZH : EN;
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (x: number, digits = 2) => {
    let f = numbers.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f.format(x === 0 ? 0 : x);
  };
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const sign = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    labels,
    number,
    percent: (x) => pct.format(x),
    signed: (x) => sign.format(x === 0 ? 0 : x),
    message: (code, inputs, english) => {
      const template = messages !== undefined && Object.hasOwn(messages, code) ? messages[code] : undefined;
      return template === undefined ? english : template(inputs);
    },
    criterion: (id) =>
      Object.hasOwn(labels.criteriaNames, id) ? labels.criteriaNames[id as CriterionId] : id,
  };
}

/** Units that are ratios are shown as percentages; others as numbers with their unit. */
function isRatioUnit(unit: string | null): boolean {
  return unit !== null && (unit.startsWith('share') || unit === 'actual/budget' || unit === 'won/plan');
}

function formatValue(value: number | null, unit: string | null, f: Format): string {
  if (value === null) return f.labels.none;
  if (isRatioUnit(unit)) return f.percent(value);
  return unit === null ? f.number(value) : `${f.number(value)} ${unit}`;
}

function formatThreshold(x: number | readonly [number, number], unit: string | null, f: Format): string {
  const one = (v: number) => (isRatioUnit(unit) ? f.percent(v) : f.number(v));
  return typeof x === 'number' ? one(x) : `${one(x[0])}–${one(x[1])}`;
}

/** The band's thresholds at the scores 40, 60 and 80, in the criterion's unit. */
function thresholds(band: Band, unit: string | null, f: Format): [string, string, string] {
  const t = (x: number | readonly [number, number]) => formatThreshold(x, unit, f);
  if (band.direction === 'target-range') return [t(band.fair), t(band.good), t(band.excellent)];
  const op = band.direction === 'higher-is-better' ? '≥ ' : '≤ ';
  return [op + t(band.fair), op + t(band.good), op + t(band.excellent)];
}

function bandText(band: Band, unit: string | null, f: Format): string {
  const [fair, good, excellent] = thresholds(band, unit, f);
  const best =
    band.direction === 'target-range' ? ` (${f.labels.best} ${formatThreshold(band.best, unit, f)})` : '';
  return `${fair} · ${good} · ${excellent}${best}`;
}

function ratingBadge(rating: Rating | null, f: Format): string {
  if (rating === null) return esc(f.labels.none);
  const key = ratingKey(rating);
  const text = key === 'unknown' ? String(rating) : f.labels.ratings[rating];
  return `<span class="rating rating-${key}">${esc(text)}</span>`;
}

function scoreText(score: number | null, f: Format): string {
  return score === null ? f.labels.noScore : f.number(score, 1);
}

function deltaCell(change: CriterionChange | PeriodComparison['overall'] | undefined, f: Format): string {
  if (change === undefined) return `<td class="num">${esc(f.labels.none)}</td>`;
  if (change.scoreDelta === null) return `<td class="num">${esc(f.labels.changes[change.change])}</td>`;
  const cls = change.scoreDelta > 0 ? ' up' : change.scoreDelta < 0 ? ' down' : '';
  return `<td class="num${cls}" data-delta="${esc(change.scoreDelta)}">${esc(f.signed(change.scoreDelta))} <span class="muted">(${esc(f.labels.changes[change.change])})</span></td>`;
}

// ---------------------------------------------------------------------------------------------------
// Charts (inline SVG; every chart and every mark has a <title>)

const LABEL_WIDTH = 230;
const SCALE = 4; // px per score point: 0–100 → 400 px
const PLOT_WIDTH = 100 * SCALE;
const CHART_WIDTH = LABEL_WIDTH + PLOT_WIDTH + 150;
const ZONES = [
  ['poor', 0, 40],
  ['fair', 40, 60],
  ['good', 60, 80],
  ['excellent', 80, 100],
] as const;

const x = (score: number) => LABEL_WIDTH + Math.max(0, Math.min(100, score)) * SCALE;

function svgOpen(id: string, width: number, height: number, title: string, desc?: string): string {
  const described = desc === undefined ? '' : ` aria-describedby="${id}-desc"`;
  const descEl = desc === undefined ? '' : `<desc id="${id}-desc">${esc(desc)}</desc>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title"${described}><title id="${id}-title">${esc(title)}</title>${descEl}`;
}

function scaleAxis(y: number): string {
  return [0, 40, 60, 80, 100]
    .map((s) => `<text class="tick" x="${x(s)}" y="${y}" text-anchor="middle">${s}</text>`)
    .join('');
}

/** A bullet chart: one row per scored criterion, the score bar over the band's zones, thresholds marked. */
function bandChart(
  id: string,
  title: string,
  rows: readonly ScorecardCriterionResult[],
  barClass: string,
  f: Format,
): string {
  const rowHeight = 46;
  const height = rows.length * rowHeight + 22;
  const parts: string[] = [svgOpen(id, CHART_WIDTH, height, title, f.labels.chartNote)];
  rows.forEach((c, i) => {
    const top = i * rowHeight + 4;
    const name = f.criterion(c.criterion);
    const marks = thresholds(c.benchmark, c.unit, f);
    const score = c.score!;
    const rating = ratingKey(c.rating);
    const ratingText = rating === 'unknown' ? String(c.rating) : f.labels.ratings[c.rating!];
    const label = `${name}: ${f.number(score, 1)} (${ratingText}); ${f.labels.value} ${formatValue(c.value, c.unit, f)}; ${f.labels.band} ${bandText(c.benchmark, c.unit, f)}`;
    parts.push(`<g class="criterion-row" data-criterion="${esc(c.criterion)}"><title>${esc(label)}</title>`);
    parts.push(`<text x="0" y="${top + 17}">${esc(name)}</text>`);
    for (const [zone, from, to] of ZONES) {
      parts.push(
        `<rect class="zone-${zone}" x="${x(from)}" y="${top + 4}" width="${(to - from) * SCALE}" height="20"/>`,
      );
    }
    parts.push(
      `<rect class="${barClass} bar bar-${rating}" data-score="${esc(score)}" x="${x(0)}" y="${top + 10}" width="${Math.max(0, Math.min(100, score)) * SCALE}" height="8"/>`,
    );
    ([40, 60, 80] as const).forEach((s, k) => {
      parts.push(
        `<line class="threshold" x1="${x(s)}" x2="${x(s)}" y1="${top + 1}" y2="${top + 27}"/><text class="tick" x="${x(s)}" y="${top + 38}" text-anchor="middle">${esc(marks[k])}</text>`,
      );
    });
    parts.push(
      `<text x="${x(100) + 8}" y="${top + 18}">${esc(`${f.number(score, 1)} · ${ratingText}`)}</text></g>`,
    );
  });
  parts.push(scaleAxis(height - 6), '</svg>');
  return parts.join('');
}

function rankingChart(ranking: readonly TeamRankingEntry[], f: Format): string {
  const rowHeight = 26;
  const height = ranking.length * rowHeight + 22;
  const parts = [svgOpen('ranking-chart', CHART_WIDTH, height, f.labels.rankingChart)];
  ranking.forEach((r, i) => {
    const top = i * rowHeight + 4;
    const rating = ratingKey(r.rating);
    const ratingText = rating === 'unknown' ? String(r.rating) : f.labels.ratings[r.rating];
    const rank = r.rank === null ? f.labels.none : String(r.rank);
    const text = r.score === null ? f.labels.noScore : `${f.number(r.score, 1)} · ${ratingText}`;
    parts.push(
      `<g class="ranking-row" data-manager-id="${esc(r.managerId)}"><title>${esc(`${rank}. ${r.name}: ${text}`)}</title>`,
    );
    parts.push(`<text x="0" y="${top + 14}">${esc(`${rank}. ${r.name}`)}</text>`);
    parts.push(
      `<rect class="zone-fair" x="${x(0)}" y="${top + 2}" width="${PLOT_WIDTH}" height="16" opacity="0.35"/>`,
    );
    if (r.score !== null) {
      parts.push(
        `<rect class="ranking-bar bar-${rating}" data-score="${esc(r.score)}" x="${x(0)}" y="${top + 2}" width="${Math.max(0, Math.min(100, r.score)) * SCALE}" height="16"/>`,
      );
    }
    parts.push(`<text x="${x(100) + 8}" y="${top + 14}">${esc(text)}</text></g>`);
  });
  parts.push(scaleAxis(height - 6), '</svg>');
  return parts.join('');
}

function trendChart(team: TeamScorecard, comparisons: ReadonlyMap<string, PeriodComparison>, f: Format) {
  const rows = team.managers.filter((m) => comparisons.has(m.manager.id));
  const first = comparisons.get(rows[0]!.manager.id)!;
  const rowHeight = 26;
  const height = rows.length * rowHeight + 22;
  const title = f.labels.trendChart(first.previous.from, first.previous.to);
  const parts = [svgOpen('trend-chart', CHART_WIDTH, height, title, f.labels.trendNote)];
  rows.forEach((m, i) => {
    const c = comparisons.get(m.manager.id)!.overall;
    const top = i * rowHeight + 4;
    const before = c.previous.score;
    const now = c.current.score;
    const delta = c.scoreDelta === null ? f.labels.changes[c.change] : f.signed(c.scoreDelta);
    const summary = `${m.manager.name}: ${scoreText(before, f)} → ${scoreText(now, f)} (${delta})`;
    parts.push(`<g class="trend-row" data-manager-id="${esc(m.manager.id)}"><title>${esc(summary)}</title>`);
    parts.push(`<text x="0" y="${top + 14}">${esc(m.manager.name)}</text>`);
    parts.push(
      `<line class="threshold" x1="${x(0)}" x2="${x(100)}" y1="${top + 10}" y2="${top + 10}" opacity="0.15"/>`,
    );
    if (before !== null && now !== null) {
      parts.push(
        `<line class="trend-line" x1="${x(before)}" x2="${x(now)}" y1="${top + 10}" y2="${top + 10}"/>`,
      );
    }
    if (before !== null)
      parts.push(`<circle class="trend-before" cx="${x(before)}" cy="${top + 10}" r="5"/>`);
    if (now !== null) parts.push(`<circle class="trend-now" cx="${x(now)}" cy="${top + 10}" r="5"/>`);
    parts.push(`<text x="${x(100) + 8}" y="${top + 14}">${esc(delta)}</text></g>`);
  });
  parts.push(scaleAxis(height - 6), '</svg>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------
// Sections

function explanationText(e: Explanation, f: Format): string {
  return f.message(e.code, e.inputs, e.message);
}

function rankingSection(team: TeamScorecard, comparisons: ReadonlyMap<string, PeriodComparison>, f: Format) {
  const L = f.labels;
  const trend = comparisons.size > 0;
  const head = `<tr><th scope="col" class="num">${esc(L.rank)}</th><th scope="col">${esc(L.manager)}</th><th scope="col" class="num">${esc(L.score)}</th><th scope="col">${esc(L.rating)}</th>${trend ? `<th scope="col" class="num">${esc(L.previousScore)}</th><th scope="col" class="num">${esc(L.change)}</th>` : ''}</tr>`;
  const rows = team.ranking.map((r) => {
    const c = comparisons.get(r.managerId);
    const section = team.managers.findIndex((m) => m.manager.id === r.managerId);
    const name = section < 0 ? esc(r.name) : `<a href="#manager-${section + 1}">${esc(r.name)}</a>`;
    const extra = trend
      ? `<td class="num">${esc(c === undefined ? L.none : scoreText(c.overall.previous.score, f))}</td>${deltaCell(c?.overall, f)}`
      : '';
    return `<tr data-manager-id="${esc(r.managerId)}"><td class="num">${esc(r.rank ?? L.none)}</td><th scope="row">${name}</th><td class="num">${esc(scoreText(r.score, f))}</td><td>${ratingBadge(r.rating, f)}</td>${extra}</tr>`;
  });
  const parts = [
    `<section id="ranking" aria-labelledby="ranking-heading"><h2 id="ranking-heading">${esc(L.ranking)}</h2>`,
    `<table id="ranking-table"><caption>${esc(L.rankingCaption)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`,
    `<figure>${rankingChart(team.ranking, f)}</figure>`,
  ];
  if (trend) {
    parts.push(
      `<h3 id="trend-heading">${esc(L.trend)}</h3><figure>${trendChart(team, comparisons, f)}<figcaption>${esc(L.trendNote)}</figcaption></figure>`,
    );
  }
  parts.push('</section>');
  return parts.join('');
}

function objectivesSection(team: TeamScorecard, f: Format): string {
  const L = f.labels;
  if (team.objectives.length === 0) return '';
  const scored = team.objectives.filter((o) => o.score !== null);
  const rows = team.objectives.map(
    (o) =>
      `<tr data-criterion="${esc(o.criterion)}"><th scope="row">${esc(f.criterion(o.criterion))}</th><td class="num">${esc(formatValue(o.value, o.unit, f))}</td><td class="num">${esc(scoreText(o.score, f))}</td><td>${o.score === null ? esc(L.statuses[o.status]) : ratingBadge(o.rating, f)}</td><td>${esc(bandText(o.benchmark, o.unit, f))}</td><td>${esc(explanationText(o.explanation, f))}</td></tr>`,
  );
  return [
    `<section id="objectives" aria-labelledby="objectives-heading"><h2 id="objectives-heading">${esc(L.objectives)}</h2>`,
    scored.length > 0
      ? `<figure>${bandChart('objectives-chart', L.objectivesChart, scored, 'objective-bar', f)}</figure>`
      : '',
    `<table id="objectives-table"><caption>${esc(L.objectives)}</caption><thead><tr><th scope="col">${esc(L.criterion)}</th><th scope="col" class="num">${esc(L.value)}</th><th scope="col" class="num">${esc(L.score)}</th><th scope="col">${esc(L.rating)}</th><th scope="col">${esc(L.band)}</th><th scope="col">${esc(L.notes)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('');
}

function distributionSection(team: TeamScorecard, f: Format): string {
  const L = f.labels;
  const num = (v: number | null) => esc(v === null ? L.none : f.number(v, 1));
  const rows = team.distribution.map(
    (d) =>
      `<tr data-criterion="${esc(d.criterion)}"><th scope="row">${esc(f.criterion(d.criterion))}</th><td class="num">${esc(d.scored)}</td><td class="num">${num(d.min)}</td><td class="num">${num(d.median)}</td><td class="num">${num(d.max)}</td><td class="num">${num(d.mean)}</td></tr>`,
  );
  return `<section id="distribution" aria-labelledby="distribution-heading"><h2 id="distribution-heading">${esc(L.distribution)}</h2><table><caption>${esc(L.distributionCaption)}</caption><thead><tr><th scope="col">${esc(L.criterion)}</th><th scope="col" class="num">${esc(L.scored)}</th><th scope="col" class="num">${esc(L.min)}</th><th scope="col" class="num">${esc(L.median)}</th><th scope="col" class="num">${esc(L.max)}</th><th scope="col" class="num">${esc(L.mean)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function managerSection(
  card: ManagerScorecard,
  index: number,
  comparison: PeriodComparison | undefined,
  f: Format,
) {
  const L = f.labels;
  const id = `manager-${index + 1}`;
  const name = card.manager.name;
  const scored = card.criteria.filter((c) => c.status === 'scored' && c.score !== null);
  const unscored = card.criteria.filter((c) => !(c.status === 'scored' && c.score !== null));
  const changeOf = (criterion: string) => comparison?.criteria.find((c) => c.criterion === criterion);
  const trend = comparison !== undefined;
  const overallDelta =
    comparison === undefined
      ? ''
      : comparison.overall.scoreDelta === null
        ? ` · ${esc(L.change)}: ${esc(L.changes[comparison.overall.change])}`
        : ` · ${esc(L.change)}: <span class="${comparison.overall.scoreDelta > 0 ? 'up' : comparison.overall.scoreDelta < 0 ? 'down' : ''}" data-delta="${esc(comparison.overall.scoreDelta)}">${esc(f.signed(comparison.overall.scoreDelta))}</span>`;
  const strongWeak = [
    card.strongest === null
      ? ''
      : ` · ${esc(L.strongest)}: ${esc(f.criterion(card.strongest.criterion))} (${esc(f.number(card.strongest.score, 1))})`,
    card.weakest === null
      ? ''
      : ` · ${esc(L.weakest)}: ${esc(f.criterion(card.weakest.criterion))} (${esc(f.number(card.weakest.score, 1))})`,
  ].join('');
  const parts = [
    `<section class="manager" id="${id}" data-manager-id="${esc(card.manager.id)}" aria-labelledby="${id}-heading">`,
    `<h3 id="${id}-heading">${esc(name)}</h3>`,
    `<p class="meta">${esc(L.overall)}: <strong>${esc(scoreText(card.overall.score, f))}</strong> ${ratingBadge(card.overall.rating, f)}${overallDelta}${strongWeak}</p>`,
  ];
  if (scored.length > 0) {
    parts.push(
      `<figure>${bandChart(`${id}-chart`, L.criteriaChart(name), scored, 'criterion-bar', f)}</figure>`,
      `<table class="criteria"><caption>${esc(L.criteriaCaption(name))}</caption><thead><tr><th scope="col">${esc(L.criterion)}</th><th scope="col" class="num">${esc(L.value)}</th><th scope="col" class="num">${esc(L.score)}</th><th scope="col">${esc(L.rating)}</th><th scope="col">${esc(L.band)}</th><th scope="col" class="num">${esc(L.weight)}</th>${trend ? `<th scope="col" class="num">${esc(L.change)}</th>` : ''}</tr></thead><tbody>`,
    );
    for (const c of scored) {
      parts.push(
        `<tr data-criterion="${esc(c.criterion)}"><th scope="row">${esc(f.criterion(c.criterion))}</th><td class="num">${esc(formatValue(c.value, c.unit, f))}</td><td class="num">${esc(scoreText(c.score, f))}</td><td>${ratingBadge(c.rating, f)}</td><td>${esc(bandText(c.benchmark, c.unit, f))}</td><td class="num">${esc(f.number(c.weight))}</td>${trend ? deltaCell(changeOf(c.criterion), f) : ''}</tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push(`<h4>${esc(L.notScored)}</h4>`);
  if (unscored.length === 0) {
    parts.push(`<p>${esc(L.allScored)}</p>`);
  } else {
    parts.push('<ul class="plain not-scored">');
    for (const c of unscored) {
      const change = changeOf(c.criterion);
      const dropped = change?.change === 'dropped' ? ` (${esc(L.changes.dropped)})` : '';
      parts.push(
        `<li data-criterion="${esc(c.criterion)}" data-status="${esc(c.status)}"><strong>${esc(f.criterion(c.criterion))}</strong> — ${esc(L.statuses[c.status] ?? c.status)}${dropped}: ${esc(explanationText(c.explanation, f))}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push(`<h4>${esc(L.nextSteps)}</h4>`);
  if (card.nextSteps.length === 0) {
    parts.push(`<p>${esc(L.noNextSteps)}</p>`);
  } else {
    parts.push('<ol class="next-steps">');
    for (const s of card.nextSteps) {
      parts.push(`<li data-code="${esc(s.code)}">${esc(f.message(s.code, s.inputs, s.message))}</li>`);
    }
    parts.push('</ol>');
  }
  const notes = card.notes.filter((n) => n.code === 'scorecard.weights-renormalised');
  if (notes.length > 0) {
    parts.push(`<p class="muted">${notes.map((n) => esc(explanationText(n, f))).join(' ')}</p>`);
  }
  parts.push('</section>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------
// Checks

function checkTeam(team: unknown, path: string): TeamScorecard {
  const t = team as TeamScorecard;
  if (
    typeof t !== 'object' ||
    t === null ||
    t.kind !== 'team-scorecard' ||
    !Array.isArray(t.managers) ||
    !Array.isArray(t.ranking)
  ) {
    fail(ErrorCodes.InvalidOption, path, 'a TeamScorecard from evaluateTeam()', team);
  }
  return t;
}

function checkLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale.length === 0) {
    return fail(
      ErrorCodes.InvalidOption,
      'input.locale',
      'a BCP 47 language tag such as en or zh-CN',
      locale,
    );
  }
  try {
    return Intl.getCanonicalLocales(locale)[0]!;
  } catch {
    return fail(
      ErrorCodes.InvalidOption,
      'input.locale',
      'a BCP 47 language tag such as en or zh-CN',
      locale,
    );
  }
}

function comparisonsOf(input: HtmlReportInput, team: TeamScorecard): Map<string, PeriodComparison> {
  const out = new Map<string, PeriodComparison>();
  if (input.previous !== undefined) {
    const previous = checkTeam(input.previous, 'input.previous');
    for (const card of team.managers) {
      const before = previous.managers.find((m) => m.manager.id === card.manager.id);
      if (before !== undefined) out.set(card.manager.id, comparePeriods(card, before));
    }
  }
  const c = input.comparison;
  if (c !== undefined) {
    if (typeof c !== 'object' || c === null || c.kind !== 'period-comparison') {
      fail(ErrorCodes.InvalidOption, 'input.comparison', 'a PeriodComparison from comparePeriods()', c);
    }
    if (!team.managers.some((m) => m.manager.id === c.managerId)) {
      fail(
        ErrorCodes.InvalidOption,
        'input.comparison.managerId',
        'the id of a manager of the team',
        c.managerId,
      );
    }
    out.set(c.managerId, c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

/**
 * Renders a team's scorecard as one self-contained HTML page, readable offline: inline CSS and inline
 * SVG charts (no script, font, image or network request; a Content-Security-Policy forbids them all
 * and allows only the page's own style sheet by its hash). It shows:
 *
 * - the team ranking (a table and a bar chart) and, with `previous` or `comparison`, the trend: each
 *   manager's overall score before and now with the signed delta, and the delta per criterion;
 * - the team objectives (service level over every call, spending over every budget line);
 * - the spread of every criterion over the team;
 * - per manager: a bullet chart of each scored criterion — the score (0–100) over the band's zones
 *   (poor, fair, good, excellent) with the band's thresholds marked in the criterion's own unit — a
 *   table of the same, the criteria without a score with the reason, and the next steps.
 *
 * Every string from the data (names, next steps, notes) is escaped; ratings are given as text as well
 * as colour; charts carry `<title>`s; tables have captions and header cells. The output depends only on
 * the input: the same input gives the same bytes (the clock is never read; `asOf` comes from the data).
 *
 * @throws {@link CsMetricsError} `invalid-option` at `input.team`, `input.previous`, `input.comparison`
 *   (not a comparison, or `input.comparison.managerId` not in the team), `input.title` or `input.locale`.
 * @example
 * ```ts
 * import { b2b, evaluateTeam, normalizeManagers, periodOf, renderHtmlReport } from '@org/cs-metrics';
 * const managers = normalizeManagers([{ id: 'm1', name: 'Anna <Berg>', role: 'first-line', function: 'sales', timeZone: 'UTC' }]);
 * const team = evaluateTeam({ managers, period: periodOf('2026-10'), profile: b2b, interactions: [] });
 * const html = renderHtmlReport({ team, title: 'October 2026' });
 * html.startsWith('<!DOCTYPE html>'); // true
 * html.includes('Anna &lt;Berg&gt;'); // true
 * html === renderHtmlReport({ team, title: 'October 2026' }); // true
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  if (typeof input !== 'object' || input === null) {
    return fail(
      ErrorCodes.InvalidOption,
      'input',
      '{ team, previous?, comparison?, title?, messages?, locale? }',
      input,
    );
  }
  const team = checkTeam(input.team, 'input.team');
  if (input.title !== undefined && typeof input.title !== 'string') {
    fail(ErrorCodes.InvalidOption, 'input.title', 'a string', input.title);
  }
  if (input.messages !== undefined && (typeof input.messages !== 'object' || input.messages === null)) {
    fail(ErrorCodes.InvalidOption, 'input.messages', 'a message table (code → template)', input.messages);
  }
  const locale = checkLocale(input.locale ?? 'en');
  const f = makeFormat(locale, input.messages);
  const L = f.labels;
  const comparisons = comparisonsOf(input, team);
  const title = input.title ?? L.defaultTitle(team.period.from, team.period.to);
  const asOf = team.asOf === null ? '' : ` · ${esc(L.asOf)} ${esc(new Date(team.asOf).toISOString())}`;
  const csp = `default-src 'none'; style-src 'sha256-${CSS_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const teamNotes = team.notes.map(
    (n) => `<li data-code="${esc(n.code)}">${esc(explanationText(n, f))}</li>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="@org/cs-metrics">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(L.period)} ${esc(team.period.from)} – ${esc(team.period.to)} (${esc(team.period.timeZone)}) · ${esc(L.profile)} ${esc(team.profile)}${asOf}</p></header>`,
    '<main>',
    rankingSection(team, comparisons, f),
    objectivesSection(team, f),
    distributionSection(team, f),
    `<section id="managers" aria-labelledby="managers-heading"><h2 id="managers-heading">${esc(L.managers)}</h2>`,
    ...team.managers.map((card, i) => managerSection(card, i, comparisons.get(card.manager.id), f)),
    '</section>',
    teamNotes.length === 0
      ? ''
      : `<section id="notes" aria-labelledby="notes-heading"><h2 id="notes-heading">${esc(L.notes)}</h2><ul class="plain">${teamNotes.join('')}</ul></section>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** @internal The style sheet and its hash, for the test that checks the Content-Security-Policy. */
export const REPORT_STYLE = { css: CSS, sha256: CSS_SHA256 } as const;
