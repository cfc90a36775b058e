import type { Observation } from '../../gates/csv.js';
import type { Metric } from '../../plan/schema.js';
import type { Plan } from '../../plan/resolve.js';
import type { WorkCalendar } from '../../schedule/calendar.js';
import type { Day } from '../../util/dates.js';
import type { Place } from '../../util/errors.js';
import type { Header } from '../columns.js';
import type { RowDate, SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Roster } from '../roster.js';
import type { SourceOrder } from '../as-of.js';
import type { ReadWindow } from '../read-window.js';
import type { Scope } from '../scopes.js';
import type { Row, TableOptions, TableReader, TableResult } from '../table.js';

/** An observation computed from a source, with how many export rows went into it. */
export interface SourcePoint extends Observation {
  rows: number;
  /**
   * The value describes exactly the phase, group and location it names (a share of the roster
   * people there), so it counts only for gates of that same scope.
   */
  exact?: true;
  /** The share of the people still on the new tool, with these parts rolled back (see backKey): no part of the organization's own. */
  stillOn?: string;
  /** Of a share of roster people: how many of them it counts, and of how many (those there that day). */
  people?: { active: number; total: number };
  /** Of a survey answer from a source with a person column: the roster person who gave it (an index), so that a gate counts their latest answer once. */
  person?: number;
  /** With `person`: the second of its day the answer was given, as the export writes it (0 when it gives no time). */
  second?: number;
}

export interface KindContext {
  plan: Plan;
  roster?: Roster;
  /** Every metric a source may name, with its unit and scale when the plan describes it. */
  metrics: ReadonlyMap<string, Metric | undefined>;
  /** Metrics read as 0-10 survey answers (NPS). */
  answers: ReadonlySet<string>;
  /** Whom an activity share is computed for. */
  scopes(metric: string): Scope[];
  /** The days someone in the organization works (see organizationCalendar). */
  calendar: WorkCalendar;
  /** The days any of some locations works, by index into organization.locations, -1 for none (see placesCalendar). */
  placesCalendar(locations: readonly number[]): WorkCalendar;
  /** The days whose rows the plan reads. */
  window: ReadWindow;
  /** The day the exports are read on (a check's day): none was downloaded after it. */
  readOn?: Day;
  /** Where the source is in the plan, such as `sources[2]`. */
  label: string;
  /** Where a key of the source (such as `person`) is written in the plan, when known. */
  locate?(key: string): Place | undefined;
  /** The source's dateFormat, which also orders the dates in its files' names. */
  dateFormat: SourceOrder;
  warn(text: string): void;
  /** Whether a gate due by the day the exports are read reads `metric` (each is, without such a day): a bad answer for one no gate reads yet is a note, not a stop. */
  due(metric: string): boolean;
  /** Says that the exports of a metric cover whole every day up to `day` (an events or sign-ins source's, see EventsReader). */
  covers(metric: string, day: Day): void;
}

/** Where a row stands after the source's `where:` and `exclude:`. */
export interface RowFilter {
  /** All `where:` conditions hold. */
  matches: boolean;
  /** An `exclude:` condition holds. */
  excluded: boolean;
  /** Set by a reader that tells people apart (activity): the row's roster person, else -1. */
  account: number;
}

/** Reads the rows of one kind of export and computes its observations once every file is in. */
export interface KindReader {
  /** Reads a file of a layout of the kind's own (a report with sections); without it, files are read as tables. */
  readFile?(file: string, options: TableOptions, table: TableReader): Promise<TableResult>;
  /** The date of each row, when the kind finds it itself rather than in the source's `date` column. */
  rowDate?(header: Header, dates: SourceDates, file: FileRows): RowDate;
  /** Whether the current file is a report of a layout the kind knows, which a `where` or `exclude` column missing from it does not fit. */
  knownLayout?(): boolean;
  /** Finds the kind's own columns in a file's header. */
  header(header: Header): void;
  /** A row the kind itself reads as no row, before its date is read (a survey response never submitted); the reader counts it. */
  passesOver?(row: Row): boolean;
  row(row: Row, date: number, filter: RowFilter, file: FileRows): void;
  /** SurveyMonkey's second header row, of answer options (see isAnswerOptionRow), on `line`: passed over as no row. */
  answerOptions?(options: string[], line: number): void;
  /** After every file is read and the dates are resolved; `unread`: the files of days outside the plan's window, left unchecked. */
  finish(dates: SourceDates, emit: (point: SourcePoint) => void, unread: ReadonlySet<string>): void;
}

/** Grows like an array, stays a typed array: rows of large exports kept in little memory. */
export class IntColumn {
  private buf = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = value;
  }

  get(i: number): number {
    return this.buf[i]!;
  }

  /** Every value so far, for loops over many rows. */
  values(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

/** Exports named in a message by one of them: `a.csv`, or `a.csv and 3 other files`. */
export function exportFiles(files: readonly string[]): string {
  const others = new Set(files).size - 1;
  return others > 0 ? `${files[0]} and ${others} other ${others === 1 ? 'file' : 'files'}` : files[0]!;
}
