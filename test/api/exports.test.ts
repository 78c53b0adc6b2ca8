// The public API is the product: every name exported from the package entry has a doc comment
// with an `@example`, and the entry exports names explicitly (no `export *`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = join(__dirname, '..', '..', 'src', 'index.ts');
const ioEntry = join(__dirname, '..', '..', 'src', 'io', 'index.ts');

function exportedSymbols(entry: string) {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const tags = target.getJsDocTags(checker).map((t) => t.name);
    const docs = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    return { name: symbol.getName(), tags, docs };
  });
}

describe.each([
  ['@org/cs-metrics', entry, 100],
  ['@org/cs-metrics/io', ioEntry, 5],
])('the public API of %s', (_name, entry, least) => {
  const symbols = exportedSymbols(entry);

  it('exports names explicitly, never `export *`', () => {
    expect(readFileSync(entry, 'utf8')).not.toMatch(/export \*/);
    expect(symbols.length).toBeGreaterThan(least);
  });

  it('documents every export with a sentence and an @example', () => {
    const undocumented = symbols.filter((s) => s.docs.length === 0).map((s) => s.name);
    const withoutExample = symbols.filter((s) => !s.tags.includes('example')).map((s) => s.name);
    expect(undocumented).toEqual([]);
    expect(withoutExample).toEqual([]);
  });

  it('exports nothing marked internal', () => {
    expect(symbols.filter((s) => s.tags.includes('internal')).map((s) => s.name)).toEqual([]);
  });
});

describe('the main entry runs anywhere', () => {
  it('imports no Node built-in and no Node-only package, directly or through its modules', () => {
    const program = ts.createProgram([entry], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noResolve: false,
    });
    const ours = program.getSourceFiles().filter((f) => f.fileName.includes('/src/'));
    expect(ours.length).toBeGreaterThan(20);
    const offending = ours.flatMap((file) =>
      [...file.text.matchAll(/^import[^;]*from '([^']+)';/gm)]
        .map((m) => m[1] ?? '')
        .filter((spec) => spec.startsWith('node:') || spec === 'csv-parse')
        .map((spec) => `${file.fileName.split('/src/')[1]}: ${spec}`),
    );
    expect(offending).toEqual([]);
    // and the io entry is the one that does
    expect(readFileSync(join(__dirname, '..', '..', 'src', 'io', 'read.ts'), 'utf8')).toMatch(
      /from 'node:events'/,
    );
  });
});
