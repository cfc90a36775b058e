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

/**
 * The day an export was downloaded on, when the tool can know it: the last date in its file name
 * (`topdesk-meldingen-2027-03-29.csv`, the day the coordinator saves it under), never after
 * `readOn`, the day the exports are read (an export read then was downloaded by then). Undefined
 * when the name has no date: the day it is read on alone may be days after the download.
 */
export function downloadDay(file: string, readOn: Day | undefined): Day | undefined {
  const named = lastDateIn(path.basename(file));
  return named === undefined ? undefined : Math.min(named, readOn ?? Infinity);
}
