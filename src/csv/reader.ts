import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { RolloutError } from '../util/errors.js';
import { errorAt } from '../util/place.js';
import { notCsv } from './not-csv.js';
import { CsvRow } from './row.js';
import { Fault, MORE, scanRecord, type ScanState } from './scan.js';

export type Delimiter = ',' | ';' | '\t';

/** Bounds on what one record may hold; past them the record is a bad row, the header an error. */
export const CSV_LIMITS = {
  /** Bytes in one record, line breaks inside quotes included. */
  recordBytes: 1024 * 1024,
  cells: 100_000,
};

export interface CsvHandlers {
  /**
   * The first record with content, as text. Throw to stop reading. May return the cells it will
   * read: then bytes that are not UTF-8 in the other cells (a free-text answer saved as
   * Windows-1252) are not counted in `windows1252`.
   */
  header(cells: string[], info: { delimiter: Delimiter; line: number }): readonly number[] | void;
  /** Each later record with content. The row is reused: read what you need before returning. */
  row(row: CsvRow): void;
  /** A record that cannot be read: broken quoting, too long. Throw to stop reading. */
  bad(line: number, problem: string): void;
}

export interface CsvOptions {
  /** Detected from the header when not given. */
  delimiter?: Delimiter;
  recordBytes?: number;
  /** Bytes read at once (small in tests, to cross chunk boundaries everywhere). */
  chunkBytes?: number;
  /** What to do about a missing file, said after `no such file; `. */
  missingHint?: string;
  /**
   * How many of the column names the caller looks for a line's cells hold: when given, the
   * delimiter is the one that splits a line among the first HEADER_ROWS into the most of them,
   * so a title line above the header (`Exported on March 22, 2027`) does not decide it.
   */
  named?: (cells: string[]) => number;
}

export interface CsvSummary {
  /** False for a file without a record with content: the header handler was never called. */
  hasHeader: boolean;
  delimiter: Delimiter;
  /** Records after the header, bad ones included. */
  records: number;
  /**
   * Records with cells read that are not UTF-8, read as Windows-1252: what Excel writes when
   * asked for plain "CSV" (the header counts too).
   */
  windows1252: number;
}

/** Returned by plainRecords when every record in the buffer is read. */
const BUFFER_READ = -2;

/**
 * Read at once: large enough that the per-read cost vanishes, small enough to stay cheap. Reads
 * are synchronous: a promise per chunk left the process idle a third of the time.
 */
const CHUNK = 256 * 1024;

const FAULTS: Record<Exclude<Fault, 0>, string> = {
  [Fault.AfterQuote]: 'cannot read this row: text follows the closing quote of a cell; quote the whole cell and write a quote inside it as ""',
  [Fault.OpenQuote]: 'cannot read this row: a quote opened in this row is never closed',
  // Grouped by hand: toLocaleString would load the ICU number data at start-up (about 10 ms).
  [Fault.TooManyCells]: `cannot read this row: it has more than ${String(CSV_LIMITS.cells).replace(/\B(?=(\d{3})+$)/g, ',')} cells`,
};

/**
 * Streams a CSV file record by record in bounded memory: one buffer of the record limit plus a
 * chunk, whatever the file's size. Handles a byte order mark, `,` `;` or tab (detected from the
 * header), quoted cells with delimiters, quotes and line breaks, and LF, CRLF or CR line ends;
 * every record comes with the line it starts on.
 */
export async function readCsv(file: string, handlers: CsvHandlers, options: CsvOptions = {}): Promise<CsvSummary> {
  let fd: number | undefined;
  const memory = takeMemory(options);
  try {
    fd = openSync(file, 'r');
    return new CsvFile(file, fd, handlers, options, memory).read();
  } catch (error) {
    throw error instanceof Error && !('code' in error) ? error : readError(file, error, options.missingHint);
  } finally {
    if (fd !== undefined) closeSync(fd);
    spare = memory;
  }
}

/** The read buffer and the row of a file, kept for the next one: a glob of exports reuses one of each. */
interface Memory {
  buf: Buffer;
  row: CsvRow;
  recordBytes: number;
}

let spare: Memory | undefined;

function takeMemory(options: CsvOptions): Memory {
  const recordBytes = options.recordBytes ?? CSV_LIMITS.recordBytes;
  const size = recordBytes + (options.chunkBytes ?? CHUNK);
  const memory = spare;
  // A read inside a handler finds none spare and makes its own.
  spare = undefined;
  if (memory && memory.buf.length === size && memory.recordBytes === recordBytes) return memory;
  const buf = Buffer.allocUnsafe(size);
  const row = new CsvRow(CSV_LIMITS.cells);
  row.buf = buf;
  return { buf, row, recordBytes };
}

class CsvFile {
  private readonly limit: number;
  private readonly buf: Buffer;
  private start = 0;
  private end = 0;
  private eof = false;
  private line = 1;
  private readonly row: CsvRow;
  private readonly state: ScanState = { breaks: 0, fault: Fault.None, inQuote: false };
  private readonly summary: CsvSummary = { hasHeader: false, delimiter: ',', records: 0, windows1252: 0 };
  /** The cells the caller reads, when it said; else every cell counts for `windows1252`. */
  private readCells: readonly number[] | undefined;
  /** Cells of the last record with content: what a last record cut short falls short of. */
  private cellsAbove = 0;

  constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly handlers: CsvHandlers,
    private readonly options: CsvOptions,
    memory: Memory,
  ) {
    this.limit = memory.recordBytes;
    this.buf = memory.buf;
    this.row = memory.row;
  }

  read(): CsvSummary {
    this.fill();
    this.checkText();
    if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.start = 3;
    const delimiter = this.options.delimiter ?? (this.detect());
    this.summary.delimiter = delimiter;
    const code = delimiter.charCodeAt(0);
    for (;;) {
      if (this.start >= this.end) {
        if (this.eof) return this.summary;
        this.fill();
        continue;
      }
      const next = this.summary.hasHeader ? this.plainRecords(code) : scanRecord(this.buf, this.start, this.end, this.eof, code, this.row, this.state);
      if (next === BUFFER_READ) continue;
      if (next === MORE) {
        if (this.end - this.start >= this.limit) this.skipLongRecord();
        else this.fill();
      } else this.anyRecord(next, delimiter);
    }
  }

  /**
   * Hands on the rows in the buffer that need nothing but reading: all ASCII, well quoted, within
   * the limit and not the file's last. Returns where the first other record ends (scanned into
   * the row, for anyRecord), MORE, or BUFFER_READ. The loop that runs once per row has no branch
   * of its own that is seldom taken: one first taken after the loop was compiled (the file's last
   * row, a name with an accent) would throw the compiled loop away, and the rows after it would
   * be read slowly until it is compiled again.
   */
  private plainRecords(code: number): number {
    const { buf, row, state, handlers, summary } = this;
    for (;;) {
      const { start, end, eof } = this;
      if (start >= end) return BUFFER_READ;
      const next = scanRecord(buf, start, end, eof, code, row, state);
      if (next === MORE || state.fault !== Fault.None || row.wide || next - start > this.limit || (next === end && eof)) return next;
      this.pass(next);
      if (row.isEmpty()) continue;
      this.cellsAbove = row.length;
      summary.records++;
      row.legacy = false;
      handlers.row(row);
    }
  }

  /** The record scanned up to `next`, whatever it is: the header, a bad row, the file's last row, one not all ASCII. */
  private anyRecord(next: number, delimiter: Delimiter): void {
    const { buf, row, state, handlers } = this;
    const first = this.start;
    this.pass(next);
    if (state.fault === Fault.None && row.isEmpty()) return;
    if (next === this.end && this.eof && this.summary.hasHeader) this.checkCut();
    this.cellsAbove = row.length;
    if (this.summary.hasHeader) this.summary.records++;
    if (next - first > this.limit) this.tooLong(false);
    else if (state.fault !== Fault.None) this.problem(FAULTS[state.fault]);
    else {
      row.legacy = row.wide && !isUtf8(buf.subarray(first, next));
      if (row.legacy && !this.readCellsAreText()) this.summary.windows1252++;
      if (this.summary.hasHeader) handlers.row(row);
      else {
        this.summary.hasHeader = true;
        this.readCells = handlers.header(row.cells(), { delimiter, line: row.line }) ?? undefined;
      }
    }
  }

  /** Moves past the record scanned up to `next`, which starts on the current line. */
  private pass(next: number): void {
    this.start = next;
    this.row.line = this.line;
    this.line += 1 + this.state.breaks;
  }

  /**
   * The last record, when the file ends without a line end, inside a quoted cell or with fewer
   * cells than the record above: a download that stopped mid-row. The rows after it are
   * missing, not bad, so no --lenient can decide on what is left.
   */
  private checkCut(): void {
    const last = this.buf[this.end - 1];
    if (last === 0x0a || last === 0x0d) return;
    const { line, length } = this.row;
    if (this.state.fault === Fault.OpenQuote) throw cutOff(this.file, line, 'ends inside a quoted cell');
    if (length < this.cellsAbove) throw cutOff(this.file, line, `has ${length} of ${this.cellsAbove} cells`);
  }

  /** In a record that is not all UTF-8: whether the cells the caller reads are (checked only then, off the fast path). */
  private readCellsAreText(): boolean {
    const { readCells, row, buf } = this;
    return this.summary.hasHeader && readCells !== undefined && readCells.every((i) => i >= row.length || isUtf8(buf.subarray(row.starts[i], row.ends[i])));
  }

  /** A bad record: a bad row, or for the header an error, since nothing can be read without it. */
  private problem(text: string): void {
    if (!this.summary.hasHeader) throw errorAt({ file: this.file, line: this.row.line }, `cannot read the header: ${text.replace(/^cannot read this row: /, '').replace(/^this row /, 'it ')}`);
    this.handlers.bad(this.row.line, text);
  }

  /** Reads more after what is left of the buffer, moving it to the front first. */
  private fill(): void {
    const { buf } = this;
    if (this.start > 0) {
      buf.copyWithin(0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    const bytesRead = readSync(this.fd, buf, this.end, buf.length - this.end, null);
    if (bytesRead === 0) this.eof = true;
    this.end += bytesRead;
  }

  private checkText(): void {
    const head = this.buf.subarray(0, Math.min(this.end, 64 * 1024));
    const other = notCsv(head);
    if (other) throw errorAt({ file: this.file }, other);
    if (head[0] === 0xff || head[0] === 0xfe || head.includes(0)) {
      throw errorAt({ file: this.file }, 'this is not a UTF-8 text file (UTF-16 or binary); save the export as CSV UTF-8');
    }
  }

  /**
   * The delimiter the header uses most, outside quotes (see detectDelimiter). Detected once from
   * the header so that a decimal comma in a `;` file is never taken for a delimiter.
   */
  private detect(): Delimiter {
    const { named } = this.options;
    if (named) {
      while (!this.eof && !this.holdsHeaderRows()) this.fill();
      this.row.legacy = false;
      const found = namedDelimiter(this.buf, this.start, this.end, this.eof, this.row, named);
      if (found !== undefined) return found;
    }
    for (;;) {
      const found = detectDelimiter(this.buf, this.start, this.end, this.eof);
      if (found !== undefined) return found;
      if (this.eof) return ',';
      if (this.end - this.start >= this.limit) {
        this.row.line = 1;
        this.tooLong(false);
      }
      this.fill();
    }
  }

  /** Whether the bytes read hold HEADER_ROWS lines, or fill the buffer: enough to find the header among. */
  private holdsHeaderRows(): boolean {
    if (this.end - this.start >= this.limit) return true;
    let lines = 0;
    for (let i = this.buf.indexOf(0x0a, this.start); i >= 0 && i < this.end; i = this.buf.indexOf(0x0a, i + 1)) if (++lines > HEADER_ROWS) return true;
    return false;
  }

  /**
   * A record past the limit is a bad row at the line it starts on; reading resumes after the
   * next line break, so a file without one is read to its end once, in bounded memory.
   */
  private skipLongRecord(): void {
    this.row.line = this.line;
    if (this.summary.hasHeader) this.summary.records++;
    this.tooLong(this.state.inQuote);
    const { buf } = this;
    for (let i = this.start; i < this.end; i++) if (buf[i] === 0x0a) this.line++;
    this.start = this.end;
    for (;;) {
      const lf = buf.subarray(0, this.end).indexOf(0x0a, this.start);
      if (lf >= 0) {
        this.line++;
        this.start = lf + 1;
        return;
      }
      this.start = this.end;
      if (this.eof) return;
      this.fill();
    }
  }

  /** The record at `row.line` is over the limit: a bad row, or for the header an error. */
  private tooLong(inQuote: boolean): void {
    const mb = this.limit / 1024 / 1024;
    const size = mb >= 1 ? `${mb} MiB` : `${this.limit} bytes`;
    const text = `is longer than ${size}${inQuote ? '; a quote opened in it may never be closed' : ''}; split it, or check that the file is a CSV export`;
    if (!this.summary.hasHeader) throw errorAt({ file: this.file, line: this.row.line }, `the header ${text}`);
    this.handlers.bad(this.row.line, `this row ${text}`);
  }
}

/** The error for a file whose last row, on `line`, was cut short: `short` says how (`has 5 of 33 cells`). */
export function cutOff(file: string, line: number, short: string): RolloutError {
  return errorAt({ file, line }, `this last row ${short}, with no line end: the file looks cut off; download it again`);
}

/** Lines with content looked through for the header: an export's title, subtitle and date lines fit. */
export const HEADER_ROWS = 10;

/**
 * The delimiter the first line with content that has one uses most, or undefined when that line
 * is not all read. A title line above the header (a report's name) has none: it is looked past,
 * up to HEADER_ROWS lines with content; a file of one column is read as commas.
 */
export function detectDelimiter(buf: Uint8Array, start: number, end: number, eof: boolean): Delimiter | undefined {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let content = false;
  let lines = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === 0x22) quoted = !quoted;
    if (!quoted && (c === 0x0a || c === 0x0d)) {
      if (content && (counts[','] + counts[';'] + counts['\t'] > 0 || ++lines === HEADER_ROWS)) return pick(counts);
      counts[','] = counts[';'] = counts['\t'] = 0;
      content = false;
      continue;
    }
    if (!quoted && c === 0x2c) counts[',']++;
    else if (!quoted && c === 0x3b) counts[';']++;
    else if (!quoted && c === 0x09) counts['\t']++;
    if (c !== 0x20 && c !== 0x09) content = true;
  }
  return eof ? pick(counts) : undefined;
}

/**
 * The delimiter that splits a record among the first HEADER_ROWS with content into the most
 * column names `named` counts (the first such record, as the header is found), or undefined when
 * no record holds one. A record that no delimiter splits is read as commas.
 */
function namedDelimiter(buf: Buffer, start: number, end: number, eof: boolean, row: CsvRow, named: (cells: string[]) => number): Delimiter | undefined {
  let best: { found: number; record: number; cells: number; delimiter: Delimiter } | undefined;
  const state: ScanState = { breaks: 0, fault: Fault.None, inQuote: false };
  for (const delimiter of [',', ';', '\t'] as const) {
    for (let at = start, record = 0; record < HEADER_ROWS && at < end; ) {
      const next = scanRecord(buf, at, end, eof, delimiter.charCodeAt(0), row, state);
      if (next === MORE) break;
      at = next;
      if (row.isEmpty()) continue;
      const found = state.fault === Fault.None ? named(row.cells()) : 0;
      if (found > 0 && (!best || found > best.found || (found === best.found && (record < best.record || (record === best.record && row.length > best.cells))))) {
        best = { found, record, cells: row.length, delimiter };
      }
      record++;
    }
  }
  return best && (best.cells > 1 ? best.delimiter : ',');
}

function pick(counts: Record<Delimiter, number>): Delimiter {
  return (['\t', ';', ','] as const).reduce<Delimiter>((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

function readError(file: string, error: unknown, missingHint?: string): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file${missingHint ? `; ${missingHint}` : ''}`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder; pass the CSV file itself`);
  if (code === 'EACCES' || code === 'EPERM') return errorAt({ file }, 'permission denied');
  return errorAt({ file }, `cannot read (${code ?? String(error)})`);
}
