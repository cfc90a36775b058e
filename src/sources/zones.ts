import type { Plan } from '../plan/resolve.js';
import { dayIn, type Day } from '../util/dates.js';
import type { SourceDates } from './dates.js';
import type { Roster } from './roster.js';

/** Where a moment that names no person (a ticket's creation) is dated: the first location's zone, else the plan's calendar's. */
export function organizationZone(plan: Plan): string {
  return plan.organization.locations[0]?.timezone ?? plan.calendar.timezone;
}

/**
 * The day of a roster person's moment (a sign-in, a ticket they raised) where they work: a date
 * with a time and an offset is dated in their location's zone, so a ticket raised at 00:30 in
 * Amsterdam is Amsterdam's Tuesday though it is Monday evening in Paramaribo.
 */
export class PersonDays {
  /** Each roster person's time zone: their location's, else the organization's. */
  private readonly zones: string[];
  /** Whose zone is not the organization's: only theirs can move a day SourceDates already gave. */
  private readonly elsewhere: boolean[];

  constructor(plan: Plan, roster: Roster) {
    const own = organizationZone(plan);
    this.zones = roster.location.map((location) => plan.organization.locations[location]?.timezone ?? own);
    this.elsewhere = this.zones.map((zone) => zone !== own);
  }

  /** `day`: the date's day where the organization works (see SourceDates); a date without an offset keeps it. */
  of(dates: SourceDates, id: number, day: Day, person: number): Day {
    const moment = this.elsewhere[person] ? dates.moment(id) : NaN;
    return Number.isNaN(moment) ? day : dayIn(moment, this.zones[person]!);
  }
}
