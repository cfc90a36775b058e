import type { Plan } from '../plan/resolve.js';
import type { Pauses } from '../pauses/pauses.js';
import { reaches } from '../pauses/scope.js';
import { asPlanned } from '../schedule/held.js';
import type { Schedule, SchedulePartRollback } from '../schedule/types.js';
import { partDays } from '../schedule/part-days.js';
import { planCalendar, type TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDay } from '../util/dates.js';
import type { PartRollback } from './parts.js';

/**
 * The schedule with each rollback of one part applied. The part was held as an open pause of it
 * holds (see asPause): what that holds of the part itself, its phases and its items from the
 * rollback's day on (and the items of a phase of it that had not started), is withdrawn with the
 * date it had; a phase of it running that day ends the working day before (`rolledBack`). What
 * only waits for the part stays on hold: the switch-off, and a phase that starts after it.
 */
export function withdrawParts(schedule: Schedule, plan: Plan, pauses: Pauses, timed: readonly TimedPhase[]): Schedule {
  const spans = pauses.spans.filter((s) => s.rollback !== undefined);
  if (spans.length === 0) return schedule;
  const own = spans.map((s) => ({ phases: s.reach!.held, ...(s.reach!.location !== undefined ? { location: s.reach!.location } : {}) }));
  // A part that starts again holds nothing on: what is on hold in its second try, an open pause of it holds.
  const ownerOf = (part: { phase?: string | undefined; location?: string | undefined }): number => own.findIndex((r, k) => !spans[k]!.rollback!.resume && reaches(r, part));
  const rollbacks: SchedulePartRollback[] = spans.map((s, k) => ({
    on: s.rollback!.on,
    reason: s.rollback!.reason,
    only: s.rollback!.only,
    ...(s.rollback!.resume ? { resume: secondTry(plan, s.rollback!, timed) } : {}),
    phases: plan.phases.filter((p) => own[k]!.phases.has(p.id)).map((p) => p.id),
    withdrawn: { phases: [], events: [] },
  }));
  for (const p of schedule.held.phases) {
    const k = ownerOf({ phase: p.id });
    if (k >= 0) rollbacks[k]!.withdrawn.phases.push({ id: p.id, name: p.name, kind: p.kind, plannedStart: p.plannedStart, people: p.people });
  }
  for (const e of schedule.held.events) {
    const k = ownerOf(e);
    if (k >= 0) rollbacks[k]!.withdrawn.events.push(asPlanned(e, schedule.start));
  }
  const phases = schedule.phases.map((p) => {
    if (!p.onHold || ownerOf({ phase: p.id }) < 0) return p;
    const ended = { ...p, rolledBack: true as const };
    delete ended.onHold;
    return ended;
  });
  return {
    ...schedule,
    phases,
    held: { phases: schedule.held.phases.filter((p) => ownerOf({ phase: p.id }) < 0), events: schedule.held.events.filter((e) => ownerOf(e) < 0) },
    rollbacks,
  };
}

/** A part's second try as the schedule gives it: with `starts`, the part's first working day from `on`, when its people have `on` off. */
function secondTry(plan: Plan, r: PartRollback, phases: readonly TimedPhase[]): NonNullable<SchedulePartRollback['resume']> {
  const resume = r.resume!;
  const starts = formatDay(partDays(plan, planCalendar(plan), r.only, phases).onOrAfter(parseDay(resume.on)));
  return starts === resume.on ? resume : { ...resume, starts };
}
