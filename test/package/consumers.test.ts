// The package as users get it: packed with `npm pack`, installed into a consumer folder, imported
// from ESM and from CommonJS, and the README's quick start run against it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const consumer = join(root, 'test', '.tmp', 'consumer');
const installed = join(consumer, 'node_modules', '@org', 'cs-metrics');

function node(file: string): string {
  return execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')))
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  rmSync(consumer, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(consumer, packed[0]!.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  // The consumer folder sits inside the project, so decimal.js and date-fns resolve from its node_modules.
}, 120_000);

describe('the packed package', () => {
  it('ships only dist, README, LICENSE and package.json', () => {
    const files = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }),
    )[0].files as Array<{ path: string }>;
    const paths = files.map((f) => f.path).sort();
    expect(paths.every((p) => /^(dist\/|README\.md$|LICENSE$|package\.json$|CHANGELOG\.md$)/.test(p))).toBe(
      true,
    );
    expect(paths).toContain('dist/index.d.cts');
  });

  it('imports from an ES module', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { money, addMoney, b2b, CsMetricsError } from '@org/cs-metrics';
const sum = addMoney(money('0.10', 'EUR'), money('0.20', 'EUR'));
let code = null;
try { addMoney(money('1', 'EUR'), money('1', 'USD')); } catch (e) { code = e instanceof CsMetricsError ? e.code : 'wrong'; }
console.log(sum.amount.toString(), sum.currency, b2b.id, code);`,
    );
    expect(node('esm.mjs').trim()).toBe('0.3 EUR b2b currency-mismatch');
  });

  it('requires from CommonJS', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { periodOf, daysOf, rateValue, b2c } = require('@org/cs-metrics');
const p = periodOf('2026-03', 'Europe/London');
console.log(daysOf(p).length, rateValue(20, b2c.criteria['sales.meetingRate'].band).rating);`,
    );
    expect(node('cjs.cjs').trim()).toBe('31 excellent');
  });

  it('runs the cs-metrics command of the installed package', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const bin = join(installed, pkg.bin['cs-metrics']);
    const out = execFileSync(process.execPath, [bin, 'report', '--format', 'json'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).scorecard.kind).toBe('team-scorecard');
  });

  it("runs the README's quick start and prints what the README says", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Quick start'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    writeFileSync(join(consumer, 'quick-start.mjs'), code!);
    expect(node('quick-start.mjs')).toBe(output);
  });
});
