import type { Pause } from '../plan/schema.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import { parseDay, type Day } from '../util/dates.js';

/** A pause with its days worked out. */
export interface PauseSpan {
  from: Day;
  /** The day the rollout resumes; undefined while the pause is open. */
  until: Day | undefined;
  /** Working days from `from` up to `until`: how far every later item moves. */
  workingDays: number;
  pause: Pause;
  /** Index in the plan's pauses, for messages. */
  index: number;
}

/** Where a planned day lands after the pauses. */
export interface Moved {
  /** Infinity while an open pause holds it. */
  day: Day;
  /** How many pauses moved it: a calendar entry's SEQUENCE. */
  moves: number;
  /** The open pause that holds it, if any. */
  heldBy?: PauseSpan;
}

/**
 * The plan's pauses in order. Each moves every item dated on or after its first day by its
 * working days; later pauses are written in the dates the earlier ones produced, so they apply
 * one after the other.
 */
export class Pauses {
  readonly spans: PauseSpan[];

  constructor(pauses: readonly Pause[], private readonly calendar: WorkCalendar) {
    this.spans = pauses
      .map((pause, index) => {
        const from = parseDay(pause.from);
        const until = pause.until === undefined ? undefined : parseDay(pause.until);
        let workingDays = 0;
        if (until !== undefined) for (let d = from; d < until; d++) if (calendar.isWorkingDay(d)) workingDays++;
        return { from, until, workingDays, pause, index };
      })
      .sort((a, b) => a.from - b.from);
  }

  get none(): boolean {
    return this.spans.length === 0;
  }

  /** A working day of `calendar` moved past every pause that reaches it. */
  move(day: Day, calendar: WorkCalendar = this.calendar): Moved {
    let d = day;
    let moves = 0;
    for (const span of this.spans) {
      if (d < span.from) break;
      if (span.until === undefined) return { day: Infinity, moves, heldBy: span };
      for (let i = 0; i < span.workingDays; i++) d = calendar.onOrAfter(d + 1);
      if (span.workingDays > 0) moves++;
    }
    return { day: d, moves };
  }

  /** Just the day, for callers that need no more. */
  readonly day = (day: Day): Day => this.move(day).day;
}
