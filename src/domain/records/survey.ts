import { ErrorCodes, fail } from '../errors.js';
import {
  identifier,
  instant,
  join,
  type NormalizeOptions,
  numberIn,
  oneOf,
  optional,
  recordType,
  required,
  text,
} from '../fields.js';
import type { DateInput } from '../time.js';

/**
 * The survey families: customer satisfaction (CSAT), Net Promoter Score (NPS, 0–10) and customer
 * effort (CES).
 *
 * @example
 * ```ts
 * import { SURVEY_KINDS } from '@org/cs-metrics';
 * SURVEY_KINDS; // ['csat', 'nps', 'ces']
 * ```
 */
export const SURVEY_KINDS = ['csat', 'nps', 'ces'] as const;
/**
 * One of {@link SURVEY_KINDS}.
 *
 * @example
 * ```ts
 * import type { SurveyKind } from '@org/cs-metrics';
 * const kind: SurveyKind = 'nps';
 * ```
 */
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/**
 * One answer to a satisfaction survey. The scale of CSAT and CES answers is declared where they are
 * measured; NPS answers are whole numbers 0–10.
 *
 * @example
 * ```ts
 * import type { SurveyResponseInput } from '@org/cs-metrics';
 * const answer: SurveyResponseInput = { id: 's-1', kind: 'csat', score: 4, at: '2026-10-28T12:00Z', managerId: 'm-17', topic: 'communication' };
 * ```
 */
export interface SurveyResponseInput {
  readonly id: string | number;
  readonly kind: SurveyKind;
  /** The answer on the survey's scale (0 is a valid NPS answer). */
  readonly score: number;
  readonly at: DateInput;
  readonly customerId?: string | number | null | undefined;
  readonly managerId?: string | number | null | undefined;
  readonly agentId?: string | number | null | undefined;
  readonly ticketId?: string | number | null | undefined;
  /** What the question was about: communication, personal service, product, … */
  readonly topic?: string | null | undefined;
  readonly comment?: string | null | undefined;
}

/**
 * A survey answer, normalised.
 *
 * @example
 * ```ts
 * import { normalizeSurveyResponse, type SurveyResponse } from '@org/cs-metrics';
 * const answer: SurveyResponse = normalizeSurveyResponse({ id: 1, kind: 'nps', score: 0, at: '2026-10-01' });
 * ```
 */
export interface SurveyResponse {
  readonly id: string;
  readonly kind: SurveyKind;
  readonly score: number;
  readonly at: number;
  readonly customerId?: string;
  readonly managerId?: string;
  readonly agentId?: string;
  readonly ticketId?: string;
  readonly topic?: string;
  readonly comment?: string;
}

const surveyType = recordType<SurveyResponseInput, SurveyResponse>(
  'SurveyResponse',
  'surveys',
  'One answer to a CSAT, NPS or CES survey.',
  {
    id: required(identifier, 'the response id'),
    kind: required(oneOf(SURVEY_KINDS), 'csat, nps or ces'),
    score: required(numberIn(-1000, 1000), 'the answer on the survey scale'),
    at: required(instant, 'when it was answered'),
    customerId: optional(identifier, 'the customer'),
    managerId: optional(identifier, 'the manager'),
    agentId: optional(identifier, 'the agent'),
    ticketId: optional(identifier, 'the ticket the survey followed'),
    topic: optional(text(200), 'what the question was about'),
    comment: optional(text(10_000), 'the free-text comment'),
  },
  (answer, path) => {
    if (answer.kind === 'nps' && (!Number.isInteger(answer.score) || answer.score < 0 || answer.score > 10)) {
      fail(
        ErrorCodes.OutOfRange,
        join(path, 'score'),
        'an NPS answer, a whole number from 0 to 10',
        answer.score,
      );
    }
  },
);

/**
 * Checks one survey answer and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field; `out-of-range` for an NPS answer outside 0–10.
 * @example
 * ```ts
 * import { normalizeSurveyResponse } from '@org/cs-metrics';
 * normalizeSurveyResponse({ id: 's1', kind: 'ces', score: 2, at: '2026-10-03T08:00Z' });
 * ```
 */
export const normalizeSurveyResponse: (
  input: SurveyResponseInput,
  options?: NormalizeOptions,
) => SurveyResponse = surveyType.normalize;
/**
 * Checks a list of survey answers; errors name the index (`surveys[4].score`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeSurveyResponses } from '@org/cs-metrics';
 * normalizeSurveyResponses([{ id: 's1', kind: 'nps', score: 9, at: '2026-10-03' }]);
 * ```
 */
export const normalizeSurveyResponses: (
  inputs: Iterable<SurveyResponseInput>,
  options?: NormalizeOptions,
) => SurveyResponse[] = surveyType.normalizeAll;
/** @internal */
export const surveyResponseSchema = surveyType.schema;
