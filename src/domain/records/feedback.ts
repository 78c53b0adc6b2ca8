import {
  assertOrder,
  identifier,
  instant,
  type NormalizeOptions,
  oneOf,
  optional,
  recordType,
  required,
  text,
} from '../fields.js';
import type { DateInput } from '../time.js';

/**
 * Where a piece of feedback came from.
 *
 * @example
 * ```ts
 * import { FEEDBACK_SOURCES } from '@org/cs-metrics';
 * FEEDBACK_SOURCES.includes('complaint'); // true
 * ```
 */
export const FEEDBACK_SOURCES = [
  'survey',
  'complaint',
  'review',
  'call',
  'email',
  'meeting',
  'other',
] as const;
/**
 * One of {@link FEEDBACK_SOURCES}.
 *
 * @example
 * ```ts
 * import type { FeedbackSource } from '@org/cs-metrics';
 * const source: FeedbackSource = 'call';
 * ```
 */
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/**
 * A piece of customer feedback: collected, perhaps categorised by topic, perhaps acted on.
 *
 * @example
 * ```ts
 * import type { FeedbackItemInput } from '@org/cs-metrics';
 * const item: FeedbackItemInput = { id: 'F-12', customerId: 'c-4', at: '2026-10-09', source: 'call',
 *   topic: 'delivery delays', sentiment: 'negative', actionTakenAt: '2026-10-16' };
 * ```
 */
export interface FeedbackItemInput {
  readonly id: string | number;
  readonly customerId?: string | number | null | undefined;
  readonly managerId?: string | number | null | undefined;
  readonly at: DateInput;
  readonly source: FeedbackSource;
  /** The category given in analysis; absent while uncategorised. */
  readonly topic?: string | null | undefined;
  readonly sentiment?: 'positive' | 'neutral' | 'negative' | null | undefined;
  /** When an improvement was made in answer to it. */
  readonly actionTakenAt?: DateInput | null | undefined;
  readonly action?: string | null | undefined;
  readonly text?: string | null | undefined;
}

/**
 * A feedback item, normalised.
 *
 * @example
 * ```ts
 * import { normalizeFeedbackItem, type FeedbackItem } from '@org/cs-metrics';
 * const item: FeedbackItem = normalizeFeedbackItem({ id: 'F-1', at: '2026-10-09', source: 'survey' });
 * ```
 */
export interface FeedbackItem {
  readonly id: string;
  readonly customerId?: string;
  readonly managerId?: string;
  readonly at: number;
  readonly source: FeedbackSource;
  readonly topic?: string;
  readonly sentiment?: 'positive' | 'neutral' | 'negative';
  readonly actionTakenAt?: number;
  readonly action?: string;
  readonly text?: string;
}

const feedbackType = recordType<FeedbackItemInput, FeedbackItem>(
  'FeedbackItem',
  'feedback',
  'A piece of customer feedback and what was done with it.',
  {
    id: required(identifier, 'the feedback id'),
    customerId: optional(identifier, 'the customer'),
    managerId: optional(identifier, 'the manager'),
    at: required(instant, 'when it was received'),
    source: required(oneOf(FEEDBACK_SOURCES), 'where it came from'),
    topic: optional(text(200), 'its category'),
    sentiment: optional(oneOf(['positive', 'neutral', 'negative'] as const), 'positive, neutral or negative'),
    actionTakenAt: optional(instant, 'when it was acted on'),
    action: optional(text(2000), 'what was done'),
    text: optional(text(10_000), 'what the customer said'),
  },
  (item, path) => assertOrder(path, 'at', item.at, 'actionTakenAt', item.actionTakenAt),
);

/**
 * Checks one feedback item and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeFeedbackItem } from '@org/cs-metrics';
 * normalizeFeedbackItem({ id: 'F-1', at: '2026-10-09', source: 'complaint', topic: 'billing' });
 * ```
 */
export const normalizeFeedbackItem: (input: FeedbackItemInput, options?: NormalizeOptions) => FeedbackItem =
  feedbackType.normalize;
/**
 * Checks a list of feedback items; errors name the index (`feedback[5].source`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeFeedbackItems } from '@org/cs-metrics';
 * normalizeFeedbackItems([{ id: 'F-1', at: '2026-10-09', source: 'survey' }]);
 * ```
 */
export const normalizeFeedbackItems: (
  inputs: Iterable<FeedbackItemInput>,
  options?: NormalizeOptions,
) => FeedbackItem[] = feedbackType.normalizeAll;
/** @internal */
export const feedbackItemSchema = feedbackType.schema;
