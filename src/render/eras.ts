import { pausesKnownOn } from '../pauses/known-on.js';
import { resolvePlan, type Plan } from '../plan/resolve.js';
import { rollbacksUpTo } from '../rollback/parts.js';
import { beforeRollback } from '../rollback/withdraw.js';
import { buildSchedule } from '../schedule/build.js';
import { changeDays } from '../schedule/known-start.js';
import type { Schedule } from '../schedule/types.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';

/** The plan and schedule that messages dated from `from` up to `until` are written from. */
export interface Era {
  plan: Plan;
  schedule: Schedule;
  from?: string;
  until?: string;
}

/**
 * A pause is written into the plan as it happens (or on its `decided` day, for a break planned
 * ahead): a message dated before that went out without it, so it is written as it was then, the
 * dates it gave included (as the messages before a rollback are). Each era runs from one pause's
 * day to the next one's, and its messages come from the plan with the pauses decided by then
 * (a pause whose end was written in later, `untilDecided`, open until that day), and the
 * rollbacks of one part written in by then.
 * `schedule` is the whole plan's.
 */
export function messageEras(plan: Plan, schedule: Schedule): Era[] {
  const starts = changeDays(plan);
  if (starts.length === 0) return [{ plan, schedule }];
  // How long the rollout went on, as written now: an era whose plan held a part open (rolled back, its second try not yet decided) had no end, and its weekly updates go on up to the era's end, no further.
  const launchesEnd = Math.max(...schedule.phases.flatMap((p) => (p.kind === 'launch' ? [parseDay(p.end)] : [])));
  return [undefined, ...starts].map((from, i) => {
    const until = starts[i];
    if (until === undefined) return { plan, schedule, ...(from !== undefined ? { from } : {}) };
    const era = planKnownOn(plan, from);
    return { plan: era, schedule: scheduleKnownOn(era, Math.min(parseDay(until) - 1, launchesEnd)), ...(from !== undefined ? { from } : {}), until };
  });
}

/**
 * The plan as it stood on `day`: the pauses, extensions and rollbacks written in by then (none
 * before the first). Resolved again from the plan as written, which each language's texts come from.
 */
export function planKnownOn(plan: Plan, day: string | undefined): Plan {
  const rollback = rollbacksUpTo(plan.raw.rollback, day);
  const raw = { ...plan.raw };
  delete raw.rollback;
  const pauses = day === undefined ? [] : pausesKnownOn(plan.raw.pauses, day);
  const extensions = day === undefined ? [] : plan.raw.extensions.filter((e) => e.decided <= day);
  return resolvePlan({ ...raw, pauses, extensions, ...(rollback ? { rollback } : {}) }, plan.language);
}

/**
 * The schedule as people were last told before a change decided on `day`: the plan as it stood
 * the day before, every change decided earlier written in. A notice's "instead of" day comes from it.
 */
export function scheduleToldBefore(plan: Plan, day: string): Schedule {
  return scheduleKnownOn(planKnownOn(plan, formatDay(parseDay(day) - 1)));
}

/** The day phase `id` was to launch as people were last told before a change decided on `day`: while a pause held it, its last real date. */
export function launchToldBefore(plan: Plan, day: string, id: string): string | undefined {
  const told = scheduleToldBefore(plan, day);
  return told.events.find((e) => e.type === 'launch' && e.phase === id)?.date ?? told.held.events.find((e) => e.type === 'launch' && e.phase === id)?.plannedDate;
}

/** The schedule the messages of a plan known on a day give: before its rollback, if it has one; going on up to `goesOnUntil` while a part is held open (see ScheduleOptions). */
export function scheduleKnownOn(known: Plan, goesOnUntil?: Day): Schedule {
  return buildSchedule(known.rollback ? beforeRollback(known) : known, goesOnUntil === undefined ? {} : { goesOnUntil });
}

/**
 * The schedule the messages are written from as of `asOf` (render-emails' --at): while a pause
 * begun by then is open, the held part has no end yet, so the rest of the rollout is still told
 * and checked: its weekly updates, surveys and weekly checklist go on up to the week of `asOf`,
 * not only until the week the held launch was to end.
 */
export function scheduleAsOf(plan: Plan, asOf: Day): Schedule {
  const open = plan.pauses.some((p) => p.until === undefined && parseDay(p.from) <= asOf);
  return scheduleKnownOn(plan, open ? asOf : undefined);
}
