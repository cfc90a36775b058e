import { decide } from '../gates/decision.js';
import type { BlockedLaunch, GateResult, OpenPause, RolledBack, RolledBackPart, SwitchOff } from '../gates/types.js';
import { holdsOn, type PauseSpan, type Pauses } from '../pauses/pauses.js';
import { reaches } from '../pauses/scope.js';
import type { Decision, Rollback } from '../plan/schema.js';
import type { TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';

export interface GuardedDecision {
  decision: Decision;
  blockedLaunches: BlockedLaunch[];
  /** The next launch to come, when gates guarding it would hold it if it were due today (those not due yet by their value so far). */
  nextLaunch: BlockedLaunch | null;
  decommission: SwitchOff | null;
  openPause: OpenPause | null;
  rolledBack: RolledBack | null;
  /** The rollbacks of one part on or before the day checked. */
  rolledBackParts: RolledBackPart[];
}

const asks = (g: GateResult): boolean => g.effect !== 'continue';

/**
 * Decisions fall where something waits: each launch after the first, from the day a gate that
 * guards it falls due and asks for it to wait; the switch-off likewise, and on or after its day
 * also for the decommission condition.
 * Report-only gates never decide. A pause pauses while it runs. From the day of a rollback the
 * plan records, the rollout has rolled back: nothing is decided again, and no pause runs.
 * `ahead`: the open pauses the plan records from a day after `asOf` (see pausesAhead); a launch
 * or the switch-off one of them holds on its day waits for that pause, not for the check.
 */
export function guardedDecision(phases: readonly TimedPhase[], gates: readonly GateResult[], asOf: Day, conditionReady: boolean | null, pauses: Pauses, rollback?: Rollback, ahead: readonly PauseSpan[] = []): GuardedDecision {
  if (rollback && formatDay(asOf) >= rollback.on) {
    return { decision: 'rollback', blockedLaunches: [], nextLaunch: null, decommission: null, openPause: null, rolledBack: { on: rollback.on, reason: rollback.reason }, rolledBackParts: [] };
  }
  const firstLaunch = phases.find((p) => p.kind === 'launch');
  const guarding = (phase: TimedPhase) => gates.filter((g) => g.guarding === phase.id);
  const effects: Decision[] = [];
  const blockedLaunches: BlockedLaunch[] = [];
  // Ahead of a launch, a gate due within the week whose value so far fails holds it as it would
  // if due today: the Monday check before a Friday go/no-go, not every run from a phase's first day.
  const waitingFor = (phase: TimedPhase, ahead = false): BlockedLaunch | undefined => {
    const effect = (g: GateResult) => (ahead && parseDay(g.due) - asOf < 7 ? (g.effectIfDue ?? g.effect) : g.effect);
    const waiting = guarding(phase).filter((g) => effect(g) !== 'continue');
    return waiting.length === 0 ? undefined : { phase: phase.id, launch: formatDay(phase.start), gates: waiting.map((g) => g.id), decision: decide(waiting.map(effect)) };
  };
  const launches = phases.filter((p) => p.kind === 'launch' && p !== firstLaunch);
  // A launch waits from the due day of a gate that holds it (only a due gate asks), not from its
  // own day: the go/no-go due the Friday before holds Monday's launch on Friday's run, the last before it.
  // The pause gate-check advised, once written in: it holds what it reaches from its first day, so a launch or the switch-off it holds on its day waits for it, and the check goes on.
  const pausedAhead = (phase: TimedPhase) => ahead.find((s) => s.from <= phase.start && reaches(s.reach, { phase: phase.id }));
  for (const phase of launches.filter((p) => Number.isFinite(p.start))) {
    const blocked = waitingFor(phase);
    if (!blocked) continue;
    const pause = pausedAhead(phase);
    blockedLaunches.push(pause ? { ...blocked, pausedFrom: formatDay(pause.from) } : blocked);
    if (!pause) effects.push(blocked.decision);
  }
  // Said before its day, while there is still time to act, of gates not due yet.
  // A launch on hold waits for its pause, not for its gates (one judged before the pause keeps its verdict).
  const next = launches.filter((p) => asOf < p.start && Number.isFinite(p.start)).sort((a, b) => a.start - b.start)[0];
  const nextLaunch = (next && !blockedLaunches.some((b) => b.phase === next.id) && waitingFor(next, true)) || null;
  const off = phases.find((p) => p.kind === 'decommission');
  let decommission: SwitchOff | null = null;
  if (off) {
    // A gate a rollback withdrew guards nothing any more: the switch-off names only those in force.
    const guards = guarding(off).filter((g) => !g.withdrawn);
    const asking = guards.filter(asks);
    const ready = conditionReady !== false && asking.length === 0;
    const due = Number.isFinite(off.start) ? formatDay(off.start) : null;
    const launched = phases.every((p) => p.kind !== 'launch' || asOf >= p.start);
    // As a launch: from the due day of a gate guarding it that asks to wait (only a due gate asks),
    // so the Friday run before Monday's switch-off says so; the condition is read on the day itself.
    const wouldWait = !ready && due !== null && (asOf >= off.start || asking.length > 0);
    const pause = wouldWait ? pausedAhead(off) : undefined;
    const waits = wouldWait && !pause;
    const held = pause ? { pausedFrom: formatDay(pause.from) } : waits ? { waits: true as const } : {};
    decommission = { phase: off.id, ready, due, guards: guards.map((g) => g.id), next: launched && asOf < off.start, ...held };
    if (waits) effects.push(decide([...(asOf >= off.start ? ['pause' as const] : []), ...asking.map((g) => g.effect)]));
  }
  // While a pause runs (from its first day until it resumes, or on while open), the rollout is paused whatever the gates say;
  // a pause of one part (`only`) pauses that part: its gates wait (see gateWindows), the others decide, if any part still goes on.
  // A rollback of one part holds that part as an open pause of it: it is no pause, but what it holds waits all the same.
  const holding = pauses.paused.spans.filter((s) => holdsOn(s, asOf));
  const running = holding.filter((s) => !s.rollback);
  const rolledBackParts = holding.flatMap((s) => (s.rollback ? [{ on: s.rollback.on, reason: s.rollback.reason, only: s.rollback.only, ...(s.rollback.resume ? { again: s.rollback.resume.on } : {}) }] : []));
  const open = running.find((s) => !s.reach) ?? running[0];
  const openPause = open
    ? {
        from: open.pause.from,
        ...(open.pause.until !== undefined ? { until: open.pause.until } : {}),
        reason: open.pause.reason,
        ...(open.pause.phase !== undefined ? { phase: open.pause.phase } : {}),
        ...(open.pause.only ? { only: open.pause.only } : {}),
      }
    : null;
  // A part whose second try is planned holds nothing today: what waits for it is dated after it.
  const holds = holding.filter((s) => !s.rollback?.resume);
  if ((open && !open.reach) || (holds.length > 0 && holdsAll(phases, holds, asOf))) effects.push('pause');
  return { decision: decide(effects), blockedLaunches, nextLaunch, decommission, openPause, rolledBack: null, rolledBackParts };
}

/** Whether the pauses of one part running on `asOf` hold every phase not yet over: then nothing goes on, and the rollout is paused. */
function holdsAll(phases: readonly TimedPhase[], running: readonly PauseSpan[], asOf: Day): boolean {
  const going = phases.filter((p) => p.end >= asOf);
  return going.length > 0 && going.every((p) => running.some((s) => s.reach?.phases.has(p.id)));
}
