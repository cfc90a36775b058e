import { EVENT_TYPES, type ScheduleEvent } from './types.js';

/** Code-point order: the same on every machine, unlike locale collation. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The schedule's order: by date and time, then the order steps of one day happen in; a stable sort keeps the rest as given. */
export function compareEvents(a: ScheduleEvent, b: ScheduleEvent): number {
  const order = (e: ScheduleEvent) => EVENT_TYPES.indexOf(e.type);
  return compare(a.date, b.date) || compare(a.time ?? '', b.time ?? '') || order(a) - order(b) || compare(a.phase ?? '', b.phase ?? '') || compare(a.location ?? '', b.location ?? '');
}
