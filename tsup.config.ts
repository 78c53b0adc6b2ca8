import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the main one runs anywhere; `io` reads files with Node streams. Splitting (also for
  // CJS) puts the shared code in one chunk, so `CsMetricsError` is one class across both entries.
  entry: { index: 'src/index.ts', io: 'src/io/index.ts' },
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
