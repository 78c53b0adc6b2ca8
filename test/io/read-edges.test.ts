// readRecords where the mutation run found it loosely tested (docs/testing.md): every option refusal
// word for word (and a type name that every object has), the exact line and column of JSON and JSONL
// errors, blank lines, a value table matched loosely, and JSON values that are null or not numbers.
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/io/read.js';
import { all, caught } from './helpers.js';

// The message and location of the error a read ends with.
const failureOf = async (
  read: () => AsyncIterable<unknown>,
): Promise<{ message: string; location: unknown }> => {
  const error = await caught(() => all(read()));
  return { message: error.message, location: error.location };
};
const TYPES =
  'Manager, Interaction, Deal, CallRecord, BudgetLine, SalesPlan, SurveyResponse, Customer, RevenueRecord, SupportTicket, QualityReview, FeedbackItem, TrainingRecord';
const PLAN = '{"id":"P-1","managerId":"m1","period":"2026-10","amount":5000,"currency":"EUR"}';

describe('readRecords options', () => {
  it.each([
    [null, 'options: expected { type, … }, got null'],
    [5, 'options: expected { type, … }, got 5'],
    [{ type: 'Nope' }, `options.type: expected one of ${TYPES}, got "Nope"`],
    [{ type: 5 }, `options.type: expected one of ${TYPES}, got 5`],
    // Names every object has are not record types: they were let through, and the reader then failed.
    [{ type: 'toString' }, `options.type: expected one of ${TYPES}, got "toString"`],
    [{ type: '__proto__' }, `options.type: expected one of ${TYPES}, got "__proto__"`],
    [{ type: 'Deal', format: 'xml' }, `options.format: expected 'csv', 'jsonl' or 'json', got "xml"`],
    [{ type: 'Deal', file: '' }, 'options.file: expected a file name, got ""'],
    [{ type: 'Deal', file: 7 }, 'options.file: expected a file name, got 7'],
    [{ type: 'Deal', delimiter: ';;' }, 'options.delimiter: expected one character, got ";;"'],
    [{ type: 'Deal', delimiter: 9 }, 'options.delimiter: expected one character, got 9'],
    [{ type: 'Deal', encoding: 5 }, 'options.encoding: expected an encoding label, got 5'],
    [
      { type: 'Deal', mapping: { type: 'SalesPlan', columns: {} } },
      'options.mapping.type: expected the mapping of a Deal, got "SalesPlan"',
    ],
    [
      { type: 'Deal', mapping: { type: 'Deal', columns: 5 } },
      'options.mapping.columns: expected an object of header → field, got 5',
    ],
  ])('%j', async (options, message) => {
    expect((await failureOf(() => readRecords('a\n', options as never))).message).toBe(message);
  });
});

describe('readRecords: where an error is', () => {
  it('a JSON syntax error on line 2, at its column', async () => {
    expect(
      await failureOf(() =>
        readRecords('[\n  {"id": "P-1",}\n]', { type: 'SalesPlan', format: 'json', file: 'p.json' }),
      ),
    ).toEqual({
      message:
        'p.json, line 2, column 16: input: expected a JSON array of records, got "Expected double-quoted property name in JSON at position 17"',
      location: { file: 'p.json', line: 2, column: 16 },
    });
  });

  it('a JSON file that is not an array', async () => {
    expect(
      await failureOf(() =>
        readRecords('{"id":"P-1"}', { type: 'SalesPlan', format: 'json', file: 'p.json' }),
      ),
    ).toEqual({
      message: 'p.json, line 1: input: expected a JSON array of records, got an object',
      location: { file: 'p.json', line: 1 },
    });
  });

  it('JSONL: a line of blanks is skipped; a last line without its newline, and a bad record, are named by their line', async () => {
    const two = await all(
      readRecords(`${PLAN}\n   \n${PLAN.replace('P-1', 'P-2')}`, { type: 'SalesPlan', format: 'jsonl' }),
    );
    expect(two).toHaveLength(2);
    expect(
      await failureOf(() =>
        readRecords(`${PLAN}\n{"id": `, { type: 'SalesPlan', format: 'jsonl', file: 'p.jsonl' }),
      ),
    ).toEqual({
      message:
        'p.jsonl, line 2: input: expected one JSON object per line, got "Unexpected end of JSON input"',
      location: { file: 'p.jsonl', line: 2 },
    });
    const bad = PLAN.replace('P-1', 'P-2').replace('5000', '"12,5"');
    expect(
      await failureOf(() =>
        readRecords(`${PLAN}\n${bad}`, { type: 'SalesPlan', format: 'jsonl', file: 'p.jsonl' }),
      ),
    ).toEqual({
      message: 'p.jsonl, line 2: plans[1].amount: expected a decimal string or number, got "12,5"',
      location: { file: 'p.jsonl', line: 2 },
    });
  });

  it('CSV: lines stay counted across two runs of blank lines', async () => {
    const csv =
      'id,managerId,period,amount,currency\nP-1,m1,2026-10,5,EUR\n\nP-2,m1,2026-10,5,EUR\n\nP-3,m1,2026-10,x,EUR\n';
    expect((await failureOf(() => readRecords(csv, { type: 'SalesPlan', file: 'p.csv' }))).location).toEqual({
      file: 'p.csv',
      line: 6,
      column: 4,
      header: 'amount',
    });
  });

  it('CSV headers: a second column for a field, and a header that is no field, in their words', async () => {
    expect(
      (await failureOf(() => readRecords('id,amount,amount\n', { type: 'SalesPlan', file: 'p.csv' })))
        .message,
    ).toBe(
      'p.csv, line 1, column 3 (amount): plans.columns[2]: expected one column for amount (column 2 has it already), got "amount"',
    );
    expect(
      (await failureOf(() => readRecords('id,quota\n', { type: 'SalesPlan', file: 'p.csv' }))).message,
    ).toBe(
      'p.csv, line 1, column 2 (quota): plans.columns[1]: expected a field of SalesPlan (id, managerId, period, amount, currency), or a mapping for this export, got "quota"',
    );
  });
});

describe('readRecords with a mapping', () => {
  const mapping = {
    type: 'Deal',
    columns: {
      Id: 'id',
      Owner: 'managerId',
      Account: 'customerId',
      Stage: 'stage',
      Amount: 'amount',
      Currency: 'currency',
      Created: 'createdAt',
      Closed: 'closedAt',
      Prob: 'probability',
    },
    values: { stage: { 'Closed Won': 'won', Open: 'prospect' } },
    defaults: { source: 'other' },
    percent: ['probability'],
  } as const;
  const header = 'Id,Owner,Account,Stage,Amount,Currency,Created,Closed';

  it('matches a value table whatever the case and spacing; a value in no table and no otherwise reaches the normaliser as written', async () => {
    const [deal] = (await all(
      readRecords(`${header}\nD1,m1,c1,  CLOSED   won ,100,EUR,2026-10-01,2026-10-05\n`, {
        type: 'Deal',
        mapping,
      }),
    )) as { stage: string }[];
    expect(deal?.stage).toBe('won');
    expect(
      (
        await failureOf(() =>
          readRecords(`${header}\nD1,m1,c1,Weird,100,EUR,2026-10-01,\n`, {
            type: 'Deal',
            file: 'd.csv',
            mapping,
          }),
        )
      ).message,
    ).toBe(
      'd.csv, line 2, column 4 (Stage): deals[0].stage: expected one of "prospect", "qualified", "proposal", "negotiation", "won", "lost", got "Weird"',
    );
  });

  it('JSON: null is an absent field, a percent number is divided by 100, anything else reaches the normaliser', async () => {
    const json = (extra: string) =>
      `[{"Id":"D1","Owner":"m1","Account":"c1","Stage":"Open","Amount":100,"Currency":"EUR","Created":"2026-10-01"${extra}}]`;
    const [deal] = (await all(
      readRecords(json(',"Closed":null,"Prob":50'), { type: 'Deal', format: 'json', mapping }),
    )) as {
      closedAt?: number;
      probability: number;
    }[];
    expect(deal).not.toHaveProperty('closedAt');
    expect(deal?.probability).toBe(0.5);
    expect(
      (
        await failureOf(() =>
          readRecords(json(',"Prob":true'), { type: 'Deal', format: 'json', file: 'd.json', mapping }),
        )
      ).message,
    ).toBe('d.json, line 1: deals[0].probability: expected a number from 0 to 1, got true');
  });
});
