import type { Source } from '../../plan/sources-schema.js';
import { timePhases } from '../../schedule/phases.js';
import type { Day } from '../../util/dates.js';
import { RolloutError } from '../../util/errors.js';
import { ByteTable } from '../../csv/dictionary.js';
import { parseMeetingTime, parseMinimum } from '../attendance/duration.js';
import { readAttendanceFile, type AttendanceFile } from '../attendance/report.js';
import { CellKey } from '../cells.js';
import { cellInMessage, norm, type Header } from '../columns.js';
import type { RowDate, SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Roster } from '../roster.js';
import { RosterParts, scopeTags } from '../scopes.js';
import type { Row, TableOptions, TableReader } from '../table.js';
import type { KindContext, KindReader, RowFilter, SourcePoint } from './kind.js';

type Attendance = Extract<Source, { kind: 'attendance' }>;

/** The columns a Teams attendance report has, by what they hold: its current names and those of 2021. */
const TEAMS = {
  person: ['Email', 'E-mail', 'Participant ID (UPN)', 'Full Name', 'Name'],
  name: ['Name', 'Full Name'],
  duration: ['In-Meeting Duration', 'Duration'],
  date: ['First Join', 'Join Time', 'Timestamp'],
};
/** What a sign-in sheet is likely to call them, when the plan does not say. */
const SHEET = { person: ['Email', 'E-mail', 'E-mailadres', 'Email Address', 'Name', 'Naam'], name: ['Name', 'Naam'], date: ['Date', 'Datum'] };

const NEITHER = ': this is no Teams attendance report, and no sign-in sheet the plan describes';

/**
 * One row per participant of a training (a Teams meeting attendance report, or a sign-in
 * sheet): on each day, the share of the roster people in a scope who have attended a training
 * so far, any session counting. With `minimum`, a participant counts for a meeting only after
 * that long in it (their rows in that report added up). People who attended twice count once.
 */
export class AttendanceReader implements KindReader {
  private readonly roster: Roster;
  private readonly parts: RosterParts;
  private readonly minimum: number | undefined;
  private file: AttendanceFile = { teams: false };
  private files = 0;
  private person = 0;
  private name: number | undefined;
  private duration: number | undefined;
  /** Per row kept: the file's number, the person, the date's number and the seconds in the meeting. */
  private readonly kept: { file: number; person: number; date: number; seconds: number }[] = [];
  private readonly strangers = new ByteTable();
  private readonly strangerKey = new CellKey();

  constructor(
    private readonly source: Attendance,
    private readonly context: KindContext,
  ) {
    if (!context.roster) throw new RolloutError(`${context.label} (kind: attendance) counts people, so the plan needs a roster: add people: { file: people.csv, columns: { person: ... } }`);
    this.roster = context.roster;
    this.parts = new RosterParts(context.plan, context.roster);
    this.minimum = source.minimum === undefined ? undefined : parseMinimum(source.minimum);
  }

  readFile(file: string, options: TableOptions, table: TableReader): Promise<{ windows1252: number }> {
    this.files++;
    return readAttendanceFile(file, options, table, (what) => (this.file = what));
  }

  /** A Teams report's day is its meeting's start in the summary; other files name a date column. */
  rowDate(header: Header, dates: SourceDates, file: FileRows): RowDate {
    const { label } = this.context;
    const { start } = this.file;
    if (this.source.date === undefined && start) {
      const id = dates.number(fourDigitYear(start.text), file, start.line, 2);
      return {
        id: () => {
          dates.counts[id]!++;
          return id;
        },
      };
    }
    const teams = this.isTeams(header);
    const names = teams ? TEAMS.date : SHEET.date;
    const column = this.source.date ?? names.find((n) => has(header, n));
    if (column === undefined) throw new RolloutError(`${header.file}:${header.line}:1: no column with the day of each row (such as ${names.join(' or ')})${teams ? '' : NEITHER}; set ${label}.date to the column that has it`);
    return dates.column(header.column(column, `${label}.date`));
  }

  header(header: Header): void {
    const { label } = this.context;
    const teams = this.isTeams(header);
    const person = this.source.person ?? (teams ? TEAMS.person : SHEET.person).find((n) => has(header, n));
    if (person === undefined) {
      throw new RolloutError(`${header.file}:${header.line}:1: no column with who attended (such as Email or Name)${teams ? '' : NEITHER}; set ${label}.person to the column with each person's e-mail address or name`);
    }
    this.person = header.column(person, `${label}.person`);
    const name = (teams ? TEAMS.name : SHEET.name).find((n) => has(header, n) && norm(n) !== norm(person));
    this.name = name === undefined ? undefined : header.column(name, `${label}.person`);
    const duration = this.source.duration ?? (teams ? TEAMS.duration.find((n) => has(header, n)) : undefined);
    this.duration = duration === undefined ? undefined : header.column(duration, `${label}.duration`);
    // On a sign-in sheet, people were there in person: minimum is for the times of a report.
    if (this.minimum !== undefined && this.duration === undefined && teams) {
      throw new RolloutError(`${header.file}:${header.line}:1: ${label}.minimum needs the time each person was in the meeting, and this report has no In-Meeting Duration column; set ${label}.duration to the column that has it (a report from before mid-2021 has none: leave minimum out)`);
    }
  }

  /** A Teams report: one with sections, or one from before mid-2021 (a row per join and leave, with its User Action). */
  private isTeams(header: Header): boolean {
    return this.file.teams || has(header, 'User Action');
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (!filter.matches || filter.excluded) return;
    let person = this.roster.find(row, this.person);
    // A guest has no e-mail address, nor has everyone on a paper list: their name is all there is.
    if (person < 0 && this.name !== undefined && row.text(this.person).trim() === '') person = this.roster.find(row, this.name);
    if (person < 0) return this.stranger(row);
    let seconds = Infinity;
    if (this.minimum !== undefined && this.duration !== undefined) {
      const text = row.text(this.duration!);
      const read = parseMeetingTime(text);
      if (read === undefined) return file.bad(row.line, this.duration! + 1, `the time in the meeting${cellInMessage(text)} is no time such as 1h 5m 20s`);
      seconds = read;
    }
    this.kept.push({ file: this.files, person, date, seconds });
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const { context } = this;
    const size = this.strangers.size;
    if (this.kept.length === 0 && size > 0) throw new RolloutError(`${context.label}: none of the ${size} participants in the attendance files is in the roster ${this.roster.file}; check that people.columns.person names the same ids (e-mail addresses) as the files' ${this.source.person ?? 'Email'} column`);
    if (size > 0) context.warn(`${context.label}: ${size} ${size === 1 ? 'participant' : 'participants'} in the attendance files (guests, external users) ${size === 1 ? 'is' : 'are'} not in the roster ${this.roster.file} and left out`);
    const trained = this.trainedOn(dates);
    const sessions = [...new Set(this.kept.map((k) => dates.day(k.date)).filter((d) => d !== undefined))].sort((a, b) => a - b);
    if (sessions.length === 0) return;
    const days = this.days(sessions);
    const metric = this.source.metric;
    for (const scope of context.scopes(metric)) {
      const parts = new Set(this.parts.inScope(scope));
      const inScope = trained.filter((t) => parts.has(this.parts.of(t.person)));
      let total = 0;
      for (let person = 0; person < this.roster.size; person++) if (parts.has(this.parts.of(person))) total++;
      if (total === 0) continue;
      const firsts = inScope.map((t) => t.day).sort((a, b) => a - b);
      let done = 0;
      for (const day of days) {
        while (done < firsts.length && firsts[done]! <= day) done++;
        emit({ metric, day, value: (done / total) * 100, ...scopeTags(scope), rows: done, exact: true });
      }
    }
  }

  /** Each roster person's first day with a session long enough, with a note on those whose every session was too short. */
  private trainedOn(dates: SourceDates): { person: number; day: Day }[] {
    // One meeting's rows of a person add up: a report of 2021 has a row per join.
    const perMeeting = new Map<string, { person: number; day: Day; seconds: number }>();
    for (const k of this.kept) {
      const day = dates.day(k.date);
      if (day === undefined) continue;
      const key = `${k.file}\u0000${k.person}\u0000${day}`;
      const known = perMeeting.get(key);
      if (known) known.seconds += k.seconds;
      else perMeeting.set(key, { person: k.person, day, seconds: k.seconds });
    }
    const first = new Map<number, Day>();
    const short = new Set<number>();
    for (const m of perMeeting.values()) {
      if (this.minimum !== undefined && m.seconds < this.minimum) {
        short.add(m.person);
        continue;
      }
      first.set(m.person, Math.min(first.get(m.person) ?? Infinity, m.day));
    }
    const never = [...short].filter((p) => !first.has(p)).length;
    if (never > 0) this.context.warn(`${this.context.label}: ${never} roster ${never === 1 ? 'person was' : 'people were'} in a training for less than ${this.source.minimum} and ${never === 1 ? 'does' : 'do'} not count as trained`);
    return [...first].map(([person, day]) => ({ person, day }));
  }

  /**
   * The days a value is given: each session's, and from the first session on, the first and last
   * day of each phase, so a gate whose window holds no session still reads the share so far.
   */
  private days(sessions: Day[]): Day[] {
    const edges = timePhases(this.context.plan).flatMap((p) => [p.start, p.end]);
    const first = sessions[0]!;
    return [...new Set([...sessions, ...edges.filter((d) => Number.isFinite(d) && d > first)])].sort((a, b) => a - b);
  }

  private stranger(row: Row): void {
    const key = this.strangerKey;
    if (!key.of(row, this.person) && (this.name === undefined || !key.of(row, this.name))) return;
    if (this.strangers.size < 1_000_000) this.strangers.add(key.bytes, key.start, key.end);
  }
}

function has(header: Header, name: string): boolean {
  return header.cells.some((cell) => norm(cell) === norm(name));
}

/** Teams writes a two-digit year in some languages (15/11/22, 09:30:17); the date rules read four. */
function fourDigitYear(text: string): string {
  return text.replace(/^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?=[\s,]|$)/, '$1$2$3$220$4');
}
