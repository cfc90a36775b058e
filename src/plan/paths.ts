import { slashed } from '../util/plan-path.js';
import type { ParsedPlan } from './schema.js';

/** The plan with its file paths (the roster's, each source's) slashed: one file or a glob, `\` or `/`, read alike. */
export function withSlashedPaths(plan: ParsedPlan): ParsedPlan {
  return {
    ...plan,
    ...(plan.people ? { people: { ...plan.people, file: slashed(plan.people.file) } } : {}),
    sources: plan.sources.map((source) => ({ ...source, file: slashed(source.file) })),
  };
}
