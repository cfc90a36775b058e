import type { Plan } from '../plan/resolve.js';

/**
 * Each champion the plan names once, with the location they support where the plan says
 * ("Shanti Ramdin (Paramaribo)"): under `champions:` or as a location's `champion`.
 */
export function championsWhere(plan: Pick<Plan, 'champions' | 'organization'>): string[] {
  const where = new Map<string, string | undefined>();
  for (const c of plan.champions) where.set(c.name, c.location ?? where.get(c.name));
  for (const l of plan.organization.locations) if (l.champion && !where.get(l.champion)) where.set(l.champion, l.name);
  return [...where].map(([name, location]) => (location ? `${name} (${location})` : name));
}

/** Each champion the plan names once: under `champions:` or as a location's `champion`. */
export function championNames(plan: Pick<Plan, 'champions' | 'organization'>): string[] {
  return [...new Set([...plan.champions.map((c) => c.name), ...plan.organization.locations.flatMap((l) => (l.champion ? [l.champion] : []))])];
}
