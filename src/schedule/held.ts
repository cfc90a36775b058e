import { parseDay } from '../util/dates.js';
import { weekOf } from './phases.js';
import type { HeldEvent, ScheduleEvent } from './types.js';

/** A held item as the dated item it last was: on its planned date, in that date's week. */
export function asPlanned({ date: _none, onHold: _held, plannedDate, ...rest }: HeldEvent, start: string): ScheduleEvent {
  return { ...rest, date: plannedDate, week: weekOf(parseDay(start), parseDay(plannedDate)) };
}
