import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { planCalendar, type TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDuration, type Day } from '../util/dates.js';
import { aggregate } from './aggregate.js';
import { compare, roundObserved } from './compare.js';
import { gateEffect } from './decision.js';
import type { Scope } from './ledger.js';
import type { Observations } from './series.js';
import type { GateResult, GateStatus } from './types.js';

/** A gate with its dates worked out. */
export interface GateWindow {
  gate: Gate;
  index: number;
  phase: TimedPhase;
  due: Day;
  from: Day;
  /** Last day read: the due day, or asOf when that is earlier. */
  to: Day;
  /** False while the phase has not started at asOf: nothing is read. */
  started: boolean;
}

export function gateWindows(plan: Plan, phases: TimedPhase[], asOf: Day): GateWindow[] {
  const calendar = planCalendar(plan);
  return plan.gates.map((gate, index) => {
    const phase = phases.find((p) => p.id === gate.phase)!;
    // The same working day the schedule, its calendar and the report give the gate.
    const due = calendar.onOrAfter(phase.start + parseDuration(gate.within));
    const started = asOf >= phase.start;
    return { gate, index, phase, due, from: phase.start, to: started ? Math.min(due, asOf) : due, started };
  });
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * Whether rows of a scope count for a gate (of its metric, in its window): of its phase when
 * the rows name one, and of the gate's group and location when the gate names them.
 */
export function inScope(gate: Gate, scope: Scope): boolean {
  return (
    (scope.phase === undefined || same(scope.phase, gate.phase)) &&
    (gate.group === undefined || same(scope.group, gate.group)) &&
    (gate.location === undefined || same(scope.location, gate.location))
  );
}

/** `obs` are the gate's observations in its window, which the caller keeps for charts too. */
export function evaluateGate(w: GateWindow, asOf: Day, contingency: Plan['contingency'], obs: Observations): GateResult {
  const { gate } = w;
  const value = aggregate(gate.aggregate, obs);
  const observed = value === undefined ? null : roundObserved(value);
  const samples = obs.values.length;
  const [status, reason] = judge(w, asOf, obs, observed);
  return {
    id: gate.id,
    phase: gate.phase,
    metric: gate.metric,
    aggregate: gate.aggregate,
    observed,
    op: gate.op,
    threshold: gate.threshold,
    samples,
    window: { from: formatDay(w.from), to: formatDay(w.to) },
    due: formatDay(w.due),
    status,
    severity: gate.severity,
    effect: gateEffect(gate, status, contingency),
    reason,
    index: w.index,
  };
}

/**
 * Pending until the due day, whatever the rows say so far (the value so far is still reported);
 * from the due day on: inconclusive with fewer than minSamples rows, else pass or fail.
 */
function judge(w: GateWindow, asOf: Day, obs: Observations, observed: number | null): [GateStatus, string] {
  const { gate } = w;
  const n = obs.values.length;
  const count = n === 0 ? 'no' : String(n);
  const rows = `${count} ${gate.metric} row${n === 1 ? '' : 's'}${filters(gate)} from ${formatDay(w.from)} to ${formatDay(w.to)}`;
  const value = observed === null ? rows : `${gate.aggregate} of ${rows} is ${observed}${lastDay(gate, obs)}`;
  if (!w.started) return ['pending', `phase ${w.phase.id} starts ${formatDay(w.phase.start)}; the gate is due ${formatDay(w.due)}`];
  if (asOf < w.due) return ['pending', `due ${formatDay(w.due)}; so far ${value}`];
  if (n < gate.minSamples) return ['inconclusive', `${rows}; the gate needs at least ${gate.minSamples}`];
  if (observed === null) return ['inconclusive', `all ${rows} fall on one day; a slope needs two days or more`];
  const holds = compare(observed, gate.op, gate.threshold);
  return holds ? ['pass', `${value}, ${gate.op} ${gate.threshold}`] : ['fail', `${value}, not ${gate.op} ${gate.threshold}`];
}

function filters(gate: Gate): string {
  const parts = [gate.group && `group ${gate.group}`, gate.location && `location ${gate.location}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function lastDay(gate: Gate, obs: Observations): string {
  return gate.aggregate === 'last' ? ` on ${formatDay(obs.days[obs.days.length - 1]!)}` : '';
}

/** The phase that started last on or before asOf, while the rollout is still running. */
export function currentPhase(phases: TimedPhase[], asOf: Day): TimedPhase | undefined {
  if (phases.length === 0 || asOf > Math.max(...phases.map((p) => p.end))) return undefined;
  return phases.filter((p) => p.start <= asOf).sort((a, b) => a.start - b.start || a.index - b.index).at(-1);
}
