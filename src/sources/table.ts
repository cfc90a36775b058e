import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse, type CsvError } from 'csv-parse';
import { consume } from '../gates/csv.js';
import { detectDelimiter, headerLine } from '../gates/dialect.js';
import { RolloutError } from '../util/errors.js';

/** How to read one file: what detection cannot tell. */
export interface TableOptions {
  delimiter?: ',' | ';' | 'tab';
  sheet?: string | number;
}

/** One data row; read what you need before returning, as the row object may be reused. */
export interface Row {
  /** The line (or spreadsheet row) the row starts on. */
  readonly line: number;
  readonly length: number;
  /** Cell `i` as text; '' past the last cell. */
  text(i: number): string;
}

export interface TableReader {
  /** The header row, once; may throw a RolloutError. */
  header(cells: string[], info: { delimiter: string }): void;
  row(row: Row): void;
  /** A row that could not be read at all (broken quoting, too long). */
  bad(line: number, problem: string): void;
}

class CellsRow implements Row {
  constructor(
    private readonly cells: string[],
    readonly line: number,
  ) {}

  get length(): number {
    return this.cells.length;
  }

  text(i: number): string {
    return this.cells[i] ?? '';
  }
}

/** Longest record read: past this a file is not an export (or its quoting is broken for good). */
const MAX_RECORD = 1024 * 1024;
/** The header must fit in the first bytes read to detect the delimiter. */
const HEAD_BYTES = 64 * 1024;
/** Spreadsheets are read whole; exports from survey tools are far smaller than this. */
const MAX_XLSX = 64 * 1024 * 1024;

/**
 * Reads a CSV or .xlsx file as a header and rows with their line numbers (in a spreadsheet, its
 * row numbers). The one place that knows file formats: everything after it sees cells.
 */
export async function readTable(file: string, options: TableOptions, reader: TableReader): Promise<void> {
  if (/\.xlsx$/i.test(file)) return readSpreadsheet(file, options, reader);
  if (/\.xls$/i.test(file)) throw new RolloutError(`${file}: an old .xls workbook; save it as .xlsx or CSV UTF-8`);
  const head = await readHead(file);
  const delimiter = options.delimiter === 'tab' ? '\t' : (options.delimiter ?? detectDelimiter(head));
  let line = 1;
  let seenHeader = false;
  const onRecord = (record: string[]): void => {
    const at = line;
    line += 1 + lineBreaks(record);
    if (record.every((cell) => cell.trim() === '')) return;
    if (seenHeader) return reader.row(new CellsRow(record, at));
    seenHeader = true;
    reader.header(record, { delimiter });
  };
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      const at = Math.max(line, (error as CsvError & { lines?: number }).lines ?? 0);
      reader.bad(at, `cannot read this row: ${QUOTING[error.code] ?? 'broken quoting'}`);
      line = at + 1;
    },
  });
  try {
    await consume(createReadStream(file), parser, onRecord);
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    throw readError(file, error);
  }
  if (!seenHeader) throw new RolloutError(`${file}: the file is empty; export it again with its header row`);
}

const QUOTING: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing quote of a cell; quote the whole cell and write a quote inside it as ""',
  CSV_QUOTE_NOT_CLOSED: 'a quote opened in this row is never closed',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'this row has a different number of cells',
  CSV_MAX_RECORD_SIZE: 'this row is longer than 1 MiB',
};

const LINE_BREAK = /[\r\n]/;

/** Line breaks inside quoted cells, so that line numbers stay true after them. */
function lineBreaks(record: string[]): number {
  let count = 0;
  for (const cell of record) if (LINE_BREAK.test(cell)) count += cell.split(/\r\n|\n|\r/).length - 1;
  return count;
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
    if (line === undefined) throw new RolloutError(`${file}: the file is empty; export it again with its header row`);
    return line;
  } catch (error) {
    throw error instanceof RolloutError ? error : readError(file, error);
  } finally {
    await handle?.close();
  }
}

async function readSpreadsheet(file: string, options: TableOptions, reader: TableReader): Promise<void> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw readError(file, error);
  }
  if (size > MAX_XLSX) throw new RolloutError(`${file}: a spreadsheet over 64 MiB; save it as CSV UTF-8 instead`);
  const { readSheet } = await import('read-excel-file/node');
  let rows: unknown[][];
  try {
    rows = options.sheet === undefined ? await readSheet(file) : await readSheet(file, options.sheet);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'SheetNotFoundError') throw new RolloutError(`${file}: no sheet ${JSON.stringify(options.sheet)}; set sheet: to a sheet name or number (1 is the first)`);
    if (name === 'InvalidInputError' || name === 'InvalidSpreadsheetError') throw new RolloutError(`${file}: not a readable .xlsx workbook; open it in a spreadsheet and save it as .xlsx or CSV UTF-8`);
    throw readError(file, error);
  }
  let seenHeader = false;
  rows.forEach((row, index) => {
    const cells = row.map(cellText);
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!seenHeader) {
      seenHeader = true;
      reader.header(cells, { delimiter: ',' });
    } else reader.row(new CellsRow(cells, index + 1));
  });
  if (!seenHeader) throw new RolloutError(`${file}: the sheet is empty; export it again with its header row`);
}

/** Spreadsheet cells as the text a CSV export of them would hold; dates year-first. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Excel keeps times as fractions of a day: 10:12:40 comes back as 10:12:39.999, so round to the second.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : new Date(Math.round(value.getTime() / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

export function readError(file: string, error: unknown): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder; name the file itself`);
  if (code === 'EACCES' || code === 'EPERM') return new RolloutError(`${file}: permission denied`);
  return new RolloutError(`${file}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`);
}

/** A path as messages show it: relative to the working folder when inside it. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
