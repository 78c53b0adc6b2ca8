/**
 * @org/cs-metrics: evaluate the people who manage customers (sales and account managers,
 * contact-centre managers) against a benchmark profile.
 *
 * Every public name is exported here, by name.
 *
 * @packageDocumentation
 */

// Core: the aggregator shape, bands, evaluations.
export {
  type Aggregator,
  accumulate,
  accumulateAsync,
  filtered,
  groupedBy,
  measure,
  measureAsync,
  mergeStates,
} from './core/aggregator.js';
export {
  assertBand,
  type Band,
  type HigherIsBetterBand,
  type LowerIsBetterBand,
  RATINGS,
  type Range,
  type Rating,
  rateValue,
  type TargetRangeBand,
} from './core/band.js';
export { areaOf, CRITERION_IDS, type CriterionArea, type CriterionId } from './core/criteria.js';
export {
  type CriterionSettings,
  type Evaluation,
  type Explanation,
  type ExplanationInput,
  type JudgeInput,
  judge,
  roundTo,
} from './core/evaluation.js';
export { checkAggregatorLaws, type LawCheckOptions } from './core/laws.js';
export {
  type BudgetLineResult,
  type BudgetLineState,
  type BudgetSummary,
  type BudgetVarianceMetrics,
  type BudgetVarianceOptions,
  type BudgetVarianceState,
  budgetVariance,
  budgetVarianceAggregator,
  evaluateBudgetVariance,
} from './criteria/contact-centre/budget-variance.js';
// contact-centre: monitoringScores (trainingCoverage below; Biome orders the blocks by path)
export {
  type ChecklistItemCompliance,
  type ChecklistItemState,
  evaluateMonitoringScores,
  type MonitoringPeriodState,
  type MonitoringScoresMetrics,
  type MonitoringScoresOptions,
  type MonitoringScoresState,
  monitoringScores,
  monitoringScoresAggregator,
  NOT_APPLICABLE_POLICIES,
  type NotApplicablePolicy,
  REVIEW_SCORE_SOURCES,
  type RepresentativeScore,
  type RepresentativeScoreState,
  type ReviewScoreSource,
  type ReviewScoringOptions,
  type ScoreAverage,
  type TeamScore,
  type TrainingCandidate,
} from './criteria/contact-centre/monitoring-scores.js';
// contactCentre: serviceLevel
export {
  evaluateServiceLevel,
  SERVICE_LEVEL_CONVENTIONS,
  type ServiceLevelConvention,
  type ServiceLevelMetrics,
  type ServiceLevelOptions,
  type ServiceLevelState,
  serviceLevel,
  serviceLevelAggregator,
} from './criteria/contact-centre/service-level.js';
export {
  type ServiceLevelInterval,
  type ServiceLevelIntervalOptions,
  type ServiceLevelIntervals,
  serviceLevelByInterval,
} from './criteria/contact-centre/service-level-intervals.js';
// contact-centre: trainingCoverage
export {
  evaluateTrainingCoverage,
  type FlaggedRepresentative,
  type FlaggedTrainingStatus,
  type TrainingCoverageInput,
  type TrainingCoverageMetrics,
  type TrainingCoverageOptions,
  type TrainingCoverageRecord,
  type TrainingCoverageRepresentativeState,
  type TrainingCoverageState,
  trainingCoverage,
  trainingCoverageAggregator,
} from './criteria/contact-centre/training-coverage.js';
// customer: resolutionEfficiency, feedbackQuality, relationshipCare
export { type BusinessHours, businessSecondsBetween } from './criteria/customer/business-hours.js';
export {
  evaluateFeedbackQuality,
  type FeedbackQualityInput,
  type FeedbackQualityMetrics,
  type FeedbackQualityOptions,
  type FeedbackQualityRecord,
  type FeedbackQualityState,
  type FeedbackTopic,
  feedbackQuality,
  feedbackQualityAggregator,
} from './criteria/customer/feedback-quality.js';
export {
  QUANTILE_EXACT_CAP,
  QUANTILE_RELATIVE_ERROR,
  type QuantileSketch,
  sketchQuantile,
} from './criteria/customer/quantile-sketch.js';
export {
  evaluateRelationshipCare,
  type OverdueCustomer,
  type RelationshipCareInput,
  type RelationshipCareMetrics,
  type RelationshipCareOptions,
  type RelationshipCareRecord,
  type RelationshipCareState,
  relationshipCare,
  relationshipCareAggregator,
} from './criteria/customer/relationship-care.js';
export {
  type DurationPercentiles,
  evaluateResolutionEfficiency,
  type FirstContactResolutionMethod,
  type ReopenedTicketPolicy,
  type ResolutionEfficiencyMetrics,
  type ResolutionEfficiencyOptions,
  type ResolutionEfficiencyState,
  resolutionEfficiency,
  resolutionEfficiencyAggregator,
} from './criteria/customer/resolution-efficiency.js';
export {
  evaluateRetention,
  type RetentionCohort,
  type RetentionInput,
  type RetentionMetrics,
  type RetentionOptions,
  type RetentionRecord,
  type RetentionState,
  retention,
  retentionAggregator,
} from './criteria/customer/retention.js';
export type { RevenueRetention } from './criteria/customer/revenue-retention.js';
// customer: satisfaction, retention
export {
  type CesResult,
  type CsatResult,
  evaluateSatisfaction,
  type NpsResult,
  type SatisfactionBreakdown,
  type SatisfactionCounts,
  type SatisfactionMetrics,
  type SatisfactionOptions,
  type SatisfactionState,
  type ShareEstimate,
  satisfaction,
  satisfactionAggregator,
} from './criteria/customer/satisfaction.js';
export {
  SURVEY_SCALES,
  type SurveyScale,
  type SurveyScaleSpec,
  surveyScale,
} from './criteria/customer/survey-scales.js';
export { type ConfidenceInterval, wilsonInterval, Z_95, zForConfidence } from './criteria/customer/wilson.js';
// sales: decisionMakerReach, planAttainment, opportunityFunnel
export {
  type DecisionMakerReachInput,
  type DecisionMakerReachMetrics,
  type DecisionMakerReachOptions,
  type DecisionMakerReachRecord,
  type DecisionMakerReachState,
  decisionMakerReach,
  decisionMakerReachAggregator,
  evaluateDecisionMakerReach,
  type StalledAccount,
} from './criteria/sales/decision-maker-reach.js';
// sales: eventParticipation, meetingCallAlternation, referrals
export {
  type EventDealAmountShare,
  type EventParticipationInput,
  type EventParticipationMetrics,
  type EventParticipationMonth,
  type EventParticipationOptions,
  type EventParticipationRecord,
  type EventParticipationState,
  evaluateEventParticipation,
  eventParticipation,
  eventParticipationAggregator,
} from './criteria/sales/event-participation.js';
export {
  type DayFocus,
  dayFocus,
  evaluateMeetingCallAlternation,
  type MeetingCallAlternationDetails,
  type MeetingCallAlternationMetrics,
  type MeetingCallAlternationOptions,
  type MeetingCallAlternationState,
  meetingCallAlternation,
  meetingCallAlternationAggregator,
  type WorkingDayFocus,
} from './criteria/sales/meeting-call-alternation.js';
// sales: meetingRate
export {
  evaluateMeetingRate,
  type MeetingRateMetrics,
  type MeetingRateOptions,
  type MeetingRateState,
  type MeetingRateWeek,
  meetingRate,
  meetingRateAggregator,
} from './criteria/sales/meeting-rate.js';
export {
  evaluateOpportunityFunnel,
  type FunnelCurrency,
  type FunnelStage,
  type OpportunityFunnelInput,
  type OpportunityFunnelMetrics,
  type OpportunityFunnelOptions,
  type OpportunityFunnelRecord,
  type OpportunityFunnelState,
  opportunityFunnel,
  opportunityFunnelAggregator,
  type StageConversion,
} from './criteria/sales/opportunity-funnel.js';
export {
  evaluatePlanAttainment,
  type PlanAttainmentInput,
  type PlanAttainmentMetrics,
  type PlanAttainmentOptions,
  type PlanAttainmentRecord,
  type PlanAttainmentState,
  planAttainment,
  planAttainmentAggregator,
  type SlippageByCurrency,
  type SlippedDeal,
  type SlippedDealState,
} from './criteria/sales/plan-attainment.js';
export {
  evaluateReferrals,
  type ReferralsInput,
  type ReferralsMetrics,
  type ReferralsOptions,
  type ReferralsRecord,
  type ReferralsState,
  referrals,
  referralsAggregator,
} from './criteria/sales/referrals.js';
// sales: salesCriteria (the seven sales criteria in one call)
export {
  type SalesCriteriaEvaluations,
  type SalesCriteriaInput,
  type SalesCriteriaOptions,
  salesCriteria,
} from './criteria/sales/sales-criteria.js';
// Domain: errors, money, time, periods, records.
export {
  CsMetricsError,
  type CsMetricsErrorDetails,
  type ErrorCode,
  ErrorCodes,
  type FileLocation,
} from './domain/errors.js';
export type { JsonSchema, NormalizeOptions } from './domain/fields.js';
export {
  type AmountInput,
  addMoney,
  addToMoneyTotal,
  assertCurrency,
  assertSameCurrency,
  type CurrencyCode,
  compareMoney,
  currencyDigits,
  Decimal,
  emptyMoneyTotal,
  formatMoney,
  type Money,
  type MoneyTotal,
  mergeMoneyTotals,
  money,
  moneyTotalValue,
  subtractMoney,
  sumMoney,
  toDecimal,
} from './domain/money.js';
// performance: isoWeekIndexer, monthIndexer (zoned buckets without formatting per record)
export {
  assertWorkCalendar,
  countWorkingDays,
  DEFAULT_WORK_CALENDAR,
  dayIndexer,
  dayOf,
  daysOf,
  daysOfLabel,
  isoWeekIndexer,
  isoWeekKeyOf,
  isoWeeksOf,
  isWithin,
  monthIndexer,
  monthsOf,
  type Period,
  type PeriodInput,
  type PeriodLabel,
  type PeriodSlice,
  period,
  periodOf,
  type WorkCalendar,
  weekdayOf,
  workingDaysOf,
} from './domain/period.js';
export {
  type BudgetLine,
  type BudgetLineInput,
  normalizeBudgetLine,
  normalizeBudgetLines,
} from './domain/records/budget.js';
export {
  CALL_OUTCOMES,
  type CallOutcome,
  type CallRecord,
  type CallRecordInput,
  normalizeCallRecord,
  normalizeCallRecords,
} from './domain/records/call.js';
export {
  CUSTOMER_SEGMENTS,
  type Customer,
  type CustomerInput,
  type CustomerSegment,
  normalizeCustomer,
  normalizeCustomers,
  normalizeRevenueRecord,
  normalizeRevenueRecords,
  type RevenueRecord,
  type RevenueRecordInput,
} from './domain/records/customer.js';
export {
  type CloseDateChange,
  type CloseDateChangeInput,
  DEAL_SOURCES,
  DEAL_STAGES,
  type Deal,
  type DealInput,
  type DealSource,
  type DealStage,
  normalizeDeal,
  normalizeDeals,
  type StageChange,
  type StageChangeInput,
} from './domain/records/deal.js';
export {
  FEEDBACK_SOURCES,
  type FeedbackItem,
  type FeedbackItemInput,
  type FeedbackSource,
  normalizeFeedbackItem,
  normalizeFeedbackItems,
} from './domain/records/feedback.js';
export {
  CONTACT_ROLES,
  type ContactRole,
  EVENT_TYPES,
  type EventType,
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  type Interaction,
  type InteractionInput,
  type InteractionKind,
  type InteractionOutcome,
  normalizeInteraction,
  normalizeInteractions,
} from './domain/records/interaction.js';
export {
  MANAGER_FUNCTIONS,
  MANAGER_ROLES,
  type Manager,
  type ManagerFunction,
  type ManagerInput,
  type ManagerRole,
  normalizeManager,
  normalizeManagers,
} from './domain/records/manager.js';
export {
  normalizeQualityReview,
  normalizeQualityReviews,
  type QualityReview,
  type QualityReviewInput,
  REVIEW_ITEM_RESULTS,
  type ReviewItem,
  type ReviewItemResult,
} from './domain/records/quality-review.js';
export {
  normalizeSalesPlan,
  normalizeSalesPlans,
  type SalesPlan,
  type SalesPlanInput,
} from './domain/records/sales-plan.js';
export {
  normalizeSurveyResponse,
  normalizeSurveyResponses,
  SURVEY_KINDS,
  type SurveyKind,
  type SurveyResponse,
  type SurveyResponseInput,
} from './domain/records/survey.js';
export {
  normalizeSupportTicket,
  normalizeSupportTickets,
  type SupportTicket,
  type SupportTicketInput,
  TICKET_PRIORITIES,
  type TicketPriority,
} from './domain/records/ticket.js';
export {
  normalizeTrainingRecord,
  normalizeTrainingRecords,
  TRAINING_REASONS,
  type TrainingReason,
  type TrainingRecord,
  type TrainingRecordInput,
} from './domain/records/training.js';
export { jsonSchemas, RECORD_TYPES, type RecordTypeName } from './domain/schemas.js';
export {
  assertTimeZone,
  type CalendarDate,
  calendarDateOf,
  type DateInput,
  toEpochMillis,
} from './domain/time.js';
// Profiles: benchmarks as data.
// contact-centre: budgetVariance
export type {
  BudgetVarianceSettings,
  ContactCentreCriteriaSettings,
  MonitoringScoresSettings,
  ServiceLevelSettings,
  TrainingCoverageSettings,
} from './profiles/contact-centre.js';
export type {
  CustomerCriteriaSettings,
  FeedbackQualitySettings,
  RelationshipCareSettings,
  ResolutionEfficiencySettings,
  RetentionSettings,
  SatisfactionSettings,
} from './profiles/customer.js';
export { assertProfile, type DeepPartial, defineProfile, type ProfileOverrides } from './profiles/define.js';
export {
  b2b,
  b2c,
  builtInProfiles,
  consulting,
  type Profile,
  type ProfileCriteria,
} from './profiles/profile.js';
export type {
  DecisionMakerReachSettings,
  MeetingCallAlternationSettings,
  OpportunityFunnelSettings,
  PlanAttainmentSettings,
  SalesCriteriaSettings,
} from './profiles/sales.js';
// report: renderHtmlReport (the self-contained HTML report)
export { type HtmlReportInput, renderHtmlReport } from './report/html.js';
// report: renderTeamReport, renderManagerReport (plain text and Markdown; the `cs-metrics` command prints them)
export { REPORT_LABELS_EN, REPORT_LABELS_ZH_CN, type ReportLabels } from './report/labels.js';
export { renderManagerReport, renderTeamReport, type TextReportOptions } from './report/text.js';
// sample: sampleDataset, sampleRows (a seeded, realistic, lazily generated data set)
export {
  SAMPLE_KINDS,
  type SampleArraysOptions,
  type SampleDataset,
  type SampleRecords,
  sampleDataset,
} from './sample/dataset.js';
export {
  SAMPLE_PROFILES,
  type SampleDatasetOptions,
  type SampleProfile,
} from './sample/options.js';
export { type SampleRow, type SampleRowSet, sampleRows, toSampleRow } from './sample/rows.js';
// scorecard: evaluateManager, evaluateTeam, comparePeriods
export {
  type CriterionChange,
  comparePeriods,
  type PeriodComparison,
  type ScoreChange,
} from './scorecard/compare.js';
export { type EvaluateManagerInput, evaluateManager, type ScorecardOptions } from './scorecard/manager.js';
export {
  type MessageInputs,
  type MessageTable,
  SCORECARD_MESSAGES_EN,
  scorecardMessage,
} from './scorecard/messages.js';
export { SCORECARD_MESSAGES_ZH_CN } from './scorecard/messages-zh-cn.js';
export {
  type ManagerRecords,
  type RecordAttribution,
  type RecordOf,
  SCORECARD_RECORD_KINDS,
  type ScorecardRecordKind,
  type ScorecardRecords,
} from './scorecard/records.js';
export {
  type NextStepProposal,
  SCORECARD_CRITERIA,
  type ScorecardContext,
  type ScorecardCriterion,
} from './scorecard/registry.js';
export { scorecardJsonSchemas } from './scorecard/schema.js';
// scorecard streaming: evaluateTeamAsync, scoreTeamStream, STREAMING_CRITERIA
export {
  type EvaluateTeamAsyncInput,
  evaluateTeamAsync,
  type ScorecardSources,
  STREAMING_CRITERIA,
  type StreamingCriterion,
  scoreTeamStream,
} from './scorecard/streaming.js';
export { type EvaluateTeamInput, evaluateTeam } from './scorecard/team.js';
export type {
  CriterionDistribution,
  CriterionStatus,
  JsonValue,
  ManagerScorecard,
  NextStep,
  RankedCriterion,
  ScorecardCriterionResult,
  ScorecardManager,
  ScorecardPeriod,
  ScorecardWeight,
  TeamRankingEntry,
  TeamScorecard,
} from './scorecard/types.js';
// staffing: erlangC, requiredAgents, staffingPlan
export {
  type ForecastInterval,
  type StaffingPlan,
  type StaffingPlanOptions,
  type StaffingPlanRow,
  staffingPlan,
} from './staffing/day-plan.js';
export { type ErlangCOptions, type ErlangCResult, erlangC, type Workload } from './staffing/erlang-c.js';
export {
  type RequiredAgentsOptions,
  type RequiredAgentsResult,
  requiredAgents,
} from './staffing/required-agents.js';
