import { pausedPartName, type DisplayNames } from '../plan/display-names.js';
import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { Schedule, ScheduleEvent, SchedulePhase } from '../schedule/types.js';
import { backOnOldTools, type PartRollback } from './parts.js';

/**
 * Where a part rolled back is, said as a place (`in Albina`) or as a phase's people (`for Everyone
 * else`): never as the subject of a verb, since a phase's name may be a plural.
 */
export function partWhere(only: PartRollback['only'], phases: DisplayNames['phases'], lang: Language): string {
  return only.location !== undefined ? `in ${only.location}` : `${lang === 'nl' ? 'voor' : 'for'} ${pausedPartName(only, phases)}`;
}

/**
 * The switch-off as the parts rolled back hold it: undefined when it does not wait (none planned,
 * or done); else the day it was planned to turn the old system off, as the switch-off's
 * announcement gave it (null when the plan gives no turn-off step).
 */
export function heldSwitchOff(schedule: Schedule): { planned: string | null } | undefined {
  const steps = schedule.held.events.filter((e) => e.type === 'decommission');
  if (steps.length === 0 && !schedule.held.phases.some((p) => p.kind === 'decommission')) return undefined;
  return { planned: steps.find((e) => e.key === 'turn-off')?.plannedDate ?? null };
}

/** The day a part rolled back, from its schedule item: the item's day, or the day off of the part's people it moved from. */
export function rolledBackOn(item: Pick<ScheduleEvent, 'date' | 'movedFrom'>): string {
  return item.movedFrom ?? item.date;
}

/** The day a schedule turns the old system off: its turn-off step's, else the day the switch-off starts. */
function switchOffDay(schedule: Pick<Schedule, 'events' | 'phases'>): string | undefined {
  return schedule.events.find((e) => e.type === 'decommission' && e.key === 'turn-off')?.date ?? schedule.phases.find((p) => p.kind === 'decommission')?.start;
}

/**
 * The switch-off a rollback on `on` with a second try (`resume`) moves: the day everyone was told
 * (`told`, the schedule as they last heard it before the rollback) and the day the second try
 * gives it; undefined when it had not been announced before `on`, or keeps its day.
 */
export function movedSwitchOff(told: Pick<Schedule, 'events' | 'phases'>, schedule: Pick<Schedule, 'events' | 'phases'>, on: string): { was: string; now: string } | undefined {
  const announced = told.events.some((e) => e.type === 'announcement' && e.key === 'decommission-notice' && e.date < on);
  const was = switchOffDay(told);
  const now = switchOffDay(schedule);
  return announced && was !== undefined && now !== undefined && was !== now ? { was, now } : undefined;
}

/**
 * Whether the rollback of a part on `on` is the one that postpones the switch-off, so that its day
 * tells everyone: it puts the switch-off on hold, or its second try moves the day they were told
 * (`told`, see movedSwitchOff). One on an earlier day has told them already.
 */
export function postponesSwitchOff(schedule: Schedule, on: string, told: () => Pick<Schedule, 'events' | 'phases'>): boolean {
  if ((schedule.rollbacks ?? []).some((r) => r.on < on)) return false;
  return heldSwitchOff(schedule) !== undefined || (schedule.rollbacks ?? []).some((r) => r.on === on && r.resume !== undefined && movedSwitchOff(told(), schedule, on) !== undefined);
}

/**
 * The day the people of the plan's `at`-th part rollback went back, as its email told them: the
 * rollback item's day, their next working day when `on` was a day they had off (a holiday of
 * their location).
 */
export function partBackOn(plan: Pick<Plan, 'partRollbacks'>, schedule: Pick<Schedule, 'events'>, at: number): string {
  const key = `rollback-${at + 1}`;
  return schedule.events.find((e) => e.type === 'rollback' && e.key === key)?.date ?? plan.partRollbacks[at]!.on;
}

/** A part rolled back by a weekly update's day, as the update says it: its name, where, its day and why (in the plan's language). */
export interface RolledBackPart {
  name: string;
  where: string;
  on: string;
  reason: string;
  /** How many of its people had started before it rolled back: back on the old tools now. */
  people: number;
}

/** The people of `phase` in the part a rollback of one part names: those at its location, or the whole phase it names. */
export function partPeople(only: PartRollback['only'], phase: Pick<SchedulePhase, 'id' | 'people' | 'peopleAt'>): number {
  return only.location !== undefined ? (phase.peopleAt?.[only.location] ?? 0) : only.phase === phase.id ? phase.people : 0;
}

/** The parts rolled back on or before `date`, in the order of their days: a weekly update after them no longer says all goes as planned. */
export function rolledBackBy(plan: Pick<Plan, 'partRollbacks' | 'phases'>, schedule: Pick<Schedule, 'phases' | 'events'>, date: string, lang: Language): RolledBackPart[] {
  const started = (on: string) => schedule.phases.filter((p) => p.kind === 'launch' && p.start < on);
  return plan.partRollbacks
    // The day its people were told they went back: a holiday of theirs on `on` was no day on the new tool either.
    .map((r, at) => ({ r, on: partBackOn(plan, schedule, at) }))
    .filter(({ r, on }) => on <= date && backOnOldTools(r, date))
    .sort((a, b) => a.on.localeCompare(b.on))
    .map(({ r, on }) => ({
      name: pausedPartName(r.only, plan.phases),
      where: partWhere(r.only, plan.phases, lang),
      on,
      reason: r.reason,
      people: started(r.on).reduce((n, p) => n + partPeople(r.only, p), 0),
    }));
}
