import type { BlockedLaunch, GateCheckResult, RolledBackPart, SwitchOff } from '../../gates/types.js';
import { partsStillBack } from './labels.js';
import { shownStatus } from '../../gates/shown-status.js';
import { gatePeople } from '../../gates/said-in-people.js';
import type { PartPeople } from '../../gates/part-people.js';
import { gateRespondents, type Respondents } from '../../gates/respondents.js';

const optionalPeople = (people: PartPeople | undefined) => (people ? { people } : {});
const optionalRespondents = (respondents: Respondents | undefined) => (respondents ? { respondents } : {});

/** A launch that waits, as the JSON and the replay's lines write it (its decision is the result's). */
export const launchJson = ({ phase, launch, gates, readsUntil, pausedFrom }: BlockedLaunch) => ({ phase, launch, gates, ...(readsUntil ? { readsUntil } : {}), ...(pausedFrom ? { pausedFrom } : {}) });

/** The switch-off, as the JSON and the replay's lines write it. */
export const switchOffJson = ({ ready, due, guards, waits, pausedFrom, readsUntil, closed }: SwitchOff) => ({ ready, due, guards, ...(waits ? { waits } : {}), ...(pausedFrom ? { pausedFrom } : {}), ...(readsUntil ? { readsUntil } : {}), ...(closed ? { closed } : {}) });

/** The documented JSON shape; fields in a fixed order so that diffs between runs stay readable. */
export function renderJson(result: GateCheckResult): string {
  const { asOf, currentPhase, decision, decommissionReady } = result;
  const blockedLaunches = result.blockedLaunches.map(launchJson);
  const nextLaunch = result.nextLaunch && launchJson(result.nextLaunch);
  const unmeasured = result.condition?.notMeasured ?? [];
  const stale = result.condition?.stale;
  // The lowest part in people, when it is a few: in a part of 3, 80% is all 3.
  const people = result.condition?.people && { ...result.condition.people, part: result.condition.lowest };
  const decommission = result.decommission && { ...switchOffJson(result.decommission), ...waitingForParts(result), ...(unmeasured.length > 0 ? { notMeasured: unmeasured } : {}), ...(stale ? { stale } : {}), ...(people ? { people } : {}) };
  const gates = result.gates.map((g) => ({
    id: g.id,
    phase: g.phase,
    scope: g.scope,
    metric: g.metric,
    aggregate: g.aggregate,
    observed: g.observed,
    op: g.op,
    threshold: g.threshold,
    samples: g.samples,
    minSamples: g.minSamples,
    window: g.window,
    status: shownStatus(g),
    severity: g.severity,
    guards: g.guards,
    due: g.due,
    ...(g.effectIfDue ? { effectIfDue: g.effectIfDue } : {}),
    ...(g.withdrawn ? { withdrawn: true } : {}),
    ...(g.secondTry ? { secondTry: g.secondTry } : {}),
    ...(g.stale ? { stale: g.stale } : {}),
    ...optionalPeople(gatePeople(g.because)),
    ...optionalRespondents(gateRespondents(g.because)),
    reason: g.reason,
  }));
  return `${JSON.stringify({ asOf, currentPhase, decision, decommissionReady, blockedLaunches, nextLaunch, decommission, openPause: result.openPause, rolledBack: result.rolledBack, ...(result.rolledBackParts ? { rolledBackParts: result.rolledBackParts } : {}), rollback: result.rollback, ...(result.partsAhead ? { partsAhead: result.partsAhead } : {}), ...(result.awaited ? { awaited: result.awaited } : {}), ...(result.outOfDate ? { outOfDate: result.outOfDate } : {}), gates }, null, 2)}\n`;
}

/** With parts rolled back: that the switch-off waits for them, back on the old tools, and the condition read without them. */
function waitingForParts(result: GateCheckResult): { backOnOldTools?: { only: RolledBackPart['only']; on: string }[]; stillOnNewTool?: NonNullable<NonNullable<GateCheckResult['condition']>['stillOnNewTool']> } {
  const rest = result.condition?.stillOnNewTool;
  const back = partsStillBack(result);
  return rest && back.length > 0 ? { backOnOldTools: back.map(({ only, on }) => ({ only, on })), stillOnNewTool: rest } : {};
}
