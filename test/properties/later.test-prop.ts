// The aggregator laws and monotonicity of the criteria that landed after the first two files were
// written (entries-sales.ts, entries-service.ts): a third file, so that Vitest runs them on a third worker.
import { SALES_ENTRIES } from './entries-sales.js';
import { describeLaws } from './harness.js';

for (const entry of SALES_ENTRIES) describeLaws(entry);
