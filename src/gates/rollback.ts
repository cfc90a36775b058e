import type { Plan } from '../plan/resolve.js';

/** Whom to tell of a rollback, first: sponsor, contact, sender and communications owner, each once. */
export function rollbackPeople(plan: Plan): string[] {
  const seen = new Set<string>();
  const people = [plan.tool.sponsor, plan.tool.contact, plan.communications.sender].flatMap((p) => {
    if (!p || seen.has(p.name)) return [];
    seen.add(p.name);
    return [`${p.name}${p.role ? ` (${p.role})` : ''}${p.email ? ` <${p.email}>` : ''}`];
  });
  const owner = plan.communications.owner && !seen.has(plan.communications.owner) ? [plan.communications.owner] : [];
  return [...people, ...owner];
}

/** The plan's rollback procedure and whom to tell, as a check gives them on rollback. */
export function rollbackOf(plan: Plan): { procedure: string | null; tell: string[] } {
  return { procedure: plan.contingency.rollbackProcedure ?? null, tell: rollbackPeople(plan) };
}
