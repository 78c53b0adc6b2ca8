// Shared by the readRecords tests: draining a reader, and catching the error it throws.
import { CsMetricsError } from '../../src/index.js';

/** Every item of an async iterable, in order. */
export async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The CsMetricsError that `run` rejects with; fails the test when it resolves or rejects with something else. */
export async function caught(run: () => Promise<unknown>): Promise<CsMetricsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CsMetricsError) return error;
    throw error;
  }
  throw new Error('expected a CsMetricsError');
}
