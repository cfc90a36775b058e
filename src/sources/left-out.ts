import path from 'node:path';
import type { Day } from '../util/dates.js';
import { lastDateIn } from '../util/month-names.js';
import { RolloutError } from '../util/errors.js';
import { noDayRead, type DaysRead } from './days-read.js';
import type { SourceDates } from './dates.js';

/**
 * The dates of each file's rows, for a source read while not every day is (see DaysRead): a file
 * none of whose rows is on a day read cannot change the check, so what is wrong with it is said,
 * and it is left out, rather than stopping the run.
 */
export class DatedFiles {
  private readonly ids = new Map<string, Set<number>>();
  private current = new Set<number>();
  private last = -1;

  constructor(
    private readonly days: DaysRead | undefined,
    private readonly dates: SourceDates,
    private readonly warn: (text: string) => void,
  ) {}

  startFile(file: string): void {
    this.ids.set(file, (this.current = new Set()));
    this.last = -1;
  }

  /** Notes a row's date number (rows come a day at a time: one comparison per row), and returns it. */
  row(id: number): number {
    if (id !== this.last) this.current.add((this.last = id));
    return id;
  }

  /**
   * Whether a file cannot change the check. Before the dates are resolved only the dates known
   * so far count; a date whose day is not known yet (or no date) may be on a day read. A file
   * without a dated row (empty, or its header unreadable) has the day its name gives, if any
   * (`Dagrapport 2027-03-29.csv`): an export of a day read that came empty still stops the run.
   */
  ignorable(file: string): boolean {
    const { days } = this;
    if (days?.outside === undefined) return false;
    const ids = [...(this.ids.get(file) ?? [])];
    const named = ids.length === 0 ? lastDateIn(path.basename(file)) : undefined;
    return noDayRead(days, named !== undefined ? [named] : ids.map((id) => (id < 0 ? NaN : (this.dates.day(id) ?? this.dates.dayNow(id)))));
  }

  /** Whether rows of this day cannot change the check. */
  ignorableDay(day: Day): boolean {
    return this.days?.outside !== undefined && noDayRead(this.days, [day]);
  }

  /** Says what is wrong with files that cannot change the check, and that they are left out; false when one of them can, or for any other error. */
  leaveOut(files: string | readonly string[], error: unknown): boolean {
    if (!(error instanceof RolloutError) || ![files].flat().every((f) => this.ignorable(f))) return false;
    this.warn(`${error.message}; left out: ${this.days!.outside!}`);
    return true;
  }
}
