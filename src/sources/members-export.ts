import type { SourceKind } from '../plan/sources-schema.js';
import { RolloutError } from '../util/errors.js';
import { norm } from './columns.js';

/** Columns that only Slack's Members export has together: a count of days and a day, per member. */
const MEMBERS_COLUMNS = ['days active', 'last active (utc)'];

/**
 * Slack's Members export has one row per member for a window. Read as a `daily`, `events` or
 * `responses` source with `date: Last active (UTC)`, each member's row would count as a day's
 * value or an event of that day: numbers that look right and mean nothing. Only an `activity`
 * source reads it.
 */
export function refuseMembersExport(kind: SourceKind, cells: readonly string[], file: string, key: string, at: string | undefined): void {
  if (kind === 'activity') return;
  const names = new Set(cells.map(norm));
  if (!MEMBERS_COLUMNS.every((name) => names.has(name))) return;
  throw new RolloutError(
    `${at ?? key}: ${key}: ${kind} does not read ${file}, Slack's Members export with one row per member for a window (it has "Days active" and "Last active (UTC)"); ` +
      'read it as kind: activity with asOf: filename, person: Email and lastActive: Last active (UTC), in place of date and the metrics',
  );
}
