// `npm run bench`: every area against its hand-written baseline, in one process, and a table of ratios.
// Options: `npm run bench -- --size 1000000 --runs 7 money grouping` (names filter the areas).
import { callCases } from './cases/calls.js';
import { moneyCases } from './cases/money.js';
import { zonedCases } from './cases/zoned.js';
import { type BenchDatasetSource, syntheticDataset } from './data.js';
import { type BenchCase, type BenchRow, runCase, table } from './harness.js';

const AREAS: Record<string, (data: ReturnType<BenchDatasetSource>) => BenchCase[]> = {
  calls: callCases,
  money: moneyCases,
  zoned: zonedCases,
};

export async function runBench(argv: readonly string[], source: BenchDatasetSource = syntheticDataset) {
  const flag = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? fallback : Number(argv[i + 1]);
  };
  const size = flag('size', 1_000_000);
  const runs = flag('runs', 11);
  const wanted = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const t0 = performance.now();
  const data = source(size, 42);
  console.log(
    `data: ${size.toLocaleString('en')} records, ${((performance.now() - t0) / 1000).toFixed(1)} s to build`,
  );
  const rows: BenchRow[] = [];
  for (const [area, cases] of Object.entries(AREAS)) {
    if (wanted.length > 0 && !wanted.includes(area)) continue;
    for (const c of cases(data)) {
      const row = runCase(c, runs);
      rows.push(row);
      console.log(
        `${row.name} | ${row.baselineName}: ${row.ratio.toFixed(2)}× (best ${row.bestRatio.toFixed(2)}×) [${row.ratios.map((r) => r.toFixed(2)).join(' ')}]`,
      );
    }
  }
  console.log(`\n${table(rows)}`);
  return rows;
}

await runBench(process.argv.slice(2));
