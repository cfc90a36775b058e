import type { Pause } from '../plan/schema.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import { parseDay, type Day } from '../util/dates.js';
import { reaches, type Part, type Reach } from './scope.js';
import { mergedSpan, resumeOf, waitsFor } from './overlap.js';
import type { PartRollback } from '../rollback/parts.js';

/** A pause with its days worked out. */
export interface PauseSpan {
  from: Day;
  /** The day the rollout resumes; undefined while the pause is open. */
  until: Day | undefined;
  /**
   * The plan's working weekdays from `from` up to `until`, holidays inside the pause counted:
   * how far every later item moves, so a pause of whole weeks keeps every item on its weekday.
   */
  workingDays: number;
  /** The days whose working weekdays are its length, when not `from` up to `until`: an extension's extra days, a resumed part's days from its start. */
  counted?: { from: Day; until: Day };
  pause: Pause;
  /** Index in the plan's pauses, for messages. */
  index: number;
  /** What a pause with `only` moves; undefined: everything. */
  reach?: Reach;
  /** The rollback of one part that holds that part from its day on, as an open pause of it (resumed: until its resume, see asPause). */
  rollback?: PartRollback;
  /**
   * A resumed rollback's phases that wait for its part, each with the day it was meant to start:
   * for them the second try's working days run from that day, where another pause of theirs is
   * counted with it (see mergedSpan).
   */
  waitFrom?: ReadonlyMap<string, Day>;
  /** A resumed rollback's first working weekday after its part's first try ended (see mergedSpan): what waits for the part waits until that day, moved as the part. */
  partOver?: Day;
  /** An extension of a running phase: it moves what waits for that phase, and the phase's end to `end`. */
  extension?: { phase: string; end: Day; was: Day; decided: Day };
}

/** The first day a span holds its part: a rollback's own day, also for one resumed, which moves its part from where the part started. */
export function holdsFrom(span: PauseSpan): Day {
  return span.rollback ? parseDay(span.rollback.on) : span.from;
}

/** Whether a span holds its part on `day`: from holdsFrom until it resumes, or on while open. */
export function holdsOn(span: PauseSpan, day: Day): boolean {
  return holdsFrom(span) <= day && (span.until === undefined || day < span.until);
}

/**
 * A span's length on `calendar`, the one its items step on: a week is a week at a location that
 * works six or seven days too, so a Monday launch stays on a Monday there.
 */
export function lengthOn(span: PauseSpan, calendar: WorkCalendar): number {
  if (span.until === undefined) return 0;
  const { from, until } = span.counted ?? { from: span.from, until: span.until };
  return calendar.weekdaysBetween(from, until);
}

/** Where a planned day lands after the pauses. */
export interface Moved {
  /** Infinity while an open pause holds it. */
  day: Day;
  /**
   * Its calendar entry's SEQUENCE: two for each pause with its end that reaches it, one for when
   * the pause began (an open pause cancels the entry, one higher) and one for when it got its
   * end (the entry is dated again), so that the number never goes down as a pause is written in.
   */
  moves: number;
  /** The open pause that holds it, if any. */
  heldBy?: PauseSpan;
  /** While held: the day it had after the pauses before the open one, its last real date. */
  was?: Day;
  /** The day it was meant for after the pauses, before moving off a day off. */
  meant?: Day;
}

/**
 * The group of pauses a later pause may overlap: the last one, or, past the extensions decided
 * since, the one with a part's second try, which a pause written in meanwhile (of the phase
 * between the part and the switch-off) is counted with once.
 */
function openGroup(groups: PauseSpan[][]): PauseSpan[] | undefined {
  const last = groups.at(-1);
  if (!last?.[0]!.extension) return last;
  const before = groups.findLast((g) => !g[0]!.extension);
  return before?.some((s) => s.rollback?.resume) ? before : undefined;
}

/**
 * The group an extension joins for an item of `part`: the one with the second try that item
 * waits for, when the extension is of a phase between the part and it (the phase that ran
 * meanwhile), so the item waits until the later of the two, once. Else none: it adds its days.
 */
function extendedGroup(groups: PauseSpan[][], span: PauseSpan, part: Part): PauseSpan[] | undefined {
  const open = openGroup(groups);
  const second = open?.find((s) => waitsFor(s, part));
  return second && ![...second.reach!.held].some((id) => span.reach?.phases.has(id)) ? open : undefined;
}

/**
 * The plan's pauses in order. Each moves every item dated on or after its first day by its
 * working weekdays, then off a holiday as the schedule moves any item; later pauses are written
 * in the dates the earlier ones produced, so they apply one after the other.
 */
export class Pauses {
  /** `ends`: the last day of each phase an extension makes run longer (see withExtensions), kept in every part's view. */
  constructor(
    readonly spans: readonly PauseSpan[],
    private readonly calendar: WorkCalendar,
    private readonly ends: ReadonlyMap<string, Day> = new Map(),
  ) {}

  /** `reaches`: what each pause moves, in the order of `pauses` (see pauseReaches); none: everything. */
  static of(pauses: readonly Pause[], calendar: WorkCalendar, reachOf: readonly (Reach | undefined)[] = []): Pauses {
    const spans = pauses
      .map((pause, index): PauseSpan => {
        const from = parseDay(pause.from);
        const until = pause.until === undefined ? undefined : parseDay(pause.until);
        const workingDays = until === undefined ? 0 : calendar.weekdaysBetween(from, until);
        const reach = reachOf[index];
        return { from, until, workingDays, pause, index, ...(reach ? { reach } : {}) };
      })
      .sort((a, b) => a.from - b.from);
    return new Pauses(spans, calendar);
  }

  /** The first `n` pauses in date order: the plan as it stood once those were written in. */
  first(n: number): Pauses {
    return new Pauses(this.spans.slice(0, n), this.calendar, this.ends);
  }

  /**
   * The pauses that move an item of `part`: those without `only`, and those whose part it is in.
   * Pauses of two parts may overlap; an item both hold (the switch-off, waiting for both) waits
   * from the first one's start until the later resume, once, not the length of each (see
   * mergedSpan). An extension adds its own working days, so two extensions of one phase add up,
   * except to what waits for a part's second try (see extendedGroup).
   */
  for(part: Part): Pauses {
    if (this.spans.every((s) => !s.reach)) return this;
    const groups: PauseSpan[][] = [];
    for (const span of this.spans.filter((s) => reaches(s.reach, part))) {
      const open = span.extension ? extendedGroup(groups, span, part) : openGroup(groups);
      const until = open && resumeOf(open);
      if (!open || (until !== undefined && span.from >= until)) groups.push([span]);
      else open.push(span);
    }
    return new Pauses(
      // A phase that waits for a part's second try waits until it is over, also with no other pause beside it.
      groups.map((g) => (g.length === 1 && !waitsFor(g[0]!, part) ? g[0]! : mergedSpan(g, part, this.calendar))),
      this.calendar,
      this.ends,
    );
  }

  /** Whether any pause moves one part of the rollout only. */
  get scoped(): boolean {
    return this.spans.some((s) => s.reach !== undefined);
  }

  /** The pauses alone, without the extensions: what pauses the rollout, and what its notices and the schedule's list of pauses tell. */
  get paused(): Pauses {
    return this.spans.some((s) => s.extension) ? new Pauses(this.spans.filter((s) => !s.extension), this.calendar, this.ends) : this;
  }

  /** The last day phase `id` runs until by its extensions, if it has any. */
  extendedEnd(id: string | undefined): Day | undefined {
    return id === undefined ? undefined : this.ends.get(id);
  }

  /** These pauses with an extension added, in date order: it moves what waits for its phase, and that phase's end. */
  extendedBy(span: PauseSpan & { extension: NonNullable<PauseSpan['extension']> }): Pauses {
    const { phase, end } = span.extension;
    return new Pauses([...this.spans, span].sort((a, b) => a.from - b.from), this.calendar, new Map([...this.ends, [phase, Math.max(end, this.ends.get(phase) ?? end)]]));
  }

  /**
   * These pauses without the rollbacks of one part written in after `day`: the dates as they
   * stood that day. An extension decided in a part's first try lengthens that try, not its second.
   */
  writtenBy(day: Day): Pauses {
    return this.spans.some((s) => s.rollback && parseDay(s.rollback.on) > day) ? new Pauses(this.spans.filter((s) => !s.rollback || parseDay(s.rollback.on) <= day), this.calendar, this.ends) : this;
  }

  /** The pauses that begin after `day`: those a day already moved past the others still meets. */
  after(day: Day): Pauses {
    return new Pauses(this.spans.filter((s) => s.from > day), this.calendar, this.ends);
  }

  get none(): boolean {
    return this.spans.length === 0;
  }

  /**
   * A working day of `calendar` moved past every pause that reaches it. What moves is the day
   * the item was meant for (`nominal`, before a holiday moved it): a Friday update sent on
   * Thursday for a holiday goes back to Friday once the pause has moved it past the holiday.
   * A moved day that is a holiday goes to the next working day, or with `earlier` (a weekly
   * update) the one before, as the schedule moves any item.
   */
  move(day: Day, calendar: WorkCalendar = this.calendar, earlier = false, nominal: Day = day): Moved {
    let d = day;
    let meant = nominal;
    let moves = 0;
    for (const span of this.spans) {
      if (d < span.from) break;
      if (span.until === undefined) return { day: Infinity, moves, heldBy: span, was: d };
      // Counted even where it leaves the day as it was: while open, it had cancelled the entry.
      moves += 2;
      const length = lengthOn(span, calendar);
      if (length === 0) continue;
      // A day meant before the pause but moved into it moves from where it is, so it lands after the pause.
      meant = calendar.afterWeekdays(meant < span.from ? d : meant, length, earlier);
      d = earlier ? calendar.onOrBefore(meant) : calendar.onOrAfter(meant);
    }
    return { day: d, moves, meant };
  }

  /**
   * Where an item meant for `nominal` lands: the working day on or after it (before it with
   * `earlier`), moved past the pauses. The one rule every dated item follows, so the schedule,
   * its calendar, gate-check and the report give an item the same day.
   */
  land(nominal: Day, calendar: WorkCalendar = this.calendar, earlier = false): Moved & { planned: Day } {
    const planned = earlier ? calendar.onOrBefore(nominal) : calendar.onOrAfter(nominal);
    return { ...this.move(planned, calendar, earlier, nominal), planned };
  }
}
