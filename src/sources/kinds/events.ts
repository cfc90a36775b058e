import type { Source } from '../../plan/sources-schema.js';
import type { Day } from '../../util/dates.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Row } from '../table.js';
import { IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';

type Events = Extract<Source, { kind: 'events' }>;

/**
 * One row per event (a ticket): the count per working day. A working day without a row counts
 * as 0, but only between the first and the last row of each file, so an export that ends early
 * never fakes a falling trend. Where exports overlap, a day counts as in the file with most rows that day.
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
    const { calendar } = this.context;
    for (const f of perFile) {
      for (let day = f.first; day <= f.last; day++) {
        const count = f.counts.get(day) ?? 0;
        // A ticket on a weekend still counts; a weekend without one is no day of work.
        if (count === 0 && !calendar.isWorkingDay(day)) continue;
        byDay.set(day, Math.max(byDay.get(day) ?? 0, count));
      }
    }
    const metric = this.source.metric;
    for (const [day, count] of [...byDay].sort((a, b) => a[0] - b[0])) emit({ metric, day, value: count, rows: count });
  }
}
