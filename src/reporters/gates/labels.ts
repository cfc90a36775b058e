import type { GateCheckResult, GateResult } from '../../gates/types.js';
import { exitCodeFor } from '../../gates/decision.js';

/** Wording every gate-check format shares, so that they tell the same story. */

export const COLUMNS = ['gate', 'phase', 'metric', 'observed', 'op', 'threshold', 'samples', 'status'] as const;

export const formatValue = (value: number | null): string => (value === null ? '-' : String(value));

/** `satisfaction (mean)`; `last` and an aggregate named like its metric (`nps`) go unsaid. */
export function metricLabel(g: Pick<GateResult, 'metric' | 'aggregate'>, name: string = g.metric): string {
  return g.aggregate === 'last' || g.aggregate === g.metric ? name : `${name} (${g.aggregate})`;
}

export function gateCells(g: GateResult): string[] {
  return [g.id, g.phase, metricLabel(g), formatValue(g.observed), g.op, String(g.threshold), String(g.samples), g.status];
}

/** Why the rollout continues, pauses or rolls back: the gates that ask for the decision. */
export function decisionCauses(result: GateCheckResult): string[] {
  return result.gates
    .filter((g) => g.effect === result.decision && g.effect !== 'continue')
    .map((g) => (g.status === 'fail' ? `${g.id} failed (${g.severity} → ${g.effect})` : `${g.id} is inconclusive (onInconclusive → ${g.effect})`));
}

export function decisionLine(result: GateCheckResult): string {
  const causes = decisionCauses(result);
  const why = causes.length ? `: ${causes.join('; ')}` : ': no gate fails';
  return `Decision: ${result.decision} (exit ${exitCodeFor(result.decision)})${why}`;
}

export function decommissionLine(result: GateCheckResult): string | undefined {
  const d = result.decommission;
  if (!d) return undefined;
  const state = result.decommissionReady ? 'ready' : 'not ready';
  const seen = d.observed === null ? `no ${d.metric} rows yet` : `latest ${d.metric} is ${d.observed}`;
  return `Decommission (${d.phase}): ${state}; ${seen}, needs ${d.op} ${d.threshold}`;
}

export function headline(result: GateCheckResult): string {
  return `Gate check as of ${result.asOf}, current phase: ${result.currentPhase ?? 'none'}`;
}
