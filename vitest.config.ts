import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // 2 cores shared with other jobs: loops of 1,000 random cases can pass 5 s without being wrong.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Issue 8: every line, branch, function and statement of src/ (docs/testing.md, "Coverage").
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
