import { isUtf8 } from 'node:buffer';
import { parseDecimal, type DecimalMarks } from './number.js';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * A cell of a record that is not all UTF-8: as UTF-8 when it is, else as Windows-1252, what Excel
 * writes as plain "CSV" in Western Europe and the Americas. Decided per cell, so the same bytes
 * always read the same.
 */
function legacyText(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : decodeWindows1252(bytes);
}

/**
 * One record of a CSV file, as byte ranges into the read buffer. The reader reuses one row for
 * every record, so a caller reads what it needs before returning and keeps no reference.
 */
export class CsvRow {
  /** The 1-based line the record starts on. */
  line = 0;
  /** Number of cells. */
  length = 0;
  /** @internal */ buf: Buffer = Buffer.alloc(0);
  /** @internal */ readonly starts: Int32Array;
  /** @internal */ readonly ends: Int32Array;
  /** @internal Cells written with a doubled quote inside, which decoding turns into one. */
  readonly escaped: Uint8Array;
  /** @internal Whether any byte is outside ASCII (then the record is checked for UTF-8). */
  wide = false;
  /** @internal Whether the record is not all UTF-8: a cell that is not is read as Windows-1252. */
  legacy = false;

  constructor(maxCells: number) {
    this.starts = new Int32Array(maxCells);
    this.ends = new Int32Array(maxCells);
    this.escaped = new Uint8Array(maxCells);
  }

  /** The text of cell `i`, unquoted; '' past the last cell. */
  text(i: number): string {
    if (i >= this.length) return '';
    const text = this.legacy ? legacyText(this.buf.subarray(this.starts[i], this.ends[i])) : this.buf.toString(this.wide ? 'utf8' : 'latin1', this.starts[i], this.ends[i]);
    return this.escaped[i] ? text.replaceAll('""', '"') : text;
  }

  /** Every cell as text: for callers that keep a row, not for the per-row path of large files. */
  cells(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.text(i));
  }

  /** Cell `i` as a plain decimal number (see parseDecimal), or NaN; no string is made. */
  number(i: number, marks: DecimalMarks): number {
    return i < this.length ? parseDecimal(this.buf, this.starts[i]!, this.ends[i]!, marks) : NaN;
  }

  /** Whether cell `i` holds only spaces and tabs (or is missing). */
  isBlank(i: number): boolean {
    if (i >= this.length) return true;
    for (let j = this.starts[i]!, end = this.ends[i]!; j < end; j++) {
      const c = this.buf[j];
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return true;
  }

  /** Whether every cell is blank: a spreadsheet's empty line such as `;;;`. */
  isEmpty(): boolean {
    for (let i = 0; i < this.length; i++) if (!this.isBlank(i)) return false;
    return true;
  }
}
