import { describe, expect, it } from 'vitest';
import { type Aggregator, accumulateAsync, type RecordTypeName, type SalesPlan } from '../../src/index.js';
import { defineMapping, readRecords } from '../../src/io/index.js';
import { all, caught } from './helpers.js';

const dealHeader = 'id,managerId,customerId,source,stage,amount,currency,createdAt';

describe('readRecords: CSV in the library format', () => {
  it('reads typed cells from the schema: numbers, booleans, JSON lists; an empty cell is an absent field', async () => {
    const csv = [
      'id,managerId,kind,at,durationSeconds,decisionMakerPresent,referralAsked,referralsReceived,customerId',
      'I-1,m1,meeting,2026-10-05T10:00,3600,yes,false,2,c1',
      'I-2,m1,call,2026-10-05T11:00,,,,,',
    ].join('\n');
    const [a, b] = await all(readRecords(csv, { type: 'Interaction', timeZone: 'Europe/Berlin' }));
    expect(a).toMatchObject({
      durationSeconds: 3600,
      decisionMakerPresent: true,
      referralAsked: false,
      referralsReceived: 2,
    });
    expect(new Date(a?.at ?? 0).toISOString()).toBe('2026-10-05T08:00:00.000Z');
    expect(b).toEqual({ id: 'I-2', managerId: 'm1', kind: 'call', at: Date.parse('2026-10-05T09:00:00Z') });
    const deals = await all(
      readRecords(
        `${dealHeader},stageChanges\nD-1,m1,c1,inbound,qualified,900,EUR,2026-10-01,"[{""stage"":""qualified"",""at"":""2026-10-03""}]"\n`,
        { type: 'Deal' },
      ),
    );
    expect(deals[0]?.stageChanges).toEqual([{ stage: 'qualified', at: Date.parse('2026-10-03T00:00:00Z') }]);
  });

  it('names file, line, column and header for a bad amount: "12,5" is not a decimal', async () => {
    const csv = `${dealHeader}\nD-1,m1,c1,inbound,prospect,100,EUR,2026-10-01\nD-2,m1,c1,inbound,prospect,"12,5",EUR,2026-10-01\n`;
    const error = await caught(() => all(readRecords(csv, { type: 'Deal', file: 'deals.csv' })));
    expect(error.code).toBe('invalid-amount');
    expect(error.path).toBe('deals[1].amount');
    expect(error.location).toEqual({ file: 'deals.csv', line: 3, column: 6, header: 'amount' });
    expect(error.message).toBe(
      'deals.csv, line 3, column 6 (amount): deals[1].amount: expected a decimal string or number, got "12,5"',
    );
  });

  it('counts lines right after a quoted value that spans lines and after blank lines', async () => {
    const csv = `${dealHeader},name\nD-1,m1,c1,inbound,prospect,100,EUR,2026-10-01,"two\nlines"\n\nD-2,m1,c1,inbound,prospect,1e400,EUR,2026-10-01,x\n`;
    const error = await caught(() => all(readRecords(csv, { type: 'Deal', file: 'd.csv' })));
    expect(error.location).toMatchObject({ line: 5, column: 6 });
  });

  it('rejects a header that is not a field, at line 1 with its column', async () => {
    const error = await caught(() =>
      all(readRecords('id,managerId,amout\n', { type: 'SalesPlan', file: 'plans.csv' })),
    );
    expect(error.code).toBe('unknown-field');
    expect(error.location).toEqual({ file: 'plans.csv', line: 1, column: 3, header: 'amout' });
  });

  it('rejects two columns for one field', async () => {
    const mapping = defineMapping({ type: 'SalesPlan', columns: { Quota: 'amount', Target: 'amount' } });
    const error = await caught(() => all(readRecords('Quota,Target\n1,2\n', { type: 'SalesPlan', mapping })));
    expect(error.code).toBe('invalid-file');
    expect(error.location).toMatchObject({ line: 1, column: 2, header: 'Target' });
  });

  it('reports malformed CSV (an unclosed quote, a short row) as invalid-file with a line, never a parser stack', async () => {
    const unclosed = await caught(() =>
      all(
        readRecords('id,managerId,period,amount,currency\n"P-1,m1\n', { type: 'SalesPlan', file: 'p.csv' }),
      ),
    );
    expect(unclosed.code).toBe('invalid-file');
    expect(unclosed.location?.file).toBe('p.csv');
    expect(unclosed.message).toMatch(/^p\.csv, line \d+: input: expected well-formed CSV, got "/);
    const short = await caught(() =>
      all(
        readRecords('id,managerId,period,amount,currency\nP-1,m1,2026-10,5,EUR\nP-2,m1,2026-10\n', {
          type: 'SalesPlan',
          file: 'p.csv',
        }),
      ),
    );
    expect(short).toMatchObject({ code: 'invalid-file', location: { file: 'p.csv', line: 3 } });
  });

  it('passes cells that do not parse to the normaliser, which names them: "maybe" is not a boolean, "[" is not JSON', async () => {
    const bool = await caught(() =>
      all(
        readRecords('id,managerId,kind,at,newCustomer\nI-1,m1,call,2026-10-05,maybe\n', {
          type: 'Interaction',
          file: 'i.csv',
        }),
      ),
    );
    expect(bool).toMatchObject({
      code: 'invalid-type',
      path: 'interactions[0].newCustomer',
      location: { column: 5 },
    });
    const json = await caught(() =>
      all(
        readRecords(`${dealHeader},stageChanges\nD-1,m1,c1,inbound,qualified,900,EUR,2026-10-01,[\n`, {
          type: 'Deal',
          file: 'd.csv',
        }),
      ),
    );
    expect(json).toMatchObject({
      path: 'deals[0].stageChanges',
      location: { column: 9, header: 'stageChanges' },
    });
  });

  it('reads another delimiter', async () => {
    const plans = await all(
      readRecords('id;managerId;period;amount;currency\nP-1;m1;2026-10;5000.25;EUR\n', {
        type: 'SalesPlan',
        delimiter: ';',
      }),
    );
    expect(plans[0]?.amount.toString()).toBe('5000.25');
  });
});

describe('readRecords: JSON lines and JSON', () => {
  it('reads one object per line and names the broken line', async () => {
    const good = '{"id":"P-1","managerId":"m1","period":"2026-10","amount":"5000","currency":"EUR"}';
    const plans = await all(
      readRecords(`${good}\n\n${good.replace('P-1', 'P-2')}`, { type: 'SalesPlan', format: 'jsonl' }),
    );
    expect(plans.map((p) => p.id)).toEqual(['P-1', 'P-2']);
    const error = await caught(() =>
      all(readRecords(`${good}\n{"id": \n`, { type: 'SalesPlan', format: 'jsonl', file: 'p.jsonl' })),
    );
    expect(error).toMatchObject({ code: 'invalid-file', location: { file: 'p.jsonl', line: 2 } });
    const value = await caught(() =>
      all(
        readRecords(`${good}\n${good.replace('"5000"', '"12,5"')}\n`, {
          type: 'SalesPlan',
          format: 'jsonl',
          file: 'p.jsonl',
        }),
      ),
    );
    expect(value).toMatchObject({ code: 'invalid-amount', path: 'plans[1].amount', location: { line: 2 } });
    // A file that ends with a newline has an empty last line, which holds no record.
    expect(await all(readRecords(`${good}\n`, { type: 'SalesPlan', format: 'jsonl' }))).toHaveLength(1);
  });

  it('reads a JSON array and locates a syntax error by line and column', async () => {
    const plans = await all(
      readRecords('[{"id":"P-1","managerId":"m1","period":"2026-10","amount":5000,"currency":"EUR"}]', {
        type: 'SalesPlan',
        format: 'json',
      }),
    );
    expect(plans[0]?.amount.toString()).toBe('5000');
    const error = await caught(() =>
      all(readRecords('[\n  {"id": "P-1",}\n]', { type: 'SalesPlan', format: 'json', file: 'p.json' })),
    );
    expect(error).toMatchObject({ code: 'invalid-file', location: { file: 'p.json', line: 2 } });
    // An empty file: JSON.parse names no position, so the error has a line but no column.
    const empty = await caught(() =>
      all(readRecords('', { type: 'SalesPlan', format: 'json', file: 'p.json' })),
    );
    expect(empty).toMatchObject({ code: 'invalid-file', location: { file: 'p.json', line: 1 } });
    expect(empty.location).toEqual({ file: 'p.json', line: 1 });
    const notArray = await caught(() =>
      all(readRecords('{"id":"P-1"}', { type: 'SalesPlan', format: 'json' })),
    );
    expect(notArray.code).toBe('invalid-file');
    const notObject = await caught(() => all(readRecords('[42]', { type: 'SalesPlan', format: 'json' })));
    expect(notObject).toMatchObject({ code: 'invalid-type', path: 'plans[0]' });
  });

  it('applies a mapping to JSON objects too (keys as headers, percent numbers divided by 100)', async () => {
    const mapping = defineMapping({
      type: 'Deal',
      columns: {
        ID: 'id',
        Owner: 'managerId',
        Account: 'customerId',
        Stage: 'stage',
        Value: 'amount',
        Cur: 'currency',
        Created: 'createdAt',
        Prob: 'probability',
        Extra: 'name',
        Src: 'source',
      },
      values: { stage: { Open: 'qualified' } },
      percent: ['probability'],
      defaults: { source: 'other' },
    });
    const [deal] = await all(
      readRecords(
        JSON.stringify([
          {
            ID: 7,
            Owner: 'm1',
            Account: 'c1',
            Stage: 'open',
            Value: 10,
            Cur: 'EUR',
            Created: '2026-10-01',
            Prob: 40,
            Extra: null,
            Src: '  ', // blank text is absent, so the default applies
            Ignored: 'x',
          },
        ]),
        { type: 'Deal', format: 'json', mapping },
      ),
    );
    expect(deal).toMatchObject({ id: '7', stage: 'qualified', probability: 0.4, source: 'other' });
    expect(deal?.name).toBeUndefined();
  });
});

describe('readRecords: mappings on CSV, cell by cell', () => {
  const columns = {
    ID: 'id',
    Owner: 'managerId',
    Account: 'customerId',
    Source: 'source',
    Stage: 'stage',
    Value: 'amount',
    Cur: 'currency',
    Created: 'createdAt',
    Expected: 'expectedCloseAt',
    Closed: 'closedAt',
    Prob: 'probability',
  } as const;
  const header = Object.keys(columns).join(',');

  it('copies a field only where the target is empty and the source is there', async () => {
    const mapping = defineMapping({
      type: 'Deal',
      columns,
      copy: [{ to: 'expectedCloseAt', from: 'closedAt' }],
    });
    const csv = [
      header,
      'D-1,m1,c1,inbound,won,100,EUR,2026-10-01,,2026-10-20,',
      'D-2,m1,c1,inbound,won,100,EUR,2026-10-01,2026-10-15,2026-10-22,',
      'D-3,m1,c1,inbound,qualified,100,EUR,2026-10-01,,,',
    ].join('\n');
    const deals = await all(readRecords(csv, { type: 'Deal', mapping }));
    expect(deals.map((d) => d.expectedCloseAt)).toEqual([
      Date.UTC(2026, 9, 20), // copied from the close date
      Date.UTC(2026, 9, 15), // kept: the file gives one
      undefined, // nothing to copy
    ]);
  });

  it('passes a percent cell that is not a number, and a date in none of the formats, to the normaliser', async () => {
    const mapping = defineMapping({
      type: 'Deal',
      columns,
      percent: ['probability'],
      dateFormats: ['d.M.yyyy'],
    });
    const row = (created: string, prob: string) =>
      `${header}\nD-1,m1,c1,inbound,qualified,100,EUR,${created},,,${prob}\n`;
    const [deal] = await all(readRecords(row('5.10.2026', '40 %'), { type: 'Deal', mapping }));
    expect(deal).toMatchObject({ createdAt: Date.UTC(2026, 9, 5), probability: 0.4 });
    const failed = (created: string, prob: string) =>
      caught(() => all(readRecords(row(created, prob), { type: 'Deal', mapping, file: 'd.csv' })));
    expect(await failed('5.10.2026', 'n/a%')).toMatchObject({
      code: 'invalid-type',
      path: 'deals[0].probability',
      received: 'n/a%',
      location: { file: 'd.csv', line: 2, column: 11, header: 'Prob' },
    });
    expect(await failed('5 Oct 2026', '40')).toMatchObject({
      code: 'invalid-date',
      path: 'deals[0].createdAt',
      received: '5 Oct 2026',
      location: { file: 'd.csv', line: 2, column: 8, header: 'Created' },
    });
  });
});

describe('readRecords: streams and options', () => {
  it('streams chunks that split rows and multi-byte characters, without holding the file', async () => {
    const rows = 20_000;
    async function* source(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode('id,managerId,period,amount,currency\n');
      for (let i = 0; i < rows; i++) {
        const bytes = encoder.encode(`P-${i},Müller-${i % 7},2026-10,${i}.25,EUR\n`);
        // split every row inside the two-byte ü to exercise the streaming decoder
        const cut = bytes.indexOf(0xc3) + 1;
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
    }
    const sum: Aggregator<SalesPlan, { n: number; cents: number }, number> = {
      init: () => ({ n: 0, cents: 0 }),
      add: (s, p) => {
        s.n++;
        s.cents += Math.round(Number(p.amount.toString()) * 100);
        return s;
      },
      merge: (a, b) => ({ n: a.n + b.n, cents: a.cents + b.cents }),
      finish: (s) => s.cents,
    };
    const state = await accumulateAsync(sum, readRecords(source(), { type: 'SalesPlan' }));
    expect(state.n).toBe(rows);
    // Σ (i + 0.25) for i < 20,000 = 19,999·20,000/2 + 5,000 = 199,995,000 ; in cents ×100
    expect(state.cents).toBe(19_999_500_000);
  });

  it('reads bytes given whole, and a plain iterable of chunks', async () => {
    const text = 'id,managerId,period,amount,currency\nP-1,m1,2026-10,5,EUR\n';
    expect(await all(readRecords(new TextEncoder().encode(text), { type: 'SalesPlan' }))).toHaveLength(1);
    expect(await all(readRecords([text.slice(0, 10), text.slice(10)], { type: 'SalesPlan' }))).toHaveLength(
      1,
    );
  });

  it.each([
    [{ type: 'Nope' }, 'options.type'],
    [{ type: 'Deal', format: 'xml' }, 'options.format'],
    [{ type: 'Deal', file: '' }, 'options.file'],
    [{ type: 'Deal', delimiter: ';;' }, 'options.delimiter'],
    [{ type: 'Deal', encoding: 7 }, 'options.encoding'],
    [{ type: 'Deal', mapping: { type: 'SalesPlan', columns: {} } }, 'options.mapping.type'],
  ])('rejects bad options %j at %s', (options, path) => {
    expect(() => readRecords('', options as { type: RecordTypeName })).toThrow(
      expect.objectContaining({ code: 'invalid-option', path }),
    );
  });

  it('rejects options that are not an object', () => {
    expect(() => readRecords('', null as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option', path: 'options' }),
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => readRecords('', { type: 'Deal', timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'invalid-time-zone', path: 'options.timeZone' }),
    );
  });

  it('rejects an encoding label the runtime does not know, when reading starts', async () => {
    const error = await caught(() =>
      all(readRecords(new Uint8Array([65]), { type: 'Deal', encoding: 'klingon' })),
    );
    expect(error).toMatchObject({ code: 'invalid-option', path: 'options.encoding' });
  });
});

describe('defineMapping', () => {
  it.each([
    [null, 'mapping'],
    [{ type: 'Lead', columns: {} }, 'mapping.type'],
    [{ type: 'Deal', columns: { Amount: 'amout' } }, 'mapping.columns.Amount'],
    [{ type: 'Deal', columns: [] }, 'mapping.columns'],
    [{ type: 'Deal', columns: {}, colums: {} }, 'mapping.colums'],
    [{ type: 'Deal', name: 3, columns: {} }, 'mapping.name'],
    [{ type: 'Deal', columns: {}, values: { stag: {} } }, 'mapping.values.stag'],
    [{ type: 'Deal', columns: {}, values: { stage: 'won' } }, 'mapping.values.stage'],
    [{ type: 'Deal', columns: {}, values: [] }, 'mapping.values'],
    [{ type: 'Deal', columns: {}, otherwise: { source: 1 } }, 'mapping.otherwise.source'],
    [{ type: 'Deal', columns: {}, percent: 'probability' }, 'mapping.percent'],
    [{ type: 'Deal', columns: {}, percent: ['prob'] }, 'mapping.percent[0]'],
    [{ type: 'Deal', columns: {}, dateFormats: [''] }, 'mapping.dateFormats'],
    [{ type: 'Deal', columns: {}, copy: {} }, 'mapping.copy'],
    [{ type: 'Deal', columns: {}, copy: [3] }, 'mapping.copy[0]'],
    [
      {
        type: 'Deal',
        columns: {},
        copy: [{ to: 'closedAt', from: 'expectedCloseAt', when: { field: 'stage', in: 'won' } }],
      },
      'mapping.copy[0].when',
    ],
    [{ type: 'Deal', columns: {}, copy: [{ to: 'closed', from: 'expectedCloseAt' }] }, 'mapping.copy[0].to'],
    [{ type: 'Deal', columns: {}, missingId: 'row' }, 'mapping.missingId'],
  ])('rejects %j at %s', (input, path) => {
    expect(() => defineMapping(input)).toThrow(expect.objectContaining({ code: 'invalid-option', path }));
  });
});
