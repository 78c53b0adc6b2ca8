import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, RECORD_TYPES } from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/csv-formats.md', import.meta.url), 'utf8');

describe('docs/csv-formats.md', () => {
  it.each(RECORD_TYPES)('documents every column of %s (run `npm run docs:csv` when this fails)', (type) => {
    const start = doc.indexOf(`\n### ${type}\n`);
    expect(start).toBeGreaterThan(-1);
    const section = doc.slice(
      start + 1,
      doc.indexOf('\n### ', start + 1) === -1 ? undefined : doc.indexOf('\n### ', start + 1),
    );
    const documented = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(jsonSchemas[type].properties as object));
  });
});
