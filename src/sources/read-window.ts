import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import type { DateOrder } from '../util/date-order.js';
import { lastSureDateIn } from '../util/name-date.js';

/**
 * The days whose export rows a plan reads. A second try (`restart:`) reads from its `readFrom`,
 * by default its start: the earlier attempt's exports, still in the same folders, are not its own.
 * Once a rollback of the whole rollout is in effect, nothing is decided again and the gates keep
 * the verdicts of the days before: rows after its day are not read (`until`).
 */
export interface ReadWindow {
  from?: Day;
  until?: Day;
}

/** The window of a plan; as of `asOf` (a check's day) a rollback of the whole rollout ends it. */
export function readWindow(plan: Plan, asOf?: Day): ReadWindow {
  const { restart, rollback } = plan;
  const on = rollback && asOf !== undefined && parseDay(rollback.on) <= asOf ? parseDay(rollback.on) : undefined;
  return { ...(restart ? { from: parseDay(restart.readFrom ?? plan.start) } : {}), ...(on !== undefined ? { until: on } : {}) };
}

/**
 * The days the switch-off condition reads as of a day: the window's, and none before the plan's
 * start (a plan for a second try without `restart:` does not measure the first try's exports).
 */
export function measuredDays(plan: Plan, asOf: Day): { from: Day; until: Day } {
  const window = readWindow(plan, asOf);
  return { from: Math.max(parseDay(plan.start), window.from ?? -Infinity), until: Math.min(asOf, window.until ?? Infinity) };
}

/** Whether the window leaves any day out: without a restart or a rollback in effect, every row is read. */
export function bounded(window: ReadWindow): boolean {
  return window.from !== undefined || window.until !== undefined;
}

/** Whether a row of `day` is left unread. */
export function outsideWindow(window: ReadWindow, day: Day): boolean {
  return (window.from !== undefined && day < window.from) || (window.until !== undefined && day > window.until);
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
 * Whether a file is left unread before it is opened: its name ends with a day before the window
 * (`Dagrapport 2027-03-29.csv`, `... Prior 30 Days - Mar 22, 2027.csv`), the day it was exported,
 * so it holds no later day; read, it could stop the run (empty, or with concealed names). A day
 * after the window's end says nothing: such an export may hold earlier days too. A date in the
 * name that the source's `order` leaves in doubt (`03-04-2027`) is no date here: the file is read.
 */
export function namedOutsideWindow(window: ReadWindow, file: string, order: DateOrder | 'auto'): boolean {
  if (window.from === undefined) return false;
  const day = lastSureDateIn(path.basename(file), order);
  return day !== undefined && day < window.from;
}

/**
 * Why a file whose reading stopped (empty, cut off, a header without the plan's columns) is left
 * out rather than stopping the run, or undefined when it may hold days read. With rows (dated
 * `days`, see SourceDates.daysOf), when they are all dated outside the window; without, only after a
 * rollback of the whole rollout, and only when its name gives no day up to it (an export made by
 * then may hold the rows a verdict kept was given), a sure one in the source's `order`.
 */
export function brokenLeftOut(window: ReadWindow, file: string, rows: number, days: readonly Day[], order: DateOrder | 'auto'): string | undefined {
  if (rows > 0) return fileOutsideWindow(window, days) ? `left out: none of its rows is dated ${daysRead(window)}, the days read` : undefined;
  if (window.until === undefined) return undefined;
  const named = lastSureDateIn(path.basename(file), order);
  if (named !== undefined && named <= window.until) return undefined;
  return `left out: after the rollback on ${formatDay(window.until)} only rows up to that day are read, and it has none, nor a day up to then in its name`;
}

/** `from 2027-04-19`, `up to 2027-03-17, when the rollout rolled back`. */
function daysRead(window: ReadWindow): string {
  const from = window.from === undefined ? [] : [`from ${formatDay(window.from)}`];
  const until = window.until === undefined ? [] : [`up to ${formatDay(window.until)}, when the rollout rolled back`];
  return [...from, ...until].join(' ');
}
