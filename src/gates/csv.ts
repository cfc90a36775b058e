import { CellDictionary } from '../csv/dictionary.js';
import type { DecimalMarks } from '../csv/number.js';
import { HEADER_ROWS, readCsv, type CsvHandlers, type Delimiter } from '../csv/reader.js';
import type { CsvRow } from '../csv/row.js';
import { shown } from '../csv/shown.js';
import type { Metric } from '../plan/schema.js';
import type { Day } from '../util/dates.js';
import { EXIT, RolloutError, type Place } from '../util/errors.js';
import { cellAt, errorAt } from '../util/place.js';
import { didYouMean } from '../util/suggest.js';
import { outsideWindow, type ReadWindow } from '../sources/read-window.js';
import { isTitle, namedColumns, readHeader, type ColumnNames, type Layout } from './dialect.js';
import type { Scope } from './ledger.js';
import { DateColumn, dateOrder, UNDECIDED, type DateOrder, type DateSetting } from '../util/date-order.js';
import { parseMetricValue, type Thousands } from './values.js';
import { metricRange } from '../plan/metric-range.js';

/** One observation as other readers (the plan's sources) hand it over. */
export interface Observation {
  metric: string;
  day: Day;
  value: number;
  phase?: string;
  group?: string;
  location?: string;
}

/** Takes one observation; `scope` comes from `ImportOptions.scope`, one object per combination. */
export type Accept = (metric: string, day: Day, value: number, scope: Scope) => void;

export interface ImportOptions {
  /** Every metric a row may name, with its unit and scale when the plan describes it. */
  metrics: ReadonlyMap<string, Metric | undefined>;
  /** Metrics some gate or condition reads; rows of the others are checked, then dropped. */
  wanted: ReadonlySet<string>;
  /** Metrics read as 0-10 survey answers (NPS), so each value must be a whole number 0-10. */
  answers: ReadonlySet<string>;
  columns: ColumnNames;
  /** `auto` or an order such as `dd-mm-yyyy` (see util/date-order). */
  dateFormat: string;
  /** Where the plan sets `metricsImport.dateFormat`, or would, for messages about dates. */
  dateSetting?: DateSetting;
  /** What `.` or `,` between digits means, when the plan says. */
  thousands?: Thousands;
  /** Skip bad rows instead of failing on them. */
  lenient: boolean;
  /** The days the plan reads (a second try's, see readWindow): rows of other days are left out unchecked. */
  window?: ReadWindow;
  /** The scope object for a row's phase, group and location (each undefined when blank). */
  scope: (phase?: string, group?: string, location?: string) => Scope;
}

export interface ImportReport {
  file: string;
  rows: number;
  skipped: number;
  /** The first few bad rows, as `file:line:column: problem`. */
  problems: string[];
  /** Where the first bad row is. */
  firstAt?: Place;
  /** How to fix the first problem when the plan, not the export, is at fault: the key to set. */
  fix?: string;
  /** Wide columns left out under --lenient because they name no metric. */
  ignoredColumns: string[];
  /** Rows read as Windows-1252, as they are not UTF-8. */
  windows1252: number;
  /** A header without rows is an answer, not an empty export: no events happened (its source says so where it matters). */
  noRowsIsAnswer?: true;
}

/** Bad rows listed in a message; past these the count says enough. */
export const MAX_PROBLEMS = 10;

/** Streams one metrics export, handing each wanted observation to `accept`; memory stays flat. */
export async function importMetrics(file: string, options: ImportOptions, accept: Accept): Promise<ImportReport> {
  const report: ImportReport = { file, rows: 0, skipped: 0, problems: [], ignoredColumns: [], windows1252: 0 };
  const problem = (line: number, column: number, text: string): void => {
    report.skipped++;
    if (report.problems.length === 0) {
      report.firstAt = cellAt(file, line, column);
      if (rows?.fix) report.fix = rows.fix;
    }
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(`${file}:${line}:${column}: ${text}`);
    if (!options.lenient && report.problems.length >= MAX_PROBLEMS) throw new BadRows();
  };
  let rows: RowReader | undefined;
  let delimiter: Delimiter = ',';
  // Lines of one cell above the header (a report's name), looked past as the delimiter is; past HEADER_ROWS of them the first is the header its error names.
  const above: { cells: string[]; line: number }[] = [];
  const start = (header: { cells: string[]; line: number }): void => {
    const reader = new RowReader(readHeader(header.cells, options.columns, new Set(options.metrics.keys()), file, options.lenient, header.line), delimiter, options, accept, file);
    rows = reader;
    report.ignoredColumns = reader.layout.ignored;
    handlers.row = (row) => {
      report.rows++;
      const wrong = reader.read(row);
      if (wrong !== undefined) problem(row.line, reader.column, wrong);
    };
  };
  const begin = (cells: string[], line: number): void => {
    if (isTitle(cells, options.columns) && above.push({ cells, line }) < HEADER_ROWS) return;
    start(above.length === HEADER_ROWS ? above[0]! : { cells, line });
  };
  const handlers: CsvHandlers = {
    header: (cells, info) => {
      delimiter = info.delimiter;
      begin(cells, info.line);
    },
    row: (row) => begin(row.cells(), row.line),
    bad: (line, text) => {
      report.rows++;
      problem(line, 1, text);
    },
  };
  try {
    const known = new Set(options.metrics.keys());
    const named = (cells: string[]) => namedColumns(cells, options.columns, known);
    const { hasHeader, windows1252 } = await readCsv(file, handlers, { missingHint: 'pass your metrics export with --metrics FILE', named });
    if (!hasHeader) throw errorAt({ file }, 'the file is empty; export it with a header row such as date,metric,value');
    if (!rows) start(above[0]!);
    report.windows1252 = windows1252;
    rows!.finish();
  } catch (error) {
    if (!(error instanceof BadRows)) throw error;
  }
  if (!options.lenient && report.problems.length > 0) throw badRowsError(report);
  return report;
}

/** What a metric name in a long export stands for; undefined while not yet looked up. */
interface MetricInfo {
  name: string;
  known: boolean;
  metric: Metric | undefined;
  wanted: boolean;
  answer: boolean;
  fraction: boolean;
  /** The lowest and highest value it may take: 0 to 100 for a percent metric, its `range`, else unbounded. */
  lo: number;
  hi: number;
}

/**
 * Turns the records of one file into observations, given its header. The row path makes no
 * object and no string: dates, metric names and scope cells are looked up by their bytes, numbers
 * read from the bytes; a cell is decoded only to say what is wrong with it.
 */
class RowReader {
  private readonly dateIds = new CellDictionary();
  private readonly order: DateOrder | 'auto';
  private readonly dates: DateColumn;
  /** Observations of rows whose date reads both day-first and month-first, until the file says which. */
  private held: { text: string; metric: string; value: number; scope: Scope }[] = [];
  /** By date id; null marks a date found not to parse. */
  private readonly days: (Day | null)[] = [];
  private readonly metricIds = new CellDictionary();
  private readonly metricInfos: MetricInfo[] = [];
  private readonly wide: MetricInfo[];
  private readonly tagIds = TAGS.map(() => new CellDictionary());
  private readonly scopes = new Map<number, Scope>();
  private readonly ids = new Int32Array(TAGS.length);
  /** The column of each of phase, group and location, or -1. */
  private readonly tagColumns: Int32Array;
  private lastKey = -1;
  private lastScope: Scope | undefined;
  private readonly marks: DecimalMarks;
  private readonly decimalComma: boolean;
  /** Values of a wide row, all checked before any is handed over. */
  private readonly values: Float64Array;
  /** What is wrong with the cell `value` last answered NaN for. */
  private wrong = '';
  /** The 1-based column of the last problem `read` found. */
  column = 1;
  /** How to fix it, when the plan is at fault. */
  fix: string | undefined;

  constructor(
    readonly layout: Layout,
    private readonly delimiter: Delimiter,
    private readonly options: ImportOptions,
    private readonly accept: Accept,
    file: string,
  ) {
    this.order = dateOrder(options.dateFormat);
    this.dates = new DateColumn(this.order, () => this.release(), options.dateSetting);
    this.dates.place(file, layout.columns.date! + 1);
    this.tagColumns = Int32Array.from(TAGS, (role) => layout.columns[role] ?? -1);
    this.decimalComma = delimiter !== ',';
    this.marks = decimalMarks(this.decimalComma, options.thousands);
    this.wide = layout.metricColumns.map(({ metric }) => this.info(metric));
    this.values = new Float64Array(layout.metricColumns.length);
  }

  /** Reads one row, or says what is wrong with it. */
  read(row: CsvRow): string | undefined {
    const { layout } = this;
    this.fix = undefined;
    if (row.length !== layout.width) {
      this.column = 1;
      const hint = this.delimiter === ',' && row.length > layout.width ? ' (a decimal comma must be quoted in a comma-separated file)' : '';
      return `expected ${layout.width} columns as in the header, found ${row.length}${hint}`;
    }
    const cols = layout.columns;
    const day = this.day(row, cols.date!);
    if (day === undefined) {
      this.column = cols.date! + 1;
      const text = row.text(cols.date!);
      const { problem, fix } = this.dates.problem(text, ` ${shown(text)}`);
      this.fix = fix;
      return problem;
    }
    if (this.unread(day)) return undefined;
    if (layout.kind === 'long') {
      const info = this.metric(row, cols.metric!);
      this.column = cols.metric! + 1;
      if (!info.known) return `unknown metric ${shown(info.name)} (${didYouMean(info.name, this.options.metrics.keys()) ?? "not one of the plan's metrics"})`;
      const value = this.value(info, row, cols.value!);
      if (Number.isNaN(value)) return this.wrong;
      if (info.wanted) this.emit(info.name, day, value, row);
      return undefined;
    }
    const { metricColumns } = layout;
    for (let k = 0; k < metricColumns.length; k++) {
      // A wide export leaves a cell empty on a day when that metric was not measured.
      if (row.isBlank(metricColumns[k]!.index)) continue;
      const value = this.value(this.wide[k]!, row, metricColumns[k]!.index);
      if (Number.isNaN(value)) return this.wrong;
      this.values[k] = value;
    }
    for (let k = 0; k < metricColumns.length; k++) {
      if (this.wide[k]!.wanted && !row.isBlank(metricColumns[k]!.index)) this.emit(this.wide[k]!.name, day, this.values[k]!, row);
    }
    return undefined;
  }

  /**
   * A cell as a number read from the bytes; NaN when it is wrong, and then `wrong` says why. Kept
   * small, with the slow way apart, so that the row path inlines it: a number handed back from a
   * call is an object, a million of them a full young generation.
   */
  private value(info: MetricInfo, row: CsvRow, i: number): number {
    let value = row.number(i, this.marks);
    if (info.fraction) value *= 100;
    if (Number.isNaN(value) || value < info.lo || value > info.hi || (info.answer && !isAnswer(value))) return this.slowValue(info, row, i, value);
    return value;
  }

  /** The slow way, from the text: the value, or NaN and what is wrong with it. */
  private slowValue(info: MetricInfo, row: CsvRow, i: number, read: number): number {
    let value = read;
    if (Number.isNaN(value) || value < info.lo || value > info.hi) {
      const text = row.text(i);
      const parsed = parseMetricValue(text, info.metric, this.decimalComma, this.options.thousands);
      if ('problem' in parsed) {
        this.fix = parsed.fix;
        return this.fail(`${info.name} value ${shown(text)} ${parsed.problem}`, i);
      }
      value = parsed.value;
    }
    if (info.answer && !isAnswer(value)) {
      return this.fail(`${info.name} value ${shown(row.text(i))} is not a survey answer from 0 to 10 (a gate computes an NPS from it)`, i);
    }
    return value;
  }

  private fail(problem: string, i: number): number {
    this.wrong = problem;
    this.column = i + 1;
    return NaN;
  }

  private metric(row: CsvRow, i: number): MetricInfo {
    const id = this.metricIds.id(row, i);
    if (id < 0) return this.info(row.text(i).trim());
    return (this.metricInfos[id] ??= this.info(this.metricIds.text(id).trim()));
  }

  private info(name: string): MetricInfo {
    const { options } = this;
    const metric = options.metrics.get(name);
    const percent = metric?.unit === 'percent';
    const range = metricRange(metric);
    const lo = Math.max(percent ? 0 : -Infinity, range?.[0] ?? -Infinity);
    const hi = Math.min(percent ? 100 : Infinity, range?.[1] ?? Infinity);
    return { name, known: options.metrics.has(name), metric, wanted: options.wanted.has(name), answer: options.answers.has(name), fraction: percent && metric.scale === '0-1', lo, hi };
  }

  /** The scope of a row: one object per distinct phase, group and location. */
  private scope(row: CsvRow): Scope {
    const { ids, tagColumns } = this;
    let key = 0;
    for (let t = 0; t < TAGS.length; t++) {
      const index = tagColumns[t]!;
      if (index < 0) continue;
      const id = this.tagIds[t]!.id(row, index);
      if (id < 0) return this.newScope(row);
      ids[t] = id;
      key = key * 65_537 + id + 1;
    }
    if (key === this.lastKey) return this.lastScope!;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = this.newScope();
      this.scopes.set(key, scope);
    }
    this.lastKey = key;
    this.lastScope = scope;
    return scope;
  }

  /**
   * A new scope, from the row's cells or (without a row) from the dictionaries' ids of them. Apart
   * from `scope`, which holds no closure: a function with one makes a new object for its
   * variables on every call, a million rows a million times.
   */
  private newScope(row?: CsvRow): Scope {
    const [phase, group, location] = TAGS.map((_, t) => {
      const column = this.tagColumns[t]!;
      if (column < 0) return '';
      return row ? row.text(column) : this.tagIds[t]!.text(this.ids[t]!);
    });
    const tag = (text: string | undefined) => text?.trim() || undefined;
    return this.options.scope(tag(phase), tag(group), tag(location));
  }

  private emit(metric: string, day: Day | typeof UNDECIDED, value: number, row: CsvRow): void {
    if (day === UNDECIDED) this.held.push({ text: row.text(this.layout.columns.date!), metric, value, scope: this.scope(row) });
    else this.accept(metric, day, value, this.scope(row));
  }

  /** The file has shown its date order: the rows held back count now. */
  private release(): void {
    this.days.length = 0;
    for (const { text, metric, value, scope } of this.held) {
      const day = this.dates.read(text, 0) as Day;
      if (!this.unread(day)) this.accept(metric, day, value, scope);
    }
    this.held = [];
  }

  /** Whether a row of `day` is outside the plan's window, as the first attempt's rows are for a second try. */
  private unread(day: Day | typeof UNDECIDED): boolean {
    return day !== UNDECIDED && this.options.window !== undefined && outsideWindow(this.options.window, day);
  }

  /** After the last row: a file whose dates all read both ways stops here. */
  finish(): void {
    this.dates.finish();
  }

  /** Exports repeat a few hundred dates a million times; each is parsed once (until the order is settled). */
  private day(row: CsvRow, i: number): Day | undefined | typeof UNDECIDED {
    const id = this.dateIds.id(row, i);
    if (id < 0) return this.dates.read(row.text(i), row.line);
    const known = this.days[id];
    if (known !== undefined) return known ?? undefined;
    const day = this.dates.read(this.dateIds.text(id), row.line);
    if (day !== UNDECIDED) this.days[id] = day ?? null;
    return day;
  }
}

/** How the byte reader takes decimal marks, given the dialect and what the plan says of thousands. */
function decimalMarks(decimalComma: boolean, thousands: Thousands | undefined): DecimalMarks {
  if (thousands === '.') return ',';
  if (thousands === ',') return '.';
  if (!decimalComma) return '.';
  return thousands === undefined ? 'either-guarded' : 'either';
}

const TAGS = ['phase', 'group', 'location'] as const;

const isAnswer = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= 10;

/** Thrown from inside the parser to stop reading once enough bad rows are known. */
class BadRows extends Error {}

/** The first bad row and how to fix it, on one line; a count says how many more there are. */
export function badRowsError(report: ImportReport): RolloutError {
  const others = report.skipped - 1;
  // Reading stops at the tenth bad row, so past it the count is a floor.
  const more = others > 0 ? ` (${report.problems.length >= MAX_PROBLEMS ? 'at least ' : ''}${others} more bad row${others === 1 ? '' : 's'} in this file)` : '';
  return new RolloutError(`${withFix(report)}${report.fix ? '' : ', or run with --lenient to skip bad rows'}${more}`, EXIT.input, [], report.firstAt);
}

/** The first bad row and how to fix it: the plan's key when it is at fault, else the export (a problem may say how, after `; `). */
export function withFix(report: ImportReport): string {
  const first = report.problems[0]!;
  if (report.fix) return `${first}; ${report.fix}`;
  return first.includes('; ') ? first : `${first}; correct it in the export`;
}
