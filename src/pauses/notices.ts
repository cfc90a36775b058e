import type { Pause } from '../plan/schema.js';

/** The phase a pause's notices name: the one it concerns, or the one it pauses alone. */
export function noticePhase(pause: Pick<Pause, 'phase' | 'only'>): string | undefined {
  return pause.phase ?? pause.only?.phase;
}

/** The fields a pause's notices carry: the phase they name, the location a pause of one location holds, and the pause's key. */
export function noticeRef(pause: Pick<Pause, 'phase' | 'only'>, index: number): { phase?: string; location?: string; key: string } {
  const phase = noticePhase(pause);
  const location = pause.only?.location;
  return { ...(phase !== undefined ? { phase } : {}), ...(location !== undefined ? { location } : {}), key: `pause-${index + 1}` };
}
