// The record types a file can hold: each type's name, normaliser and normalised shape, in one table.
import type { NormalizeOptions } from '../domain/fields.js';
import { type BudgetLine, normalizeBudgetLine } from '../domain/records/budget.js';
import { type CallRecord, normalizeCallRecord } from '../domain/records/call.js';
import {
  type Customer,
  normalizeCustomer,
  normalizeRevenueRecord,
  type RevenueRecord,
} from '../domain/records/customer.js';
import { type Deal, normalizeDeal } from '../domain/records/deal.js';
import { type FeedbackItem, normalizeFeedbackItem } from '../domain/records/feedback.js';
import { type Interaction, normalizeInteraction } from '../domain/records/interaction.js';
import { type Manager, normalizeManager } from '../domain/records/manager.js';
import { normalizeQualityReview, type QualityReview } from '../domain/records/quality-review.js';
import { normalizeSalesPlan, type SalesPlan } from '../domain/records/sales-plan.js';
import { normalizeSurveyResponse, type SurveyResponse } from '../domain/records/survey.js';
import { normalizeSupportTicket, type SupportTicket } from '../domain/records/ticket.js';
import { normalizeTrainingRecord, type TrainingRecord } from '../domain/records/training.js';
import type { RecordTypeName } from '../domain/schemas.js';

/**
 * The normalised record of each {@link RecordTypeName}: `RecordOfType<'Deal'>` is {@link Deal}.
 *
 * @example
 * ```ts
 * import type { RecordOfType } from '@org/cs-metrics/io';
 * type D = RecordOfType<'Deal'>; // the normalised Deal
 * ```
 */
export interface RecordTypeMap {
  Manager: Manager;
  Interaction: Interaction;
  Deal: Deal;
  CallRecord: CallRecord;
  BudgetLine: BudgetLine;
  SalesPlan: SalesPlan;
  SurveyResponse: SurveyResponse;
  Customer: Customer;
  RevenueRecord: RevenueRecord;
  SupportTicket: SupportTicket;
  QualityReview: QualityReview;
  FeedbackItem: FeedbackItem;
  TrainingRecord: TrainingRecord;
}

/**
 * The normalised record type of a record type name.
 *
 * @example
 * ```ts
 * import type { RecordOfType } from '@org/cs-metrics/io';
 * const calls: RecordOfType<'CallRecord'>[] = [];
 * ```
 */
export type RecordOfType<T extends RecordTypeName> = RecordTypeMap[T];

type Normalizer = (input: never, options?: NormalizeOptions) => unknown;

/** @internal Each type's normaliser. */
export const NORMALIZERS: Readonly<Record<RecordTypeName, Normalizer>> = {
  Manager: normalizeManager,
  Interaction: normalizeInteraction,
  Deal: normalizeDeal,
  CallRecord: normalizeCallRecord,
  BudgetLine: normalizeBudgetLine,
  SalesPlan: normalizeSalesPlan,
  SurveyResponse: normalizeSurveyResponse,
  Customer: normalizeCustomer,
  RevenueRecord: normalizeRevenueRecord,
  SupportTicket: normalizeSupportTicket,
  QualityReview: normalizeQualityReview,
  FeedbackItem: normalizeFeedbackItem,
  TrainingRecord: normalizeTrainingRecord,
};

/** @internal The collection name of each type, as the normalisers use it in paths (`deals[41]`). */
export const COLLECTIONS: Readonly<Record<RecordTypeName, string>> = {
  Manager: 'managers',
  Interaction: 'interactions',
  Deal: 'deals',
  CallRecord: 'calls',
  BudgetLine: 'budgetLines',
  SalesPlan: 'plans',
  SurveyResponse: 'surveys',
  Customer: 'customers',
  RevenueRecord: 'revenue',
  SupportTicket: 'tickets',
  QualityReview: 'reviews',
  FeedbackItem: 'feedback',
  TrainingRecord: 'trainings',
};
