import { ErrorCodes, fail } from '../errors.js';
import {
  assertOrder,
  boolean,
  count,
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
import type { DateInput } from '../time.js';

/**
 * How an offered call ended for the queue: answered by an agent, or abandoned by the caller.
 *
 * @example
 * ```ts
 * import { CALL_OUTCOMES } from '@org/cs-metrics';
 * CALL_OUTCOMES; // ['answered', 'abandoned']
 * ```
 */
export const CALL_OUTCOMES = ['answered', 'abandoned'] as const;
/**
 * One of {@link CALL_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { CallOutcome } from '@org/cs-metrics';
 * const outcome: CallOutcome = 'abandoned';
 * ```
 */
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/**
 * An inbound call offered to a contact-centre queue, as an ACD or telephony export holds it.
 *
 * Give `answeredAt` or `abandonedAt` (or `outcome` with `waitSeconds`); the wait is derived from the
 * times where they are given, and must agree with `waitSeconds` to the second when both are.
 *
 * @example
 * ```ts
 * import type { CallRecordInput } from '@org/cs-metrics';
 * const call: CallRecordInput = {
 *   id: 'C-88121', queue: 'billing', agentId: 'a-7', offeredAt: '2026-10-28T09:00:05Z', answeredAt: '2026-10-28T09:00:27Z',
 *   talkSeconds: 312, holdSeconds: 45, wrapUpSeconds: 30,
 * };
 * ```
 */
export interface CallRecordInput {
  readonly id: string | number;
  readonly queue: string;
  /** The agent (representative) who answered. */
  readonly agentId?: string | number | null | undefined;
  readonly teamId?: string | number | null | undefined;
  /** When the call entered the queue. */
  readonly offeredAt: DateInput;
  readonly answeredAt?: DateInput | null | undefined;
  readonly abandonedAt?: DateInput | null | undefined;
  /** `answered` or `abandoned`; derived from the times when absent. */
  readonly outcome?: CallOutcome | null | undefined;
  /** Seconds in the queue before answer or abandon; derived from the times when absent. */
  readonly waitSeconds?: number | null | undefined;
  readonly talkSeconds?: number | null | undefined;
  /** Seconds the caller was put on hold during the call. */
  readonly holdSeconds?: number | null | undefined;
  readonly holdCount?: number | null | undefined;
  /** After-call work, in seconds. */
  readonly wrapUpSeconds?: number | null | undefined;
  readonly transferred?: boolean | null | undefined;
  /** The caller's problem was solved on this call, with no repeat contact needed. */
  readonly firstContactResolution?: boolean | null | undefined;
  readonly customerId?: string | number | null | undefined;
  /** A VIP caller (priority service). */
  readonly vip?: boolean | null | undefined;
}

/**
 * A call, normalised: times in epoch milliseconds, `outcome` and `waitSeconds` always present.
 *
 * @example
 * ```ts
 * import { normalizeCallRecord, type CallRecord } from '@org/cs-metrics';
 * const call: CallRecord = normalizeCallRecord({ id: 1, queue: 'sales', offeredAt: '2026-10-28T09:00:00Z', answeredAt: '2026-10-28T09:00:27Z' });
 * call.waitSeconds; // 27
 * ```
 */
export interface CallRecord {
  readonly id: string;
  readonly queue: string;
  readonly agentId?: string;
  readonly teamId?: string;
  readonly offeredAt: number;
  readonly answeredAt?: number;
  readonly abandonedAt?: number;
  readonly outcome: CallOutcome;
  readonly waitSeconds: number;
  readonly talkSeconds?: number;
  readonly holdSeconds?: number;
  readonly holdCount?: number;
  readonly wrapUpSeconds?: number;
  readonly transferred?: boolean;
  readonly firstContactResolution?: boolean;
  readonly customerId?: string;
  readonly vip?: boolean;
}

type MutableCall = { -readonly [K in keyof CallRecord]: CallRecord[K] };

const callType = recordType<CallRecordInput, CallRecord>(
  'CallRecord',
  'calls',
  'An inbound call offered to a contact-centre queue.',
  {
    id: required(identifier, 'the call id'),
    queue: required(text(200), 'the queue (skill group) the call was offered to'),
    agentId: optional(identifier, 'the agent who answered'),
    teamId: optional(identifier, 'the team of the agent'),
    offeredAt: required(instant, 'when the call entered the queue'),
    answeredAt: optional(instant, 'when an agent answered'),
    abandonedAt: optional(instant, 'when the caller hung up unanswered'),
    outcome: optional(oneOf(CALL_OUTCOMES), 'answered or abandoned'),
    waitSeconds: optional(seconds, 'seconds waited in the queue'),
    talkSeconds: optional(seconds, 'seconds of conversation'),
    holdSeconds: optional(seconds, 'seconds on hold during the call'),
    holdCount: optional(count, 'times put on hold'),
    wrapUpSeconds: optional(seconds, 'seconds of after-call work'),
    transferred: optional(boolean, 'whether the call was transferred'),
    firstContactResolution: optional(boolean, 'whether the problem was solved on this call'),
    customerId: optional(identifier, 'the caller'),
    vip: optional(boolean, 'whether the caller is a VIP customer'),
  },
  (out, path) => {
    const call = out as MutableCall;
    if (call.answeredAt !== undefined && call.abandonedAt !== undefined) {
      fail(
        ErrorCodes.InconsistentRecord,
        join(path, 'abandonedAt'),
        'no abandon time on an answered call',
        new Date(call.abandonedAt).toISOString(),
      );
    }
    assertOrder(path, 'offeredAt', call.offeredAt, 'answeredAt', call.answeredAt);
    assertOrder(path, 'offeredAt', call.offeredAt, 'abandonedAt', call.abandonedAt);
    const endedAt = call.answeredAt ?? call.abandonedAt;
    const derived: CallOutcome | undefined =
      call.answeredAt !== undefined ? 'answered' : call.abandonedAt !== undefined ? 'abandoned' : undefined;
    if (call.outcome !== undefined && derived !== undefined && call.outcome !== derived) {
      fail(
        ErrorCodes.InconsistentRecord,
        join(path, 'outcome'),
        `"${derived}", as the times say`,
        call.outcome,
      );
    }
    const outcome = call.outcome ?? derived;
    if (outcome === undefined) {
      return fail(
        ErrorCodes.MissingField,
        join(path, 'answeredAt'),
        'answeredAt, abandonedAt or outcome',
        undefined,
      );
    }
    call.outcome = outcome;
    if (endedAt !== undefined) {
      const measured = (endedAt - call.offeredAt) / 1000;
      if (call.waitSeconds !== undefined && Math.abs(call.waitSeconds - measured) > 1) {
        fail(
          ErrorCodes.InconsistentRecord,
          join(path, 'waitSeconds'),
          `${measured} seconds, as the times say`,
          call.waitSeconds,
        );
      }
      call.waitSeconds ??= measured;
    } else if (call.waitSeconds === undefined) {
      fail(
        ErrorCodes.MissingField,
        join(path, 'waitSeconds'),
        `the wait in seconds (or the ${outcome === 'answered' ? 'answer' : 'abandon'} time)`,
        undefined,
      );
    }
    if (outcome === 'abandoned' && (call.talkSeconds ?? 0) > 0) {
      fail(
        ErrorCodes.InconsistentRecord,
        join(path, 'talkSeconds'),
        'no talk time on an abandoned call',
        call.talkSeconds,
      );
    }
  },
);

/**
 * Checks one call record and returns its normalised form.
 *
 * @throws {@link CsMetricsError} `inconsistent-record` for a call answered before it was offered,
 *   `out-of-range` for negative seconds, and the other codes with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeCallRecord } from '@org/cs-metrics';
 * normalizeCallRecord({ id: 'C-1', queue: 'support', offeredAt: 1793178000000, outcome: 'abandoned', waitSeconds: 48 });
 * ```
 */
export const normalizeCallRecord: (input: CallRecordInput, options?: NormalizeOptions) => CallRecord =
  callType.normalize;
/**
 * Checks a list of calls; errors name the index (`calls[7].answeredAt`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeCallRecords } from '@org/cs-metrics';
 * normalizeCallRecords([{ id: 'C-1', queue: 'support', offeredAt: '2026-10-28T09:00:00Z', answeredAt: '2026-10-28T09:00:12Z', talkSeconds: 200 }]);
 * ```
 */
export const normalizeCallRecords: (
  inputs: Iterable<CallRecordInput>,
  options?: NormalizeOptions,
) => CallRecord[] = callType.normalizeAll;
/** @internal */
export const callRecordSchema = callType.schema;
