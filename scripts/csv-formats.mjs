// Regenerates the per-type column tables of docs/csv-formats.md from the record types' JSON Schemas
// (run `npm run docs:csv`; test/io/csv-formats-doc.test.ts fails when the tables fall behind).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { RECORD_TYPES, jsonSchemas } = createRequire(import.meta.url)('../dist/index.cjs');
const MONEY = new Set(['amount', 'budgeted', 'actual', 'cost']);

const kinds = (schema, into = new Set()) => {
  if (typeof schema.type === 'string') into.add(schema.type);
  if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^\\d{4}-\\d{2}-\\d{2}'))
    into.add('date');
  if (Array.isArray(schema.enum)) into.add(`one of: ${schema.enum.map((v) => `\`${v}\``).join(' · ')}`);
  for (const key of ['anyOf', 'oneOf'])
    if (Array.isArray(schema[key])) for (const s of schema[key]) kinds(s, into);
  return into;
};
const cell = (field, schema) => {
  const t = kinds(schema);
  if (MONEY.has(field)) return 'decimal (`1234.50`, no thousands separator)';
  if (t.has('array') || t.has('object')) return 'JSON';
  if (t.has('date')) return 'date';
  const choice = [...t].find((x) => x.startsWith('one of:'));
  if (choice) return choice;
  if (t.has('boolean')) return '`true`/`false`';
  if (t.has('string')) return 'text';
  return 'number';
};

let tables = '';
for (const name of RECORD_TYPES) {
  const schema = jsonSchemas[name];
  const required = new Set(schema.required ?? []);
  tables += `\n### ${name}\n\n${schema.description}\n\n| column | required | cell | meaning |\n|---|---|---|---|\n`;
  for (const [field, property] of Object.entries(schema.properties)) {
    const meaning = String(property.description ?? '').replace(/\|/g, '\\|');
    tables += `| \`${field}\` | ${required.has(field) ? 'yes' : ''} | ${cell(field, property)} | ${meaning} |\n`;
  }
}
const path = new URL('../docs/csv-formats.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const start = '<!-- tables:start -->';
const end = '<!-- tables:end -->';
const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${tables}\n${doc.slice(doc.indexOf(end))}`;
writeFileSync(path, next);
console.log(`docs/csv-formats.md: ${RECORD_TYPES.length} record types`);
