import type { Pause } from '../plan/schema.js';
import { PHASE_ITEMS } from '../schedule/readers.js';
import type { Schedule, SchedulePause } from '../schedule/types.js';
import { reaches } from './scope.js';

/** Who a pause's notices go to. */
export interface PauseReaders {
  /** The switch-off of the old system moves: everyone still uses it, so everyone is told. */
  everyone: boolean;
  /**
   * The launch phases whose dates move (the paused phase always), in schedule order; `location`
   * when only that location's part of the phase moves (a pause of one location): its people there.
   */
  phases: { id: string; name: string; people: number; location?: string }[];
}

/**
 * The playbook's "no surprises": everyone whose dates a pause moves hears of it, not only the
 * phase it concerns. That is each launch phase whose announcement, start, training or office
 * hours fall on or after the pause's first day (or are held by it), and everyone when the
 * switch-off of the old system moves. Gates, checklists and reviews are the coordinator's.
 * A pause of one part (`only`) moves that part's items alone, so it tells that part's people,
 * and everyone when the switch-off waits for it.
 */
export function pauseReaders(schedule: Pick<Schedule, 'phases' | 'events' | 'held'>, pause: Pick<SchedulePause, 'from' | 'phase' | 'only' | 'phases'>): PauseReaders {
  const phases = [...schedule.phases, ...schedule.held.phases];
  const kinds = new Map(phases.map((p) => [p.id, p.kind]));
  const whole = new Set(pause.phases ?? []);
  const at = pause.only?.location;
  // What the pause moves, as the schedule says: the phases it moves whole, and the paused location's items.
  const reach = pause.only ? { phases: whole, ...(at !== undefined ? { location: at } : {}) } : undefined;
  const moved = [...schedule.events.filter((e) => e.date >= pause.from), ...schedule.held.events].filter((e) => e.phase !== undefined && reaches(reach, e));
  const everyone = moved.some((e) => kinds.get(e.phase!) === 'decommission') || schedule.held.phases.some((p) => p.kind === 'decommission' && (!pause.only || whole.has(p.id)));
  // The phases it moves whole are its part's, even where their launch is over and nothing of theirs is left to move.
  const touched = new Set([pause.phase, ...whole, ...moved.filter((e) => PHASE_ITEMS.has(e.type)).map((e) => e.phase)]);
  const launches = phases.filter((p) => p.kind === 'launch' && touched.has(p.id));
  // A location whose phases bring in other places too, and whose dates are all past: its people there still hear of it.
  const located = launches.length === 0 && at !== undefined ? phases.filter((p) => p.kind === 'launch' && 'peopleAt' in p && (p.peopleAt?.[at] ?? 0) > 0) : launches;
  return {
    everyone,
    phases: located.map((p) => {
      // A phase that brings in people elsewhere too: only its sessions at the paused location moved.
      const local = at !== undefined && !whole.has(p.id) && 'peopleAt' in p ? { people: p.peopleAt?.[at] ?? 0, location: at } : { people: p.people };
      return { id: p.id, name: p.name, ...local };
    }),
  };
}

/** The pause a pause or resume notice speaks of: its key numbers the pause as the plan lists it, the schedule lists them by date. */
export function noticePause(schedule: Schedule, pauses: readonly Pick<Pause, 'from' | 'only'>[], key: string): SchedulePause {
  const planned = plannedPause(pauses, key);
  // Pauses of two parts may start the same day.
  return schedule.pauses.find((p) => p.from === planned?.from && p.only?.phase === planned.only?.phase && p.only?.location === planned.only?.location)!;
}

/** The plan's pause a pause or resume notice's key numbers. */
export function plannedPause<T>(pauses: readonly T[], key: string): T | undefined {
  return pauses[Number(key.replace('pause-', '')) - 1];
}
