import type { Plan } from '../plan/resolve.js';
import type { Day } from '../util/dates.js';
import { locationHolidays, readersCalendar, type WorkCalendar } from './calendar.js';
import { weekOf, type TimedPhase } from './phases.js';
import { locationSizes } from './reach.js';
import type { EventType, ScheduleEvent } from './types.js';

/** The checklists of a launch day, which fall on the day the phase goes live. */
const LAUNCH_DAY = new Set(['launch-day', 'switch-day']);
/** A launch phase's items for its people: its messages, its go-live, its sessions. */
export const PHASE_ITEMS: ReadonlySet<EventType> = new Set(['announcement', 'reminder', 'launch', 'training', 'office-hours']);

/**
 * The calendars messages to people go out by. A message is sent on a day that more than half of
 * its readers work: the plan's holidays are everyone's days off, a location's holidays those of
 * the people who work there. So a weekly update to 30 people in Paramaribo and 10 in Rotterdam
 * moves off Good Friday in Paramaribo, and one to 10 in Paramaribo and 30 in Rotterdam does not.
 * Readers: a launch phase's announcement, reminder and welcome, its people at each location; the switch-off
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
    this.own = locationHolidays(plan);
    this.inOrder = phases.filter((p) => p.kind === 'launch').sort((a, b) => a.plannedStart - b.plannedStart);
    this.launches = new Map(this.inOrder.map((p) => [p.id, p]));
    this.asked.people = this.everyone.map(() => 0);
  }

  /** The calendar of a message to people or a launch phase's own item; undefined for any other item, which keeps its own. */
  of({ type, key, phase: id }: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>): WorkCalendar | undefined {
    if (this.own.length === 0) return undefined;
    const phase = id === undefined ? undefined : this.launches.get(id);
    // They go by the days of its people, as the phase does; a session at one place goes by that place's.
    if (phase && (PHASE_ITEMS.has(type) || (type === 'checklist' && LAUNCH_DAY.has(key)))) return phase.calendar;
    if (type === 'announcement' || type === 'weekly-update' || type === 'retrospective') return this.calendar('everyone', () => this.everyone);
    if (type !== 'survey') return undefined;
    const week = Number(key.replace('week-', ''));
    const count = this.inOrder.filter((p) => weekOf(this.start, p.plannedStart) < week).length;
    return this.calendar(`survey ${count}`, () => this.askedOf(count));
  }

  private calendar(key: string, readers: () => number[]): WorkCalendar {
    let calendar = this.known.get(key);
    if (!calendar) this.known.set(key, (calendar = readersCalendar(this.plan, this.global, readers(), this.own)));
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
}
