// Every `@example` in src/ is run, and every line of the form `expression; // literal` asserts that
// the expression equals the literal. Doc examples are part of the API: a wrong one is a bug.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownTmpDir } from '../helpers.js';

const root = join(__dirname, '..', '..');
const outDir = ownTmpDir('examples-'); // its files import ../../../src

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const line = text.slice(0, m.index).split('\n').length;
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    found.push({ file: relative(root, file), line, code });
  }
  return found;
}

const LITERAL_START = /^(-?\d|'|"|\[|\{|true\b|false\b|null\b|undefined\b)/;

/** The literal a comment starts with, if any: the whole comment, or its head before an explanation. */
function literalOf(comment: string): string | null {
  const heads = [comment];
  for (const cut of [' (', ' —', ': ', ' ']) {
    const at = comment.indexOf(cut);
    if (at > 0) heads.push(comment.slice(0, at));
  }
  for (const head of heads) {
    const h = head.trim();
    if (!LITERAL_START.test(h)) continue;
    try {
      new Function(`return (${h});`)();
      return h;
    } catch {
      // not a literal; try a shorter head
    }
  }
  return null;
}

function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((l) => {
    const m = /^(\s*)(?!\/\/)(.+?);\s*\/\/\s*(.+)$/.exec(l);
    if (m === null) return l;
    const literal = literalOf(m[3]!);
    if (literal === null || /^(const|let|var|import|export|return|throw)\b/.test(m[2]!.trim())) return l;
    checks++;
    return `${m[1]}__check(${m[2]}, (${literal}), ${JSON.stringify(l.trim())});`;
  });
  return { code: lines.join('\n'), checks };
}

/**
 * Guides whose code is a notebook: every ```ts block of the page, in order, runs as one module (later
 * blocks use earlier blocks' names), with the same `expression; // literal` checks.
 */
const RUNNABLE_GUIDES = ['docs/walkthrough.md'];

function guideOf(file: string): Example[] {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
  if (blocks.length === 0) return [];
  const line = text.slice(0, blocks[0]?.index ?? 0).split('\n').length;
  return [{ file, line, code: blocks.map((b) => b[1]).join('\n') }];
}

const all = [...sourceFiles(join(root, 'src')).flatMap(examplesOf), ...RUNNABLE_GUIDES.flatMap(guideOf)];

describe('doc examples', () => {
  it('finds examples to run', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('parses literals the way the examples write them', () => {
    expect(literalOf("'good'")).toBe("'good'");
    expect(literalOf('24: 25 October')).toBe('24');
    expect(literalOf('1793142000000 (midnight in Berlin)')).toBe('1793142000000');
    expect(literalOf("{ rating: 'good', score: 72 }")).toBe("{ rating: 'good', score: 72 }");
    expect(literalOf('passes')).toBeNull();
  });

  for (const [i, example] of all.entries()) {
    it(`${example.file}:${example.line} runs and its results are as written`, async () => {
      const { code } = instrument(example.code);
      const body = code
        .replace(/from '@org\/cs-metrics\/io'/g, `from '../../../src/io/index.js'`)
        .replace(/from '@org\/cs-metrics'/g, `from '../../../src/index.js'`);
      const header = [
        "import { expect as __expect } from 'vitest';",
        'const __check = (actual: unknown, expected: unknown, line: string) => {',
        '  __expect(actual, line).toEqual(expected);',
        '};',
      ].join('\n');
      const file = join(outDir, `example-${i}.ts`);
      writeFileSync(file, `${header}\n${body}\nexport {};\n`);
      await import(/* @vite-ignore */ file);
    });
  }
});
