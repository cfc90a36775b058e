import type { Plan } from '../plan/resolve.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { scheduleToldBefore } from './eras.js';

/** The day the switch-off `id` turns the old tools off in `events`. */
export function turnOffIn(events: readonly ScheduleEvent[], id: string): string | undefined {
  return events.find((e) => e.type === 'decommission' && e.key === 'turn-off' && e.phase === id)?.date;
}

/**
 * The day the old tools are turned off now, and the day people were last told before a change
 * decided on `decided`, when that change moved it: the notices of a pause name both, as the
 * day to have moved everything over by. None while an open pause holds it, or where it did not move.
 */
export function turnOffMoved(plan: Plan, schedule: Schedule, decided: string): { now: string; was: string } | null {
  const id = plan.phases.find((p) => p.kind === 'decommission')?.id;
  if (id === undefined) return null;
  const now = turnOffIn(schedule.events, id);
  const was = turnOffIn(scheduleToldBefore(plan, decided).events, id);
  return now !== undefined && was !== undefined && now !== was ? { now, was } : null;
}
