import type { Source } from '../../plan/sources-schema.js';
import { parseDuration, type Day } from '../../util/dates.js';
import { RolloutError } from '../../util/errors.js';
import { errorAtKey } from '../../util/place.js';
import { ByteTable } from '../../csv/dictionary.js';
import { coveredDays } from '../as-of.js';
import { CellKey } from '../cells.js';
import { FailedSignIns } from '../failed-sign-ins.js';
import type { Header } from '../columns.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import { LEFT_OUT, type Roster } from '../roster.js';
import { RosterParts } from '../scopes.js';
import type { Row } from '../table.js';
import { PersonDays } from '../zones.js';
import { exportFiles, IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';
import { ACTIVE, emitShares, NO_ROW, STATUSES } from './shares.js';

type SignIns = Extract<Source, { kind: 'sign-ins' }>;

/**
 * One row per sign-in (or other action) of a person, as Microsoft Entra ID's sign-in log is
 * downloaded: on each working day the downloads cover whole (from a file's first row to the day
 * before the date in its name, the day it was downloaded, or without one to the day before its
 * last row's, which may hold only that day's first hours; see coveredDays), the share of the roster people in a scope
 * with a row that counts within `activeWithin` up to that day; people without one count as not
 * active. A day gets a value only once the downloads cover every day of its `activeWithin`: one
 * whose days reach before the first download or into a gap between downloads would count those who
 * signed in then as not active. Overlapping downloads hold the same sign-ins: each counts once. A
 * moment with Z or an offset is dated by the day where the person works (see PersonDays). The
 * last day covered whole goes to `covers`, as an events source's does.
 */
export class SignInsReader implements KindReader {
  private person = 0;
  private readonly files: FileRows[] = [];
  /** Every row's file (by number in `files`) and date; for the rows that count, the roster person, else -1. */
  private readonly fileOf = new IntColumn();
  private readonly dates = new IntColumn();
  private readonly people = new IntColumn();
  private readonly roster: Roster;
  private readonly parts: RosterParts;
  private readonly within: number;
  /** Accounts with rows that count but not in the roster, kept only to count them; never shown. */
  private readonly strangers = new ByteTable();
  private readonly strangerKey = new CellKey();
  private found = 0;
  private readonly failed: FailedSignIns;

  constructor(
    private readonly source: SignIns,
    private readonly context: KindContext,
  ) {
    if (!context.roster) throw new RolloutError(`${context.label} (kind: sign-ins) counts people, so the plan needs a roster: add people: { file: people.csv, columns: { person: ... } }`);
    this.roster = context.roster;
    this.parts = new RosterParts(context.plan, context.roster);
    this.within = parseDuration(source.activeWithin);
    this.failed = new FailedSignIns([...Object.keys(source.where ?? {}), ...Object.keys(source.exclude ?? {})]);
  }

  header(header: Header): void {
    this.person = header.column(this.source.person, `${this.context.label}.person`);
    this.failed.header(header);
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (this.files.at(-1) !== file) this.files.push(file);
    this.fileOf.push(this.files.length - 1);
    this.dates.push(date);
    let person = -1;
    if (filter.matches && !filter.excluded) {
      person = this.roster.person(row, this.person);
      if (person >= 0) {
        filter.account = person;
        this.found++;
        this.failed.row(row);
      } else if (person !== LEFT_OUT && this.strangerKey.of(row, this.person) && this.strangers.size < 1_000_000) {
        const { bytes, start, end } = this.strangerKey;
        this.strangers.add(bytes, start, end);
      }
    }
    this.people.push(Math.max(person, -1));
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const { context, roster } = this;
    if (this.found === 0 && this.strangers.size > 0) throw errorAtKey(context.locate?.('person'), `${context.label}.person`, this.nobodyFound());
    const personDays = new PersonDays(context.plan, roster);
    const spans = this.files.map(() => ({ first: Infinity, last: -Infinity }));
    /** Each sign-in that counts, as [day, person]: several on one day are one. */
    const signIns: [Day, number][] = [];
    for (let i = 0; i < this.dates.length; i++) {
      const id = this.dates.get(i);
      const day = id < 0 ? undefined : dates.day(id);
      if (day === undefined) continue;
      const span = spans[this.fileOf.get(i)]!;
      span.first = Math.min(span.first, day);
      span.last = Math.max(span.last, day);
      const person = this.people.get(i);
      if (person < 0) continue;
      signIns.push([personDays.of(dates, id, day, person), person]);
    }
    const metric = this.source.metric;
    const covered = new Set<Day>();
    let lastWhole = -Infinity;
    spans.forEach((span, index) => {
      if (span.last === -Infinity) return;
      // Only whole days: a download on Monday morning holds Monday's first sign-ins, and those who sign in later that day are no one inactive.
      const { whole } = coveredDays(this.files[index]!.file, span.last, context.readOn, context.dateFormat);
      for (let day = span.first; day <= whole; day++) covered.add(day);
      lastWhole = Math.max(lastWhole, whole);
    });
    if (Number.isFinite(lastWhole)) context.covers(metric, lastWhole);
    const days = [...covered].filter((day) => context.calendar.isWorkingDay(day) && this.wholeWindow(covered, day)).sort((a, b) => a - b);
    if (days.length === 0 && covered.size > 0) context.warn(this.tooShort(covered.size));
    const counts = this.counts(days, signIns);
    emitShares(metric, context.scopes(metric), this.parts, days, counts, days.map(() => new Set()), emit);
    if (this.strangers.size > 0) context.warn(this.strangersNote());
    const failed = this.failed.note(context.label);
    if (failed) context.warn(failed);
  }

  /** Whether the downloads cover every day of the `activeWithin` up to a day. */
  private wholeWindow(covered: ReadonlySet<Day>, day: Day): boolean {
    for (let d = day - this.within + 1; d <= day; d++) if (!covered.has(d)) return false;
    return true;
  }

  /** Per day, the roster people of each part active (a sign-in within `activeWithin` up to it) and not, in the slots of shares.ts. */
  private counts(days: Day[], signIns: [Day, number][]): Int32Array[] {
    const { roster, parts } = this;
    signIns.sort((a, b) => a[0] - b[0]);
    const latest = new Float64Array(roster.size).fill(-Infinity);
    let next = 0;
    return days.map((day) => {
      for (; next < signIns.length && signIns[next]![0] <= day; next++) latest[signIns[next]![1]] = signIns[next]![0];
      const count = parts.counts(STATUSES, day);
      for (let person = 0; person < roster.size; person++) {
        if (latest[person]! <= day - this.within || !roster.on(person, day)) continue;
        const at = parts.of(person) * STATUSES;
        count[at + NO_ROW]!--;
        count[at + ACTIVE]!++;
      }
      return count;
    });
  }

  private tooShort(days: number): string {
    const { label } = this.context;
    return `${label}: the sign-in downloads cover ${days} ${days === 1 ? 'day' : 'days'}, fewer than ${label}.activeWithin (${this.source.activeWithin}), so no day has a share yet: download the sign-ins of at least ${this.source.activeWithin}, and each new download before the last one's days run out`;
  }

  /** Accounts the roster lacks: a count, never an id. */
  private strangersNote(): string {
    const { label } = this.context;
    const n = this.strangers.size;
    return `${label}: ${n} ${n === 1 ? 'account' : 'accounts'} with sign-ins ${n === 1 ? 'is' : 'are'} not in the roster ${this.roster.file} and left out; add a colleague's account to the roster; one that is no one person's (a guest, a shared tablet, a service account) belongs in ${label}.exclude, on ${this.source.person}`;
  }

  /** Said at the plan's `person`, with one export file to compare with the roster. */
  private nobodyFound(): string {
    const { label } = this.context;
    const n = this.strangers.size;
    return `none of the ${n} ${n === 1 ? 'account' : 'accounts'} with sign-ins that count in ${exportFiles(this.files.map((f) => f.file))} is in the roster ${this.roster.file}; check that people.columns.person names the column with the same ids as ${label}.person (${this.source.person})`;
  }
}
