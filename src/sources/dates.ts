import { DateColumn, parseOrdered, UNDECIDED, type DateOrder, type DateSetting } from '../util/date-order.js';
import type { Day } from '../util/dates.js';
import { CellMeaning } from './cells.js';
import { cellInMessage } from './columns.js';
import type { FileRows } from './problems.js';
import type { Row } from './table.js';

/**
 * The date cells of one source, kept as distinct texts while its files are read and turned into
 * days once all of them are in: so the order (day-first or month-first) is chosen from every
 * value of every file, never from the first rows alone.
 */
export class SourceDates {
  private current = new Map<string, number>();
  /** The current file's date columns, by column and whether an empty cell is no date. */
  private columnsRead: (CellMeaning<number> | undefined)[] = [];
  private file: FileRows | undefined;
  private readonly texts: string[] = [];
  private readonly files: FileRows[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private readonly counts: number[] = [];
  /** Days that no later value can change (year-first, or in the plan's dateFormat); NaN for the others. */
  private readonly early: number[] = [];
  private days: (Day | undefined)[] = [];

  constructor(
    private readonly format: DateOrder | 'auto',
    private readonly setting?: DateSetting,
  ) {}

  /** Dates of the next file are numbered on their own, so a bad one is counted against its file. */
  startFile(file: FileRows): void {
    this.file = file;
    this.current = new Map();
    this.columnsRead = [];
  }

  /**
   * The number of the date in cell `column` (0-based) of a row of the current file. An empty
   * cell is a date that is missing, or with `emptyIsNone` no date at all: -1.
   */
  cell(row: Row, column: number, emptyIsNone = false): number {
    const key = column * 2 + (emptyIsNone ? 1 : 0);
    const id = (this.columnsRead[key] ??= this.columnRead(column, emptyIsNone)).get(row, column);
    if (id >= 0) this.counts[id]!++;
    return id;
  }

  /** Apart from `cell`, which would otherwise make a closure context on every call. */
  private columnRead(column: number, emptyIsNone: boolean): CellMeaning<number> {
    const file = this.file!;
    return new CellMeaning((text, first) => (emptyIsNone && text.trim() === '' ? -1 : this.number(text, file, first.line, column + 1)));
  }

  private number(text: string, file: FileRows, line: number, column: number): number {
    let id = this.current.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.current.set(text, id);
      this.texts.push(text);
      this.files.push(file);
      this.lines.push(line);
      this.columns.push(column);
      this.counts.push(0);
      this.early.push(parseOrdered(text, this.format === 'auto' ? 'ymd' : this.format) ?? NaN);
    }
    return id;
  }

  /**
   * The day of a date that is known before all files are in, or NaN: a year-first date, or one
   * in the plan's dateFormat, reads the same whatever order the other values turn out to have.
   */
  dayNow(id: number): number {
    return this.early[id]!;
  }

  /** Reads every date once all files are in. Rows with a date that is no real date in the chosen order are bad rows of their file. */
  resolve(): void {
    const column = new DateColumn(this.format, undefined, this.setting);
    const read = (id: number) => {
      column.place(this.files[id]!.file, this.columns[id]!);
      return column.read(this.texts[id]!, this.lines[id]!);
    };
    const first = this.texts.map((_, id) => (this.texts[id]!.trim() === '' ? undefined : read(id)));
    column.finish();
    this.days = first.map((day, id) => (day === UNDECIDED ? (read(id) as Day | undefined) : day));
    this.days.forEach((day, id) => {
      if (day !== undefined) return;
      const text = this.texts[id]!;
      const { problem, fix } = text.trim() === '' ? { problem: 'the date is empty' } : column.problem(text, cellInMessage(text));
      this.files[id]!.bad(this.lines[id]!, this.columns[id]!, problem, this.counts[id]!, fix);
    });
  }

  day(id: number): Day | undefined {
    return this.days[id];
  }

  /** Every date's day by number, NaN where it is no date: for loops over many rows. */
  dayTable(): Float64Array {
    return Float64Array.from(this.days, (day) => day ?? NaN);
  }
}
