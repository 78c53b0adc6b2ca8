// Shared by the tests: catching the library's error and reading it back.
import { CsMetricsError } from '../src/index.js';

/** Runs `fn` and returns the CsMetricsError it throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): CsMetricsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsMetricsError) return error;
    throw error;
  }
  throw new Error('expected a CsMetricsError, but nothing was thrown');
}

/** `"<code> at <path>"` of the error `fn` throws, or `"no error"`: one readable string to assert. */
export function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsMetricsError) return `${error.code} at ${error.path}`;
    throw error;
  }
  return 'no error';
}
