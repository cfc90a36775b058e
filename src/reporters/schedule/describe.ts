import type { Schedule, ScheduleEvent, SchedulePhase } from '../../schedule/types.js';

/** Shared wording of the human formats (table, markdown). */

export function weeksLabel(p: SchedulePhase): string {
  return p.startWeek === p.endWeek ? `week ${p.startWeek}` : `weeks ${p.startWeek}-${p.endWeek}`;
}

export function peopleLabel(p: SchedulePhase): string {
  const [lo, hi] = p.peopleRange;
  return lo === hi ? String(p.people) : `${p.people} (${lo}-${hi})`;
}

export function timeLabel(e: ScheduleEvent): string {
  return e.time ? `${e.time}${e.minutes ? ` (${e.minutes} min)` : ''}` : '';
}

/** Notes on an event: why it moved, and whom it does not suit. */
export function eventNotes(e: ScheduleEvent): string[] {
  const notes = e.movedFrom ? [`moved from ${e.movedFrom} (${e.movedBecause})`] : [];
  return [...notes, ...(e.flags ?? [])];
}

export interface Week {
  week: number;
  events: ScheduleEvent[];
}

export function byWeek(schedule: Schedule): Week[] {
  const weeks = new Map<number, ScheduleEvent[]>();
  for (const e of schedule.events) weeks.set(e.week, [...(weeks.get(e.week) ?? []), e]);
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([week, events]) => ({ week, events }));
}

export function headline(schedule: Schedule): string {
  const { tool, organization, headcount } = schedule.plan;
  return `${tool} rollout at ${organization}: ${headcount} people, ${schedule.start} to ${schedule.end}`;
}
