import { badRowsError, MAX_PROBLEMS, withFix, type ImportReport } from '../gates/csv.js';
import { EXIT, RolloutError } from '../util/errors.js';
import type { ExcelDates } from '../util/excel-dates.js';
import { cellAt, place } from '../util/place.js';

/**
 * Counts one file's rows and bad rows. Without --lenient the first bad rows stop the run; with it
 * they are skipped and listed. Either way a file with no usable row, or with more bad rows than
 * good, never leads to a decision.
 */
export class FileRows {
  readonly report: ImportReport;
  /** In an .xlsx workbook: what its date numbers count from, so a date cell without a date format reads as its date. */
  excelDates: ExcelDates | undefined;
  /** In a workbook: the sheet read, for messages. */
  sheet: string | undefined;

  constructor(
    readonly file: string,
    private readonly lenient: boolean,
  ) {
    this.report = { file, rows: 0, skipped: 0, problems: [], ignoredColumns: [], windows1252: 0 };
  }

  /**
   * A bad row: `column` is 1-based, 0 when the whole row is at fault. `fix` says how to fix it when
   * the plan is at fault, not the export.
   */
  bad(line: number, column: number, problem: string, rows = 1, fix?: string): void {
    const { report } = this;
    report.skipped += rows;
    if (report.problems.length === 0) {
      report.firstAt = cellAt(this.file, line, column, this.sheet);
      if (fix) report.fix = fix;
    }
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(`${this.at(line, column)}: ${problem}`);
    if (!this.lenient && report.problems.length >= MAX_PROBLEMS) throw badRowsError(report);
  }

  /** Where a row (column 0) or a cell of the file is: `file:line:column`, or a workbook's sheet and cell. */
  at(line: number, column = 0): string {
    return place(this.file, line, column, this.sheet);
  }

  /** After the file's last row (and its dates are read). */
  finish(): void {
    if (!this.lenient && this.report.skipped > 0) throw badRowsError(this.report);
    requireUsable(this.report);
  }
}

/**
 * A file with rows decides nothing unless some are usable and more are good than bad: this holds
 * with --lenient too, for the plan's sources and --metrics files alike. A file with a header and
 * no rows is an empty export, said on standard error: its gates find no rows and are inconclusive.
 */
export function requireUsable(report: ImportReport): void {
  if (report.rows === 0 || report.skipped === 0) return;
  if (report.skipped === report.rows) {
    throw new RolloutError(`${withFix(report)} (${report.rows === 1 ? 'its one row cannot' : `none of its ${report.rows} rows can`} be used)`, EXIT.input, [], report.firstAt);
  }
  if (report.skipped * 2 > report.rows) {
    throw new RolloutError(`${withFix(report)} (${report.skipped} of its ${report.rows} rows are bad, too many to decide on even with --lenient)`, EXIT.input, [], report.firstAt);
  }
}
