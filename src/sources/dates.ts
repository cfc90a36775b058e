import { AmbiguousDates, DateColumn, onlyIn, parseOrdered, UNDECIDED, writtenDayFirst, type DateOrder, type DateSetting, type RuledOut } from '../util/date-order.js';
import { parseMonthName } from '../util/month-names.js';
import { dayIn, formatDay, type Day } from '../util/dates.js';
import { momentOf, secondOfDay } from '../util/moment.js';
import { excelDateText } from '../util/excel-dates.js';
import { ByteTable, DICTIONARY_CELLS } from '../csv/dictionary.js';
import { CsvRow } from '../csv/row.js';
import { cellInMessage } from './columns.js';
import type { NeverActive } from './never-active.js';
import type { FileRows } from './problems.js';
import type { SharedDay } from './repeated.js';
import type { Row } from './table.js';

/**
 * The date cells of one source, kept as distinct texts while its files are read and turned into
 * days once all of them are in: so the order (day-first or month-first) is chosen from every
 * value of every file, never from the first rows alone. With `perFile`, each file's order is
 * chosen from its own values, then from what its layout shows, then from the plan's dateFormat:
 * for a source whose files come from different hands (a US organiser's report, a Dutch sheet).
 */
export class SourceDates {
  private current = new Map<string, number>();
  private file: FileRows | undefined;
  private readonly texts: string[] = [];
  /** Each date as its file writes it, for messages, where `texts` has it read otherwise (a two-digit year as four). */
  private readonly written: string[] = [];
  private readonly files: FileRows[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  /** @internal Rows per date, for the count of bad rows a date that is no date makes. */
  readonly counts: number[] = [];
  /** Of those, the rows `where` or `exclude` leave out: never read, so a date only they have is never a bad row. */
  private readonly leftOut: number[] = [];
  /** The line of each date's first row that is read, for a bad date's message; NaN while only left-out rows have it. */
  private readonly readLines: number[] = [];
  /** Days that no later value can change (year-first, or in the plan's dateFormat); NaN for the others. */
  private readonly early: number[] = [];
  private days: (Day | undefined)[] = [];
  private resolved = false;
  /** With perFile: the order a file's layout shows, and the order each file was read in. */
  private readonly shown = new Map<FileRows, DateOrder>();
  private readonly orders = new Map<FileRows, DateOrder>();
  /** Dates that are words in a last-activity column, with the plan key that lists words meaning no activity. */
  private readonly words = new Map<number, string>();
  /** The moment of each date written with a time and a UTC offset (see momentOf), NaN for the others. */
  private readonly moments: number[] = [];

  /**
   * `zone`: where a moment (a time with Z or an offset) is dated, the organization's; without it, by the date as written.
   * `emptyFix`: what to write in the plan when an empty date stops the run.
   */
  constructor(
    private readonly format: DateOrder | 'auto',
    private readonly setting?: DateSetting,
    private readonly perFile = false,
    private readonly zone?: string,
    private readonly emptyFix?: string,
  ) {}

  /** Dates of the next file are numbered on their own, so a bad one is counted against its file. */
  startFile(file: FileRows): void {
    this.file = file;
    this.current = new Map();
  }

  /**
   * The date cells of column `column` (0-based) in the current file, read from its header on. An
   * empty cell is a date that is missing, or with `none` (a last-activity column) no date at all,
   * as are the words `none` knows. `reading` turns a cell into the text read (a two-digit year
   * into four), messages quoting the cell as written.
   */
  column(column: number, none?: NeverActive, reading?: (cell: string) => string): DateCells {
    return new DateCells(this, this.file!, column, none, reading);
  }

  /** @internal A date of a last-activity column that is a word: if it is no date, its error says which key takes such words. */
  word(id: number, key: string): void {
    this.words.set(id, key);
  }

  /** @internal The number of a date text of the current file, numbered when new; `written`: the cell it was made from. */
  number(text: string, file: FileRows, line: number, column: number, written = text): number {
    let id = this.current.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.current.set(text, id);
      this.texts.push(text);
      this.written.push(written);
      this.files.push(file);
      this.lines.push(line);
      this.columns.push(column);
      this.counts.push(0);
      this.leftOut.push(0);
      this.readLines.push(NaN);
      const moment = momentOf(text) ?? NaN;
      this.moments.push(moment);
      // A moment is dated where the organization is: 22:30 on Friday in Paramaribo is no Saturday.
      this.early.push((this.zone === undefined || Number.isNaN(moment) ? undefined : dayIn(moment, this.zone)) ?? parseOrdered(text, 'ymd') ?? (this.format === 'auto' || this.perFile ? undefined : parseOrdered(text, this.format)) ?? parseMonthName(text) ?? NaN);
    }
    return id;
  }

  /** @internal Counts a row of date `id`: one `where` or `exclude` leaves out (`leftOut`), or one read, on `line`. */
  count(id: number, line: number, leftOut: boolean): void {
    this.counts[id]!++;
    if (leftOut) this.leftOut[id]!++;
    else if (Number.isNaN(this.readLines[id]!)) this.readLines[id] = line;
  }

  /** The report day of every row of the current file, when the plan gives it rather than a column (`asOf`). */
  fixed(day: Day): RowDate {
    const id = this.number(formatDay(day), this.file!, 1, 0);
    return {
      id: () => {
        this.counts[id]!++;
        return id;
      },
    };
  }

  /**
   * The day of a date that is known before all files are in, or NaN: a year-first date, or one
   * in the plan's dateFormat, reads the same whatever order the other values turn out to have.
   */
  dayNow(id: number): number {
    return this.early[id]!;
  }

  /** With perFile: the order the current file's layout shows, taken when its dates read both ways. */
  fileShows(order: DateOrder): void {
    this.shown.set(this.file!, order);
  }

  /** With perFile, once resolved: the order a file's dates were read in, if it needed one. */
  orderOf(file: FileRows): DateOrder | undefined {
    return this.orders.get(file);
  }

  /** Reads every date once all files are in. Rows with a date that is no real date in the chosen order are bad rows of their file. */
  resolve(): void {
    this.days = new Array<Day | undefined>(this.texts.length);
    this.resolved = true;
    this.readExcelNumbers();
    if (!this.perFile) return this.resolveAll();
    const byFile = new Map<FileRows, number[]>();
    this.files.forEach((file, id) => (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(id));
    // A file whose dates all read both ways (a one-session sheet of 5-4-2027) takes, in turn, what
    // its layout shows, the plan's dateFormat, a day first where `-` or `.` separate the parts, and
    // the order the source's other files written in the same form settled on (UK reports of the
    // 8th and the 25th); files of another form (a US report beside a sheet) decide nothing for it.
    const own = new Map([...byFile].map(([file, ids]) => [file, this.valuesOrder(ids) ?? this.shown.get(file) ?? (this.format === 'auto' ? undefined : this.format) ?? this.separatorOrder(ids)]));
    const byForm = new Map<string, Set<DateOrder>>();
    for (const [file, ids] of byFile) {
      const order = own.get(file);
      const form = this.formOf(ids);
      if (order !== undefined && form !== undefined) (byForm.get(form) ?? byForm.set(form, new Set()).get(form)!).add(order);
    }
    const agreed = (ids: number[]) => {
      const orders = byForm.get(this.formOf(ids) ?? '');
      return orders?.size === 1 ? [...orders][0] : undefined;
    };
    for (const [file, ids] of byFile) {
      const column = new DateColumn('auto', undefined, this.setting, own.get(file) ?? agreed(ids));
      this.resolveIds(ids, column);
      if (column.decided) this.orders.set(file, column.decided);
    }
  }

  /** Every date in one order, as the source's files are meant to share it. */
  private resolveAll(): void {
    try {
      this.resolveIds(
        this.texts.map((_, id) => id),
        new DateColumn(this.format, undefined, this.setting),
      );
    } catch (error) {
      throw error instanceof AmbiguousDates ? this.unlikeOthers(error) : error;
    }
  }

  /**
   * When other files of the source write every date so that no order is in doubt (year first, as
   * the admin center does), the files whose dates read both ways are the odd ones: the message says so.
   */
  private unlikeOthers(error: AmbiguousDates): AmbiguousDates {
    const inDoubt = new Set<FileRows>();
    const sure = new Map<FileRows, number>();
    this.texts.forEach((text, id) => {
      const file = this.files[id]!;
      if (text.trim() === '') return;
      if (Number.isNaN(this.early[id]!)) inDoubt.add(file);
      else if (!sure.has(file)) sure.set(file, id);
    });
    const other = [...sure].find(([file]) => !inDoubt.has(file));
    if (other === undefined) return error;
    const [file, id] = other;
    const unlike = { where: file.at(this.lines[id]!, this.columns[id]!), written: this.written[id]!, files: inDoubt.size };
    return new AmbiguousDates(error.examples, this.setting, unlike);
  }

  /** In an .xlsx file, a date cell without a date format holds the number Excel keeps the date as: read it as that date. */
  private readExcelNumbers(): void {
    this.texts.forEach((text, id) => {
      const system = this.files[id]!.excelDates;
      const date = system === undefined ? undefined : excelDateText(text, system);
      if (date === undefined) return;
      this.texts[id] = date;
      this.early[id] = parseOrdered(date, 'ymd')!;
    });
  }

  /** A file's first date that needs an order. */
  private firstToOrder(ids: number[]): string | undefined {
    const id = ids.find((i) => Number.isNaN(this.early[i]!) && this.texts[i]!.trim() !== '');
    return id === undefined ? undefined : this.texts[id]!.trim();
  }

  /** The form of a file's first date that needs an order: its digits as `n` (one or two) and `Y` (more), the rest as written. */
  private formOf(ids: number[]): string | undefined {
    return this.firstToOrder(ids)?.replace(/\d+/g, (run) => (run.length > 2 ? 'Y' : 'n'));
  }

  /** The order a file's own values fix, as a date column reading them settles it. */
  private valuesOrder(ids: number[]): DateOrder | undefined {
    const column = new DateColumn('auto', undefined, this.setting);
    for (const id of ids) {
      if (!Number.isNaN(this.early[id]!)) continue;
      column.place(this.files[id]!.file, this.columns[id]!, this.files[id]!.sheet);
      column.read(this.texts[id]!, this.lines[id]!, this.written[id]);
      if (column.decided) return column.decided;
    }
    return undefined;
  }

  /** Day first when a file's dates that need an order separate their parts by `-` or `.`. */
  private separatorOrder(ids: number[]): DateOrder | undefined {
    const text = this.firstToOrder(ids);
    return text !== undefined && writtenDayFirst(text) ? 'dmy' : undefined;
  }

  private resolveIds(ids: number[], column: DateColumn): void {
    const read = (id: number) => {
      column.place(this.files[id]!.file, this.columns[id]!, this.files[id]!.sheet);
      return column.read(this.texts[id]!, this.lines[id]!, this.written[id]);
    };
    // A day known early reads the same in any order: only the others can settle it.
    const first = ids.map((id) => (Number.isNaN(this.early[id]!) ? (this.texts[id]!.trim() === '' ? undefined : read(id)) : this.early[id]!));
    column.finish();
    ids.forEach((id, i) => (this.days[id] = first[i] === UNDECIDED ? (read(id) as Day | undefined) : first[i]));
    // The first date per order that only the plan's order reads, found once for all bad rows.
    const only = new Map<DateOrder, RuledOut | undefined>();
    const ruledOut = (other: DateOrder, order: DateOrder) => {
      if (!only.has(other)) {
        const k = ids.find((i) => this.days[i] !== undefined && onlyIn(this.texts[i]!, order, other));
        only.set(other, k === undefined ? undefined : { written: this.written[k]!, where: this.files[k]!.at(this.lines[k]!, this.columns[k]!) });
      }
      return only.get(other);
    };
    for (const id of ids) {
      const rows = this.counts[id]! - this.leftOut[id]!;
      if (this.days[id] !== undefined || rows === 0) continue;
      const text = this.texts[id]!;
      const written = this.written[id]!;
      const unlike = this.unlikeOtherFiles(id, column.decided);
      const { problem, fix = this.neverFix(id) } = text.trim() === '' ? { problem: 'the date is empty', fix: this.emptyFix } : column.problem(text, cellInMessage(written), written, unlike ? undefined : ruledOut);
      const line = Number.isNaN(this.readLines[id]!) ? this.lines[id]! : this.readLines[id]!;
      this.files[id]!.bad(line, this.columns[id]!, unlike ? `${problem}; ${unlike}` : problem, rows, unlike ? undefined : fix);
    }
  }

  /** For a word in a last-activity column: the key that makes it mean no activity, when that is what it says. */
  private neverFix(id: number): string | undefined {
    const key = this.words.get(id);
    return key && `if the cell says the person was never active, add its text to ${key} (an empty cell counts as not active too)`;
  }

  /**
   * A date that is one only in the other order than the source's other files are read in (a US
   * `3/29/2027` among Dutch `22-3-2027`): this file is written otherwise, and another dateFormat
   * would refuse those files instead. Undefined where no other file of the source shows the order.
   */
  private unlikeOtherFiles(id: number, order: DateOrder | undefined): string | undefined {
    const text = this.texts[id]!;
    if (this.perFile || order === undefined || !(['dmy', 'mdy'] as const).some((o) => o !== order && parseOrdered(text, o) !== undefined)) return undefined;
    const file = this.files[id]!;
    const other = this.texts.findIndex((t, k) => this.files[k] !== file && this.days[k] !== undefined && parseOrdered(t, 'ymd') === undefined && parseOrdered(t, order) !== undefined);
    if (other < 0) return undefined;
    const where = this.files[other]!.at(this.lines[other]!, this.columns[other]!);
    return `the source's other files are written in that order (${where}: ${JSON.stringify(this.written[other])}), unlike this one, as when Excel saves an export again: export it again`;
  }

  /**
   * The days that more than one file gives in its date column (`columnOf`, 0-based), each with the
   * texts that read as it in each file. Once every file is in: one step per distinct date text.
   */
  sharedDays(columnOf: ReadonlyMap<FileRows, number>): SharedDay[] {
    const byDay = new Map<Day, Map<FileRows, Set<string>>>();
    this.days.forEach((day, id) => {
      const file = this.files[id]!;
      if (day === undefined || this.counts[id] === 0 || this.columns[id] !== columnOf.get(file)! + 1) return;
      const files = byDay.get(day) ?? byDay.set(day, new Map()).get(day)!;
      (files.get(file) ?? files.set(file, new Set()).get(file)!).add(this.texts[id]!);
    });
    return [...byDay].filter(([, files]) => files.size > 1).map(([day, files]) => ({ day, files }));
  }

  /**
   * The days of a file's rows in its date column (`column`, 0-based, as `sharedDays` takes it):
   * before `resolve`, those so far, NaN for a date whose order is still open (see dayNow); once
   * resolved, every one that is a date.
   */
  daysOf(file: FileRows, column: number): Day[] {
    const days: Day[] = [];
    this.files.forEach((f, id) => {
      if (f !== file || this.counts[id] === 0 || this.columns[id] !== column + 1) return;
      const day = this.resolved ? this.days[id] : this.early[id];
      if (day !== undefined) days.push(day);
    });
    return days;
  }

  day(id: number): Day | undefined {
    return this.days[id];
  }

  /** The moment a date names when written with a time and a UTC offset, for dating it where a person is; NaN for the others. */
  moment(id: number): number {
    return this.moments[id] ?? NaN;
  }

  /** The second of its day a date was written with, 0 without a time (see secondOfDay). */
  second(id: number): number {
    return secondOfDay(this.texts[id] ?? '');
  }

  /** Every date's day by number, NaN where it is no date: for loops over many rows. */
  dayTable(): Float64Array {
    return Float64Array.from(this.days, (day) => day ?? NaN);
  }
}

/** The date of a row, by number. */
export interface RowDate {
  /** The number of the date of a row (-1 for no date), counted for that date; `leftOut`: a row `where` or `exclude` leaves out. */
  id(row: Row, leftOut?: boolean): number;
}

/**
 * One date column of one file. A CSV cell is looked up by its bytes, so that a large export makes
 * one string per distinct date, not one per row; spreadsheet rows, cells with a doubled quote and
 * cells past the dictionary's capacity are read as text each time.
 */
export class DateCells implements RowDate {
  private readonly table = new ByteTable();
  /** By the table's number of a cell: its date's number. */
  private ids = new Int32Array(64);
  /**
   * By a cell's last byte (256 for an empty cell): the cell last seen with it. The dates of one
   * export mostly differ in their last digit, in any order: one comparison, no hash.
   */
  private readonly byLast = new Int32Array(257).fill(-1);

  constructor(
    private readonly dates: SourceDates,
    private readonly file: FileRows,
    private readonly index: number,
    private readonly none: NeverActive | undefined,
    private readonly reading?: (cell: string) => string,
  ) {}

  /** The number of the date in a row's cell (-1 for no date), counted for that date; `leftOut`: a row `where` or `exclude` leaves out. */
  id(row: Row, leftOut = false): number {
    const i = this.index;
    let id: number;
    if (row instanceof CsvRow && !row.escaped[i]) {
      const inRow = i < row.length;
      const start = inRow ? row.starts[i]! : 0;
      const end = inRow ? row.ends[i]! : 0;
      const { table, byLast } = this;
      const last = end > start ? row.buf[end - 1]! : 256;
      let known = byLast[last]!;
      if (known < 0 || !table.is(known, row.buf, start, end)) known = byLast[last] = table.find(row.buf, start, end);
      if (known >= 0) id = this.ids[known]!;
      else {
        id = this.number(row);
        if (table.size < DICTIONARY_CELLS) this.keep((byLast[last] = table.add(row.buf, start, end)), id);
      }
    } else id = this.number(row);
    if (id >= 0) this.dates.count(id, row.line, leftOut);
    return id;
  }

  private number(row: Row): number {
    const text = row.text(this.index);
    if (this.none?.says(text)) return -1;
    const id = this.dates.number(this.reading ? this.reading(text) : text, this.file, row.line, this.index + 1, text);
    if (this.none && !/\d/.test(text)) this.dates.word(id, this.none.key);
    return id;
  }

  private keep(cell: number, id: number): void {
    if (cell === this.ids.length) {
      const more = new Int32Array(cell * 2);
      more.set(this.ids);
      this.ids = more;
    }
    this.ids[cell] = id;
  }
}
