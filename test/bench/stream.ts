// measureAsync over an async iterable of 10,000,000 generated calls, grouped per agent: memory stays
// flat because only the state is held. Prints the peak resident set size (sampled every 100,000
// records) against the 200 MB target. `npm run bench -- stream` (or `--stream-size N`).
import {
  type CallRecord,
  groupedBy,
  measureAsync,
  periodOf,
  serviceLevelAggregator,
} from '../../src/index.js';
import { lcg } from './data.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--stream-size');
const size = at < 0 ? 10_000_000 : Number(argv[at + 1]);
const MB = 1024 * 1024;
let peakRss = process.memoryUsage().rss;

/** Calls as a paged API or a file parser would hand them over: one at a time, never all at once. */
async function* calls(n: number): AsyncGenerator<CallRecord> {
  const rand = lcg(7);
  const monthStart = Date.UTC(2026, 9, 1);
  for (let i = 0; i < n; i++) {
    const offeredAt = monthStart + (rand() % (31 * 86_400_000));
    const waitSeconds = rand() % 90;
    const agentId = `a-${rand() % 200}`;
    yield rand() % 10 < 9
      ? {
          id: `c-${i}`,
          queue: 'support',
          agentId,
          offeredAt,
          answeredAt: offeredAt + waitSeconds * 1000,
          outcome: 'answered',
          waitSeconds,
          talkSeconds: 60 + (rand() % 600),
        }
      : {
          id: `c-${i}`,
          queue: 'support',
          offeredAt,
          abandonedAt: offeredAt + waitSeconds * 1000,
          outcome: 'abandoned',
          waitSeconds,
        };
    if (i % 100_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}

const t0 = performance.now();
const byAgent = await measureAsync(
  groupedBy(serviceLevelAggregator({ period: periodOf('2026-10') }), (c) => c.agentId ?? 'abandoned'),
  calls(size),
);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const seconds = (performance.now() - t0) / 1000;
const offered = Object.values(byAgent).reduce((n, m) => n + m.offered, 0);
console.log(
  `measureAsync: ${offered.toLocaleString('en')} calls in ${seconds.toFixed(1)} s (${((seconds * 1e9) / size).toFixed(0)} ns/call), ${Object.keys(byAgent).length} groups; peak RSS ${(peakRss / MB).toFixed(0)} MB (target < 200 MB): ${peakRss < 200 * MB ? 'met' : 'MISSED'}`,
);
if (offered !== size) throw new Error(`expected ${size} calls, counted ${offered}`);
