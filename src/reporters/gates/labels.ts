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

const gateCause = (g: GateResult): string =>
  g.status === 'fail' ? `${g.id} failed (${g.severity} → ${g.effect})` : `${g.id} is inconclusive (onInconclusive → ${g.effect})`;

/** Why the rollout pauses or rolls back: each launch and the switch-off that waits, with the gates it waits for. */
export function decisionCauses(result: GateCheckResult): string[] {
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  const p = result.openPause;
  const paused = p ? [`the rollout is paused since ${p.from}${p.until ? ` until ${p.until}` : ''}: ${p.reason}`] : [];
  const causes = paused.concat(result.blockedLaunches.map((b) => `launch of ${b.phase} on ${b.launch} waits: ${b.gates.map((id) => gateCause(byId.get(id)!)).join(', ')}`));
  const off = result.decommission;
  if (off && !off.ready && off.due !== null && result.asOf >= off.due) {
    const objecting = off.guards.map((id) => byId.get(id)!).filter((g) => g.effect !== 'continue');
    const reasons = [...(result.decommissionReady === false ? [conditionText(result)] : []), ...objecting.map(gateCause)];
    causes.push(`switch-off (${off.phase}, due ${off.due}) waits: ${reasons.join(', ')}`);
  }
  return causes;
}

function conditionText(result: GateCheckResult): string {
  const d = result.condition!;
  return `${d.observed === null ? `no ${d.metric} rows yet` : `${d.metric} is ${d.observed}`}, needs ${d.op} ${d.threshold}`;
}

export function decisionLine(result: GateCheckResult): string {
  const causes = decisionCauses(result);
  const why = causes.length ? `: ${causes.join('; ')}` : ': no launch or switch-off waits';
  return `Decision: ${result.decision} (exit ${exitCodeFor(result.decision)})${why}`;
}

/** On rollback, the plan's procedure and who to tell, so nobody has to look them up. */
export function rollbackLines(result: GateCheckResult): string[] {
  const r = result.rollback;
  if (!r) return [];
  const procedure = r.procedure ?? 'the plan has no rollbackProcedure under contingency; write one down';
  return [`Rollback procedure: ${procedure}`, `Tell: ${r.tell.length ? r.tell.join('; ') : 'the plan names no sponsor, contact or communications owner'}`];
}

export function decommissionLine(result: GateCheckResult): string | undefined {
  const off = result.decommission;
  if (!off) return undefined;
  const state = off.ready ? 'ready' : 'not ready';
  const parts = [result.condition ? conditionText(result) : undefined, off.guards.length ? `guarded by ${off.guards.join(', ')}` : undefined].filter(Boolean);
  return `Decommission (${off.phase}, switch-off ${off.due ?? 'on hold'}): ${state}${parts.length ? `; ${parts.join('; ')}` : ''}`;
}

export function headline(result: GateCheckResult): string {
  return `Gate check as of ${result.asOf}, current phase: ${result.currentPhase ?? 'none'}`;
}
