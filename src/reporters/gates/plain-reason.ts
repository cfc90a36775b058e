import { conditionFields, conditionParts, everyoneWord } from '../../plan/condition-text.js';
import { phaseName } from '../../plan/display-names.js';
import type { Language } from '../../plan/schema.js';
import { shownValue, type Because } from '../../gates/reasons.js';
import type { GateCheckResult, GateResult } from '../../gates/types.js';

/**
 * Why a gate holds what it holds, for a pause's reason, which its notice gives every reader as
 * why: the part of the rollout by name, the metric by its label, the figure and the goal, never
 * a gate id or the plan's contingency rule (`Resort Willemstad: active use is 42.9%, the goal is
 * at least 60%`).
 */
export function plainGateReason(result: GateCheckResult, g: GateResult, lang: Language): string {
  // The names carry no unit: a percentage is told by its name (`active_use_pct`), as the condition's words tell it.
  const metrics = result.names.metrics.map((m) => ({ name: m.name, label: m.label, inSentence: m.label, unit: 'number' as const }));
  const condition = { metric: g.metric, aggregate: g.aggregate, op: g.op, threshold: g.threshold };
  const { subject, goal } = conditionParts(condition, metrics, lang);
  const { percent } = conditionFields(condition, metrics, lang);
  const location = rowsOf(g.because)?.location;
  const part = g.scope === 'organization' ? everyoneWord(lang) : phaseName(result.names.phases, g.phase);
  const where = capitalized(location && location !== part ? `${part} (${location})` : part);
  const w = WORDS[lang];
  if (g.observed === null || g.status === 'inconclusive') return w.tooFew(where, subject);
  const value = `${shownValue(g.observed, g.aggregate, lang, g.threshold)}${percent && g.aggregate !== 'slope' && g.aggregate !== 'nps' ? '%' : ''}`;
  return g.status === 'pending' ? w.soFar(where, subject, value, goal) : w.is(where, subject, value, goal);
}

const WORDS: Record<Language, { is(where: string, subject: string, value: string, goal: string): string; soFar(where: string, subject: string, value: string, goal: string): string; tooFew(where: string, subject: string): string }> = {
  en: {
    is: (where, subject, value, goal) => `${where}: ${subject} is ${value}, the goal is ${goal}`,
    soFar: (where, subject, value, goal) => `${where}: ${subject} is ${value} so far, the goal is ${goal}`,
    tooFew: (where, subject) => `${where}: too few figures yet to judge ${subject}`,
  },
  nl: {
    is: (where, subject, value, goal) => `${where}: ${subject} is ${value}, het doel is ${goal}`,
    soFar: (where, subject, value, goal) => `${where}: ${subject} is tot nu toe ${value}, het doel is ${goal}`,
    tooFew: (where, subject) => `${where}: nog te weinig gegevens om ${subject} te beoordelen`,
  },
};

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The rows a gate's reason speaks of, for the location it reads. */
function rowsOf(b: Because): { location?: string } | undefined {
  switch (b.kind) {
    case 'judged':
      return b.reading.rows;
    case 'so-far':
      return b.soFar.rows;
    case 'too-few':
    case 'too-few-days':
    case 'nothing':
      return b.rows;
    case 'stale':
      return rowsOf(b.verdict);
    default:
      return undefined;
  }
}
