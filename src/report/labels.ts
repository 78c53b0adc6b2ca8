import type { Rating } from '../core/band.js';
import type { CriterionId } from '../core/criteria.js';
import type { ScoreChange } from '../scorecard/compare.js';
import type { CriterionStatus } from '../scorecard/types.js';

/**
 * The words of a text report around the scorecard's own messages: headings, column names, the
 * criteria's names, ratings, statuses and changes. {@link REPORT_LABELS_EN} and
 * {@link REPORT_LABELS_ZH_CN} are shipped; an app may pass its own.
 *
 * @example
 * ```ts
 * import { REPORT_LABELS_EN, type ReportLabels } from '@org/cs-metrics';
 * const labels: ReportLabels = { ...REPORT_LABELS_EN, teamTitle: 'Monthly review' };
 * labels.criteria['sales.meetingRate']; // 'Meetings per working day'
 * ```
 */
export interface ReportLabels {
  readonly teamTitle: string;
  readonly managerTitle: string;
  readonly profile: string;
  readonly period: string;
  readonly comparedWith: string;
  readonly ranking: string;
  readonly scores: string;
  readonly objectives: string;
  readonly managers: string;
  readonly rank: string;
  readonly manager: string;
  readonly overall: string;
  readonly rating: string;
  readonly change: string;
  readonly criterion: string;
  readonly value: string;
  readonly score: string;
  readonly weight: string;
  readonly min: string;
  readonly median: string;
  readonly max: string;
  readonly mean: string;
  readonly strongest: string;
  readonly weakest: string;
  readonly nextSteps: string;
  readonly notes: string;
  readonly none: string;
  readonly scored: string;
  readonly renormalised: string;
  readonly criteria: Readonly<Record<CriterionId, string>>;
  readonly ratings: Readonly<Record<Rating, string>>;
  readonly statuses: Readonly<Record<CriterionStatus, string>>;
  readonly changes: Readonly<Record<ScoreChange, string>>;
}

/**
 * English report labels.
 *
 * @example
 * ```ts
 * import { REPORT_LABELS_EN } from '@org/cs-metrics';
 * REPORT_LABELS_EN.ratings.good; // 'good'
 * ```
 */
export const REPORT_LABELS_EN: ReportLabels = Object.freeze({
  teamTitle: 'Team scorecard',
  managerTitle: 'Scorecard',
  profile: 'Profile',
  period: 'Period',
  comparedWith: 'Compared with',
  ranking: 'Ranking',
  scores: 'Scores by criterion',
  objectives: 'Team objectives',
  managers: 'Managers',
  rank: '#',
  manager: 'Manager',
  overall: 'Overall',
  rating: 'Rating',
  change: 'Change',
  criterion: 'Criterion',
  value: 'Value',
  score: 'Score',
  weight: 'Weight',
  min: 'Min',
  median: 'Median',
  max: 'Max',
  mean: 'Mean',
  strongest: 'Strongest',
  weakest: 'Weakest',
  nextSteps: 'Next steps',
  notes: 'Notes',
  none: 'none',
  scored: 'Criteria scored',
  renormalised: 'weights renormalised for the criteria without data',
  criteria: Object.freeze({
    'sales.eventParticipation': 'Events attended',
    'sales.meetingCallAlternation': 'Meeting and calling days',
    'sales.referrals': 'Referrals',
    'sales.meetingRate': 'Meetings per working day',
    'sales.decisionMakerReach': 'Decision makers met',
    'sales.planAttainment': 'Plan attainment',
    'sales.opportunityFunnel': 'Opportunity funnel',
    'contactCentre.serviceLevel': 'Service level',
    'contactCentre.monitoringScores': 'Call monitoring scores',
    'contactCentre.budgetVariance': 'Spending against budget',
    'contactCentre.trainingCoverage': 'Training coverage',
    'customer.satisfaction': 'Customer satisfaction',
    'customer.retention': 'Customer retention',
    'customer.resolutionEfficiency': 'First-contact resolution',
    'customer.feedbackQuality': 'Feedback acted on',
    'customer.relationshipCare': 'Key account care',
  }),
  ratings: Object.freeze({
    excellent: 'excellent',
    good: 'good',
    fair: 'fair',
    poor: 'poor',
    'insufficient-data': 'insufficient data',
  }),
  statuses: Object.freeze({
    scored: 'scored',
    'insufficient-data': 'insufficient data',
    'no-records': 'no records',
    'switched-off': 'switched off',
    'not-applicable': 'not applicable',
  }),
  changes: Object.freeze({
    rose: 'rose',
    fell: 'fell',
    unchanged: 'unchanged',
    new: 'new',
    dropped: 'dropped',
    'not-compared': '',
  }),
});

/**
 * Simplified Chinese report labels (`--locale zh-CN`).
 *
 * @example
 * ```ts
 * import { REPORT_LABELS_ZH_CN } from '@org/cs-metrics';
 * REPORT_LABELS_ZH_CN.criteria['contactCentre.serviceLevel']; // '服务水平'
 * ```
 */
export const REPORT_LABELS_ZH_CN: ReportLabels = Object.freeze({
  teamTitle: '团队评分卡',
  managerTitle: '评分卡',
  profile: '基准',
  period: '期间',
  comparedWith: '对比期间',
  ranking: '排名',
  scores: '各项指标得分',
  objectives: '团队目标',
  managers: '经理',
  rank: '名次',
  manager: '经理',
  overall: '总分',
  rating: '评级',
  change: '变化',
  criterion: '指标',
  value: '数值',
  score: '得分',
  weight: '权重',
  min: '最低',
  median: '中位数',
  max: '最高',
  mean: '平均',
  strongest: '最强项',
  weakest: '最弱项',
  nextSteps: '下一步',
  notes: '说明',
  none: '无',
  scored: '已评分指标',
  renormalised: '缺少数据的指标未计入，权重已重新归一',
  criteria: Object.freeze({
    'sales.eventParticipation': '活动参与',
    'sales.meetingCallAlternation': '拜访日与电话日交替',
    'sales.referrals': '转介绍',
    'sales.meetingRate': '每个工作日的会面次数',
    'sales.decisionMakerReach': '接触决策人',
    'sales.planAttainment': '计划完成率',
    'sales.opportunityFunnel': '商机漏斗',
    'contactCentre.serviceLevel': '服务水平',
    'contactCentre.monitoringScores': '通话质检得分',
    'contactCentre.budgetVariance': '预算执行',
    'contactCentre.trainingCoverage': '培训覆盖',
    'customer.satisfaction': '客户满意度',
    'customer.retention': '客户留存',
    'customer.resolutionEfficiency': '首次解决率',
    'customer.feedbackQuality': '反馈处理',
    'customer.relationshipCare': '重点客户维护',
  }),
  ratings: Object.freeze({
    excellent: '优秀',
    good: '良好',
    fair: '一般',
    poor: '差',
    'insufficient-data': '数据不足',
  }),
  statuses: Object.freeze({
    scored: '已评分',
    'insufficient-data': '数据不足',
    'no-records': '无记录',
    'switched-off': '未启用',
    'not-applicable': '不适用',
  }),
  changes: Object.freeze({
    rose: '上升',
    fell: '下降',
    unchanged: '持平',
    new: '新增',
    dropped: '缺失',
    'not-compared': '',
  }),
});
