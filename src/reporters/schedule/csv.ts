import { stringify } from 'csv-stringify/sync';
import type { Schedule } from '../../schedule/types.js';

const COLUMNS = ['date', 'week', 'type', 'key', 'phase', 'location', 'time', 'minutes', 'timezone', 'title', 'moved_from', 'moved_because', 'flags', 'paused_from', 'sequence', 'second_try'];

/** Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text. */
function text(value: string | undefined): string {
  if (value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per event, RFC 4180, for spreadsheets. */
export function scheduleCsv(schedule: Schedule): string {
  const rows = schedule.events.map((e) => [
    e.date,
    e.week,
    e.type,
    text(e.key),
    text(e.phase),
    text(e.location),
    e.time ?? '',
    e.minutes ?? '',
    e.timezone ?? '',
    text(e.title),
    e.movedFrom ?? '',
    text(e.movedBecause),
    text((e.flags ?? []).join('; ')),
    e.pausedFrom ?? '',
    e.sequence ?? '',
    e.secondTry ?? '',
  ]);
  return stringify([COLUMNS, ...rows], { record_delimiter: '\r\n' });
}
