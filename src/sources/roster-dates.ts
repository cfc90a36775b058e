import { DateColumn, dateOrder, onlyIn, UNDECIDED, type DateOrder } from '../util/date-order.js';
import type { Day } from '../util/dates.js';
import type { RolloutError } from '../util/errors.js';
import { excelDateText, type ExcelDates } from '../util/excel-dates.js';
import { cellAt, errorAt, place } from '../util/place.js';
import { cellInMessage } from './columns.js';
import type { Roster } from './roster.js';
import type { Row } from './table.js';

/** The roster's `joined` or `left` cell of one person, read once every row is in. */
interface DateCell {
  person: number;
  left: boolean;
  text: string;
  line: number;
  column: number;
}

/**
 * The days people joined and left, from the roster's `joined` and `left` columns. Read as the
 * exports' dates are: in `people.dateFormat`, or in the order that fits every cell of both
 * columns (a roster written `3-2-2027` throughout settles on day-first at its first `15-3-2027`).
 */
export class RosterDates {
  private readonly cells: DateCell[] = [];
  /** In a workbook: the sheet read, for messages. */
  sheet: string | undefined;

  constructor(
    private readonly file: string,
    private readonly format: string,
    /** The plan's names of the two columns, for messages. */
    private readonly names: { joined?: string; left?: string },
  ) {}

  /** Keeps a person's cell of column `column` (0-based), when it is filled in. */
  add(row: Row, column: number | undefined, person: number, left: boolean): void {
    if (column === undefined) return;
    const text = row.text(column);
    if (text.trim() !== '') this.cells.push({ person, left, text, line: row.line, column: column + 1 });
  }

  /**
   * Sets each person's `joined` and `left` day; a cell that is no date, or a `left` not after
   * `joined`, stops the read. `excelDates`: for an .xlsx roster, what a plain number in a date
   * cell counts from (a column in the General format holds the number Excel keeps the date as).
   */
  apply({ joined, left, dated }: Pick<Roster, 'joined' | 'left' | 'dated'>, excelDates?: ExcelDates): void {
    if (this.cells.length === 0) return;
    const dates = new DateColumn(dateOrder(this.format), undefined, { key: 'people.dateFormat' });
    if (excelDates !== undefined) for (const cell of this.cells) cell.text = excelDateText(cell.text, excelDates) ?? cell.text;
    const days = this.cells.map((cell) => {
      dates.place(this.file, cell.column, this.sheet);
      const day = dates.read(cell.text, cell.line);
      if (day === undefined) throw this.notADate(dates, cell);
      return day;
    });
    dates.finish();
    this.cells.forEach((cell, i) => {
      const day = days[i] === UNDECIDED ? (dates.read(cell.text, cell.line) as Day) : days[i]!;
      (cell.left ? left : joined)[cell.person] = day;
      if (dated[dated.length - 1] !== cell.person) dated.push(cell.person);
    });
    for (const cell of this.cells) {
      if (cell.left && left[cell.person]! <= joined[cell.person]!) {
        throw errorAt(cellAt(this.file, cell.line, cell.column, this.sheet), `${this.names.left} is not after ${this.names.joined}; a person counts from the day they joined up to the day before they left, so ${this.names.left} is the first day they were gone`);
      }
    }
  }

  private notADate(dates: DateColumn, cell: DateCell): RolloutError {
    const name = cell.left ? this.names.left : this.names.joined;
    const ruledOut = (other: DateOrder, order: DateOrder) => {
      const only = this.cells.find((c) => onlyIn(c.text, order, other));
      return only && { written: only.text, where: place(this.file, only.line, only.column, this.sheet) };
    };
    const { problem, fix } = dates.problem(cell.text, cellInMessage(cell.text), cell.text, ruledOut);
    return errorAt(cellAt(this.file, cell.line, cell.column, this.sheet), `${name}: ${problem}; ${fix ?? 'write the day as 2027-03-15, or leave the cell empty'}`);
  }
}
