import { ErrorCodes, fail } from '../errors.js';
import {
  amount,
  assertOrder,
  currency,
  identifier,
  instant,
  join,
  type NormalizeOptions,
  oneOf,
  optional,
  recordType,
  required,
  seconds,
  text,
} from '../fields.js';
import type { AmountInput, Decimal } from '../money.js';
import type { DateInput } from '../time.js';

/**
 * Why a representative was trained: onboarding, a monitoring score below the threshold, a refresher.
 *
 * @example
 * ```ts
 * import { TRAINING_REASONS } from '@org/cs-metrics';
 * TRAINING_REASONS.includes('monitoring'); // true
 * ```
 */
export const TRAINING_REASONS = ['onboarding', 'monitoring', 'refresher', 'other'] as const;
/**
 * One of {@link TRAINING_REASONS}.
 *
 * @example
 * ```ts
 * import type { TrainingReason } from '@org/cs-metrics';
 * const reason: TrainingReason = 'monitoring';
 * ```
 */
export type TrainingReason = (typeof TRAINING_REASONS)[number];

/**
 * A training a representative completed.
 *
 * @example
 * ```ts
 * import type { TrainingRecordInput } from '@org/cs-metrics';
 * const training: TrainingRecordInput = { id: 'TR-3', agentId: 'a-7', course: 'Address verification',
 *   completedAt: '2026-10-21', reason: 'monitoring', cost: '180.00', currency: 'EUR' };
 * ```
 */
export interface TrainingRecordInput {
  readonly id: string | number;
  readonly agentId: string | number;
  /** The representative's team, as calls and reviews name it: the scorecard gives the training to that team's manager. */
  readonly teamId?: string | number | null | undefined;
  readonly course: string;
  readonly startedAt?: DateInput | null | undefined;
  readonly completedAt: DateInput;
  readonly reason?: TrainingReason | null | undefined;
  readonly durationSeconds?: number | null | undefined;
  readonly cost?: AmountInput | null | undefined;
  /** Required with `cost`. */
  readonly currency?: string | null | undefined;
}

/**
 * A training record, normalised.
 *
 * @example
 * ```ts
 * import { normalizeTrainingRecord, type TrainingRecord } from '@org/cs-metrics';
 * const training: TrainingRecord = normalizeTrainingRecord({ id: 1, agentId: 'a1', course: 'Greeting', completedAt: '2026-10-21' });
 * ```
 */
export interface TrainingRecord {
  readonly id: string;
  readonly agentId: string;
  readonly teamId?: string;
  readonly course: string;
  readonly startedAt?: number;
  readonly completedAt: number;
  readonly reason?: TrainingReason;
  readonly durationSeconds?: number;
  readonly cost?: Decimal;
  readonly currency?: string;
}

const trainingType = recordType<TrainingRecordInput, TrainingRecord>(
  'TrainingRecord',
  'trainings',
  'A training a representative completed.',
  {
    id: required(identifier, 'the training id'),
    agentId: required(identifier, 'the representative trained'),
    teamId: optional(identifier, 'the team'),
    course: required(text(300), 'the course'),
    startedAt: optional(instant, 'when it started'),
    completedAt: required(instant, 'when it was completed'),
    reason: optional(oneOf(TRAINING_REASONS), 'why it was given'),
    durationSeconds: optional(seconds, 'its length in seconds'),
    cost: optional(amount, 'what it cost'),
    currency: optional(currency, 'the ISO 4217 currency of the cost'),
  },
  (training, path) => {
    assertOrder(path, 'startedAt', training.startedAt, 'completedAt', training.completedAt);
    if (training.cost !== undefined && training.currency === undefined) {
      // A cost without its currency cannot be summed safely.
      fail(ErrorCodes.MissingField, join(path, 'currency'), 'the ISO 4217 currency of the cost', undefined);
    }
  },
);

/**
 * Checks one training record and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field; `missing-field` for a cost without a currency.
 * @example
 * ```ts
 * import { normalizeTrainingRecord } from '@org/cs-metrics';
 * normalizeTrainingRecord({ id: 'TR-1', agentId: 'a1', course: 'Empathy on the phone', completedAt: '2026-10-21' });
 * ```
 */
export const normalizeTrainingRecord: (
  input: TrainingRecordInput,
  options?: NormalizeOptions,
) => TrainingRecord = trainingType.normalize;
/**
 * Checks a list of training records; errors name the index (`trainings[1].completedAt`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeTrainingRecords } from '@org/cs-metrics';
 * normalizeTrainingRecords([{ id: 'TR-1', agentId: 'a1', course: 'Greeting', completedAt: '2026-10-21' }]);
 * ```
 */
export const normalizeTrainingRecords: (
  inputs: Iterable<TrainingRecordInput>,
  options?: NormalizeOptions,
) => TrainingRecord[] = trainingType.normalizeAll;
/** @internal */
export const trainingRecordSchema = trainingType.schema;
