// The worker of examples/parallel-workers.ts: it reads ONE partition of the input (here: generates
// it from a seed, as it would read its slice of a file or a warehouse table), folds it into an
// aggregator state and returns the state. States are plain JSON, so they cross threads (or
// processes, or machines) as they are and are merged on the other side.
// In your code: import { … } from '@org/cs-metrics';
import {
  groupedBy,
  normalizeCallRecord,
  periodOf,
  type ServiceLevelState,
  serviceLevelAggregator,
} from '../src/index.js';

/** What the main thread sends: which slice of the input this worker reads. */
export interface Partition {
  readonly first: number;
  readonly count: number;
}

/** The aggregator both sides use; the options must be the same everywhere a state is merged. */
export const callsByAgent = () =>
  groupedBy(serviceLevelAggregator({ period: periodOf('2026-10') }), (c) => c.agentId ?? 'abandoned');

/** Raw call `i` of the input: deterministic, so any partition can be read independently. */
export function rawCall(i: number) {
  let x = (Math.imul(i + 1, 2654435761) ^ 0x9e3779b9) >>> 0;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  const offeredAt = Date.UTC(2026, 9, 1) + (next() % (31 * 86_400_000));
  const wait = next() % 90;
  return next() % 10 < 9
    ? {
        id: `c-${i}`,
        queue: 'support',
        agentId: `a-${next() % 200}`,
        offeredAt,
        answeredAt: offeredAt + wait * 1000,
        talkSeconds: 60 + (next() % 600),
      }
    : { id: `c-${i}`, queue: 'support', offeredAt, abandonedAt: offeredAt + wait * 1000 };
}

/** tinypool calls the default export with the task; the returned state is structured-cloned back. */
export default function measurePartition({ first, count }: Partition): Record<string, ServiceLevelState> {
  const aggregator = callsByAgent();
  let state = aggregator.init();
  for (let i = first; i < first + count; i++) state = aggregator.add(state, normalizeCallRecord(rawCall(i)));
  return state;
}
