import type { Plan } from '../plan/resolve.js';
import { withFirstTries } from '../rollback/first-try.js';
import { buildSchedule } from '../schedule/build.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';

/**
 * The gates a part's first try had before it rolled back, on their days, which the report's
 * schedule (each item's latest) dates anew for the second try: the timeline keeps a marker for
 * each, as `schedule` keeps them in its table. None when no part starts again.
 */
export function firstTryGates(plan: Plan, schedule: Schedule): ScheduleEvent[] {
  if (!plan.partRollbacks.some((r) => r.resume)) return [];
  const latest = new Set(schedule.events.filter((e) => e.type === 'gate').map((e) => `${e.key}\u0000${e.date}`));
  // The report's own schedule, with the first tries added: only they are built anew.
  return withFirstTries(schedule, plan, (first) => buildSchedule(first)).events.filter((e) => e.type === 'gate' && e.secondTry === undefined && !latest.has(`${e.key}\u0000${e.date}`));
}
