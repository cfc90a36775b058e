import path from 'node:path';
import { AS_OF_FILE_NAME } from '../plan/sources-schema.js';
import { parseDay, type Day } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { lastDateIn } from '../util/month-names.js';

/**
 * The report day of an export with one row per person for a window and no date column (Slack's
 * Members export): the plan's `asOf`, or with `asOf: filename` the last date in the file's name,
 * which Slack writes as the window's end (`... Member Analytics Prior 30 Days - Mar 30, 2027.csv`,
 * `... Member Analytics Mar 1, 2027 - Mar 30, 2027.csv`).
 */
export function reportDay(asOf: string, file: string, key: string, at: string | undefined): Day {
  if (asOf !== AS_OF_FILE_NAME) return parseDay(asOf);
  const day = lastDateIn(path.basename(file));
  if (day !== undefined) return day;
  throw new RolloutError(
    `${at ?? key}: the name of ${file} has no date, which ${key}: ${AS_OF_FILE_NAME} takes as the day the export reports; ` +
      `keep the name Slack gives the export (it ends with the window's last day, such as "Prior 30 Days - Mar 30, 2027"), or set ${key}: YYYY-MM-DD`,
  );
}
