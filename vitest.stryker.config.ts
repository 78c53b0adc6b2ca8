// The unit tests as Stryker runs them for each mutant: without the package tests (they test dist/,
// which no mutant of src/ reaches) and with the property tests at 100 runs (set in package.json).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/bench/**', 'test/package/**', 'node_modules/**'],
    },
  }),
);
