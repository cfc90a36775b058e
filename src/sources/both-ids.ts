import { reportsOn } from './report-days.js';
import type { SourceDates } from './dates.js';

/**
 * Rows of one roster person under both their id and a former id of theirs on one report day
 * (`people.columns.formerIds`): a renamed account listed under both addresses. The person counts
 * once, with the higher of the two rows; a note says how often, never who.
 */
export class BothIds {
  /** By date text: each person with a row that day, 1 for under their id, 2 for under a former id. */
  private readonly byDate = new Map<number, Map<number, number>>();

  row(date: number, person: number, former: boolean): void {
    let people = this.byDate.get(date);
    if (!people) this.byDate.set(date, (people = new Map()));
    people.set(person, (people.get(person) ?? 0) | (former ? 2 : 1));
  }

  note(label: string, dates: SourceDates): string | undefined {
    const people = new Set<number>();
    const days = new Set<number>();
    for (const [date, rows] of this.byDate) {
      const day = dates.day(date);
      if (day === undefined) continue;
      for (const [person, ids] of rows) {
        if (ids !== 3) continue;
        people.add(person);
        days.add(day);
      }
    }
    const n = people.size;
    if (n === 0) return undefined;
    const on = reportsOn(days);
    return `${label}: ${n} roster ${n === 1 ? 'person has' : 'people have'} rows under both their id and a former id (people.columns.formerIds) in ${on}; each counts once there, by the higher of the two rows`;
  }
}
