// Run: npx esbuild test/bench/sample-dataset.bench.ts --bundle --platform=node --format=esm --outfile=/tmp/sample-bench.mjs && node /tmp/sample-bench.mjs
// Times the sample generator: 1,000,000 calls (the hot path: one object per call, no list held), then
// one pass over every other kind of a 20-manager, 90-day B2B set; prints records per second and the
// heap after the call pass, which stays flat because nothing is kept.
import { SAMPLE_KINDS, sampleDataset } from '../../src/index.js';

function time(label: string, records: Iterable<unknown>): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let n = 0;
  for (const _ of records) n++;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rate = (s: number) => Math.round(n / s).toLocaleString('en');
  console.log(
    `${label}: ${n.toLocaleString('en')} records, ${seconds.toFixed(2)} s wall = ${rate(seconds)}/s, ` +
      `${cpuSeconds.toFixed(2)} s CPU = ${rate(cpuSeconds)}/CPU-s`,
  );
}

// 100 000 calls on each of 10 working days (1–14 October 2026).
const calls = sampleDataset({
  seed: 1,
  managers: 1,
  days: 14,
  profile: 'b2c',
  callsPerDay: 100_000,
  timeZone: 'Europe/Berlin',
});
const heapBefore = process.memoryUsage().heapUsed;
time('calls', calls.calls);
console.log(
  `heap growth over the call pass: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`,
);

const data = sampleDataset({ seed: 1, managers: 20, days: 90, profile: 'b2b', timeZone: 'Europe/Berlin' });
for (const kind of SAMPLE_KINDS) time(kind, data[kind]);
