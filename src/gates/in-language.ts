import { displayNames } from '../plan/display-names.js';
import { planIn, type Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { rollbackOf } from './rollback.js';
import type { GateCheckResult } from './types.js';

type Part = { phase?: string; location?: string } | undefined;
const samePart = (a: Part, b: Part): boolean => a?.phase === b?.phase && a?.location === b?.location;

/**
 * The result with the plan's own texts (phase and metric names, pause and rollback reasons, the
 * rollback procedure, whom to tell) in `plan`'s language: the exports are read once, and each
 * output quotes the plan in the language it speaks. `plan` is the plan checked, in another language.
 */
export function resultIn(result: GateCheckResult, plan: Plan): GateCheckResult {
  const { openPause: open, rolledBack, rolledBackParts, rollback } = result;
  const pause = open && plan.pauses.find((p) => p.from === open.from && p.phase === open.phase && samePart(p.only, open.only));
  const part = (r: NonNullable<typeof rolledBackParts>[number]) => plan.partRollbacks.find((p) => p.on === r.on && samePart(p.only, r.only))?.reason ?? r.reason;
  return {
    ...result,
    names: displayNames(plan),
    openPause: open && { ...open, reason: pause?.reason ?? open.reason },
    rolledBack: rolledBack && { ...rolledBack, reason: plan.rollback?.on === rolledBack.on ? plan.rollback.reason : rolledBack.reason },
    ...(rolledBackParts ? { rolledBackParts: rolledBackParts.map((r) => ({ ...r, reason: part(r) })) } : {}),
    rollback: rollback && { ...rollback, ...rollbackOf(plan) },
  };
}

/**
 * The plan's languages, and the check as read in each (its names in that language): a reason
 * suggested for the plan is written in each, so that every reader of the notice it goes into
 * reads why in their own.
 */
export interface PlanReaders {
  languages: readonly Language[];
  inLanguage(lang: Language): GateCheckResult;
}

/** The readers of `plan` for a check of it, each language's result built when first asked for. */
export function planReaders(result: GateCheckResult, plan: Plan): PlanReaders {
  const read = new Map<Language, GateCheckResult>();
  return {
    languages: plan.organization.languages,
    inLanguage: (lang) => read.get(lang) ?? read.set(lang, resultIn(result, planIn(plan, lang))).get(lang)!,
  };
}
