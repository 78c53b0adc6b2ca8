// What an analyst reads when an option of a customer indicator is wrong: the path, what was expected
// and what was found. The checks are tested with each indicator; this pins the wording.
import { describe, expect, it } from 'vitest';
import { emptySketch, sketchQuantile } from '../../../src/criteria/customer/quantile-sketch.js';
import { surveyScale } from '../../../src/criteria/customer/survey-scales.js';
import { wilsonInterval, zForConfidence } from '../../../src/criteria/customer/wilson.js';
import {
  b2b,
  feedbackQuality,
  feedbackQualityAggregator,
  normalizeSurveyResponse,
  normalizeSurveyResponses,
  periodOf,
  relationshipCare,
  relationshipCareAggregator,
  resolutionEfficiencyAggregator,
  retention,
  retentionAggregator,
  type SurveyResponse,
  satisfaction,
  satisfactionAggregator,
} from '../../../src/index.js';
import { errorOf } from '../../helpers.js';

const october = periodOf('2026-10');
const AGGREGATORS: Record<string, (options: never) => unknown> = {
  satisfaction: satisfactionAggregator,
  retention: retentionAggregator,
  feedbackQuality: feedbackQualityAggregator,
  relationshipCare: relationshipCareAggregator,
  resolutionEfficiency: resolutionEfficiencyAggregator,
};
const make = (name: string, options: object) => () =>
  AGGREGATORS[name]!({ period: october, ...options } as never);
const HOURS = 'business hours { timeZone, calendar, opensAt, closesAt }';
const business = (businessHours: unknown) =>
  make('resolutionEfficiency', { timeBasis: 'business', businessHours });
// A CSAT of 6 passes the normaliser (it does not know the scale); an NPS of 11 can only come from a
// record built by hand, which the indicator checks again.
const csat6 = normalizeSurveyResponse({ id: 's-1', kind: 'csat', score: 6, at: '2026-10-05' });
const nps11 = {
  ...normalizeSurveyResponse({ id: 's-2', kind: 'nps', score: 9, at: '2026-10-05' }),
  score: 11,
};

const CASES: readonly (readonly [() => unknown, string])[] = [
  ...Object.keys(AGGREGATORS).flatMap((name) => [
    [() => AGGREGATORS[name]!(5 as never), 'options: expected an options object, got 5'] as const,
    [
      make(name, { period: { from: '2026-10-01' } }),
      'options.period: expected a Period from period() or periodOf(), got an object',
    ] as const,
  ]),
  [make('satisfaction', { judgedBy: 'ces' }), 'options.judgedBy: expected "csat" or "nps", got "ces"'],
  [
    make('satisfaction', { surveysSent: 5 }),
    'options.surveysSent: expected { csat?, nps?, ces? } counts, got 5',
  ],
  [
    make('satisfaction', { surveysSent: { csi: 3 } }),
    'options.surveysSent.csi: expected one of csat, nps, ces, got "csi"',
  ],
  [
    make('satisfaction', { surveysSent: { nps: 2.5 } }),
    'options.surveysSent.nps: expected a whole number ≥ 0, got 2.5',
  ],
  [
    make('satisfaction', { csatScale: '1-9' }),
    'options.csatScale: expected one of binary, 1-3, 1-4, 1-5, 1-7, 1-10, got "1-9"',
  ],
  [
    make('satisfaction', { confidence: 1 }),
    'options.confidence: expected a confidence level between 0 and 1, got 1',
  ],
  [
    () => satisfaction([csat6], { period: october, profile: b2b }),
    'surveys[0].score: expected a CSAT answer on the declared 1-5 scale, a whole number from 1 to 5, got 6',
  ],
  [
    () => satisfaction([nps11 as SurveyResponse], { period: october, profile: b2b }),
    'surveys[0].score: expected an NPS answer, a whole number from 0 to 10, got 11',
  ],
  [
    make('retention', { revenueFrom: '2026-W40' }),
    'options.revenueFrom: expected a revenue period label: YYYY, YYYY-Qn or YYYY-MM, got "2026-W40"',
  ],
  [
    make('retention', { revenueFrom: '2026-10', revenueTo: '2026-09' }),
    'options.revenueTo: expected a revenue period after 2026-10, got "2026-09"',
  ],
  [
    make('retention', { revenueTo: 'Dec 2026' }),
    'options.revenueTo: expected a revenue period label: YYYY, YYYY-Qn or YYYY-MM, got "Dec 2026"',
  ],
  [
    () => retention(5 as never, { period: october, profile: b2b }),
    'input: expected { customers, revenue }, got 5',
  ],
  [
    make('feedbackQuality', { actionWithinDays: -1 }),
    'options.actionWithinDays: expected a number of days ≥ 0, got -1',
  ],
  [make('feedbackQuality', { topicLimit: 1.5 }), 'options.topicLimit: expected a whole number ≥ 0, got 1.5'],
  [
    () => feedbackQuality(5 as never, { period: october, profile: b2b }),
    'input: expected { feedback, interactions }, got 5',
  ],
  [
    make('relationshipCare', { keyContactIntervalDays: 0 }),
    'options.keyContactIntervalDays: expected a number > 0, got 0',
  ],
  [
    make('relationshipCare', { vipContactIntervalDays: -1 }),
    'options.vipContactIntervalDays: expected a number > 0, got -1',
  ],
  [
    make('relationshipCare', { complaintFollowUpSeconds: -1 }),
    'options.complaintFollowUpSeconds: expected a number ≥ 0, got -1',
  ],
  [
    () => relationshipCare(5 as never, { period: october, profile: b2b }),
    'input: expected { customers, interactions, tickets, calls }, got 5',
  ],
  [
    make('resolutionEfficiency', { timeBasis: 'work' }),
    'options.timeBasis: expected "calendar" or "business", got "work"',
  ],
  [
    make('resolutionEfficiency', { reopened: 'last' }),
    'options.reopened: expected "full-resolution" or "first-resolution", got "last"',
  ],
  [
    make('resolutionEfficiency', { firstContactResolution: { method: 'x' } }),
    'options.firstContactResolution.method: expected one of no-repeat-contact, one-touch, contacts-per-problem, got "x"',
  ],
  [
    make('resolutionEfficiency', {
      firstContactResolution: { method: 'no-repeat-contact', windowDays: 1.5 },
    }),
    'options.firstContactResolution.windowDays: expected a whole number of days ≥ 0, got 1.5',
  ],
  [
    make('resolutionEfficiency', { businessHours: { opensAt: '08:00' } }),
    'options.businessHours: expected no business hours unless timeBasis is "business", got an object',
  ],
  [business(5), `options.businessHours: expected ${HOURS}, got 5`],
  [business([]), `options.businessHours: expected ${HOURS}, got an array of 0`],
  [
    business({ opensAt: '25:00' }),
    'options.businessHours.opensAt: expected a wall-clock time HH:MM from 00:00 to 24:00, got "25:00"',
  ],
  [
    business({ calendar: { weekendDays: [0, 6], holidays: ['2026-13-01'] } }),
    'options.businessHours.calendar.holidays[0]: expected a real calendar date between 1900 and 2199, got "2026-13-01"',
  ],
  [() => wilsonInterval(1, -1), 'trials: expected a whole number ≥ 0, got -1'],
  [() => wilsonInterval(5, 4), 'successes: expected a whole number from 0 to 4, got 5'],
  [() => wilsonInterval(1, 4, 0), 'z: expected a positive finite number, got 0'],
  [() => zForConfidence(2), 'options.confidence: expected a confidence level between 0 and 1, got 2'],
  [() => sketchQuantile(emptySketch(), 2), 'q: expected a quantile from 0 to 1, got 2'],
  [() => surveyScale('1-9' as never), 'scale: expected one of binary, 1-3, 1-4, 1-5, 1-7, 1-10, got "1-9"'],
];

it.each(CASES.map(([fn, message]) => [message, fn] as const))('%s', (message, fn) => {
  expect(errorOf(fn).message).toBe(message);
});

it('takes surveysSent for each of the three kinds', () => {
  expect(() =>
    satisfactionAggregator({ period: october, surveysSent: { csat: 10, nps: 5, ces: 0 } }),
  ).not.toThrow();
});

describe('the warnings of customer satisfaction, word for word', () => {
  const answer = (kind: string, score: number, topic: string, i: number) => ({
    id: `${kind}-${topic}-${i}`,
    kind,
    score,
    topic,
    at: '2026-10-05',
  });
  const warningsOf = (surveys: readonly object[], options: object) =>
    satisfaction(normalizeSurveyResponses(surveys as never), {
      period: october,
      profile: b2b,
      ...options,
    }).warnings.map((w) => [w.code, w.message]);

  it('more answers than surveys sent, and a topic rated poor or fair (b2b asks 30 answers of a topic)', () => {
    // CSAT: billing 15 of 30 in the top box (50 %, poor), delivery 30 of 30; NPS on billing: 9
    // promoters, 9 passives, 12 detractors of 30, so NPS = (9 − 12) / 30 = −10, fair.
    const surveys = [
      ...Array.from({ length: 30 }, (_, i) => answer('csat', i < 15 ? 5 : 2, 'billing', i)),
      ...Array.from({ length: 30 }, (_, i) => answer('csat', 5, 'delivery', i)),
      ...Array.from({ length: 30 }, (_, i) => answer('nps', i < 9 ? 10 : i < 18 ? 8 : 3, 'billing', i)),
    ];
    expect(warningsOf(surveys, { surveysSent: { csat: 50 } })).toEqual([
      [
        'customer.satisfaction.more-answers-than-sent',
        '60 CSAT answers but only 50 surveys sent: the response rate is unknown.',
      ],
      ['customer.satisfaction.weak-topic', 'On "billing" CSAT is 50 % over 30 answers: poor.'],
    ]);
    // NPS ± 1.96 × √((0.3 + 0.4 − 0.1²) / 30) = −10 ± 29.7: the low end, −39.7, is poor.
    expect(warningsOf(surveys, { judgedBy: 'nps' })).toEqual([
      [
        'customer.satisfaction.uncertain-rating',
        'The NPS interval reaches down to -39.7, which would be rated poor.',
      ],
      ['customer.satisfaction.weak-topic', 'On "billing" NPS is -10 over 30 answers: fair.'],
    ]);
    const byNps = satisfaction(normalizeSurveyResponses(surveys as never), {
      period: october,
      profile: b2b,
      judgedBy: 'nps',
    });
    expect([byNps.explanation.code, byNps.explanation.message]).toEqual([
      'customer.satisfaction.rated',
      'NPS -10 from 30 answers (9 promoters, 12 detractors): fair.',
    ]);
    const noNps = satisfaction(normalizeSurveyResponses(surveys.slice(0, 60) as never), {
      period: october,
      profile: b2b,
      judgedBy: 'nps',
    });
    expect([noNps.explanation.code, noNps.explanation.message]).toEqual([
      'customer.satisfaction.no-nps-answers',
      'No NPS answers were given in the period.',
    ]);
  });

  it('a CSAT rated excellent whose Wilson interval reaches into good', () => {
    // 55 of 60 (91.7 %, excellent from 90 %); Wilson's low end at z = 1.96 is 81.9 %.
    const surveys = [
      ...Array.from({ length: 30 }, (_, i) => answer('csat', i < 25 ? 5 : 2, 'billing', i)),
      ...Array.from({ length: 30 }, (_, i) => answer('csat', 5, 'delivery', i)),
    ];
    expect(warningsOf(surveys, {})).toEqual([
      [
        'customer.satisfaction.uncertain-rating',
        'The CSAT interval reaches down to 81.9 %, which would be rated good.',
      ],
    ]);
  });
});
