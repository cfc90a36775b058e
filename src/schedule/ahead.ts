import type { Plan } from '../plan/resolve.js';
import type { Moved, Pauses } from '../pauses/pauses.js';
import { parseDuration, type Day } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
import { movedPhase, type TimedPhase } from './phases.js';
import type { ScheduleEvent } from './types.js';

/**
 * How many days before its launch a launch phase's item goes out, for the items dated back from
 * the launch (its announcement, reminder and the checklists two weeks and one week before);
 * undefined for any other item.
 */
export function daysAhead(plan: Plan, item: Pick<ScheduleEvent, 'type' | 'key'>): number | undefined {
  const { announceLead, reminderLead } = plan.communications;
  if (item.type === 'announcement' && item.key === 'announcement') return parseDuration(announceLead);
  if (item.type === 'reminder') return parseDuration(reminderLead);
  if (item.type === 'checklist' && item.key === 'two-weeks-before') return 14;
  if (item.type === 'checklist' && item.key === 'one-week-before') return 7;
  return undefined;
}

/** The launch items dated back from a launch (see daysAhead): a second try dates each of them anew. */
const AHEAD_ITEMS = [
  { type: 'announcement', key: 'announcement' },
  { type: 'reminder', key: 'reminder' },
  { type: 'checklist', key: 'two-weeks-before' },
  { type: 'checklist', key: 'one-week-before' },
] as const;

/**
 * How many days before its launch a launch phase's first item goes out: the announcement
 * (`announceLead`), or the checklist two weeks before when the announcement goes out later.
 */
export function earliestAhead(plan: Plan): number {
  return Math.max(...AHEAD_ITEMS.map((item) => daysAhead(plan, item)!));
}

/**
 * Where an item dated `ahead` days before a launch lands, given where the pauses put it
 * (`landed`, from the working day `planned` it has without them). Unmoved, it keeps that day,
 * counted back from the launch's first working day: a running rollout has sent it. Moved, it is
 * counted back from the day the launch was meant for (`launchMeant`), moved as the pauses move
 * that: a launch held over from Easter Monday to Tuesday and moved by a pause or a second try to
 * another Monday is announced on a Monday, not on a Tuesday carried weeks on.
 */
export function aheadOfLaunch(landed: Moved, planned: Day, launchMeant: Day, ahead: number, pauses: Pauses, calendar: WorkCalendar): Moved {
  if (!Number.isFinite(landed.day) || landed.day === planned) return landed;
  return pauses.move(planned, calendar, false, launchMeant - ahead);
}

/**
 * Where the switch-off's notice lands, `ahead` days before it, given where the pauses put it
 * (`landed`, from `unmoved` without them). Unmoved, it keeps that day. Moved, it counts back from
 * the day the switch-off starts after the pauses that moved the notice (`starts`: those that began
 * after it went out do not move it), on a working day of its readers (`calendar`): a holiday that
 * held the first switch-off over to a Tuesday does not carry its notice onto a Tuesday weeks on,
 * after the second try of a part it waits for.
 */
export function aheadOfSwitchOff(landed: Moved, unmoved: Day, starts: () => Day, ahead: number, calendar: WorkCalendar): Moved {
  if (!Number.isFinite(landed.day) || landed.day === unmoved) return landed;
  const meant = starts() - ahead;
  return Number.isFinite(meant) ? { ...landed, day: calendar.onOrAfter(meant), meant } : landed;
}

/** The day the switch-off `phase` starts after `pauses` (its own view of them, or the first few), as timePhases moves it. */
export function switchOffStart(phase: TimedPhase, pauses: Pauses, all: Pauses): Day {
  return movedPhase(phase, pauses, phase.calendar, all.extendedEnd(phase.id)).start;
}
