import type { JsonSchema } from './fields.js';
import { budgetLineSchema } from './records/budget.js';
import { callRecordSchema } from './records/call.js';
import { customerSchema, revenueRecordSchema } from './records/customer.js';
import { dealSchema } from './records/deal.js';
import { feedbackItemSchema } from './records/feedback.js';
import { interactionSchema } from './records/interaction.js';
import { managerSchema } from './records/manager.js';
import { qualityReviewSchema } from './records/quality-review.js';
import { salesPlanSchema } from './records/sales-plan.js';
import { surveyResponseSchema } from './records/survey.js';
import { supportTicketSchema } from './records/ticket.js';
import { trainingRecordSchema } from './records/training.js';

/**
 * The names of the input record types, each with a JSON Schema in {@link jsonSchemas}.
 *
 * @example
 * ```ts
 * import { RECORD_TYPES } from '@org/cs-metrics';
 * RECORD_TYPES.includes('Deal'); // true
 * ```
 */
export const RECORD_TYPES = [
  'Manager',
  'Interaction',
  'Deal',
  'CallRecord',
  'BudgetLine',
  'SalesPlan',
  'SurveyResponse',
  'Customer',
  'RevenueRecord',
  'SupportTicket',
  'QualityReview',
  'FeedbackItem',
  'TrainingRecord',
] as const;
/**
 * One of {@link RECORD_TYPES}.
 *
 * @example
 * ```ts
 * import type { RecordTypeName } from '@org/cs-metrics';
 * const name: RecordTypeName = 'CallRecord';
 * ```
 */
export type RecordTypeName = (typeof RECORD_TYPES)[number];

/**
 * A JSON Schema (draft 2020-12) for the JSON form of every input type, generated from the same
 * declarations as the normalisers, so a CRM plugin can validate its mapping with any validator.
 * The normalisers check a little more than a schema can say (a close date after the creation date,
 * a call answered after it was offered).
 *
 * @example
 * ```ts
 * import { jsonSchemas } from '@org/cs-metrics';
 * import Ajv from 'ajv/dist/2020';
 * const validate = new Ajv().compile(jsonSchemas.Deal);
 * const deal = { id: 'D-1', managerId: 'm1', customerId: 'c1', source: 'inbound', stage: 'prospect',
 *   amount: '500', currency: 'EUR', createdAt: '2026-10-01' };
 * validate(deal); // true
 * validate({ ...deal, amount: '12,5' }); // false
 * ```
 */
export const jsonSchemas: Readonly<Record<RecordTypeName, JsonSchema>> = Object.freeze({
  Manager: managerSchema,
  Interaction: interactionSchema,
  Deal: dealSchema,
  CallRecord: callRecordSchema,
  BudgetLine: budgetLineSchema,
  SalesPlan: salesPlanSchema,
  SurveyResponse: surveyResponseSchema,
  Customer: customerSchema,
  RevenueRecord: revenueRecordSchema,
  SupportTicket: supportTicketSchema,
  QualityReview: qualityReviewSchema,
  FeedbackItem: feedbackItemSchema,
  TrainingRecord: trainingRecordSchema,
});
