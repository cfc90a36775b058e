import { todayDay, todayIn, type Day } from '../util/dates.js';

/**
 * The date at `now` in `zone`, read from the clock for a command without --at. Node reads TZ again
 * when it is set, so the process's zone is the plan's for one reading: 0.2 ms, where Intl first
 * loads locale data, 15-40 ms of a short command. Not on Windows, whose zone Node takes from the
 * system alone.
 */
export function todayWhere(zone: string | undefined, now = new Date(), platform: string = process.platform): Day {
  if (zone === undefined || platform === 'win32') return todayIn(now, zone);
  const machine = process.env.TZ;
  process.env.TZ = zone;
  try {
    return todayDay(now);
  } finally {
    if (machine === undefined) delete process.env.TZ;
    else process.env.TZ = machine;
  }
}
