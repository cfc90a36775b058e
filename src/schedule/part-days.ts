import type { Plan } from '../plan/resolve.js';
import { locationCalendar, type WorkCalendar } from './calendar.js';

/** A part of the rollout as a pause or rollback names it: one location, or one phase's people. */
export interface PartName {
  location?: string | undefined;
  phase?: string | undefined;
}

/**
 * The days the people of one part work, on the plan's week (`global`): with the holidays of its
 * location, or those of half or more of its phase's people (the phase's own calendar, as its
 * launch). A part's rollback, the day it resumes and a go/no-go judged on it keep off them; in a
 * plan without location holidays they are the plan's days.
 */
export function partDays(plan: Plan, global: WorkCalendar, part: PartName, phases: readonly { id: string; calendar: WorkCalendar }[]): WorkCalendar {
  const place = part.location === undefined ? undefined : plan.organization.locations.find((l) => l.name === part.location);
  const own = place ? locationCalendar(plan, place) : phases.find((p) => p.id === part.phase)?.calendar;
  return own ? global.withHolidaysOf(own) : global;
}
