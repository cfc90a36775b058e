import type { Plan } from '../plan/resolve.js';
import { placedByRoster, type RosterPlace } from '../plan/roster-places.js';
import { timePhases } from '../schedule/phases.js';
import type { Roster } from './roster.js';

/**
 * Where the roster's phase column puts the people there during each phase (a joiner after its launch too), for each
 * launch phase whose audience is a share or `rest`: the preset's halves follow the roster as its
 * gates do. None when the roster names no phase for anyone; no locations when it leaves someone's out.
 */
export function rosterPlaces(plan: Plan, roster: Roster): RosterPlace[] {
  if (roster.phasesWritten === 0) return [];
  const { locations } = plan.organization;
  const timed = timePhases(plan);
  const there = plan.phases.map((_, p) => roster.presentDuring(timed[p]!.start, timed[p]!.end).filter((person) => roster.phase[person] === p));
  const located = locations.length > 0 && there.every((people) => people.every((person) => roster.location[person]! >= 0));
  return plan.phases.flatMap((phase, p) => {
    if (!placedByRoster(phase)) return [];
    const atLocations = locations.map(() => 0);
    if (located) for (const person of there[p]!) atLocations[roster.location[person]!]!++;
    return [{ phase: phase.id, people: there[p]!.length, ...(located ? { atLocations } : {}) }];
  });
}
