import type { Plan } from '../plan/resolve.js';
import type { Day } from '../util/dates.js';
import { holidayMap, WorkCalendar } from './calendar.js';
import { weekOf, type TimedPhase } from './phases.js';
import { locationSizes } from './reach.js';
import type { ScheduleEvent } from './types.js';

/**
 * The calendars messages to people go out by. A message is sent on a day that more than half of
 * its readers work: the plan's holidays are everyone's days off, a location's holidays those of
 * the people who work there. So a weekly update to 30 people in Paramaribo and 10 in Rotterdam
 * moves off Good Friday in Paramaribo, and one to 10 in Paramaribo and 30 in Rotterdam does not.
 * Readers: a launch phase's announcement and reminder, its people at each location; the switch-off
 * notice, the weekly updates and the retrospective, everyone; a survey, the launch phases that
 * started in an earlier rollout week (so that a pause, which moves the survey, leaves them as they were).
 */
export class MessageCalendars {
  private readonly everyone: number[];
  private readonly own: Map<Day, string>[];
  private readonly known = new Map<string, WorkCalendar>();

  constructor(
    private readonly plan: Plan,
    private readonly global: WorkCalendar,
    private readonly phases: readonly TimedPhase[],
    private readonly start: Day,
  ) {
    this.everyone = locationSizes(plan);
    this.own = plan.organization.locations.map((l) => holidayMap(l.holidays));
  }

  /** The calendar of a message to people; undefined for any other item, which keeps its own. */
  of(event: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>): WorkCalendar | undefined {
    const readers = this.readers(event);
    if (readers === undefined || this.own.length === 0) return undefined;
    const key = readers.join(',');
    let calendar = this.known.get(key);
    if (!calendar) this.known.set(key, (calendar = this.calendarOf(readers)));
    return calendar;
  }

  private readers({ type, key, phase: id }: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>): number[] | undefined {
    const phase = id === undefined ? undefined : this.phases.find((p) => p.id === id);
    if ((type === 'announcement' || type === 'reminder') && phase?.kind === 'launch') return phase.atLocations;
    if (type === 'announcement' || type === 'weekly-update' || type === 'retrospective') return this.everyone;
    if (type !== 'survey') return undefined;
    const week = Number(key.replace('week-', ''));
    const asked = this.phases.filter((p) => p.kind === 'launch' && weekOf(this.start, p.plannedStart) < week);
    return this.everyone.map((_, i) => asked.reduce((n, p) => n + p.atLocations[i]!, 0));
  }

  /** The plan's calendar, with each location holiday that half or more of `readers` have off. */
  private calendarOf(readers: number[]): WorkCalendar {
    const total = readers.reduce((a, b) => a + b, 0);
    const off = new Map<Day, { people: number; names: string[] }>();
    this.own.forEach((days, i) => {
      // A location none of them works at has no say: a phase at one of 1,000 places reads one list.
      if (readers[i] === 0) return;
      const where = this.plan.organization.locations[i]!.name;
      for (const [day, name] of days) {
        const entry = off.get(day) ?? { people: 0, names: [] };
        entry.people += readers[i]!;
        entry.names.push(name === '' ? where : `${name}, ${where}`);
        off.set(day, entry);
      }
    });
    const holidays = new Map(this.global.holidays);
    for (const [day, { people, names }] of off) if (total > 0 && 2 * people >= total && !holidays.has(day)) holidays.set(day, names.join('; '));
    return new WorkCalendar(this.plan.calendar.workingDays, holidays, this.plan.language);
  }
}
