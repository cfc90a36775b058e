import type { GateCheckResult } from '../../gates/types.js';

/** The documented JSON shape; fields in a fixed order so that diffs between runs stay readable. */
export function renderJson(result: GateCheckResult): string {
  const { asOf, currentPhase, decision, decommissionReady } = result;
  const blockedLaunches = result.blockedLaunches.map(({ phase, launch, gates }) => ({ phase, launch, gates }));
  const nextLaunch = result.nextLaunch && { phase: result.nextLaunch.phase, launch: result.nextLaunch.launch, gates: result.nextLaunch.gates };
  const decommission = result.decommission && { ready: result.decommission.ready, due: result.decommission.due, guards: result.decommission.guards };
  const gates = result.gates.map((g) => ({
    id: g.id,
    phase: g.phase,
    metric: g.metric,
    aggregate: g.aggregate,
    observed: g.observed,
    op: g.op,
    threshold: g.threshold,
    samples: g.samples,
    minSamples: g.minSamples,
    window: g.window,
    status: g.status,
    severity: g.severity,
    guards: g.guards,
    due: g.due,
    reason: g.reason,
  }));
  return `${JSON.stringify({ asOf, currentPhase, decision, decommissionReady, blockedLaunches, nextLaunch, decommission, openPause: result.openPause, rolledBack: result.rolledBack, rollback: result.rollback, gates }, null, 2)}\n`;
}
