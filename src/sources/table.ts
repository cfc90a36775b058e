import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from '../csv/reader.js';
import { RolloutError } from '../util/errors.js';
import type { ExcelDates } from '../util/excel-dates.js';
import { HeaderSearch } from './header-search.js';
import { errorAt, isWorkbook } from '../util/place.js';
import { workbookFacts } from './workbook.js';
import { struckRows, type StruckRows } from './struck-rows.js';

/** How to read one file: what detection cannot tell. */
export interface TableOptions {
  delimiter?: ',' | ';' | 'tab';
  sheet?: string | number;
  /** What to do about a missing file, said after `no such file; `. */
  missingHint?: string;
  /** The plan's key that names the file (`sources[2].file`, with its position when known), for a fix that changes it. */
  fileKey?: string;
  /**
   * The column names the plan gives for the file (`*` any text): the header is looked for among
   * the first rows, below a title, as the row that holds them all. Without them, the first row.
   */
  named?: readonly string[];
  /** In a workbook, find the rows struck through (see StruckRows), for the header's `struck`: a roster's way to mark who left. */
  strikethrough?: boolean;
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
  /** The header row, once; may throw a RolloutError. Returns the columns it reads, when it knows them. */
  header(cells: string[], info: { delimiter: string; line?: number; sheet?: string; struck?: StruckRows }): readonly number[] | void;
  row(row: Row): void;
  /** A row that could not be read at all (broken quoting, too long). */
  bad(line: number, problem: string): void;
}

/** A row of cells already read as text. */
export class CellsRow implements Row {
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

/** What reading a file found besides its rows. */
export interface TableResult {
  /** Rows read as Windows-1252, as they are not UTF-8. */
  windows1252: number;
  /** In an .xlsx workbook: the year its date numbers count from, for a date cell without a date format. */
  excelDates?: ExcelDates;
}

/** Spreadsheets are read whole; exports from survey tools are far smaller than this. */
const MAX_XLSX = 64 * 1024 * 1024;

/**
 * Reads a CSV or .xlsx file as a header and rows with their line numbers (in a spreadsheet, its
 * row numbers). The one place that knows file formats: everything after it sees cells. Returns
 * how many rows were read as Windows-1252, and for a workbook the year its date numbers count from.
 */
export async function readTable(file: string, options: TableOptions, reader: TableReader): Promise<TableResult> {
  if (options.named?.length) {
    const search = new HeaderSearch(reader, options.named);
    const result = await readFormat(file, options, search, search.count);
    search.end();
    return result;
  }
  return readFormat(file, options, reader);
}

async function readFormat(file: string, options: TableOptions, reader: TableReader, named?: (cells: string[]) => number): Promise<TableResult> {
  if (isWorkbook(file)) return { windows1252: 0, excelDates: await readSpreadsheet(file, options, reader) };
  if (/\.xls$/i.test(file)) throw errorAt({ file }, `an old .xls workbook; save it as .xlsx or CSV UTF-8${options.fileKey ? ` and name the new file in ${options.fileKey}` : ''}`);
  const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
  // The reader's own handlers: no call in between on the path of every row.
  const { hasHeader, windows1252 } = await readCsv(file, reader, { delimiter, missingHint: options.missingHint, named });
  if (!hasHeader) throw errorAt({ file }, `the file is empty; export it again with its header row`);
  return { windows1252 };
}

async function readSpreadsheet(file: string, options: TableOptions, reader: TableReader): Promise<ExcelDates> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > MAX_XLSX) throw errorAt({ file }, `a spreadsheet over 64 MiB; save it as CSV UTF-8 instead`);
    bytes = await readFile(file);
  } catch (error) {
    throw error instanceof RolloutError ? error : readError(file, error, options.missingHint);
  }
  const facts = workbookFacts(bytes);
  if (facts.cut) throw errorAt({ file }, `the workbook ends before its last part: the file looks cut off; download it again`);
  const { readSheet } = await import('read-excel-file/node');
  let rows: unknown[][];
  try {
    rows = options.sheet === undefined ? await readSheet(bytes) : await readSheet(bytes, options.sheet);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'SheetNotFoundError') throw errorAt({ file }, `no sheet ${JSON.stringify(options.sheet)}; set sheet: to a sheet name or number (1 is the first)`);
    if (name === 'InvalidInputError' || name === 'InvalidSpreadsheetError') throw errorAt({ file }, `not a readable .xlsx workbook; open it in a spreadsheet and save it as .xlsx or CSV UTF-8`);
    throw readError(file, error);
  }
  const sheet = typeof options.sheet === 'string' ? options.sheet : facts.sheets[(options.sheet ?? 1) - 1];
  const struck = options.strikethrough ? struckRows(bytes, options.sheet) : undefined;
  let seenHeader = false;
  rows.forEach((row, index) => {
    const cells = row.map(cellText);
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!seenHeader) {
      seenHeader = true;
      reader.header(cells, { delimiter: ',', line: index + 1, ...(sheet === undefined ? {} : { sheet }), ...(struck ? { struck } : {}) });
    } else reader.row(new CellsRow(cells, index + 1));
  });
  if (!seenHeader) throw errorAt({ file }, `the sheet is empty; export it again with its header row`);
  return facts.date1904 ? 1904 : 1900;
}

/** Spreadsheet cells as the text a CSV export of them would hold; dates year-first. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Excel keeps times as fractions of a day: 10:12:40 comes back as 10:12:39.999, so round to the second.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : new Date(Math.round(value.getTime() / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

export function readError(file: string, error: unknown, missingHint?: string): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file${missingHint ? `; ${missingHint}` : ''}`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder; name the file itself`);
  if (code === 'EACCES' || code === 'EPERM') return errorAt({ file }, `permission denied`);
  return errorAt({ file }, `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`);
}

/** A path as messages show it: relative to the working folder when inside it. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
