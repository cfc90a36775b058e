import type { Plan } from './resolve.js';
import type { Language } from './schema.js';

/** The languages a location's people read, in the plan's order: its `languages`, else all the plan's. */
export function locationLanguages(plan: Pick<Plan, 'organization'>, name: string): Language[] {
  const { languages, locations } = plan.organization;
  const own = locations.find((l) => l.name === name)?.languages;
  return own ? languages.filter((l) => own.includes(l)) : [...languages];
}
