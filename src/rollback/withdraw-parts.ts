import type { Plan } from '../plan/resolve.js';
import type { Pauses } from '../pauses/pauses.js';
import { reaches, type Part, type Reach } from '../pauses/scope.js';
import { asPlanned } from '../schedule/held.js';
import { guardedPhase } from '../guards/guarded.js';
import { compareEvents } from '../schedule/event-order.js';
import type { HeldEvent, Schedule, SchedulePartRollback, ScheduleEvent } from '../schedule/types.js';
import { partDays } from '../schedule/part-days.js';
import { planCalendar, type TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDay } from '../util/dates.js';
import type { PartRollback } from './parts.js';

/**
 * The schedule with each rollback of one part applied. The part was held as an open pause of it
 * holds (see asPause): what that holds of the part itself, its phases and its items from the
 * rollback's day on (and the items of a phase of it that had not started), is withdrawn with the
 * date it had; a phase of it running that day ends the working day before (`rolledBack`). What
 * only waits for the part stays on hold: the switch-off, and a phase that starts after it, and so
 * does a gate on everyone's rows that the part's phase only dates (see ofRolledBackPart). A gate
 * of the part due after the rollback's day is withdrawn too, though the launch it guards goes on;
 * a part that starts again leaves it out, when that launch went ahead before (see wentAhead).
 */
export function withdrawParts(schedule: Schedule, plan: Plan, pauses: Pauses, timed: readonly TimedPhase[]): Schedule {
  const spans = pauses.spans.filter((s) => s.rollback !== undefined);
  if (spans.length === 0) return schedule;
  // A part that starts again holds nothing on: what is on hold in its second try, an open pause of it holds.
  const ownerOf = (part: OwnedPart): number => spans.findIndex((s) => !s.rollback!.resume && ofRolledBackPart(s.reach!, part));
  const rollbacks: SchedulePartRollback[] = spans.map((s) => ({
    on: s.rollback!.on,
    reason: s.rollback!.reason,
    only: s.rollback!.only,
    ...(s.rollback!.resume ? { resume: secondTry(plan, s.rollback!, timed, s.reach!.held) } : {}),
    phases: plan.phases.filter((p) => s.reach!.held.has(p.id)).map((p) => p.id),
    withdrawn: { phases: [], events: [] },
  }));
  for (const p of schedule.held.phases) {
    const k = ownerOf({ phase: p.id });
    if (k >= 0) rollbacks[k]!.withdrawn.phases.push({ id: p.id, name: p.name, kind: p.kind, plannedStart: p.plannedStart, people: p.people });
  }
  // A gate of the part due by its rollback's day was judged by then, and may be what brought it (the
  // day gate-check suggests for the rollback is that gate's own): it keeps its day (as gate-check
  // keeps its verdict), though the launch it guards is held.
  const judged = (e: HeldEvent): boolean => e.type === 'gate' && ownerOf(e) >= 0 && e.plannedDate <= spans[ownerOf(e)]!.rollback!.on;
  for (const e of schedule.held.events) {
    const k = ownerOf(e);
    if (k >= 0 && !judged(e)) rollbacks[k]!.withdrawn.events.push(asPlanned(e, schedule.start));
  }
  // A go/no-go of the part due after its rollback goes with it, as gate-check withdraws it: the
  // launch it guards went on, dating it. The part's second try does not date it again for that launch.
  const goneGate = (e: ScheduleEvent): number => (e.type === 'gate' ? spans.findIndex((s) => e.date > s.rollback!.on && ofRolledBackPart(s.reach!, e) && (!s.rollback!.resume || wentAhead(plan, timed, e.key))) : -1);
  for (const e of schedule.events) {
    const k = goneGate(e);
    if (k >= 0 && !spans[k]!.rollback!.resume) rollbacks[k]!.withdrawn.events.push(e);
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
    events: [...schedule.events.filter((e) => goneGate(e) < 0), ...schedule.held.events.filter(judged).map((e) => asPlanned(e, schedule.start))].sort(compareEvents),
    held: { phases: schedule.held.phases.filter((p) => ownerOf({ phase: p.id }) < 0), events: schedule.held.events.filter((e) => ownerOf(e) < 0) },
    rollbacks,
  };
}

/**
 * Whether a go/no-go due the day before the launch it guards saw that launch start before its own
 * phase starts again: its part's second try has no "before the launch" for it, as gate-check keeps
 * the first try's record of it (not judged again).
 */
function wentAhead(plan: Plan, timed: readonly TimedPhase[], id: string): boolean {
  const gate = plan.gates.find((g) => g.id === id);
  const guarded = gate?.due === 'day-before' ? guardedPhase(gate, timed) : undefined;
  return guarded !== undefined && guarded.kind === 'launch' && guarded.start < timed.find((p) => p.id === gate!.phase)!.start;
}

/**
 * A part's second try as the schedule gives it: with `starts`, the day its first phase starts when
 * that is later than `on` (its people have `on` off, or a pause of everything runs over it); the
 * part's first working day from `on` when no phase of it is dated.
 */
function secondTry(plan: Plan, r: PartRollback, phases: readonly TimedPhase[], held: ReadonlySet<string>): NonNullable<SchedulePartRollback['resume']> {
  const resume = r.resume!;
  const dated = phases.filter((p) => held.has(p.id) && Number.isFinite(p.start)).map((p) => p.start);
  const first = dated.length > 0 ? Math.min(...dated) : partDays(plan, planCalendar(plan), r.only, phases).onOrAfter(parseDay(resume.on));
  const starts = formatDay(Math.max(first, parseDay(resume.on)));
  return starts === resume.on ? resume : { ...resume, starts };
}

type OwnedPart = Part & { scope?: 'phase' | 'organization' | undefined };

/**
 * Whether a rollback of one part (`reach`: what it holds) takes an item, or a gate, with it: one of a
 * phase it holds itself, or at its location. A gate on everyone's rows (`scope: organization`) is
 * no one part's, whatever phase dates it: the rollback holds it, as what waits for the part.
 */
export function ofRolledBackPart(reach: Pick<Reach, 'held' | 'location'>, item: OwnedPart): boolean {
  const phase = item.scope === 'organization' ? undefined : item.phase;
  return reaches({ phases: reach.held, ...(reach.location !== undefined ? { location: reach.location } : {}) }, { phase, location: item.location });
}
