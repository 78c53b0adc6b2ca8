// The aggregator laws and monotonicity of the contact-centre and customer criteria that landed after
// the suite was written (entries-service.ts): monitoring, training, satisfaction and retention.
import { SERVICE_ENTRIES } from './entries-service.js';
import { describeLaws } from './harness.js';

for (const entry of SERVICE_ENTRIES) describeLaws(entry);
