import { formatDay, type Day } from '../util/dates.js';
import type { IndexEntry } from './render.js';

/** What a run tells the coordinator to send or do: the files dated on its day, and those of the week after. */
export interface Due {
  day: string;
  files: string[];
  /** The last day of the week after `day`. */
  until: string;
  next: string[];
}

/**
 * The files due on `day` and in the six days after it. Those dated before it went out by their
 * date (as the rest of a run takes them); a run each week lists each file once.
 */
export function dueFiles(entries: readonly IndexEntry[], day: Day): Due {
  const on = formatDay(day);
  const until = formatDay(day + 6);
  const dated = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));
  return {
    day: on,
    files: dated.filter((e) => e.date === on).map((e) => e.file),
    until,
    next: dated.filter((e) => e.date > on && e.date <= until).map((e) => e.file),
  };
}
