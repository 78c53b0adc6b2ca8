// The files and mappings of `cs-metrics report --data` (src/cli/data.ts), checked where the mutation
// run found them loose: which names are exports, what each refusal says, and when --currency is added
// to a mapping.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFiles, mappingsOf } from '../../src/cli/data.js';
import { CRM_MAPPINGS } from '../../src/io/crm-mappings.js';
import { dirWith } from './run.js';

const KNOWN =
  'managers, interactions, deals, plans, calls, reviews, trainings, budget-lines, surveys, tickets, feedback, customers, revenue';

describe('inputFiles', () => {
  it('takes a file only when both its name is a kind and its extension a format, in name order', () => {
    const dir = dirWith({
      'plans.csv': '',
      'managers.txt': '',
      'notes.csv': '',
      'managers.csv': '',
      'deals.jsonl': '',
    });
    expect(inputFiles(dir, '.', []).map((f) => [f.shown, f.kind, f.format])).toEqual([
      ['deals.jsonl', 'deals', 'jsonl'],
      ['managers.csv', 'managers', 'csv'],
      ['plans.csv', 'plans', 'csv'],
    ]);
  });

  it('says what it needs when a directory holds no export, and names a given file that is not there', () => {
    const empty = dirWith({ 'notes.txt': '' });
    expect(() => inputFiles(empty, '.', [])).toThrow(
      `--data .: no export found; name the files by kind (${KNOWN}) with .csv, .jsonl or .json`,
    );
    expect(() => inputFiles(empty, undefined, ['deals.csv'])).toThrow('deals.csv: no such file');
  });
});

describe('mappingsOf', () => {
  const cwd = dirWith({ 'gbp.json': '', 'broken.json': '{ "type": ' });
  writeFileSync(
    join(cwd, 'gbp.json'),
    JSON.stringify({ type: 'Deal', columns: { Id: 'id' }, defaults: { currency: 'GBP', source: 'other' } }),
  );
  writeFileSync(join(cwd, 'bare.json'), JSON.stringify({ type: 'Deal', columns: { Id: 'id' } }));

  it('refuses a kind without a mapping, a missing or broken file and an unknown name, each in its words', () => {
    expect(() => mappingsOf(cwd, ['deals='], undefined)).toThrow(
      `--mapping deals=: expected KIND=NAME or KIND=file.json, KIND one of ${KNOWN}`,
    );
    // No '=' at all ('dealsx' is not 'deals' with a mapping 'x'), and a kind that is not one.
    for (const spec of ['dealsx', 'bogus=zoho-deals'])
      expect(() => mappingsOf(cwd, [spec], undefined)).toThrow(
        `--mapping ${spec}: expected KIND=NAME or KIND=file.json, KIND one of ${KNOWN}`,
      );
    expect(() => mappingsOf(cwd, ['deals=nowhere.json'], undefined)).toThrow(
      '--mapping deals=nowhere.json: nowhere.json: no such file',
    );
    expect(() => mappingsOf(cwd, ['deals=broken.json'], undefined)).toThrow(
      /^broken\.json: not JSON \(.+\)$/,
    );
    expect(() => mappingsOf(cwd, ['deals=hubspot'], undefined)).toThrow(
      `--mapping deals=hubspot: unknown mapping "hubspot"; built in: ${Object.keys(CRM_MAPPINGS).join(', ')}, or a .json file`,
    );
  });

  it('adds --currency only to a mapping of a type with a currency that gives none itself', () => {
    // No --currency: the built-in mapping itself, not a copy.
    expect(mappingsOf(cwd, ['deals=zoho-deals'], undefined).get('deals')).toBe(CRM_MAPPINGS['zoho-deals']);
    expect(mappingsOf(cwd, ['deals=gbp.json'], 'USD').get('deals')?.defaults).toEqual({
      currency: 'GBP',
      source: 'other',
    });
    expect(mappingsOf(cwd, ['deals=bare.json'], 'USD').get('deals')?.defaults).toEqual({ currency: 'USD' });
    expect(mappingsOf(cwd, ['interactions=zoho-calls'], 'USD').get('interactions')).toBe(
      CRM_MAPPINGS['zoho-calls'],
    );
  });
});
