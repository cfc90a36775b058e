import type { Source } from '../../plan/sources-schema.js';
import type { Day } from '../../util/dates.js';
import { coveredDays } from '../as-of.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Row } from '../table.js';
import { IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';

type Events = Extract<Source, { kind: 'events' }>;

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
 */
export class EventsReader implements KindReader {
  private readonly files: FileRows[] = [];
  private readonly fileOf = new IntColumn();
  private readonly dates = new IntColumn();
  private readonly counted = new IntColumn();

  constructor(
    private readonly source: Events,
    private readonly context: KindContext,
  ) {}

  header(): void {}

  row(_row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (this.files.at(-1) !== file) this.files.push(file);
    this.fileOf.push(this.files.length - 1);
    this.dates.push(date);
    this.counted.push(filter.matches && !filter.excluded ? 1 : 0);
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const perFile = this.files.map(() => ({ first: Infinity, last: -Infinity, counts: new Map<Day, number>() }));
    for (let i = 0; i < this.dates.length; i++) {
      const day = dates.day(this.dates.get(i));
      if (day === undefined) continue;
      const f = perFile[this.fileOf.get(i)]!;
      f.first = Math.min(f.first, day);
      f.last = Math.max(f.last, day);
      if (this.counted.get(i)) f.counts.set(day, (f.counts.get(day) ?? 0) + 1);
    }
    const byDay = new Map<Day, number>();
    const { calendar, readOn, dateFormat } = this.context;
    const covered = perFile.map((f, index) => ({ ...f, ...coveredDays(this.files[index]!.file, f.last, readOn, dateFormat), index }));
    // The newest export last, so that it overwrites what older ones said of the days it covers.
    const newestLast = covered.sort((a, b) => a.end - b.end || a.index - b.index);
    for (const f of newestLast) {
      for (let day = f.first; day <= f.end; day++) {
        const count = f.counts.get(day) ?? 0;
        // An export may begin in the middle of its first day: that day it counts no fewer tickets than an older one.
        const shown = day === f.first ? Math.max(byDay.get(day) ?? 0, count) : count;
        // A ticket on a weekend still counts; a weekend without one is no day of work.
        if (shown === 0 && !calendar.isWorkingDay(day)) byDay.delete(day);
        else byDay.set(day, shown);
      }
    }
    const metric = this.source.metric;
    // An export without rows covers no day (see noteNoRowsYet).
    const whole = Math.max(...covered.filter((f) => f.last > -Infinity).map((f) => f.whole));
    if (Number.isFinite(whole)) this.context.covers(metric, whole);
    for (const [day, count] of [...byDay].sort((a, b) => a[0] - b[0])) emit({ metric, day, value: count, rows: count });
  }
}
