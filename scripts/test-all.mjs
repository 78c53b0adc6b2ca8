// The one test command (`npm test`): every check CI runs, in order, failing on the first that fails.
// Vitest's own summary is not machine-readable for CI, so the count line `N passed, N failed` is
// derived from its JSON reporter and printed on a line of its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (label, cmd, args, env = {}) => {
  const shown = Object.entries(env)
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  process.stdout.write(`\n== ${label}: ${shown}${cmd} ${args.join(' ')}\n`);
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
};

// The suite must not depend on the machine's zone: the coverage run is in UTC, then the unit tests
// run again (no coverage, properties at 100 runs each) in four zones chosen for their quirks.
const MAIN_ZONE = 'UTC';
const OTHER_ZONES = [
  'America/Sao_Paulo', // UTC−03:00, had DST until 2019 (days that started at 01:00)
  'Europe/London', // UTC+00:00 in winter: local and UTC dates agree half the year
  'Australia/Lord_Howe', // a 30-minute DST shift, southern hemisphere
  'Asia/Kolkata', // UTC+05:30: half-hour offset, no DST
];

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build', 'npx', ['tsup']],
];
for (const [label, cmd, args] of steps) {
  const status = run(label, cmd, args);
  if (status !== 0) {
    console.error(`\n${label} failed (exit ${status})`);
    process.exit(status);
  }
}

mkdirSync('test/.tmp', { recursive: true });
const report = 'test/.tmp/vitest-report.json';
const testStatus = run(
  'tests with coverage',
  'npx',
  ['vitest', 'run', '--coverage', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { TZ: MAIN_ZONE },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
if (testStatus !== 0) process.exit(testStatus);

for (const zone of OTHER_ZONES) {
  const status = run(`tests in ${zone}`, 'npx', ['vitest', 'run', '--reporter=dot'], {
    TZ: zone,
    CS_METRICS_PROPERTY_RUNS: '100',
  });
  if (status !== 0) {
    console.error(`\ntests failed with TZ=${zone} (exit ${status})`);
    process.exit(status);
  }
}

for (const [label, cmd, args] of [
  ['package checks', 'npm', ['run', '--silent', 'check:package']],
  ['api docs', 'npx', ['typedoc']],
]) {
  const status = run(label, cmd, args);
  if (status !== 0) {
    console.error(`\n${label} failed (exit ${status})`);
    process.exit(status);
  }
}
console.log(`\nall checks passed\n${passed} passed, ${failed} failed`);
