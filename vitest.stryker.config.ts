// The unit tests as Stryker runs them for each mutant: without the package tests (they test dist/,
// which no mutant of src/ reaches) and with the property tests at 100 runs (set in package.json).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/bench/**', 'test/package/**', 'node_modules/**'],
      // Stryker's initial run records which tests reach each mutant, which makes a loop over a million
      // amounts (test/domain/money.test.ts) pass 30 s on a busy machine; mutant runs have Stryker's own
      // timeout (timeoutMS), so this only keeps the initial run from failing.
      testTimeout: 300_000,
    },
  }),
);
