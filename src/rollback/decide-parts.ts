import type { GateResult } from '../gates/types.js';
import type { Plan } from '../plan/resolve.js';
import { locationSizes } from '../schedule/reach.js';

/** The locations whose own gates ask for a rollback: each with those gates. */
export type PartsAsked = { location: string; gates: string[] }[];

/**
 * The gates that ask for the rollback of one location rather than of the whole rollout: due and
 * failing (or inconclusive) with effect rollback, deciding something (not report only), written
 * for one location (`location:`) of a plan whose people work at more than one, and not of a
 * part rolled back already. Their rows are that location's alone, so what they measure is that
 * location's trouble: it rolls back, and the rest of the rollout is judged without them.
 */
export function partsAskingRollback(plan: Plan, gates: readonly GateResult[]): PartsAsked {
  return byLocation(plan, gates, (g) => g.effect === 'rollback' && (g.status === 'fail' || g.status === 'inconclusive'));
}

/**
 * The locations that such a gate, not due yet, would roll back if it fell due today: its value so
 * far fails and a failure asks for a rollback. Said before its day, while there is time to act.
 */
export function partsRollingBackAhead(plan: Plan, gates: readonly GateResult[]): (PartsAsked[number] & { due: string })[] {
  return byLocation(plan, gates, (g) => g.effectIfDue === 'rollback').map((part) => ({ ...part, due: gates.filter((g) => part.gates.includes(g.id)).map((g) => g.due).sort()[0]! }));
}

/** The gates `asks` picks that are written for one location of a plan whose people work at several, deciding something, by location. */
function byLocation(plan: Plan, gates: readonly GateResult[], asks: (g: GateResult) => boolean): PartsAsked {
  const sizes = locationSizes(plan);
  const places = plan.organization.locations.filter((_, i) => sizes[i]! > 0).map((l) => l.name);
  if (places.length < 2) return [];
  const asked = new Map<string, string[]>();
  for (const g of gates) {
    const location = plan.gates[g.index]?.location;
    if (location === undefined || !places.includes(location) || g.guarding === null || g.withdrawn || !asks(g)) continue;
    asked.set(location, [...(asked.get(location) ?? []), g.id]);
  }
  return [...asked].map(([location, ids]) => ({ location, gates: ids }));
}

/**
 * The gates as the rest of the rollout is judged: those that ask for a part's rollback (or would,
 * once due) ask nothing of the rest, and hold no launch ahead.
 */
export function withoutParts(gates: readonly GateResult[], parts: PartsAsked): GateResult[] {
  const ids = new Set(parts.flatMap((p) => p.gates));
  return gates.map(({ effectIfDue, ...g }) => (ids.has(g.id) ? { ...g, effect: 'continue' } : { ...g, ...(effectIfDue ? { effectIfDue } : {}) }));
}
