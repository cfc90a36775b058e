import { cellAt, placeText } from './place.js';
import { isIsoDate, parseDay, type Day } from './dates.js';
import { EXIT, RolloutError, type Place } from './errors.js';
import { excelDateText } from './excel-dates.js';
import { monthNameProblem, parseMonthName } from './month-names.js';

/** The order of a date's parts: year-month-day, day-month-year or month-day-year. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * A plan's `dateFormat`: `auto`, or the order of the parts written with any separator and any
 * number of letters per part (`yyyy-mm-dd`, `dd-mm-yyyy` = `d-m-yyyy`, `mm/dd/yyyy` = `m/d/yyyy`).
 */
export const DATE_FORMAT = /^(?:auto|y{4}([-/.])m{1,2}\1d{1,2}|d{1,2}([-/.])m{1,2}\2y{4}|m{1,2}([-/.])d{1,2}\3y{4})$/i;

export function dateOrder(format: string): DateOrder | 'auto' {
  const f = format.toLowerCase();
  if (f === 'auto') return 'auto';
  if (f.startsWith('y')) return 'ymd';
  return f.startsWith('d') ? 'dmy' : 'mdy';
}

const NAMES: Record<DateOrder, string> = { ymd: 'YYYY-MM-DD', dmy: 'DD-MM-YYYY', mdy: 'MM/DD/YYYY' };

export function describeOrder(order: DateOrder | 'auto'): string {
  return order === 'auto' ? 'YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27)' : NAMES[order];
}

/** Year first, then two parts; a time may follow after a space or T. */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ].*)?$/;
/** Two parts, then the year. */
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ,].*)?$/;

function toDay(y: string, m: string, d: string): Day | undefined {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? parseDay(iso) : undefined;
}

/** A date written in a known order, or undefined when it is not a real date in it. */
export function parseOrdered(text: string, order: DateOrder): Day | undefined {
  const t = text.trim();
  if (order === 'ymd') {
    const m = YEAR_FIRST.exec(t);
    return m ? toDay(m[1]!, m[3]!, m[4]!) : undefined;
  }
  const m = YEAR_LAST.exec(t);
  if (!m) return undefined;
  return order === 'dmy' ? toDay(m[4]!, m[3]!, m[1]!) : toDay(m[4]!, m[1]!, m[3]!);
}

/** `5-4-2027`, `15.3.27, 10:00`: parts separated by `-` or `.` before the year, as the countries that write the day first write them. */
export function writtenDayFirst(text: string): boolean {
  return /^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b/.test(text.trim());
}

/** Rows kept while every date so far reads both day-first and month-first: past this, ask. */
const MAX_UNDECIDED = 200_000;

export const UNDECIDED = Symbol('undecided');

/**
 * The plan key that sets a date order, such as `sources[3].dateFormat`, and where to set it: the
 * plan's `file:line:column` of the key when the plan has it, else of the entry it goes under.
 */
export interface DateSetting {
  key: string;
  at?: string;
}

/** Without a plan: the key alone. */
const ANY_PLAN: DateSetting = { key: 'dateFormat' };

/**
 * Reads one date column (or several columns of one export) and settles its order from the
 * values: year-first dates read as such; for the others, the first value that is a real date
 * only day-first or only month-first fixes the order for all. Until then an ambiguous value
 * (4/1/2027) is UNDECIDED and the caller holds its row back; `settled` runs when the order is known.
 */
export class DateColumn {
  private order: DateOrder | undefined;
  private readonly seen = new Map<string, Day | undefined>();
  /** The first ambiguous values and where they were, for the message that asks for dateFormat. */
  readonly examples: DateExample[] = [];
  private held = 0;
  private readonly auto: boolean;

  /**
   * `fallback`: the order to take when every value reads both ways, rather than asking (what a
   * file's layout shows, or the plan's dateFormat for a source whose files each have their own).
   */
  constructor(
    format: DateOrder | 'auto',
    private readonly settled: () => void = () => {},
    private readonly setting: DateSetting = ANY_PLAN,
    private readonly fallback?: DateOrder,
  ) {
    if (format !== 'auto') this.order = format;
    this.auto = format === 'auto';
  }

  private file = '';
  private column = 1;
  private sheet: string | undefined;

  /** The file and column (and a workbook's sheet) the next values come from, for the message that asks for dateFormat. */
  place(file: string, column: number, sheet?: string): void {
    this.file = file;
    this.column = column;
    this.sheet = sheet;
  }

  get decided(): DateOrder | undefined {
    return this.order;
  }

  /**
   * The day of a value on a line of the placed file, undefined when it is no date, or UNDECIDED.
   * `written`: the cell as the file has it, when `text` is made from it (a two-digit year given four).
   */
  read(text: string, line: number, written = text): Day | undefined | typeof UNDECIDED {
    const known = this.seen.get(text);
    if (known !== undefined || this.seen.has(text)) return known;
    const day = this.parse(text, line, written);
    if (day !== UNDECIDED && this.seen.size < 10_000) this.seen.set(text, day);
    return day;
  }

  private parse(text: string, line: number, written: string): Day | undefined | typeof UNDECIDED {
    // A month's name (Mar 5, 2027) or the year first (2027-03-28) is read in every order: it cannot be mistaken.
    if (!this.auto) return parseOrdered(text, this.order!) ?? parseOrdered(text, 'ymd') ?? parseMonthName(text);
    const iso = parseOrdered(text, 'ymd') ?? parseMonthName(text);
    if (iso !== undefined) return iso;
    if (this.order) return parseOrdered(text, this.order);
    const dmy = parseOrdered(text, 'dmy');
    const mdy = parseOrdered(text, 'mdy');
    if (dmy === undefined && mdy === undefined) return undefined;
    if (dmy !== undefined && mdy !== undefined) {
      if (dmy === mdy) return dmy;
      if (this.examples.length < 2 && !this.examples.some((e) => datePart(e.text) === datePart(text))) this.examples.push({ text: text.trim(), written: written.trim(), at: cellAt(this.file, line, this.column, this.sheet) });
      if (++this.held > MAX_UNDECIDED) throw new AmbiguousDates(this.examples, this.setting);
      return UNDECIDED;
    }
    this.order = dmy !== undefined ? 'dmy' : 'mdy';
    this.seen.clear();
    this.settled();
    return dmy ?? mdy;
  }

  /** Call once every value is read: throws when the order is still open. */
  finish(): void {
    if (this.order !== undefined || this.examples.length === 0) return;
    if (this.fallback === undefined) throw new AmbiguousDates(this.examples, this.setting);
    this.order = this.fallback;
  }

  /**
   * What is wrong with a value `read` found no date (`quoted`: how the message shows the cell as
   * `written`, after a space, or nothing), and how to fix it. When the plan named the order and
   * the value is a real date in another, the plan's setting is the cause, unless `ruledOut`
   * finds another value that only the plan's order reads (a US 2/17/2027 typed among Dutch
   * 15-2-2027): then the cell is the odd one, and switching the order would only refuse the others.
   */
  problem(text: string, quoted: string, written = text, ruledOut?: (other: DateOrder, order: DateOrder) => RuledOut | undefined): { problem: string; fix?: string } {
    const named = monthNameProblem(text, quoted !== '');
    if (named !== undefined) return { problem: `date${quoted} ${named}` };
    // A spreadsheet's date cell without a date format is saved as its number: say so rather than guess.
    const serial = excelDateText(text);
    if (serial !== undefined) return { problem: `date${quoted} looks like an Excel date number (${serial.slice(0, 16)}): format the column as a date in Excel before saving the CSV` };
    const order = this.order ?? 'auto';
    const problem = `date${quoted} is not a real date written ${describeOrder(order)}`;
    if (this.auto) return { problem };
    const other = (['dmy', 'mdy'] as const).find((o) => o !== order && parseOrdered(text, o) !== undefined);
    if (!other) return { problem };
    const { key, at } = this.setting;
    const set = `${problem}, the order ${key} sets${at ? ` at ${at}` : ''}`;
    const against = ruledOut?.(other, this.order!);
    if (against) return { problem: `${set}, which other dates keep to (${JSON.stringify(against.written)} at ${against.where} is no date ${FIRST[other]})` };
    return { problem: set, fix: `read ${FIRST[other]}, ${describeDay({ text, written }, other)}: set ${key}: ${FORMATS[other]}` };
  }
}

/** A value that only the order a plan set reads, and where it is: it rules out switching to the other. */
export interface RuledOut {
  written: string;
  where: string;
}

/** A date in `order` that is none in `other`: rows written so rule out switching to `other`. */
export function onlyIn(text: string, order: DateOrder, other: DateOrder): boolean {
  return parseOrdered(text, order) !== undefined && parseOrdered(text, other) === undefined;
}

const FIRST = { dmy: 'day-first', mdy: 'month-first' };

/** The dateFormat value for each order a plan may have to name. */
const FORMATS = { dmy: 'dd-mm-yyyy', mdy: 'mm-dd-yyyy' };

/** A value that reads both ways: the text read, the cell as the file writes it, and its place. */
export interface DateExample {
  text: string;
  written: string;
  at: Place;
}

/**
 * A date of one of the source's other files that no order puts in doubt (`2027-03-28`), where
 * `files` files have dates that read both ways: those files are written otherwise than the rest.
 */
export interface UnlikeOthers {
  where: string;
  written: string;
  files: number;
}

/** Every value reads both day-first and month-first: the plan has to say which, or the odd file be exported again. */
export class AmbiguousDates extends RolloutError {
  constructor(
    readonly examples: DateExample[],
    setting: DateSetting = ANY_PLAN,
    unlike?: UnlikeOthers,
  ) {
    super(ambiguousMessage(examples, setting, unlike), EXIT.input, [], examples[0]?.at);
  }
}

function ambiguousMessage(examples: DateExample[], { key, at }: DateSetting, unlike: UnlikeOthers | undefined): string {
  const first = examples[0]!;
  const values = examples.map((e) => JSON.stringify(e.written)).join(' and ');
  const which = `${key}: dd-mm-yyyy (${describeDay(first, 'dmy')}) or ${key}: mm-dd-yyyy (${describeDay(first, 'mdy')})${at ? ` at ${at}` : ''}`;
  if (!unlike) return `${placeText(first.at)}: every date, such as ${values}, reads both day-first and month-first; say which with ${which}`;
  const more = unlike.files > 1 ? ` (and ${unlike.files - 1} more of the source's files)` : '';
  return (
    `${placeText(first.at)}: the dates of this file${more}, such as ${values}, read both day-first and month-first, unlike those of the source's other files ` +
    `(${unlike.where}: ${JSON.stringify(unlike.written)}), as when Excel saves an export again: export this file again, ` +
    `or say which order it has with ${which}; the other files read the same either way`
  );
}

const datePart = (text: string): string => text.trim().split(/[ T,]/)[0]!;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1 March`: how a message names a day a date reads as in one order, beside the other. */
export function dayAndMonth(day: Day): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** `"3/1/27" is 1 March`: the cell as written, and the day its text reads as in `order`. */
function describeDay({ text, written }: { text: string; written: string }, order: DateOrder): string {
  return `${JSON.stringify(written)} is ${dayAndMonth(parseOrdered(text, order)!)}`;
}
