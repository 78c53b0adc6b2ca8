// Run: npx esbuild test/bench/budget-variance.bench.ts --bundle --platform=node --format=esm --outfile=/tmp/bv-bench.mjs && node /tmp/bv-bench.mjs
// Times budgetVarianceAggregator (add over 1,000,000 normalised budget lines, then finish) against a
// plain integer-cents loop over the same amounts, and prints the ratio.
import { accumulate, budgetVarianceAggregator, normalizeBudgetLines } from '../../src/index.js';

const N = 1_000_000;
const departments = 10;
const categories = ['staff', 'training', 'recognition', 'telephony', 'facilities'];
const inputs = [];
const budgetCents = new Float64Array(N);
const actualCents = new Float64Array(N);
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
};
for (let i = 0; i < N; i++) {
  const b = rand() % 1_000_000; // up to 9 999.99
  const a = rand() % 1_000_000;
  budgetCents[i] = b;
  actualCents[i] = a;
  inputs.push({
    department: `D${i % departments}`,
    category: categories[i % categories.length] as string,
    period: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
    budgeted: (b / 100).toFixed(2),
    actual: (a / 100).toFixed(2),
    currency: 'EUR',
  });
}
const lines = normalizeBudgetLines(inputs);

function baseline(): number {
  let b = 0;
  let a = 0;
  for (let i = 0; i < N; i++) {
    b += budgetCents[i] as number;
    a += actualCents[i] as number;
  }
  return b - a;
}
function library(): string {
  const agg = budgetVarianceAggregator();
  return agg.finish(accumulate(agg, lines)).total?.variance.amount.toString() ?? '';
}
function time(fn: () => unknown, runs = 5): number {
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((x, y) => x - y)[Math.floor(runs / 2)] as number;
}
time(baseline, 3);
time(library, 2);
const base = time(baseline);
const lib = time(library);
console.log(`check: baseline ${baseline() / 100} library ${library()}`);
console.log(
  `integer-cents loop: ${base.toFixed(2)} ms; budgetVarianceAggregator: ${lib.toFixed(1)} ms; ratio ${(lib / base).toFixed(1)}×`,
);
