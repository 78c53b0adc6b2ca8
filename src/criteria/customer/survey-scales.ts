import { ErrorCodes, fail } from '../../domain/errors.js';
import type { SurveyResponse } from '../../domain/records/survey.js';

/**
 * The answer scales a CSAT or CES question can be asked on: `binary` (0 bad, 1 good: the form
 * Zendesk's legacy satisfaction ratings report) and the whole-number scales 1–3, 1–4, 1–5, 1–7, 1–10.
 *
 * @example
 * ```ts
 * import { SURVEY_SCALES } from '@org/cs-metrics';
 * SURVEY_SCALES; // ['binary', '1-3', '1-4', '1-5', '1-7', '1-10']
 * ```
 */
export const SURVEY_SCALES = ['binary', '1-3', '1-4', '1-5', '1-7', '1-10'] as const;

/**
 * One of {@link SURVEY_SCALES}.
 *
 * @example
 * ```ts
 * import type { SurveyScale } from '@org/cs-metrics';
 * const scale: SurveyScale = '1-7';
 * ```
 */
export type SurveyScale = (typeof SURVEY_SCALES)[number];

/**
 * What a scale means: its range, its CSAT top box and, for effort questions, which answers are easy
 * and which difficult.
 *
 * | scale  | answers | CSAT top box (satisfied) | source of the top box                                 | CES easy / difficult |
 * | ------ | ------- | ------------------------ | ----------------------------------------------------- | -------------------- |
 * | binary | 0, 1    | 1 (good)                 | Zendesk's good/bad rating                             | 1 / 0                |
 * | 1-3    | 1…3     | 3                        | the top answer ("good" of bad/ok/good; Freshdesk's positive of negative/neutral/positive) | 3 / 1 |
 * | 1-4    | 1…4     | 3–4                      | Convention: the upper half (no neutral answer)        | 3–4 / 1–2            |
 * | 1-5    | 1…5     | 4–5                      | the usual CSAT definition (Delighted, SoGoSurvey)     | 4–5 / 1–2            |
 * | 1-7    | 1…7     | 6–7                      | Convention: the top two boxes, as 4–5 of 5            | 5–7 / 1–3            |
 * | 1-10   | 1…10    | 9–10                     | the usual 10-point reading (wyapy's CSAT guide)       | 6–10 / 1–5           |
 *
 * CES easy and difficult answers are those above and below the midpoint of the scale (Convention).
 *
 * @example
 * ```ts
 * import { surveyScale, type SurveyScaleSpec } from '@org/cs-metrics';
 * const five: SurveyScaleSpec = surveyScale('1-5');
 * five.topBoxFrom; // 4
 * ```
 */
export interface SurveyScaleSpec {
  readonly scale: SurveyScale;
  /** The lowest answer. */
  readonly min: number;
  /** The highest answer. */
  readonly max: number;
  /** The lowest answer in the CSAT top box (a satisfied customer). */
  readonly topBoxFrom: number;
  /** The lowest easy answer to an effort question (above the midpoint). */
  readonly easyFrom: number;
  /** The highest difficult answer to an effort question (below the midpoint). */
  readonly difficultTo: number;
}

const TOP_BOX: Readonly<Record<SurveyScale, number>> = {
  binary: 1,
  '1-3': 3,
  '1-4': 3,
  '1-5': 4,
  '1-7': 6,
  '1-10': 9,
};

/**
 * The meaning of a {@link SurveyScale}: range, top box, easy and difficult answers.
 *
 * @throws {@link CsMetricsError} `invalid-option` at `path` for a scale not in {@link SURVEY_SCALES}.
 * @example
 * ```ts
 * import { surveyScale } from '@org/cs-metrics';
 * surveyScale('1-7'); // { scale: '1-7', min: 1, max: 7, topBoxFrom: 6, easyFrom: 5, difficultTo: 3 }
 * ```
 */
export function surveyScale(scale: SurveyScale, path = 'scale'): SurveyScaleSpec {
  if (!(SURVEY_SCALES as readonly unknown[]).includes(scale))
    return fail(ErrorCodes.InvalidOption, path, `one of ${SURVEY_SCALES.join(', ')}`, scale);
  const min = scale === 'binary' ? 0 : 1;
  const max = scale === 'binary' ? 1 : Number(scale.slice(2));
  const mid = (min + max) / 2;
  return {
    scale,
    min,
    max,
    topBoxFrom: TOP_BOX[scale],
    easyFrom: Math.floor(mid) + 1,
    difficultTo: Math.ceil(mid) - 1,
  };
}

/**
 * The one check of an answer against the scale declared for its kind (NPS: whole numbers 0–10).
 * The convenience function calls it with the array index (`surveys[12].score`), the aggregator's
 * `add` with `null`, which names the record by id (`surveys[id=S-12].score`): a stream has no index.
 * Nothing is built unless the answer is bad.
 *
 * @internal
 */
export function checkSurveyAnswer(
  answer: SurveyResponse,
  csat: SurveyScaleSpec,
  ces: SurveyScaleSpec,
  index: number | null,
): void {
  const spec = answer.kind === 'nps' ? null : answer.kind === 'csat' ? csat : ces;
  const min = spec === null ? 0 : spec.min;
  const max = spec === null ? 10 : spec.max;
  const score = answer.score;
  if (Number.isInteger(score) && score >= min && score <= max) return;
  const expected =
    spec === null
      ? 'an NPS answer, a whole number from 0 to 10'
      : `a ${answer.kind.toUpperCase()} answer on the declared ${spec.scale} scale, a whole number from ${min} to ${max}`;
  const at = index === null ? `surveys[id=${answer.id}]` : `surveys[${index}]`;
  fail(ErrorCodes.OutOfRange, `${at}.score`, expected, score);
}
