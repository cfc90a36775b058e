import path from 'node:path';
import { AS_OF_FILE_NAME } from '../plan/sources-schema.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { dayAndMonth, type DateOrder, type DateSetting } from '../util/date-order.js';
import type { Place } from '../util/errors.js';
import { errorAt, errorAtKey } from '../util/place.js';
import { lastDateIn, type DoubtfulDate } from '../util/name-date.js';

/** A source's dateFormat: the order its dates are written in, and the plan key that sets it. */
export interface SourceOrder {
  order: DateOrder | 'auto';
  setting: DateSetting;
}

/**
 * The report day of an export with one row per person for a window and no date column (Slack's
 * Members export): the plan's `asOf`, or with `asOf: filename` the last date in the file's name,
 * which Slack writes as the window's end (`... Member Analytics Prior 30 Days - Mar 30, 2027.csv`,
 * `... Member Analytics Mar 1, 2027 - Mar 30, 2027.csv`).
 */
export function reportDay(asOf: string, file: string, key: string, at: Place | undefined, format: SourceOrder): Day {
  if (asOf !== AS_OF_FILE_NAME) return parseDay(asOf);
  const day = nameDay(file, format, `the day the export reports (${key}: ${AS_OF_FILE_NAME})`);
  if (day !== undefined) return day;
  throw errorAtKey(
    at,
    key,
    `the name of ${file} has no date, which ${key}: ${AS_OF_FILE_NAME} takes as the day the export reports; ` +
      `keep the name Slack gives the export (it ends with the window's last day, such as "Prior 30 Days - Mar 30, 2027"), or set ${key}: YYYY-MM-DD`,
  );
}

/**
 * The day an export was downloaded on, when the tool can know it: the last date in its file name
 * (`topdesk-meldingen-2027-03-29.csv`, `meldingen 29-03-2027.csv`, the day the coordinator saves
 * it under), never after `readOn`, the day the exports are read (an export read then was
 * downloaded by then). Undefined when the name has no date: the day it is read on alone may be
 * days after the download.
 */
export function downloadDay(file: string, readOn: Day | undefined, format: SourceOrder): Day | undefined {
  const named = nameDay(file, format, 'the day the export was downloaded, up to which it covers the days');
  return named === undefined ? undefined : Math.min(named, readOn ?? Infinity);
}

/**
 * The days an export of dated rows (tickets, sign-ins) covers, given its first and last row's
 * days: up to the day before it was downloaded (see downloadDay), which was not over yet, or
 * without a date in its name up to its last row's day. `whole`: the last day it covers whole, as
 * its last row's day may hold only that day's first hours when nothing shows it was over.
 */
export function coveredDays(file: string, last: Day, readOn: Day | undefined, format: SourceOrder): { end: Day; whole: Day } {
  const downloaded = downloadDay(file, readOn, format) ?? -Infinity;
  return { end: Math.max(last, downloaded - 1), whole: Math.max(last, downloaded) - 1 };
}

/**
 * The last date in a file's name, a date with the year last read in the source's order. One that
 * order leaves in doubt stops the run, naming the file: the day it gives (`meaning`) would be a
 * guess, and a wrong one moves the days the export counts.
 */
function nameDay(file: string, format: SourceOrder, meaning: string): Day | undefined {
  const date = lastDateIn(path.basename(file), format.order);
  if (typeof date !== 'object') return date;
  throw errorAt({ file }, `the date ${JSON.stringify(date.written)} in its name, ${meaning}, ${doubtText(date, format)}`);
}

const FIRST = { dmy: 'day-first', mdy: 'month-first' } as const;

/** Why a date in a name is in doubt, and the fix: the source's dateFormat where it is the order of the export's own dates, or a name with the date year-first. */
function doubtText(date: DoubtfulDate, { order, setting: { key, at } }: SourceOrder): string {
  const where = at ? ` at ${at}` : '';
  const readings = (['dmy', 'mdy'] as const).flatMap((o) => {
    const day = date[o];
    return day === undefined ? [] : [{ o, day }];
  });
  const rename = `rename the file with the date year-first (${readings.map((r) => formatDay(r.day)).join(' or ')})`;
  if (order === 'dmy' || order === 'mdy') {
    const other = readings[0]!;
    return `is no date read ${FIRST[order]}, the order ${key} sets${where}; read ${FIRST[other.o]} it is ${dayAndMonth(other.day)}: ${rename}`;
  }
  const both = `reads both day-first (${dayAndMonth(date.dmy!)}) and month-first (${dayAndMonth(date.mdy!)})`;
  // A year-first dateFormat is the order of the export's own dates: only the name can change.
  if (order === 'ymd') return `${both}: ${rename}`;
  // Renaming always works; a dateFormat only when the rows are written in that order too (not ISO, as Freshdesk writes them).
  return `${both}: ${rename}, or, when the export's own dates are written day-first or month-first too, say which with ${key}: dd-mm-yyyy or ${key}: mm-dd-yyyy${where}`;
}
