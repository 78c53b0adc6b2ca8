// `npm run bench -- scorecard`: the issue's "whole manager scorecard on a month of sample data for 200
// managers", timed against simply reading the same records from CSV. The sample (200 sales managers,
// b2b, October 2026 with its history) is written as CSV files in the library's format, then:
//   read only    — every file streamed through `readRecords` (parse + normalise), records counted;
//   cs-metrics   — the command's whole path: `main(['report', '--data', dir, …])`, which streams the same
//                  files through `scoreTeamStream` (October and September in one pass) and renders the
//                  JSON report.
// CPU time of this process (`process.cpuUsage`), median of 5 runs each, alternating. Then the command's
// peak RSS, measured alone: the bundled CLI (test/.tmp/bench-cli.mjs) run once in a child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KINDS } from '../../src/cli/data.js';
import { main } from '../../src/cli/main.js';
import { readRecords } from '../../src/io/index.js';
import { SAMPLE_KINDS } from '../../src/sample/dataset.js';
import { sampleRows } from '../../src/sample/rows.js';

const dir = join('test', '.tmp', 'scorecard-bench');
rmSync(dir, { recursive: true, force: true });
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

const managers = Number(process.argv[process.argv.indexOf('--managers') + 1]) || 200;
const rows = sampleRows({ seed: 42, managers, days: 61, start: '2026-09-01', profile: 'b2b' });
let total = 0;
const t0 = performance.now();
for (const kind of SAMPLE_KINDS) {
  const list = [...(rows[kind] as Iterable<Record<string, unknown>>)];
  const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(',')];
  for (const r of list) lines.push(columns.map((c) => cell(r[c])).join(','));
  writeFileSync(join(dir, `${FILE_OF[kind]}.csv`), `${lines.join('\n')}\n`);
  total += list.length;
}
console.log(
  `sample: ${managers} managers, ${total.toLocaleString('en')} records in ${SAMPLE_KINDS.length} CSV files, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const io = { stdout: { write() {} }, stderr: { write() {} }, cwd: process.cwd(), isTTY: false, env: {} };

async function readOnly(): Promise<number> {
  let n = 0;
  for (const [name, spec] of Object.entries(FILE_KINDS)) {
    if (name === 'budgetLines') continue;
    const { createReadStream } = await import('node:fs');
    for await (const _ of readRecords(createReadStream(join(dir, `${name}.csv`)), {
      type: spec.type,
      file: name,
    }))
      n++;
  }
  return n;
}
async function command(): Promise<number> {
  const code = await main(
    ['report', '--data', dir, '--period', '2026-10', '--format', 'json', '--out', join(dir, 'report.json')],
    io as never,
  );
  if (code !== 0) throw new Error(`cs-metrics exited ${code}`);
  return code;
}

const read: number[] = [];
const whole: number[] = [];
console.log(`read ${await readOnly()} records (warm-up)`);
await command();
for (let i = 0; i < 5; i++) {
  for (const [list, f] of (i % 2 === 0
    ? [
        [read, readOnly],
        [whole, command],
      ]
    : [
        [whole, command],
        [read, readOnly],
      ]) as [number[], () => Promise<number>][]) {
    const start = cpu();
    await f();
    list.push(cpu() - start);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const r = median(read);
const w = median(whole);
console.log(
  `read only: ${r.toFixed(0)} ms CPU; cs-metrics report (read + two scorecards + JSON): ${w.toFixed(0)} ms CPU`,
);
console.log(`ratio: ${(w / r).toFixed(2)}× reading the CSV alone; scorecard work: ${(w - r).toFixed(0)} ms`);
// The command alone, in a fresh process: its peak RSS (maxRSS, in KiB, printed on exit).
const child = spawnSync(
  process.execPath,
  [
    '--import',
    'data:text/javascript,process.on("exit",()=>console.error("maxRSS "+process.resourceUsage().maxRSS))',
    join('test', '.tmp', 'bench-cli.mjs'),
    ...[
      'report',
      '--data',
      dir,
      '--period',
      '2026-10',
      '--format',
      'json',
      '--out',
      join(dir, 'report.json'),
    ],
  ],
  { encoding: 'utf8' },
);
const maxRss = /maxRSS (\d+)/.exec(child.stderr)?.[1];
console.log(
  `cs-metrics report --data (a child process): exit ${child.status}, peak RSS ${maxRss === undefined ? '?' : (Number(maxRss) / 1024).toFixed(0)} MB`,
);
