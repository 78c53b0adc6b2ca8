import { ErrorCodes, fail } from '../errors.js';
import {
  boolean,
  identifier,
  instant,
  join,
  list,
  type NormalizeOptions,
  numberIn,
  objectKind,
  oneOf,
  optional,
  recordType,
  required,
  text,
} from '../fields.js';
import type { DateInput } from '../time.js';

/**
 * How a checklist item of a monitored call was judged.
 *
 * @example
 * ```ts
 * import { REVIEW_ITEM_RESULTS } from '@org/cs-metrics';
 * REVIEW_ITEM_RESULTS; // ['pass', 'fail', 'not-applicable']
 * ```
 */
export const REVIEW_ITEM_RESULTS = ['pass', 'fail', 'not-applicable'] as const;
/**
 * One of {@link REVIEW_ITEM_RESULTS}.
 *
 * @example
 * ```ts
 * import type { ReviewItemResult } from '@org/cs-metrics';
 * const result: ReviewItemResult = 'pass';
 * ```
 */
export type ReviewItemResult = (typeof REVIEW_ITEM_RESULTS)[number];

/**
 * One checklist item of a quality review: greeting, address verification, standard steps, …
 *
 * @example
 * ```ts
 * import type { ReviewItem } from '@org/cs-metrics';
 * const item: ReviewItem = { item: 'verified the address', result: 'pass', weight: 2 };
 * ```
 */
export interface ReviewItem {
  readonly item: string;
  readonly result: ReviewItemResult;
  /** Relative weight (default 1). */
  readonly weight?: number;
  /** A failed critical item fails the whole review. */
  readonly critical?: boolean;
}

/**
 * A quality-monitoring review of one call: silent (the representative did not know) or announced,
 * with an overall score 0–100, checklist items, or both.
 *
 * @example
 * ```ts
 * import type { QualityReviewInput } from '@org/cs-metrics';
 * const review: QualityReviewInput = { id: 'QA-77', agentId: 'a-7', at: '2026-10-14T10:20Z', monitoring: 'silent',
 *   items: [{ item: 'greeting', result: 'pass' }, { item: 'address verified', result: 'fail', critical: true }] };
 * ```
 */
export interface QualityReviewInput {
  readonly id: string | number;
  readonly agentId: string | number;
  readonly teamId?: string | number | null | undefined;
  readonly reviewerId?: string | number | null | undefined;
  readonly callId?: string | number | null | undefined;
  readonly at: DateInput;
  readonly monitoring: 'silent' | 'announced';
  /** The reviewer's overall score, 0–100 (100 perfect, 75 room for improvement). */
  readonly score?: number | null | undefined;
  readonly items?: readonly ReviewItem[] | null | undefined;
}

/**
 * A quality review, normalised.
 *
 * @example
 * ```ts
 * import { normalizeQualityReview, type QualityReview } from '@org/cs-metrics';
 * const review: QualityReview = normalizeQualityReview({ id: 1, agentId: 'a1', at: '2026-10-14', monitoring: 'announced', score: 80 });
 * ```
 */
export interface QualityReview {
  readonly id: string;
  readonly agentId: string;
  readonly teamId?: string;
  readonly reviewerId?: string;
  readonly callId?: string;
  readonly at: number;
  readonly monitoring: 'silent' | 'announced';
  readonly score?: number;
  readonly items?: readonly ReviewItem[];
}

const reviewItem = objectKind<ReviewItem>({
  item: required(text(200), 'the checklist item'),
  result: required(oneOf(REVIEW_ITEM_RESULTS), 'pass, fail or not-applicable'),
  weight: optional(numberIn(0, 1000), 'the relative weight'),
  critical: optional(boolean, 'whether failing it fails the review'),
});

const reviewType = recordType<QualityReviewInput, QualityReview>(
  'QualityReview',
  'reviews',
  'A quality-monitoring review of one call.',
  {
    id: required(identifier, 'the review id'),
    agentId: required(identifier, 'the representative reviewed'),
    teamId: optional(identifier, 'the team'),
    reviewerId: optional(identifier, 'the reviewer'),
    callId: optional(identifier, 'the call reviewed'),
    at: required(instant, 'when the call took place'),
    monitoring: required(oneOf(['silent', 'announced'] as const), 'silent or announced'),
    score: optional(numberIn(0, 100), 'the overall score 0–100'),
    items: optional(list(reviewItem, 500), 'the checklist items'),
  },
  (review, path) => {
    if (review.score === undefined && (review.items === undefined || review.items.length === 0)) {
      fail(ErrorCodes.MissingField, join(path, 'score'), 'a score or at least one checklist item', undefined);
    }
  },
);

/**
 * Checks one quality review and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field; `missing-field` when neither score nor items are given.
 * @example
 * ```ts
 * import { normalizeQualityReview } from '@org/cs-metrics';
 * normalizeQualityReview({ id: 'QA-1', agentId: 'a1', at: '2026-10-14T10:20Z', monitoring: 'silent', score: 75 });
 * ```
 */
export const normalizeQualityReview: (
  input: QualityReviewInput,
  options?: NormalizeOptions,
) => QualityReview = reviewType.normalize;
/**
 * Checks a list of quality reviews; errors name the index (`reviews[2].items[1].result`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeQualityReviews } from '@org/cs-metrics';
 * normalizeQualityReviews([{ id: 'QA-1', agentId: 'a1', at: '2026-10-14', monitoring: 'silent', score: 100 }]);
 * ```
 */
export const normalizeQualityReviews: (
  inputs: Iterable<QualityReviewInput>,
  options?: NormalizeOptions,
) => QualityReview[] = reviewType.normalizeAll;
/** @internal */
export const qualityReviewSchema = reviewType.schema;
