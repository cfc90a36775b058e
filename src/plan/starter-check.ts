import type { Diagnostic } from '../util/errors.js';
import { loadPlan } from './load.js';

/** What `rollout validate` would say of a plan `rollout init` is about to write. */
export interface StarterCheck {
  /** The first error: the options asked for a plan that does not validate. */
  error?: Diagnostic;
  /**
   * The warnings about what was asked for (a preset that does not fit the headcount). The
   * placeholder contact and the open discovery questions are left out: init writes them on
   * purpose, for the person to fill in, and validate reminds of them.
   */
  warnings: Diagnostic[];
}

/** What init leaves for the person to fill in. */
const LEFT_TO_FILL_IN = new Set(['placeholder-contact', 'discovery']);

export function checkStarter(plan: string, file: string): StarterCheck {
  const { diagnostics } = loadPlan(plan, file);
  return {
    error: diagnostics.find((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning' && !LEFT_TO_FILL_IN.has(d.code)),
  };
}
