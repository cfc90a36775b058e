import type { Phase } from './schema.js';

/**
 * How many people the roster puts in a launch phase whose audience is a share or `rest`, and
 * how many of them at each location when the roster gives everyone's (by index into
 * organization.locations). Counts only, never who. The schedule and its messages take these in
 * place of the share's split of the headcounts.
 */
export interface RosterPlace {
  phase: string;
  people: number;
  atLocations?: number[];
}

/** A phase whose people the roster's phase column places: a launch phase whose audience is a share or `rest`. */
export function placedByRoster(phase: Pick<Phase, 'kind' | 'audience'>): boolean {
  return phase.kind === 'launch' && typeof phase.audience === 'string' && phase.audience !== 'all' && phase.audience !== 'none';
}
