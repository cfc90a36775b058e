import type { Pause } from '../plan/schema.js';
import type { EventType, Schedule, SchedulePause } from '../schedule/types.js';

/** The items of a launch phase its people act on: its messages, its start, its sessions. */
const PEOPLE_ITEMS: ReadonlySet<EventType> = new Set(['announcement', 'reminder', 'launch', 'training', 'office-hours']);

/** Who a pause's notices go to. */
export interface PauseReaders {
  /** The switch-off of the old system moves: everyone still uses it, so everyone is told. */
  everyone: boolean;
  /** The launch phases whose dates move (the paused phase always), in schedule order. */
  phases: { id: string; name: string; people: number }[];
}

/**
 * The playbook's "no surprises": everyone whose dates a pause moves hears of it, not only the
 * phase it concerns. That is each launch phase whose announcement, start, training or office
 * hours fall on or after the pause's first day (or are held by it), and everyone when the
 * switch-off of the old system moves. Gates, checklists and reviews are the coordinator's.
 */
export function pauseReaders(schedule: Schedule, pause: SchedulePause): PauseReaders {
  const phases = [...schedule.phases, ...schedule.held.phases];
  const kinds = new Map(phases.map((p) => [p.id, p.kind]));
  const moved = [...schedule.events.filter((e) => e.date >= pause.from), ...schedule.held.events].filter((e) => e.phase !== undefined);
  const everyone = moved.some((e) => kinds.get(e.phase!) === 'decommission') || schedule.held.phases.some((p) => p.kind === 'decommission');
  const touched = new Set([pause.phase, ...moved.filter((e) => PEOPLE_ITEMS.has(e.type)).map((e) => e.phase)]);
  const launches = phases.filter((p) => p.kind === 'launch' && touched.has(p.id));
  return { everyone, phases: launches.map((p) => ({ id: p.id, name: p.name, people: p.people })) };
}

/** The pause a pause or resume notice speaks of: its key numbers the pause as the plan lists it, the schedule lists them by date. */
export function noticePause(schedule: Schedule, pauses: readonly Pick<Pause, 'from'>[], key: string): SchedulePause {
  const planned = pauses[Number(key.replace('pause-', '')) - 1];
  return schedule.pauses.find((p) => p.from === planned?.from)!;
}
