import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { cutOff } from '../../csv/reader.js';
import { EXIT, RolloutError } from '../../util/errors.js';
import { cellAt, errorAt } from '../../util/place.js';
import { norm } from '../columns.js';
import { CellsRow, readError, readTable, type Row, type TableOptions, type TableReader, type TableResult } from '../table.js';
import { isTeamsHeader } from './teams-columns.js';

/**
 * What a file read as attendance turned out to be: a Teams meeting attendance report (with its
 * meeting's start time from the summary, when it has one) or a plain table such as a sign-in
 * sheet, whose title line above its header, if any, is skipped.
 */
export interface AttendanceFile {
  teams: boolean;
  /** The summary's start time and its line, as the report writes it. */
  start?: { text: string; line: number };
}

/** Teams reports of a meeting of hundreds are a few hundred KiB: past this, the file is something else. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

const REPORT_HOW = "download it again from the meeting's Attendance tab in Teams";
const HOW = `${REPORT_HOW} (or give a sign-in sheet with a header row)`;

/** What a sign-in sheet's header has, to tell it from a Teams summary under a title line. */
export interface SheetHeader {
  /** The names the column with a sheet's dates may have. */
  dates: readonly string[];
}

/**
 * Reads a Teams attendance report as Teams writes it (UTF-16 with a byte order mark, tabs, a
 * summary before the participants) or a sign-in sheet (CSV or .xlsx), handing `table` the
 * participants' header and rows only: the summary and the report's third section (every join
 * and leave again, which would count people twice) are skipped. `found` hears what the file is
 * before its header.
 */
export async function readAttendanceFile(file: string, options: TableOptions, table: TableReader, sheet: SheetHeader, found: (what: AttendanceFile) => void): Promise<TableResult> {
  const layout = new Layout(file, table, sheet, found);
  const text = readUtf16(file, options);
  if (text === undefined) {
    const result = await readTable(file, { ...options, delimiter: options.delimiter ?? sectionedDelimiter(file) }, {
      header: (cells, info) => {
        layout.workbookSheet = info.sheet;
        layout.record(cells, info.line ?? 1);
      },
      row: (row) => layout.record(cellsOf(row), row.line),
      bad: (line, problem) => layout.bad(line, problem),
    });
    layout.end();
    return result;
  }
  const records = text.split(/\r\n|\n|\r/).map((record) => record.split('\t').map(unquote));
  checkCut(file, records);
  records.forEach((cells, index) => layout.record(cells, index + 1));
  layout.end();
  return { windows1252: 0 };
}

/** A report whose last line has no line end and fewer cells than the line above: a download that stopped. */
function checkCut(file: string, records: string[][]): void {
  const last = records.at(-1)!;
  const above = records.at(-2);
  if (above !== undefined && last.some((cell) => cell.trim() !== '') && last.length < above.length) throw cutOff(file, records.length, `has ${last.length} of ${above.length} cells`);
}

/** The file's text when it is UTF-16 (what Teams writes), else undefined. */
function readUtf16(file: string, options: TableOptions): string | undefined {
  if (/\.xlsx?$/i.test(file)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    const le = head[0] === 0xff && head[1] === 0xfe;
    const be = head[0] === 0xfe && head[1] === 0xff;
    if (!le && !be) return undefined;
    const size = fstatSync(fd).size;
    if (size > MAX_REPORT_BYTES) throw errorAt({ file }, `a UTF-16 file over 16 MiB is no meeting attendance report; ${HOW}`);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, read));
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    throw readError(file, error, options.missingHint);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A report saved again as UTF-8 starts with a title (`1. Summary`) that has no delimiter to detect
 * one from: then the cells are separated by what its next lines have most of.
 */
function sectionedDelimiter(file: string): TableOptions['delimiter'] {
  if (/\.xlsx?$/i.test(file)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(64 * 1024);
    const text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
    const [first = '', ...rest] = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
    if (/[,;\t]/.test(first)) return undefined;
    const count = (c: string) => rest.join('\n').split(c).length;
    const tabs = count('\t');
    return tabs >= count(',') && tabs >= count(';') && tabs > 1 ? 'tab' : count(';') > count(',') ? ';' : undefined;
  } catch {
    // readTable says what is wrong with a file that cannot be read.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function cellsOf(row: Row): string[] {
  return Array.from({ length: row.length }, (_, i) => row.text(i));
}

/** A tab-separated cell in quotes, as Teams writes one with a quote in it. */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

/** `1. Summary`, `2. Participants`, `3. In-Meeting Activities` (or the same in another language). */
const SECTION = /^(\d+)\.\s*\S/;

/** In the summary: the row with the meeting's start (`Start time`, `Meeting Start Time`, `Begintijd`). */
const START = /start|begin/i;

type State = 'first' | 'summary' | 'header' | 'table' | 'done';

/**
 * Follows a report's records to its participants' table; a file without sections is a table from
 * its first line. A first line of one cell is a report's summary title (`1. Summary`, or `Meeting
 * Summary` in 2021) or a sign-in sheet's title: the header tells which.
 */
class Layout {
  private state: State = 'first';
  private teams = false;
  private titled = false;
  private numbered = false;
  private start: AttendanceFile['start'];
  /** The last line with content, for a message about what the file lacks. */
  private lastLine = 1;
  /** In a workbook: the sheet read, for messages. */
  workbookSheet: string | undefined;

  constructor(
    private readonly file: string,
    private readonly table: TableReader,
    private readonly sheet: SheetHeader,
    private readonly found: (what: AttendanceFile) => void,
  ) {}

  record(cells: string[], line: number): void {
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length > 0) this.lastLine = line;
    const section = filled.length === 1 ? SECTION.exec(filled[0]!.trim()) : null;
    switch (this.state) {
      case 'first':
        if (filled.length === 0) return;
        if (filled.length === 1) {
          // `1. Summary` now, `Meeting Summary` in reports from 2021, or a sheet's title.
          this.titled = true;
          this.numbered = section !== null;
          this.state = section && section[1] !== '1' ? this.sectionState(section) : 'summary';
          return;
        }
        return this.header(cells, line);
      case 'summary':
        if (section && this.numbered) {
          this.state = this.sectionState(section);
          return;
        }
        if (filled.length === 0) {
          if (!this.numbered) this.state = 'header';
          return;
        }
        // Summary rows are a name and a value; a CSV or workbook saved from the report has lost its blank lines.
        if (filled.length >= 3 || (!this.numbered && this.isSheetHeader(cells))) return this.header(cells, line);
        if (this.start === undefined && cells.length >= 2 && START.test(cells[0]!) && cells[1]!.trim() !== '') this.start = { text: cells[1]!.trim(), line };
        return;
      case 'header':
        if (filled.length === 0) return;
        return this.header(cells, line);
      case 'table':
        if (this.teams && (filled.length === 0 || (section && this.numbered))) {
          this.state = 'done';
          return;
        }
        if (filled.length === 0) return;
        this.table.row(new CellsRow(cells, line));
        return;
      case 'done':
        return;
    }
  }

  bad(line: number, problem: string): void {
    if (this.state === 'table') this.table.bad(line, problem);
  }

  /** After the last record: a file without a participants' table is no attendance report. */
  end(): void {
    if (this.state === 'table' || this.state === 'done') return;
    if (this.numbered) throw errorAt(cellAt(this.file, this.lastLine, 0, this.workbookSheet), `a Teams attendance report without its participants (section 2); ${HOW}`);
    if (this.titled) {
      const sheet = `a sign-in sheet needs a header row, with a ${this.sheet.dates.join(' or ')} column when a title line is above it`;
      throw errorAt(cellAt(this.file, this.lastLine, 0, this.workbookSheet), `no table of participants after the summary: this is no Teams attendance report; ${REPORT_HOW} (${sheet})`);
    }
    throw new RolloutError(`${this.file}:1: the file is empty; ${HOW}`, EXIT.input, [], { file: this.file, line: 1 });
  }

  private sectionState(section: RegExpExecArray): State {
    return section[1] === '2' ? 'header' : 'summary';
  }

  /** A sign-in sheet's header below a title: it has the sheet's date column, which no summary row names. */
  private isSheetHeader(cells: string[]): boolean {
    return cells.some((cell) => this.sheet.dates.some((name) => norm(name) === norm(cell)));
  }

  private header(cells: string[], line: number): void {
    this.teams = this.numbered || this.start !== undefined || isTeamsHeader(cells);
    this.found({ teams: this.teams, ...(this.start ? { start: this.start } : {}) });
    this.state = 'table';
    this.table.header(cells, { delimiter: '\t', line, ...(this.workbookSheet === undefined ? {} : { sheet: this.workbookSheet }) });
  }
}
