// Writes the sample as CSV files in the library's format, streamed (any size, constant memory), for
// measuring the command on large inputs:
//   node scripts/bench.mjs … is not needed; bundle and run:
//   npx esbuild test/bench/write-sample-csv.ts --bundle --platform=node --format=esm --outfile=test/.tmp/write-sample-csv.mjs
//   node test/.tmp/write-sample-csv.mjs DIR --managers 200 [--calls-per-day N] [--days 61]
// The data: `sampleRows({ seed: 42, managers, days, start: '2026-09-01', profile: 'b2b', callsPerDay })`
// (September and October 2026), as test/bench/scorecard.ts writes it.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KINDS } from '../../src/cli/data.js';
import { SAMPLE_KINDS } from '../../src/sample/dataset.js';
import { sampleRows } from '../../src/sample/rows.js';

const args = process.argv.slice(2);
const dir = args[0] ?? 'test/.tmp/sample-csv';
const flag = (name: string): number | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : Number(args[at + 1]);
};
const managers = flag('--managers') ?? 200;
const days = flag('--days') ?? 61;
const callsPerDay = flag('--calls-per-day');
mkdirSync(dir, { recursive: true });
const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const FILE_OF: Record<string, string> = Object.fromEntries(
  Object.entries(FILE_KINDS)
    .filter(([name]) => name !== 'budgetLines')
    .map(([name, v]) => [v.kind, name]),
);
const options = {
  seed: 42,
  managers,
  days,
  start: '2026-09-01',
  profile: 'b2b',
  ...(callsPerDay === undefined ? {} : { callsPerDay }),
} as const;
const t0 = performance.now();
let total = 0;
for (const kind of SAMPLE_KINDS) {
  // Two passes over the lazy, deterministic rows: the columns, then the lines.
  const columns = new Set<string>();
  for (const r of sampleRows(options)[kind] as Iterable<Record<string, unknown>>)
    for (const k of Object.keys(r)) columns.add(k);
  const cols = [...columns];
  const out = createWriteStream(join(dir, `${FILE_OF[kind]}.csv`));
  let chunk = `${cols.join(',')}\n`;
  for (const r of sampleRows(options)[kind] as Iterable<Record<string, unknown>>) {
    chunk += `${cols.map((c) => cell(r[c])).join(',')}\n`;
    total++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((ok) => out.once('drain', () => ok()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((ok) => out.once('finish', () => ok()));
}
console.log(
  `${dir}: ${managers} managers, ${total.toLocaleString('en')} records, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
