// The bundled sample written out as CSV files (one per record kind, the library's headers) and scored
// with `report --data` gives the very report the command gives on the sample itself: the files
// attribute every record as the in-memory sample does (a team's calls, reviews and trainings reach
// the contact-centre manager whose `team` is the team's id), and nothing is lost in CSV.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from '../../src/cli/data.js';
import { main } from '../../src/cli/main.js';
import { SAMPLE_KINDS } from '../../src/sample/dataset.js';
import { sampleRows } from '../../src/sample/rows.js';
import { ownTmpDir } from '../helpers.js';

const dir = ownTmpDir('sample-csv-');

const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

async function report(
  argv: string[],
): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', '--period', '2026-10', '--format', 'json', ...argv], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: process.cwd(),
    isTTY: false,
    env: {},
  });
  return { code, json: code === 0 ? JSON.parse(stdout) : {}, stderr };
}

describe('the sample as CSV files', () => {
  it('scores exactly as the sample itself: same cards, same team objectives, no record unassigned', async () => {
    // The sample the command scores without --data: seed 42, 8 sales managers, September and October.
    const rows = sampleRows({ seed: 42, managers: 8, days: 61, start: '2026-09-01', profile: 'b2b' });
    const fileOf = Object.fromEntries(
      Object.entries(FILE_KINDS)
        .filter(([name]) => name !== 'budgetLines')
        .map(([name, v]) => [v.kind, name]),
    );
    let files = 0;
    for (const kind of SAMPLE_KINDS) {
      const list = [...(rows[kind] as Iterable<Record<string, unknown>>)];
      const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
      const lines = [columns.join(','), ...list.map((r) => columns.map((c) => cell(r[c])).join(','))];
      writeFileSync(join(dir, `${fileOf[kind]}.csv`), `${lines.join('\n')}\n`);
      files++;
    }
    expect(files).toBe(13);

    const fromSample = await report([]);
    const fromFiles = await report(['--data', dir]);
    expect(fromSample.code).toBe(0);
    expect(fromFiles.code).toBe(0);
    expect(fromFiles.stderr).toBe('');
    const scorecard = fromFiles.json.scorecard as { notes: { code: string }[]; managers: unknown[] };
    // Every record reaches a manager: abandoned calls carry the team they were routed to.
    expect(scorecard.notes.filter((n) => n.code === 'scorecard.unassigned-records')).toEqual([]);
    expect(fromFiles.json).toEqual(fromSample.json);
    // The contact-centre manager is scored on his team's calls, not left without records.
    const cc = (
      scorecard.managers as { manager: { id: string }; criteria: { criterion: string; status: string }[] }[]
    ).find((m) => m.manager.id === 'cc-1')!;
    expect(cc.criteria.find((c) => c.criterion === 'contactCentre.serviceLevel')?.status).toBe('scored');
    // ... and his team's trainings reach him through their teamId (no agent map is given).
    const training = cc.criteria.find((c) => c.criterion === 'contactCentre.trainingCoverage') as unknown as {
      details: { trained: number };
    };
    expect(training.details.trained).toBeGreaterThan(0);
  });
});
