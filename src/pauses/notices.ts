import type { Pause } from '../plan/schema.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { Schedule, ScheduleEvent, ScheduleExtension } from '../schedule/types.js';
import { parseDay, type Day } from '../util/dates.js';
import type { Reach } from './scope.js';

/** The phase a pause's notices name: the one it concerns, or the one it pauses alone. */
export function noticePhase(pause: Pick<Pause, 'phase' | 'only'>): string | undefined {
  return pause.phase ?? pause.only?.phase;
}

/** The fields a pause's notices carry: the phase they name, the location a pause of one location holds, and the pause's key. */
export function noticeRef(pause: Pick<Pause, 'phase' | 'only'>, index: number): { phase?: string; location?: string; key: string } {
  const phase = noticePhase(pause);
  const location = pause.only?.location;
  return { ...(phase !== undefined ? { phase } : {}), ...(location !== undefined ? { location } : {}), key: `pause-${index + 1}` };
}

/**
 * The day a pause's notice is meant for: its first day, or for a pause written in ahead
 * (`decided`) the day it was decided, so that people hear of it before it starts and before
 * the messages that already give its new dates; no earlier than `lead` (the announcement lead)
 * before it starts, as a break planned months ahead is told when launches are announced.
 */
export function noticeDay(pause: Pick<Pause, 'decided'>, from: Day, lead: number): Day {
  if (pause.decided === undefined) return from;
  return Math.min(from, Math.max(parseDay(pause.decided), from - lead));
}

/**
 * The day a pause's resume notice goes out: the working day before it resumes (no earlier than
 * its first day), or, for a pause that began open and got its end later (`untilDecided`), the
 * working day on or after that day: people hear the end as soon as it is known, not on the eve
 * of the day they start again.
 */
export function resumeNoticeDay(pause: Pick<Pause, 'untilDecided'>, from: Day, until: Day, calendar: WorkCalendar): Day {
  if (pause.untilDecided !== undefined) return calendar.onOrAfter(parseDay(pause.untilDecided));
  return Math.max(from, calendar.onOrBefore(until - 1));
}

/**
 * The day a pause's part goes on, as the schedule's resume item and the pause's notices name it:
 * the working day of its people (`calendar`) on or after `until`; for a pause of one phase that
 * had not started by the pause's first day, the day that phase now starts (`start`), as the pause
 * moved it by its working days: a switch-off planned within the pause starts after its end.
 */
export function resumesOn(pause: { from: Day; until: Day; only?: { phase?: string | undefined } | undefined }, start: (phase: string) => Day | undefined, calendar: WorkCalendar): Day {
  const back = calendar.onOrAfter(pause.until);
  const id = pause.only?.phase;
  const begins = id === undefined ? undefined : start(id);
  return begins !== undefined && Number.isFinite(begins) && begins >= pause.from ? Math.max(back, begins) : back;
}

/** Whether a pause of one part moves a phase because it waits for that part, not because the pause holds it. */
const movedBy = (reach: Pick<Reach, 'phases' | 'held'>, id: string): boolean => reach.phases.has(id) && !reach.held.has(id);

/**
 * The launch phases a pause of one part moves because they wait for it, not those it holds
 * itself, in plan order: its notices and the schedule name them with their new start rather
 * than saying the rest goes on.
 */
export function waitingPhases<P extends { id: string; kind: string }>(reach: Pick<Reach, 'phases' | 'held'> | undefined, phases: readonly P[]): P[] {
  if (!reach) return [];
  return phases.filter((p) => p.kind === 'launch' && movedBy(reach, p.id));
}

/**
 * The switch-off, when a pause of one part moves it because it waits for that part (a pause of
 * the switch-off itself holds it instead): the notice and the schedule both say it moves.
 */
export function waitingSwitchOff<P extends { id: string; kind: string }>(reach: Pick<Reach, 'phases' | 'held'> | undefined, phases: readonly P[]): P | undefined {
  return reach && phases.find((p) => p.kind === 'decommission' && movedBy(reach, p.id));
}

/** The extension an extension item is of: of its phase, the last decided by its day (the schedule lists them in date order). */
export function extensionOf(schedule: Pick<Schedule, 'extensions'>, event: Pick<ScheduleEvent, 'phase' | 'date'>): ScheduleExtension {
  return schedule.extensions!.filter((x) => x.phase === event.phase && x.decided <= event.date).at(-1)!;
}

/** Whether an extension moves the dates of phase `id`, or is of it: it runs longer, waits for it, or is the switch-off that waits for it. */
export function extensionConcerns(extension: ScheduleExtension, id: string): boolean {
  return extension.phase === id || extension.waiting.some((w) => w.id === id) || extension.switchOff?.id === id;
}
