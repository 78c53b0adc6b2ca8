// `npm run mutation:parts [-- part…]`: the mutation run of src/ in parts, one Stryker run per part,
// each writing its own report (reports/mutation/parts/<part>.json, git-ignored) and a summary of it
// that is committed (docs/mutation/<part>.json: the counts per file, every survivor, and the digest of
// the source it was measured on), then the score of src/ as a whole from the nine summaries. The
// whole run is about 14,000 mutants, some hours on two cores (docs/testing.md). In parts it can stop
// and go on later, in another checkout or on another machine: a part whose summary was made from the
// current source is skipped, so the next call starts where the last one stopped.
//
//   npm run mutation:parts                   # run the parts without a current summary, then score
//   npm run mutation:parts -- sales core     # only these parts, then score
//   npm run mutation:parts -- --score        # score the summaries there are; run nothing
//   npm run mutation:parts -- --summarise    # (re)write the summaries of the reports there are
//
// Exit 1 when a part is missing or stale, or when the score of src/ is under the break threshold.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

// The parts: every file of src/ that stryker.config.json mutates is in exactly one.
export const PARTS = {
  core: ['src/core/**/*.ts', 'src/profiles/**/*.ts', 'src/staffing/**/*.ts'],
  domain: ['src/domain/**/*.ts'],
  sales: ['src/criteria/sales/**/*.ts', 'src/criteria/*.ts'],
  'contact-centre': ['src/criteria/contact-centre/**/*.ts'],
  // The customer indicators are the largest directory: two parts of about 1,100 mutants each.
  'customer-a': [
    'src/criteria/customer/satisfaction.ts',
    'src/criteria/customer/survey-scales.ts',
    'src/criteria/customer/wilson.ts',
    'src/criteria/customer/retention.ts',
    'src/criteria/customer/revenue-retention.ts',
    'src/criteria/customer/keyed-state.ts',
  ],
  'customer-b': [
    'src/criteria/customer/resolution-efficiency.ts',
    'src/criteria/customer/business-hours.ts',
    'src/criteria/customer/quantile-sketch.ts',
    'src/criteria/customer/feedback-quality.ts',
    'src/criteria/customer/relationship-care.ts',
  ],
  scorecard: ['src/scorecard/**/*.ts'],
  io: ['src/io/**/*.ts', 'src/cli/**/*.ts'],
  report: ['src/report/**/*.ts', 'src/sample/**/*.ts'],
};
const DIR = 'reports/mutation/parts';
const PART_CONFIG = 'stryker.part.json';
const config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const breakAt = config.thresholds.break;

const reportOf = (part) => `${DIR}/${part}.json`;

// The files of src/ a pattern of PARTS matches (dir/**/*.ts, dir/*.ts or a file), as Stryker mutates them.
const SOURCES = readdirSync('src', { recursive: true })
  .map((f) => `src/${String(f).split(sep).join('/')}`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'src/index.ts')
  .sort();
const matches = (file, glob) => {
  if (glob.endsWith('/**/*.ts')) return file.startsWith(glob.slice(0, -'**/*.ts'.length));
  if (glob.endsWith('/*.ts'))
    return file.slice(0, file.lastIndexOf('/') + 1) === glob.slice(0, -'*.ts'.length);
  return file === glob;
};
const filesOf = (part) => SOURCES.filter((f) => PARTS[part].some((g) => matches(f, g)));
for (const file of SOURCES) {
  const owners = Object.keys(PARTS).filter((part) => filesOf(part).includes(file));
  if (owners.length !== 1) {
    console.error(`mutation:parts: ${file} is in ${owners.length} parts; every file of src/ must be in one`);
    process.exit(2);
  }
}

const sourcesNow = (part) => Object.fromEntries(filesOf(part).map((f) => [f, readFileSync(f, 'utf8')]));
const snapshotOf = (part) => `${DIR}/${part}.sources.json`;
const SUMMARIES = 'docs/mutation';
const summaryOf = (part) => `${SUMMARIES}/${part}.json`;
const incrementalCopyOf = (part) => `${SUMMARIES}/${part}.incremental.json.gz`;
const digestOf = (sources) => createHash('sha256').update(sources).digest('hex');

/** Whether a part's summary was made from the source as it is now (the same files, each unchanged). */
function current(part) {
  if (!existsSync(summaryOf(part))) return false;
  const summary = JSON.parse(readFileSync(summaryOf(part), 'utf8'));
  return summary.sources === digestOf(JSON.stringify(sourcesNow(part)));
}

const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout.trim();
const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];
const scoreOf = (c) => {
  const all = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return all === 0 ? null : Math.round(((c.Killed + c.Timeout) / all) * 10_000) / 100;
};

/**
 * The summary of a part's report, committed so that the measurement outlives the checkout: the counts
 * of src/ and of each file, and every mutant that survived or was not covered, as
 * `file:line:column Mutator: replacement` (the replacement cut at 80 characters).
 */
function summarise(part, sources, minutes) {
  const report = JSON.parse(readFileSync(reportOf(part), 'utf8'));
  const zero = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 });
  const counts = zero();
  const files = {};
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const c = zero();
    for (const m of mutants) {
      if (!(m.status in c)) continue;
      c[m.status]++;
      counts[m.status]++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { line, column } = m.location.start;
        const replacement = JSON.stringify(m.replacement ?? '').slice(1, -1);
        const cut = replacement.length > 80 ? `${replacement.slice(0, 79)}…` : replacement;
        survivors.push(
          `${file}:${line}:${column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (not covered)' : ''}: ${cut}`,
        );
      }
    }
    files[file] = { ...c, score: scoreOf(c) };
  }
  const status = git('status', '--porcelain', '--', ...filesOf(part));
  const summary = {
    part,
    score: scoreOf(counts),
    ...counts,
    measured: new Date().toISOString().slice(0, 10),
    minutes,
    commit: `${git('rev-parse', '--short', 'HEAD')}${status === '' ? '' : ' (with uncommitted changes)'}`,
    sources: digestOf(sources),
    files,
    survivors,
  };
  mkdirSync(SUMMARIES, { recursive: true });
  writeFileSync(summaryOf(part), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`mutation:parts: ${part}: ${summary.score} %, summary in ${summaryOf(part)}`);
}

function run(part, extra) {
  mkdirSync(DIR, { recursive: true });
  // Stryker takes no report file name or threshold on its command line: a config of this part, made
  // from stryker.config.json, in a git-ignored file.
  const partConfig = {
    ...config,
    mutate: [...PARTS[part], '!src/**/*.d.ts', '!src/index.ts'],
    incrementalFile: `reports/stryker-incremental-${part}.json`,
    reporters: ['clear-text', 'progress', 'json'],
    jsonReporter: { fileName: reportOf(part) },
    // Each part prints its own score; the threshold applies to src/ as a whole, below.
    thresholds: { ...config.thresholds, break: null },
  };
  writeFileSync(PART_CONFIG, `${JSON.stringify(partConfig, null, 2)}\n`);
  // Stryker's incremental file is committed too, gzipped (a few hundred kilobytes a part): in a fresh
  // checkout the part's next run then tests only the mutants in changed code or reached by changed
  // tests, instead of all of them (hours for `report` or `domain`).
  const copy = incrementalCopyOf(part);
  if (!existsSync(partConfig.incrementalFile) && existsSync(copy)) {
    mkdirSync('reports', { recursive: true });
    writeFileSync(partConfig.incrementalFile, gunzipSync(readFileSync(copy)));
  }
  const sources = JSON.stringify(sourcesNow(part));
  console.log(`mutation:parts: ${part} (${partConfig.mutate.join(', ')})`);
  const started = Date.now();
  const result = spawnSync('npx', ['stryker', 'run', PART_CONFIG, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, CS_METRICS_PROPERTY_RUNS: '100' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(snapshotOf(part), sources);
  mkdirSync(SUMMARIES, { recursive: true });
  writeFileSync(copy, gzipSync(readFileSync(partConfig.incrementalFile), { level: 9 }));
  const minutes = Math.round((Date.now() - started) / 60_000);
  console.log(`mutation:parts: ${part} took ${minutes} min`);
  summarise(part, sources, minutes);
}

const args = process.argv.slice(2);
// Options other than --score and --summarise go to Stryker with their values: `-- --concurrency 1`.
const OWN = ['--score', '--summarise'];
const isValue = (i) => i > 0 && args[i - 1].startsWith('--') && !OWN.includes(args[i - 1]);
const named = args.filter((a, i) => !a.startsWith('--') && !isValue(i));
const extra = args.filter((a, i) => !OWN.includes(a) && (a.startsWith('--') || isValue(i)));
for (const part of named) {
  if (!(part in PARTS)) {
    console.error(`mutation:parts: no part "${part}"; the parts are ${Object.keys(PARTS).join(', ')}`);
    process.exit(2);
  }
}
if (args.includes('--summarise')) {
  // A report made by an earlier version of this script, or a summary lost: written again from the
  // report, when the copy of the source beside it is the source as it is now.
  for (const part of named.length > 0 ? named : Object.keys(PARTS)) {
    const sources = JSON.stringify(sourcesNow(part));
    if (!existsSync(reportOf(part)) || !existsSync(snapshotOf(part))) {
      console.log(`mutation:parts: ${part} has no report here`);
    } else if (readFileSync(snapshotOf(part), 'utf8') !== sources) {
      console.log(`mutation:parts: ${part}'s report is of another source; not summarised`);
    } else {
      const old = existsSync(summaryOf(part)) ? JSON.parse(readFileSync(summaryOf(part), 'utf8')) : {};
      summarise(part, sources, old.sources === digestOf(sources) ? old.minutes : null);
    }
  }
} else if (!args.includes('--score')) {
  for (const part of named.length > 0 ? named : Object.keys(PARTS)) {
    if (current(part)) console.log(`mutation:parts: ${part} has a summary for this source; skipped`);
    else run(part, extra);
  }
}

// The score of src/: (killed + timed out) ÷ (all − ignored − compile errors), as Stryker counts it.
const counted = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
const rows = [];
let missing = 0;
for (const part of Object.keys(PARTS)) {
  if (!current(part)) {
    rows.push([part, existsSync(summaryOf(part)) ? 'stale' : 'missing', '', '', '']);
    missing++;
    continue;
  }
  const c = JSON.parse(readFileSync(summaryOf(part), 'utf8'));
  for (const k of COUNTED) counted[k] += c[k];
  const all = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  rows.push([
    part,
    `${c.score.toFixed(2)} %`,
    String(all),
    String(c.Survived + c.NoCoverage),
    `${c.measured}, ${c.commit}`,
  ]);
}
const all = counted.Killed + counted.Timeout + counted.Survived + counted.NoCoverage;
const score = all === 0 ? 0 : ((counted.Killed + counted.Timeout) / all) * 100;
console.log(
  '\n| Part | Score | Mutants | Survived or not covered | Measured |\n| --- | ---: | ---: | ---: | --- |',
);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `| src/ (the parts with a current summary) | ${score.toFixed(2)} % | ${all} | ${counted.Survived + counted.NoCoverage} | |`,
);
if (missing > 0) {
  console.error(`mutation:parts: ${missing} part(s) without a summary of this source: no score for src/ yet`);
  process.exit(1);
}
if (score < breakAt) {
  console.error(`mutation:parts: score ${score.toFixed(2)} % is under the break threshold ${breakAt} %`);
  process.exit(1);
}
console.log(`mutation:parts: score ${score.toFixed(2)} % ≥ ${breakAt} %`);
