import type { Plan } from '../plan/resolve.js';
import { parseDay, type Day } from '../util/dates.js';
import { locationHolidays, readersCalendar, type Off, type WorkCalendar } from './calendar.js';
import type { TimedPhase } from './phases.js';
import { locationSizes } from './reach.js';
import type { EventType, ScheduleEvent } from './types.js';

/** The checklists of a launch day, which fall on the day the phase goes live. */
const LAUNCH_DAY = new Set(['launch-day', 'switch-day']);
/** A launch phase's items for its people: its messages, its go-live, its sessions. */
export const PHASE_ITEMS: ReadonlySet<EventType> = new Set(['announcement', 'reminder', 'launch', 'training', 'office-hours']);

/**
 * The launch phases a survey asks: those whose people started before its day (a phase that
 * starts that day has nothing to rate yet). `day`: the day the pauses give the survey, before a
 * holiday moves it; a phase's start is after the pauses (Infinity while one holds it). The one
 * rule for the day a survey goes out, its answer-by day, its readers and its languages.
 */
export function surveyedLaunches<P extends { kind: string }>(phases: readonly P[], day: Day, startOf: (phase: P) => Day): P[] {
  return phases.filter((p) => p.kind === 'launch' && startOf(p) < day);
}

/** A survey's day as the pauses gave it, before a holiday moved it: what decides whom it asks. */
export const surveyDay = (survey: Pick<ScheduleEvent, 'date' | 'movedFrom'>): Day => parseDay(survey.movedFrom ?? survey.date);

/**
 * The calendars messages to people go out by. A message is sent on a day that more than half of
 * its readers work: the plan's holidays are everyone's days off, a location's holidays those of
 * the people who work there. So a weekly update to 30 people in Paramaribo and 10 in Rotterdam
 * moves off Good Friday in Paramaribo, and one to 10 in Paramaribo and 30 in Rotterdam does not.
 * Readers: a launch phase's announcement, reminder and welcome, its people at each location; the switch-off
 * notice and its steps, the weekly updates and the retrospective, everyone; a survey, the launch phases it asks
 * (surveyedLaunches). The coordinator's checklists and reviews keep off the days off of every place they concern.
 */
export class MessageCalendars {
  private readonly everyone: number[];
  private readonly own: Map<Day, string>[];
  private readonly launches: Map<string, TimedPhase>;
  private readonly known = new Map<string, WorkCalendar>();

  constructor(
    private readonly plan: Plan,
    private readonly global: WorkCalendar,
    phases: readonly TimedPhase[],
  ) {
    this.everyone = locationSizes(plan);
    this.own = locationHolidays(plan);
    this.launches = new Map(phases.filter((p) => p.kind === 'launch').map((p) => [p.id, p]));
  }

  /**
   * The calendar of a message to people, a launch phase's own item, or the coordinator's checklist
   * or review; undefined for any other item, which keeps its own. `surveyDay` gives a survey's day (see surveyedLaunches), asked
   * for only of a survey.
   */
  of({ type, key, phase: id }: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>, surveyDay: () => Day): WorkCalendar | undefined {
    if (this.own.length === 0) return undefined;
    const phase = id === undefined ? undefined : this.launches.get(id);
    // A session held once for all its places (a session at one place goes by that place's) falls on a day all of them work.
    if (phase && (type === 'training' || type === 'office-hours')) return this.sessions(phase);
    // They go by the days of its people, as the phase does.
    if (phase && (PHASE_ITEMS.has(type) || (type === 'checklist' && LAUNCH_DAY.has(key)))) return phase.calendar;
    // The switch-off's steps are everyone's, as its notice is.
    if (type === 'announcement' || type === 'weekly-update' || type === 'retrospective' || type === 'decommission') return this.calendar('everyone', () => this.everyone);
    if (type === 'checklist' || type === 'review') return this.coordinator(phase);
    if (type !== 'survey') return undefined;
    const asked = surveyedLaunches([...this.launches.values()], surveyDay(), (p) => p.start);
    return this.calendar(`survey ${asked.map((p) => p.id).join(' ')}`, () => this.everyone.map((_, i) => asked.reduce((n, p) => n + p.atLocations[i]!, 0)));
  }

  /**
   * The days the coordinator works on a checklist or a review: not a day off at every location it
   * concerns, a launch phase's (those it brings in people from) or, for the rest, the plan's. Easter
   * Monday at every office moves the weekly checklist, and a Willemstad holiday Willemstad's
   * `2 weeks before`, as it moves the announcement that checklist prepares.
   */
  coordinator(phase: Pick<TimedPhase, 'id' | 'atLocations'> | undefined): WorkCalendar {
    return phase ? this.calendar(`coordinator ${phase.id}`, () => phase.atLocations, 'all') : this.calendar('coordinator', () => this.everyone, 'all');
  }

  /**
   * The days of a session held once for all of a launch phase's places (`training.mode: shared`):
   * those that every place it brings in people from works, so that none has it on a holiday.
   */
  sessions(phase: Pick<TimedPhase, 'id' | 'atLocations'>): WorkCalendar {
    return this.calendar(`sessions ${phase.id}`, () => phase.atLocations, 'any');
  }

  private calendar(key: string, readers: () => number[], off: Off = 'half'): WorkCalendar {
    let calendar = this.known.get(key);
    if (!calendar) this.known.set(key, (calendar = readersCalendar(this.plan, this.global, readers(), this.own, off)));
    return calendar;
  }
}
