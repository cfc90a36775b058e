import type { Plan } from '../plan/resolve.js';
import { parseDay, type Day } from '../util/dates.js';
import type { Schedule, SchedulePartRollback, ScheduleEvent } from '../schedule/types.js';
import { compareEvents } from '../schedule/event-order.js';
import { asPlanned } from '../schedule/held.js';
import { withoutResume } from './parts.js';
import { judgedIds } from '../gates/judged-ids.js';

/** The plan as it was before the rollback `k` of one part started that part again: rolled back, without its resume. */
export function beforeResume(plan: Plan, k: number): Plan {
  return { ...plan, partRollbacks: plan.partRollbacks.map((r, i) => (i === k ? withoutResume(r) : r)) };
}

/** The rollbacks of one part that start it again (`resume`) by `day`, by their place in the plan. */
export function resumedBy(plan: Plan, day: Day): number[] {
  return plan.partRollbacks.flatMap((r, k) => (r.resume && parseDay(r.on) <= day ? [k] : []));
}

const identity = (e: Pick<ScheduleEvent, 'type' | 'phase' | 'key' | 'location'>): string => [e.type, e.phase ?? '', e.key, e.location ?? ''].join('\u0000');
/** An item and its day. */
const onItsDay = (e: ScheduleEvent): string => `${identity(e)}\u0000${e.date}`;

/**
 * The schedule of a plan whose parts start again (`resume`), with each part's first try kept as
 * the record, as `restart:` keeps a whole first attempt: what was dated before the rollback
 * (its launch, training, office hours, the go/no-go judged for it) stays on its day under its own
 * calendar UID, and what the second try dates anew for those items is added as items of their own
 * (`secondTry`), not moved onto the first try's. So are the items the rollback cancelled (withdrawn
 * with the part, or on hold while it waited: the switch-off): a calendar that has them cancelled
 * keeps them so, and may not bring an entry back under a cancelled UID; their first UIDs stay in
 * the calendar, cancelled (`cancelledFirstTry`). So is what the second try dates at the part's place
 * of a phase it shares with the rest: that place's launch and messages are the second try's.
 */
export function withFirstTries(schedule: Schedule, plan: Plan, build: (plan: Plan) => Schedule): Schedule {
  let events = schedule.events;
  let rollbacks = schedule.rollbacks;
  plan.partRollbacks.forEach((r, k) => {
    if (!r.resume) return;
    const dated = new Set(events.map(onItsDay));
    const rolledBack = build(beforeResume(plan, k));
    // The part's phases as its first try ran them, up to the rollback: the phase table shows them beside the second try's.
    const same = (x: SchedulePartRollback) => x.on === r.on && x.only.phase === r.only.phase && x.only.location === r.only.location;
    const firstTry = rolledBack.phases.filter((p) => p.start < r.on && rolledBack.rollbacks!.find(same)!.phases.includes(p.id));
    // Up to its day: of the part, what the rollback left on that day is the gate judged then (see withdrawParts).
    const first = rolledBack.events.filter((e) => e.date <= r.on && !dated.has(onItsDay(e)));
    const cancelled = [...(rolledBack.rollbacks ?? []).flatMap((x) => x.withdrawn.events), ...rolledBack.held.events.map((h) => asPlanned(h, rolledBack.start))];
    // A calendar that imported the rollback's file has these cancelled, or still has them, if it imported the one before: it is told they are off.
    rollbacks = rollbacks?.map((x) => (same(x) ? { ...x, firstTry, cancelledFirstTry: cancelled } : x));
    // What the second try brings of a phase the part shares with the rest (see sharedSecondTries): its launch and messages at the part's place, which the first try dated for the phase as a whole.
    const had = new Set([...rolledBack.events, ...cancelled].map(identity));
    const own = events.filter((e) => r.only.location !== undefined && e.location === r.only.location && e.phase !== undefined && !had.has(identity(e)));
    const again = new Set([...first, ...cancelled, ...own].map(identity));
    // A resume notice sent before the second try was decided named the day the pause's end let its part go on, not the second try's start.
    const decided = r.resume.decided ?? r.on;
    const told = new Map(rolledBack.events.filter((e) => e.type === 'resume' && e.date < decided).map((e) => [onItsDay(e), e.title]));
    const asTold = (e: ScheduleEvent): ScheduleEvent => ({ ...e, title: told.get(onItsDay(e)) ?? e.title });
    events = [...events.map((e) => (again.has(identity(e)) && !e.secondTry ? { ...e, secondTry: r.resume!.on } : asTold(e))), ...first];
  });
  if (events === schedule.events) return schedule;
  // A second try's gate item is titled by the id gate-check judges it by: the line names the result to look for.
  const judged = judgedIds(plan, parseDay(schedule.events.at(-1)!.date));
  const named = events.map((e) => (e.type === 'gate' && e.secondTry !== undefined && judged(e.key, e.date) !== e.key ? { ...e, title: e.title.replace(e.key, judged(e.key, e.date)) } : e));
  return { ...schedule, events: named.sort(compareEvents), ...(rollbacks ? { rollbacks } : {}) };
}
