// Runs the `cs-metrics` command in-process through main(), with its output captured (the CLI tests).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, main } from '../../src/cli/main.js';

export const root = join(__dirname, '..', '..');
export const fixtures = join(root, 'test', 'fixtures', 'cli');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `cs-metrics <argv>` in test/fixtures/cli, not on a terminal, with no environment unless `io` says so. */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: fixtures,
    isTTY: false,
    env: {},
    ...io,
  });
  return { code, stdout, stderr };
}

/** A new temporary directory holding `files` (name → text): the exports of a `--data` test. */
export function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
