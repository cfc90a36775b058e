import type { Plan } from '../plan/resolve.js';
import type { Roster } from './roster.js';

/** Where a moment that names no person (a ticket's creation) is dated: the first location's zone, else the plan's calendar's. */
export function organizationZone(plan: Plan): string {
  return plan.organization.locations[0]?.timezone ?? plan.calendar.timezone;
}

/** Each roster person's time zone: their location's, else the organization's. */
export function personZones(plan: Plan, roster: Roster): string[] {
  const fallback = organizationZone(plan);
  return roster.location.map((location) => plan.organization.locations[location]?.timezone ?? fallback);
}
