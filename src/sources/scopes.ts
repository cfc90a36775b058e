import type { Plan } from '../plan/resolve.js';
import type { Roster } from './roster.js';

/** Whom a computed share describes: the roster people of a phase, group and location (all when left out). */
export interface Scope {
  phase?: string;
  group?: string;
  location?: string;
}

const key = (s: Scope): string => `${s.phase ?? ''}|${s.group ?? ''}|${s.location ?? ''}`.toLowerCase();

/** The scopes gates read a metric in, and the whole organization for the decommission condition. */
export function gateScopes(plan: Plan, metric: string): Scope[] {
  const scopes: Scope[] = plan.gates
    .filter((g) => g.metric === metric)
    .map((g) => ({ phase: g.phase, ...(g.group ? { group: g.group } : {}), ...(g.location ? { location: g.location } : {}) }));
  if (plan.phases.some((p) => p.kind === 'decommission' && p.when?.metric === metric)) scopes.push({});
  return unique(scopes);
}

/** Every scope `rollout metrics` shows: the organization, each phase, group and location, and each gate's. */
export function allScopes(plan: Plan, metric: string): Scope[] {
  return unique([
    {},
    ...plan.phases.filter((p) => p.kind === 'launch').map((p) => ({ phase: p.id })),
    ...plan.organization.groups.map((g) => ({ group: g.name })),
    ...plan.organization.locations.map((l) => ({ location: l.name })),
    ...gateScopes(plan, metric),
  ]);
}

function unique(scopes: Scope[]): Scope[] {
  const seen = new Map<string, Scope>();
  for (const s of scopes) if (!seen.has(key(s))) seen.set(key(s), s);
  return [...seen.values()];
}

/** The roster numbers of the people in a scope (a phase with a share audience needs the roster's phase column: `rollout validate` says so). */
export function members(plan: Plan, roster: Roster, scope: Scope): Int32Array {
  const phase = scope.phase === undefined ? -1 : plan.phases.findIndex((p) => p.id === scope.phase);
  const group = scope.group === undefined ? -1 : plan.organization.groups.findIndex((g) => g.name.toLowerCase() === scope.group!.toLowerCase());
  const location = scope.location === undefined ? -1 : plan.organization.locations.findIndex((l) => l.name.toLowerCase() === scope.location!.toLowerCase());
  const out: number[] = [];
  for (let i = 0; i < roster.size; i++) {
    if (phase >= 0 && roster.phase[i] !== phase) continue;
    if (group >= 0 && roster.group[i] !== group) continue;
    if (location >= 0 && roster.location[i] !== location) continue;
    out.push(i);
  }
  return Int32Array.from(out);
}

export function scopeTags(scope: Scope): Scope {
  return { ...(scope.phase ? { phase: scope.phase } : {}), ...(scope.group ? { group: scope.group } : {}), ...(scope.location ? { location: scope.location } : {}) };
}
