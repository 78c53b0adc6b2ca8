// The aggregator laws and monotonicity of the customer entries, the quantile sketch and MoneyTotal
// (entries.ts); the other half is in sales-contact-centre.test-prop.ts.
import { ENTRIES } from './entries.js';
import { describeLaws } from './harness.js';

for (const entry of ENTRIES.filter((e) => !/^(sales|contactCentre|serviceLevel)/.test(e.name)))
  describeLaws(entry);
