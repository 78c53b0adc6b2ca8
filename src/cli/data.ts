// Reading a directory (or a list) of exports, one file per record kind, into the scorecard's records.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Manager } from '../domain/records/manager.js';
import { jsonSchemas, type RecordTypeName } from '../domain/schemas.js';
import { CRM_MAPPINGS } from '../io/crm-mappings.js';
import { type ColumnMapping, defineMapping } from '../io/mapping.js';
import { readRecords } from '../io/read.js';
import type { ScorecardRecordKind } from '../scorecard/records.js';
import type { ScorecardSources } from '../scorecard/streaming.js';
import { UsageError } from './usage.js';

/** @internal The file name (without extension) of each kind, and the record type it holds. */
export const FILE_KINDS: Readonly<
  Record<string, { kind: ScorecardRecordKind | 'managers'; type: RecordTypeName }>
> = {
  managers: { kind: 'managers', type: 'Manager' },
  interactions: { kind: 'interactions', type: 'Interaction' },
  deals: { kind: 'deals', type: 'Deal' },
  plans: { kind: 'plans', type: 'SalesPlan' },
  calls: { kind: 'calls', type: 'CallRecord' },
  reviews: { kind: 'reviews', type: 'QualityReview' },
  trainings: { kind: 'trainings', type: 'TrainingRecord' },
  'budget-lines': { kind: 'budgetLines', type: 'BudgetLine' },
  budgetLines: { kind: 'budgetLines', type: 'BudgetLine' },
  surveys: { kind: 'surveys', type: 'SurveyResponse' },
  tickets: { kind: 'tickets', type: 'SupportTicket' },
  feedback: { kind: 'feedback', type: 'FeedbackItem' },
  customers: { kind: 'customers', type: 'Customer' },
  revenue: { kind: 'revenue', type: 'RevenueRecord' },
};

const FORMATS: Readonly<Record<string, 'csv' | 'jsonl' | 'json'>> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

/** @internal One input file. */
export interface InputFile {
  readonly path: string;
  /** As shown in messages: the name given (relative to the working directory). */
  readonly shown: string;
  readonly kind: ScorecardRecordKind | 'managers';
  readonly type: RecordTypeName;
  readonly format: 'csv' | 'jsonl' | 'json';
}

function fileOf(path: string, shown: string): InputFile | undefined {
  const ext = extname(path).toLowerCase();
  const format = FORMATS[ext];
  const stem = basename(path, extname(path));
  const entry = Object.hasOwn(FILE_KINDS, stem) ? FILE_KINDS[stem] : undefined;
  if (format === undefined || entry === undefined) return undefined;
  return { path, shown, kind: entry.kind, type: entry.type, format };
}

const KNOWN_NAMES =
  'managers, interactions, deals, plans, calls, reviews, trainings, budget-lines, surveys, tickets, feedback, customers, revenue';

/** @internal The files of `--data DIR` (files with other names are ignored) or of the positional list. */
export function inputFiles(cwd: string, dir: string | undefined, files: readonly string[]): InputFile[] {
  const found: InputFile[] = [];
  if (dir !== undefined) {
    const root = resolve(cwd, dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new InputError(`--data ${dir}: not a directory`);
    }
    for (const name of readdirSync(root).sort()) {
      const file = fileOf(resolve(root, name), name);
      if (file !== undefined) found.push(file);
    }
    if (found.length === 0) {
      throw new InputError(
        `--data ${dir}: no export found; name the files by kind (${KNOWN_NAMES}) with .csv, .jsonl or .json`,
      );
    }
  }
  for (const given of files) {
    const file = fileOf(resolve(cwd, given), basename(given));
    if (file === undefined) {
      throw new UsageError(`${given}: name a file by its kind (${KNOWN_NAMES}) with .csv, .jsonl or .json`);
    }
    if (!existsSync(file.path)) throw new InputError(`${given}: no such file`);
    found.push(file);
  }
  const kinds = new Set<string>();
  for (const f of found) {
    if (kinds.has(f.kind)) throw new UsageError(`two files hold ${f.kind} (${f.shown}); give one per kind`);
    kinds.add(f.kind);
  }
  if (!kinds.has('managers')) {
    throw new InputError(
      `no managers file: the report needs managers.csv (id, name, role, function, timeZone, team) next to the other exports`,
    );
  }
  return found;
}

/** @internal A bad input that is not a record error (a missing file): exit 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** @internal `--mapping kind=NAME|file.json` → mapping per file kind. */
export function mappingsOf(
  cwd: string,
  specs: readonly string[],
  currency: string | undefined,
): Map<string, ColumnMapping> {
  const out = new Map<string, ColumnMapping>();
  for (const spec of specs) {
    const at = spec.indexOf('=');
    // Without a kind before '=', kindName is '' and the spec is refused, whatever value holds.
    const kindName = at > 0 ? spec.slice(0, at) : '';
    const value = spec.slice(at + 1);
    const entry = Object.hasOwn(FILE_KINDS, kindName) ? FILE_KINDS[kindName] : undefined;
    if (entry === undefined || value === '') {
      throw new UsageError(
        `--mapping ${spec}: expected KIND=NAME or KIND=file.json, KIND one of ${KNOWN_NAMES}`,
      );
    }
    let mapping: ColumnMapping;
    if (Object.hasOwn(CRM_MAPPINGS, value)) {
      mapping = CRM_MAPPINGS[value as keyof typeof CRM_MAPPINGS];
    } else if (value.endsWith('.json')) {
      const path = resolve(cwd, value);
      if (!existsSync(path)) throw new InputError(`--mapping ${spec}: ${value}: no such file`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new InputError(`${value}: not JSON (${(error as Error).message})`);
      }
      mapping = defineMapping(parsed, basename(value));
    } else {
      throw new UsageError(
        `--mapping ${spec}: unknown mapping ${JSON.stringify(value)}; built in: ${Object.keys(CRM_MAPPINGS).join(', ')}, or a .json file`,
      );
    }
    if (mapping.type !== entry.type) {
      throw new UsageError(
        `--mapping ${spec}: ${value} reads ${mapping.type} records, but ${kindName} files hold ${entry.type}`,
      );
    }
    // Only types with a currency field take one (not an Interaction mapping given with --currency).
    const hasCurrency = Object.hasOwn(jsonSchemas[mapping.type].properties as object, 'currency');
    if (currency !== undefined && hasCurrency && mapping.defaults?.currency === undefined) {
      mapping = { ...mapping, defaults: { ...mapping.defaults, currency } };
    }
    out.set(entry.kind, mapping);
  }
  return out;
}

/** @internal What the files hold: the managers, read, and a source per record kind, read when iterated. */
export interface StreamedData {
  readonly managers: Manager[];
  /** The name shown for each kind's file (`calls.csv`), managers included. */
  readonly shown: Readonly<Partial<Record<ScorecardRecordKind | 'managers', string>>>;
  /** Each kind's file, parsed as it is read (never loaded whole), once, when the scorecard iterates it. */
  readonly sources: ScorecardSources;
}

/** @internal How the files are read. */
export interface ReadOptions {
  readonly timeZone: string;
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  readonly encoding: string;
  readonly delimiter: string;
}

function recordsOf(file: InputFile, options: ReadOptions): AsyncIterable<unknown> {
  const mapping = options.mappings.get(file.kind);
  return readRecords(createReadStream(file.path), {
    type: file.type,
    format: file.format,
    file: file.shown,
    timeZone: options.timeZone,
    encoding: options.encoding,
    delimiter: options.delimiter,
    ...(mapping === undefined ? {} : { mapping }),
  }) as AsyncIterable<unknown>;
}

/**
 * @internal Reads the managers file, and gives every other file as a source that streams it through
 * `readRecords` when iterated (CSV is parsed as it is read): the scorecard adds each record to its
 * aggregator states and drops it, so no file is ever held whole. Each other file's first record is
 * read first, in the files' order, so that a bad header or encoding is reported before the long pass.
 */
export async function streamFiles(files: readonly InputFile[], options: ReadOptions): Promise<StreamedData> {
  const managers: Manager[] = [];
  const sources: Record<string, AsyncIterable<unknown>> = {};
  const shown: Record<string, string> = {};
  for (const file of files) {
    shown[file.kind] = file.shown;
    if (file.kind === 'managers') {
      for await (const m of recordsOf(file, options)) managers.push(m as Manager);
    } else {
      const probe = recordsOf(file, options)[Symbol.asyncIterator]();
      await probe.next();
      await probe.return?.();
      sources[file.kind] = {
        [Symbol.asyncIterator]: () => recordsOf(file, options)[Symbol.asyncIterator](),
      };
    }
  }
  return { managers, shown, sources: sources as ScorecardSources };
}
