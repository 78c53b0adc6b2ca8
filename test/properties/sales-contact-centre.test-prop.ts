// The aggregator laws and monotonicity of the sales and contact-centre entries (entries.ts); the
// entries are split over two files so that Vitest runs them on two workers.
import { ENTRIES } from './entries.js';
import { describeLaws } from './harness.js';

for (const entry of ENTRIES.filter((e) => /^(sales|contactCentre|serviceLevel)/.test(e.name)))
  describeLaws(entry);
