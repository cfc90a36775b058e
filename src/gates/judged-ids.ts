import type { Plan } from '../plan/resolve.js';
import { timePhases } from '../schedule/phases.js';
import { formatDay, type Day } from '../util/dates.js';
import { gateWindows, windowId } from './evaluate.js';

/**
 * The id gate-check judges a gate item of the schedule by, from the gate's id and its due day, as
 * of `until` (the schedule's last day): a go/no-go judged again for a part's second try is a result
 * of its own (see windowId), the first try's verdict staying under the gate's id as history; the
 * part's own gates, judged on its second try's rows, keep their ids. The schedule's line and the
 * coordinator's checklist name the result gate-check gives for that day.
 */
export function judgedIds(plan: Plan, until: Day): (id: string, due: string) => string {
  if (!plan.partRollbacks.some((r) => r.resume)) return (id) => id;
  const ids = new Map(gateWindows(plan, timePhases(plan), until).map((w) => [`${w.gate.id}\u0000${formatDay(w.due)}`, windowId(w)]));
  return (id, due) => ids.get(`${id}\u0000${due}`) ?? id;
}
