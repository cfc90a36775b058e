import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { Metric } from '../plan/schema.js';
import type { Day } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { detectDelimiter, headerLine, readHeader, type ColumnNames, type Layout } from './dialect.js';
import { expectedDates, parseCsvDate, parseMetricValue, type DateFormat } from './values.js';

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
  dateFormat: DateFormat;
  /** Skip bad rows instead of failing on them. */
  lenient: boolean;
}

export interface ImportReport {
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
  const header = await readHead(file);
  const delimiter = detectDelimiter(header);
  const report: ImportReport = { rows: 0, skipped: 0, problems: [], ignoredColumns: [] };
  const dates = new Map<string, Day | undefined>();
  let layout: Layout | undefined;

  const note = (line: number, problem: string): void => {
    report.skipped++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(`${file}:${line}: ${problem}`);
  };
  const bad = (line: number, problem: string): void => {
    note(line, problem);
    if (!options.lenient && report.problems.length >= MAX_PROBLEMS) throw new BadRows();
  };

  const onRecord = (record: string[], line: number): void => {
    if (!layout) {
      layout = readHeader(record, options.columns, new Set(options.metrics.keys()), file, options.lenient);
      report.ignoredColumns = layout.ignored;
      return;
    }
    if (record.every((cell) => cell.trim() === '')) return;
    report.rows++;
    if (record.length !== layout.width) {
      return bad(line, `expected ${layout.width} columns as in the header, found ${record.length}${delimiter === ',' && record.length > layout.width ? ' (a decimal comma must be quoted in a comma-separated file)' : ''}`);
    }
    const cols = layout.columns;
    const dateText = record[cols.date!]!;
    let day = dates.get(dateText);
    if (day === undefined && !dates.has(dateText)) {
      day = parseCsvDate(dateText, options.dateFormat);
      if (dates.size < 10_000) dates.set(dateText, day);
    }
    if (day === undefined) return bad(line, `date "${dateText}" is not a real date written ${expectedDates(options.dateFormat)}`);
    const tags = {
      ...(cols.phase !== undefined && record[cols.phase]!.trim() !== '' ? { phase: record[cols.phase]!.trim() } : {}),
      ...(cols.group !== undefined && record[cols.group]!.trim() !== '' ? { group: record[cols.group]!.trim() } : {}),
      ...(cols.location !== undefined && record[cols.location]!.trim() !== '' ? { location: record[cols.location]!.trim() } : {}),
    };
    const cells = layout.kind === 'long' ? [{ metric: record[cols.metric!]!.trim(), text: record[cols.value!]! }] : wideCells(layout, record);
    const values: number[] = [];
    for (const { metric, text } of cells) {
      if (!options.metrics.has(metric)) {
        return bad(line, `unknown metric "${metric}"; ${didYouMean(metric, options.metrics.keys()) ?? 'add it under metrics in the plan'}`);
      }
      const problem = valueProblem(metric, text, options, delimiter !== ',', values);
      if (problem) return bad(line, `${metric} value "${text}" ${problem}`);
    }
    cells.forEach(({ metric }, i) => {
      if (options.wanted.has(metric)) accept({ metric, day, value: values[i]!, ...tags });
    });
  };

  const parser = parse({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: options.lenient,
    on_skip: (error) => {
      if (error) note(lineOf(error), csvProblem(error));
    },
    on_record: (record: string[], context) => {
      onRecord(record, context.lines);
      return null;
    },
  });
  try {
    await pipeline(createReadStream(file), parser, new Writable({ objectMode: true, write: (_chunk, _enc, done) => done() }));
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    if (error instanceof CsvError) note(lineOf(error), csvProblem(error));
    else if (!(error instanceof BadRows)) throw readError(file, error);
  }
  if (!layout) throw new RolloutError(`${file}: the file is empty; export it with a header row such as date,metric,value`);
  if (!options.lenient && report.problems.length > 0) throw badRowsError(report);
  return report;
}

/** A wide row's non-empty metric cells; an empty cell is a day on which nothing was measured. */
function wideCells(layout: Layout, record: string[]): { metric: string; text: string }[] {
  return layout.metricColumns.filter(({ index }) => record[index]!.trim() !== '').map(({ index, metric }) => ({ metric, text: record[index]! }));
}

/** Parses a cell into `values`, or says what is wrong with it. */
function valueProblem(metric: string, text: string, options: ImportOptions, decimalComma: boolean, values: number[]): string | undefined {
  const parsed = parseMetricValue(text, options.metrics.get(metric), decimalComma);
  if ('problem' in parsed) return parsed.problem;
  if (options.answers.has(metric) && !(Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= 10)) {
    return 'is not a survey answer from 0 to 10 (a gate computes an NPS from it)';
  }
  values.push(parsed.value);
  return undefined;
}

const lineOf = (error: CsvError): number => (error as CsvError & { lines?: number }).lines ?? 0;

/** Thrown from inside the parser to stop reading once enough bad rows are known. */
class BadRows extends Error {}

function badRowsError(report: ImportReport): RolloutError {
  const more = report.skipped > report.problems.length ? `\n... and more bad rows` : '';
  return new RolloutError(`${report.problems.join('\n')}${more}\nfix these rows in the export, or run with --lenient to skip bad rows`);
}

function csvProblem(error: CsvError): string {
  return `cannot read this row: ${error.message.replace(/ at line \d+/, '').replace(/\.$/, '')}`;
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
