import path from 'node:path';
import type { ImportReport } from '../gates/csv.js';
import type { Plan } from '../plan/resolve.js';
import type { Metric } from '../plan/schema.js';
import type { Source } from '../plan/sources-schema.js';
import { planCalendar } from '../schedule/phases.js';
import { organizationCalendar, placesCalendar } from '../schedule/calendar.js';
import { dateOrder } from '../util/date-order.js';
import { RolloutError, type Place } from '../util/errors.js';
import { errorAtKey, placeText } from '../util/place.js';
import { yamlString } from '../plan/yaml-string.js';
import { Conditions } from './cells.js';
import { Header, type NumberFormat } from './columns.js';
import { reportDay } from './as-of.js';
import { SourceDates, type RowDate } from './dates.js';
import { formatDay, type Day } from '../util/dates.js';
import { refuseMembersExport } from './members-export.js';
import { checkRepeatedDays, NO_DATE_COLUMN } from './repeated.js';
import { checkCopiedReports } from './copied-reports.js';
import { fileExists, matchGlob } from './glob.js';
import { leftBefore, stoppedExcluding } from './stopped-excluding.js';
import { lockFilesNote, onlyLockFilesProblem } from './lock-files.js';
import { metricsDueBy } from './missing.js';
import { ActivityReader } from './kinds/activity.js';
import { AttendanceReader } from './kinds/attendance.js';
import { reportColumnNames } from './attendance/teams-columns.js';
import { DailyReader } from './kinds/daily.js';
import { EventsReader } from './kinds/events.js';
import type { KindContext, KindReader, RowFilter, SourcePoint } from './kinds/kind.js';
import { ResponsesReader } from './kinds/responses.js';
import { SignInsReader } from './kinds/sign-ins.js';
import { FileRows } from './problems.js';
import { readRoster } from './roster-notes.js';
import type { Scope } from './scopes.js';
import { organizationZone } from './zones.js';
import { namedColumns } from './header-search.js';
import { readTable, shown } from './table.js';
import { isAnswerOptionRow } from './survey-monkey.js';
import { bounded, fileOutsideWindow, namedOutsideWindow, outsideWindow, readWindow, brokenLeftOut } from './read-window.js';
import { formatList, listed } from '../util/lists.js';

export type { SourcePoint } from './kinds/kind.js';

export interface SourcesInput {
  plan: Plan;
  /** The plan's folder: `file:` paths are relative to it. */
  baseDir: string;
  lenient: boolean;
  metrics: ReadonlyMap<string, Metric | undefined>;
  answers: ReadonlySet<string>;
  /** Whom activity shares are computed for, per metric. */
  scopes(metric: string): Scope[];
  /** Where a path in the plan is, when known. */
  locate?: (planPath: (string | number)[]) => Place | undefined;
  /** The sources (by index) whose files are awaited, not due yet (see awaitedFiles): left unread. */
  awaited?: ReadonlySet<number>;
  /** The day of the check reading them: a rollback of the whole rollout by then ends the days read (see readWindow). */
  asOf?: Day;
  /** The day the exports are read on, none downloaded after it, when it is no check's day (`rollout metrics` up to a day); by default asOf. */
  readOn?: Day;
}

export interface SourcesOutput {
  /** One per file read, for the rows skipped under --lenient. */
  imports: ImportReport[];
  /** Counts worth knowing, such as people in an export but not in the roster. */
  warnings: string[];
  /** For each metric of an events or sign-ins source, the last day its exports cover whole (see EventsReader). */
  covered: Map<string, Day>;
}

/** Reads every source of the plan and hands each computed observation to `emit`. */
export async function readSources(input: SourcesInput, emit: (point: SourcePoint) => void): Promise<SourcesOutput> {
  const { plan } = input;
  const output: SourcesOutput = { imports: [], warnings: [], covered: new Map() };
  if (plan.sources.every((_, index) => input.awaited?.has(index))) return output;
  const people = plan.people ? await readRoster(plan, input.baseDir, placeText(input.locate?.(['people', 'file']))) : undefined;
  const roster = people?.roster;
  if (people) output.warnings.push(...people.warnings);
  const away = roster && input.asOf !== undefined ? roster.onLeaveCount(input.asOf) : 0;
  if (away > 0) output.warnings.push(awayNote(roster!.file, away, input.asOf!, plan.people!.columns.away!));
  // A helpdesk names no office: its tickets come from every location that works that day.
  const global = planCalendar(plan);
  const calendar = organizationCalendar(plan, global);
  const window = readWindow(plan, input.asOf);
  // Worked out only once an answer cannot be read: most exports have none.
  let dueMetrics: Set<string> | undefined;
  const dueOn = input.asOf ?? input.readOn;
  const due = (metric: string) => dueOn === undefined || (dueMetrics ??= metricsDueBy(plan, dueOn)).has(metric);
  for (const [index, source] of plan.sources.entries()) {
    if (input.awaited?.has(index)) continue;
    const label = `sources[${index}]`;
    const dateFormat = { order: dateOrder(source.dateFormat), setting: { key: `${label}.dateFormat`, at: placeText(input.locate?.(['sources', index, 'dateFormat'])) } };
    const context: KindContext = { plan, roster, metrics: input.metrics, answers: input.answers, scopes: input.scopes, calendar, placesCalendar: (locations) => placesCalendar(plan, global, locations), window, readOn: input.readOn ?? input.asOf, label, locate: (key) => input.locate?.(['sources', index, key]), dateFormat, warn: (text) => output.warnings.push(text), due, covers: (metric, day) => output.covered.set(metric, Math.max(output.covered.get(metric) ?? -Infinity, day)) };
    output.imports.push(...(await readSource(source, context, input, index, emit)));
  }
  return output;
}

async function readSource(source: Source, context: KindContext, input: SourcesInput, index: number, emit: (point: SourcePoint) => void): Promise<ImportReport[]> {
  const { files, lockFiles } = await matchGlob(source.file, input.baseDir);
  // A file named without a wildcard is matched whether or not it is there.
  if (files.length === 0 || (files.length === 1 && !(await fileExists(files[0]!)))) {
    const at = input.locate?.(['sources', index, 'file']);
    if (lockFiles.length > 0) throw errorAtKey(at, context.label, onlyLockFilesProblem(source.file, context.label, lockFiles));
    throw errorAtKey(at, context.label, `${JSON.stringify(source.file)} matches no file in ${shown(path.resolve(input.baseDir, path.dirname(source.file)))}; export the data there or correct ${context.label}.file`);
  }
  if (lockFiles.length > 0) context.warn(lockFilesNote(context.label, lockFiles));
  // Attendance files come from different hands (each organiser's Teams, a typed sheet): each has its own date order.
  const dates = new SourceDates(context.dateFormat.order, context.dateFormat.setting, source.kind === 'attendance', organizationZone(context.plan), emptyDateFix(context.label, source.date));
  // The decimal mark follows each file's delimiter unless the plan sets it.
  const numbers: NumberFormat = { decimal: source.decimal ?? '.', ...(source.thousands ? { thousands: source.thousands } : {}) };
  const reader = kindReader(source, context, numbers, dates);
  const rows: FileRows[] = [];
  const where = new Conditions(source.where, `${context.label}.where`);
  const exclude = new Conditions(source.exclude, `${context.label}.exclude`);
  // One object for every row: the kind reader reads it before the next row.
  const filter: RowFilter = { matches: true, excluded: false, account: -1 };
  const fileAt = placeText(input.locate?.(['sources', index, 'file']));
  const options = { delimiter: source.delimiter, sheet: source.sheet, named: namedColumns(source), fileKey: `${context.label}.file${fileAt ? ` (${fileAt})` : ''}` };
  const dateColumn = new Map<FileRows, number>();
  const asOf = source.kind === 'activity' ? source.asOf : undefined;
  for (const file of files) {
    if (namedOutsideWindow(context.window, file, context.dateFormat.order)) continue;
    const fileRows = new FileRows(shown(file), input.lenient);
    rows.push(fileRows);
    dates.startFile(fileRows);
    // An export for a window has no date column: its day is the plan's, or its file name's.
    const day = asOf === undefined ? undefined : reportDay(asOf, fileRows.file, `${context.label}.asOf`, input.locate?.(['sources', index, 'asOf']), context.dateFormat);
    let date: RowDate;
    let fileHeader: Header | undefined;
    let cellsNeeded = 0;
    /** The row below the header may be SurveyMonkey's row of answer options: a second header row, not a response. */
    let optionRowNext = false;
    const read = reader.readFile?.bind(reader) ?? readTable;
    const result = await read(fileRows.file, options, {
      header(cells, info) {
        if (source.decimal === undefined) numbers.decimal = info.delimiter === ',' ? '.' : ',';
        refuseMembersExport(source, cells, fileRows.file, context.label, (key) => input.locate?.(['sources', index, key]));
        fileRows.sheet = info.sheet;
        const header = new Header(cells, fileRows.file, info.line, info.sheet);
        if (reader.rowDate) {
          dateColumn.set(fileRows, NO_DATE_COLUMN);
          date = reader.rowDate(header, dates, fileRows);
        } else if (day === undefined) {
          const column = header.column(source.date!, `${context.label}.date`);
          dateColumn.set(fileRows, column);
          date = dates.column(column);
        } else {
          dateColumn.set(fileRows, NO_DATE_COLUMN);
          date = dates.fixed(day);
        }
        const known = reader.knownLayout?.() ?? false;
        where.place(header, source.kind === 'attendance', known);
        exclude.place(header, source.kind === 'attendance', known);
        reader.header(header);
        fileHeader = header;
        cellsNeeded = header.cellsNeeded();
        optionRowNext = dateColumn.get(fileRows) !== NO_DATE_COLUMN;
        return header.read;
      },
      row(row) {
        if (optionRowNext) {
          optionRowNext = false;
          if (isAnswerOptionRow(fileHeader!.cells, row, dateColumn.get(fileRows)!)) {
            reader.answerOptions?.(Array.from({ length: row.length }, (_, i) => row.text(i)), row.line);
            return;
          }
        }
        fileRows.report.rows++;
        if (row.length < cellsNeeded) return fileRows.bad(row.line, 0, fileHeader!.shortRow(row.length));
        filter.matches = where.all(row);
        filter.excluded = exclude.any(row);
        filter.account = -1;
        const leftOut = !filter.matches || filter.excluded;
        if (!leftOut && reader.passesOver?.(row)) return;
        reader.row(row, date.id(row, leftOut), filter, fileRows);
        if (filter.account >= 0) exclude.account(filter.account);
      },
      bad(line, problem) {
        fileRows.report.rows++;
        fileRows.bad(line, 0, problem);
      },
    }).catch((error: unknown) => {
      // A file that can hold no day read is said, not a stop.
      const days = dates.daysOf(fileRows, dateColumn.get(fileRows) ?? NO_DATE_COLUMN);
      const leftOut = error instanceof RolloutError ? brokenLeftOut(context.window, fileRows.file, fileRows.report.rows, days, context.dateFormat.order) : undefined;
      if (leftOut === undefined) throw error;
      context.warn(`${(error as RolloutError).message}; ${leftOut}`);
    });
    if (result) {
      fileRows.report.windows1252 = result.windows1252;
      fileRows.excelDates = result.excelDates;
    } else {
      rows.pop();
      dateColumn.delete(fileRows);
    }
  }
  where.checkFound(reportColumnNames);
  exclude.checkFound(reportColumnNames);
  for (const note of [...where.amongOthers(), ...exclude.amongOthers()]) context.warn(note);
  for (const { key, names, files } of [where.notApplied(), exclude.notApplied()].filter((n) => n !== undefined)) {
    const columns = names.map((n) => JSON.stringify(n)).join(', ');
    context.warn(
      `${key}: ${files.length === 1 ? `the report ${files[0]} has` : `${files.length} reports (${listed(files)}) have`} no column ${columns}, so it does not apply to ${files.length === 1 ? 'it' : 'them'}; ` +
        `a report downloaded in another language names its columns and values so: write them beside the others (exclude: { Role: Organizer, Rol: Organisator })`,
    );
  }
  dates.resolve();
  if (source.kind === 'activity') for (const stopped of exclude.stoppedHolding(leftBefore(rows, dates, dateColumn, context.roster))) context.warn(stoppedExcluding(stopped));
  // A file of days the plan does not read (an earlier attempt's) is not checked either.
  const unread = !bounded(context.window) ? [] : rows.filter((r) => fileOutsideWindow(context.window, dates.daysOf(r, dateColumn.get(r)!)));
  const read = rows.filter((r) => !unread.includes(r));
  for (const fileRows of read) fileRows.finish();
  if (source.kind === 'events') noteNoRowsYet(rows, 'no event yet, and so no day covered', [source.metric], context);
  if (source.kind === 'responses') noteNoRowsYet(rows, 'no answer yet', Object.keys(source.metrics), context);
  if (source.kind === 'activity') {
    const at = input.locate?.(['sources', index, 'file']);
    const shared = dates.sharedDays(dateColumn).filter((d) => !outsideWindow(context.window, d.day));
    await checkRepeatedDays(shared, { label: context.label, pattern: source.file, at, options, dateColumn, warn: context.warn });
    // A report copied under a day after the check's is no reason to refuse the check's day.
    const reports = read.flatMap((r) => dates.daysOf(r, NO_DATE_COLUMN).flatMap((day) => (day <= (input.asOf ?? Infinity) ? [{ file: r.file, day }] : [])));
    if (asOf !== undefined) await checkCopiedReports(reports, context.label, at);
  }
  reader.finish(dates, (point) => outsideWindow(context.window, point.day) || emit(point), new Set(unread.map((r) => r.file)));
  return read.map((r) => r.report);
}

/** An empty date stops the run: the export may write rows without one on purpose, which the plan can leave out. */
function emptyDateFix(label: string, column: string | undefined): string {
  const exclude = column === undefined ? 'COLUMN: VALUE' : `${yamlString(column)}: ""`;
  return `correct it in the export, or, if its rows without a date are not to be read, leave them out in the plan with ${label}.exclude: { ${exclude} }, or run with --lenient to skip bad rows`;
}

/**
 * An events export with a header and no rows says that no event came (a helpdesk's first week),
 * a survey export that no one has answered yet: no empty export to warn of. It covers no days,
 * as it has no first and last row, so its metrics get no value from it, never a fall to 0. Said
 * once for the source, only while none of its files has a row. Only the files before the first
 * with rows (in name order, the order they were downloaded in) are read so: an empty one after
 * it is more likely a download that failed, and is warned about as an empty export.
 */
function noteNoRowsYet(rows: FileRows[], meaning: string, metrics: string[], context: KindContext): void {
  const first = rows.findIndex((r) => r.report.rows > 0);
  for (const r of first < 0 ? rows : rows.slice(0, first)) r.report.noRowsIsAnswer = true;
  if (first >= 0) return;
  const files = rows.length === 1 ? `${rows[0]!.file} has` : `its ${rows.length} files (${listed(rows.map((r) => r.file))}) have`;
  const have = `${formatList(metrics, 'en', 'and')} ${metrics.length === 1 ? 'has' : 'have'}`;
  context.warn(`${context.label}: ${files} a header and no rows: ${meaning}; ${have} no value until an export with a row comes, and ${metrics.length === 1 ? 'its' : 'their'} gates stay undecided meanwhile`);
}

function kindReader(source: Source, context: KindContext, numbers: NumberFormat, dates: SourceDates): KindReader {
  switch (source.kind) {
    case 'activity':
      return new ActivityReader(source, context, numbers, dates);
    case 'sign-ins':
      return new SignInsReader(source, context);
    case 'daily':
      return new DailyReader(source, context, numbers);
    case 'responses':
      return new ResponsesReader(source, context, numbers);
    case 'events':
      return new EventsReader(source, context);
    case 'attendance':
      return new AttendanceReader(source, context);
  }
}

/** People away on the day checked, counted, never named: they leave that day's shares, as active and from the total. */
function awayNote(file: string, n: number, day: Day, column: string): string {
  return `the roster ${file} has ${n} ${n === 1 ? 'person' : 'people'} away on ${formatDay(day)} (${JSON.stringify(column)}, people.columns.away): they count in no share that day, neither as active nor in the total`;
}
