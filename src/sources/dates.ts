import { DateColumn, describeOrder, UNDECIDED, type DateOrder } from '../util/date-order.js';
import type { Day } from '../util/dates.js';
import type { FileRows } from './problems.js';
import { cellInMessage } from './columns.js';

/**
 * The date cells of one source, kept as distinct texts while its files are read and turned into
 * days once all of them are in: so the order (day-first or month-first) is chosen from every
 * value of every file, never from the first rows alone.
 */
export class SourceDates {
  private current = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly files: FileRows[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private readonly counts: number[] = [];
  private days: (Day | undefined)[] = [];

  constructor(private readonly format: DateOrder | 'auto') {}

  /** Dates of the next file are numbered on their own, so a bad one is counted against its file. */
  startFile(): void {
    this.current = new Map();
  }

  /** The number of a date cell (empty cells too); `column` is 1-based. */
  id(text: string, file: FileRows, line: number, column: number): number {
    let id = this.current.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.current.set(text, id);
      this.texts.push(text);
      this.files.push(file);
      this.lines.push(line);
      this.columns.push(column);
      this.counts.push(0);
    }
    this.counts[id]!++;
    return id;
  }

  /** Reads every date once all files are in. Rows with a date that is no real date in the chosen order are bad rows of their file. */
  resolve(): void {
    const column = new DateColumn(this.format);
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
      const problem = text.trim() === '' ? 'the date is empty' : `date ${cellInMessage(text)} is not a real date written ${describeOrder(column.decided ?? this.format)}`;
      this.files[id]!.bad(this.lines[id]!, this.columns[id]!, problem, this.counts[id]!);
    });
  }

  day(id: number): Day | undefined {
    return this.days[id];
  }
}
