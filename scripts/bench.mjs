// `npm run bench [-- --size N --runs N area…]`: bundles test/bench/run.ts with esbuild (already a
// dependency of tsup) and runs it in a plain Node process, so no test runner's transform or worker
// sits between the timer and the loop. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('test/.tmp', { recursive: true });
const entries = {
  'bench-run': 'test/bench/run.ts',
  'bench-stream': 'test/bench/stream.ts',
  'bench-scorecard': 'test/bench/scorecard.ts',
  'bench-cli': 'src/cli/bin.ts',
  'bench-workers': 'examples/parallel-workers.ts',
  'bench-worker': 'examples/measure-worker.ts',
};
await build({
  entryPoints: entries,
  outdir: 'test/.tmp',
  bundle: true,
  platform: 'node',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  external: ['tinypool'],
  logLevel: 'warning',
});
const args = process.argv.slice(2);
const run = (file, extra = []) => {
  const result = spawnSync(process.execPath, [...extra, file, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const only = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const special = ['stream', 'workers', 'scorecard'];
if (only.length === 0 || only.some((a) => !special.includes(a))) run('test/.tmp/bench-run.mjs');
if (only.length === 0 || only.includes('stream')) run('test/.tmp/bench-stream.mjs');
if (only.length === 0 || only.includes('workers')) run('test/.tmp/bench-workers.mjs');
if (only.length === 0 || only.includes('scorecard')) run('test/.tmp/bench-scorecard.mjs');
