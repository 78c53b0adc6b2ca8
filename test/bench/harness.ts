// The bench runner's timing core: a library function against a hand-written baseline, interleaved in
// the same process, median of several runs. Absolute times on a shared machine are noise; the ratio is
// the figure (docs/performance.md).

/** One comparison: the same work done by hand and by the library. */
export interface BenchCase {
  /** The row's name in the table. */
  readonly name: string;
  /** What the baseline is, in a few words. */
  readonly baselineName: string;
  /** The hand-written baseline; returns a value that is checked against the library's. */
  readonly baseline: () => unknown;
  /** The library doing the same work. */
  readonly library: () => unknown;
  /** The target ratio (library ÷ baseline), or null when there is none (information only). */
  readonly target: number | null;
  /** Throws when the two results disagree (both computed once before timing). */
  readonly check?: (baseline: unknown, library: unknown) => void;
}

/** A measured row. */
export interface BenchRow {
  readonly name: string;
  readonly baselineName: string;
  readonly baselineMs: number;
  readonly libraryMs: number;
  readonly ratio: number;
  readonly ratios: readonly number[];
  /** Best library time ÷ best baseline time: the least disturbed by other processes. */
  readonly bestRatio: number;
  readonly target: number | null;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

let sink: unknown;
/**
 * CPU time of this process (user + system, ms), not wall time: on a machine shared with other jobs a
 * run that waits for a core is not charged for the wait, so ratios stay steady under load.
 */
function time(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  sink = fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Times a case (no forced GC between rounds: with CPU time, a forced collection's background sweeping
 * would be charged to whichever side runs next). Warm-up, then `runs` rounds of (baseline, library) in alternating order, so that a
 * burst of load from another process hits both sides alike. The ratio is the median of the per-round
 * ratios; the times are medians too.
 */
export function runCase(c: BenchCase, runs = 11): BenchRow {
  const b0 = c.baseline();
  const l0 = c.library();
  c.check?.(b0, l0);
  for (let i = 0; i < 2; i++) {
    time(c.baseline);
    time(c.library);
  }
  const bs: number[] = [];
  const ls: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs; r++) {
    let b: number;
    let l: number;
    if (r % 2 === 0) {
      b = time(c.baseline);
      l = time(c.library);
    } else {
      l = time(c.library);
      b = time(c.baseline);
    }
    bs.push(b);
    ls.push(l);
    ratios.push(l / b);
  }
  void sink;
  return {
    name: c.name,
    baselineName: c.baselineName,
    baselineMs: median(bs),
    libraryMs: median(ls),
    ratio: median(ratios),
    ratios,
    bestRatio: Math.min(...ls) / Math.min(...bs),
    target: c.target,
  };
}

/** The table docs/performance.md shows (Markdown). */
export function table(rows: readonly BenchRow[]): string {
  const lines = [
    '| Area | Baseline (hand-written) | Baseline CPU ms | Library CPU ms | Ratio (median of rounds) | Ratio (best times) | Target | Met |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const r of rows) {
    // Met when the median says so; "best only" when only the least disturbed times do (a busy machine).
    const met =
      r.target === null ? '–' : r.ratio <= r.target ? 'yes' : r.bestRatio <= r.target ? 'best only' : 'no';
    lines.push(
      `| ${r.name} | ${r.baselineName} | ${r.baselineMs.toFixed(1)} | ${r.libraryMs.toFixed(1)} | ${r.ratio.toFixed(2)}× | ${r.bestRatio.toFixed(2)}× | ${
        r.target === null ? '–' : `${r.target}×`
      } | ${met} |`,
    );
  }
  return lines.join('\n');
}

/** Throws unless two values are equal (numbers within a relative 1e-12, others by JSON). */
export function assertSame(what: string, a: unknown, b: unknown): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a))) return;
  } else if (JSON.stringify(a) === JSON.stringify(b)) return;
  throw new Error(`${what}: baseline ${JSON.stringify(a)} ≠ library ${JSON.stringify(b)}`);
}
