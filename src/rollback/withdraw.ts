import type { Plan } from '../plan/resolve.js';
import { planCalendar, weekOf, type TimedPhase } from '../schedule/phases.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { scheduleWords } from '../schedule/words.js';
import { asPlanned } from '../schedule/held.js';
import { formatDay, parseDay } from '../util/dates.js';

/**
 * The plan before its rollback was written in. Messages are written from its schedule, cut at the
 * rollback's day as `render-emails --rollback` cuts them: what went out before the rollback stays
 * as it went out, an announcement of a phase the rollback withdrew included.
 */
export function beforeRollback(plan: Plan): Plan {
  const planned = { ...plan };
  delete planned.rollback;
  return planned;
}

/**
 * The schedule of a rollout that rolled back on `plan.rollback.on`: what came before stays, the
 * rollback takes its day, and every phase and item from that day on (that day's own items too,
 * as `render-emails --rollback` leaves them out) is withdrawn with the date it had, so that the
 * calendar can cancel each one under its own UID. What an open pause held is withdrawn as well:
 * the rollback ended the pause.
 */
export function withdrawAfterRollback(schedule: Schedule, plan: Plan, timed: readonly Pick<TimedPhase, 'id' | 'calendar'>[]): Schedule {
  const rollback = plan.rollback;
  if (!rollback) return schedule;
  const { on } = rollback;
  const start = parseDay(schedule.start);
  const onDay = parseDay(on);
  const global = planCalendar(plan);
  // A phase running that day ends its people's working day before it (a phase starts on one, so on or after its start).
  const lastDay = (id: string) => (timed.find((t) => t.id === id)?.calendar ?? global).onOrBefore(onDay - 1);
  const kept = schedule.phases.filter((p) => p.start < on);
  const phases = kept.map((p) => (p.end < on ? p : { ...p, end: formatDay(lastDay(p.id)), endWeek: weekOf(start, lastDay(p.id)), rolledBack: true as const }));
  const withdrawnPhases = [
    ...schedule.phases.filter((p) => p.start >= on).map((p) => ({ id: p.id, name: p.name, kind: p.kind, plannedStart: p.start, people: p.people })),
    ...schedule.held.phases.map((p) => ({ id: p.id, name: p.name, kind: p.kind, plannedStart: p.plannedStart, people: p.people })),
  ];
  const held = schedule.held.events.map((e) => asPlanned(e, schedule.start));
  const notice: ScheduleEvent = { date: on, type: 'rollback', key: 'rollback', title: scheduleWords(plan.language).rollback(rollback.reason), week: weekOf(start, onDay) };
  return {
    ...schedule,
    end: on,
    phases,
    events: [...schedule.events.filter((e) => e.date < on), notice],
    held: { phases: [], events: [] },
    rollback: { on, reason: rollback.reason, withdrawn: { phases: withdrawnPhases, events: [...schedule.events.filter((e) => e.date >= on), ...held] } },
  };
}
