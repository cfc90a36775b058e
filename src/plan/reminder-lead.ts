import type { Check } from './checks.js';
import type { Plan } from './resolve.js';
import { parseDuration } from '../util/dates.js';

/**
 * A hint when `reminderLead` is not shorter than `announceLead`: each reminder would go out with
 * or before its announcement, so the schedule leaves it out (see withoutEarlyReminders). The fix
 * names a lead that comes between the announcement and the launch, where there is one.
 */
export function checkReminderLead(plan: Plan): Check[] {
  const { announceLead, reminderLead } = plan.communications;
  const announce = parseDuration(announceLead);
  if (parseDuration(reminderLead) < announce) return [];
  const shorter = announce > 7 ? '1w' : announce >= 2 ? `${Math.floor(announce / 2)}d` : undefined;
  return [{
    severity: 'hint',
    code: 'reminder-with-announcement',
    path: ['communications', 'reminderLead'],
    message: `reminderLead (${reminderLead}) is not shorter than announceLead (${announceLead}): each reminder would go out with its announcement, so no reminder goes out`,
    hint: shorter === undefined ? 'for a reminder, announce at least 2d ahead (announceLead) and write a shorter reminderLead' : `for a reminder a few days before each start, write reminderLead: ${shorter} under communications`,
  }];
}
