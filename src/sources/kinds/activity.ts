import { reportsOn } from '../report-days.js';
import { AS_OF_FILE_NAME, type Source } from '../../plan/sources-schema.js';
import { timePhases } from '../../schedule/phases.js';
import { formatDay, parseDuration, type Day } from '../../util/dates.js';
import { RolloutError } from '../../util/errors.js';
import { errorAtKey } from '../../util/place.js';
import { ByteTable } from '../../csv/dictionary.js';
import { CellKey, CellMeaning } from '../cells.js';
import { readNumber, type Header, type NumberFormat } from '../columns.js';
import type { DateCells, SourceDates } from '../dates.js';
import { BothIds } from '../both-ids.js';
import { EventLogCheck } from '../event-log.js';
import { NeverActive } from '../never-active.js';
import type { FileRows } from '../problems.js';
import { LEFT_OUT, type Roster } from '../roster.js';
import { outsideWindow } from '../read-window.js';
import { RosterParts } from '../scopes.js';
import type { Row } from '../table.js';
import { exportFiles, IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';
import { ACTIVE, emitShares, EXCLUDED, INACTIVE, NO_ROW, STATUSES } from './shares.js';

type Activity = Extract<Source, { kind: 'activity' }>;

/** What a report held: its roster people, and its ids that are Microsoft 365's codes for concealed names. */
interface ReportFile {
  file: string;
  found: number;
  codes: number;
  day: Day;
  last: number;
}

/** In `state`, besides a last-activity date's id or -1 for none: */
const STATE_EXCLUDED = -4;
/** A per-day count above 0, or 0, for exports with a row per person per day. */
const COUNT_ACTIVE = -2;
const COUNT_NONE = -3;

/**
 * One row per person per report: on each report day, the share of the roster people in a scope
 * who are active. People without a row that day count as not active; excluded rows (deleted,
 * unlicensed) leave both the count and the total.
 */
export class ActivityReader implements KindReader {
  private person = 0;
  /** The current file's last-activity dates, when the export has them. */
  private lastActive: DateCells | undefined;
  private active: number | undefined;
  private readonly within: number;
  /** Each day's status of every roster person (the highest of their rows), and how many of each part have each status. */
  private readonly byDay = new Map<Day, { statuses: Uint8Array; counts: Int32Array }>();
  private statuses: Uint8Array = new Uint8Array(0);
  private counts: Int32Array = new Int32Array(0);
  private statusesDay = NaN;
  private readonly parts: RosterParts;
  /** Rows whose dates are only known once every file is in (day-first or month-first). */
  private readonly later = { days: new IntColumn(), people: new IntColumn(), states: new IntColumn() };
  /** People in the export but not in the roster, kept only to count them; never shown. */
  private readonly strangers = new ByteTable();
  /**
   * Those of them with a row that is not excluded: a deleted or unlicensed account the roster
   * lacks is what exclude: is for, not a missing colleague.
   */
  private readonly missing = new ByteTable();
  /** The files each of them has rows in, by number in `files`, each pair once: those of files left unread do not count. */
  private readonly missingIn = { people: new IntColumn(), files: new IntColumn(), last: new Map<number, number>() };
  /** Those with an excluded row, and how many of them also have one that is not: a leaver deleted from the roster. */
  private readonly excludedStrangers = new ByteTable();
  private leavers = 0;
  /** Their numbers in `missing`: a deleted account whose excluded rows say it left, for leaversNote. */
  private readonly leaverIds = new Set<number>();
  private readonly strangerKey = new CellKey();
  /** Strangers whose id is 32 hexadecimal digits: Microsoft 365 conceals user names so. */
  private codes = 0;
  /**
   * Per file, its roster people and its ids that are such codes: one export made while names were
   * concealed matches nobody, and its week would silently fall back on the week before. `last`:
   * the date of its last row the plan reads, by number, for the day of such a file.
   */
  private readonly files: ReportFile[] = [];
  private file: ReportFile = { file: '', found: 0, codes: 0, day: NaN, last: -1 };
  /** With `asOf`: per report day, the latest last activity of its rows, for a report in which nobody is active (see staleReports). */
  private readonly newest = new Map<Day, Day>();
  /** Rows last active more than a day after the day the plan gives the export (`asOf`): it is from a later day. */
  private afterReport = 0;
  private readonly roster: Roster;
  /** What the lastActive column writes for someone never active: no date, so not active. */
  private readonly never: NeverActive;
  /** A per-day count cell as a number; read again for each file, whose decimal mark may differ. */
  private countOf!: CellMeaning<number | undefined>;
  private rows = 0;
  private readonly eventLog: EventLogCheck;
  /** With former ids in the roster: who has rows under both ids on one day. */
  private readonly bothIds: BothIds | undefined;

  constructor(
    private readonly source: Activity,
    private readonly context: KindContext,
    private readonly numbers: NumberFormat,
    private readonly dates: SourceDates,
  ) {
    if (!context.roster) throw new RolloutError(`${context.label} (kind: activity) counts people, so the plan needs a roster: add people: { file: people.csv, columns: { person: ... } }`);
    this.roster = context.roster;
    this.parts = new RosterParts(context.plan, context.roster);
    this.within = parseDuration(source.activeWithin);
    this.never = new NeverActive(`${context.label}.neverActive`, source.neverActive);
    this.eventLog = new EventLogCheck(source, context.label, context.roster.size);
    this.bothIds = context.roster.hasFormerIds ? new BothIds() : undefined;
  }

  header(header: Header): void {
    const { label } = this.context;
    this.files.push((this.file = { file: header.file, found: 0, codes: 0, day: NaN, last: -1 }));
    this.person = header.column(this.source.person, `${label}.person`);
    const lastActive = header.optional(this.source.lastActive, `${label}.lastActive`);
    this.lastActive = lastActive === undefined ? undefined : this.dates.column(lastActive, this.never);
    this.active = header.optional(this.source.active, `${label}.active`);
    this.countOf = new CellMeaning((text) => readNumber(text, this.numbers));
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    const day = this.dates.dayNow(date);
    if (!filter.matches) return this.eventLog.row(file, row.line, date, day, -1);
    this.file.last = date;
    const person = this.roster.person(row, this.person);
    const former = this.roster.viaFormer;
    // A deleted account's row beside the new account of one address is no second row of the person, nor is a renamed account's under its former address.
    this.eventLog.row(file, row.line, date, day, filter.excluded || person < 0 || former ? -1 : person);
    if (person === LEFT_OUT) return;
    if (person < 0) return this.stranger(row, filter.excluded);
    filter.account = person;
    this.file.found++;
    if (this.bothIds) this.bothIds.row(date, person, former);
    // An excluded row's last activity is never read, so never a bad row.
    let state: number;
    if (filter.excluded) state = STATE_EXCLUDED;
    else if (this.lastActive) state = this.lastActive.id(row);
    else {
      const count = this.countOf.get(row, this.active!);
      if (count === undefined) return file.bad(row.line, this.active! + 1, `${this.source.active} is not a number`);
      state = count > 0 ? COUNT_ACTIVE : COUNT_NONE;
    }
    this.rows++;
    // Most exports write dates year-first: their rows count at once, in the hot path, not in a second pass.
    this.file.day = day;
    const last = state >= 0 ? this.dates.dayNow(state) : NaN;
    if (!Number.isNaN(day) && (state < 0 || !Number.isNaN(last))) this.record(day, person, this.status(day, state, last));
    else {
      this.later.days.push(date);
      this.later.people.push(person);
      this.later.states.push(state);
    }
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void, unread: ReadonlySet<string>): void {
    const { roster, context } = this;
    const opened = this.files.filter((f) => !unread.has(f.file));
    if (this.rows === 0 && opened.length > 0) throw errorAtKey(context.locate?.('person'), `${context.label}.person`, this.nobodyFound(opened));
    this.recordLater(dates);
    const files = this.withoutConcealed(opened, dates);
    const days = [...this.byDay.keys()].filter((day) => !outsideWindow(context.window, day)).sort((a, b) => a - b);
    const counts = days.map((day) => this.byDay.get(day)!.counts);
    const absentNotes: string[] = [];
    const absent = this.absentParts(days, counts, absentNotes);
    const joiners = this.joinersUnsaid(days, absent);
    const gone = this.goneStrangers(files);
    const renamed = renamedAccounts(days, joiners.first, gone.lastDays);
    const size = this.missingCount(files);
    if (size > 0) context.warn(`${context.label}: ${size} ${size === 1 ? 'account' : 'accounts'} in the export ${size === 1 ? 'is' : 'are'} not in the roster ${roster.file} and left out${this.leaversNote()}${this.goneNote(gone, size, renamed)}`);
    if (this.afterReport > 0) context.warn(this.laterThanReported());
    absentNotes.forEach((note) => context.warn(note));
    const both = this.bothIds?.note(context.label, dates);
    if (both) context.warn(both);
    if (joiners.first.size > 0) context.warn(this.joinedUnsaid(joiners, renamed));
    const goneFromNewest = this.goneFromNewest(days, absent);
    if (goneFromNewest) context.warn(goneFromNewest);
    if (this.source.asOf !== undefined) this.staleReports(days, counts);
    const metric = this.source.metric;
    emitShares(metric, context.scopes(metric), this.parts, days, counts, absent, emit);
  }

  /**
   * Per report day, the parts of the roster with no row at all that had rows in an earlier report:
   * a report that lacks a whole branch or group is missing data, not a week in which nobody
   * worked, so those people leave that day's shares (a scope of only them gets no value) and a
   * note says so. People who never had a row (not invited yet) still count as not active.
   */
  private absentParts(days: Day[], counts: Int32Array[], notes: string[]): Set<number>[] {
    const { parts, context } = this;
    const seen = new Uint8Array(parts.size);
    return days.map((day, d) => {
      const count = counts[d]!;
      const absent = new Set<number>();
      let people = 0;
      for (let part = 0; part < parts.size; part++) {
        const at = part * STATUSES;
        const rows = count[at + EXCLUDED]! + count[at + INACTIVE]! + count[at + ACTIVE]!;
        if (rows > 0) seen[part] = 1;
        else if (seen[part] && count[at + NO_ROW]! > 0) {
          absent.add(part);
          people += count[at + NO_ROW]!;
        }
      }
      if (absent.size > 0) notes.push(`${context.label}: the report of ${formatDay(day)} has no row for ${people} roster ${people === 1 ? 'person' : 'people'} who had rows in an earlier report (${this.describe(absent)}); they are left out of that day's shares, not counted as not active (if the export is incomplete, export it again; if they left, give them the day they left in the roster, people.columns.left)`);
      return absent;
    });
  }

  /**
   * Roster people without a `joined` day who have no row in a report after their phase started,
   * yet rows in later ones: most likely they joined in between, and count as not active on the
   * days before, so a past share (and a gate judged on it) falls when they are added to the roster.
   */
  private joinersUnsaid(days: Day[], absent: Set<number>[]): Joiners {
    const { roster, parts } = this;
    const starts = timePhases(this.context.plan).map((p) => p.start);
    /** Each person's first report day with a row, as the loop back reaches it. */
    const later = new Float64Array(roster.size).fill(NaN);
    const people = new Set<number>();
    const reports = new Set<Day>();
    for (let d = days.length - 1; d >= 0; d--) {
      const day = days[d]!;
      const { statuses } = this.byDay.get(day)!;
      for (let person = 0; person < roster.size; person++) {
        if (statuses[person] !== NO_ROW) later[person] = day;
        else if (!Number.isNaN(later[person]!) && roster.joined[person] === -Infinity && roster.on(person, day) && (starts[roster.phase[person]!] ?? Infinity) <= day && !absent[d]!.has(parts.of(person))) {
          people.add(person);
          reports.add(day);
        }
      }
    }
    return { first: new Map([...people].map((person) => [person, later[person]!])), reports };
  }

  private joinedUnsaid({ first, reports }: Joiners, renamed: Renamed): string {
    const n = first.size;
    const on = reportsOn(reports);
    const where = this.describe(new Set([...first.keys()].map((person) => this.parts.of(person))));
    const note = `${this.context.label}: ${n} roster ${n === 1 ? 'person' : 'people'} (${where}) ${n === 1 ? 'has' : 'have'} no row in ${on}, after their phase started, but rows in later reports, and ${n === 1 ? 'counts' : 'count'} as not active there; if they joined since, give them the day they joined (people.columns.joined)`;
    if (renamed.count === 0) return note;
    const who = renamed.count === n ? 'their' : `${renamed.count} of them, whose`;
    return `${note}; but ${who} rows start right after ${renamed.count === 1 ? 'an account' : 'as many accounts'} not in the roster last had rows (${renamed.from}): ${RENAMED_FIX}`;
  }

  /**
   * Roster people with rows in earlier reports and none in the newest, whose group or branch
   * has rows there: most likely a colleague who left and whose account was deleted, counted as not
   * active in every share from that report on, which can fail a gate. Counts only, never who.
   */
  private goneFromNewest(days: Day[], absent: Set<number>[]): string | undefined {
    const { roster, parts } = this;
    const newest = days.length - 1;
    if (newest < 1) return undefined;
    const day = days[newest]!;
    const last = this.byDay.get(day)!.statuses;
    const earlier = new Uint8Array(roster.size);
    for (const d of days.slice(0, newest)) this.byDay.get(d)!.statuses.forEach((status, person) => status !== NO_ROW && (earlier[person] = 1));
    const people = new Set<number>();
    for (let person = 0; person < roster.size; person++) {
      if (earlier[person] && last[person] === NO_ROW && roster.on(person, day) && !absent[newest]!.has(parts.of(person))) people.add(person);
    }
    const n = people.size;
    if (n === 0) return undefined;
    const file = this.files.find((f) => f.day === day)?.file;
    const report = file ? `${file} (the report of ${formatDay(day)})` : `the report of ${formatDay(day)}`;
    const where = this.describe(new Set([...people].map((person) => parts.of(person))));
    return (
      `${this.context.label}: ${n} roster ${n === 1 ? 'person' : 'people'} (${where}) with rows in earlier reports ${n === 1 ? 'has' : 'have'} none in the newest, ${report}, and ${n === 1 ? 'counts' : 'count'} as not active there; ` +
      `if they left, keep their roster row with the day they left (people.columns.left), which takes them out of the shares from that day on; if the export is incomplete, export it again`
    );
  }

  /**
   * With `asOf`: a report in which not one roster person was active within `activeWithin` of its
   * day, after a report in which some were. Most likely an older export saved under that day's
   * name (one byte for byte the same stops the run: see checkCopiedReports), read as a fall to 0;
   * a real week without use (a closure) reads the same, so it is said, not refused.
   */
  private staleReports(days: Day[], counts: Int32Array[]): void {
    const { parts, context } = this;
    let before: { day: Day; active: number; found: number } | undefined;
    days.forEach((day, d) => {
      let active = 0;
      let found = 0;
      for (let part = 0; part < parts.size; part++) {
        active += counts[d]![part * STATUSES + ACTIVE]!;
        found += counts[d]![part * STATUSES + INACTIVE]! + counts[d]![part * STATUSES + ACTIVE]!;
      }
      if (active > 0) before = { day, active, found };
      else if (found > 0 && before) context.warn(this.staleReport(day, found, before));
    });
  }

  private staleReport(day: Day, found: number, before: { day: Day; active: number; found: number }): string {
    const { label } = this.context;
    const file = this.files.find((f) => f.day === day)?.file ?? `the report of ${formatDay(day)}`;
    const newest = this.newest.get(day);
    const latest = newest === undefined ? '' : ` (its latest ${this.source.lastActive} is ${formatDay(newest)}, ${day - newest} days before)`;
    return (
      `${label}: ${file}, the report of ${formatDay(day)}, has none of its ${found} roster ${found === 1 ? 'person' : 'people'} active within ${this.source.activeWithin} of that day${latest}, ` +
      `while the report of ${formatDay(before.day)} had ${before.active} of ${before.found} active; if it is an older export saved under this day's name, export the report of ${formatDay(day)} again`
    );
  }

  /** Notes that a person of `missing` has a row in the current file. */
  private missingInFile(id: number): void {
    const file = this.files.length - 1;
    if (this.missingIn.last.get(id) === file) return;
    this.missingIn.last.set(id, file);
    this.missingIn.people.push(id);
    this.missingIn.files.push(file);
  }

  /** How many people not in the roster the files read have rows for. */
  private missingCount(read: readonly { file: string }[]): number {
    if (read.length === this.files.length) return this.missing.size;
    const files = this.missingIn.files.values();
    const people = new Set<number>();
    this.missingIn.people.values().forEach((person, i) => read.includes(this.files[files[i]!]!) && people.add(person));
    return people.size;
  }

  /** The phases, groups and locations of some parts, named once each. */
  private describe(absent: Set<number>): string {
    const phases = new Set<string>();
    const groups = new Set<string>();
    const locations = new Set<string>();
    for (const part of absent) {
      const { phase, group, location } = this.parts.names(part);
      if (phase) phases.add(phase);
      if (group) groups.add(group);
      if (location) locations.add(location);
    }
    const named = (word: string, names: Set<string>) => (names.size ? [`${word} ${[...names].slice(0, 3).join(', ')}${names.size > 3 ? ', ...' : ''}`] : []);
    return [...named('phase', phases), ...named('group', groups), ...named('location', locations)].join('; ') || 'no phase, group or location';
  }

  /** The rows held back until every date was read. */
  private recordLater(dates: SourceDates): void {
    const dayOf = dates.dayTable();
    // A file whose dates were read late learns its day now: the notes name a report by its file.
    for (const f of this.files) if (Number.isNaN(f.day) && f.last >= 0) f.day = dayOf[f.last]!;
    const days = this.later.days.values();
    const people = this.later.people.values();
    const states = this.later.states.values();
    for (let i = 0; i < days.length; i++) {
      const day = dayOf[days[i]!]!;
      if (Number.isNaN(day)) continue;
      const state = states[i]!;
      this.record(day, people[i]!, this.status(day, state, state >= 0 ? dayOf[state]! : NaN));
    }
  }

  private record(day: Day, person: number, status: number): void {
    // Someone who had not joined yet, or had left, is in no share of the day: nor are their rows.
    if (status === NO_ROW || !this.roster.on(person, day)) return;
    // Rows come a report at a time: most share the day of the row before.
    if (day !== this.statusesDay) {
      this.statusesDay = day;
      let known = this.byDay.get(day);
      if (!known) this.byDay.set(day, (known = { statuses: new Uint8Array(this.roster.size), counts: this.parts.counts(STATUSES, day) }));
      ({ statuses: this.statuses, counts: this.counts } = known);
    }
    const before = this.statuses[person]!;
    if (status <= before) return;
    this.statuses[person] = status;
    // Kept as rows come, so that no pass over the roster is needed per day.
    const at = this.parts.of(person) * STATUSES;
    this.counts[at + before]!--;
    this.counts[at + status]!++;
  }

  private stranger(row: Row, excluded: boolean): void {
    const key = this.strangerKey;
    if (!key.of(row, this.person)) return;
    const { bytes, start, end } = key;
    if (isConcealed(bytes, start, end)) this.file.codes++;
    if (this.strangers.size < 1_000_000) this.strangers.add(bytes, start, end);
    const [own, other] = excluded ? [this.excludedStrangers, this.missing] : [this.missing, this.excludedStrangers];
    if (own.size >= 1_000_000) return;
    const before = own.size;
    const id = own.add(bytes, start, end);
    // Which files had them: for the files left unread or left out (see missingCount), and for those gone from the newest (see goneNote).
    if (!excluded) this.missingInFile(id);
    if (own.size === before) return;
    if (!excluded && isConcealed(bytes, start, end)) this.codes++;
    // Counted once: when the second of the two tables first has them.
    const known = other.find(bytes, start, end);
    if (known < 0) return;
    this.leavers++;
    this.leaverIds.add(excluded ? known : id);
  }

  /**
   * Accounts the roster lacks with rows in earlier reports and none in the newest, which has
   * roster people: a colleague who left and whose account was deleted (Google drops it from later
   * reports and from the user download that is the roster), not a colleague to add or a shared
   * device to exclude. Those whose excluded rows already say they left are in leaversNote.
   */
  private goneStrangers(files: readonly ReportFile[]): GoneStrangers {
    const newest = files.at(-1);
    const lastDays: Day[] = [];
    if (!newest || files.length < 2 || newest.found === 0) return { newest, lastDays };
    const last = this.files.indexOf(newest);
    const read = new Set(files.map((f) => this.files.indexOf(f)));
    /** Each account's last report day; -Infinity once it has a row in the newest. */
    const lastDay = new Map<number, Day>();
    const people = this.missingIn.people.values();
    this.missingIn.files.values().forEach((file, i) => {
      if (!read.has(file)) return;
      const day = file === last ? -Infinity : this.files[file]!.day;
      const known = lastDay.get(people[i]!);
      lastDay.set(people[i]!, known === undefined ? day : known === -Infinity || day === -Infinity ? -Infinity : Math.max(known, day));
    });
    for (const [person, day] of lastDay) if (day !== -Infinity && !this.leaverIds.has(person)) lastDays.push(day);
    return { newest, lastDays };
  }

  private goneNote({ newest, lastDays }: GoneStrangers, size: number, renamed: Renamed): string {
    const gone = lastDays.length;
    if (gone === 0) return `; ${this.sharedNote()}`;
    const who = gone === size ? (gone === 1 ? 'it has' : 'they have') : `${gone} of them ${gone === 1 ? 'has' : 'have'}`;
    const note =
      `; ${who} rows in earlier reports but none in the newest, ${newest!.file}: if the person left and their account was deleted, keep their roster row with the day they left (people.columns.left) rather than deleting it (a user download saved over the roster drops it: copy the row into each new one), ` +
      `as without it they drop out of the shares of the days they worked here and a go/no-go already judged changes` +
      (renamed.count === 0 ? '' : `; but ${renamed.count === gone ? (gone === 1 ? 'its' : 'their') : `${renamed.count} of them, whose`} rows end right before ${renamed.count === 1 ? 'a roster person without earlier rows has rows' : 'as many roster people without earlier rows have rows'} (${renamed.from}): ${RENAMED_FIX}`);
    return gone === size ? note : `${note}; of the others: ${this.sharedNote()}`;
  }

  /**
   * People the roster lacks who have rows both counted and excluded (active once, deleted later):
   * colleagues who left and were taken out of the roster, so the days they worked here lose them.
   */
  private leaversNote(): string {
    const n = this.leavers;
    if (n === 0) return '';
    const rows = n === 1 ? 'their row' : 'their rows';
    return `; ${n} of them ${n === 1 ? 'has' : 'have'} both rows that ${this.context.label}.exclude leaves out (a deleted account) and rows it counts: someone who left and was taken out of the roster drops out of the shares of the days they worked here, so put ${rows} back with the day they left (people.columns.left) rather than deleting ${n === 1 ? 'it' : 'them'}`;
  }

  /**
   * Not every account is a person: a tablet or a desk PC that several people sign in to with one
   * account, a meeting room, a service account. Adding such an account to the roster makes it one
   * more person, who never is any of the people using it.
   */
  private sharedNote(): string {
    const { label } = this.context;
    return `add a colleague's account to the roster; one that is no one person's (a shared tablet, a meeting room, a service account) belongs in ${label}.exclude, on ${this.source.person} (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)`;
  }

  /** Rows last active after the day the plan gives their export: the day is wrong, and so are the shares. */
  private laterThanReported(): string {
    const { label } = this.context;
    const n = this.afterReport;
    const rows = `${n} ${n === 1 ? 'row has' : 'rows have'} a ${this.source.lastActive} more than a day after`;
    if (this.source.asOf === AS_OF_FILE_NAME) return `${label}: ${rows} the day in the name of its file, so the export is from a later day; name the file with the last day it covers, as Slack does`;
    return `${label}: ${rows} ${this.source.asOf}, the day ${label}.asOf gives the export, so the export is from a later day; set asOf to the last day it covers, or asOf: ${AS_OF_FILE_NAME} to read it from the file name`;
  }

  /** Why no roster person was found in the files read, said at the plan's `person`: counts only, never an id. */
  private nobodyFound(files: ReportFile[]): string {
    const { label } = this.context;
    // Accounts, not people: one may be a tablet or a desk PC that several people share.
    const accounts = this.missing.size;
    const excluded = this.strangers.size - accounts;
    const left = excluded > 0 ? ` (besides ${excluded} that ${label}.exclude leaves out)` : '';
    const head = `none of the ${accounts} ${accounts === 1 ? 'account' : 'accounts'} in ${exportFiles(files.map((f) => f.file))}${left} ${accounts === 1 ? 'is' : 'are'} in the roster ${this.roster.file}`;
    const check = `check that people.columns.person names the column with the same ids as ${this.source.person}`;
    if (this.codes === 0) return `${head}; ${check}`;
    const which = this.codes === accounts ? 'they are' : `${this.codes} of them are`;
    return `${head}; ${which} ${CONCEALED}: ${SHOW_NAMES} and export again`;
  }

  /**
   * The files read, less those exported while Microsoft 365 concealed names (no roster person,
   * codes in place of ids). The admin center exports only the current period, so such a week
   * cannot be exported again: one followed by a report with names, of its day or a later one up
   * to the day the exports are read on, is left out with a note naming it, and that report decides. One that no such
   * report follows stops the run, as its gates would silently read the week before.
   */
  private withoutConcealed(files: ReportFile[], dates: SourceDates): ReportFile[] {
    const concealed = files.filter((f) => f.found === 0 && f.codes > 0);
    if (concealed.length === 0) return files;
    const { window, readOn } = this.context;
    const named = [...this.byDay.keys()].filter((day) => !outsideWindow(window, day) && day <= (readOn ?? Infinity));
    // A report with names of the same day (exported again once names were shown) takes its place.
    const next = (f: ReportFile) => Math.min(...named.filter((day) => day >= (dates.day(f.last) ?? Infinity)));
    const newest = concealed.filter((f) => next(f) === Infinity);
    if (newest.length > 0) throw new RolloutError(this.concealedFiles(newest));
    for (const f of concealed) this.context.warn(this.concealedLeftOut(f, dates.day(f.last)!, next(f)));
    return files.filter((f) => !concealed.includes(f));
  }

  /** Files that match no roster person and hold concealed codes, none followed by a report with names: counts and file names only, never an id. */
  private concealedFiles(files: ReportFile[]): string {
    const { label } = this.context;
    const [first] = files;
    const others = files.length > 1 ? ` (and ${files.length - 1} more: ${files.slice(1, 4).map((f) => f.file).join(', ')}${files.length > 4 ? ', ...' : ''})` : '';
    const ids = `${first!.codes} ${first!.codes === 1 ? 'row' : 'rows'}`;
    const it = files.length === 1 ? 'it' : 'them';
    return (
      `${label}: ${first!.file}${others} has none of the people of the roster ${this.roster.file}: its ${ids} hold ${CONCEALED}, and no later report has names, ` +
      `so the gates would read the report before: ${SHOW_NAMES}, then export the report now and put it beside ${it}; ${PAST_WEEK}, so ${files.length === 1 ? 'this file is' : 'these files are'} then left out with a note (or move ${it} out of the folder, or narrow ${label}.file)`
    );
  }

  /** A concealed report a report with names follows: left out, said with its file and days, never an id. */
  private concealedLeftOut(f: ReportFile, day: Day, next: Day): string {
    const { label } = this.context;
    const head = `${label}: ${f.file}, the report of ${formatDay(day)}, is left out: none of its rows is a person of the roster ${this.roster.file}, as ${f.codes} ${f.codes === 1 ? 'holds' : 'hold'} ${CONCEALED}`;
    const drop = `move the file out of the folder, or narrow ${label}.file, to drop this note`;
    if (next === day) return `${head}, and a report of the same day has names and counts in its place: ${drop}`;
    return `${head}, so a gate due on or after ${formatDay(day)} and before ${formatDay(next)}, the day of the next report with names, reads the report before it; ${PAST_WEEK}: ${drop}`;
  }

  /** A row's status on its day, given the day of its last activity; NO_ROW when that is no date (a bad row already). */
  private status(day: Day, state: number, last: number): number {
    if (state === STATE_EXCLUDED) return EXCLUDED;
    if (state === COUNT_ACTIVE) return ACTIVE;
    if (state < 0) return INACTIVE;
    if (Number.isNaN(last)) return NO_ROW;
    // Slack writes UTC days: west of UTC, an evening's activity is dated the day after the file's.
    if (this.source.asOf !== undefined) {
      if (last > day + 1) this.afterReport++;
      if (!(last <= (this.newest.get(day) ?? -Infinity))) this.newest.set(day, last);
    }
    return last > day - this.within ? ACTIVE : INACTIVE;
  }
}

/** Roster people without rows before a report, and accounts the roster lacks without rows from it on. */
interface Joiners {
  /** Each such roster person's first report day with a row. */
  first: Map<number, Day>;
  reports: Set<Day>;
}
interface GoneStrangers {
  newest: ReportFile | undefined;
  /** The last report day of each account the roster lacks that has no row in the newest. */
  lastDays: Day[];
}
interface Renamed {
  count: number;
  /** The report days the rows change address between, for the notes. */
  from: string;
}

/**
 * Accounts whose rows stop in one report while as many roster people, without rows before, have
 * rows from the next report on: most likely an address renamed, whose past rows the roster
 * no longer matches. Paired by report days only, never by names.
 */
function renamedAccounts(days: Day[], first: Map<number, Day>, lastDays: Day[]): Renamed {
  let count = 0;
  const shown: string[] = [];
  for (const day of new Set(first.values())) {
    const d = days.indexOf(day);
    if (d < 1) continue;
    const joiners = [...first.values()].filter((f) => f === day).length;
    const gone = lastDays.filter((last) => last === days[d - 1]).length;
    const pairs = Math.min(joiners, gone);
    if (pairs === 0) continue;
    count += pairs;
    shown.push(`up to the report of ${formatDay(days[d - 1]!)}, from that of ${formatDay(day)}`);
  }
  return { count, from: shown.slice(0, 3).join('; ') };
}

const RENAMED_FIX =
  "if that is one person whose address changed (a renamed account), write the former address in the person's roster row, in a column that people.columns.formerIds names (several separated by ;), rather than a joined or left day: the rows under both addresses then count for one person, and past days keep their shares";

const CONCEALED = 'codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names';
const PAST_WEEK = 'the admin center exports only the current period, and a past week cannot be exported again';
const SHOW_NAMES = 'in the Microsoft 365 admin center under Settings > Org settings > Services > Reports, clear "Display concealed user, group, and site names in all reports"';

/** Whether an id is 32 hexadecimal digits, as Microsoft 365 writes in place of a concealed user name. */
function isConcealed(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 32) return false;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    const letter = b | 0x20;
    if (!((b >= 0x30 && b <= 0x39) || (letter >= 0x61 && letter <= 0x66))) return false;
  }
  return true;
}
