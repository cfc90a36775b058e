import type { Day } from './dates.js';
import { parseOrdered, type DateOrder } from './date-order.js';
import { namedDatesIn } from './month-names.js';

/**
 * A date day-first or month-first in a text such as a file name (`03-04-2027`) that the order
 * given does not settle: it reads both ways, or it is a real date only in the other order.
 */
export interface DoubtfulDate {
  /** As the text writes it. */
  written: string;
  /** Its day read day-first and month-first, undefined where it is no real date so. */
  dmy: Day | undefined;
  mdy: Day | undefined;
}

/**
 * Year first, with `-`, `.`, `_` or nothing between the parts (`2027-03-29`, `2027_03_29`,
 * `20270329`), the compact form perhaps with the time of day run on, as Bitwarden names its
 * exports (`bitwarden_org-events_export_20270310090000.csv`: 09:00:00, or `202703100900`).
 */
const YEAR_FIRST_IN_TEXT = /(?<!\d)(\d{4})([-._]?)(\d{2})\2(\d{2})(?:(?<=\d{8})(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?!\d)/g;
/** Year last, its parts apart as a file name can have them, where `/` cannot be (`29-03-2027`, `29.03.2027`, `3_15_2027`). */
const YEAR_LAST_IN_TEXT = /(?<!\d)(\d{1,2})([-._ ])(\d{1,2})\2(\d{4})(?!\d)/g;

/**
 * The last date written in a text such as a file name (`Members Prior 30 Days - Mar 30, 2027`,
 * `members-2027-03-30`, `meldingen 29-03-2027`), or undefined when it has none. A date with the
 * year last is read in `order` (a source's dateFormat); without one (`auto`, or year-first) only
 * when it reads one way alone (`29-03-2027`, not `03-04-2027`).
 */
export function lastDateIn(text: string, order: DateOrder | 'auto' = 'auto'): Day | DoubtfulDate | undefined {
  let found: { at: number; date: Day | DoubtfulDate } | undefined;
  const keep = (at: number, date: Day | DoubtfulDate | undefined) => {
    if (date !== undefined && (!found || at >= found.at)) found = { at, date };
  };
  for (const { at, day } of namedDatesIn(text)) keep(at, day);
  for (const m of text.matchAll(YEAR_FIRST_IN_TEXT)) keep(m.index, parseOrdered(`${m[1]}-${m[3]}-${m[4]}`, 'ymd'));
  for (const m of text.matchAll(YEAR_LAST_IN_TEXT)) keep(m.index, yearLast(m[0], `${m[1]}-${m[3]}-${m[4]}`, order));
  return found?.date;
}

/** The last date in a text when it is a sure one, undefined when it has none or one `order` leaves in doubt. */
export function lastSureDateIn(text: string, order: DateOrder | 'auto'): Day | undefined {
  const date = lastDateIn(text, order);
  return typeof date === 'number' ? date : undefined;
}

function yearLast(written: string, text: string, order: DateOrder | 'auto'): Day | DoubtfulDate | undefined {
  const dmy = parseOrdered(text, 'dmy');
  const mdy = parseOrdered(text, 'mdy');
  // No real date either way (`45-13-2027`), or the same day both ways (`03-03-2027`).
  if (dmy === mdy) return dmy;
  const doubt = { written, dmy, mdy };
  if (order === 'dmy') return dmy ?? doubt;
  if (order === 'mdy') return mdy ?? doubt;
  return dmy === undefined ? mdy : mdy === undefined ? dmy : doubt;
}
