import type { Plan } from '../plan/resolve.js';
import { locationHolidays, readersCalendar, type WorkCalendar } from '../schedule/calendar.js';
import { locationSizes } from '../schedule/reach.js';
import type { HeldPhase, Schedule, ScheduleExtension, SchedulePause, SchedulePhase } from '../schedule/types.js';
import { pauseReaders, type PauseReaders } from './readers.js';

type Readable = Pick<SchedulePhase, 'id' | 'name' | 'people'>;

/**
 * Who an extension's notices go to: its phase's people, that it runs longer; and, when phases or
 * the switch-off wait for it, the notice that their dates move, to those phases' people, or to
 * everyone when the switch-off moves.
 */
export function extensionReaders(extension: Pick<ScheduleExtension, 'phase' | 'waiting' | 'switchOff'>, phases: readonly Readable[]): { own: PauseReaders; moves?: PauseReaders } {
  const reader = (p: Readable) => ({ id: p.id, name: p.name, people: p.people });
  const own = { everyone: false, phases: [reader(phases.find((p) => p.id === extension.phase)!)] };
  if (extension.waiting.length === 0 && !extension.switchOff) return { own };
  const waiting = phases.filter((p) => extension.waiting.some((w) => w.id === p.id)).map(reader);
  return { own, moves: { everyone: extension.switchOff !== undefined, phases: waiting } };
}

/**
 * The days the readers of a pause's or an extension's notices work, by the rule every message
 * goes out by (see MessageCalendars): a location's holidays are a day off for a notice when half
 * or more of its readers work there, the plan's holidays are everyone's. An extension written in
 * on Easter Monday, a holiday at every office, is told on Tuesday, as that Monday's survey is.
 */
export class NoticeCalendars {
  private readonly sizes: number[];
  private readonly own: ReturnType<typeof locationHolidays>;
  private readonly known = new Map<string, WorkCalendar>();

  constructor(
    private readonly plan: Plan,
    private readonly schedule: Pick<Schedule, 'phases' | 'events' | 'held'>,
    private readonly global: WorkCalendar,
  ) {
    this.sizes = locationSizes(plan);
    this.own = locationHolidays(plan);
  }

  /** The days the readers of a pause's notice and its resume notice work (see pauseReaders). */
  pause(pause: Pick<SchedulePause, 'from' | 'phase' | 'only' | 'phases'>): WorkCalendar {
    return this.of(pauseReaders(this.schedule, pause));
  }

  /** The days the readers of both of an extension's notices work: they go out together, on its one item's day. */
  extension(extension: Pick<ScheduleExtension, 'phase' | 'waiting' | 'switchOff'>): WorkCalendar {
    const { own, moves } = extensionReaders(extension, this.schedule.phases);
    return moves ? this.of(own).and(this.of(moves)) : this.of(own);
  }

  private of(readers: PauseReaders): WorkCalendar {
    const counts = this.counts(readers);
    const key = counts.join(' ');
    let calendar = this.known.get(key);
    if (!calendar) this.known.set(key, (calendar = readersCalendar(this.plan, this.global, counts, this.own)));
    return calendar;
  }

  /** The readers at each location, by index into organization.locations. */
  private counts(readers: PauseReaders): number[] {
    if (readers.everyone) return this.sizes;
    const phases: (SchedulePhase | HeldPhase)[] = [...this.schedule.phases, ...this.schedule.held.phases];
    return this.plan.organization.locations.map(({ name }, i) =>
      readers.phases.reduce((n, r) => {
        if (r.location !== undefined) return n + (r.location === name ? r.people : 0);
        const phase = phases.find((p) => p.id === r.id);
        // A phase not counted per location (a held one): its people are wherever it reaches.
        const at = phase && 'peopleAt' in phase && phase.peopleAt ? (phase.peopleAt[name] ?? 0) : phase?.locations.includes(name) ? this.sizes[i]! : 0;
        return n + at;
      }, 0),
    );
  }
}
