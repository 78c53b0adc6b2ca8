// Deterministic bench data: the same records on every run and every machine (a 32-bit LCG, no
// Math.random). The runner takes any function of this shape, so a richer generator (the library's
// sample data set) can be passed in its place without touching the cases.
import {
  type BudgetLine,
  type CallRecord,
  type CallRecordInput,
  normalizeBudgetLines,
  normalizeCallRecords,
} from '../../src/index.js';

/** What every bench case reads. Records are normalised, as users pass them. */
export interface BenchDataset {
  /** The month the calls fall in, `YYYY-MM`. */
  readonly month: string;
  /** Calls offered in `month` (UTC), answered or abandoned, over `agents` agents. */
  readonly calls: readonly CallRecord[];
  readonly agents: number;
  /** Budget lines over 10 departments × 5 categories × 12 months, two-decimal EUR amounts. */
  readonly budgetLines: readonly BudgetLine[];
}

/** Makes a data set of `size` calls and `size` budget lines from a seed. */
export type BenchDatasetSource = (size: number, seed: number) => BenchDataset;

/** A seeded 32-bit linear congruential generator: integers in [0, 2^31). */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 1;
  };
}

const MONTH = '2026-10';
const MONTH_START = Date.UTC(2026, 9, 1);
const MONTH_MS = 31 * 86_400_000;
const CATEGORIES = ['staff', 'training', 'recognition', 'telephony', 'facilities'];

/** Raw call inputs (not yet normalised), streamed one at a time; used by the 10-million-record stream too. */
export function* callInputs(size: number, seed: number, agents = 200): Generator<CallRecordInput> {
  const rand = lcg(seed);
  for (let i = 0; i < size; i++) {
    const offeredAt = MONTH_START + (rand() % MONTH_MS);
    const wait = rand() % 90; // whole seconds, 0–89
    const answered = rand() % 10 < 9;
    const agent = `a-${rand() % agents}`;
    if (answered) {
      yield {
        id: `c-${i}`,
        queue: 'support',
        agentId: agent,
        offeredAt,
        answeredAt: offeredAt + wait * 1000,
        talkSeconds: 60 + (rand() % 600),
        holdSeconds: rand() % 4 === 0 ? rand() % 120 : 0,
        wrapUpSeconds: rand() % 60,
      };
    } else {
      yield { id: `c-${i}`, queue: 'support', offeredAt, abandonedAt: offeredAt + wait * 1000 };
    }
  }
}

/** The default source: calls and budget lines from the LCG, normalised by the library's normalisers. */
export const syntheticDataset: BenchDatasetSource = (size, seed) => {
  const rand = lcg(seed + 1);
  const lines = [];
  for (let i = 0; i < size; i++) {
    const budgeted = rand() % 1_000_000; // cents, up to 9 999.99
    const actual = rand() % 1_000_000;
    lines.push({
      department: `D${i % 10}`,
      category: CATEGORIES[i % 5] as string,
      period: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
      budgeted: (budgeted / 100).toFixed(2),
      actual: (actual / 100).toFixed(2),
      currency: 'EUR',
    });
  }
  return {
    month: MONTH,
    calls: normalizeCallRecords(callInputs(size, seed)),
    agents: 200,
    budgetLines: normalizeBudgetLines(lines),
  };
};
