// The README's runnable examples: every ```js block followed by "prints" and a ```text block is run
// (its imports pointed at src/), with console.log captured, and must print exactly that text. The
// README is the first page a user reads; its printed output is a promise like any other.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownTmpDir } from '../helpers.js';

const root = join(__dirname, '..', '..');
const outDir = ownTmpDir('readme-'); // its files import ../../../src
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const pairs = [...readme.matchAll(/^```js\n([\s\S]*?)^```\n\nprints\n\n```text\n([\s\S]*?)^```$/gm)].map(
  (m) => ({
    line: readme.slice(0, m.index).split('\n').length,
    code: m[1]!,
    printed: m[2]!.replace(/\n$/, ''),
  }),
);

describe('README examples', () => {
  it('finds the quick start and the scorecard example', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2);
  });

  for (const [i, pair] of pairs.entries()) {
    it(`README.md:${pair.line} prints what the README says`, async () => {
      const body = pair.code.replace(/from '@org\/cs-metrics'/g, `from '../../../src/index.js'`);
      const header = [
        "import { format as __format } from 'node:util';",
        'export const __out: string[] = [];',
        'const console = { log: (...args: unknown[]) => __out.push(__format(...args)) };',
      ].join('\n');
      const file = join(outDir, `readme-${i}.ts`);
      writeFileSync(file, `${header}\n${body}\n`);
      const { __out } = (await import(/* @vite-ignore */ file)) as { __out: string[] };
      expect(__out.join('\n')).toBe(pair.printed);
    });
  }
});
