import type { Schedule } from '../../schedule/types.js';

/** The documented JSON contract: the Schedule object as it is, ISO dates throughout. */
export function scheduleJson(schedule: Schedule): string {
  return `${JSON.stringify(schedule, null, 2)}\n`;
}
