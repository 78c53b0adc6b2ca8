import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  jsonSchemas,
  normalizeBudgetLine,
  normalizeCallRecord,
  normalizeCallRecords,
  normalizeCustomer,
  normalizeDeal,
  normalizeDeals,
  normalizeFeedbackItem,
  normalizeInteraction,
  normalizeManager,
  normalizeQualityReview,
  normalizeRevenueRecord,
  normalizeSalesPlan,
  normalizeSupportTicket,
  normalizeSurveyResponse,
  normalizeTrainingRecord,
  RECORD_TYPES,
  type RecordTypeName,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const deal = {
  id: 'D-1042',
  managerId: 'm-17',
  customerId: 'c-4',
  source: 'event',
  stage: 'won',
  amount: '24100.00',
  currency: 'EUR',
  createdAt: '2026-09-02',
  expectedCloseAt: '2026-10-28',
  closedAt: '2026-11-03',
  closeDateChanges: [{ changedAt: '2026-10-27T16:00', from: '2026-10-28', to: '2026-11-03' }],
} as const;

const call = {
  id: 'C-1',
  queue: 'billing',
  agentId: 'a-7',
  offeredAt: '2026-10-28T09:00:05Z',
  answeredAt: '2026-10-28T09:00:27Z',
  talkSeconds: 312,
  holdSeconds: 45,
  wrapUpSeconds: 30,
} as const;

/** One valid JSON-shaped example of every record type. */
const valid: Record<RecordTypeName, [(input: never) => unknown, Record<string, unknown>]> = {
  Manager: [
    normalizeManager,
    { id: 'm-17', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'Europe/Berlin' },
  ],
  Interaction: [
    normalizeInteraction,
    {
      id: 'i1',
      managerId: 'm-17',
      customerId: 'c-4',
      kind: 'meeting',
      at: '2026-10-28T10:00',
      contactRole: 'user',
    },
  ],
  Deal: [normalizeDeal, deal],
  CallRecord: [normalizeCallRecord, call],
  BudgetLine: [
    normalizeBudgetLine,
    {
      department: 'CC',
      category: 'training',
      period: '2026-10',
      budgeted: '12000.00',
      actual: 10450,
      currency: 'EUR',
    },
  ],
  SalesPlan: [
    normalizeSalesPlan,
    { managerId: 'm-17', period: '2026-Q4', amount: '450000', currency: 'EUR' },
  ],
  SurveyResponse: [normalizeSurveyResponse, { id: 's1', kind: 'nps', score: 0, at: '2026-10-03T08:00Z' }],
  Customer: [normalizeCustomer, { id: 'c1', since: '2025-01-15', until: '2026-10-31', segment: 'vip' }],
  RevenueRecord: [
    normalizeRevenueRecord,
    { customerId: 'c1', period: '2026-10', amount: '8200.00', currency: 'EUR' },
  ],
  SupportTicket: [
    normalizeSupportTicket,
    {
      id: 'T-1',
      openedAt: '2026-10-05T09:00Z',
      firstResponseAt: '2026-10-05T09:40Z',
      resolvedAt: '2026-10-06T15:00Z',
      reopenedAt: ['2026-10-07T08:00Z'],
      finalResolvedAt: '2026-10-08T10:00Z',
    },
  ],
  QualityReview: [
    normalizeQualityReview,
    {
      id: 'QA-1',
      agentId: 'a1',
      at: '2026-10-14T10:20Z',
      monitoring: 'silent',
      items: [{ item: 'greeting', result: 'pass', weight: 2 }],
    },
  ],
  FeedbackItem: [
    normalizeFeedbackItem,
    { id: 'F-1', at: '2026-10-09', source: 'call', topic: 'delivery', actionTakenAt: '2026-10-16' },
  ],
  TrainingRecord: [
    normalizeTrainingRecord,
    {
      id: 'TR-1',
      agentId: 'a1',
      course: 'Greeting',
      completedAt: '2026-10-21',
      cost: '180.00',
      currency: 'EUR',
    },
  ],
};

describe('normalisers', () => {
  it('turn CRM-shaped input into the internal form', () => {
    const d = normalizeDeal(deal, { timeZone: 'Europe/Berlin' });
    expect(d.amount.toString()).toBe('24100');
    expect(d.createdAt).toBe(Date.UTC(2026, 8, 1, 22)); // midnight CEST
    expect(d.closeDateChanges?.[0]?.to).toBe(Date.UTC(2026, 10, 2, 23)); // midnight CET
    const c = normalizeCallRecord(call);
    expect(c.outcome).toBe('answered');
    expect(c.waitSeconds).toBe(22);
    // A wait the CRM rounded is kept as given while it is within a second of the times' 22 s.
    expect(normalizeCallRecord({ ...call, waitSeconds: 23 }).waitSeconds).toBe(23);
    expect(normalizeCallRecord({ ...call, waitSeconds: 21 }).waitSeconds).toBe(21);
    const m = normalizeManager({ id: 17, name: 'A', role: 'middle', function: 'sales', timeZone: 'UTC' });
    expect(m.id).toBe('17');
  });

  it('accept every record type and leave the input untouched (deep-frozen here)', () => {
    for (const [name, [normalize, input]] of Object.entries(valid)) {
      const frozen = deepFreeze(structuredClone(input));
      expect(() => normalize(frozen as never), name).not.toThrow();
    }
  });

  it('are idempotent: a normalised record is a valid input', () => {
    const once = normalizeDeal(deal);
    expect(normalizeDeal(once as never)).toEqual(once);
    const c = normalizeCallRecord(call);
    expect(normalizeCallRecord(c)).toEqual(c);
  });

  it('treat null as absent for optional fields only', () => {
    expect(normalizeDeal({ ...deal, name: null }).name).toBeUndefined();
    expect(errorOf(() => normalizeDeal({ ...deal, currency: null } as never)).code).toBe('missing-field');
  });

  it('check an NPS answer against 0–10 and leave CSAT and CES answers to the scale they are scored on', () => {
    // The scale of a CSAT or CES question is declared where it is scored (satisfaction's csatScale,
    // cesScale), so the record takes any score from -1000 to 1000 for them.
    const at = '2026-10-03';
    expect(normalizeSurveyResponse({ id: 's1', kind: 'csat', score: 11, at }).score).toBe(11);
    expect(normalizeSurveyResponse({ id: 's2', kind: 'ces', score: 2.5, at }).score).toBe(2.5);
    expect(errorOf(() => normalizeSurveyResponse({ id: 's3', kind: 'nps', score: 2.5, at })).message).toBe(
      'score: expected an NPS answer, a whole number from 0 to 10, got 2.5',
    );
  });

  it('name the index in a list', () => {
    const bad = [deal, { ...deal, amount: '12,5' }];
    const error = errorOf(() => normalizeDeals(bad));
    expect(error.message).toBe('deals[1].amount: expected a decimal string or number, got "12,5"');
    expect(errorOf(() => normalizeDeals([{}] as never, { path: 'crm.deals' })).path).toBe('crm.deals[0].id');
    expect(errorOf(() => normalizeCallRecords([call], { timeZone: 'Nowhere/City' })).path).toBe(
      'options.timeZone',
    );
  });
});

describe('bad input: each kind gives its code and path', () => {
  const cases: Array<[string, () => unknown, string, string]> = [
    [
      'a missing field',
      () => normalizeDeal({ ...deal, customerId: undefined } as never),
      'missing-field',
      'customerId',
    ],
    ['an extra field', () => normalizeDeal({ ...deal, owner: 'x' } as never), 'unknown-field', 'owner'],
    [
      'a wrong type',
      () => normalizeInteraction({ ...valid.Interaction[1], at: true } as never),
      'invalid-date',
      'at',
    ],
    [
      'a string for a number',
      () => normalizeCallRecord({ ...call, talkSeconds: '312' } as never),
      'invalid-type',
      'talkSeconds',
    ],
    [
      'NaN seconds',
      () => normalizeCallRecord({ ...call, holdSeconds: Number.NaN }),
      'out-of-range',
      'holdSeconds',
    ],
    [
      'Infinity seconds',
      () => normalizeCallRecord({ ...call, holdSeconds: Infinity }),
      'out-of-range',
      'holdSeconds',
    ],
    [
      'negative seconds',
      () => normalizeCallRecord({ ...call, talkSeconds: -4 }),
      'out-of-range',
      'talkSeconds',
    ],
    [
      'answered before offered',
      () => normalizeCallRecord({ ...call, answeredAt: '2026-10-28T08:59:00Z' }),
      'inconsistent-record',
      'answeredAt',
    ],
    [
      'a close date before the creation date',
      () => normalizeDeal({ ...deal, closedAt: '2026-08-01' }),
      'inconsistent-record',
      'closedAt',
    ],
    [
      'a won deal without a close date',
      () => normalizeDeal({ ...deal, closedAt: undefined }),
      'inconsistent-record',
      'closedAt',
    ],
    [
      'an open deal with a close date',
      () => normalizeDeal({ ...deal, stage: 'proposal' }),
      'inconsistent-record',
      'closedAt',
    ],
    [
      'an unknown stage',
      () => normalizeDeal({ ...deal, stage: 'closed-won' } as never),
      'invalid-value',
      'stage',
    ],
    [
      'an unknown enum',
      () => normalizeManager({ ...valid.Manager[1], role: 'boss' } as never),
      'invalid-value',
      'role',
    ],
    ['an amount "12,5"', () => normalizeDeal({ ...deal, amount: '12,5' }), 'invalid-amount', 'amount'],
    ['an amount "1e400"', () => normalizeDeal({ ...deal, amount: '1e400' }), 'invalid-amount', 'amount'],
    ['a negative deal', () => normalizeDeal({ ...deal, amount: '-5' }), 'out-of-range', 'amount'],
    [
      'an unknown currency',
      () => normalizeDeal({ ...deal, currency: 'EURO' }),
      'invalid-currency',
      'currency',
    ],
    [
      'an invalid time zone',
      () => normalizeManager({ ...valid.Manager[1], timeZone: 'Berlin' } as never),
      'invalid-time-zone',
      'timeZone',
    ],
    [
      'a date out of range',
      () => normalizeDeal({ ...deal, createdAt: '1899-12-31' }),
      'invalid-date',
      'createdAt',
    ],
    ['a very long string', () => normalizeDeal({ ...deal, name: 'x'.repeat(301) }), 'invalid-value', 'name'],
    ['an empty id', () => normalizeDeal({ ...deal, id: '' }), 'invalid-value', 'id'],
    ['a fractional id', () => normalizeDeal({ ...deal, id: 1.5 }), 'invalid-type', 'id'],
    [
      'a bad nested date',
      () =>
        normalizeDeal({
          ...deal,
          closeDateChanges: [{ changedAt: 'soon', from: '2026-10-28', to: '2026-11-03' }],
        }),
      'invalid-date',
      'closeDateChanges[0].changedAt',
    ],
    ['an array for an object', () => normalizeDeal([] as never), 'invalid-type', ''],
    [
      'a NPS answer of 11',
      () => normalizeSurveyResponse({ id: 1, kind: 'nps', score: 11, at: '2026-10-01' }),
      'out-of-range',
      'score',
    ],
    [
      'a review with neither score nor items',
      () => normalizeQualityReview({ id: 1, agentId: 'a', at: '2026-10-01', monitoring: 'silent' }),
      'missing-field',
      'score',
    ],
    [
      'a review item with an unknown result',
      () =>
        normalizeQualityReview({
          id: 1,
          agentId: 'a',
          at: '2026-10-01',
          monitoring: 'silent',
          items: [{ item: 'x', result: 'ok' } as never],
        }),
      'invalid-value',
      'items[0].result',
    ],
    [
      'a training cost without a currency',
      () =>
        normalizeTrainingRecord({ id: 1, agentId: 'a', course: 'c', completedAt: '2026-10-01', cost: 10 }),
      'missing-field',
      'currency',
    ],
    [
      'a ticket resolved before it was opened',
      () => normalizeSupportTicket({ id: 1, openedAt: '2026-10-05', resolvedAt: '2026-10-04' }),
      'inconsistent-record',
      'resolvedAt',
    ],
    [
      'a ticket reopened before its resolution',
      () =>
        normalizeSupportTicket({
          id: 1,
          openedAt: '2026-10-01',
          resolvedAt: '2026-10-05',
          reopenedAt: ['2026-10-04'],
        }),
      'inconsistent-record',
      'reopenedAt[0]',
    ],
    [
      'a customer who left before joining',
      () => normalizeCustomer({ id: 1, since: '2026-10-05', until: '2026-10-04' }),
      'inconsistent-record',
      'until',
    ],
    [
      'a budget below zero',
      () => normalizeBudgetLine({ ...(valid.BudgetLine[1] as object), budgeted: '-1' } as never),
      'out-of-range',
      'budgeted',
    ],
    [
      'a plan of zero',
      () => normalizeSalesPlan({ managerId: 'm', period: '2026-10', amount: 0, currency: 'EUR' }),
      'out-of-range',
      'amount',
    ],
    [
      'a bad period label',
      () => normalizeSalesPlan({ managerId: 'm', period: 'Oct 2026', amount: 1, currency: 'EUR' }),
      'invalid-period',
      'period',
    ],
    [
      'a call both answered and abandoned',
      () => normalizeCallRecord({ ...call, abandonedAt: '2026-10-28T09:00:20Z' }),
      'inconsistent-record',
      'abandonedAt',
    ],
    [
      'a call with no outcome',
      () => normalizeCallRecord({ id: 1, queue: 'q', offeredAt: '2026-10-28T09:00Z' }),
      'missing-field',
      'answeredAt',
    ],
    [
      'a wait that contradicts the times',
      () => normalizeCallRecord({ ...call, waitSeconds: 5 }),
      'inconsistent-record',
      'waitSeconds',
    ],
    [
      'an outcome that contradicts the times',
      () => normalizeCallRecord({ ...call, outcome: 'abandoned' }),
      'inconsistent-record',
      'outcome',
    ],
    [
      'talk time on an abandoned call',
      () =>
        normalizeCallRecord({
          id: 1,
          queue: 'q',
          offeredAt: 0 + Date.UTC(2026, 0, 1),
          outcome: 'abandoned',
          waitSeconds: 3,
          talkSeconds: 10,
        }),
      'inconsistent-record',
      'talkSeconds',
    ],
    [
      'an abandoned call with no wait',
      () => normalizeCallRecord({ id: 1, queue: 'q', offeredAt: '2026-10-28T09:00Z', outcome: 'abandoned' }),
      'missing-field',
      'waitSeconds',
    ],
  ];

  it.each(cases)('%s', (_label, run, code, field) => {
    const error = errorOf(run);
    expect(error.code).toBe(code);
    expect(error.path).toBe(field);
    expect(error.message.startsWith(`${field === '' ? 'input' : field}: expected `)).toBe(true);
  });

  it('an answered call with no wait and no answer time asks for the answer time', () => {
    const error = errorOf(() =>
      normalizeCallRecord({ id: 1, queue: 'q', offeredAt: '2026-10-28T09:00Z', outcome: 'answered' }),
    );
    expect([error.code, error.path]).toEqual(['missing-field', 'waitSeconds']);
    expect(error.message).toBe(
      'waitSeconds: expected the wait in seconds (or the answer time), got undefined',
    );
  });

  it('a reopening with no first resolution must still come after the opening', () => {
    const ticket = { id: 'T-1', openedAt: '2026-10-05T09:00Z' };
    const error = errorOf(() => normalizeSupportTicket({ ...ticket, reopenedAt: ['2026-10-05T08:59Z'] }));
    expect([error.code, error.path]).toEqual(['inconsistent-record', 'reopenedAt[0]']);
    expect(error.message).toBe(
      'reopenedAt[0]: expected a time on or after resolvedAt (2026-10-05T09:00:00.000Z), got "2026-10-05T08:59:00.000Z"',
    );
    // On or after the opening it is accepted (noted in docs/testing.md as a question for the domain).
    expect(normalizeSupportTicket({ ...ticket, reopenedAt: ['2026-10-05T09:00Z'] }).reopenedAt).toEqual([
      Date.UTC(2026, 9, 5, 9),
    ]);
  });

  it('a list longer than its limit is out of range as a whole (1,001 reopenings; at most 1,000)', () => {
    const reopenedAt = new Array(1001).fill('2026-10-06T09:00Z');
    const error = errorOf(() =>
      normalizeSupportTicket({ id: 'T-1', openedAt: '2026-10-05T09:00Z', reopenedAt }),
    );
    expect([error.code, error.path]).toEqual(['out-of-range', 'reopenedAt']);
    expect(error.message).toBe('reopenedAt: expected at most 1000 items, got an array of 1001');
    expect(
      normalizeSupportTicket({ id: 'T-1', openedAt: '2026-10-05T09:00Z', reopenedAt: reopenedAt.slice(1) })
        .reopenedAt,
    ).toHaveLength(1000);
  });

  it('messages describe a Date (valid or not), a symbol and a function by what they are', () => {
    const at = errorOf(() =>
      normalizeInteraction({ ...valid.Interaction[1], at: new Date(Number.NaN) } as never),
    );
    expect([at.code, at.path]).toEqual(['invalid-date', 'at']);
    expect(at.message.endsWith(', got Invalid Date')).toBe(true);
    const dated = errorOf(() => normalizeDeal({ ...deal, id: new Date(Date.UTC(2026, 9, 1)) } as never));
    expect(dated.path).toBe('id');
    expect(dated.message.endsWith(', got Date(2026-10-01T00:00:00.000Z)')).toBe(true);
    const id = errorOf(() => normalizeDeal({ ...deal, id: Symbol('D-1') } as never));
    expect(id.path).toBe('id');
    expect(id.message.endsWith(', got symbol')).toBe(true);
    const queue = errorOf(() => normalizeCallRecord({ ...call, queue: () => 'billing' } as never));
    expect(queue.path).toBe('queue');
    expect(queue.message.endsWith(', got function')).toBe(true);
  });

  it('refuses __proto__ and constructor keys without touching any prototype', () => {
    const hostile = JSON.parse(
      '{"id":"D-1","managerId":"m","customerId":"c","source":"inbound","stage":"prospect","amount":"1","currency":"EUR","createdAt":"2026-10-01","__proto__":{"polluted":true}}',
    );
    const error = errorOf(() => normalizeDeal(hostile));
    expect(error.code).toBe('unknown-field');
    expect(error.path).toBe('__proto__');
    const ctor = errorOf(() => normalizeDeal({ ...deal, constructor: 'x' } as never));
    expect(ctor.path).toBe('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ strict: false });

  it('cover every record type', () => {
    expect(Object.keys(jsonSchemas).sort()).toEqual([...RECORD_TYPES].sort());
  });

  it('accept what the normalisers accept', () => {
    for (const [name, [, input]] of Object.entries(valid)) {
      const validate = ajv.compile(jsonSchemas[name as RecordTypeName]);
      expect(validate(input), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject what a schema can see: extra fields, wrong enums, amounts with commas, missing fields', () => {
    const validate = ajv.compile(jsonSchemas.Deal);
    expect(validate({ ...deal, owner: 'x' })).toBe(false);
    expect(validate({ ...deal, stage: 'closed-won' })).toBe(false);
    expect(validate({ ...deal, amount: '12,5' })).toBe(false);
    expect(validate({ ...deal, amount: '1e400' })).toBe(false);
    const { currency: _omit, ...noCurrency } = deal;
    expect(validate(noCurrency)).toBe(false);
    expect(ajv.compile(jsonSchemas.CallRecord)({ ...call, talkSeconds: -4 })).toBe(false);
  });

  it('describe a list field: an array, of at most its limit, of items of its kind', () => {
    const ticket = ajv.compile(jsonSchemas.SupportTicket);
    const opened = { id: 'T-1', openedAt: '2026-10-05T09:00Z' };
    expect(ticket({ ...opened, reopenedAt: ['2026-10-07T08:00Z'] })).toBe(true);
    expect(ticket({ ...opened, reopenedAt: '2026-10-07T08:00Z' })).toBe(false);
    expect(ticket({ ...opened, reopenedAt: [true] })).toBe(false);
    expect(ticket({ ...opened, reopenedAt: new Array(1001).fill('2026-10-07T08:00Z') })).toBe(false);
    const review = ajv.compile(jsonSchemas.QualityReview);
    const base = { id: 'QA-1', agentId: 'a-7', at: '2026-10-05T10:00Z', monitoring: 'silent' };
    expect(review({ ...base, items: [{ item: 'greeting', result: 'pass' }] })).toBe(true);
    expect(review({ ...base, items: [{ item: 'greeting', result: 'ok' }] })).toBe(false);
  });
});
