import type { Plan } from './resolve.js';

/**
 * The time zone whose date is "today" for a plan: `calendar.timezone`, else its first location's.
 * None when the plan names no zone: then today is the machine's date.
 */
export function todayZone(plan: Plan): string | undefined {
  return plan.raw.calendar.timezone ?? plan.raw.organization.locations[0]?.timezone;
}
