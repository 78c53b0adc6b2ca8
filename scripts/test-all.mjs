// The one test command (`npm test`): every check CI runs, in order, failing on the first that fails.
// Vitest's own summary is not machine-readable for CI, so the count line `N passed, N failed` is
// derived from its JSON reporter and printed on a line of its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (label, cmd, args) => {
  process.stdout.write(`\n== ${label}: ${cmd} ${args.join(' ')}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
};

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
const testStatus = run('tests with coverage', 'npx', [
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
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
