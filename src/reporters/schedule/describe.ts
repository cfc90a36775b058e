import type { Schedule, ScheduleEvent, SchedulePhase } from '../../schedule/types.js';
import { formatDay, parseDay } from '../../util/dates.js';

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
  const paused = e.pausedFrom ? [`moved by a pause from ${e.pausedFrom}`] : [];
  return [...notes, ...paused, ...(e.flags ?? [])];
}

/** One line per pause: when, how long, why. */
export function pauseLines(schedule: Schedule): string[] {
  return schedule.pauses.map((p) => {
    const span = p.until === null ? `from ${p.from}, open: later items are on hold` : `${p.from} until ${p.until} (${p.workingDays} working days)`;
    return `Pause ${span}${p.phase ? `, phase ${p.phase}` : ''}: ${p.reason}`;
  });
}

/** One line per item an open pause holds, with the date it had. */
export function heldLines(schedule: Schedule): string[] {
  return [
    ...schedule.held.phases.map((p) => `phase ${p.name} (planned ${p.plannedStart})`),
    ...schedule.held.events.map((e) => `${e.type}${e.phase ? ` ${e.phase}` : ''}${e.location ? ` (${e.location})` : ''}: ${e.title} (planned ${e.plannedDate})`),
  ];
}

export interface Week {
  week: number;
  /** First and last calendar day of the rollout week. */
  from: string;
  to: string;
  events: ScheduleEvent[];
}

export function byWeek(schedule: Schedule): Week[] {
  const weeks = new Map<number, ScheduleEvent[]>();
  for (const e of schedule.events) {
    const list = weeks.get(e.week);
    if (list) list.push(e);
    else weeks.set(e.week, [e]);
  }
  const start = parseDay(schedule.start);
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, events]) => ({ week, from: formatDay(start + (week - 1) * 7), to: formatDay(start + (week - 1) * 7 + 6), events }));
}

export function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

export function headline(schedule: Schedule): string {
  const { tool, organization, headcount } = schedule.plan;
  return `${tool} rollout at ${organization}: ${people(headcount)}, ${schedule.start} to ${schedule.end}`;
}
