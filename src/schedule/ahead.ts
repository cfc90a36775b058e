import type { Plan } from '../plan/resolve.js';
import type { Moved, Pauses } from '../pauses/pauses.js';
import { parseDuration, type Day } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
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
