import type { CallRecord, Period } from '../../../src/index.js';

/**
 * A call as a warehouse job might hand it over, without the normaliser: epoch ms and seconds. By
 * default answered after 10 s, an hour into `period`; `fields` replace any of it.
 */
export const rawCall = (period: Period, fields: Partial<Record<keyof CallRecord, unknown>>): CallRecord =>
  ({
    id: 'c1',
    queue: 'q',
    offeredAt: period.start + 3_600_000,
    outcome: 'answered',
    waitSeconds: 10,
    answeredAt: period.start + 3_610_000,
    ...fields,
  }) as CallRecord;
