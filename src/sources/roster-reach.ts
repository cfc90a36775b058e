import type { PlanPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import { timePhases } from '../schedule/phases.js';
import type { Roster } from './roster.js';
import { people, type RosterMismatch } from './roster-size.js';
import { placedByRoster } from '../plan/roster-places.js';

/**
 * What places the people of a share or `rest` phase (a preset's halves): the roster's phase
 * column, once it names a phase for anyone. Without one the preset splits each location's headcount.
 */
const SHARE_FIX = (roster: Roster, plan: Plan): string =>
  roster.hasPhaseColumn
    ? `write each person's phase in the roster's phase column (${plan.people!.columns.phase}): its messages and their counts then follow the roster`
    : "say who starts in which phase in a phase column of the roster (people.columns.phase): its messages and their counts then follow the roster, as its gates do";

/**
 * People the roster puts in a launch phase at a location where the schedule plans nobody of it:
 * no message or session reaches them. (A roster short of people is a headcount warning.)
 * Compared only when the roster gives everyone a location; each phase counts those there during it.
 */
export function rosterReachMismatches(plan: Plan, roster: Roster): RosterMismatch[] {
  const { locations } = plan.organization;
  if (locations.length === 0 || roster.location.some((l) => l < 0)) return [];
  const out: RosterMismatch[] = [];
  timePhases(plan).forEach((t, p) => {
    if (t.kind !== 'launch') return;
    // The phase's people are those there during it: a joiner after its launch too.
    const listed = locations.map(() => 0);
    for (const i of roster.presentDuring(t.start, t.end)) if (roster.phase[i] === p) listed[roster.location[i]!]!++;
    const path: PlanPath = plan.presetPhases ? ['preset'] : ['phases', p, 'audience'];
    locations.forEach((location, l) => {
      const inRoster = listed[l]!;
      if (inRoster > 0 && t.atLocations[l] === 0) {
        out.push({ path, message: `the roster ${roster.file} puts ${people(inRoster)} of phase "${t.id}" in ${location.name}, where the schedule plans nobody of it: they get no announcement, reminder, welcome or session`, hint: placedByRoster(t.phase) ? SHARE_FIX(roster, plan) : `bring their group or location into the phase's audience, or correct the roster` });
      }
    });
  });
  return out;
}
