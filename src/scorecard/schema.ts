import { RATINGS } from '../core/band.js';
import { CRITERION_IDS } from '../core/criteria.js';
import type { JsonSchema } from '../domain/fields.js';
import { SCORECARD_RECORD_KINDS } from './records.js';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, object>, optional: readonly string[] = []) => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
const number = { type: 'number' };
const integer = { type: 'integer', minimum: 0 };
const string = { type: 'string' };
const score = { type: 'number', minimum: 0, maximum: 100 };
const recordCounts = {
  type: 'object',
  propertyNames: { enum: [...SCORECARD_RECORD_KINDS] },
  additionalProperties: integer,
};

// Shared definitions: each schema carries all of them, so each stands alone.
const $defs = {
  criterionId: { enum: [...CRITERION_IDS] },
  rating: { enum: [...RATINGS] },
  status: { enum: ['scored', 'insufficient-data', 'no-records', 'switched-off', 'not-applicable'] },
  change: { enum: ['rose', 'fell', 'unchanged', 'new', 'dropped', 'not-compared'] },
  json: {},
  input: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] },
  explanation: object({
    code: string,
    message: string,
    inputs: { type: 'object', additionalProperties: ref('input') },
  }),
  range: { type: 'array', prefixItems: [number, number], items: false, minItems: 2 },
  band: {
    oneOf: [
      object({
        direction: { enum: ['higher-is-better', 'lower-is-better'] },
        worst: number,
        fair: number,
        good: number,
        excellent: number,
        best: number,
      }),
      object({
        direction: { const: 'target-range' },
        best: number,
        excellent: ref('range'),
        good: ref('range'),
        fair: ref('range'),
        worst: ref('range'),
      }),
    ],
  },
  period: object({
    from: string,
    to: string,
    timeZone: string,
    start: { type: 'integer' },
    end: { type: 'integer' },
  }),
  manager: object({
    id: string,
    name: string,
    role: { enum: ['first-line', 'middle'] },
    function: { enum: ['sales', 'account', 'contact-centre', 'customer-service'] },
    team: nullable(string),
  }),
  criterion: object({
    criterion: ref('criterionId'),
    area: { enum: ['sales', 'contactCentre', 'customer'] },
    status: ref('status'),
    weight: { type: 'number', minimum: 0 },
    value: nullable(number),
    unit: nullable(string),
    rating: nullable(ref('rating')),
    score: nullable(score),
    sampleSize: { type: 'number', minimum: 0 },
    benchmark: ref('band'),
    explanation: ref('explanation'),
    warnings: { type: 'array', items: ref('explanation') },
    details: ref('json'),
  }),
  weight: object({
    criterion: ref('criterionId'),
    weight: { type: 'number', exclusiveMinimum: 0 },
    share: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    contribution: score,
  }),
  ranked: nullable(object({ criterion: ref('criterionId'), score, rating: ref('rating') })),
  nextStep: object({
    code: string,
    criterion: ref('criterionId'),
    message: string,
    inputs: { type: 'object', additionalProperties: ref('input') },
  }),
  managerScorecard: object({
    kind: { const: 'manager-scorecard' },
    manager: ref('manager'),
    period: ref('period'),
    profile: string,
    asOf: nullable({ type: 'integer' }),
    overall: object({
      score: nullable(score),
      rating: ref('rating'),
      scored: integer,
      renormalised: { type: 'boolean' },
    }),
    weights: { type: 'array', items: ref('weight') },
    criteria: { type: 'array', items: ref('criterion') },
    strongest: ref('ranked'),
    weakest: ref('ranked'),
    nextSteps: { type: 'array', items: ref('nextStep') },
    notes: { type: 'array', items: ref('explanation') },
    skippedRecords: recordCounts,
  }),
  distribution: object({
    criterion: ref('criterionId'),
    scored: integer,
    min: nullable(score),
    median: nullable(score),
    max: nullable(score),
    mean: nullable(score),
    ratings: object(Object.fromEntries(RATINGS.map((r) => [r, integer]))),
    statuses: object({
      scored: integer,
      'insufficient-data': integer,
      'no-records': integer,
      'switched-off': integer,
      'not-applicable': integer,
    }),
  }),
  teamScorecard: object({
    kind: { const: 'team-scorecard' },
    period: ref('period'),
    profile: string,
    asOf: nullable({ type: 'integer' }),
    managers: { type: 'array', items: ref('managerScorecard') },
    ranking: {
      type: 'array',
      items: object({
        rank: nullable({ type: 'integer', minimum: 1 }),
        managerId: string,
        name: string,
        score: nullable(score),
        rating: ref('rating'),
      }),
    },
    distribution: { type: 'array', items: ref('distribution') },
    objectives: { type: 'array', items: ref('criterion') },
    unassignedRecords: recordCounts,
    notes: { type: 'array', items: ref('explanation') },
  }),
  side: object({ value: nullable(number), score: nullable(score), rating: nullable(ref('rating')) }),
  periodComparison: object({
    kind: { const: 'period-comparison' },
    managerId: string,
    current: ref('period'),
    previous: ref('period'),
    overall: object({
      change: ref('change'),
      previous: ref('side'),
      current: ref('side'),
      scoreDelta: nullable(number),
    }),
    criteria: {
      type: 'array',
      items: object({
        criterion: ref('criterionId'),
        change: ref('change'),
        unit: nullable(string),
        previous: ref('side'),
        current: ref('side'),
        scoreDelta: nullable(number),
        valueDelta: nullable(number),
      }),
    },
    rose: { type: 'array', items: ref('criterionId') },
    fell: { type: 'array', items: ref('criterionId') },
    unchanged: { type: 'array', items: ref('criterionId') },
    new: { type: 'array', items: ref('criterionId') },
    dropped: { type: 'array', items: ref('criterionId') },
    notes: { type: 'array', items: ref('explanation') },
  }),
};

const schemaOf = (name: string, title: string, description: string): JsonSchema =>
  Object.freeze({
    $schema: DIALECT,
    $id: `https://cs-metrics.org/schema/${name}.json`,
    title,
    description,
    ...ref(name.charAt(0).toLowerCase() + name.slice(1)),
    $defs,
  }) as unknown as JsonSchema;

/**
 * JSON Schemas (draft 2020-12) of the scorecard results, so that a CRM plugin can check what it
 * stores and a UI what it draws: `ManagerScorecard` ({@link evaluateManager}), `TeamScorecard`
 * ({@link evaluateTeam}) and `PeriodComparison` ({@link comparePeriods}). Each schema stands alone.
 *
 * @example
 * ```ts
 * import { b2b, evaluateManager, normalizeManager, periodOf, scorecardJsonSchemas } from '@org/cs-metrics';
 * import Ajv from 'ajv/dist/2020';
 * const manager = normalizeManager({ id: 'm1', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'UTC' });
 * const card = evaluateManager({ manager, period: periodOf('2026-10'), profile: b2b, interactions: [] });
 * new Ajv().compile(scorecardJsonSchemas.ManagerScorecard)(card); // true
 * ```
 */
export const scorecardJsonSchemas: Readonly<
  Record<'ManagerScorecard' | 'TeamScorecard' | 'PeriodComparison', JsonSchema>
> = Object.freeze({
  ManagerScorecard: schemaOf(
    'ManagerScorecard',
    'ManagerScorecard',
    "One manager's scorecard for a period (@org/cs-metrics evaluateManager).",
  ),
  TeamScorecard: schemaOf(
    'TeamScorecard',
    'TeamScorecard',
    "A team's scorecard for a period (evaluateTeam).",
  ),
  PeriodComparison: schemaOf(
    'PeriodComparison',
    'PeriodComparison',
    "A manager's scorecard against the previous period's (comparePeriods).",
  ),
});
