import { word } from './builtin-text.js';
import type { Plan } from './resolve.js';
import type { Language, Metric } from './schema.js';

/**
 * How a plan names its phases and metrics to people, in the language it was resolved in: a
 * phase by its name, a metric by its label as it reads inside a sentence (the built-in ones in
 * that language). Machine
 * outputs (JSON, JUnit, the plan's own keys) keep the ids.
 */
export interface DisplayNames {
  phases: readonly { id: string; name: string }[];
  metrics: readonly { name: string; label: string }[];
}

export function displayNames(plan: Pick<Plan, 'phases' | 'metrics'>): DisplayNames {
  return {
    phases: plan.phases.map(({ id, name }) => ({ id, name })),
    metrics: plan.metrics.flatMap((m) => (m.inSentence === undefined ? [] : [{ name: m.name, label: m.inSentence }])),
  };
}

/** No names: every phase and metric goes by its id, as in the machine outputs. */
export const ID_NAMES: DisplayNames = { phases: [], metrics: [] };

/** A phase's name; its id when the plan has no such phase. */
export const phaseName = (phases: DisplayNames['phases'], id: string): string => phases.find((p) => p.id === id)?.name ?? id;

/** A metric's label; its name when it has none. */
export const metricName = (names: DisplayNames, metric: string): string => names.metrics.find((m) => m.name === metric)?.label ?? metric;

/** A metric's label as written, for a title or a table cell (a built-in one in `lang`); its name when it has none. */
export const metricTitle = (metrics: readonly Pick<Metric, 'name' | 'label'>[], metric: string, lang: Language): string => word(metrics.find((m) => m.name === metric)?.label ?? metric, lang);

/**
 * The one name a paused part of the rollout (a pause's `only`) has in every output for people:
 * a location by its name, a phase by its name.
 */
export function pausedPartName(only: { phase?: string; location?: string }, phases: DisplayNames['phases']): string {
  return only.location ?? phaseName(phases, only.phase!);
}
