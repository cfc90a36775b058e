import type { Plan } from '../plan/resolve.js';
import { resumeKnownOn } from '../rollback/parts.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';

/**
 * The plan as it stood on a day, for a check or a report as of that day. An open pause is written
 * into the plan on its first day, without knowing its end: before that day it had not begun, and
 * what it holds today still had its date. A rollback (of the whole rollout or of one part) is
 * written on its day: before it, nothing rolled back; a part's second try (`resume`) from the day it was decided. A pause with its `until` is a break the plan knows from start to end, and moves the
 * dates after it whatever the day; it only holds the rollout from its first day on.
 */
export function planAsOf(plan: Plan, day: Day): Plan {
  const pauses = plan.pauses.filter((p) => p.until !== undefined || parseDay(p.from) <= day);
  const rolledBack = plan.rollback !== undefined && parseDay(plan.rollback.on) <= day;
  const partRollbacks = plan.partRollbacks.filter((r) => parseDay(r.on) <= day).map((r) => resumeKnownOn(r, formatDay(day)));
  const sameParts = partRollbacks.length === plan.partRollbacks.length && partRollbacks.every((r, k) => r === plan.partRollbacks[k]);
  if (pauses.length === plan.pauses.length && sameParts && (rolledBack || plan.rollback === undefined)) return plan;
  const seen: Plan = { ...plan, pauses, partRollbacks };
  if (!rolledBack) delete seen.rollback;
  return seen;
}
