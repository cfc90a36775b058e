import type { Day } from '../util/dates.js';
import type { Conditions } from './cells.js';
import type { SourceDates } from './dates.js';
import type { FileRows } from './problems.js';
import type { Roster } from './roster.js';

type Stopped = ReturnType<Conditions['stoppedHolding']>[number];

/**
 * An `exclude:` condition that left out rows of people in an earlier activity report and none of
 * a later one, in which those people have rows that it does not leave out. They count there,
 * unless the roster has them leave before that report's day: then they count nowhere, and the
 * note says so, as the value written in another language still lets in the deleted account of
 * someone the roster has not let go.
 */
export function stoppedExcluding({ key, name, values, earlier, later, people, left, more }: Stopped): string {
  const column = JSON.stringify(name);
  const after = more === 0 ? '' : ` (and ${more} later ${more === 1 ? 'report' : 'reports'})`;
  const counted = people - left;
  return (
    `${key}: ${column} left out rows of ${earlier} but none of ${later}${after}, where ${people} ${people === 1 ? 'person' : 'people'} whose rows it left out ${people === 1 ? 'has a row' : 'have rows'} it does not leave out${whereTheyCount(people, left)}; ` +
    `a report downloaded in another language (an admin console set to Dutch) names its values so: write both as a list (exclude: { ${column}: [${values.join(', ')}, ...] }, with the word that report writes)` +
    (counted === 0 ? '' : `; if ${counted === 1 ? 'the account was' : 'those accounts were'} reactivated, nothing is wrong`)
  );
}

/** Whether those people count in the later report: those the roster has leave before its day (people.columns.left) count nowhere. */
function whereTheyCount(people: number, left: number): string {
  const gone = 'the roster gives a day they left before it (people.columns.left)';
  if (left === 0) return ', so they count there';
  if (left === people) return `; ${gone.replace('gives', `gives ${people === 1 ? 'that person' : 'them'}`)}, so they count nowhere, but the deleted account of someone the roster still has would count there`;
  const counted = people - left;
  return `: ${counted} ${counted === 1 ? 'counts' : 'count'} there, and ${left}, whom ${gone}, nowhere`;
}

/** Whether the roster has a person leave by the first day of a report (by file), so that none of their rows there counts. */
export function leftBefore(files: readonly FileRows[], dates: SourceDates, dateColumn: ReadonlyMap<FileRows, number>, roster: Roster | undefined): (account: number, file: string) => boolean {
  const firstDay = new Map<string, Day>();
  for (const f of files) {
    const days = dates.daysOf(f, dateColumn.get(f)!);
    if (days.length > 0) firstDay.set(f.file, Math.min(...days));
  }
  return (account, file) => roster !== undefined && roster.left[account]! <= (firstDay.get(file) ?? -Infinity);
}
