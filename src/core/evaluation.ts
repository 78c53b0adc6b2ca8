import type { Band, Rating } from './band.js';
import { rateValue } from './band.js';
import type { CriterionId } from './criteria.js';

/**
 * A value an explanation was built from: kept raw so that an app can format and translate it.
 *
 * @example
 * ```ts
 * import type { ExplanationInput } from '@org/cs-metrics';
 * const input: ExplanationInput = 1.6;
 * ```
 */
export type ExplanationInput = string | number | boolean | null;

/**
 * A sentence in plain English with a stable code and the inputs behind it, so that an app can
 * translate it (the code picks the template, the inputs fill it) and a person can check it.
 *
 * @example
 * ```ts
 * import type { Explanation } from '@org/cs-metrics';
 * const why: Explanation = {
 *   code: 'sales.meetingRate.rated',
 *   message: '1.6 meetings per working day over 25 working days; B2B good is 1–2.',
 *   inputs: { meetings: 40, workingDays: 25, value: 1.6 },
 * };
 * ```
 */
export interface Explanation {
  /** Stable, dotted: `<criterion>.<reason>`. */
  readonly code: string;
  /** The sentence in English. */
  readonly message: string;
  /** The numbers and names the sentence was built from. */
  readonly inputs: Readonly<Record<string, ExplanationInput>>;
}

/**
 * The result of judging one criterion: a number with its judgement and its reasons.
 *
 * Not enough data is a rating of its own: `rating: 'insufficient-data'`, `value: null`,
 * `score: null`, and an explanation saying what was missing.
 *
 * @typeParam D - the criterion's own breakdown (per week, per stage, the accounts to look at, …).
 * @example
 * ```ts
 * import type { Evaluation } from '@org/cs-metrics';
 * const result: Evaluation<{ meetings: number }> = {
 *   criterion: 'sales.meetingRate', value: 1.6, unit: 'meetings/working day', rating: 'good', score: 72,
 *   benchmark: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 },
 *   profile: 'b2b', weight: 2, sampleSize: 25,
 *   explanation: { code: 'sales.meetingRate.rated', message: '1.6 meetings per working day over 25 working days.', inputs: {} },
 *   warnings: [], details: { meetings: 40 },
 * };
 * ```
 */
export interface Evaluation<D = unknown> {
  readonly criterion: CriterionId;
  /** The measured value in `unit`, or `null` when there was not enough data. */
  readonly value: number | null;
  readonly unit: string;
  readonly rating: Rating;
  /** 0–100, comparable across criteria; `null` with `insufficient-data`. */
  readonly score: number | null;
  /** The band the value was judged against. */
  readonly benchmark: Band;
  /** The id of the profile that supplied the band. */
  readonly profile: string;
  /** The criterion's weight in the profile (0: switched off for this team). */
  readonly weight: number;
  /** How many records, days or answers the value rests on. */
  readonly sampleSize: number;
  readonly explanation: Explanation;
  readonly warnings: readonly Explanation[];
  readonly details: D;
}

/**
 * The settings every criterion has in a profile.
 *
 * @example
 * ```ts
 * import type { CriterionSettings } from '@org/cs-metrics';
 * const settings: CriterionSettings = {
 *   weight: 1, minimumSample: 5,
 *   band: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 },
 * };
 * ```
 */
export interface CriterionSettings {
  /** The weight in an overall score; 0 switches the criterion off. */
  readonly weight: number;
  /** The band the main value is judged against. */
  readonly band: Band;
  /** Below this sample size the rating is `insufficient-data`. */
  readonly minimumSample: number;
}

/**
 * What {@link judge} needs to build an {@link Evaluation}.
 *
 * @example
 * ```ts
 * import type { JudgeInput } from '@org/cs-metrics';
 * const input: JudgeInput<null> = {
 *   criterion: 'sales.meetingRate', value: 1.6, unit: 'meetings/working day', profile: 'b2b',
 *   settings: { weight: 1, minimumSample: 5, band: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 } },
 *   sampleSize: 25, details: null,
 *   explain: ({ rating }) => ({ code: 'sales.meetingRate.rated', message: `1.6 a day is ${rating}.`, inputs: { value: 1.6 } }),
 *   insufficient: { code: 'sales.meetingRate.no-working-days', message: 'No working days in the period.', inputs: {} },
 * };
 * ```
 */
export interface JudgeInput<D> {
  readonly criterion: CriterionId;
  /** The measured value, or `null` when it cannot be computed (no denominator). */
  readonly value: number | null;
  readonly unit: string;
  readonly profile: string;
  readonly settings: CriterionSettings;
  readonly sampleSize: number;
  readonly details: D;
  /** The explanation of a rated value. */
  readonly explain: (rated: { rating: Rating; score: number; value: number }) => Explanation;
  /** The explanation when the value is `null` or the sample is below the minimum. */
  readonly insufficient: Explanation;
  readonly warnings?: readonly Explanation[];
}

/**
 * Builds an {@link Evaluation}: rates the value against the settings' band, or returns
 * `insufficient-data` when the value is `null` or the sample is smaller than the profile's minimum.
 * Every evaluator in the library ends here, so every result has the same shape.
 *
 * @example
 * ```ts
 * import { judge } from '@org/cs-metrics';
 * const result = judge({
 *   criterion: 'sales.meetingRate', value: 1.6, unit: 'meetings/working day', profile: 'b2b', sampleSize: 25, details: null,
 *   settings: { weight: 1, minimumSample: 5, band: { direction: 'higher-is-better', worst: 0, fair: 0.5, good: 1, excellent: 2, best: 3 } },
 *   explain: ({ rating }) => ({ code: 'sales.meetingRate.rated', message: `Rated ${rating}.`, inputs: {} }),
 *   insufficient: { code: 'sales.meetingRate.no-working-days', message: 'No working days.', inputs: {} },
 * });
 * result.rating; // 'good'
 * result.score; // 72
 * ```
 */
export function judge<D>(input: JudgeInput<D>): Evaluation<D> {
  const { settings } = input;
  const base = {
    criterion: input.criterion,
    unit: input.unit,
    benchmark: settings.band,
    profile: input.profile,
    weight: settings.weight,
    sampleSize: input.sampleSize,
    warnings: input.warnings ?? [],
    details: input.details,
  };
  if (input.value === null || input.sampleSize < settings.minimumSample) {
    const explanation =
      input.value === null
        ? input.insufficient
        : {
            code: `${input.criterion}.insufficient-sample`,
            message: `Only ${input.sampleSize} in the sample; the profile asks for at least ${settings.minimumSample} before rating.`,
            inputs: { sampleSize: input.sampleSize, minimumSample: settings.minimumSample },
          };
    return { ...base, value: null, rating: 'insufficient-data', score: null, explanation };
  }
  const rated = rateValue(input.value, settings.band);
  return {
    ...base,
    value: input.value,
    rating: rated.rating,
    score: rated.score,
    explanation: input.explain({ ...rated, value: input.value }),
  };
}

/**
 * Rounds a number for an explanation or a result: to `digits` decimals, without `-0`.
 *
 * @example
 * ```ts
 * import { roundTo } from '@org/cs-metrics';
 * roundTo(1.23456, 2); // 1.23
 * ```
 */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
