// The aggregator laws and monotonicity of the sales criteria that landed after the suite was written
// (entries-sales.ts). One file per group of entries: Vitest runs files on separate workers where it
// has more than one (it keeps one core free, so a 2-core machine runs them one after the other).
import { SALES_ENTRIES } from './entries-sales.js';
import { describeLaws } from './harness.js';

for (const entry of SALES_ENTRIES) describeLaws(entry);
