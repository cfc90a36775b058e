import type { Source } from '../plan/sources-schema.js';
import { formatDay, type Day } from '../util/dates.js';
import { cellAt, errorAt } from '../util/place.js';
import type { FileRows } from './problems.js';

type Activity = Extract<Source, { kind: 'activity' }>;

/**
 * An activity export has one row per person per report day. A file with second rows of several
 * roster people on one day, or two times of one day in its date column, is an event log (Microsoft Entra
 * ID's sign-in log, one row per sign-in): read as reports, each day would count only the people
 * who signed in that day, and the shares would rise and fall with the weekday. Stops at the row
 * that shows it, with the kind that reads it. One person's second row is no event log: a mailbox
 * re-created under the same address lists them twice, and the higher of the two counts.
 */
export class EventLogCheck {
  private file: FileRows | undefined;
  /** In the current file, by day: the first date text of it, and who has a row on it. */
  private readonly texts = new Map<Day, number>();
  private readonly people = new Map<Day, Uint8Array>();
  /** The roster person with a second row in the current file, when one has. */
  private twice = -1;
  /** The day of the row before, with its date text and people: a report's rows share one day, so the maps are seldom asked. */
  private day = NaN;
  private text = -1;
  private seen: Uint8Array | undefined;

  constructor(
    private readonly source: Activity,
    private readonly label: string,
    private readonly size: number,
  ) {}

  /** A row of `file` on `day` (NaN while its order is open) with date text `date`, of roster person `person` or -1. */
  row(file: FileRows, line: number, date: number, day: Day, person: number): void {
    if (Number.isNaN(day) || date < 0) return;
    if (file !== this.file) {
      this.file = file;
      this.texts.clear();
      this.people.clear();
      this.twice = -1;
      this.day = NaN;
    }
    if (day !== this.day) {
      this.day = day;
      this.text = this.texts.get(day) ?? (this.texts.set(day, date), date);
      this.seen = this.people.get(day);
    }
    if (this.text !== date) throw this.eventLog(file, line, `its ${this.label}.date column (${this.source.date}) holds more than one time of ${formatDay(day)}`);
    if (person < 0) return;
    let seen = this.seen;
    if (!seen) this.people.set(day, (seen = this.seen = new Uint8Array(this.size)));
    if (seen[person]) {
      if (this.twice >= 0 && this.twice !== person) throw this.eventLog(file, line, `second rows of more than one person (${this.label}.person: ${this.source.person}), this one on ${formatDay(day)}`);
      this.twice = person;
    }
    seen[person] = 1;
  }

  private eventLog(file: FileRows, line: number, shown: string): Error {
    return errorAt(
      cellAt(file.file, line, 0, file.sheet),
      `${shown}: this looks like an event log with one row per sign-in or action (such as Microsoft Entra ID's sign-in log), not a report with one row per person; ` +
        `kind: activity would count only the people with a row on each day. Write kind: sign-ins with date and person (and no ${this.source.lastActive === undefined ? 'active' : 'lastActive'}), which counts who signed in within activeWithin of each day (see "Microsoft Entra ID: sign-in logs" in the README)`,
    );
  }
}
