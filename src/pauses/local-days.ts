import type { Plan } from '../plan/resolve.js';
import { locationCalendar, type WorkCalendar } from '../schedule/calendar.js';
import { planCalendar, planPauses, timePhases } from '../schedule/phases.js';
import { partDays, type PartName } from '../schedule/part-days.js';
import { aheadOfLaunch, daysAhead } from '../schedule/ahead.js';
import type { ScheduleEvent } from '../schedule/types.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { Pauses } from './pauses.js';
import { reaches } from './scope.js';

/** A dated item of the schedule: its day, the day off it was meant for, if any, and what it is. */
type Dated = Pick<ScheduleEvent, 'date' | 'movedFrom'> & Partial<Pick<ScheduleEvent, 'type' | 'key' | 'pausedFrom'>>;

/**
 * The days of a phase's messages to the people at one of its locations (announcement, reminder,
 * welcome) and the day they start there. The schedule dates the phase's messages and launch for
 * the phase as a whole, past the pauses of the whole phase; a pause of that location alone moves
 * its sessions there, so it moves these too: Albina's welcome comes the day Albina resumes, not
 * on the first day of its pause.
 */
export class LocalDays {
  /** The plan's pauses, on the plan's calendar. */
  readonly pauses: Pauses;
  private readonly calendars: Map<string, WorkCalendar>;
  private meant: Map<string, Day> | undefined;

  constructor(private readonly plan: Plan) {
    this.pauses = planPauses(plan);
    this.calendars = new Map(plan.organization.locations.map((l) => [l.name, locationCalendar(plan, l)]));
  }

  /** The days worked at `location`: its holidays and the plan's; undefined for none or a name the plan lacks. */
  calendar(location: string | undefined): WorkCalendar | undefined {
    return location === undefined ? undefined : this.calendars.get(location);
  }

  /**
   * The days the people of a paused part work, whose resume its notices name: a location's own,
   * a phase's people's holidays on the plan's week (as the schedule's resume item); undefined for
   * a pause of everything.
   */
  resumeDays(only: PartName | undefined): WorkCalendar | undefined {
    if (only === undefined) return undefined;
    return this.calendar(only.location) ?? partDays(this.plan, planCalendar(this.plan), only, timePhases(this.plan));
  }

  /** The day a message of `phase` dated as `item` goes to its people at `location`; Infinity while an open pause of that location holds it. */
  message(phase: string, location: string | undefined, item: Dated): Day {
    const calendar = this.calendar(location);
    return calendar ? this.moved(phase, location!, parseDay(item.date), item, calendar) : parseDay(item.date);
  }

  /**
   * The day the people of `phase` at `location` start, for its launch dated as `item`: that day,
   * or the location's next working day when it is off there, as its sessions start, past the
   * pauses of that location alone; the launch's day itself without a location. While an open
   * pause holds it, the day it had before: the one the messages sent before the pause named.
   */
  start(phase: string, location: string | undefined, item: Dated): string {
    const calendar = this.calendar(location);
    if (!calendar) return item.date;
    const local = calendar.onOrAfter(parseDay(item.date));
    const moved = this.moved(phase, location!, local, item, calendar);
    return formatDay(Number.isFinite(moved) ? moved : local);
  }

  /**
   * `day` moved past the pauses that reach the phase's items at `location` but not the phase as a
   * whole (those moved the item already). What moves is the day the item was meant for, before a
   * holiday moved it, as the schedule moves the sessions there.
   */
  private moved(phase: string, location: string, day: Day, item: Dated, calendar: WorkCalendar): Day {
    if (!this.pauses.scoped) return day;
    const own = this.pauses.spans.filter((s) => reaches(s.reach, { phase, location }) && !reaches(s.reach, { phase }));
    if (own.length === 0) return day;
    const pauses = new Pauses(own, calendar);
    const moved = pauses.move(day, calendar, false, parseDay(item.movedFrom ?? item.date));
    // Dated back from its launch and moved by none of the phase's pauses, it counts back from the day the launch was meant for, as the schedule does.
    const ahead = item.type !== undefined && item.pausedFrom === undefined ? daysAhead(this.plan, { type: item.type, key: item.key! }) : undefined;
    return ahead === undefined ? moved.day : aheadOfLaunch(moved, day, this.launchMeant(phase), ahead, pauses, calendar).day;
  }

  /** The day a phase's launch was meant for, before a day off or a pause moved it. */
  private launchMeant(phase: string): Day {
    this.meant ??= new Map(timePhases(this.plan).map((p) => [p.id, p.meantStart]));
    return this.meant.get(phase)!;
  }
}
