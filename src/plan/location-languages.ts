import type { Plan } from './resolve.js';
import type { Language } from './schema.js';

/** The languages a location's people read, in the plan's order: its `languages`, else all the plan's. */
export function locationLanguages(plan: Pick<Plan, 'organization'>, name: string): Language[] {
  const { languages, locations } = plan.organization;
  const own = locations.find((l) => l.name === name)?.languages;
  return own ? languages.filter((l) => own.includes(l)) : [...languages];
}

/** The languages read by the people of some locations: every language any of them reads (all the plan's when none is named). */
export function languagesAt(plan: Pick<Plan, 'organization'>, names: readonly string[]): Language[] {
  if (names.length === 0) return [...plan.organization.languages];
  const read = new Set(names.flatMap((n) => locationLanguages(plan, n)));
  return plan.organization.languages.filter((l) => read.has(l));
}

/** Whether some location reads fewer of the plan's languages than all: where people work tells which draft each reads. */
export function locationsReadApart(plan: Pick<Plan, 'organization'>): boolean {
  const { languages, locations } = plan.organization;
  return languages.length > 1 && locations.some((l) => locationLanguages(plan, l.name).length < languages.length);
}
