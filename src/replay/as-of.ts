import type { Plan } from '../plan/resolve.js';
import type { Pause } from '../plan/schema.js';
import type { PauseSpan } from '../pauses/pauses.js';
import { resumeKnownOn } from '../rollback/parts.js';
import { planPauses } from '../schedule/phases.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';

/**
 * The plan as it stood on a day, for a check or a report as of that day. An open pause is written
 * into the plan on its `decided` day (by default its first), without knowing its end: before that
 * day nobody knew of it, and what it holds today still had its date; from it on, what it holds is
 * on hold, as the schedule and the emails of that day say. A rollback (of the whole rollout or of one part) is
 * written on its day: before it, nothing rolled back; a part's second try (`resume`) from the day it was decided. A pause with its `until` is a break the plan knows from start to end, and moves the
 * dates after it whatever the day; it only holds the rollout from its first day on.
 */
export function planAsOf(plan: Plan, day: Day): Plan {
  const pauses = plan.pauses.filter((p) => p.until !== undefined || writtenIn(p) <= day);
  const rolledBack = plan.rollback !== undefined && parseDay(plan.rollback.on) <= day;
  const partRollbacks = plan.partRollbacks.filter((r) => parseDay(r.on) <= day).map((r) => resumeKnownOn(r, formatDay(day)));
  const sameParts = partRollbacks.length === plan.partRollbacks.length && partRollbacks.every((r, k) => r === plan.partRollbacks[k]);
  if (pauses.length === plan.pauses.length && sameParts && (rolledBack || plan.rollback === undefined)) return plan;
  const seen: Plan = { ...plan, pauses, partRollbacks };
  if (!rolledBack) delete seen.rollback;
  return seen;
}

/**
 * The open pauses the plan records whose first day and `decided` day are after `day`, which planAsOf leaves out:
 * written in ahead, as gate-check advises, each holds what it reaches from its first day on, so
 * what it holds no longer waits on the gates (see guardedDecision).
 */
export function pausesAhead(plan: Plan, day: Day): PauseSpan[] {
  if (!plan.pauses.some((p) => p.until === undefined && writtenIn(p) > day)) return [];
  return planPauses(plan).paused.spans.filter((s) => !s.rollback && s.until === undefined && s.from > day && writtenIn(s.pause) > day);
}

/** The day an open pause was written into the plan: its `decided` day, by default its first. */
const writtenIn = (pause: Pause): Day => Math.min(parseDay(pause.from), parseDay(pause.decided ?? pause.from));
