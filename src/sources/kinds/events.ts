import type { Source } from '../../plan/sources-schema.js';
import type { WorkCalendar } from '../../schedule/calendar.js';
import type { Day } from '../../util/dates.js';
import { coveredDays } from '../as-of.js';
import type { Header } from '../columns.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import { outsideWindow } from '../read-window.js';
import { Requesters } from '../requesters.js';
import { PersonDays } from '../zones.js';
import { needsRoster } from '../roster-person.js';
import { scopeTags, type Scope } from '../scopes.js';
import type { Row } from '../table.js';
import { IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';

type Events = Extract<Source, { kind: 'events' }>;

/** What a row is, in `counted`: a row left out, a ticket of the whole organization only, and from here on a ticket of requester slot `n - FIRST_SLOT`. */
const LEFT = 0;
const WHOLE = 1;
const FIRST_SLOT = 2;

/** A file's days: its first and last row's, where it ends, and its tickets per day, in all and per requester slot. */
interface Covered {
  first: number;
  last: number;
  counts: Map<Day, number>;
  slots: Map<Day, Int32Array>;
  /** The first and last day of a requester's ticket where they work, which may be a day before `first` or after `end`. */
  from: number;
  to: number;
  /** The last day it covers, counted, and the last it covers whole. */
  end: number;
  whole: number;
  index: number;
}

/**
 * One row per event (a ticket): the count per day someone in the organization works (a Saturday
 * only a branch works is one; a day every location has off, by its week or its holidays, is none:
 * the export names no office). A working day without a row counts
 * as 0 from the first row of each file up to the last day it covers whole: the day before it was
 * downloaded (see downloadDay), or without a date in its name its last row, so an export that
 * ends early never fakes a falling trend. Where exports overlap (a helpdesk's cumulative exports),
 * the newest (the one that covers the latest day) is the truth for the days from its first
 * ticket's day to its end: a ticket deleted since an older export no longer counts, and the days
 * before it count as the older exports give them. On its first day, which it may cover from the
 * middle on, it counts no fewer than an older export. The last day the exports cover whole goes
 * to `covers`, for the weekly updates: the day before the download, else before the last row's day.
 * With `person:`, each scope a gate reads also gets the count of its people's tickets (see
 * Requesters), on the days any of their locations works: a location's on its own days. A ticket
 * with a time and an offset counts for its requester's parts on the day where they work (see PersonDays).
 */
export class EventsReader implements KindReader {
  private readonly files: FileRows[] = [];
  private readonly fileOf = new IntColumn();
  private readonly dates = new IntColumn();
  private readonly counted = new IntColumn();
  /** With requesters: each row's roster person, below 0 for none. */
  private readonly people = new IntColumn();
  private readonly requesters: Requesters | undefined;

  constructor(
    private readonly source: Events,
    private readonly context: KindContext,
  ) {
    needsRoster(source.person, context, 'tickets');
    if (source.person !== undefined) this.requesters = new Requesters(source.person, context);
  }

  header(header: Header): void {
    this.requesters?.header(header);
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (this.files.at(-1) !== file) this.files.push(file);
    this.fileOf.push(this.files.length - 1);
    this.dates.push(date);
    const counts = filter.matches && !filter.excluded;
    if (!this.requesters) {
      this.counted.push(counts ? WHOLE : LEFT);
      return;
    }
    const person = counts ? this.requesters.personOf(row) : -1;
    this.people.push(person);
    this.counted.push(counts ? FIRST_SLOT + this.requesters.slotOf(person) : LEFT);
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const perFile = this.files.map(() => ({ first: Infinity, last: -Infinity, counts: new Map<Day, number>(), slots: new Map<Day, Int32Array>(), from: Infinity, to: -Infinity }));
    const slots = this.requesters?.slots ?? 0;
    const personDays = this.requesters && new PersonDays(this.context.plan, this.context.roster!);
    for (let i = 0; i < this.dates.length; i++) {
      const day = dates.day(this.dates.get(i));
      if (day === undefined) continue;
      const f = perFile[this.fileOf.get(i)]!;
      f.first = Math.min(f.first, day);
      f.last = Math.max(f.last, day);
      const counted = this.counted.get(i);
      if (counted === LEFT) continue;
      f.counts.set(day, (f.counts.get(day) ?? 0) + 1);
      if (counted < FIRST_SLOT) continue;
      // The organization's count keeps the plan's day; the requester's parts count it on the day where they work.
      const person = this.people.get(i);
      const own = person >= 0 ? personDays!.of(dates, this.dates.get(i), day, person) : day;
      f.from = Math.min(f.from, own);
      f.to = Math.max(f.to, own);
      let bySlot = f.slots.get(own);
      if (!bySlot) f.slots.set(own, (bySlot = new Int32Array(slots)));
      bySlot[counted - FIRST_SLOT]!++;
    }
    const { calendar, readOn, dateFormat } = this.context;
    const covered: Covered[] = perFile.map((f, index) => ({ ...f, ...coveredDays(this.files[index]!.file, f.last, readOn, dateFormat), index }));
    // The newest export last, so that it overwrites what older ones said of the days it covers.
    covered.sort((a, b) => a.end - b.end || a.index - b.index);
    const metric = this.source.metric;
    // An export without rows covers no day (see noteNoRowsYet).
    const whole = Math.max(...covered.filter((f) => f.last > -Infinity).map((f) => f.whole));
    if (Number.isFinite(whole)) this.context.covers(metric, whole);
    const everyone = countByDay(covered, calendar, (f, day) => f.counts.get(day) ?? 0);
    // With requesters, the organization's count is one scope among others, each of which reads its own.
    const exact = this.requesters ? { exact: true as const } : {};
    for (const [day, count] of everyone) emit({ metric, day, value: count, rows: count, ...exact });
    if (this.requesters) this.perScope(covered, emit);
  }

  /** Each scope's own count, of its people's tickets; the note on the tickets of requesters the roster lacks. */
  private perScope(covered: Covered[], emit: (point: SourcePoint) => void): void {
    const { parts, strangers } = this.requesters!;
    const { metric } = this.source;
    const { calendar, window } = this.context;
    const sum = (of: readonly number[]) => (f: Covered, day: Day) => {
      const bySlot = f.slots.get(day);
      return bySlot ? of.reduce((n, slot) => n + bySlot[slot]!, 0) : 0;
    };
    for (const scope of this.context.scopes(metric)) {
      if (wholeOrganization(scope)) continue;
      const inScope = parts.inScope(scope);
      // Nobody on the roster there raises a ticket: no count, rather than a row of zeros.
      if (inScope.length === 0) continue;
      const days = this.context.placesCalendar(inScope.map((part) => parts.locationOf(part)));
      for (const [day, count] of countByDay(covered, days, sum(inScope))) emit({ metric, day, value: count, rows: count, ...scopeTags(scope), exact: true });
    }
    let unlisted = 0;
    for (const [day, count] of countByDay(covered, calendar, sum([strangers]))) if (!outsideWindow(window, day)) unlisted += count;
    this.requesters!.note(unlisted);
  }
}

const wholeOrganization = (scope: Scope): boolean => !scope.phase && !scope.group && !scope.location && !scope.stillOn;

/**
 * The count of each day the exports cover, by `count` of each file, the newest last: a working
 * day of `calendar` without a ticket counts 0, any day with one counts. A requester's ticket
 * dated where they work may fall a day outside the file's days (Amsterdam's Tuesday 00:30 in an
 * export that ends on Paramaribo's Monday): that day counts its tickets, never a 0 the file does not cover.
 */
function countByDay(newestLast: readonly Covered[], calendar: WorkCalendar, count: (f: Covered, day: Day) => number): [Day, number][] {
  const byDay = new Map<Day, number>();
  for (const f of newestLast) {
    for (let day = Math.min(f.first, f.from); day <= Math.max(f.end, f.to); day++) {
      const n = count(f, day);
      if (day < f.first || day > f.end) {
        if (n > 0) byDay.set(day, Math.max(byDay.get(day) ?? 0, n));
        continue;
      }
      // An export may begin in the middle of its first day: that day it counts no fewer tickets than an older one.
      const shown = day === f.first ? Math.max(byDay.get(day) ?? 0, n) : n;
      // A ticket on a weekend still counts; a weekend without one is no day of work.
      if (shown === 0 && !calendar.isWorkingDay(day)) byDay.delete(day);
      else byDay.set(day, shown);
    }
  }
  return [...byDay].sort((a, b) => a[0] - b[0]);
}
