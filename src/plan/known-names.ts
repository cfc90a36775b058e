import type { Localized, ParsedPlan, Phase } from './schema.js';

/** Splits a name or label into its words; "Teams-meldingen" starts with "Teams". */
const WORD_BREAK = /[\s\-–/(),.:;'’]+/;

export const firstWord = (label: string): string => label.split(WORD_BREAK, 1)[0]!;

/** A label's first two words, as far as it has them. */
export const labelWords = (label: string): string[] => label.split(WORD_BREAK, 2);

/**
 * The words the plan uses as names: of the tool and what it replaces (Microsoft Teams → Teams,
 * Microsoft), the organization, its groups and locations, and the phases. A label starting with
 * one keeps its capital inside a sentence.
 */
export function knownNames(plan: Pick<Localized<ParsedPlan>, 'tool' | 'organization'>, phases: readonly Pick<Phase, 'name'>[]): ReadonlySet<string> {
  const { tool, organization } = plan;
  const names = [tool.name, tool.replaces ?? '', organization.name, ...organization.groups.map((g) => g.name), ...organization.locations.map((l) => l.name), ...phases.map((p) => p.name)];
  return new Set(names.flatMap((n) => n.split(WORD_BREAK)).filter((w) => w !== ''));
}
