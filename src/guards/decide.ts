import { decide } from '../gates/decision.js';
import type { BlockedLaunch, GateResult, OpenPause, RolledBack, SwitchOff } from '../gates/types.js';
import type { Pauses } from '../pauses/pauses.js';
import type { Decision, Rollback } from '../plan/schema.js';
import type { TimedPhase } from '../schedule/phases.js';
import { formatDay, type Day } from '../util/dates.js';

export interface GuardedDecision {
  decision: Decision;
  blockedLaunches: BlockedLaunch[];
  decommission: SwitchOff | null;
  openPause: OpenPause | null;
  rolledBack: RolledBack | null;
}

const asks = (g: GateResult): boolean => g.effect !== 'continue';

/**
 * Decisions fall where something waits: on or after each launch after the first, the gates that
 * guard it; on or after the switch-off, the decommission condition and the gates that guard it.
 * Report-only gates never decide. A pause pauses while it runs. From the day of a rollback the
 * plan records, the rollout has rolled back: nothing is decided again, and no pause runs.
 */
export function guardedDecision(phases: readonly TimedPhase[], gates: readonly GateResult[], asOf: Day, conditionReady: boolean | null, pauses: Pauses, rollback?: Rollback): GuardedDecision {
  if (rollback && formatDay(asOf) >= rollback.on) {
    return { decision: 'rollback', blockedLaunches: [], decommission: null, openPause: null, rolledBack: { on: rollback.on, reason: rollback.reason } };
  }
  const firstLaunch = phases.find((p) => p.kind === 'launch');
  const guarding = (phase: TimedPhase) => gates.filter((g) => g.guarding === phase.id);
  const effects: Decision[] = [];
  const blockedLaunches: BlockedLaunch[] = [];
  for (const phase of phases) {
    if (phase.kind !== 'launch' || phase === firstLaunch || asOf < phase.start) continue;
    const waiting = guarding(phase).filter(asks);
    if (waiting.length === 0) continue;
    const decision = decide(waiting.map((g) => g.effect));
    blockedLaunches.push({ phase: phase.id, launch: formatDay(phase.start), gates: waiting.map((g) => g.id), decision });
    effects.push(decision);
  }
  const off = phases.find((p) => p.kind === 'decommission');
  let decommission: SwitchOff | null = null;
  if (off) {
    const guards = guarding(off);
    const ready = conditionReady !== false && !guards.some(asks);
    const due = Number.isFinite(off.start) ? formatDay(off.start) : null;
    decommission = { phase: off.id, ready, due, guards: guards.map((g) => g.id) };
    if (!ready && asOf >= off.start) effects.push(decide(['pause', ...guards.map((g) => g.effect)]));
  }
  // While a pause runs (from its first day until it resumes, or on while open), the rollout is paused whatever the gates say.
  const open = pauses.spans.find((s) => s.from <= asOf && (s.until === undefined || asOf < s.until));
  const openPause = open
    ? { from: open.pause.from, ...(open.pause.until !== undefined ? { until: open.pause.until } : {}), reason: open.pause.reason, ...(open.pause.phase !== undefined ? { phase: open.pause.phase } : {}) }
    : null;
  if (openPause) effects.push('pause');
  return { decision: decide(effects), blockedLaunches, decommission, openPause, rolledBack: null };
}
