import { planIn, type Plan } from '../plan/resolve.js';
import { listed } from '../util/lists.js';
import { sameName } from '../util/same-name.js';
import { didYouMean } from '../util/suggest.js';
import type { Scope } from './ledger.js';

type Part = 'phase' | 'group' | 'location';

/**
 * The phases, groups and locations a metrics export names that the plan does not have (a typo,
 * a phase by its name rather than its id), one note for each kind: no gate written for such a
 * part reads its rows, yet the switch-off condition reads them as a part of their own, so that a
 * misspelt phase both leaves its go/no-go without rows and can hold the switch-off.
 */
export function unknownPartNotes(plan: Plan, file: string, scopes: Iterable<Scope>): string[] {
  const known: Record<Part, string[]> = {
    phase: plan.phases.map((p) => p.id),
    group: plan.organization.groups.map((g) => g.name),
    location: plan.organization.locations.map((l) => l.name),
  };
  const found: Record<Part, Set<string>> = { phase: new Set(), group: new Set(), location: new Set() };
  for (const scope of scopes) {
    for (const part of ['phase', 'group', 'location'] as const) {
      const name = scope[part];
      if (name !== undefined && !known[part].some((k) => sameName(name, k))) found[part].add(name);
    }
  }
  return (['phase', 'group', 'location'] as const).flatMap((part) => (found[part].size === 0 ? [] : [note(plan, file, part, [...found[part]], known[part])]));
}

function note(plan: Plan, file: string, part: Part, names: string[], known: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  const which = names.length === 1 ? `${part} ${quoted[0]} is` : `${part === 'phase' ? 'phases' : `${part}s`} ${listed(quoted)} are`;
  const hint = names.length === 1 ? (phaseByName(plan, part, names[0]!) ?? didYouMean(names[0]!, known)) : undefined;
  const readers = part === 'phase' ? "no phase's gate reads those rows" : `no gate written for a ${part} reads those rows`;
  const switchOff = plan.phases.some((p) => p.kind === 'decommission' && p.when) ? `, and the switch-off condition reads them as a ${part} of their own` : '';
  const fix = known.length ? `write ${part === 'phase' ? "the phase's id" : `the ${part}`} as the plan has it (${listed(known)})` : `the plan has no ${part}s: add it under organization.${part}s, or leave the column out`;
  return `${file}: ${which} not in the plan${hint ? ` (${hint})` : ''}: ${readers}${switchOff}; ${fix}`;
}

/** A phase written by its name, in any of the plan's languages, rather than its id: the rows name it, but gates match ids. */
function phaseByName(plan: Plan, part: Part, name: string): string | undefined {
  if (part !== 'phase') return undefined;
  const lower = name.toLowerCase();
  const named = plan.organization.languages.map((lang) => planIn(plan, lang).phases);
  const i = plan.phases.findIndex((_, i) => named.some((phases) => phases[i]!.name.toLowerCase() === lower));
  return i >= 0 ? `the name of phase "${plan.phases[i]!.id}": write its id` : undefined;
}
