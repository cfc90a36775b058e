import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import { parseDay, type Day } from '../util/dates.js';
import { lastDateIn } from '../util/month-names.js';

/**
 * The days whose export rows a plan reads. A second try (`restart:`) reads from its `readFrom`,
 * by default its start: the earlier attempt's exports, still in the same folders, are not its own.
 */
export interface ReadWindow {
  from?: Day;
}

export function readWindow(plan: Plan): ReadWindow {
  const { restart } = plan;
  return restart ? { from: parseDay(restart.readFrom ?? plan.start) } : {};
}

/** Whether a row of `day` is left unread. */
export function outsideWindow(window: ReadWindow, day: Day): boolean {
  return window.from !== undefined && day < window.from;
}

/** Whether a file whose rows are dated `days` is left unread, with its checks: it has dated rows, all outside. */
export function fileOutsideWindow(window: ReadWindow, days: Iterable<Day>): boolean {
  let dated = false;
  for (const day of days) {
    if (!outsideWindow(window, day)) return false;
    dated = true;
  }
  return dated;
}

/**
 * Whether a file is left unread before it is opened: its name ends with a day outside the window
 * (`Dagrapport 2027-03-29.csv`, `... Prior 30 Days - Mar 22, 2027.csv`), the day it was exported,
 * so it holds no later day; read, it could stop the run (empty, or with concealed names).
 */
export function namedOutsideWindow(window: ReadWindow, file: string): boolean {
  if (window.from === undefined) return false;
  const day = lastDateIn(path.basename(file));
  return day !== undefined && day < window.from;
}
