import type { Plan } from '../plan/resolve.js';
import { placedByRoster, type RosterPlace } from '../plan/roster-places.js';
import type { Roster } from './roster.js';

/**
 * Where the roster's phase column puts the people who have not left, for each launch phase whose
 * audience is a share or `rest`: the preset's halves follow the roster as its gates do. None when
 * the roster names no phase for anyone; no locations when it leaves someone's out.
 */
export function rosterPlaces(plan: Plan, roster: Roster): RosterPlace[] {
  if (roster.phasesWritten === 0) return [];
  const { locations } = plan.organization;
  const staying = roster.staying();
  const located = locations.length > 0 && staying.every((person) => roster.location[person]! >= 0);
  return plan.phases.flatMap((phase, p) => {
    if (!placedByRoster(phase)) return [];
    const atLocations = locations.map(() => 0);
    let people = 0;
    for (const person of staying) {
      if (roster.phase[person] !== p) continue;
      people++;
      if (located) atLocations[roster.location[person]!]!++;
    }
    return [{ phase: phase.id, people, ...(located ? { atLocations } : {}) }];
  });
}
