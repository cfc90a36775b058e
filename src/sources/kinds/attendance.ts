import type { Source } from '../../plan/sources-schema.js';
import { planPauses, timePhases } from '../../schedule/phases.js';
import { holdsFrom } from '../../pauses/pauses.js';
import { reaches } from '../../pauses/scope.js';
import type { Day } from '../../util/dates.js';
import { RolloutError } from '../../util/errors.js';
import { errorAtKey } from '../../util/place.js';
import { ByteTable } from '../../csv/dictionary.js';
import { parseMeetingTime, parseMinimum } from '../attendance/duration.js';
import { readAttendanceFile, type AttendanceFile } from '../attendance/report.js';
import { isTeamsHeader, teamsColumns, type TeamsColumns } from '../attendance/teams-columns.js';
import { fourDigitYear, parseInstant, timeInMeeting, type Stay } from '../attendance/time-in-meeting.js';
import { writtenDayFirst, type DateOrder } from '../../util/date-order.js';
import { CellKey } from '../cells.js';
import { cellInMessage, norm, type Header } from '../columns.js';
import type { RowDate, SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Roster } from '../roster.js';
import { RosterParts, scopeTags } from '../scopes.js';
import type { Row, TableOptions, TableReader, TableResult } from '../table.js';
import { exportFiles, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';

type Attendance = Extract<Source, { kind: 'attendance' }>;


/** Sign-in sheet rows that find nobody, given by file and line; the rest are counted. */
const SHOWN_ROWS = 5;

/** What a sign-in sheet is likely to call its columns, when the plan does not say. */
const SHEET = { person: ['Email', 'E-mail', 'E-mailadres', 'Email Address', 'Name', 'Naam'], name: ['Name', 'Naam'], date: ['Date', 'Datum'] };

const NEITHER = ': this is no Teams attendance report, and no sign-in sheet the plan describes';
const TEAMS_HOW = "this is no layout Teams writes (Name, First Join, Last Leave, In-Meeting Duration, Email, Participant ID (UPN), Role): download the report again from the meeting's Attendance tab";

/** A row kept: its file, the person, the date's number, the seconds in the meeting and the join and leave as written. */
interface Kept {
  file: FileRows;
  person: number;
  date: number;
  seconds: number;
  join?: string;
  leave?: string;
}

/**
 * One row per participant of a training (a Teams meeting attendance report, or a sign-in
 * sheet): on each day, the share of the roster people in a scope who have attended a training
 * so far, any session counting. With `minimum`, a participant counts for a meeting only after
 * that long in it (their rows in that report, overlapping ones once). People who attended twice
 * count once. The plan's `date`, `person` and `duration` name a sheet's columns: a Teams report
 * is read by the columns Teams writes, in whatever language.
 */
export class AttendanceReader implements KindReader {
  private readonly roster: Roster;
  private readonly parts: RosterParts;
  private readonly minimum: number | undefined;
  private file: AttendanceFile = { teams: false };
  /** The current file's columns, when it is a Teams report. */
  private teams: TeamsColumns | undefined;
  private person = 0;
  private name: number | undefined;
  private duration: number | undefined;
  private join: number | undefined;
  private leave: number | undefined;
  private readonly kept: Kept[] = [];
  /** The files with rows, in the order read. */
  private readonly files: FileRows[] = [];
  private readonly strangers = new ByteTable();
  private readonly strangerKey = new CellKey();
  /** Rows with neither an id nor a name to find anyone by. */
  private nameless = 0;
  /** Where a sign-in sheet's first rows that find nobody are (a typed name or address to correct, shown by line, never by what it says), and how many there are. */
  private readonly unfound: string[] = [];
  private unfoundRows = 0;

  constructor(
    private readonly source: Attendance,
    private readonly context: KindContext,
  ) {
    if (!context.roster) throw new RolloutError(`${context.label} (kind: attendance) counts people, so the plan needs a roster: add people: { file: people.csv, columns: { person: ... } }`);
    this.roster = context.roster;
    this.parts = new RosterParts(context.plan, context.roster);
    this.minimum = source.minimum === undefined ? undefined : parseMinimum(source.minimum);
  }

  readFile(file: string, options: TableOptions, table: TableReader): Promise<TableResult> {
    const dates = this.source.date === undefined ? SHEET.date : [this.source.date];
    return readAttendanceFile(file, options, table, { dates }, (what) => (this.file = what));
  }

  knownLayout(): boolean {
    return this.teams !== undefined;
  }

  /** A Teams report's day is its meeting's start in the summary, else its own date column; a sheet's is its date column. */
  rowDate(header: Header, dates: SourceDates, file: FileRows): RowDate {
    const { label } = this.context;
    // The first call for each file's header: what the file is decides which columns it has.
    this.teams = this.file.teams || isTeamsHeader(header.cells) ? teamsColumns(header) : undefined;
    const { start } = this.file;
    if (this.teams) {
      if (start) {
        const shown = teamsDateOrder(start.text, header);
        if (shown) dates.fileShows(shown);
        const id = dates.number(fourDigitYear(start.text), file, start.line, 2, start.text);
        return {
          id: () => {
            dates.counts[id]!++;
            return id;
          },
        };
      }
      const column = this.teams.join ?? this.teams.timestamp;
      if (column === undefined) throw header.problem(`no column with the time each person joined (First Join or Join Time); ${TEAMS_HOW}`);
      return dates.column(column, undefined, fourDigitYear);
    }
    const column = this.source.date ?? SHEET.date.find((n) => has(header, n));
    if (column === undefined) throw header.problem(`no column with the day of each row (such as ${SHEET.date.join(' or ')})${NEITHER}; set ${label}.date to the column that has it`);
    return dates.column(header.column(column, `${label}.date`));
  }

  header(header: Header): void {
    if (this.teams) return this.teamsHeader(header, this.teams);
    const { label } = this.context;
    const person = this.source.person ?? SHEET.person.find((n) => has(header, n));
    if (person === undefined) {
      throw header.problem(`no column with who attended (such as Email or Name)${NEITHER}; set ${label}.person to the column with each person's e-mail address or name`);
    }
    this.person = header.column(person, `${label}.person`);
    const name = SHEET.name.find((n) => has(header, n) && norm(n) !== norm(person));
    this.name = name === undefined ? undefined : header.column(name, `${label}.person`);
    // On a sign-in sheet, people were there in person: minimum is for the times of a report, or a sheet's duration column.
    this.duration = this.source.duration === undefined ? undefined : header.column(this.source.duration, `${label}.duration`);
    this.join = this.leave = undefined;
  }

  private teamsHeader(header: Header, columns: TeamsColumns): void {
    const { label } = this.context;
    const person = columns.person ?? columns.name;
    if (person === undefined) throw header.problem(`no column with who attended (Email or Name); ${TEAMS_HOW}`);
    this.person = person;
    this.name = columns.name === person ? undefined : columns.name;
    this.duration = columns.duration;
    this.join = columns.join;
    this.leave = columns.leave;
    if (this.minimum !== undefined && this.duration === undefined) {
      throw header.problem(`${label}.minimum needs the time each person was in the meeting, and this report has no In-Meeting Duration column (a report from before mid-2021 has none: leave minimum out)`);
    }
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (this.files.at(-1) !== file) this.files.push(file);
    if (!filter.matches || filter.excluded) return;
    let person = this.roster.find(row, this.person);
    // A guest has no e-mail address, nor has everyone on a paper list: their name is all there is.
    if (person < 0 && this.name !== undefined && row.text(this.person).trim() === '') person = this.roster.find(row, this.name);
    if (person < 0 && this.roster.leftOut(row, this.person)) return;
    if (person < 0) return this.teams ? this.stranger(row) : this.notFound(file.at(row.line));
    const kept: Kept = { file, person, date, seconds: Infinity };
    if (this.minimum !== undefined && this.duration !== undefined) {
      const text = row.text(this.duration);
      const read = parseMeetingTime(text);
      if (read === undefined) return file.bad(row.line, this.duration + 1, `the time in the meeting${cellInMessage(text)} is no time such as 1h 5m 20s`);
      kept.seconds = read;
      if (this.join !== undefined && this.leave !== undefined) {
        kept.join = row.text(this.join);
        kept.leave = row.text(this.leave);
      }
    }
    this.kept.push(kept);
  }

  /** With one of the files to compare with the roster, never who is in it. */
  private nobodyFound(size: number): string {
    const { label } = this.context;
    const { person } = this.source;
    const set = person === undefined ? `, or set ${label}.person to the column that has them` : '';
    return `none of the ${size} participants in ${exportFiles(this.files.map((f) => f.file))} is in the roster ${this.roster.file}; check that people.columns.person names the same ids (e-mail addresses) as the files' ${person ?? 'Email'} column${set}`;
  }

  private notFound(where: string): void {
    if (this.unfoundRows++ < SHOWN_ROWS) this.unfound.push(where);
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const { context } = this;
    const size = this.strangers.size + this.nameless + this.unfoundRows;
    // Said at the plan's `person`, or at its `file` when the plan leaves the column to the layout.
    if (this.kept.length === 0 && size > 0) throw errorAtKey(context.locate?.('person') ?? context.locate?.('file'), `${context.label}.person`, this.nobodyFound(size));
    const guests = this.strangers.size + this.nameless;
    if (guests > 0) context.warn(`${context.label}: ${guests} ${guests === 1 ? 'participant' : 'participants'} in the attendance files (guests, external users) ${guests === 1 ? 'is' : 'are'} not in the roster ${this.roster.file} and left out`);
    const rows = this.unfoundRows;
    if (rows > 0) {
      const where = `${this.unfound.join(', ')}${rows > SHOWN_ROWS ? ` and ${rows - SHOWN_ROWS} more` : ''}`;
      context.warn(`${context.label}: ${rows} sign-in sheet ${rows === 1 ? 'row finds' : 'rows find'} nobody in the roster ${this.roster.file} and ${rows === 1 ? 'is' : 'are'} left out (${where}): check the name or e-mail address written there against the roster`);
    }
    const trained = this.trainedOn(dates);
    const sessions = [...new Set(this.kept.map((k) => dates.day(k.date)).filter((d) => d !== undefined))].sort((a, b) => a - b);
    if (sessions.length === 0) return;
    const again = this.startsAgain();
    const days = this.days(sessions, again);
    // Who had not joined yet or had left that day is neither trained nor to be trained.
    const onRoster = days.map((day) => this.parts.counts(1, day));
    const spans = new Map([...trained].map(([person, sessionDays]) => [person, trainedSpans(sessionDays, again.get(this.parts.of(person)))]));
    const trainedAt = (person: number, day: Day) => spans.get(person)?.some((s) => s.from <= day && day < s.until) ?? false;
    const metric = this.source.metric;
    for (const scope of context.scopes(metric)) {
      const inScope = this.parts.inScope(scope);
      const parts = new Set(inScope);
      const here = (person: number) => parts.has(this.parts.of(person));
      // Each span counts from its first day to the day after its last: a sweep over the days adds them up.
      const changes = [...spans].filter(([person]) => here(person)).flatMap(([, own]) => own.flatMap((s) => [{ day: s.from, by: 1 }, ...(Number.isFinite(s.until) ? [{ day: s.until, by: -1 }] : [])]));
      changes.sort((a, b) => a.day - b.day);
      // Only people with a joined or left day are ever off the roster.
      const dated = this.roster.dated.filter(here);
      let next = 0;
      let done = 0;
      days.forEach((day, d) => {
        while (next < changes.length && changes[next]!.day <= day) done += changes[next++]!.by;
        const total = inScope.reduce((sum, part) => sum + onRoster[d]![part]!, 0);
        if (total === 0) return;
        const gone = dated.filter((person) => trainedAt(person, day) && !this.roster.on(person, day)).length;
        emit({ metric, day, value: ((done - gone) / total) * 100, ...scopeTags(scope), rows: done - gone, exact: true, people: { active: done - gone, total } });
      });
    }
  }

  /**
   * For the parts a second try brings in, the day of their rollback and the day they start again
   * (`resume`): a session from the rollback on is the second try's (a refresher before the
   * restart prepares it), and from the restart its people count as trained by those alone.
   */
  private startsAgain(): Map<number, SecondTry> {
    const again = new Map<number, SecondTry>();
    for (const span of planPauses(this.context.plan).spans) {
      if (!span.rollback?.resume || !span.reach || span.until === undefined) continue;
      const reach = { phases: span.reach.held, ...(span.reach.location !== undefined ? { location: span.reach.location } : {}) };
      const here = { rolledBack: holdsFrom(span), resumed: span.until };
      for (let part = 0; part < this.parts.size; part++) if (reaches(reach, this.parts.names(part)) && (again.get(part)?.resumed ?? -Infinity) < here.resumed) again.set(part, here);
    }
    return again;
  }

  /** Each roster person's days with a session long enough, in order, with a note on those whose every session was too short. */
  private trainedOn(dates: SourceDates): Map<number, Day[]> {
    // One meeting's rows of a person count together: a report of 2021 has a row per join.
    const perMeeting = new Map<FileRows, Map<string, { person: number; day: Day; stays: Stay[] }>>();
    for (const k of this.kept) {
      const day = dates.day(k.date);
      if (day === undefined) continue;
      const meetings = perMeeting.get(k.file) ?? perMeeting.set(k.file, new Map()).get(k.file)!;
      const key = `${k.person}\u0000${day}`;
      const order = dates.orderOf(k.file);
      const stay: Stay = { seconds: k.seconds, from: k.join === undefined ? undefined : parseInstant(k.join, order), to: k.leave === undefined ? undefined : parseInstant(k.leave, order) };
      const known = meetings.get(key);
      if (known) known.stays.push(stay);
      else meetings.set(key, { person: k.person, day, stays: [stay] });
    }
    const trained = new Map<number, Day[]>();
    const short = new Set<number>();
    for (const meetings of perMeeting.values()) {
      for (const m of meetings.values()) {
        if (this.minimum !== undefined && timeInMeeting(m.stays) < this.minimum) {
          short.add(m.person);
          continue;
        }
        (trained.get(m.person) ?? trained.set(m.person, []).get(m.person)!).push(m.day);
      }
    }
    const never = [...short].filter((p) => !trained.has(p)).length;
    if (never > 0) this.context.warn(`${this.context.label}: ${never} roster ${never === 1 ? 'person was' : 'people were'} in a training for less than ${this.source.minimum} and ${never === 1 ? 'does' : 'do'} not count as trained`);
    for (const sessionDays of trained.values()) sessionDays.sort((a, b) => a - b);
    return trained;
  }

  /**
   * The days a value is given: each session's, and from the first session on, the first and last
   * day of each phase and each day a part starts again, so a gate whose window holds no session
   * still reads the share so far.
   */
  private days(sessions: Day[], again: ReadonlyMap<number, SecondTry>): Day[] {
    const edges = [...timePhases(this.context.plan).flatMap((p) => [p.start, p.end]), ...[...again.values()].map((t) => t.resumed)];
    const first = sessions[0]!;
    return [...new Set([...sessions, ...edges.filter((d) => Number.isFinite(d) && d > first)])].sort((a, b) => a - b);
  }

  /** Someone the roster lacks, counted once by their id or name; a row with neither counts on its own. */
  private stranger(row: Row): void {
    const key = this.strangerKey;
    if (!key.of(row, this.person) && (this.name === undefined || !key.of(row, this.name))) {
      this.nameless++;
      return;
    }
    if (this.strangers.size < 1_000_000) this.strangers.add(key.bytes, key.start, key.end);
  }
}

function has(header: Header, name: string): boolean {
  return header.cells.some((cell) => norm(cell) === norm(name));
}

/** A US date as Teams writes it (`3/8/27, 9:00:00 AM`: no leading zero, a 12-hour clock); no English locale writes a day first so. */
const US = /^(\d{1,2})\/(\d{1,2})\/\d{2}(?:\d{2})?,\s\d{1,2}:\d{2}:\d{2}[\s\u202f][AP]M$/;

/**
 * The date order a Teams report's start time shows by its form, when its numbers cannot: a day
 * first wherever the parts are separated by `-` or `.` (Dutch, German and every other language
 * that writes so); month first in the US form, in a report with English headers.
 */
function teamsDateOrder(text: string, header: Header): DateOrder | undefined {
  const t = text.trim();
  if (writtenDayFirst(t)) return 'dmy';
  const us = US.exec(t);
  const english = has(header, 'Participant ID (UPN)');
  if (us && english && !us[1]!.startsWith('0') && !us[2]!.startsWith('0') && (us[1]!.length === 1 || us[2]!.length === 1)) return 'mdy';
  return undefined;
}

/** A part's second try: the day its first try was rolled back, and the day it started again. */
interface SecondTry {
  rolledBack: Day;
  resumed: Day;
}

/**
 * The days a person counts as trained, from their session days: from the first on. In a part with
 * a second try, a session before the rollback is the first try's and counts until the restart; one
 * from the rollback on is the second try's and counts from the restart (or its own day, if later),
 * as the second try's gates are judged on its own training and the first try's share stands until
 * then.
 */
function trainedSpans(sessionDays: readonly Day[], again: SecondTry | undefined): { from: Day; until: Day }[] {
  const first = sessionDays[0]!;
  if (again === undefined) return [{ from: first, until: Infinity }];
  const second = sessionDays.find((d) => d >= again.rolledBack);
  return [...(first < again.rolledBack ? [{ from: first, until: again.resumed }] : []), ...(second !== undefined ? [{ from: Math.max(second, again.resumed), until: Infinity }] : [])];
}
