// The aggregator laws (identity, split anywhere, associativity, order, JSON round trip, bounds) and
// each metric's own monotonicity, on random records: see entries.ts for what each metric states.
import { ENTRIES } from './entries.js';
import { describeLaws } from './harness.js';

for (const entry of ENTRIES) describeLaws(entry);
