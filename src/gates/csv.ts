import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CsvError, parse, type Parser } from 'csv-parse';
import type { Metric } from '../plan/schema.js';
import type { Day } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { detectDelimiter, headerLine, readHeader, type ColumnNames, type Delimiter, type Layout } from './dialect.js';
import { DateColumn, dateOrder, type DateOrder, describeOrder, UNDECIDED } from '../util/date-order.js';
import { parseMetricValue } from './values.js';

export interface Observation {
  metric: string;
  day: Day;
  value: number;
  phase?: string;
  group?: string;
  location?: string;
}

export interface ImportOptions {
  /** Every metric a row may name, with its unit and scale when the plan describes it. */
  metrics: ReadonlyMap<string, Metric | undefined>;
  /** Metrics some gate or condition reads; rows of the others are checked, then dropped. */
  wanted: ReadonlySet<string>;
  /** Metrics read as 0-10 survey answers (NPS), so each value must be a whole number 0-10. */
  answers: ReadonlySet<string>;
  columns: ColumnNames;
  /** `auto` or an order such as `dd-mm-yyyy` (see util/date-order). */
  dateFormat: string;
  /** Skip bad rows instead of failing on them. */
  lenient: boolean;
}

export interface ImportReport {
  file: string;
  rows: number;
  skipped: number;
  /** The first few bad rows, as `file:line: problem`. */
  problems: string[];
  /** Wide columns left out under --lenient because they name no metric. */
  ignoredColumns: string[];
}

/** Bad rows listed in a message; past these the count says enough. */
export const MAX_PROBLEMS = 10;
/** The header must fit in the first bytes read to detect the delimiter. */
const HEAD_BYTES = 64 * 1024;

/** Streams one metrics export, handing each wanted observation to `accept`; memory stays flat. */
export async function importMetrics(file: string, options: ImportOptions, accept: (o: Observation) => void): Promise<ImportReport> {
  const delimiter = detectDelimiter(await readHead(file));
  const report: ImportReport = { file, rows: 0, skipped: 0, problems: [], ignoredColumns: [] };
  const note = (line: number, problem: string): void => {
    report.skipped++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(`${file}:${line}: ${problem}`);
  };
  const problem = (line: number, text: string): void => {
    note(line, text);
    if (!options.lenient && report.problems.length >= MAX_PROBLEMS) throw new BadRows();
  };
  let rows: RowReader | undefined;
  // Lines are counted here rather than asked of csv-parse per record, which costs more than the parsing.
  let line = 1;
  let consumed = 0;
  /** Records csv-parse could not read, with how many records it had handed over before each. */
  const unreadable: { after: number; error: CsvError }[] = [];
  const catchUp = (upTo: number): void => {
    while (unreadable.length && unreadable[0]!.after <= upTo) {
      // After broken quoting, where the next record starts is csv-parse's best guess, and ours.
      const { error } = unreadable.shift()!;
      const at = Math.max(line, lineOf(error));
      line = at + 1;
      problem(at, csvProblem(error));
    }
  };
  const onRecord = (record: string[]): void => {
    catchUp(consumed++);
    const at = line;
    line += 1 + lineBreaks(record);
    if (record[0]!.trim() === '' && record.every((cell) => cell.trim() === '')) return;
    if (!rows) {
      rows = new RowReader(readHeader(record, options.columns, new Set(options.metrics.keys()), file, options.lenient), delimiter, options, accept, file);
      report.ignoredColumns = rows.layout.ignored;
      return;
    }
    report.rows++;
    const wrong = rows.read(record, at);
    if (wrong !== undefined) problem(at, record.some((cell) => cell.includes('\uFFFD')) ? NOT_UTF8 : wrong);
  };

  const parser: Parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    // Broken quoting is a bad row like any other: listed, or skipped under --lenient.
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) unreadable.push({ after: parser.info.records, error });
    },
  });
  try {
    await consume(createReadStream(file), parser, onRecord);
    catchUp(Infinity);
    rows?.finish();
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    if (!(error instanceof BadRows)) throw readError(file, error);
  }
  if (!rows) throw new RolloutError(`${file}: the file is empty; export it with a header row such as date,metric,value`);
  if (!options.lenient && report.problems.length > 0) throw badRowsError(report);
  return report;
}

/** Feeds every record to `onRecord` as it is parsed; a read loop costs far less per record than a sink stream. */
export function consume(input: Readable, parser: Parser, onRecord: (record: string[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      input.destroy();
      parser.destroy();
      reject(error);
    };
    input.on('error', fail);
    parser.on('error', fail);
    parser.on('end', resolve);
    parser.on('readable', () => {
      try {
        for (let record = parser.read(); record !== null; record = parser.read()) onRecord(record as string[]);
      } catch (error) {
        fail(error);
      }
    });
    input.pipe(parser);
  });
}

/** Turns the records of one file into observations, given its header. */
class RowReader {
  private readonly dates: DateColumn;
  /** Observations of rows whose date reads both day-first and month-first, until the file says which. */
  private held: { text: string; observation: Observation }[] = [];
  private readonly decimalComma: boolean;
  private readonly order: DateOrder | 'auto';

  constructor(
    readonly layout: Layout,
    private readonly delimiter: Delimiter,
    private readonly options: ImportOptions,
    private readonly accept: (o: Observation) => void,
    file: string,
  ) {
    this.decimalComma = delimiter !== ',';
    this.order = dateOrder(options.dateFormat);
    this.dates = new DateColumn(this.order, () => this.release());
    this.dates.place(file, layout.columns.date! + 1);
  }

  /** Reads one row, or says what is wrong with it. */
  read(record: string[], line: number): string | undefined {
    const { layout, options } = this;
    if (record.length !== layout.width) {
      const hint = this.delimiter === ',' && record.length > layout.width ? ' (a decimal comma must be quoted in a comma-separated file)' : '';
      return `expected ${layout.width} columns as in the header, found ${record.length}${hint}`;
    }
    const cols = layout.columns;
    const dateText = record[cols.date!]!;
    const day = this.dates.read(dateText, line);
    if (day === undefined) return `date ${JSON.stringify(dateText)} is not a real date written ${describeOrder(this.dates.decided ?? this.order)}`;
    if (layout.kind === 'long') {
      const metric = record[cols.metric!]!.trim();
      const value = this.value(metric, record[cols.value!]!);
      if (typeof value === 'string') return value;
      if (options.wanted.has(metric)) this.emit(record, metric, day, value, dateText);
      return undefined;
    }
    const cells: { metric: string; value: number }[] = [];
    for (const { index, metric } of layout.metricColumns) {
      // A wide export leaves a cell empty on a day when that metric was not measured.
      if (record[index]!.trim() === '') continue;
      const value = this.value(metric, record[index]!);
      if (typeof value === 'string') return value;
      cells.push({ metric, value });
    }
    for (const { metric, value } of cells) if (options.wanted.has(metric)) this.emit(record, metric, day, value, dateText);
    return undefined;
  }

  private emit(record: string[], metric: string, day: Day | typeof UNDECIDED, value: number, dateText: string): void {
    if (day === UNDECIDED) this.held.push({ text: dateText, observation: this.observation(record, metric, 0, value) });
    else this.accept(this.observation(record, metric, day, value));
  }

  /** The file has shown its date order: the rows held back count now. */
  private release(): void {
    for (const { text, observation } of this.held) this.accept({ ...observation, day: this.dates.read(text, 0) as Day });
    this.held = [];
  }

  /** After the last row: a file whose dates all read both ways stops here. */
  finish(): void {
    this.dates.finish();
  }

  /** A cell as a number, or what is wrong with it. */
  private value(metric: string, text: string): number | string {
    const { options } = this;
    if (!options.metrics.has(metric)) return `unknown metric ${JSON.stringify(metric)}; ${didYouMean(metric, options.metrics.keys()) ?? 'add it under metrics in the plan'}`;
    const parsed = parseMetricValue(text, options.metrics.get(metric), this.decimalComma);
    if ('problem' in parsed) return `${metric} value ${JSON.stringify(text)} ${parsed.problem}`;
    if (options.answers.has(metric) && !(Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= 10)) {
      return `${metric} value ${JSON.stringify(text)} is not a survey answer from 0 to 10 (a gate computes an NPS from it)`;
    }
    return parsed.value;
  }

  private observation(record: string[], metric: string, day: Day, value: number): Observation {
    const observation: Observation = { metric, day, value };
    for (const role of TAGS) {
      const index = this.layout.columns[role];
      const cell = index === undefined ? '' : record[index]!.trim();
      if (cell !== '') observation[role] = cell;
    }
    return observation;
  }
}

const TAGS = ['phase', 'group', 'location'] as const;

const NOT_UTF8 = 'this row has bytes that are not UTF-8 text; save the export as CSV UTF-8';

const LINE_BREAK = /[\r\n]/;

/** Line breaks inside quoted cells, so that line numbers stay true after them. */
function lineBreaks(record: string[]): number {
  let count = 0;
  for (const cell of record) if (LINE_BREAK.test(cell)) count += cell.split(/\r\n|\n|\r/).length - 1;
  return count;
}

const lineOf = (error: CsvError): number => (error as CsvError & { lines?: number }).lines ?? 0;

/** Thrown from inside the parser to stop reading once enough bad rows are known. */
class BadRows extends Error {}

function badRowsError(report: ImportReport): RolloutError {
  const more = report.skipped > report.problems.length ? `\n... and more bad rows` : '';
  return new RolloutError(`${report.problems.join('\n')}${more}\nfix these rows in the export, or run with --lenient to skip bad rows`);
}

const QUOTING: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing quote of a cell; quote the whole cell and write a quote inside it as ""',
  CSV_QUOTE_NOT_CLOSED: 'a quote opened in this row is never closed',
};

function csvProblem(error: CsvError): string {
  return `cannot read this row: ${QUOTING[error.code] ?? error.message.replace(/ at line \d+/, '').replace(/\.$/, '')}`;
}

async function readHead(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xff || head[0] === 0xfe || head.includes(0)) {
      throw new RolloutError(`${file}: this is not a UTF-8 text file (UTF-16 or binary); save the export as CSV UTF-8`);
    }
    const line = headerLine(head.toString('utf8'));
    if (line === undefined) throw new RolloutError(`${file}: the file is empty; export it with a header row such as date,metric,value`);
    return line;
  } catch (error) {
    throw error instanceof RolloutError ? error : readError(file, error);
  } finally {
    await handle?.close();
  }
}

function readError(file: string, error: unknown): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file; pass your metrics export with --metrics FILE`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder; pass the CSV file itself`);
  if (code === 'EACCES' || code === 'EPERM') return new RolloutError(`${file}: permission denied`);
  return new RolloutError(`${file}: cannot read (${code ?? String(error)})`);
}
