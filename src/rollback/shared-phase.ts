import type { Plan } from '../plan/resolve.js';
import type { PauseSpan } from '../pauses/pauses.js';
import type { TimedPhase } from '../schedule/phases.js';

/**
 * The rollbacks of one location that start it again (`resume`) in a launch phase it shares with
 * other locations (Albina and Moengo in one phase): the phase's own dates stay those of the rest,
 * and the location's people run it again at their place, from its resume (its launch, messages,
 * sessions and gates there). `spans`: the plan's pauses, its rollbacks among them (see planPauses).
 */
export function sharedSecondTries(plan: Pick<Plan, 'organization'>, spans: readonly PauseSpan[], phase: Pick<TimedPhase, 'id' | 'kind' | 'atLocations'>): PauseSpan[] {
  if (phase.kind !== 'launch') return [];
  const names = plan.organization.locations.map((l) => l.name);
  const shares = (at: string, held: ReadonlySet<string>) => !held.has(phase.id) && (phase.atLocations[names.indexOf(at)] ?? 0) > 0;
  return spans.filter((s) => s.rollback?.resume && s.reach?.location !== undefined && shares(s.reach.location, s.reach.held));
}
