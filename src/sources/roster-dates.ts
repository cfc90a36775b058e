import { DateColumn, dateOrder, onlyIn, UNDECIDED, type DateOrder } from '../util/date-order.js';
import type { Day } from '../util/dates.js';
import type { RolloutError } from '../util/errors.js';
import { excelDateText, type ExcelDates } from '../util/excel-dates.js';
import { cellAt, errorAt, place } from '../util/place.js';
import { cellInMessage } from './columns.js';
import type { Roster } from './roster.js';
import type { Row } from './table.js';

/** The roster's `joined` or `left` cell of one person, or one end of a period away, read once every row is in. */
interface DateCell {
  person: number;
  kind: 'joined' | 'left' | 'from' | 'until';
  text: string;
  line: number;
  column: number;
  /** Of a period away: its whole text, for messages. */
  period?: string;
}

/** Between the first and the last day of a period away: a dash with spaces around it, or `t/m` (tot en met), `tot`, `to`, `until`. */
const PERIOD_DASH = /\s+(?:-|–|—|t\/m|tot en met|tot|to|until)\s+|\s*[–—]\s*/i;
/** Between periods away: a semicolon, a comma, a line break (Alt+Enter in an Excel cell). */
const PERIODS = /[;,\n]+/;

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
    private readonly names: { joined?: string; left?: string; away?: string },
  ) {}

  /** Keeps a person's cell of column `column` (0-based), when it is filled in. */
  add(row: Row, column: number | undefined, person: number, left: boolean): void {
    if (column === undefined) return;
    const text = row.text(column);
    if (text.trim() !== '') this.cells.push({ person, kind: left ? 'left' : 'joined', text, line: row.line, column: column + 1 });
  }

  /** Keeps the periods a person's cell of the away column gives: each its first and last day (one day alone: both). */
  addAway(row: Row, column: number | undefined, person: number): void {
    if (column === undefined) return;
    for (const period of row.text(column).split(PERIODS).map((p) => p.trim()).filter(Boolean)) {
      const ends = period.split(PERIOD_DASH).map((p) => p.trim());
      const at = { person, line: row.line, column: column + 1, period };
      if (ends.length > 2 || ends.some((e) => e === '')) throw errorAt(cellAt(this.file, row.line, column + 1, this.sheet), `${this.names.away}:${cellInMessage(period)} is no period away; ${AWAY_FORM}`);
      this.cells.push({ ...at, kind: 'from', text: ends[0]! }, { ...at, kind: 'until', text: ends.at(-1)! });
    }
  }

  /**
   * Sets each person's `joined` and `left` day; a cell that is no date, or a `left` not after
   * `joined`, stops the read. `excelDates`: for an .xlsx roster, what a plain number in a date
   * cell counts from (a column in the General format holds the number Excel keeps the date as).
   */
  apply({ joined, left, dated, awayDays }: Pick<Roster, 'joined' | 'left' | 'dated' | 'awayDays'>, excelDates?: ExcelDates): void {
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
    const read = days.map((day, i) => (day === UNDECIDED ? (dates.read(this.cells[i]!.text, this.cells[i]!.line) as Day) : (day as Day)));
    this.cells.forEach((cell, i) => {
      const day = read[i]!;
      if (cell.kind === 'joined') joined[cell.person] = day;
      else if (cell.kind === 'left') left[cell.person] = day;
      else if (cell.kind === 'until') (awayDays[cell.person] ??= []).push([read[i - 1]!, day]);
      if (dated[dated.length - 1] !== cell.person) dated.push(cell.person);
    });
    this.cells.forEach((cell, i) => {
      const place = cellAt(this.file, cell.line, cell.column, this.sheet);
      if (cell.kind === 'left' && left[cell.person]! <= joined[cell.person]!) {
        throw errorAt(place, `${this.names.left} is not after ${this.names.joined}; a person counts from the day they joined up to the day before they left, so ${this.names.left} is the first day they were gone`);
      }
      if (cell.kind === 'until' && read[i]! < read[i - 1]!) throw errorAt(place, `${this.names.away}:${cellInMessage(cell.period!)} ends before it begins; ${AWAY_FORM}`);
    });
  }

  private notADate(dates: DateColumn, cell: DateCell): RolloutError {
    const name = cell.kind === 'left' ? this.names.left : cell.kind === 'joined' ? this.names.joined : this.names.away;
    const ruledOut = (other: DateOrder, order: DateOrder) => {
      const only = this.cells.find((c) => onlyIn(c.text, order, other));
      return only && { written: only.text, where: place(this.file, only.line, only.column, this.sheet) };
    };
    const { problem, fix } = dates.problem(cell.text, cellInMessage(cell.text), cell.text, ruledOut);
    const form = cell.period === undefined ? 'write the day as 2027-03-15, or leave the cell empty' : AWAY_FORM;
    return errorAt(cellAt(this.file, cell.line, cell.column, this.sheet), `${name}:${cell.period === undefined ? '' : withColon(cellInMessage(cell.period))} ${problem}; ${fix ?? form}`);
  }
}

/** How a period away is written. */
const AWAY_FORM = 'write each period as its first and last day away, 15-3-2027 - 26-3-2027 (or t/m between them), several separated by ; and one day alone for a single day';

/** A period as the message shows it (see cellInMessage), followed by a colon; nothing when it is not shown. */
const withColon = (shown: string) => (shown === '' ? '' : `${shown}:`);
