import type { Plan } from '../plan/resolve.js';
import type { Schedule, SchedulePartRollback, ScheduleEvent } from '../schedule/types.js';
import { compareEvents } from '../schedule/event-order.js';
import { daysAhead } from '../schedule/ahead.js';
import { planCalendar, weekOf } from '../schedule/phases.js';
import { locationCalendar } from '../schedule/calendar.js';
import { formatDay, parseDay } from '../util/dates.js';
import type { Pauses } from '../pauses/pauses.js';

/**
 * The day a part's second try is first told: the working day of the part's people on or after
 * the day it was decided, as a pause decided on a Saturday is told on the Monday.
 */
export function toldOn(plan: Plan, r: Pick<SchedulePartRollback, 'only' | 'on'> & { resume?: { decided?: string } }): string {
  const place = plan.organization.locations.find((l) => l.name === r.only.location);
  const calendar = place ? locationCalendar(plan, place) : planCalendar(plan);
  // Without `decided`, the second try was known on the rollback's day.
  return formatDay(calendar.onOrAfter(parseDay(r.resume!.decided ?? r.on)));
}

/** Where some items could not go out: those `holds` takes, dated from `from` up to `told`, the day they could. */
interface NotYetKnown {
  holds: (e: ScheduleEvent) => boolean;
  from: string;
  told: string;
}

/**
 * Items dated while nobody could tell them go out the first working day they could: a part's
 * second try is announced from the day it was decided (`resume.decided`), and what a pause begun
 * open holds of a second try from the day its end was told. A reminder that then lands on its
 * announcement's day is left out with the others (see withoutEarlyReminders).
 */
export function announcedWhenKnown(schedule: Schedule, plan: Plan, pauses: Pauses): Schedule {
  const decided = (schedule.rollbacks ?? []).filter((r) => r.resume !== undefined).map((r) => ({ r, told: toldOn(plan, r) }));
  const windows = [...decided.map(({ r, told }) => decidedLater(r, told, plan, pauses)), ...endedLater(schedule, pauses)];
  if (windows.length === 0) return schedule;
  const start = parseDay(schedule.start);
  const events = schedule.events.map((e) => {
    const w = windows.find((w) => w.holds(e) && e.date >= w.from && e.date < w.told);
    if (!w) return e;
    return { ...e, date: w.told, week: weekOf(start, parseDay(w.told)) };
  });
  const rollbacks = schedule.rollbacks?.map((r) => {
    const told = decided.find((d) => d.r === r)?.told;
    return told === undefined || r.resume!.decided === undefined || told === r.resume!.decided ? r : { ...r, resume: { ...r.resume!, announced: told } };
  });
  return { ...schedule, events: events.sort(compareEvents), ...(rollbacks ? { rollbacks } : {}) };
}

/**
 * The items without the reminders that go out on or before the announcement of the launch they
 * are for: the announcement says it. So with a reminderLead not shorter than the announceLead
 * (both a week), and for a second try announced the day it was decided, a week ahead of it.
 * Paired by phase and location, up to the launch (without one, on the day): a second try's
 * announcement is not the first's.
 */
export function withoutEarlyReminders(schedule: Schedule): Schedule {
  const key = (e: ScheduleEvent) => `${e.phase ?? ''}\u0000${e.location ?? ''}`;
  const of = (type: ScheduleEvent['type']) => {
    const days = new Map<string, string[]>();
    for (const e of schedule.events) if (e.type === type && e.key === type) days.set(key(e), [...(days.get(key(e)) ?? []), e.date]);
    return days;
  };
  const announcements = of('announcement');
  const launches = of('launch');
  const early = (e: ScheduleEvent) => {
    const launch = launches.get(key(e))?.find((d) => d >= e.date);
    return (announcements.get(key(e)) ?? []).some((d) => d >= e.date && d <= (launch ?? e.date));
  };
  const events = schedule.events.filter((e) => e.type !== 'reminder' || !early(e));
  return events.length === schedule.events.length ? schedule : { ...schedule, events };
}

/**
 * A second try decided after its rollback: its items dated before then could not go out while
 * nobody knew of it: those from the rollback on, of its phases or at its location of a phase it
 * shares (see sharedSecondTries), and those its phases date back from its new start (its
 * announcement `announceLead` before it, its checklist), which can fall before the rollback
 * itself. What else of the part is dated before the rollback is the first try's, as it went out:
 * a go/no-go judged then, the notices of a pause. A rollback's own notice went out on its day:
 * it tells the rollback, not the second try.
 */
function decidedLater(r: SchedulePartRollback, told: string, plan: Plan, pauses: Pauses): NotYetKnown {
  const own = (e: ScheduleEvent) => e.phase !== undefined && r.phases.includes(e.phase);
  const ofPart = (e: ScheduleEvent) => own(e) || (e.phase !== undefined && r.only.location !== undefined && e.location === r.only.location);
  const secondTry = (e: ScheduleEvent) => (e.date >= r.on ? ofPart(e) : own(e) && daysAhead(plan, e) !== undefined);
  // From the part's first announcement on: what the second try dates anew (see asPause).
  const span = pauses.spans.find((s) => s.rollback?.on === r.on && s.rollback.only.phase === r.only.phase && s.rollback.only.location === r.only.location);
  return { holds: (e: ScheduleEvent) => e.type !== 'rollback' && secondTry(e), from: span ? formatDay(span.from) : r.on, told };
}

/**
 * A pause begun open that holds what a second try brings back (the switch-off's announcement
 * again, two weeks before its new day): dated before the pause's end was written in, it could not
 * name a day, so it goes out with the resume notice. What the pause moves itself lands after it.
 */
function endedLater(schedule: Schedule, pauses: Pauses): NotYetKnown[] {
  const again = new Set(pauses.spans.flatMap((s) => (s.rollback?.resume && s.reach ? [...s.reach.phases] : [])));
  if (again.size === 0) return [];
  return pauses.paused.spans.flatMap((s) => {
    const told = s.rollback || s.pause.untilDecided === undefined ? undefined : schedule.events.find((e) => e.type === 'resume' && e.key === `pause-${s.index + 1}`)?.date;
    if (told === undefined) return [];
    const holds = (e: ScheduleEvent) => e.type !== 'pause' && e.type !== 'resume' && e.phase !== undefined && again.has(e.phase) && (!s.reach || s.reach.phases.has(e.phase));
    return [{ holds, from: s.pause.from, told }];
  });
}
