import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deal, Interaction, RecordTypeName } from '../../src/index.js';
import { CRM_MAPPINGS, type CrmMappingName, readRecords } from '../../src/io/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/crm/${name}`, import.meta.url));
const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

async function read<T>(
  type: RecordTypeName,
  name: string,
  mapping: CrmMappingName,
  timeZone: string,
  extra: { currency?: string; encoding?: string } = {},
): Promise<T[]> {
  const base = CRM_MAPPINGS[mapping];
  const withCurrency = extra.currency
    ? { ...base, defaults: { ...base.defaults, currency: extra.currency } }
    : base;
  const out: T[] = [];
  const options = {
    type,
    file: name,
    mapping: withCurrency,
    timeZone,
    ...(extra.encoding ? { encoding: extra.encoding } : {}),
  };
  for await (const record of readRecords(createReadStream(fixture(name)), options)) out.push(record as T);
  return out;
}

describe('Zoho CRM exports', () => {
  it('reads deals: stages, lead sources, percent probability and Berlin dates across the October DST change', async () => {
    const deals = await read<Deal>('Deal', 'zoho-deals.csv', 'zoho-deals', 'Europe/Berlin');
    expect(deals.map((d) => [d.id, d.managerId, d.customerId, d.stage, d.source, d.probability])).toEqual([
      ['4876876000000412001', 'Anna Schmidt', 'Stadtwerke Ulm', 'won', 'event', 1],
      ['4876876000000412002', 'Anna Schmidt', 'Klinikum Nord', 'negotiation', 'referral', 0.75],
      ['4876876000000412003', 'Jonas Weber', 'Bäckerei Kette', 'lost', 'inbound', 0],
      // an empty Lead Source falls back to the mapping's declared default, 'other'
      ['4876876000000412004', 'Jonas Weber', 'Logistik Nord GmbH', 'qualified', 'other', 0.1],
    ]);
    expect(deals[2]?.name).toBe('Bäckerei Kette, Filialen'); // a quoted comma stays in the value
    expect(deals[0]?.amount.toString()).toBe('48200');
    expect(deals[1]?.amount.toString()).toBe('12500.5');
    // 09:15 in Berlin on 2 October is summer time (UTC+2): 07:15Z.
    expect(iso(deals[0]?.createdAt)).toBe('2026-10-02T07:15:00.000Z');
    // 28 October is after the change on the 25th (UTC+1): midnight is 23:00Z the day before.
    expect(iso(deals[0]?.expectedCloseAt)).toBe('2026-10-27T23:00:00.000Z');
    // Zoho keeps one Closing Date: for won and lost deals it is the close.
    expect(iso(deals[0]?.closedAt)).toBe('2026-10-27T23:00:00.000Z');
    expect(iso(deals[2]?.closedAt)).toBe('2026-10-14T22:00:00.000Z');
    expect(deals[1]?.closedAt).toBeUndefined();
  });

  it('reads calls with their direction and duration', async () => {
    const calls = await read<Interaction>('Interaction', 'zoho-calls.csv', 'zoho-calls', 'Europe/Berlin');
    expect(calls.map((c) => [c.kind, c.direction, c.durationSeconds, c.customerId, iso(c.at)])).toEqual([
      ['call', 'outbound', 420, 'Klinikum Nord', '2026-10-05T07:00:00.000Z'],
      ['call', 'inbound', 95, 'Stadtwerke Ulm', '2026-10-05T09:30:00.000Z'],
      ['call', 'inbound', 0, 'Logistik Nord GmbH', '2026-10-06T06:10:00.000Z'],
    ]);
  });
});

describe('Salesforce report exports', () => {
  it('reads US-format dates in New York and takes the currency the caller declares', async () => {
    const deals = await read<Deal>(
      'Deal',
      'salesforce-opportunities.csv',
      'salesforce-opportunities',
      'America/New_York',
      {
        currency: 'USD',
      },
    );
    expect(
      deals.map((d) => [d.id, d.stage, d.source, d.currency, d.amount.toString(), d.probability]),
    ).toEqual([
      ['0065e00000AbCdE01', 'won', 'partner', 'USD', '125000', 1],
      ['0065e00000AbCdE02', 'negotiation', 'inbound', 'USD', '40000.5', 0.9],
      // "Trade Fair" is not a standard Lead Source value: the mapping's `otherwise` makes it 'other'
      ['0065e00000AbCdE03', 'prospect', 'other', 'USD', '8000', 0.1],
    ]);
    // 10/28/2026 is before the US change on 1 November (UTC−4); 11/3/2026 is after it (UTC−5).
    expect(iso(deals[0]?.closedAt)).toBe('2026-10-28T04:00:00.000Z');
    expect(iso(deals[1]?.expectedCloseAt)).toBe('2026-11-03T05:00:00.000Z');
    expect(iso(deals[0]?.createdAt)).toBe('2026-09-01T04:00:00.000Z');
  });

  it('rejects a single-currency export without a declared currency, naming the record', async () => {
    await expect(
      read<Deal>('Deal', 'salesforce-opportunities.csv', 'salesforce-opportunities', 'America/New_York'),
    ).rejects.toMatchObject({
      code: 'missing-field',
      path: 'deals[0].currency',
      location: { file: 'salesforce-opportunities.csv', line: 2 },
    });
  });

  it('reads activities: a date with a 12-hour time, a date alone', async () => {
    const activities = await read<Interaction>(
      'Interaction',
      'salesforce-activities.csv',
      'salesforce-activities',
      'America/New_York',
    );
    expect(activities.map((a) => [a.kind, a.managerId, iso(a.at), a.durationSeconds])).toEqual([
      ['call', 'Maria Garcia', '2026-10-05T13:30:00.000Z', 600],
      ['meeting', 'Maria Garcia', '2026-10-06T18:00:00.000Z', undefined],
      ['email', 'Tom Lee', '2026-10-07T04:00:00.000Z', undefined],
    ]);
  });
});

describe('HubSpot exports', () => {
  it('maps pipeline stages and treats web "Referrals" as inbound, not as a customer referral', async () => {
    const deals = await read<Deal>('Deal', 'hubspot-deals.csv', 'hubspot-deals', 'Europe/London');
    expect(deals.map((d) => [d.stage, d.source, d.currency])).toEqual([
      ['won', 'other', 'GBP'],
      ['negotiation', 'inbound', 'GBP'],
      ['lost', 'inbound', 'GBP'],
    ]);
    // 27 October is after the UK change on the 25th: 17:00 London is 17:00Z; 15 September is summer time.
    expect(iso(deals[0]?.closedAt)).toBe('2026-10-27T17:00:00.000Z');
    expect(iso(deals[0]?.createdAt)).toBe('2026-09-15T09:00:00.000Z');
    expect(iso(deals[2]?.closedAt)).toBe('2026-10-12T14:00:00.000Z');
  });

  it('reads activities by type', async () => {
    const activities = await read<Interaction>(
      'Interaction',
      'hubspot-activities.csv',
      'hubspot-activities',
      'Europe/London',
    );
    expect(activities.map((a) => [a.id, a.kind, iso(a.at)])).toEqual([
      ['55501', 'call', '2026-10-05T08:15:00.000Z'],
      ['55502', 'meeting', '2026-10-06T13:00:00.000Z'],
      ['55503', 'email', '2026-10-06T15:20:00.000Z'],
    ]);
  });
});

describe('纷享销客 (Fxiaoke) exports', () => {
  const expected = [
    ['fxiaoke-deals.csv:2', '王芳', '上海云帆科技有限公司', 'won', 'event', 'CNY', '120000', 1],
    ['fxiaoke-deals.csv:3', '王芳', '深圳蓝海贸易有限公司', 'negotiation', 'referral', 'CNY', '45000', 0.8],
    ['fxiaoke-deals.csv:4', '李强', '成都天府物流有限公司', 'lost', 'cold-call', 'CNY', '300000', 0],
  ];
  const shape = (d: Deal) => [
    d.id,
    d.managerId,
    d.customerId,
    d.stage,
    d.source,
    d.currency,
    d.amount.toString(),
    d.probability,
  ];

  it('reads Chinese headers (商机名称, 金额, 阶段), stage names, 100% probabilities and a UTF-8 BOM', async () => {
    const deals = await read<Deal>('Deal', 'fxiaoke-deals.csv', 'fxiaoke-deals', 'Asia/Shanghai');
    expect(deals.map(shape)).toEqual(expected);
    expect(deals[0]?.name).toBe('华东扩容项目');
    // 10:00 in Shanghai (UTC+8) is 02:00Z; 2026/10/28 is midnight there, 16:00Z the day before.
    expect(iso(deals[0]?.createdAt)).toBe('2026-10-08T02:00:00.000Z');
    expect(iso(deals[0]?.closedAt)).toBe('2026-10-27T16:00:00.000Z');
    expect(iso(deals[1]?.expectedCloseAt)).toBe('2026-11-04T16:00:00.000Z');
  });

  it('reads the same export saved in GB18030 (GBK) when told the encoding', async () => {
    const deals = await read<Deal>('Deal', 'fxiaoke-deals.gb18030.csv', 'fxiaoke-deals', 'Asia/Shanghai', {
      encoding: 'gb18030',
    });
    expect(deals.map(shape)).toEqual(
      expected.map((row) => [
        String(row[0]).replace('fxiaoke-deals.csv', 'fxiaoke-deals.gb18030.csv'),
        ...row.slice(1),
      ]),
    );
  });

  it('rejects the GB18030 file read as UTF-8 instead of producing mojibake', async () => {
    await expect(
      read<Deal>('Deal', 'fxiaoke-deals.gb18030.csv', 'fxiaoke-deals', 'Asia/Shanghai'),
    ).rejects.toMatchObject({
      code: 'invalid-file',
    });
  });

  it('reads follow-up records (跟进记录) as interactions', async () => {
    const activities = await read<Interaction>(
      'Interaction',
      'fxiaoke-activities.csv',
      'fxiaoke-activities',
      'Asia/Shanghai',
    );
    expect(activities.map((a) => [a.id, a.managerId, a.kind, iso(a.at)])).toEqual([
      ['fxiaoke-activities.csv:2', '王芳', 'meeting', '2026-10-09T02:00:00.000Z'],
      ['fxiaoke-activities.csv:3', '王芳', 'call', '2026-10-09T07:30:00.000Z'],
      ['fxiaoke-activities.csv:4', '李强', 'message', '2026-10-10T01:00:00.000Z'],
    ]);
  });
});
