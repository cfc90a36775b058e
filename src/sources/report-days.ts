import { formatDay, type Day } from '../util/dates.js';

/** The reports of some days, for a note: "the report of 2027-03-22", or "the reports of" the first three and "...". */
export function reportsOn(days: Iterable<Day>): string {
  const shown = [...days].sort((a, b) => a - b).map(formatDay);
  return shown.length === 1 ? `the report of ${shown[0]}` : `the reports of ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ', ...' : ''}`;
}
