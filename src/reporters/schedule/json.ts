import type { Schedule } from '../../schedule/types.js';

/** The documented JSON contract: the Schedule object as it is, ISO dates throughout. */
export function scheduleJson(schedule: Schedule): string {
  const { held, ...rest } = schedule;
  // What an open pause holds is listed with the rest, dated null and marked onHold.
  const out = { ...rest, phases: [...rest.phases, ...held.phases], events: [...rest.events, ...held.events] };
  return `${JSON.stringify(out, null, 2)}\n`;
}
