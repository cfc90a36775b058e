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
  private readonly launches: Map<string, TimedPhase>;
  /** The launch phases by planned start: those a survey asks are always the first of them. */
  private readonly inOrder: TimedPhase[];
  /** The people at each location of the first `count` launch phases, extended as later surveys ask more. */
  private asked = { count: 0, people: [] as number[] };
  private readonly known = new Map<string, WorkCalendar>();

  constructor(
    private readonly plan: Plan,
    private readonly global: WorkCalendar,
    phases: readonly TimedPhase[],
    private readonly start: Day,
  ) {
    this.everyone = locationSizes(plan);
    this.own = plan.organization.locations.map((l) => holidayMap(l.holidays));
    this.inOrder = phases.filter((p) => p.kind === 'launch').sort((a, b) => a.plannedStart - b.plannedStart);
    this.launches = new Map(this.inOrder.map((p) => [p.id, p]));
    this.asked.people = this.everyone.map(() => 0);
  }

  /** The calendar of a message to people; undefined for any other item, which keeps its own. */
  of({ type, key, phase: id }: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>): WorkCalendar | undefined {
    if (this.own.length === 0) return undefined;
    const phase = id === undefined ? undefined : this.launches.get(id);
    if ((type === 'announcement' || type === 'reminder') && phase) return this.calendar(`phase ${phase.id}`, () => phase.atLocations);
    if (type === 'announcement' || type === 'weekly-update' || type === 'retrospective') return this.calendar('everyone', () => this.everyone);
    if (type !== 'survey') return undefined;
    const week = Number(key.replace('week-', ''));
    const count = this.inOrder.filter((p) => weekOf(this.start, p.plannedStart) < week).length;
    return this.calendar(`survey ${count}`, () => this.askedOf(count));
  }

  private calendar(key: string, readers: () => number[]): WorkCalendar {
    let calendar = this.known.get(key);
    if (!calendar) this.known.set(key, (calendar = this.calendarOf(readers())));
    return calendar;
  }

  /** The people at each location of the first `count` launch phases; surveys come in week order, so each adds to the last. */
  private askedOf(count: number): number[] {
    if (count < this.asked.count) this.asked = { count: 0, people: this.everyone.map(() => 0) };
    const people = [...this.asked.people];
    for (const p of this.inOrder.slice(this.asked.count, count)) p.atLocations.forEach((n, i) => (people[i]! += n));
    this.asked = { count, people };
    return people;
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
