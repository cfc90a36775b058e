import type { Phase } from '../plan/schema.js';

/** A phase's length in days: `days`, `weeks`, else two weeks for a launch and one otherwise. */
export function lengthInDays(phase: Pick<Phase, 'days' | 'weeks' | 'kind'>): number {
  if (phase.days !== undefined) return phase.days;
  if (phase.weeks !== undefined) return phase.weeks * 7;
  return phase.kind === 'launch' ? 14 : 7;
}

/**
 * Each phase's first day, in days from the rollout's start, before holidays move it: its
 * `startWeek`, else the day after every phase before it has ended.
 */
export function nominalOffsets(phases: readonly Pick<Phase, 'days' | 'weeks' | 'kind' | 'startWeek'>[]): number[] {
  let cursor = 0;
  return phases.map((phase) => {
    const start = phase.startWeek !== undefined ? (phase.startWeek - 1) * 7 : cursor;
    cursor = Math.max(cursor, start + lengthInDays(phase));
    return start;
  });
}
