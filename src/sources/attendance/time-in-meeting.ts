import { parseOrdered, type DateOrder } from '../../util/date-order.js';
import type { Day } from '../../util/dates.js';

/** One row of a person in one meeting: the time it gives, and when they joined and left if known (seconds). */
export interface Stay {
  seconds: number;
  from?: number;
  to?: number;
}

/**
 * A person's time in one meeting from their rows. Rows whose join and leave overlap (joined from
 * phone and laptop at once) count once: each run of overlapping rows gives the shorter of its span
 * and its rows' times added up (a single row's time leaves out the breaks between its first join
 * and last leave). Rows without known times add up.
 */
export function timeInMeeting(stays: readonly Stay[]): number {
  let total = 0;
  const timed: Required<Stay>[] = [];
  for (const stay of stays) {
    if (stay.from !== undefined && stay.to !== undefined && stay.to >= stay.from) timed.push(stay as Required<Stay>);
    else total += stay.seconds;
  }
  timed.sort((a, b) => a.from - b.from);
  let run: { from: number; to: number; seconds: number } | undefined;
  for (const stay of timed) {
    if (run && stay.from < run.to) {
      run.to = Math.max(run.to, stay.to);
      run.seconds += stay.seconds;
      continue;
    }
    if (run) total += Math.min(run.to - run.from, run.seconds);
    run = { ...stay };
  }
  if (run) total += Math.min(run.to - run.from, run.seconds);
  return total;
}

/** Teams writes a two-digit year in some languages (15/11/22, 09:30:17); the date rules read four. */
export function fourDigitYear(text: string): string {
  return text.replace(/^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?=[\s,]|$)/, '$1$2$3$220$4');
}

/** A date and a time of day (`3/8/27, 9:00:00 AM`, `8-3-2027 09:00:00`, `08.03.27, 09.00.00`). */
const DATE_TIME = /^(.*?\d{2,4})(?:,?\s+|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f]*([AaPp])\.?\s?[Mm]\.?)?$/;

/**
 * A join or leave time in seconds, its date read in the file's order (`undefined` when the file
 * needed none: then only a date that reads the same both ways is read), or undefined.
 */
export function parseInstant(text: string, order: DateOrder | undefined): number | undefined {
  const m = DATE_TIME.exec(fourDigitYear(text.trim()));
  if (!m) return undefined;
  const day = dayOf(m[1]!, order);
  const hour = Number(m[2]);
  const meridiem = m[5]?.toLowerCase();
  if (day === undefined || hour > (meridiem ? 12 : 23)) return undefined;
  const hours = meridiem ? (hour % 12) + (meridiem === 'p' ? 12 : 0) : hour;
  return day * 86_400 + hours * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
}

function dayOf(date: string, order: DateOrder | undefined): Day | undefined {
  const iso = parseOrdered(date, 'ymd');
  if (iso !== undefined || order !== undefined) return iso ?? parseOrdered(date, order!);
  const dmy = parseOrdered(date, 'dmy');
  return dmy === parseOrdered(date, 'mdy') ? dmy : undefined;
}
