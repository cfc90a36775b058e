import type { Plan } from '../plan/resolve.js';
import type { Decision, Gate, Pause } from '../plan/schema.js';
import { movedPhase, planCalendar, planPauses, timePhases, type TimedPhase } from '../schedule/phases.js';
import { sharedSecondTries } from '../rollback/shared-phase.js';
import { beforeResume, resumedBy } from '../rollback/first-try.js';
import { holdsFrom, holdsOn, type Pauses, type PauseSpan } from '../pauses/pauses.js';
import { ofRolledBackPart } from '../rollback/withdraw-parts.js';
import { reaches } from '../pauses/scope.js';
import { formatDay, parseDay, type Cadence, type Day } from '../util/dates.js';
import { sameName } from '../util/same-name.js';
import { gateDue, guardedPhase } from '../guards/guarded.js';
import { dueBeforePause } from '../guards/judged-before-pause.js';
import { aggregate } from './aggregate.js';
import { compare, roundObserved } from './compare.js';
import { gateEffect } from './decision.js';
import type { Scope } from './ledger.js';
import { distinctDays, gateMinimum, type Minimum } from './minimum.js';
import { latestAnswers, withNpsCounts, type Respondents } from './respondents.js';
import type { Observations } from './series.js';
import { reasonText, type Because, type Reading, type Rows, type UngivenSource } from './reasons.js';
import { readWindow } from '../sources/read-window.js';
import type { WholeOnly } from '../sources/whole-only.js';
import { secondTryId } from './second-try.js';
import { overturnable, staleness } from './out-of-date.js';
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
  /** Rows (answers) and days the gate needs before it judges. */
  minimum: Minimum;
  /** The phase whose start waits for this gate. */
  guarding: TimedPhase | undefined;
  /** The due day after the pauses before an open one, shown while it holds the gate (due is then Infinity). */
  plannedDue: Day;
  /** The first day of the open pause that holds the gate, or of a pause of its part that runs as of the day checked. */
  heldSince: Day | undefined;
  /** The part of the rollout a pause of one part holds (its `only`). */
  heldPart?: Pause['only'];
  /** Held as it waits for a part rolled back (`heldPart`, on `heldSince`), not of that part itself. */
  waitsForRollback?: true;
  /** Held by the rollback of its part until that part's second try (`resume`): the day the part starts again, from which it reads. */
  heldUntilAgain?: Day;
  /** The gate is of a part rolled back (on `heldSince`), or not due by the day the whole rollout rolled back (no `heldPart`): it no longer decides. */
  withdrawn?: true;
  /** Withdrawn, but due on or before the rollback's day: judged then, its verdict stays (read up to `due`). */
  judgedBefore?: true;
  /** A go/no-go due before the pause of the launch it guards began: judged then, its verdict kept until the pause's end is written in (see dueBeforePause). */
  judgedBeforePause?: true;
  /** Withdrawn before its window began: nothing read, its window the planned one. */
  unstarted?: true;
  /** The judgement for a part's second try (`rollback.resume`) of a go/no-go judged for its first: the day the part starts again. */
  secondTry?: Day;
  /** The first day a scope's rows are read, when later than `from`: a second try reads the rows of its part from `secondTry` on. */
  since?: (scope: Scope) => Day;
}

/** The id of a window's result: the gate's, with a suffix for a second try (see secondTryId). */
export const windowId = (w: Pick<GateWindow, 'gate' | 'secondTry'>): string => secondTryId(w.gate.id, w.secondTry);

export function gateWindows(plan: Plan, phases: TimedPhase[], asOf: Day): GateWindow[] {
  return firstTries(plan, asOf, windowsOf(plan, phases, asOf));
}

/**
 * A go/no-go of another part due by the day a part rolled back that starts again (resume) was
 * judged for that part's first try: its window and verdict stay those of its due day then, however
 * the second try re-dates it, as the record (withdrawn: it decides nothing for the second try).
 * The second try's go/no-go is a result of its own (see windowId), due on its own day, on a window
 * that ends then: the part's own rows of its first try were judged then (see secondTryOf).
 * The part's own gates are its second try's, read from its new start.
 */
function firstTries(plan: Plan, asOf: Day, windows: GateWindow[]): GateWindow[] {
  return resumedBy(plan, asOf).reduce((now, k) => {
    const first = beforeResume(plan, k);
    const rollback = plan.partRollbacks[k]!;
    const rolledBack = parseDay(rollback.on);
    const then = windowsOf(first, timePhases(first), asOf);
    const judged = (w: GateWindow): GateWindow => ({ ...w, heldSince: rolledBack, heldPart: rollback.only, withdrawn: true, judgedBefore: true });
    const again = secondTryOf(plan, rollback);
    const redated = (w: GateWindow, was: GateWindow) => w.secondTry === undefined && was.started && !was.withdrawn && was.due <= rolledBack && was.due !== w.due;
    return now.flatMap((w) => (redated(w, then[w.index]!) ? [judged(then[w.index]!), again(w)] : decidedBefore(w) ? [then[w.index]!] : [w]));
  }, windows);
}

/**
 * A gate of the part whose launch went ahead before the part starts again (the next phase's
 * go/no-go, when the part ran in the middle): it was decided for that launch, in the first try.
 * It is not judged again, on a window from the second try's start back to that launch: the first
 * try's record stands (withdrawn with the part); what follows the second try waits for its own gates.
 */
const decidedBefore = (w: GateWindow): boolean => w.secondTry === undefined && w.guarding !== undefined && w.guarding.start < w.phase.start;

/**
 * A go/no-go's window for the second try of the part `rollback` names: the rows that name that part
 * (its location or its phases) read from the day it starts again only. Rows that name no part (the
 * whole organization's figure, a group's) are read as in the first try's window: from the day it
 * starts again, a go/no-go due the day before would read none of them, and never pass.
 */
function secondTryOf(plan: Plan, rollback: Plan['partRollbacks'][number]): (w: GateWindow) => GateWindow {
  const resumed = parseDay(rollback.resume!.on);
  const { held, location } = planPauses(plan).spans.find((s) => s.rollback === rollback)!.reach!;
  const ofPart = (scope: Scope) => (location !== undefined && sameName(scope.location, location)) || [...held].some((p) => sameName(scope.phase, p));
  return (w) => ({ ...w, secondTry: resumed, since: (scope) => (ofPart(scope) ? resumed : w.from) });
}

/**
 * The day a gate's phase starts for the people it judges: at a location that runs the phase again
 * in a second try of its own (see sharedSecondTries), the day it starts again there, so its
 * window reads none of the first try's rows; the phase's start for the rest.
 */
function startAt(plan: Plan, pauses: Pauses, gate: Gate, phase: TimedPhase): Day {
  if (gate.location === undefined || !sharedSecondTries(plan, pauses.spans, phase).some((s) => s.reach!.location === gate.location)) return phase.start;
  return movedPhase(phase, pauses.for({ phase: phase.id, location: gate.location }), phase.calendar).start;
}

function windowsOf(plan: Plan, phases: TimedPhase[], asOf: Day): GateWindow[] {
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const rolledBackOn = readWindow(plan, asOf).until;
  return plan.gates.map((gate, index) => {
    const phase = phases.find((p) => p.id === gate.phase)!;
    // The same working day the schedule, its calendar and the report give the gate.
    const moved = gateDue(gate, phases, calendar, pauses);
    // A go/no-go judged before the pause of its launch keeps that day until the pause's end is written in.
    const kept = dueBeforePause(gate, phases, calendar, pauses, asOf);
    const due = kept ?? moved.day;
    const plannedDue = kept ?? moved.was ?? due;
    const begins = startAt(plan, pauses, gate, phase);
    const started = asOf >= begins;
    const guarding = guardedPhase(gate, phases);
    const minimum = gateMinimum(plan, gate, phase);
    const from = Number.isFinite(begins) ? begins : (phase.heldStart ?? phase.plannedStart);
    const planned = Number.isFinite(due) ? due : plannedDue;
    const to = started ? Math.min(due, asOf) : planned;
    // A pause of one part that runs today holds that part's gates while the others are judged; a
    // rollback of one part, only its own: a gate due before it that reads everyone's rows stands.
    // A gate due before a pause began was judged then: that verdict is history, during and after it.
    // A go/no-go follows the launch it guards: a pause of its own part holds it only when it holds that launch on its day.
    const holdsLaunch = (s: PauseSpan) => gate.due !== 'day-before' || !guarding || (reaches(s.reach, { phase: guarding.id }) && holdsOn(s, guarding.start));
    const holds = (s: PauseSpan) => (s.rollback ? !rolledBackFor(s) || ofRolledBackPart(s.reach!, gate) : due >= holdsFrom(s) && holdsLaunch(s));
    const paused = pauses.paused.for({ phase: gate.phase, location: gate.location }).spans.find((s) => s.reach && holdsOn(s, asOf) && holds(s));
    const holder = Number.isFinite(due) ? paused : moved.heldBy;
    const held = { heldSince: holder && holdsFrom(holder), ...(holder?.reach ? { heldPart: holder.pause.only } : {}) };
    // A part that starts again (resume) holds its gates until then, as a pause of it: they are its second try's.
    const rolledBackBy = holder && rolledBackFor(holder) && ofRolledBackPart(holder.reach!, gate) ? holder : undefined;
    const window = { gate, index, phase, due, from, to, started, minimum, guarding, plannedDue };
    // A gate of a part rolled back that fell due by the rollback's day was judged then, perhaps the cause: that verdict is history.
    if (rolledBackBy && started && plannedDue <= rolledBackBy.from) return { ...window, due: plannedDue, to: Math.min(plannedDue, asOf), ...held, withdrawn: true as const, judgedBefore: true as const };
    // Withdrawn unjudged, what it read ends on the rollback's day, however late the check; withdrawn
    // before its window began, it read nothing, and its window stays the one planned.
    const withdrawn = (on: Day, unstarted: boolean, why: Pick<GateWindow, 'heldSince' | 'heldPart'>): GateWindow =>
      unstarted ? { ...window, to: planned, started: false, ...why, withdrawn: true, unstarted: true } : { ...window, to: Math.min(to, on), ...why, withdrawn: true };
    if (rolledBackBy) return withdrawn(rolledBackBy.from, from > rolledBackBy.from, held);
    // The whole rollout rolled back: a gate not due by its day is withdrawn alike; one of a phase from that day on never started.
    if (rolledBackOn !== undefined && plannedDue > rolledBackOn) return withdrawn(rolledBackOn, from >= rolledBackOn, { heldSince: rolledBackOn });
    // What waits for a part rolled back (the switch-off, a gate on everyone's rows its phase dates) is on hold with it.
    const keptBy = kept !== undefined && kept !== moved.day ? { judgedBeforePause: true as const } : {};
    return { ...window, ...held, ...keptBy, ...(holder && rolledBackFor(holder) ? { waitsForRollback: true as const } : {}), ...(holder?.rollback?.resume ? { heldUntilAgain: begins } : {}) };
  });
}

/** The rollback of one part that a span is while that part stays rolled back (no `resume`). */
const rolledBackFor = (span: PauseSpan): boolean => span.rollback !== undefined && !span.rollback.resume;

/** The phase whose rows a gate reads: none for a gate with `scope: organization`, which reads everyone's. */
export const gatePhase = (gate: Pick<Gate, 'phase' | 'scope'>): string | undefined => (gate.scope === 'organization' ? undefined : gate.phase);

/**
 * Whether rows of a scope count for a gate (of its metric, in its window): of its phase when
 * the rows name one, and of the gate's group and location when the gate names them; a computed
 * share only for the scope it was computed for.
 */
export function inScope(gate: Gate, scope: Scope): boolean {
  const phase = gatePhase(gate);
  if (scope.exact) return both(scope.phase, phase) && both(scope.group, gate.group) && both(scope.location, gate.location);
  return (
    (scope.phase === undefined || phase === undefined || sameName(scope.phase, phase)) &&
    (gate.group === undefined || sameName(scope.group, gate.group)) &&
    (gate.location === undefined || sameName(scope.location, gate.location))
  );
}

/** For a computed share: the gate names the same part of the organization, or both name none. */
const both = (a: string | undefined, b: string | undefined): boolean => (a === undefined ? b === undefined : sameName(b, a));

/** A gate's observations in its window that count, and what they add up to. */
export interface Measured {
  /** Those that count: of survey answers that name people, each person's latest (see latestAnswers). */
  obs: Observations;
  /** Every observation read in the window, which the caller keeps for charts. */
  read: Observations;
  /** The gate's aggregate of them. */
  value: number | undefined;
  /** Distinct days among them. */
  days: number;
  /** Of survey answers that name people: whom they are from. */
  respondents?: Respondents;
}

export function measure(gate: Gate, read: Observations): Measured {
  const { obs, respondents } = latestAnswers(read);
  const whom = respondents && { respondents: gate.aggregate === 'nps' ? withNpsCounts(respondents, obs) : respondents };
  return { obs, read, value: aggregate(gate.aggregate, obs), days: distinctDays(obs.days), ...whom };
}

/**
 * Said of a gate no row can come for, when no --metrics file is read: its metric no source gives
 * (the kind of export to add, and whether the gate is one of the playbook's defaults), or only
 * for the whole organization while it reads a location or group.
 */
export type Sourceless = { kind: 'ungiven'; source: UngivenSource; preset: boolean } | ({ kind: 'whole-only' } & WholeOnly);

/**
 * `staleAfter`: for a metric whose newest row is the day it was measured (see datedOrigin), the
 * time between its exports: its row may lie that and 3 days before the last day the gate reads
 * before the verdict rests on old data.
 */
export function evaluateGate(w: GateWindow, asOf: Day, contingency: Plan['contingency'], measured: Measured, sourceless?: Sourceless, staleAfter?: Cadence): GateResult {
  const { gate } = w;
  const { obs, value } = measured;
  const observed = value === undefined ? null : roundObserved(value);
  const samples = obs.values.length;
  const late = staleAfter !== undefined && w.started && !w.withdrawn && w.heldSince === undefined ? staleness(obs.days[obs.days.length - 1], w.to, staleAfter) : undefined;
  const judgement = judge(w, asOf, measured, observed, sourceless);
  const [status, because] = late ? outOfDate(w, judgement, late, obs) : judgement;
  const stale = because.kind === 'stale' ? { newest: because.newest, age: because.age, until: because.until } : undefined;
  return {
    id: windowId(w),
    phase: gate.phase,
    scope: gate.scope ?? 'phase',
    metric: gate.metric,
    aggregate: gate.aggregate,
    observed,
    op: gate.op,
    threshold: gate.threshold,
    samples,
    minSamples: w.minimum.samples,
    window: { from: formatDay(w.from), to: formatDay(w.to) },
    due: formatDay(Number.isFinite(w.due) ? w.due : w.plannedDue),
    ...(w.withdrawn ? { withdrawn: true as const } : w.heldSince !== undefined ? { onHold: true as const } : {}),
    status,
    severity: gate.severity,
    // A gate withdrawn with its part asks nothing of the rest, whatever its verdict was.
    effect: w.withdrawn ? 'continue' : gateEffect(gate, status, contingency),
    ...((because.kind === 'stale' ? because.verdict : because).kind === 'so-far' ? failingSoFar(gate, observed, contingency) : {}),
    reason: reasonText(because),
    because,
    ...(stale ? { stale } : {}),
    index: w.index,
    ...(w.secondTry !== undefined ? { secondTry: formatDay(w.secondTry) } : {}),
    guards: gate.guards,
    guarding: w.guarding?.id ?? null,
  };
}

/** A gate not due yet whose value so far misses its threshold: what its failure would ask, unless that is to continue. */
function failingSoFar(gate: Gate, observed: number | null, contingency: Plan['contingency']): { effectIfDue?: Decision } {
  const effect = contingency[gate.severity];
  return effect !== 'continue' && observed !== null && !compare(observed, gate.op, gate.threshold) ? { effectIfDue: effect } : {};
}

/**
 * Pending until the due day, whatever the rows say so far (the value so far is still reported);
 * from the due day on: inconclusive with fewer rows (or, for a slope, days) than it needs, else
 * pass or fail.
 */
function judge(w: GateWindow, asOf: Day, { obs, days, respondents }: Measured, observed: number | null, sourceless: Sourceless | undefined): [GateStatus, Because] {
  const { gate } = w;
  const n = obs.values.length;
  const rows: Rows = { n, metric: gate.metric, ...(w.minimum.survey && gatePhase(gate) ? { phase: gate.phase } : {}), ...(gate.group ? { group: gate.group } : {}), ...(gate.location ? { location: gate.location } : {}), from: formatDay(w.from), to: formatDay(w.to), ...(respondents ? { respondents } : {}) };
  const reading: Reading = { rows, aggregate: gate.aggregate, observed, ...(gate.aggregate === 'last' && observed !== null ? { on: formatDay(obs.days[obs.days.length - 1]!) } : {}) };
  if (w.withdrawn) {
    const rolledBack = { kind: 'rolled-back', on: formatDay(w.heldSince!), ...(w.heldPart ? { part: w.heldPart } : {}), ...(w.unstarted ? { unstarted: true as const } : {}) } as const;
    if (!w.judgedBefore) return ['pending', rolledBack];
    const [status, verdict] = judged(w, { obs, days }, observed, reading, sourceless);
    return [status, { ...rolledBack, verdict }];
  }
  if (w.heldSince !== undefined) {
    const again = w.heldUntilAgain !== undefined ? { again: formatDay(w.heldUntilAgain), due: formatDay(w.due) } : {};
    return ['pending', { kind: 'held', since: formatDay(w.heldSince), ...(w.heldPart !== undefined ? { part: w.heldPart } : {}), ...(w.waitsForRollback ? { rolledBack: true as const } : {}), ...(w.heldSince > asOf ? { ahead: true as const } : {}), ...again, ...(w.started ? { soFar: reading } : {}) }];
  }
  if (!w.started) return ['pending', { kind: 'not-started', phase: w.phase.id, starts: formatDay(w.phase.start), due: formatDay(w.due) }];
  if (asOf < w.due) return ['pending', { kind: 'so-far', due: formatDay(w.due), soFar: reading }];
  return judged(w, { obs, days }, observed, reading, sourceless);
}

/**
 * A verdict on rows whose newest is long before the gate's last day read: not given when a later
 * row could still overturn it (inconclusive, then), else given with that said; the value so far
 * of a gate not due, and a gate too short of rows to judge, are said as they are.
 */
function outOfDate(w: GateWindow, [status, because]: [GateStatus, Because], late: { newest: Day; age: number }, obs: Observations): [GateStatus, Because] {
  if (status === 'inconclusive') return [status, because];
  const stale = { kind: 'stale', newest: formatDay(late.newest), age: late.age, until: formatDay(w.to), verdict: because } as const;
  if (status === 'pending' || !overturnable(w.gate.aggregate, w.gate.op, status, obs.values)) return [status, stale];
  return ['inconclusive', { ...stale, undecided: true }];
}

/** Whether a gate's rows so far would pass it, were it judged today: for a gate a pause holds. */
export function passesSoFar(w: GateWindow, { obs, days, value }: Measured): boolean {
  if (value === undefined || obs.values.length < w.minimum.samples) return false;
  if (w.gate.aggregate === 'slope' && days < w.minimum.days) return false;
  return compare(roundObserved(value), w.gate.op, w.gate.threshold);
}

/**
 * The verdict of a gate on or after its due day: inconclusive with too few rows (or days, for a
 * trend), else pass or fail. Without a source for its metric no row can come: that is said, not
 * "too few answers", which sends people after answers a survey without the question never gets.
 */
function judged(w: GateWindow, { obs, days }: Pick<Measured, 'obs' | 'days'>, observed: number | null, reading: Reading, sourceless: Sourceless | undefined): [GateStatus, Because] {
  const { gate, minimum } = w;
  const { rows } = reading;
  const n = obs.values.length;
  if (n === 0 && sourceless) return ['inconclusive', { ...sourceless, rows }];
  if (n < minimum.samples) return ['inconclusive', { kind: 'too-few', survey: minimum.survey, min: minimum.samples, rows }];
  if (gate.aggregate === 'slope' && (observed === null || days < minimum.days)) return ['inconclusive', { kind: 'too-few-days', days, min: minimum.days, rows }];
  if (observed === null) return ['inconclusive', { kind: 'nothing', rows }];
  const holds = compare(observed, gate.op, gate.threshold);
  return [holds ? 'pass' : 'fail', { kind: 'judged', holds, reading, op: gate.op, threshold: gate.threshold }];
}

/**
 * The phase that started last on or before asOf, while the rollout is still running. A phase of a
 * part rolled back by then (`pauses`: the plan's, which hold each such part) runs no more: in its
 * place the phase running on asOf for the rest, or none when nothing else runs. A launch its gates
 * hold on asOf (`waiting`) has not started: the phase launched before it still runs.
 */
export function currentPhase(phases: TimedPhase[], asOf: Day, pauses?: Pauses, waiting: ReadonlySet<string> = new Set()): TimedPhase | undefined {
  if (phases.length === 0 || asOf > Math.max(...phases.map((p) => p.end))) return undefined;
  const started = phases.filter((p) => p.start <= asOf).sort((a, b) => a.start - b.start || a.index - b.index);
  const back = new Set(pauses?.spans.flatMap((s) => (s.rollback && holdsOn(s, asOf) ? [...s.reach!.held] : [])));
  const last = started.at(-1);
  if (last && back.has(last.id)) return started.filter((p) => !back.has(p.id) && p.end >= asOf).at(-1);
  if (last && waiting.has(last.id)) return started.filter((p) => !waiting.has(p.id) && !back.has(p.id)).at(-1);
  return last;
}
