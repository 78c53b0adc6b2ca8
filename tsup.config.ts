import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Two entries: the main one runs anywhere; `io` reads files with Node streams. Splitting (also for
    // CJS) puts the shared code in one chunk, so `CsMetricsError` is one class across both entries.
    entry: { index: 'src/index.ts', io: 'src/io/index.ts' },
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    // The command (below) is built at the same time into the same directory: keep it.
    clean: ['!cli.js', '!cli.js.map'],
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  },
  {
    // The `cs-metrics` command: one ESM file for Node, with its shebang (tsup makes it executable).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    outExtension: () => ({ js: '.js' }),
  },
]);
