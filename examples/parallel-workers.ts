// Splitting the input across worker threads and merging the aggregator states, on tinypool (a small,
// maintained pool: https://github.com/tinylibs/tinypool). Each worker folds its partition into a state;
// the main thread merges the states with the aggregator's own `merge` and finishes once. Because a
// state is plain JSON, the same merge works for states computed in another process or a warehouse job:
// `mergeStates(aggregator, states.map((s) => JSON.parse(s)))`.
//
// Run: npm run bench -- workers   (prints the speed-up of two workers over one)
// In your code: import { mergeStates } from '@org/cs-metrics';
import { cpus } from 'node:os';
import { Tinypool } from 'tinypool';
import { mergeStates } from '../src/index.js';
import { callsByAgent, type Partition } from './measure-worker.js';

/** Measures `total` calls split into `partitions` slices on a pool of `threads` worker threads. */
export async function measureInParallel(total: number, threads: number, partitions = threads * 4) {
  const pool = new Tinypool({
    filename: new URL('./bench-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const size = Math.ceil(total / partitions);
    const tasks: Promise<unknown>[] = [];
    for (let first = 0; first < total; first += size) {
      const task: Partition = { first, count: Math.min(size, total - first) };
      tasks.push(pool.run(task));
    }
    const aggregator = callsByAgent();
    const states = (await Promise.all(tasks)) as ReturnType<typeof aggregator.init>[];
    return aggregator.finish(mergeStates(aggregator, states));
  } finally {
    await pool.destroy();
  }
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--worker-size');
const total = at < 0 ? 2_000_000 : Number(argv[at + 1]);
const times: Record<number, number[]> = { 1: [], 2: [] };
let offered = 0;
for (let round = 0; round < 3; round++) {
  for (const threads of round % 2 === 0 ? [1, 2] : [2, 1]) {
    const t0 = performance.now();
    const result = await measureInParallel(total, threads);
    times[threads]?.push(performance.now() - t0);
    offered = Object.values(result).reduce((n, m) => n + m.offered, 0);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const one = median(times[1] as number[]);
const two = median(times[2] as number[]);
console.log(
  `workers: ${offered.toLocaleString('en')} calls (normalise + service level per agent); 1 thread ${one.toFixed(0)} ms, 2 threads ${two.toFixed(0)} ms (medians of 3, wall time); speed-up ${(one / two).toFixed(2)}× (target 1.7×) on ${cpus().length} cores`,
);
