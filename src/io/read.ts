// Reading records from CSV, JSON lines or JSON: a stream in, normalised records out, one at a time,
// so a multi-gigabyte export goes through an aggregator without being held in memory.
import { once } from 'node:events';
import { TextDecoder } from 'node:util';
import { tz } from '@date-fns/tz';
import { CsvError, parse as csvParser } from 'csv-parse';
import { isValid, parse as parseDate } from 'date-fns';
import { CsMetricsError, ErrorCodes, type FileLocation, fail } from '../domain/errors.js';
import { isPlainObject } from '../domain/fields.js';
import { jsonSchemas, type RecordTypeName } from '../domain/schemas.js';
import { assertTimeZone } from '../domain/time.js';
import { type CellKind, cellKinds, parseCell } from './cells.js';
import { type ColumnMapping, defineMapping } from './mapping.js';
import { COLLECTIONS, NORMALIZERS, type RecordOfType } from './record-types.js';

/**
 * Where records are read from: the text itself, bytes, or a stream of chunks (a Node `Readable`
 * from `fs.createReadStream`, a web `ReadableStream`, any async iterable).
 *
 * @example
 * ```ts
 * import type { RecordSource } from '@org/cs-metrics/io';
 * const source: RecordSource = 'id,managerId,period,amount,currency\nP-1,m1,2026-10,50000,EUR\n';
 * ```
 */
export type RecordSource =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/**
 * Options of {@link readRecords}.
 *
 * @example
 * ```ts
 * import type { ReadRecordsOptions } from '@org/cs-metrics/io';
 * const options: ReadRecordsOptions<'Deal'> = { type: 'Deal', file: 'deals.csv', timeZone: 'Europe/Berlin' };
 * ```
 */
export interface ReadRecordsOptions<T extends RecordTypeName> {
  /** The record type the file holds. */
  readonly type: T;
  /** `csv` (default), `jsonl` (one JSON object per line) or `json` (one array; read whole — prefer `jsonl` for big files). */
  readonly format?: 'csv' | 'jsonl' | 'json';
  /** The file's name, for error messages. Default `input`. */
  readonly file?: string;
  /** How the file's columns map onto the type; without one, headers must be the type's field names. */
  readonly mapping?: ColumnMapping;
  /** The zone of dates without an offset. Default `UTC`. */
  readonly timeZone?: string;
  /** The CSV delimiter. Default `,`. */
  readonly delimiter?: string;
  /** The text encoding of byte input: `utf-8` (default), or any WHATWG label such as `gb18030` for GBK exports. */
  readonly encoding?: string;
}

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: string;
  readonly kind: CellKind;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const UTC = tz('UTC');
const EPOCH = new Date(0);
// A value table's loose key: case folded (lower, upper, lower: `AÇIK FIRSAT` and `Açık Fırsat` are one
// key, `STRASSE` and `Straße` too, and whatever lower-casing alone joined stays joined), spaces squeezed.
const looseKey = (text: string): string =>
  text.toLowerCase().toUpperCase().toLowerCase().replace(/\s+/g, ' ').trim();

/** Everything fixed for one file: columns, value tables, formats. */
class RowReader {
  readonly collection: string;
  private readonly kinds: Map<string, CellKind>;
  private readonly values = new Map<string, Map<string, unknown>>();
  private readonly percent: Set<string>;
  private readonly formats: readonly string[];
  private columns: Column[] = [];
  private readonly byField = new Map<string, Column>();
  readonly normalize: (input: never, options: { path: string; timeZone: string }) => unknown;

  constructor(
    readonly type: RecordTypeName,
    readonly mapping: ColumnMapping | undefined,
    readonly file: string,
    readonly timeZone: string,
  ) {
    this.collection = COLLECTIONS[type];
    this.kinds = cellKinds(jsonSchemas[type]);
    this.normalize = NORMALIZERS[type] as never;
    this.percent = new Set(mapping?.percent ?? []);
    this.formats = mapping?.dateFormats ?? [];
    for (const [field, table] of Object.entries(mapping?.values ?? {})) {
      const map = new Map<string, unknown>();
      for (const [text, value] of Object.entries(table)) {
        map.set(text, value);
        map.set(`\u0001${looseKey(text)}`, value);
      }
      this.values.set(field, map);
    }
  }

  /** Reads the header row into columns. */
  header(headers: readonly string[]): void {
    const columns: Column[] = [];
    headers.forEach((raw, index) => {
      const header = raw.trim();
      const location = { file: this.file, line: 1, column: index + 1, header };
      const mapped = this.mapping ? (this.mapping.columns[raw] ?? this.mapping.columns[header]) : header;
      if (mapped === undefined) return; // a mapped export's other columns are ignored
      const kind = this.kinds.get(mapped);
      if (kind === undefined) {
        throw new CsMetricsError({
          code: ErrorCodes.UnknownField,
          path: `${this.collection}.columns[${index}]`,
          expected: `a field of ${this.type} (${[...this.kinds.keys()].join(', ')}), or a mapping for this export`,
          received: header,
          location,
        });
      }
      if (this.byField.has(mapped)) {
        throw new CsMetricsError({
          code: ErrorCodes.InvalidFile,
          path: `${this.collection}.columns[${index}]`,
          expected: `one column for ${mapped} (column ${this.byField.get(mapped)!.index + 1} has it already)`,
          received: header,
          location,
        });
      }
      const column = { index, header, field: mapped, kind };
      columns.push(column);
      this.byField.set(mapped, column);
    });
    this.columns = columns;
  }

  /** One cell's or JSON value's text → the value the normaliser reads. */
  private convert(field: string, kind: CellKind, text: string): unknown {
    const table = this.values.get(field);
    if (table !== undefined) {
      const hit = table.get(text) ?? table.get(`\u0001${looseKey(text)}`);
      if (hit !== undefined) return hit;
      const otherwise = this.mapping?.otherwise?.[field];
      if (otherwise !== undefined) return otherwise;
    }
    if (this.percent.has(field)) {
      const value = parseCell('number', text.endsWith('%') ? text.slice(0, -1).trim() : text);
      return typeof value === 'number' ? value / 100 : text;
    }
    if (kind === 'date' && this.formats.length > 0 && !ISO_DATE.test(text)) {
      for (const format of this.formats) {
        const date = parseDate(text, format, EPOCH, { in: UTC });
        // The wall time, without an offset: the normaliser reads it in the file's zone.
        if (isValid(date)) return new Date(date.getTime()).toISOString().slice(0, 19);
      }
      return text;
    }
    return parseCell(kind, text);
  }

  /** A CSV row → the input object. */
  fromRow(row: readonly string[]): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    for (const column of this.columns) {
      // csv-parse refuses a row with fewer or more cells than the header, so every column has a cell.
      const text = (row[column.index] as string).trim();
      if (text !== '') input[column.field] = this.convert(column.field, column.kind, text);
    }
    return input;
  }

  /** A JSON object → the input object (only mapped keys, when there is a mapping). */
  fromObject(value: unknown, location: FileLocation, index: number): Record<string, unknown> {
    if (!isPlainObject(value)) {
      throw new CsMetricsError({
        code: ErrorCodes.InvalidType,
        path: `${this.collection}[${index}]`,
        expected: `a ${this.type} object`,
        received: value,
        location,
      });
    }
    if (this.mapping === undefined) return value as Record<string, unknown>;
    const input: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const field = this.mapping.columns[key];
      if (field === undefined) continue;
      if (typeof item === 'string') {
        const text = item.trim();
        // `field` is a field of the type (defineMapping checks), so it has a cell kind.
        if (text !== '') input[field] = this.convert(field, this.kinds.get(field)!, text);
      } else if (item !== null && item !== undefined) {
        input[field] = this.percent.has(field) && typeof item === 'number' ? item / 100 : item;
      }
    }
    return input;
  }

  /** Defaults, copy rules and ids, then the normaliser, with the file location on any error. */
  finish<T>(input: Record<string, unknown>, index: number, line: number): T {
    const mapping = this.mapping;
    if (mapping !== undefined) {
      for (const [field, value] of Object.entries(mapping.defaults ?? {}))
        if (input[field] === undefined) input[field] = value;
      for (const rule of mapping.copy ?? []) {
        if (input[rule.to] !== undefined || input[rule.from] === undefined) continue;
        if (rule.when && !rule.when.in.includes(String(input[rule.when.field]))) continue;
        input[rule.to] = input[rule.from];
      }
      if (mapping.missingId === 'line' && input.id === undefined) input.id = `${this.file}:${line}`;
    }
    const path = `${this.collection}[${index}]`;
    try {
      return this.normalize(input as never, { path, timeZone: this.timeZone }) as T;
    } catch (error) {
      /* v8 ignore next -- defensive: the normalisers throw only CsMetricsError; anything else is a bug, passed on */
      if (!(error instanceof CsMetricsError)) throw error;
      // The normaliser was given `path`, so every path it names starts with it.
      const field = error.path.slice(path.length + 1).split(/[.[]/, 1)[0] as string;
      const column = this.byField.get(field);
      throw new CsMetricsError({
        code: error.code,
        path: error.path,
        expected: error.expected,
        received: error.received,
        location:
          column === undefined
            ? { file: this.file, line }
            : { file: this.file, line, column: column.index + 1, header: column.header },
      });
    }
  }
}

async function* chunks(source: RecordSource, encoding: string, file: string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return fail(
      ErrorCodes.InvalidOption,
      'options.encoding',
      'a text encoding label (utf-8, gb18030, …)',
      encoding,
    );
  }
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new CsMetricsError({
        code: ErrorCodes.InvalidFile,
        path: '',
        expected: `text in ${encoding}`,
        received: 'bytes that are not',
        location: { file, line: 0 },
      });
    }
  };
  if (source instanceof Uint8Array) {
    yield decode(source, false);
    return;
  }
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    yield typeof chunk === 'string' ? chunk : decode(chunk, true);
  }
  // The end of the stream: with a fatal decoder this yields '' or throws on a cut-off character.
  decode(new Uint8Array(0), false);
}

// Every CsvError raised while parsing carries the parser's `lines` (the option errors are raised
// when the parser is made, outside the reading loop).
const csvProblem = (error: CsvError, file: string): CsMetricsError =>
  new CsMetricsError({
    code: ErrorCodes.InvalidFile,
    path: '',
    expected: 'well-formed CSV',
    received: error.message.replace(/^[^:]*:\s*/, ''),
    location: { file, line: error.lines as number },
  });

async function* readCsv<T>(
  source: RecordSource,
  reader: RowReader,
  options: { delimiter: string; encoding: string },
): AsyncGenerator<T> {
  const parser = csvParser({ delimiter: options.delimiter, bom: true, skip_empty_lines: true, info: true });
  let failure: unknown;
  const feeding = (async () => {
    try {
      for await (const text of chunks(source, options.encoding, reader.file)) {
        if (!parser.write(text)) await once(parser, 'drain');
      }
      parser.end();
    } catch (error) {
      failure = error;
      parser.destroy();
    }
  })();
  let index = -1;
  let lastLine = 0;
  let lastEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; empty_lines: number };
    }>) {
      const line = lastLine + 1 + (info.empty_lines - lastEmpty);
      lastLine = info.lines;
      lastEmpty = info.empty_lines;
      if (index === -1) reader.header(record);
      else yield reader.finish<T>(reader.fromRow(record), index, line);
      index++;
    }
  } catch (error) {
    if (failure !== undefined) throw failure;
    if (error instanceof CsvError) throw csvProblem(error, reader.file);
    throw error;
  } finally {
    parser.destroy();
    await feeding;
  }
  /* v8 ignore next -- defensive: after destroy() Node's stream iterator rejects (premature close), so a feeding failure is thrown in the catch above */
  if (failure !== undefined) throw failure;
}

async function* readJsonLines<T>(
  source: RecordSource,
  reader: RowReader,
  encoding: string,
): AsyncGenerator<T> {
  let buffer = '';
  let line = 0;
  let index = 0;
  const take = (text: string, at: number): T | undefined => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new CsMetricsError({
        code: ErrorCodes.InvalidFile,
        path: '',
        expected: 'one JSON object per line',
        received: (error as Error).message,
        location: { file: reader.file, line: at },
      });
    }
    const location = { file: reader.file, line: at };
    const record = reader.finish<T>(reader.fromObject(value, location, index), index, at);
    index++;
    return record;
  };
  for await (const text of chunks(source, encoding, reader.file)) {
    buffer += text;
    let end = buffer.indexOf('\n');
    while (end !== -1) {
      line++;
      const record = take(buffer.slice(0, end), line);
      if (record !== undefined) yield record;
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\n');
    }
  }
  line++;
  const record = take(buffer, line);
  if (record !== undefined) yield record;
}

async function* readJson<T>(source: RecordSource, reader: RowReader, encoding: string): AsyncGenerator<T> {
  let text = '';
  for await (const chunk of chunks(source, encoding, reader.file)) text += chunk;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let line = 1;
    let column: number | undefined;
    if (position) {
      const before = text.slice(0, Number(position[1]));
      line = before.split('\n').length;
      column = Number(position[1]) - before.lastIndexOf('\n');
    }
    throw new CsMetricsError({
      code: ErrorCodes.InvalidFile,
      path: '',
      expected: 'a JSON array of records',
      received: message,
      location: column === undefined ? { file: reader.file, line } : { file: reader.file, line, column },
    });
  }
  if (!Array.isArray(value)) {
    throw new CsMetricsError({
      code: ErrorCodes.InvalidFile,
      path: '',
      expected: 'a JSON array of records',
      received: value,
      location: { file: reader.file, line: 1 },
    });
  }
  for (let index = 0; index < value.length; index++) {
    const location = { file: reader.file, line: 1 };
    yield reader.finish<T>(reader.fromObject(value[index], location, index), index, 1);
  }
}

/**
 * Reads records of one type from CSV, JSON lines or JSON, one at a time, checking each with the
 * type's normaliser. Feed the result straight into `measureAsync`: nothing is held but the current
 * row. Errors name the file, the line, the column and its header, and the record's path:
 * `deals.csv, line 12, column 4 (Amount): deals[10].amount: expected a decimal string or number, got "12,5"`.
 *
 * CSV cells are read by the type's JSON Schema: numbers from plain decimal text, booleans from
 * `true/false/yes/no/1/0`, lists (a deal's `stageChanges`) from JSON text; an empty cell is an absent
 * field. A cell that does not parse reaches the normaliser unchanged, which rejects it with its path.
 *
 * @throws `CsMetricsError` (from the main entry) `invalid-file` for a file that is not well-formed, `unknown-field` for a
 *   header that is not a field (without a mapping), and the normalisers' codes for bad values.
 * @example
 * ```ts
 * import { readRecords } from '@org/cs-metrics/io';
 * const csv = 'id,managerId,period,amount,currency\nP-1,m1,2026-10,50000,EUR\nP-2,m2,2026-10,42000.50,EUR\n';
 * const plans = [];
 * for await (const plan of readRecords(csv, { type: 'SalesPlan', file: 'plans.csv' })) plans.push(plan);
 * plans.length; // 2
 * plans[1].amount.toString(); // '42000.5'
 * ```
 */
export function readRecords<T extends RecordTypeName>(
  source: RecordSource,
  options: ReadRecordsOptions<T>,
): AsyncGenerator<RecordOfType<T>> {
  if (typeof options !== 'object' || options === null)
    return fail(ErrorCodes.InvalidOption, 'options', '{ type, … }', options);
  // An own key only: 'toString' or '__proto__' is `in` every object, and is not a record type.
  if (!Object.hasOwn(NORMALIZERS, options.type))
    return fail(
      ErrorCodes.InvalidOption,
      'options.type',
      `one of ${Object.keys(NORMALIZERS).join(', ')}`,
      options.type,
    );
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl' && format !== 'json')
    return fail(ErrorCodes.InvalidOption, 'options.format', "'csv', 'jsonl' or 'json'", format);
  const file = options.file ?? 'input';
  if (typeof file !== 'string' || file === '')
    return fail(ErrorCodes.InvalidOption, 'options.file', 'a file name', file);
  const delimiter = options.delimiter ?? ',';
  if (typeof delimiter !== 'string' || delimiter.length !== 1)
    return fail(ErrorCodes.InvalidOption, 'options.delimiter', 'one character', delimiter);
  const encoding = options.encoding ?? 'utf-8';
  if (typeof encoding !== 'string')
    return fail(ErrorCodes.InvalidOption, 'options.encoding', 'an encoding label', encoding);
  const timeZone = assertTimeZone(options.timeZone ?? 'UTC', 'options.timeZone');
  const mapping =
    options.mapping === undefined ? undefined : defineMapping(options.mapping, 'options.mapping');
  if (mapping !== undefined && mapping.type !== options.type)
    return fail(
      ErrorCodes.InvalidOption,
      'options.mapping.type',
      `the mapping of a ${options.type}`,
      mapping.type,
    );
  const reader = new RowReader(options.type, mapping, file, timeZone);
  if (format === 'jsonl') return readJsonLines<RecordOfType<T>>(source, reader, encoding);
  if (format === 'json') return readJson<RecordOfType<T>>(source, reader, encoding);
  return readCsv<RecordOfType<T>>(source, reader, { delimiter, encoding });
}
