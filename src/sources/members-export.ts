import type { Source } from '../plan/sources-schema.js';
import type { Place } from '../util/errors.js';
import { errorAtKey } from '../util/place.js';
import { norm } from './columns.js';

/** Columns that only Slack's Members export has together: a count of days and a day, per member. */
const MEMBERS_COLUMNS = ['days active', 'last active (utc)'];

const HOW = 'asOf: filename, person: Email and lastActive: Last active (UTC)';

/**
 * Slack's Members export has one row per member for a window and no report day per row. Read
 * with a date column (`date: Last active (UTC)`), each member's row would count as a day's value,
 * an event, or a report of its own day: numbers that look right and mean nothing. Only an
 * `activity` source with `asOf` reads it. `at`: where the plan sets a key, by its name.
 */
export function refuseMembersExport(source: Source, cells: readonly string[], file: string, label: string, at: (key: 'kind' | 'date') => Place | undefined): void {
  if (source.kind === 'activity' && source.date === undefined) return;
  const names = new Set(cells.map(norm));
  if (!MEMBERS_COLUMNS.every((name) => names.has(name))) return;
  const what = `${file}, Slack's Members export with one row per member for a window (it has "Days active" and "Last active (UTC)")`;
  if (source.kind === 'activity') {
    const key = `${label}.date`;
    throw errorAtKey(at('date'), key, `${key}: ${what}, has no report day per row; write ${HOW} in place of date: ${source.date}`);
  }
  const key = `${label}.kind`;
  throw errorAtKey(at('kind'), key, `${key}: ${source.kind} does not read ${what}; read it as kind: activity with ${HOW}, in place of date and the metrics`);
}
